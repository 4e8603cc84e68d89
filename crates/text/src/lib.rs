//! Preparing text for recognition: language, folding, sentences.
//!
//! [`fold`] gives the one normal form lexicons and text are matched in; [`segment`] cuts an
//! article into [`Sentence`]s and marks headings and boilerplate so that they are never coded;
//! [`detect_language`] says which lexicon applies.
//!
//! ```
//! use kroniek_text::{segment, SentenceKind, SentenceRules};
//! let text = "Troops shelled the town. Officials said 12 people died.";
//! let sentences = segment(text, &SentenceRules::default());
//! assert_eq!(sentences.len(), 2);
//! assert_eq!(sentences[1].kind, SentenceKind::Body);
//! ```
#![deny(missing_docs)]

mod fold;
mod language;
mod sentence;

pub use fold::{fold, Folded, FoldedWord};
pub use language::{detect_language, Detected};
pub use sentence::{segment, Sentence, SentenceKind, SentenceRules};
