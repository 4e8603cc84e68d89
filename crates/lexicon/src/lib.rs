//! Per-language dictionaries compiled once into one fast matcher.
//!
//! The data lives in `data/lexicons/<lang>/` as TSV files (see `data/lexicons/FORMAT.md`).
//! [`Lexicon::for_language`] loads `common/` plus one language folder and compiles every form
//! into a single trie over folded words (the `matcher` module); [`Lexicon::scan`] then finds
//! every form in a folded article (see `kroniek_text::fold`) in one pass, a hash lookup per
//! word, whole words only, longest match first, with no allocation per token. Each [`Hit`] carries [`Tag`]s saying what the form stands for.
//!
//! ```no_run
//! use kroniek_lexicon::{Codebook, Lexicon, Tag};
//! use std::path::Path;
//! let data = Path::new("data");
//! let codebook = Codebook::load(data).unwrap();
//! let nl = Lexicon::for_language(data, "nl", &codebook).unwrap().expect("Dutch is supported");
//! let folded = kroniek_text::fold("De Turkse president Erdogan");
//! let mut hits = Vec::new();
//! nl.scan(&folded, &mut hits);
//! assert!(hits.iter().any(|h| nl.tags(h).iter().any(|t| matches!(t, Tag::Person(_)))));
//! ```
#![deny(missing_docs)]

mod codebook;
mod entries;
mod error;
mod load;
mod matcher;
mod tsv;

pub use codebook::{AcledType, CameoCode, Codebook};
pub use entries::{
    AgoUnit, Country, CountryForm, CountField, DateWord, NumberKind, NumberWord, Org, Person, Role, RoleKind, Tag, Verb,
    VerbFlags, WordClass,
};
pub use error::{Error, Result};

use kroniek_text::SentenceRules;
use kroniek_types::{FxHashMap, FxHashSet};

/// One language's dictionaries, compiled. Immutable after loading; share it across threads.
#[derive(Debug)]
pub struct Lexicon {
    /// ISO 639-1 code.
    pub language: String,
    /// Countries, indexed by [`Tag::Country`].
    pub countries: Vec<Country>,
    /// Persons, indexed by [`Tag::Person`].
    pub persons: Vec<Person>,
    /// Organisations, indexed by [`Tag::Org`].
    pub orgs: Vec<Org>,
    /// Role nouns, indexed by [`Tag::Role`].
    pub roles: Vec<Role>,
    /// Event triggers, indexed by [`Tag::Verb`].
    pub verbs: Vec<Verb>,
    /// Number words, indexed by [`Tag::Number`].
    pub numbers: Vec<NumberWord>,
    /// Date words, indexed by [`Tag::Date`].
    pub dates: Vec<DateWord>,
    /// What the sentence segmenter needs.
    pub sentence_rules: SentenceRules,
    /// Frequent words, for telling this language on short texts.
    pub stopwords: FxHashSet<String>,
    /// Definite articles and demonstratives, folded ("the", "de", "het").
    definites: FxHashSet<String>,
    /// Indefinite articles, folded ("a", "an", "een").
    indefinites: FxHashSet<String>,
    /// Words before a bare year that make it a date, folded ("in", "of", "tussen").
    year_cues: FxHashSet<String>,
    /// Infinitive markers, folded ("to", "te").
    infinitives: FxHashSet<String>,
    /// Words that open a purpose before an infinitive, folded ("om").
    purposes: FxHashSet<String>,
    /// Endings of progressive verb forms, folded ("ing").
    progressive_endings: Vec<String>,
    /// Last word of every person's form of several words, folded → the person lines with it.
    surnames: FxHashMap<String, Vec<u32>>,
    /// Words after which four digits are a time of day, folded ("hours", "uur").
    clock_words: FxHashSet<String>,
    /// Words that join a place's name to more of it, folded ("de", "del").
    name_particles: FxHashSet<String>,
    /// Quarters of a town after a hyphen, folded ("zuid", "north").
    compass_words: FxHashSet<String>,
    matcher: matcher::WordMatcher,
    /// ISO3 → index into `countries`: actors are built by country code for every mention.
    country_ids: FxHashMap<String, u32>,
    /// Per form: its tags as a range into `tags`.
    patterns: Vec<PatternInfo>,
    tags: Vec<Tag>,
}

#[derive(Debug, Clone, Copy)]
struct PatternInfo {
    tags: (u32, u32),
    /// The tags when the text writes the form in capitals, if it has capitals-only ones.
    in_capitals: Option<(u32, u32)>,
}

