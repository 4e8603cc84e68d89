//! `kroniek serve`: the HTTP API and the web page over a store.

use crate::cmd::store::DbArg;
use anyhow::Context;
use kroniek::serve::ServeConfig;
use kroniek::store::Store;
use kroniek::{Pipeline, PipelineConfig, StoreBackend};
use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;

/// Flags of `kroniek serve`.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub db: DbArg,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Enables `POST /api/articles` for requests with `Authorization: Bearer <token>`
    /// (default: $KRONIEK_TOKEN; without either, the server is read-only).
    #[arg(long)]
    pub token: Option<String>,
    /// Largest request body accepted, in bytes.
    #[arg(long, default_value_t = 8 << 20)]
    pub max_body: usize,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let path = args.db.db.clone().unwrap_or_else(Store::default_path);
    let pipeline = Arc::new(Pipeline::new(PipelineConfig::default()).context("loading lexicons")?);
    let backend = StoreBackend::open(path.clone(), pipeline).with_context(|| format!("opening the store {}", path.display()))?;
    let token = args.token.or_else(|| std::env::var("KRONIEK_TOKEN").ok()).filter(|t| !t.is_empty());
    let config = ServeConfig { addr: args.addr, token, max_body_bytes: args.max_body };
    kroniek::serve::serve(Arc::new(backend), config).with_context(|| format!("serving on {}", args.addr))?;
    Ok(ExitCode::SUCCESS)
}
