//! `kroniek ceasefires` and `kroniek ceasefire add`: truces and whether they hold.

use crate::cmd::store::DbArg;
use anyhow::Context;
use kroniek::monitor::{Ceasefire, Declaration};
use std::io::Write;
use std::process::ExitCode;

/// Flags of `kroniek ceasefires`.
#[derive(clap::Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub db: DbArg,
    /// jsonl (one ceasefire a line) or table.
    #[arg(long, default_value = "table")]
    pub format: String,
}

/// `kroniek ceasefire ...`.
#[derive(clap::Subcommand)]
pub enum Command {
    /// Declare a truce by hand: parties, zone and start.
    Add(AddArgs),
}

/// Flags of `kroniek ceasefire add`.
#[derive(clap::Args)]
pub struct AddArgs {
    #[command(flatten)]
    pub db: DbArg,
    /// Actor codes, comma-separated: SYRGOV,SYRREB,TUR.
    #[arg(long)]
    pub parties: String,
    /// The zone, by the name events use for it (Idlib).
    #[arg(long)]
    pub zone: Option<String>,
    /// Start: YYYY-MM-DD[THH:MM[+HH:MM]].
    #[arg(long)]
    pub start: String,
}

pub fn list(args: ListArgs) -> anyhow::Result<ExitCode> {
    let store = args.db.open()?;
    let ceasefires = kroniek::ceasefires_in(&store)?;
    let mut out = std::io::stdout().lock();
    match args.format.as_str() {
        "jsonl" => {
            for c in &ceasefires {
                serde_json::to_writer(&mut out, c)?;
                writeln!(out)?;
            }
        }
        "table" => table(&ceasefires, &mut out)?,
        other => {
            eprintln!("kroniek: unknown format {other:?} (jsonl, table)");
            return Ok(ExitCode::from(2));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn table(ceasefires: &[Ceasefire], out: &mut impl Write) -> std::io::Result<()> {
    writeln!(out, "{:<16} {:<10} {:<18} {:<18} {:>10} {:>6}  parties", "id", "status", "zone", "start", "violations", "killed")?;
    for c in ceasefires {
        let zone = c.zone.as_ref().map_or("-", |z| z.name.as_str());
        writeln!(
            out,
            "{:<16} {:<10} {:<18} {:<18} {:>10} {:>6}  {}",
            c.id,
            c.status.as_str(),
            zone,
            c.start.as_deref().unwrap_or("-"),
            c.violations.len(),
            c.fatalities_since_start,
            c.parties.join(",")
        )?;
        for v in &c.violations {
            writeln!(out, "    violation {} {}: {}", v.event_id, v.date.map(|d| d.to_string()).unwrap_or_default(), v.sentence)?;
        }
        for v in &c.before_start {
            writeln!(out, "    before the truce {}: {}", v.event_id, v.sentence)?;
        }
        for cl in &c.claims {
            writeln!(out, "    claim by {} against {}: {}", cl.claimant.as_deref().unwrap_or("?"), cl.accused.as_deref().unwrap_or("?"), cl.sentence)?;
        }
    }
    Ok(())
}

pub fn run(command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Add(args) => add(args),
    }
}

fn add(args: AddArgs) -> anyhow::Result<ExitCode> {
    let mut store = args.db.open()?;
    // The zone is the place events already carry under that name.
    let zone = match &args.zone {
        None => None,
        Some(name) => {
            let place = store
                .all_events()?
                .into_iter()
                .filter_map(|e| e.location)
                .find(|p| p.name.eq_ignore_ascii_case(name) || p.text.eq_ignore_ascii_case(name));
            match place {
                Some(mut p) => {
                    p.span = None;
                    Some(p)
                }
                None => {
                    eprintln!("kroniek: no stored event is located in {name:?}; ingest reports about it first, or leave out --zone");
                    return Ok(ExitCode::from(2));
                }
            }
        }
    };
    let declaration = match Declaration::parse(&args.parties, &args.start, zone) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("kroniek: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    let id = store.add_declaration(&serde_json::to_string(&declaration)?).context("storing the declaration")?;
    eprintln!("kroniek: declared ceasefire {id}");
    Ok(ExitCode::SUCCESS)
}
