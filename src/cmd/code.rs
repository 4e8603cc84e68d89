//! `kroniek code`: articles in, events out on standard output; diagnostics on standard error.

use crate::cmd::batch::{self, Item};
use anyhow::Context;
use kroniek::{EventWriter, Format, Pipeline, PipelineConfig};
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

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
    let threads = batch::threads(args.threads);
    let mut out = EventWriter::header_only(BufWriter::with_capacity(1 << 16, std::io::stdout().lock()), args.format)?;
    let (mut failed, mut articles, mut bytes, mut events) = (0usize, 0usize, 0usize, 0usize);
    let mut first_article = None;
    batch::run(&args.inputs, threads, &pipeline, Some(args.format), |item| {
        match item {
            Item::Failed(err) => {
                failed += 1;
                eprintln!("kroniek: {err}");
            }
            Item::Coded { article, coded, encoded, events: n } => {
                articles += 1;
                bytes += article.text.len();
                first_article.get_or_insert_with(|| started.elapsed());
                if let Some(reason) = &coded.skipped {
                    eprintln!("kroniek: skipped {}: {reason}", batch::origin(article));
                }
                events += n;
                out.write_all(&encoded)?;
            }
        }
        Ok(())
    })?;
    out.flush()?;
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
            first_article.map_or(0, |d: std::time::Duration| d.as_millis()),
            kroniek::peak_rss_mb().map_or("?".to_string(), |m| m.to_string()),
        );
    }
    Ok(if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
