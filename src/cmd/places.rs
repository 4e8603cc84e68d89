//! `kroniek places TEXT`: the place names Kroniek sees in a text, with candidates and scores.

use anyhow::Context;
use kroniek::{Pipeline, PipelineConfig};
use std::io::Write;
use std::process::ExitCode;

/// Flags of `kroniek places`.
#[derive(clap::Args)]
pub struct Args {
    /// The text to look at (quote it).
    pub text: String,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let pipeline = Pipeline::new(PipelineConfig::default()).context("loading lexicons")?;
    let reports = pipeline.places(&args.text);
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &reports)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    if reports.is_empty() {
        writeln!(out, "no place names found (is the gazetteer built? scripts/gazetteer/build.sh)")?;
    }
    for r in reports {
        writeln!(out, "{} ({})", r.text, if r.accepted { "taken as a place" } else { "not taken: a small town needs \"in\", \"near\", \"bij\" before it" })?;
        for (place, population, score) in r.candidates.iter().take(5) {
            writeln!(
                out,
                "  {score:6.2}  {:<24} {:<8} {:<3} {:<20} pop {:>9}  {:.3},{:.3}  geonameid {}",
                place.name,
                place.precision.as_str(),
                place.country.as_deref().unwrap_or(""),
                place.admin1.as_deref().unwrap_or(""),
                population,
                place.lat,
                place.lon,
                place.geonameid.map_or("-".to_string(), |g| g.to_string())
            )?;
        }
        if r.candidates.len() > 5 {
            writeln!(out, "  ... and {} more", r.candidates.len() - 5)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
