//! The event record of CONTRACT.md: PLOVER-native, with CAMEO and ACLED alongside.

use crate::{Date, Precision};
use serde::{Deserialize, Serialize};
pub use smol_str::SmolStr;
use std::fmt;
use std::str::FromStr;

/// Byte offsets `[start, end)` into the article text as read: the trace from a field to its words.
pub type Span = [usize; 2];

macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name the contract uses on the wire.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str().eq_ignore_ascii_case(s))
                    .ok_or_else(|| format!("unknown {}: {s:?}", stringify!($name)))
            }
        }
    };
}

string_enum! {
    /// PLOVER's 16 event types (PLOVER manual v0.8), from most cooperative to most violent.
    EventType {
        /// Agree to, or declare intent to, do something (incl. truces agreed).
        Agree = "AGREE",
        /// Meet, call, visit, negotiate.
        Consult = "CONSULT",
        /// Verbal or diplomatic support.
        Support = "SUPPORT",
        /// Yield to a demand.
        Concede = "CONCEDE",
        /// Material cooperation.
        Cooperate = "COOPERATE",
        /// Economic, military or humanitarian aid.
        Aid = "AID",
        /// De-escalate: ceasefires, withdrawals, releases.
        Retreat = "RETREAT",
        /// Ask or demand.
        Request = "REQUEST",
        /// Criticise, allege, investigate.
        Accuse = "ACCUSE",
        /// Refuse a request or plan.
        Reject = "REJECT",
        /// Threaten.
        Threaten = "THREATEN",
        /// Demonstrate, strike, riot.
        Protest = "PROTEST",
        /// Reduce relations, stop aid, expel.
        Sanction = "SANCTION",
        /// Deploy or put on alert troops or police.
        Mobilize = "MOBILIZE",
        /// Arrest, seize, restrict, blockade.
        Coerce = "COERCE",
        /// Violence: fighting, bombing, killing.
        Assault = "ASSAULT",
    }
}

string_enum! {
    /// Whether the event happened, per the text.
    Intent {
        /// Reported as having happened or happening.
        Actual = "actual",
        /// Agreed, promised or scheduled ("aid is to be sent").
        Planned = "planned",
        /// Threatened by its source.
        Threatened = "threatened",
        /// Denied by its alleged source.
        Denied = "denied",
        /// Reported as not having happened.
        Negated = "negated",
    }
}

string_enum! {
    /// How exactly a place's coordinates locate an event.
    PlacePrecision {
        /// A site: a crossing, a village centre.
        Point = "point",
        /// A populated place.
        City = "city",
        /// A district.
        Admin2 = "admin2",
        /// A province, governorate or state.
        Admin1 = "admin1",
        /// A whole country (its centroid).
        Country = "country",
    }
}

/// Who acts or is acted on, as named in the text and as coded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// The article's words for the actor ("de Turkse president Erdogan").
    pub text: SmolStr,
    /// Canonical name ("Recep Tayyip Erdoğan", "Turkey").
    pub name: SmolStr,
    /// CAMEO-style code: country (or IGO prefix) then sector ("TURGOV", "IGOUNO", "SYRREB").
    pub code: SmolStr,
    /// ISO 3166-1 alpha-3 country, when the actor belongs to one.
    pub country: Option<SmolStr>,
    /// International body ("UN", "EU", "NATO"), when the actor is one.
    pub org: Option<SmolStr>,
    /// Sector code (`GOV`, `MIL`, `REB`, ...), when known.
    pub sector: Option<SmolStr>,
    /// Where in the article text the actor's words are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// Where an event happened, with coordinates from the gazetteer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// The article's words for the place ("Moskou").
    pub text: SmolStr,
    /// Canonical (English) name ("Moscow").
    pub name: SmolStr,
    /// ISO 3166-1 alpha-3 country.
    pub country: Option<SmolStr>,
    /// First-level administrative area, by name.
    pub admin1: Option<SmolStr>,
    /// Latitude, WGS84.
    pub lat: f64,
    /// Longitude, WGS84.
    pub lon: f64,
    /// GeoNames id, when the place came from GeoNames data.
    pub geonameid: Option<u64>,
    /// What the coordinates stand for.
    pub precision: PlacePrecision,
    /// Where in the article text the place's words are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// One coded happening: CONTRACT.md's event object. Fields after `confidence` are additions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable id: a hash of the article id, the evidence span and the coding.
    pub id: String,
    /// The article's id.
    pub article_id: String,
    /// ISO 639-1 of the text the event was coded from.
    pub language: String,
    /// PLOVER event type.
    pub event_type: EventType,
    /// PLOVER mode, lower case.
    pub mode: Option<String>,
    /// PLOVER context, lower case.
    pub context: Option<String>,
    /// CAMEO code.
    pub cameo: String,
    /// ACLED event type, where ACLED codes such events.
    pub acled_event_type: Option<String>,
    /// ACLED sub-event type.
    pub acled_sub_event_type: Option<String>,
    /// Who acts.
    pub source: Option<Actor>,
    /// Who is acted on.
    pub target: Option<Actor>,
    /// Others named in the event: co-actors, mediators, allies.
    pub other_actors: Vec<Actor>,
    /// Where it happened.
    pub location: Option<Place>,
    /// When it happened, ISO 8601 at its precision; null when neither the text nor the article
    /// gives a date.
    pub date: Option<Date>,
    /// Precision of `date`.
    pub date_precision: Option<Precision>,
    /// Local time of day, `HH:MM`, when the text gives one ("om middernacht" → `00:00`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// People killed in this event, as the text counts them.
    pub fatalities: Option<u64>,
    /// People injured.
    pub injured: Option<u64>,
    /// People arrested or detained.
    pub arrested: Option<u64>,
    /// People displaced or fled.
    pub displaced: Option<u64>,
    /// Whether it happened, is planned, threatened, denied or negated.
    pub intent: Intent,
    /// The sentence the event was coded from.
    pub sentence: String,
    /// Byte offsets of `sentence` in the article text.
    pub evidence: Span,
    /// 0 to 1: how much the coder trusts this record.
    pub confidence: f32,
    /// The words that triggered the event type (verb or noun phrase).
    pub trigger: String,
    /// Where `trigger` is in the article text.
    pub trigger_span: Span,
    /// Where the numbers this event counts stand in the article ("59", "bijna een miljoen").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub number_spans: Vec<Span>,
    /// Where the date words stand ("vandaag", "on Monday"), when the date came from the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_span: Option<Span>,
    /// What the sentence is about beyond the event itself: `ceasefire` when it speaks of a
    /// truce ("accused the army of breaking the truce"), so monitors can find claims.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
}
