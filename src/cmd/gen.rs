//! `kroniek gen`: a deterministic synthetic corpus (JSON Lines articles) for benchmarks.

use std::io::{BufWriter, Write};
use std::process::ExitCode;

/// Flags of `kroniek gen`.
#[derive(clap::Args)]
pub struct Args {
    /// How many articles.
    #[arg(long, default_value_t = 1000)]
    pub articles: usize,
    /// The seed: the same seed gives the same corpus.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// What the corpus reports: `day` (a day of world news, two articles in five about
    /// conflict) or `conflict` (only conflict reports, event-dense).
    #[arg(long, default_value = "day")]
    pub mix: Mix,
}

/// `--mix` values.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Mix {
    Day,
    Conflict,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut out = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mix = match args.mix {
        Mix::Day => kroniek::gen::Mix::Day,
        Mix::Conflict => kroniek::gen::Mix::Conflict,
    };
    kroniek::gen::generate(&kroniek::data_dir(), args.articles, args.seed, mix, &mut out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
