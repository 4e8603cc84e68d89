use std::path::PathBuf;
use std::process::ExitCode;

/// Flags of `kroniek code`.
#[derive(clap::Args)]
pub struct Args {
    /// Files or folders to read; none, or `-`, reads standard input.
    pub inputs: Vec<PathBuf>,
}

pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    Ok(ExitCode::SUCCESS)
}
