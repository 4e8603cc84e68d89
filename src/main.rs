//! The `kroniek` binary: flags and wiring only; the work is in the library crates.

use clap::{Parser, Subcommand};
use std::process::ExitCode;

mod cmd;

/// Coding allocates many small short-lived strings and vectors per article; mimalloc's
/// thread-local free lists serve them at a fraction of glibc malloc's cost (see README, Measured).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Kroniek turns news reports into sourced conflict event records (PLOVER, CAMEO, ACLED).
#[derive(Parser)]
#[command(name = "kroniek", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Code articles into events, written as JSON Lines (or CSV, ACLED CSV) on standard output.
    Code(cmd::code::Args),
    /// Score coded events against a gold file: precision, recall and F1 per PLOVER type.
    Eval(cmd::eval::Args),
    /// Show the place names in a text with their candidates and scores.
    Places(cmd::places::Args),
    /// Write a deterministic synthetic corpus of Dutch and English articles (JSON Lines).
    Gen(cmd::gen::Args),
    /// Code, then store articles and events in an embedded database.
    Ingest(cmd::store::IngestArgs),
    /// Re-code every stored article with the current lexicons.
    Recode(cmd::store::RecodeArgs),
    /// Query stored events.
    Query(cmd::store::QueryArgs),
    /// Count stored events by type, country and month.
    Stats(cmd::store::StatsArgs),
    /// List ceasefires: parties, zone, start, status, violations and claims.
    Ceasefires(cmd::ceasefire::ListArgs),
    /// Declare a ceasefire by hand.
    #[command(subcommand)]
    Ceasefire(cmd::ceasefire::Command),
    /// Serve the HTTP API and the web page over a store.
    Serve(cmd::serve::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Code(args) => cmd::code::run(args),
        Command::Eval(args) => cmd::eval::run(args),
        Command::Gen(args) => cmd::gen::run(args),
        Command::Places(args) => cmd::places::run(args),
        Command::Ingest(args) => cmd::store::ingest(args),
        Command::Recode(args) => cmd::store::recode(args),
        Command::Query(args) => cmd::store::query(args),
        Command::Stats(args) => cmd::store::stats(args),
        Command::Ceasefires(args) => cmd::ceasefire::list(args),
        Command::Ceasefire(command) => cmd::ceasefire::run(command),
        Command::Serve(args) => cmd::serve::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) if cmd::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("kroniek: {err:#}");
            ExitCode::from(2)
        }
    }
}
