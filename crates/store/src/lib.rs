//! Kroniek store: events and articles in an embedded SQLite file.
#![deny(missing_docs)]
