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

pub use analysis::{analyse, analyse_for_events, is_history, Analysis, FoundPlace, PlaceSource, Word};

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

#[cfg(test)]
mod tests {
    use super::*;
    use kroniek_lexicon::{Codebook, Lexicon};
    use std::path::Path;

    fn lexicon(language: &str) -> Lexicon {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        let book = Codebook::load(&data).unwrap();
        Lexicon::for_language(&data, language, &book).unwrap().unwrap()
    }

    fn actor_codes(analysis: &Analysis) -> Vec<&str> {
        analysis
            .mentions
            .iter()
            .filter_map(|m| match &m.kind {
                MentionKind::Actor(a) => Some(a.actors.iter().map(|x| x.code.as_str())),
                _ => None,
            })
            .flatten()
            .collect()
    }

    #[test]
    fn actors_counts_and_dates_in_dutch() {
        let lex = lexicon("nl");
        let text = "De Turkse president Erdogan zei zaterdag dat 59 Turkse militairen zijn gedood.";
        let analysis = analyse(text, Date::ymd(2020, 3, 5), &lex, None);
        assert!(actor_codes(&analysis).contains(&"TURGOV"), "{:#?}", analysis.mentions);
        let count = analysis.mentions.iter().find_map(|m| match &m.kind {
            MentionKind::Actor(a) if a.count.is_some() => a.count,
            MentionKind::Number(n) if n.value == Some(59) => n.value,
            _ => None,
        });
        assert_eq!(count, Some(59));
        let date = analysis.mentions.iter().find_map(|m| match &m.kind {
            MentionKind::Date(d) => Some(d.date.to_string()),
            _ => None,
        });
        // 5 March 2020 was a Thursday: "zaterdag" is the Saturday before.
        assert_eq!(date.as_deref(), Some("2020-02-29"));
        assert_eq!(analysis.sentences.len(), 1);
    }

