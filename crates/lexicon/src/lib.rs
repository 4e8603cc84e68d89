//! Kroniek lexicons: per-language data files compiled once into fast matchers.
#![deny(missing_docs)]
