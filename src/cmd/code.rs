//! `kroniek code`: articles in, events out on standard output; diagnostics on standard error.
//!
//! A reader thread streams articles in batches; a rayon pool codes each batch; the main thread
//! writes events in input order, so output is the same whatever the thread count.

use anyhow::Context;
use kroniek::read::{read_inputs, ReadError, ReaderConfig};
use kroniek::{Article, EventWriter, Format, Pipeline, PipelineConfig};
use rayon::prelude::*;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Articles handed to the pool at a time: large enough to keep every core busy, small enough
/// that memory stays flat on endless input.
const BATCH: usize = 256;

/// Flags of `kroniek code`.
#[derive(clap::Args)]
pub struct Args {
    /// Files or folders to read (plain text, JSON Lines, HTML); none, or `-`, reads standard input.
    pub inputs: Vec<PathBuf>,
    /// Output format: jsonl (CONTRACT.md events), csv (the same fields, flat) or acled (ACLED's columns).
    #[arg(long, default_value = "jsonl")]
    pub format: Format,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
    /// Print throughput and peak memory on standard error at the end.
    #[arg(long)]
    pub stats: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let pipeline = Pipeline::new(PipelineConfig::default()).context("loading lexicons")?;
    let loaded = started.elapsed();
    let threads = args.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())).max(1);
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().context("starting worker threads")?;

    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Result<Article, ReadError>>>(2);
    let inputs = args.inputs.clone();
    let reader = std::thread::spawn(move || {
        let mut batch = Vec::with_capacity(BATCH);
        for item in read_inputs(&inputs, &ReaderConfig::default()) {
            batch.push(item);
            if batch.len() == BATCH && tx.send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH))).is_err() {
                return;
            }
        }
        let _ = tx.send(batch);
    });

    let mut out = EventWriter::header_only(BufWriter::with_capacity(1 << 16, std::io::stdout().lock()), args.format)?;
    let (mut failed, mut articles, mut bytes, mut events) = (0usize, 0usize, 0usize, 0usize);
    let mut first_article: Option<std::time::Duration> = None;
    let format = args.format;
    for batch in rx {
        // Workers code and encode; this thread only writes, in input order.
        let coded: Vec<Option<(kroniek::Coded, Vec<u8>)>> = pool.install(|| {
            batch
                .par_iter()
                .map(|item| {
                    let coded = pipeline.code(item.as_ref().ok()?);
                    let mut rows = EventWriter::rows_only(Vec::new(), format);
                    for event in &coded.events {
                        rows.write(event).ok()?;
                    }
                    Some((coded, rows.finish().ok()?))
                })
                .collect()
        });
        for (item, coded) in batch.iter().zip(coded) {
            let (article, (coded, encoded)) = match (item, coded) {
                (Ok(a), Some(c)) => (a, c),
                (Err(err), _) => {
                    failed += 1;
                    eprintln!("kroniek: {err}");
                    continue;
                }
                (Ok(_), None) => continue,
            };
            articles += 1;
            bytes += article.text.len();
            first_article.get_or_insert_with(|| started.elapsed());
            if let Some(reason) = &coded.skipped {
                let at = if article.origin.is_empty() { &article.id } else { &article.origin };
                eprintln!("kroniek: skipped {at}: {reason}");
            }
            events += coded.events.len();
            out.write_all(&encoded)?;
        }
    }
    out.flush()?;
    reader.join().map_err(|_| anyhow::anyhow!("the reader thread failed"))?;
    if args.stats {
        let secs = started.elapsed().as_secs_f64().max(1e-9);
        let mb = bytes as f64 / 1e6;
        eprintln!(
            "kroniek: {articles} articles, {mb:.1} MB, {events} events in {secs:.2} s on {threads} threads: \
             {:.1} MB/s, {:.0} articles/s, {:.0} events/s; data loaded in {} ms, first article coded at {} ms; peak memory {} MB",
            mb / secs,
            articles as f64 / secs,
            events as f64 / secs,
            loaded.as_millis(),
            first_article.map_or(0, |d| d.as_millis()),
            peak_rss_mb().map_or("?".to_string(), |m| m.to_string()),
        );
    }
    Ok(if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Peak resident memory from /proc (Linux); `None` elsewhere.
fn peak_rss_mb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024)
}
