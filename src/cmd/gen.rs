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
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut out = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    kroniek::gen::generate(&kroniek::data_dir(), args.articles, args.seed, &mut out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
