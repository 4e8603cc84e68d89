//! The types every Kroniek stage agrees on, and nothing else.
//!
//! Readers produce [`Article`]s; the coder produces [`Event`]s that carry [`Actor`]s and a
//! [`Place`]; stores and outputs consume them. Keeping these in one small crate (like tantivy's
//! `tokenizer-api`) lets every stage depend on the seam without depending on each other.
//!
//! ```
//! use kroniek_types::{Article, Date};
//! let article = Article::from_text("Rusland en Turkije sloten een bestand.", Some(Date::ym(2020, 3)));
//! assert_eq!(article.id.len(), 16);
//! assert_eq!(article.date.unwrap().to_string(), "2020-03");
//! ```
#![deny(missing_docs)]

mod date;
mod event;
mod hash;

pub use date::{Date, DateError, Precision};
pub use event::{Actor, Event, EventType, Intent, Place, PlacePrecision, SmolStr, Span};
pub use smol_str::SmolStrBuilder;
pub use hash::{content_hash, short_eq, stable_hex, FxHashMap, FxHashSet, FxHasher};

use serde::{Deserialize, Serialize};

/// Great-circle distance in km between two WGS84 points: what "near", zones and gold files mean.
pub fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (la1, lo1, la2, lo2) = (lat1.to_radians(), lon1.to_radians(), lat2.to_radians(), lon2.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2) + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    6371.0 * 2.0 * h.sqrt().min(1.0).asin()
}

/// One news report as read from any input format, before any analysis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The article's own id, or a content hash of its text when the input gave none.
    pub id: String,
    /// The body text exactly as read (after HTML extraction); evidence offsets index into it.
    pub text: String,
    /// Headline, when the input had one; not coded, shown to users.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Publication date at the precision the input gave; relative dates resolve against it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Where the article lives on the web.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Publisher or feed name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// ISO 639-1 code given by the input; detected later when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Where the article was read from (file path, `path:line`), for diagnostics.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub origin: String,
}

impl Article {
    /// An article from bare text; its id is the content hash, so the same text keeps its id.
    pub fn from_text(text: impl Into<String>, date: Option<Date>) -> Article {
        let text = text.into();
        Article {
            id: content_hash(&text),
            text,
            title: None,
            date,
            url: None,
            source: None,
            language: None,
            origin: String::new(),
        }
    }
}
