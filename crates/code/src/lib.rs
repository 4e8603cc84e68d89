//! Coding events: from recognised mentions to PLOVER events with CAMEO and ACLED codes.
//!
//! [`code_article`] walks each body sentence of an [`Analysis`], cuts it into clauses (main,
//! relative, complement), and turns every event trigger into an event: source and target from
//! clause roles (subject before the verb, the Dutch inverted subject after it, agents after
//! "door"/"by", targets after "op"/"against", receivers of "krijgen steun van"), intent from
//! modals, negation and denial, counts from the people the clause counts, place and date from
//! the sentence or the article. A last pass merges mentions of one happening into one event.
#![deny(missing_docs)]

mod clause;
mod event;

pub use event::code_article;
