//! `kroniek eval GOLD DIR`: precision, recall and F1 per PLOVER type against a gold file.

use anyhow::Context;
use kroniek::{Pipeline, PipelineConfig};
use std::path::PathBuf;
use std::process::ExitCode;

/// Flags of `kroniek eval`.
#[derive(clap::Args)]
pub struct Args {
    /// Gold file in the format of ../shared/tools/score.py.
    pub gold: PathBuf,
    /// Folder holding the articles the gold file names.
    pub dir: PathBuf,
    /// Print each missed event and fault.
    #[arg(long, short)]
    pub verbose: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let pipeline = Pipeline::new(PipelineConfig::default()).context("loading lexicons")?;
    let report = kroniek::eval::evaluate_dir(&pipeline, &args.gold, &args.dir)?;
    if args.verbose {
        for p in &report.problems {
            println!("{p}");
        }
    }
    print!("{report}");
    Ok(ExitCode::SUCCESS)
}
