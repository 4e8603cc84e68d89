//! Sinks: events as JSON Lines (the contract), flat CSV, or ACLED's CSV columns.

use kroniek_types::{Actor, Event, PlacePrecision, Precision};
use std::io::{self, Write};

/// Output formats of `kroniek code` and `kroniek query`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Format {
    /// One JSON object a line, CONTRACT.md's event.
    #[default]
    Jsonl,
    /// The same fields, flattened, with a header row.
    Csv,
    /// ACLED's export columns, for events ACLED would code; others are left out.
    Acled,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Format, String> {
        match s.to_ascii_lowercase().as_str() {
            "jsonl" | "json" | "ndjson" => Ok(Format::Jsonl),
            "csv" => Ok(Format::Csv),
            "acled" => Ok(Format::Acled),
            _ => Err(format!("unknown format {s:?} (jsonl, csv, acled)")),
        }
    }
}

const CSV_HEADER: &[&str] = &[
    "id", "article_id", "language", "event_type", "mode", "context", "cameo", "acled_event_type",
    "acled_sub_event_type", "source_text", "source_name", "source_code", "source_country", "source_org",
    "source_sector", "target_text", "target_name", "target_code", "target_country", "target_org", "target_sector",
    "other_actors", "location_text", "location_name", "location_country", "location_admin1", "latitude",
    "longitude", "geonameid", "location_precision", "date", "date_precision", "fatalities", "injured", "arrested",
    "displaced", "intent", "sentence", "evidence_start", "evidence_end", "confidence", "trigger",
];

const ACLED_HEADER: &[&str] = &[
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
];

/// Writes events one at a time in a [`Format`]; the CSV header goes out before the first row.
pub struct EventWriter<W: Write> {
    out: W,
    format: Format,
    header_written: bool,
    row: Vec<String>,
    /// One JSON line, encoded before it is written.
    json: Vec<u8>,
}

impl<W: Write> EventWriter<W> {
    /// A writer of `format` to `out` (buffer `out` yourself).
    pub fn new(out: W, format: Format) -> Self {
        EventWriter { out, format, header_written: false, row: Vec::new(), json: Vec::new() }
    }

    /// A writer of rows only: for workers that encode in parallel while one thread writes the
    /// header (see [`EventWriter::header_only`]) and the rows in order.
    pub fn rows_only(out: W, format: Format) -> Self {
        EventWriter { out, format, header_written: true, row: Vec::new(), json: Vec::new() }
    }

    /// Writes just the header (CSV formats; nothing for JSON Lines) and gives `out` back.
    pub fn header_only(out: W, format: Format) -> io::Result<W> {
        EventWriter::new(out, format).finish()
    }

    /// Writes one event.
    pub fn write(&mut self, event: &Event) -> io::Result<()> {
        match self.format {
            Format::Jsonl => {
                self.json.clear();
                crate::json::write_event(&mut self.json, event);
                self.json.push(b'\n');
                self.out.write_all(&self.json)
            }
            Format::Csv => {
                self.header(CSV_HEADER)?;
                self.row.clear();
                csv_fields(event, &mut self.row);
                write_row(&mut self.out, &self.row)
            }
            Format::Acled => {
                self.header(ACLED_HEADER)?;
                self.row.clear();
                if acled_fields(event, &mut self.row) {
                    write_row(&mut self.out, &self.row)?;
                }
                Ok(())
            }
        }
    }

    /// Writes the header if nothing was written (so an empty CSV still has its columns), then
    /// flushes.
    pub fn finish(mut self) -> io::Result<W> {
        match self.format {
            Format::Csv => self.header(CSV_HEADER)?,
            Format::Acled => self.header(ACLED_HEADER)?,
            Format::Jsonl => {}
        }
        self.out.flush()?;
        Ok(self.out)
    }

    fn header(&mut self, cols: &[&str]) -> io::Result<()> {
        if !self.header_written {
            self.header_written = true;
            let row: Vec<String> = cols.iter().map(|c| c.to_string()).collect();
            write_row(&mut self.out, &row)?;
        }
        Ok(())
    }
}

fn write_row(out: &mut impl Write, row: &[String]) -> io::Result<()> {
    for (i, field) in row.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        if field.contains([',', '"', '\n', '\r']) {
            out.write_all(b"\"")?;
            out.write_all(field.replace('"', "\"\"").as_bytes())?;
            out.write_all(b"\"")?;
        } else {
            out.write_all(field.as_bytes())?;
        }
    }
    out.write_all(b"\n")
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map_or(String::new(), T::to_string)
}

fn actor_fields(a: &Option<Actor>, row: &mut Vec<String>) {
    match a {
        Some(a) => row.extend([a.text.to_string(), a.name.to_string(), a.code.to_string(), opt(&a.country), opt(&a.org), opt(&a.sector)]),
        None => row.extend(std::iter::repeat_n(String::new(), 6)),
    }
}

