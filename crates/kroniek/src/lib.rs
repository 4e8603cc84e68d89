//! Kroniek as a library: the pipeline from articles to events, and the sinks that write them.
//!
//! A [`Pipeline`] holds every compiled lexicon and the gazetteer; build it once and share it
//! across threads. [`Pipeline::code`] turns one [`Article`] into [`Event`]s.
#![deny(missing_docs)]

mod error;
mod pipeline;

pub use error::{Error, Result};
pub use kroniek_read as read;
pub use kroniek_store as store;
pub use kroniek_types as types;
pub use kroniek_types::{Article, Event};
pub use pipeline::{Coded, Pipeline, PipelineConfig};
