//! Kroniek gazetteer: offline place names with coordinates, compiled for fast lookup.
#![deny(missing_docs)]
