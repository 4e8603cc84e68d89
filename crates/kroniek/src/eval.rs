//! Scoring coded events against a gold file in the format of `../shared/tools/score.py`:
//! article file name → expected events (acceptable types, actor code groups, optional place,
//! counts and date prefix). Matching follows score.py so the two agree; on top, this reports
//! precision, recall and F1 per PLOVER type.

use kroniek_types::{Actor, Event, EventType};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

/// One article's expectations.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    /// Expected events.
    #[serde(default)]
    pub events: Vec<Expected>,
    /// The article must yield no event at all.
    #[serde(default)]
    pub negative: bool,
    /// Words that must not appear in any actor's text.
    #[serde(default)]
    pub forbidden_actor_text: Vec<String>,
    /// Words that must not appear in any event's sentence.
    #[serde(default)]
    pub forbidden_sentence_text: Vec<String>,
}

/// One expected event.
#[derive(Debug, Clone, Deserialize)]
pub struct Expected {
    /// Acceptable PLOVER types, the preferred first.
    pub types: Vec<EventType>,
    /// Each group must match some actor's country, org, code or sector.
    #[serde(default)]
    pub actors: Vec<Vec<String>>,
    /// `[lat, lon, km]`.
    #[serde(default)]
    pub near: Option<[f64; 3]>,
    /// Exact counts.
    #[serde(default)]
    pub fatalities: Option<u64>,
    /// Exact count.
    #[serde(default)]
    pub injured: Option<u64>,
    /// Exact count.
    #[serde(default)]
    pub arrested: Option<u64>,
    /// Displaced range.
    #[serde(default)]
    pub displaced_min: Option<u64>,
    /// Displaced range.
    #[serde(default)]
    pub displaced_max: Option<u64>,
    /// Date prefix.
    #[serde(default)]
    pub date: Option<String>,
    /// May share its event with another expectation (an attribute check).
    #[serde(default)]
    pub shared: bool,
    /// What a human calls it.
    #[serde(default)]
    pub label: Option<String>,
}

/// A gold file: article file name → expectations.
pub type Gold = BTreeMap<String, GoldArticle>;

/// Counts per type and the faults found.
#[derive(Debug, Default)]
pub struct Report {
    /// Per type: (true positives, false positives, false negatives).
    pub per_type: BTreeMap<EventType, (u32, u32, u32)>,
    /// Expected events found, of all expected.
    pub found: u32,
    /// All expected events.
    pub expected: u32,
    /// Human-readable lines: misses, forbidden text, events from negative articles.
    pub problems: Vec<String>,
    /// Forbidden actor or sentence text seen, or events on negative articles.
    pub faults: u32,
}

fn actor_has(a: &Actor, token: &str) -> bool {
    [a.country.as_deref(), a.org.as_deref(), Some(a.code.as_str()), a.sector.as_deref()]
        .into_iter()
        .flatten()
        .any(|v| !v.is_empty() && v.to_uppercase().contains(&token.to_uppercase()))
}

fn actors(e: &Event) -> impl Iterator<Item = &Actor> {
    e.source.iter().chain(e.target.iter()).chain(e.other_actors.iter())
}


/// Whether `e` satisfies `want`, as score.py decides it.
pub fn matches(e: &Event, want: &Expected) -> bool {
    if !want.types.contains(&e.event_type) {
        return false;
    }
    if !want.actors.iter().all(|group| actors(e).any(|a| group.iter().any(|t| actor_has(a, t)))) {
        return false;
    }
    if let Some([lat, lon, radius]) = want.near {
        match &e.location {
            Some(p) if kroniek_types::distance_km(p.lat, p.lon, lat, lon) <= radius => {}
            _ => return false,
        }
    }
    let exact = |want: Option<u64>, got: Option<u64>| want.is_none() || want == got;
    if !exact(want.fatalities, e.fatalities) || !exact(want.injured, e.injured) || !exact(want.arrested, e.arrested) {
        return false;
    }
    if let (Some(lo), Some(hi)) = (want.displaced_min, want.displaced_max) {
        if !e.displaced.is_some_and(|d| lo <= d && d <= hi) {
            return false;
        }
    }
    if let Some(prefix) = &want.date {
        if !e.date.is_some_and(|d| d.to_string().starts_with(prefix.as_str())) {
            return false;
        }
    }
    true
}