/// A form found in folded text: `[start, end)` are folded byte offsets of the whole words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// First byte of the first word.
    pub start: u32,
    /// One past the last byte of the last word.
    pub end: u32,
    pattern: u32,
}

impl Lexicon {
    /// What a hit's form stands for.
    pub fn tags(&self, hit: &Hit) -> &[Tag] {
        let (a, b) = self.patterns[hit.pattern as usize].tags;
        &self.tags[a as usize..b as usize]
    }

    /// What a hit's form stands for as written: an acronym in capitals ("AU", "WHO") may
    /// stand for more than the same letters in lower case ("au", "who"). `in_capitals` is
    /// asked only of the few forms that have such a reading.
    pub fn tags_as_written(&self, hit: &Hit, in_capitals: impl FnOnce() -> bool) -> &[Tag] {
        let info = &self.patterns[hit.pattern as usize];
        let (a, b) = info.in_capitals.filter(|_| in_capitals()).unwrap_or(info.tags);
        &self.tags[a as usize..b as usize]
    }

    /// A country by its ISO3 code.
    pub fn country(&self, iso3: &str) -> Option<&Country> {
        self.country_ids.get(iso3).map(|&i| &self.countries[i as usize])
    }

    /// Whether `word` (as written) is a definite article or demonstrative of this language.
    pub fn is_definite(&self, word: &str) -> bool {
        self.definites.iter().any(|d| d.eq_ignore_ascii_case(word))
    }

    /// Whether `word` (as written) is an indefinite article of this language.
    pub fn is_indefinite(&self, word: &str) -> bool {
        self.indefinites.iter().any(|d| d.eq_ignore_ascii_case(word))
    }

    /// Whether `word` (as written) marks an infinitive ("to", "te").
    pub fn is_infinitive_marker(&self, word: &str) -> bool {
        self.infinitives.iter().any(|d| d.eq_ignore_ascii_case(word))
    }

    /// Whether `word` (as written) opens a purpose when an infinitive follows ("om ... te").
    pub fn is_purpose(&self, word: &str) -> bool {
        self.purposes.iter().any(|d| d.eq_ignore_ascii_case(word))
    }

    /// Whether `word` (as written) is a progressive form ("protesting"), which a passive
    /// auxiliary before it does not make passive.
    pub fn is_progressive(&self, word: &str) -> bool {
        let word = word.as_bytes();
        self.progressive_endings.iter().any(|e| word.len() > e.len() + 2 && word[word.len() - e.len()..].eq_ignore_ascii_case(e.as_bytes()))
    }

    /// The person lines whose full names end in `folded` ("katz" → Israel Katz's lines): a
    /// title before a surname alone ("minister van Defensie Katz") names that person.
    pub fn persons_by_surname(&self, folded: &str) -> &[u32] {
        self.surnames.get(folded).map_or(&[], Vec::as_slice)
    }

    /// Whether `folded` (a folded word) makes four digits before it a time ("1800 hours").
    pub fn is_clock_word(&self, folded: &str) -> bool {
        self.clock_words.contains(folded)
    }

    /// Whether `folded` (a folded word) may join a town's name to more of it ("San Juan de
    /// Lurigancho").
    pub fn is_name_particle(&self, folded: &str) -> bool {
        self.name_particles.contains(folded)
    }

    /// Whether `folded` (a folded word) names a quarter of the town before its hyphen
    /// ("Rotterdam-Zuid"), so the town is not the start of a longer name.
    pub fn is_compass_word(&self, folded: &str) -> bool {
        self.compass_words.contains(folded)
    }

    /// Whether `folded` (a folded word) makes the year after it a date ("in 1683").
    pub fn is_year_cue(&self, folded: &str) -> bool {
        self.year_cues.contains(folded)
    }

    /// Number of forms in the matcher (for `examples/scan.rs` and sizing).
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Finds every lexicon form in `folded` (from `kroniek_text::fold`), whole words only; where
    /// forms overlap, the leftmost, then longest, wins. Appends to `out` in text order.
    pub fn scan(&self, folded: &str, out: &mut Vec<Hit>) {
        self.matcher.scan(folded, out);
    }

    /// [`scan`](Self::scan) over an already folded text, walking its word list instead of
    /// searching the text for spaces again.
    pub fn scan_folded(&self, folded: &kroniek_text::Folded, out: &mut Vec<Hit>) {
        self.matcher.scan_words(folded.text.as_bytes(), folded.words.iter().map(|w| (w.start, w.end)), out);
    }
}
