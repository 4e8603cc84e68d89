//! Recognising what an article talks about: actors, places, numbers, dates, event triggers.
//!
//! [`analyse`] folds the text once, runs the language's [`Lexicon`] matcher over it, cuts
//! sentences, and turns the raw hits into typed [`Mention`]s in text order: actors composed from
//! adjectives, titles and names ("de Turkse president Erdogan" → TURGOV), counted people
//! ("59 Turkse militairen"), numbers in digits and words ("bijna een miljoen"), dates resolved
//! against the publication date ("zaterdag"), and places. The coder reads only this [`Analysis`].
#![deny(missing_docs)]

mod actors;
mod analysis;
mod numbers;

pub use analysis::{analyse, analyse_for_events, Analysis, FoundPlace, PlaceSource, Word};

use kroniek_lexicon::{CountField, WordClass};
use kroniek_types::{Actor, Date, Place, Span};

/// One recognised thing, over words `[first, last)` of the [`Analysis`].
#[derive(Debug, Clone)]
pub struct Mention {
    /// First word index.
    pub first: u32,
    /// One past the last word index.
    pub last: u32,
    /// Byte span in the article text.
    pub span: Span,
    /// What it is.
    pub kind: MentionKind,
}

/// The kinds of things recognised.
#[derive(Debug, Clone)]
pub enum MentionKind {
    /// One actor, or a group ("Erdogan en Poetin" stays two mentions; "de twee landen" is one
    /// mention of two actors).
    Actor(ActorMention),
    /// A place.
    Place(Box<Place>),
    /// A number, with the count it fills when its noun says so.
    Number(NumberMention),
    /// A date or time.
    Date(DateMention),
    /// Part `part` of event trigger `verb` (an index into the lexicon's verbs).
    Trigger {
        /// Index into `Lexicon::verbs`.
        verb: u32,
        /// 0 is the anchor.
        part: u8,
    },
    /// A function word.
    Word(WordClass),
    /// A count noun ("doden").
    Count(CountField),
}

/// An actor mention.
#[derive(Debug, Clone)]
pub struct ActorMention {
    /// The actor(s) meant.
    pub actors: Vec<Actor>,
    /// Only an adjective ("Russische bombardementen"): an actor of the noun it qualifies.
    pub adjectival: bool,
    /// Persons counted with the mention ("59 Turkse militairen").
    pub count: Option<u64>,
    /// A plural of people rather than an institution.
    pub persons: bool,
    /// A country name after a locative ("in Turkije"): a place more than an actor.
    pub locative: bool,
    /// One person, after an indefinite article ("a police officer", "een agent").
    pub single: bool,
    /// A weapon standing for its force ("Russian missiles"): who acts, never who is hit.
    pub weapon: bool,
}

/// A number.
#[derive(Debug, Clone, Copy)]
pub struct NumberMention {
    /// The value; `None` when too vague to count ("duizenden").
    pub value: Option<u64>,
    /// The count field its noun names ("12 doden" → fatalities).
    pub field: Option<CountField>,
}

/// A date, resolved against the publication date.
#[derive(Debug, Clone, Copy)]
pub struct DateMention {
    /// The date, at its precision.
    pub date: Date,
    /// A time of day, when given.
    pub time: Option<(u8, u8)>,
}
