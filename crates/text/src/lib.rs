//! Preparing text for recognition: language, folding, sentences and tokens.
#![deny(missing_docs)]

mod fold;

pub use fold::{fold, Folded};