    /// The actor codes of the mentions whose text is exactly `text`.
    fn codes_of<'a>(analysis: &'a Analysis, text: &str) -> Vec<&'a str> {
        analysis
            .mentions
            .iter()
            .filter_map(|m| match &m.kind {
                MentionKind::Actor(a) if a.actors[0].text == text => Some(a.actors[0].code.as_str()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_name_after_a_title_is_that_actor_again_later() {
        let lex = lexicon("nl");
        let text = "De Mozambikaanse oppositieleider Venâncio Mondlane eist nieuwe verkiezingen. Later wees Mondlane de uitslag af.";
        let analysis = analyse(text, Date::ymd(2024, 11, 8), &lex, None);
        // The title's mention takes in the name, and the surname alone is the same actor.
        assert_eq!(codes_of(&analysis, "Mozambikaanse oppositieleider Venâncio Mondlane"), ["MOZOPP"], "{:#?}", analysis.mentions);
        assert_eq!(codes_of(&analysis, "Mondlane"), ["MOZOPP"]);

        let lex = lexicon("en");
        // Set off by a comma before the title, and in a headline in title case not at all.
        let text = "Minister Visits Troops In Kharkiv\n\nYvan Castro, the Venezuelan foreign minister, asked for talks. Castro also accused Washington of aggression.";
        let analysis = analyse(text, Date::ymd(2024, 11, 8), &lex, None);
        assert_eq!(codes_of(&analysis, "Castro"), ["VENGOV"], "{:#?}", analysis.mentions);
        assert!(codes_of(&analysis, "Minister Visits Troops").is_empty());
        // A short lowercase particle belongs to the name.
        let text = "Iraqi governor Asaad al-Eidani warned rioters. Al-Eidani said police would act.";
        let analysis = analyse(text, Date::ymd(2024, 11, 8), &lex, None);
        assert_eq!(codes_of(&analysis, "Eidani"), ["IRQGOV"], "{:#?}", analysis.mentions);
        // A quotation closing before the comma ends no name: "... by the Rangers," the spokesman said.
        let text = "\"It was an attack by the Rangers,\" the Indian spokesman said. The Rangers denied it.";
        let analysis = analyse(text, Date::ymd(2024, 11, 8), &lex, None);
        assert!(codes_of(&analysis, "Rangers").is_empty(), "{:#?}", analysis.mentions);
    }

    #[test]
    fn an_organisation_defined_by_an_acronym_is_that_actor_again_later() {
        let lex = lexicon("en");
        let text = "Police clashed with supporters of the banned Pashtun Tahaffuz Movement (PTM) near Peshawar. The PTM rejected the ban. The Kenya National Union of Teachers (KNUT) met on Monday.";
        let analysis = analyse(text, Date::ymd(2024, 10, 10), &lex, None);
        // Its sector comes from the head noun, its country from a country named inside it.
        assert_eq!(codes_of(&analysis, "Pashtun Tahaffuz Movement (PTM)"), ["OPP"], "{:#?}", analysis.mentions);
        assert_eq!(codes_of(&analysis, "PTM"), ["OPP"]);
        assert_eq!(codes_of(&analysis, "Kenya National Union of Teachers (KNUT)"), ["KENLAB"]);
        // A name without a head noun defines nothing.
        let analysis = analyse("Talks were held in Sharm El Sheikh (Egypt) on Monday.", Date::ymd(2024, 10, 10), &lex, None);
        assert!(codes_of(&analysis, "Sharm El Sheikh (Egypt)").is_empty(), "{:#?}", analysis.mentions);
    }

    #[test]
    fn the_head_noun_of_an_organisation_named_before_refers_to_it() {
        let lex = lexicon("en");
        let text = "The United Nations Support Mission in Libya (UNSMIL) said fighting stopped. The Mission condemns the shelling. The Sahel is dry.";
        let analysis = analyse(text, Date::ymd(2026, 3, 5), &lex, None);
        assert_eq!(codes_of(&analysis, "Mission"), ["IGOUNO"], "{:#?}", analysis.mentions);
        assert!(codes_of(&analysis, "Sahel").is_empty());
    }

    #[test]
    fn a_former_office_holder_is_one_of_the_elites() {
        let lex = lexicon("en");
        let text = "Former Sierra Leone president Ernest Bai Koroma was charged. Koroma denies any involvement.";
        let analysis = analyse(text, Date::ymd(2024, 1, 5), &lex, None);
        assert_eq!(codes_of(&analysis, "Koroma"), ["SLEELI"], "{:#?}", analysis.mentions);
        let lex = lexicon("nl");
        let analysis = analyse("Oud-president Koroma en president Bio spraken elkaar.", Date::ymd(2024, 1, 5), &lex, None);
        assert!(actor_codes(&analysis).iter().any(|c| c.ends_with("ELI")), "{:#?}", analysis.mentions);
    }

    #[test]
    fn articles_without_event_words_stop_after_matching() {
        let lex = lexicon("en");
        let quiet = "The orchestra played Mahler on Sunday night. The audience in Vienna stood for ten minutes.";
        assert!(analyse_for_events(quiet, Date::ymd(2024, 5, 6), &lex, None).is_none());
        // The full analysis still recognises what the text names.
        assert!(!analyse(quiet, Date::ymd(2024, 5, 6), &lex, None).sentences.is_empty());
        let news = "Rebels attacked an army post near Goma on Sunday, killing four soldiers.";
        let analysis = analyse_for_events(news, Date::ymd(2024, 5, 6), &lex, None).expect("an event word");
        assert!(analysis.mentions.iter().any(|m| matches!(m.kind, MentionKind::Trigger { part: 0, .. })));
    }

    #[test]
    fn an_event_word_inside_a_name_triggers_nothing() {
        let lex = lexicon("en");
        let triggers = |text: &str| {
            let analysis = analyse(text, Date::ymd(2024, 11, 21), &lex, None);
            analysis.mentions.iter().filter(|m| matches!(m.kind, MentionKind::Trigger { part: 0, .. })).count()
        };
        assert_eq!(triggers("Both leaders were at the Asia-Pacific Economic Cooperation summit in Lima."), 0);
        assert_eq!(triggers("Both leaders want more economic cooperation."), 1);
        // A headline in title case capitalises its verbs too.
        assert_eq!(triggers("Tokyo And Beijing Seek Closer Cooperation"), 1);
    }
}
