//! Kroniek as a library: the pipeline from articles to events, and the sinks that write them.
//!
//! A [`Pipeline`] holds every compiled lexicon and the gazetteer; build it once and share it
//! across threads. [`Pipeline::code`] turns one [`Article`] into [`Event`]s; an
//! [`EventWriter`] writes them as JSON Lines, CSV or ACLED's CSV.
//!
//! ```
//! use kroniek::{Article, Pipeline, PipelineConfig};
//! use kroniek::types::Date;
//! let pipeline = Pipeline::new(PipelineConfig::default()).unwrap();
//! let article = Article::from_text(
//!     "Russian forces shelled the town of Kupiansk on Monday, killing three civilians.",
//!     Date::ymd(2024, 5, 8),
//! );
//! let coded = pipeline.code(&article);
//! assert_eq!(coded.language.as_deref(), Some("en"));
//! ```
#![deny(missing_docs)]

mod backend;
mod error;
mod json;
pub mod eval;
pub mod gen;
mod output;
mod pipeline;
mod places;

pub use error::{Error, Result};
pub use backend::{ceasefires_in, StoreBackend};
pub use kroniek_monitor as monitor;
pub use kroniek_read as read;
pub use kroniek_serve as serve;
pub use kroniek_store as store;
pub use kroniek_text as text;
pub use kroniek_types as types;
pub use kroniek_types::{Article, Event};
pub use output::{EventWriter, Format};
pub use pipeline::{data_dir, Coded, Pipeline, PipelineConfig};
pub use places::PlaceReport;

/// Peak resident memory of this process in MB, from /proc (Linux); `None` elsewhere. What
/// `kroniek code --stats` and `cargo bench` report against the memory target.
pub fn peak_rss_mb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024)
}
