//! `kroniek code`: articles in, events out on standard output; diagnostics on standard error.

use anyhow::Context;
use kroniek::read::{read_inputs, ReaderConfig};
use kroniek::{EventWriter, Format, Pipeline, PipelineConfig};
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Flags of `kroniek code`.
#[derive(clap::Args)]
pub struct Args {
    /// Files or folders to read (plain text, JSON Lines, HTML); none, or `-`, reads standard input.
    pub inputs: Vec<PathBuf>,
    /// Output format: jsonl (CONTRACT.md events), csv (the same fields, flat) or acled (ACLED's columns).
    #[arg(long, default_value = "jsonl")]
    pub format: Format,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let pipeline = Pipeline::new(PipelineConfig::default()).context("loading lexicons")?;
    let stdout = std::io::stdout().lock();
    let mut writer = EventWriter::new(BufWriter::with_capacity(1 << 16, stdout), args.format);
    let mut failed = 0usize;
    for item in read_inputs(&args.inputs, &ReaderConfig::default()) {
        let article = match item {
            Ok(a) => a,
            Err(err) => {
                failed += 1;
                eprintln!("kroniek: {err}");
                continue;
            }
        };
        let coded = pipeline.code(&article);
        if let Some(reason) = &coded.skipped {
            let at = if article.origin.is_empty() { &article.id } else { &article.origin };
            eprintln!("kroniek: skipped {at}: {reason}");
        }
        for event in &coded.events {
            writer.write(event)?;
        }
    }
    writer.finish()?.flush()?;
    Ok(if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
