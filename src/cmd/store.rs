//! `ingest`, `recode`, `query` and `stats`: the commands over the embedded store.

use crate::cmd::batch::{self, Item};
use anyhow::Context;
use kroniek::store::{Ingested, Query, Store};
use kroniek::{EventWriter, Format, Pipeline, PipelineConfig};
use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// The store flag every store command shares.
#[derive(clap::Args)]
pub struct DbArg {
    /// The store file (default: $KRONIEK_DB, else ./kroniek.db).
    #[arg(long)]
    pub db: Option<PathBuf>,
}

impl DbArg {
    pub fn open(&self) -> anyhow::Result<Store> {
        let path = self.db.clone().unwrap_or_else(Store::default_path);
        Store::open(&path).with_context(|| format!("opening the store {}", path.display()))
    }
}

/// Flags of `kroniek ingest`.
#[derive(clap::Args)]
pub struct IngestArgs {
    #[command(flatten)]
    pub db: DbArg,
    /// Files or folders to read; none, or `-`, reads standard input.
    pub inputs: Vec<PathBuf>,
    /// Worker threads for coding (default: all cores).
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
    /// Print "done <article id>" on standard error as each article is committed.
    #[arg(long)]
    pub log_done: bool,
}

/// Flags of `kroniek recode`.
#[derive(clap::Args)]
pub struct RecodeArgs {
    #[command(flatten)]
    pub db: DbArg,
}

/// Flags of `kroniek query`.
#[derive(clap::Args)]
pub struct QueryArgs {
    #[command(flatten)]
    pub db: DbArg,
    /// ISO3 country of an actor or of the place.
    #[arg(long)]
    pub country: Option<String>,
    /// Actor code or code prefix (TUR, SYRREB).
    #[arg(long)]
    pub actor: Option<String>,
    /// PLOVER event type.
    #[arg(long = "type")]
    pub event_type: Option<String>,
    /// From this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// Up to this date.
    #[arg(long)]
    pub until: Option<String>,
    /// Within KM of LAT,LON: "35.93,36.63,80".
    #[arg(long)]
    pub near: Option<String>,
    /// Words that must appear in the sentence.
    #[arg(long)]
    pub text: Option<String>,
    /// At most this many events (1 to 1000).
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    /// jsonl, csv or acled.
    #[arg(long, default_value = "jsonl")]
    pub format: Format,
}

/// Flags of `kroniek stats`.
#[derive(clap::Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub db: DbArg,
}

pub fn ingest(args: IngestArgs) -> anyhow::Result<ExitCode> {
    let mut store = args.db.open()?;
    let pipeline = Pipeline::new(PipelineConfig::default()).context("loading lexicons")?;
    let started = Instant::now();
    let tty = std::io::stderr().is_terminal();
    let mut last_progress = Instant::now();
    let (mut added, mut unchanged, mut replaced, mut failed, mut events) = (0u64, 0u64, 0u64, 0u64, 0u64);
    batch::run(&args.inputs, batch::threads(args.threads), &pipeline, None, |item| {
        match item {
            Item::Failed(err) => {
                failed += 1;
                eprintln!("{}kroniek: {err}", if tty { "\r\x1b[K" } else { "" });
            }
            Item::Coded { article, coded, .. } => {
                if let Some(reason) = &coded.skipped {
                    eprintln!("{}kroniek: skipped {}: {reason}", if tty { "\r\x1b[K" } else { "" }, batch::origin(article));
                }
                match store.ingest(article, &coded.events).with_context(|| format!("storing {}", batch::origin(article)))? {
                    Ingested::Added => added += 1,
                    Ingested::Unchanged => unchanged += 1,
                    Ingested::Replaced => replaced += 1,
                }
                if coded.skipped.is_none() {
                    events += coded.events.len() as u64;
                }
                if args.log_done {
                    eprintln!("done {}", article.id);
                }
            }
        }
        if tty && last_progress.elapsed() > Duration::from_millis(200) {
            last_progress = Instant::now();
            let n = added + unchanged + replaced;
            eprint!("\r\x1b[K{n} articles ({:.0}/s), {events} events", n as f64 / started.elapsed().as_secs_f64().max(1e-9));
        }
        Ok(())
    })?;
    if tty {
        eprint!("\r\x1b[K");
    }
    eprintln!(
        "kroniek: {added} added, {unchanged} unchanged, {replaced} replaced, {failed} failed; {events} events in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

pub fn recode(args: RecodeArgs) -> anyhow::Result<ExitCode> {
    let mut store = args.db.open()?;
    let pipeline = Pipeline::new(PipelineConfig::default()).context("loading lexicons")?;
    let articles = store.articles()?;
    let mut events = 0usize;
    for article in &articles {
        let coded = pipeline.code(article);
        events += coded.events.len();
        store.replace_events(&article.id, &coded.events)?;
    }
    eprintln!("kroniek: re-coded {} articles; {events} events", articles.len());
    Ok(ExitCode::SUCCESS)
}

pub fn query(args: QueryArgs) -> anyhow::Result<ExitCode> {
    let limit = args.limit.to_string();
    let pairs: Vec<(&str, &str)> = [
        ("country", args.country.as_deref()),
        ("actor", args.actor.as_deref()),
        ("type", args.event_type.as_deref()),
        ("since", args.since.as_deref()),
        ("until", args.until.as_deref()),
        ("near", args.near.as_deref()),
        ("text", args.text.as_deref()),
        ("limit", Some(limit.as_str())),
    ]
    .into_iter()
    .filter_map(|(k, v)| v.map(|v| (k, v)))
    .collect();
    let q = match Query::from_pairs(&pairs) {
        Ok(q) => q,
        Err(e) => {
            eprintln!("kroniek: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    let store = args.db.open()?;
    let found = store.query(&q)?;
    let mut out = EventWriter::new(BufWriter::new(std::io::stdout().lock()), args.format);
    for e in &found.events {
        out.write(e)?;
    }
    out.finish()?.flush()?;
    if found.next.is_some() {
        eprintln!("kroniek: showing {} of {} events (raise --limit for more)", found.events.len(), found.total);
    }
    Ok(ExitCode::SUCCESS)
}

pub fn stats(args: StatsArgs) -> anyhow::Result<ExitCode> {
    let s = args.db.open()?.stats()?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{} articles, {} events", s.articles, s.events)?;
    for (title, map) in [("type", &s.by_type), ("country", &s.by_country), ("month", &s.by_month)] {
        writeln!(out, "\nby {title}")?;
        let mut rows: Vec<_> = map.iter().collect();
        if title != "month" {
            rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        }
        for (k, v) in rows {
            writeln!(out, "  {k:<12} {v:>8}")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