impl Report {
    /// Adds one article's events.
    pub fn add(&mut self, name: &str, gold: &GoldArticle, events: &[Event]) {
        for e in events {
            for a in actors(e) {
                if gold.forbidden_actor_text.iter().any(|f| a.text.to_lowercase().contains(&f.to_lowercase())) {
                    self.problems.push(format!("{name}: forbidden actor {:?}", a.text));
                    self.faults += 1;
                }
            }
            if gold.forbidden_sentence_text.iter().any(|f| e.sentence.to_lowercase().contains(&f.to_lowercase())) {
                self.problems.push(format!("{name}: event coded from boilerplate: {:?}", e.sentence));
                self.faults += 1;
            }
        }
        if gold.negative {
            for e in events {
                self.per_type.entry(e.event_type).or_default().1 += 1;
            }
            if !events.is_empty() {
                self.faults += 1;
                let types: Vec<&str> = events.iter().map(|e| e.event_type.as_str()).collect();
                self.problems.push(format!("{name}: negative article yielded {}", types.join(", ")));
            }
            return;
        }
        // Each expected event takes at most one produced event, and the pairing is the largest
        // possible (a greedy first match could take the event a later expectation needed).
        let candidates: Vec<Vec<usize>> = gold.events.iter().map(|w| (0..events.len()).filter(|&i| matches(&events[i], w)).collect()).collect();
        let mut owner: Vec<Option<usize>> = vec![None; events.len()];
        for (w, want) in gold.events.iter().enumerate() {
            if !want.shared {
                augment(w, &candidates, &mut owner, &mut vec![false; events.len()]);
            }
        }
        let used: Vec<bool> = owner.iter().map(Option::is_some).collect();
        for (w, want) in gold.events.iter().enumerate() {
            self.expected += 1;
            let hit = if want.shared { candidates[w].first().copied() } else { owner.iter().position(|o| *o == Some(w)) };
            match hit {
                Some(i) => {
                    if !want.shared {
                        self.per_type.entry(events[i].event_type).or_default().0 += 1;
                    }
                    self.found += 1;
                }
                None => {
                    self.per_type.entry(want.types[0]).or_default().2 += 1;
                    let label = want.label.clone().unwrap_or_else(|| want.types[0].to_string());
                    self.problems.push(format!("{name}: missed {label}"));
                }
            }
        }
        for (i, e) in events.iter().enumerate() {
            if !used[i] && !gold.events.iter().any(|w| w.shared && matches(e, w)) {
                self.per_type.entry(e.event_type).or_default().1 += 1;
            }
        }
    }

    /// Recall over all expected events.
    pub fn recall(&self) -> f64 {
        if self.expected == 0 { 0.0 } else { self.found as f64 / self.expected as f64 }
    }

    /// Micro-averaged precision over all produced events.
    pub fn precision(&self) -> f64 {
        let (tp, fp, _) = self.totals();
        if tp + fp == 0 { 0.0 } else { tp as f64 / (tp + fp) as f64 }
    }

    fn totals(&self) -> (u32, u32, u32) {
        self.per_type.values().fold((0, 0, 0), |a, v| (a.0 + v.0, a.1 + v.1, a.2 + v.2))
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{:<10} {:>4} {:>4} {:>4} {:>9} {:>7} {:>6}", "type", "tp", "fp", "fn", "precision", "recall", "f1")?;
        let row = |f: &mut fmt::Formatter<'_>, name: &str, (tp, fp, fn_): (u32, u32, u32)| {
            let p = if tp + fp == 0 { 0.0 } else { tp as f64 / (tp + fp) as f64 };
            let r = if tp + fn_ == 0 { 0.0 } else { tp as f64 / (tp + fn_) as f64 };
            writeln!(f, "{name:<10} {tp:>4} {fp:>4} {fn_:>4} {p:>9.2} {r:>7.2} {:>6.2}", f1(p, r))
        };
        for (t, v) in &self.per_type {
            row(f, t.as_str(), *v)?;
        }
        row(f, "all", self.totals())?;
        writeln!(f, "expected events found: {}/{} = {:.2}; faults {}", self.found, self.expected, self.recall(), self.faults)
    }
}

/// Why an evaluation could not run.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EvalError {
    /// The gold file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The gold file.
        path: std::path::PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The gold file is not in score.py's format.
    #[error("{path}: {source}")]
    Gold {
        /// The gold file.
        path: std::path::PathBuf,
        /// The cause.
        source: serde_json::Error,
    },
    /// An article the gold file names could not be read.
    #[error("{0}")]
    Article(String),
}

/// Tries to pair expectation `w` with one of its candidate events, moving earlier pairs along
/// when that frees one (Kuhn's augmenting paths).
fn augment(w: usize, candidates: &[Vec<usize>], owner: &mut [Option<usize>], seen: &mut [bool]) -> bool {
    for &i in &candidates[w] {
        if std::mem::replace(&mut seen[i], true) {
            continue;
        }
        if owner[i].is_none_or(|other| augment(other, candidates, owner, seen)) {
            owner[i] = Some(w);
            return true;
        }
    }
    false
}

/// Codes every article a gold file names (found in `dir`) and scores the events.
pub fn evaluate_dir(pipeline: &crate::Pipeline, gold_path: &std::path::Path, dir: &std::path::Path) -> Result<Report, EvalError> {
    let text = std::fs::read_to_string(gold_path).map_err(|source| EvalError::Io { path: gold_path.into(), source })?;
    let gold: Gold = serde_json::from_str(&text).map_err(|source| EvalError::Gold { path: gold_path.into(), source })?;
    let mut report = Report::default();
    for (name, expected) in &gold {
        let path = dir.join(name);
        let mut events = Vec::new();
        for article in kroniek_read::read_inputs(std::slice::from_ref(&path), &kroniek_read::ReaderConfig::default()) {
            let article = article.map_err(|e| EvalError::Article(e.to_string()))?;
            events.extend(pipeline.code(&article).events);
        }
        report.add(name, expected, &events);
    }
    Ok(report)
}