fn csv_fields(e: &Event, row: &mut Vec<String>) {
    row.extend([
        e.id.clone(), e.article_id.clone(), e.language.clone(), e.event_type.to_string(), opt(&e.mode), opt(&e.context),
        e.cameo.clone(), opt(&e.acled_event_type), opt(&e.acled_sub_event_type),
    ]);
    actor_fields(&e.source, row);
    actor_fields(&e.target, row);
    row.push(e.other_actors.iter().map(|a| a.code.as_str()).collect::<Vec<_>>().join(";"));
    match &e.location {
        Some(p) => row.extend([
            p.text.to_string(), p.name.to_string(), opt(&p.country), opt(&p.admin1), p.lat.to_string(), p.lon.to_string(),
            opt(&p.geonameid), p.precision.to_string(),
        ]),
        None => row.extend(std::iter::repeat_n(String::new(), 8)),
    }
    row.extend([
        opt(&e.date), e.date_precision.map_or(String::new(), |p| p.as_str().to_string()), opt(&e.fatalities),
        opt(&e.injured), opt(&e.arrested), opt(&e.displaced), e.intent.to_string(), e.sentence.clone(),
        e.evidence[0].to_string(), e.evidence[1].to_string(), format!("{:.2}", e.confidence), e.trigger.clone(),
    ]);
}

/// ACLED's actor type ("inter") code for an actor's sector.
fn inter(a: &Option<Actor>) -> u8 {
    match a.as_ref().and_then(|a| a.sector.as_deref()) {
        None => 0,
        Some("GOV" | "MIL" | "COP" | "SPY") => 1,
        Some("REB" | "UAF") => 2,
        Some("OPP" | "PTY") => 3,
        Some("CVL" | "REF" | "MED" | "HLH" | "EDU" | "REL" | "AGR" | "LAB" | "BUS") => 7,
        Some(_) => 8,
    }
}

fn acled_fields(e: &Event, row: &mut Vec<String>) -> bool {
    let Some(event_type) = e.acled_event_type.clone() else { return false };
    let disorder = match event_type.as_str() {
        "Battles" | "Explosions/Remote violence" | "Violence against civilians" => "Political violence",
        "Protests" | "Riots" => "Demonstrations",
        _ => "Strategic developments",
    };
    let country3 = e.location.as_ref().and_then(|p| p.country.clone()).or_else(|| e.source.as_ref().and_then(|a| a.country.clone()));
    let date = e.date.map(|d| d.to_string()).unwrap_or_default();
    let event_date = match e.date_precision {
        Some(Precision::Month) => format!("{date}-01"),
        Some(Precision::Year) => format!("{date}-01-01"),
        _ => date,
    };
    let time_precision = match e.date_precision {
        Some(Precision::Day) => "1",
        Some(Precision::Week) => "2",
        _ => "3",
    };
    let (i1, i2) = (inter(&e.source), inter(&e.target));
    let interaction = if i2 == 0 { i1 * 10 } else { i1.min(i2) * 10 + i1.max(i2) };
    let geo_precision = match e.location.as_ref().map(|p| p.precision) {
        Some(PlacePrecision::Point | PlacePrecision::City) => "1",
        Some(PlacePrecision::Admin2) => "2",
        Some(_) => "3",
        None => "",
    };
    let names = |a: &Option<Actor>| a.as_ref().map_or(String::new(), |a| a.name.to_string());
    let assoc = e.other_actors.iter().map(|a| a.name.as_str()).collect::<Vec<_>>().join("; ");
    row.extend([
        format!("{}{}", country3.clone().unwrap_or_else(|| "XXX".into()), &e.id[..8.min(e.id.len())]),
        event_date,
        e.date.map_or(String::new(), |d| d.year.to_string()),
        time_precision.into(),
        disorder.into(),
        event_type.clone(),
        opt(&e.acled_sub_event_type),
        names(&e.source),
        assoc,
        if i1 == 0 { String::new() } else { i1.to_string() },
        names(&e.target),
        String::new(),
        if i2 == 0 { String::new() } else { i2.to_string() },
        if interaction == 0 { String::new() } else { interaction.to_string() },
        if event_type == "Violence against civilians" { "Civilian targeting".into() } else { String::new() },
        String::new(),
        String::new(),
        country3.map(String::from).unwrap_or_default(),
        e.location.as_ref().and_then(|p| p.admin1.as_deref()).map(String::from).unwrap_or_default(),
        String::new(),
        String::new(),
        e.location.as_ref().map_or(String::new(), |p| p.name.to_string()),
        e.location.as_ref().map_or(String::new(), |p| format!("{:.4}", p.lat)),
        e.location.as_ref().map_or(String::new(), |p| format!("{:.4}", p.lon)),
        geo_precision.into(),
        String::new(),
        String::new(),
        e.sentence.clone(),
        e.fatalities.unwrap_or(0).to_string(),
        String::new(),
        String::new(),
    ]);
    true
}
