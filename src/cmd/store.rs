//! `ingest`, `recode`, `query` and `stats`: the commands over the embedded store.
use std::process::ExitCode;

/// Flags of `kroniek ingest`.
#[derive(clap::Args)]
pub struct IngestArgs {}
/// Flags of `kroniek recode`.
#[derive(clap::Args)]
pub struct RecodeArgs {}
/// Flags of `kroniek query`.
#[derive(clap::Args)]
pub struct QueryArgs {}
/// Flags of `kroniek stats`.
#[derive(clap::Args)]
pub struct StatsArgs {}

pub fn ingest(_: IngestArgs) -> anyhow::Result<ExitCode> { anyhow::bail!("not yet built") }
pub fn recode(_: RecodeArgs) -> anyhow::Result<ExitCode> { anyhow::bail!("not yet built") }
pub fn query(_: QueryArgs) -> anyhow::Result<ExitCode> { anyhow::bail!("not yet built") }
pub fn stats(_: StatsArgs) -> anyhow::Result<ExitCode> { anyhow::bail!("not yet built") }
