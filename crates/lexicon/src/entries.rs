//! What a lexicon form can stand for.

use kroniek_types::{Date, SmolStr};

/// How a country is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountryForm {
    /// The country's name ("Turkije"): the state as actor, or a place.
    Name,
    /// Attributive ("Turkse"): gives a country to the next noun.
    Adjective,
    /// Demonym noun ("Turken").
    People,
}

/// A country, from `common/countries.tsv`.
#[derive(Debug, Clone)]
pub struct Country {
    /// ISO 3166-1 alpha-3, also the CAMEO country code.
    pub iso3: SmolStr,
    /// English name.
    pub name: SmolStr,
    /// Whose army "the army" is here when the text does not say: a territory without one of
    /// its own (the West Bank's "leger" is Israel's).
    pub military: Option<SmolStr>,
}

/// A person in a role for a span of dates.
#[derive(Debug, Clone)]
pub struct Person {
    /// CAMEO-style actor code for this role ("TURGOV").
    pub code: SmolStr,
    /// Canonical name.
    pub name: SmolStr,
    /// First day in the role.
    pub from: Option<Date>,
    /// Last day in the role.
    pub to: Option<Date>,
}

impl Person {
    /// Whether this role line applies on `date`; undated lines apply always.
    pub fn holds_on(&self, date: Date) -> bool {
        self.from.is_none_or(|f| f.days() <= date.days()) && self.to.is_none_or(|t| date.days() <= t.days())
    }

    /// Whether the line has dates at all (dated lines win over the undated fallback).
    pub fn is_dated(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }
}

/// An organisation: IGO, NGO, armed group.
#[derive(Debug, Clone)]
pub struct Org {
    /// Actor code ("IGOUNO", "SYRREB").
    pub code: SmolStr,
    /// Canonical name.
    pub name: SmolStr,
    /// ISO3, when the organisation belongs to a country.
    pub country: Option<SmolStr>,
    /// Sector code.
    pub sector: Option<SmolStr>,
    /// Short name of an international body ("UN").
    pub org: Option<SmolStr>,
    /// A seat of government ("Moscow" for the Russian government): an actor as a subject, a
    /// place after "in", "to", "from".
    pub seat: bool,
}

/// How a role noun is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleKind {
    /// Before a name ("president").
    Title,
    /// An institution or force ("leger").
    Group,
    /// A countable plural of people ("militairen").
    Person,
    /// A weapon standing for the force that fires it ("Russische raketten"): a subject, never
    /// the one attacked.
    Weapon,
    /// The last noun of an organisation's name ("Movement", "Union", "Beweging"): a name the
    /// lexicon lacks that ends in one and is defined by an acronym in brackets ("the Pashtun
    /// Tahaffuz Movement (PTM)") is a group of that sector. Never an actor alone.
    Head,
    /// A common noun a report uses for an organisation it named before ("the agency", "the
    /// rights group", "de hulporganisatie"): after a definite article, the latest organisation
    /// of its sector named shortly before. Never an actor alone.
    Reference,
}

/// A role noun: a sector of some country.
#[derive(Debug, Clone)]
pub struct Role {
    /// Sector code ("MIL").
    pub sector: SmolStr,
    /// How it is used.
    pub kind: RoleKind,
}

/// Which count an event field a number fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CountField {
    /// Killed.
    Fatalities,
    /// Injured.
    Injured,
    /// Arrested.
    Arrested,
    /// Displaced or fled.
    Displaced,
}

impl CountField {
    fn parse(s: &str) -> Option<CountField> {
        Some(match s {
            "fatalities" => CountField::Fatalities,
            "injured" => CountField::Injured,
            "arrested" => CountField::Arrested,
            "displaced" => CountField::Displaced,
            _ => return None,
        })
    }

    pub(crate) fn parse_or(s: &str) -> Result<CountField, String> {
        CountField::parse(s).ok_or_else(|| format!("unknown count field {s:?}"))
    }
}

/// Flags of a verb line (FORMAT.md, verbs.tsv).
#[derive(Debug, Clone, Default)]
pub struct VerbFlags {
    /// A noun trigger.
    pub noun: bool,
    /// The subject suffers the event.
    pub victim: bool,
    /// The subject receives; the "from" actor is the source.
    pub recv: bool,
    /// "X and Y <verb>": X source, Y target.
    pub sym: bool,
    /// The trigger itself speaks of the future.
    pub planned: bool,
    /// A participle that only adds its counts to the sentence's event before it ("..., killing
    /// two soldiers and wounding 20"); an event of its own only when there is none.
    pub adjunct: bool,
    /// The words between the pattern's parts may only say when and where ("sprak maandag in
    /// Pristina met"), so a gap holding a subject ("sprak het team met") is no match.
    pub scene_gap: bool,
    /// The pattern's parts stand apart, with the object between them: "hield vijf betogers
    /// aan" is an arrest, "de gevechten houden aan" (go on) is not.
    pub apart: bool,
    /// The subject owns up to a deed the text told before ("IS claimed the attack", "eiste de
    /// aanslag op"): no event of its own, but the deed's doer.
    pub claim: bool,
    /// Persons counted in the clause fill this field.
    pub count: Option<CountField>,
    /// Mode override.
    pub mode: Option<String>,
}

/// An event trigger.
#[derive(Debug, Clone)]
pub struct Verb {
    /// CAMEO code; type, mode and context come from the codebook.
    pub cameo: String,
    /// Line flags.
    pub flags: VerbFlags,
    /// Number of parts (1 for a continuous form).
    pub parts: u8,
    /// The form as written, for diagnostics.
    pub form: String,
}

/// How a number word contributes to a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberKind {
    /// A value ("twee").
    Unit,
    /// Multiplies what precedes ("miljoen").
    Multiplier,
    /// A quantity too vague to count ("duizenden").
    Vague,
    /// A hedge that keeps the number ("bijna").
    Approx,
}

/// A number word.
#[derive(Debug, Clone, Copy)]
pub struct NumberWord {
    /// Its value (for vague words, a lower bound).
    pub value: u64,
    /// How it combines.
    pub kind: NumberKind,
}

/// A date or time word, relative to the publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateWord {
    /// N days from the publication day.
    Day(i32),
    /// The last such weekday (0 = Monday) on or before publication.
    Weekday(u8),
    /// N weeks from the publication week.
    Week(i32),
    /// N months from the publication month.
    Month(i32),
    /// A named month.
    MonthName(u8),
    /// A month's abbreviation ("Feb.", "sept."): a date only beside a day or a year, since "Jan"
    /// and "Mar" are also names.
    MonthShort(u8),
    /// N years from the publication year.
    Year(i32),
    /// A time of day.
    Time(u8, u8),
    /// N days from the day the text named last ("een dag later", "the previous day").
    After(i32),
    /// N months from the month of the date the text told last ("the following month", "een
    /// maand later"): a background paragraph's next step, not the report's month.
    AfterMonth(i32),
    /// N years from the year of the date the text told last ("a year later", "het jaar daarop").
    AfterYear(i32),
    /// So many units before publication as the number right before says ("353 jaar geleden",
    /// "three days ago").
    Ago(AgoUnit),
    /// The year the text named last ("in April of that year", "later dat jaar"): background
    /// paragraphs name a year once and refer back to it.
    ThatYear,
    /// The date the text told last, as precisely as it was told ("later that month", "kort na
    /// dat rapport"): what follows happened then, not on the day of the report.
    ThatDate,
}

/// The unit of an [`DateWord::Ago`] phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum AgoUnit {
    Day,
    Week,
    Month,
    Year,
}

/// A closed word class the coder's rules use (FORMAT.md, words.tsv).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum WordClass {
    Stopword,
    /// A definite article or demonstrative ("the", "de", "het"): a noun trigger after it names
    /// a happening already told ("the attack"), not a new one.
    Definite,
    /// An indefinite article ("a", "een"): before people it counts one ("a police officer was
    /// killed").
    Indefinite,
    /// "leden", "members": a number before it counts the people of the group after "van"/"of"
    /// ("zestien leden van een burgerwacht").
    Member,
    /// "jarige", "year-old": the number before it is an age, and the person after it one
    /// ("de 23-jarige student").
    Age,
    /// A passive auxiliary ("werd", "werden"): before a counting participle that is not passive
    /// by its form ("werd de student doodgeschoten"), the people are its victims.
    Passive,
    /// An auxiliary of both the perfect and the passive ("zijn", "is"): before a counting
    /// participle the people are its victims ("zijn 112 mensen opgepakt"), unless they fled
    /// ("zijn op de vlucht geslagen").
    Perfect,
    /// "have", "has": the English perfect's auxiliary, after which "since" is an adverb ("have
    /// since fled"), not a clause of its own.
    Have,
    /// "since", "sinds": a day or week after it starts a tally ("bringing the total since
    /// Tuesday to 105"), and dates no happening.
    Since,
    /// "until", "tot en met": a day after it ends a period ("geldt tot en met zondag") and dates
    /// no happening.
    Until,
    /// "eerder al", "previously": a happening told with one and no date of its own is
    /// background ("In Mali namen militairen eerder al de macht over").
    Earlier,
    /// "including", "waaronder": the people named after it are some of those counted before
    /// it ("Three civilians, including a woman and her grandson, were killed").
    Subset,
    /// "of them", "van hen": after a total, the number before it is a part of those counted
    /// ("Nine people were wounded, three of them seriously").
    PartOf,
    /// "rose to", "opgelopen tot": the number after it is what a toll noun before it counts
    /// ("the death toll ... rose to 15").
    RiseTo,
    Negation,
    Planned,
    Threat,
    Deny,
    Complement,
    Agent,
    From,
    Against,
    /// "tussen", "between": the two actors after it are the two sides of the clash.
    Between,
    Locative,
    /// "north of", "ten noorden van": a place after one, right after another place, only says
    /// where that place lies ("Tarmiyah, north of Baghdad").
    Bearing,
    Toward,
    /// "vanuit", "from", "a hospital in": the place after it is where someone came from or was
    /// cared for, not where it happened.
    Origin,
    Coord,
    Possessive,
    Relative,
    /// "die", "who": a relative pronoun that stands for its clause's subject when it follows an
    /// actor ("Petro, die Peru beschuldigde"), unlike "waar", "where".
    SubjectRelative,
    Clause,
    /// A subordinator that can open a sentence ("After rebels seized the town, the army ...",
    /// "Nadat ..., bombardeerde het leger ..."): the comma after its clause starts the main one.
    Fronted,
    /// "former", "voormalig": the title after it is no longer held, so its holder speaks for
    /// the country's elites, not its government or army.
    Former,
    Pair,
    Pronoun,
    Opener,
    Boilerplate,
    /// "About", "Over": a short heading opening with one ("Over Artsen zonder Grenzen") starts
    /// an organisation's description of itself at the end of a release, which is boilerplate.
    AboutHeading,
    /// "vroeg", "early": right after a day or time ("maandagochtend vroeg") an adverb, not the
    /// verb it can also be ("vroeg", asked).
    TimeAdverb,
    Abbreviation,
    Sport,
    Fiction,
    /// Markets and companies: with sport and fiction words, a sign that war words are metaphors.
    Business,
    /// Medicine and research ("tumour", "clinical trial"): the same sign.
    Science,
    Speech,
    /// "according to", "volgens", "aldus": what follows is the source of the report, never
    /// its subject.
    Attribution,
    /// A figure of speech that contains a trigger word ("in de aanval", "price war"):
    /// matching it hides the trigger.
    Idiom,
    /// Words after which even a small town is a place ("from", "uit", "the island of", and
    /// "and" after another place).
    PlaceCue,
    /// "if", "unless", "tenzij": a planned attack on a condition is a threat ("would kill the
    /// hostages unless ...").
    Condition,
    /// Words right before a bare year that make it a date ("in 1683", "the summer of 1672"):
    /// history features date their happenings so. Looked up only before four-digit numbers, so
    /// never matched in the text: "in" and "of" are in every sentence.
    YearCue,
    /// "hours", "uur": four digits before one are a time of day ("with effect from 1800
    /// hours"), not a year. Looked up, never matched.
    Clock,
    /// "de", "del": between a town's name and a capitalised word the lexicons do not know, the
    /// town opens a longer name ("San Juan de Lurigancho" is no San Juan). Looked up, never
    /// matched.
    NameParticle,
    /// "Zuid", "North": after a town's name and a hyphen, part of the town ("Rotterdam-Zuid"),
    /// not the start of a longer name. Looked up, never matched.
    Compass,
    /// "capital", "hoofdstad": with a country before or after it, or after "the" alone, the
    /// country's capital city ("in Togo's capital", "de Togolese hoofdstad").
    Capital,
    /// "kilometres", "kilometer": a place a distance is measured from ("100 km from the
    /// capital") is not where anything happened.
    Distance,
    /// "for", "namens": after a role, whose it is ("a spokesman for the Iranian foreign
    /// ministry"), as "of" would say.
    Behalf,
    /// Modals that report at second hand ("zou", "zouden"): before a perfect right at the
    /// trigger they tell a past happening, not a plan ("zouden ... zijn geneutraliseerd").
    Hearsay,
    /// Participles that make the agent before them an attribute of the noun after ("door Iran
    /// gesteunde milities", Iran-backed militias): that agent did not do the clause's act.
    Attributive,
    /// "to", "te": the verb after it is an infinitive, so after a request ("called on the
    /// army to withdraw") it is what was asked, not what happened. Looked up, never matched.
    Infinitive,
    /// "om": before an infinitive it opens a purpose ("kwam bijeen om over de kwestie te
    /// praten"), so it is no particle of a split verb ("kwam ... om", died). Looked up, never
    /// matched.
    Purpose,
    /// Word endings of a progressive form ("-ing"): after "was"/"were" such a verb is
    /// active ("were protesting"), not passive. Looked up, never matched.
    Progressive,
    /// Nouns whose compounds mean what they do ("troepen": "grenstroepen", "politie":
    /// "oproerpolitie"): languages that write compounds as one word list them.
    CompoundHead,
}

impl WordClass {
    pub(crate) fn parse(s: &str) -> Option<WordClass> {
        use WordClass::*;
        Some(match s {
            "stopword" => Stopword,
            "definite" => Definite,
            "indefinite" => Indefinite,
            "member" => Member,
            "age" => Age,
            "passive" => Passive,
            "perfect" => Perfect,
            "have" => Have,
            "since" => Since,
            "until" => Until,
            "earlier" => Earlier,
            "rise_to" => RiseTo,
            "subset" => Subset,
            "part_of" => PartOf,
            "negation" => Negation,
            "planned" => Planned,
            "threat" => Threat,
            "deny" => Deny,
            "complement" => Complement,
            "agent" => Agent,
            "from" => From,
            "against" => Against,
            "between" => Between,
            "locative" => Locative,
            "bearing" => Bearing,
            "toward" => Toward,
            "origin" => Origin,
            "coord" => Coord,
            "possessive" => Possessive,
            "relative" => Relative,
            "subject_relative" => SubjectRelative,
            "clause" => Clause,
            "fronted" => Fronted,
            "former" => Former,
            "pair" => Pair,
            "pronoun" => Pronoun,
            "opener" => Opener,
            "boilerplate" => Boilerplate,
            "abbreviation" => Abbreviation,
            "sport" => Sport,
            "fiction" => Fiction,
            "business" => Business,
            "science" => Science,
            "speech" => Speech,
            "attribution" => Attribution,
            "idiom" => Idiom,
            "placecue" => PlaceCue,
            "year_cue" => YearCue,
            "infinitive" => Infinitive,
            "purpose" => Purpose,
            "attributive" => Attributive,
            "hearsay" => Hearsay,
            "behalf" => Behalf,
            "clock" => Clock,
            "name_particle" => NameParticle,
            "compass" => Compass,
            "progressive" => Progressive,
            "capital" => Capital,
            "distance" => Distance,
            "condition" => Condition,
            "compound_head" => CompoundHead,
            "about" => AboutHeading,
            "time_adverb" => TimeAdverb,
            _ => return None,
        })
    }

    /// Classes that only feed the segmenter or the language check, never the matcher.
    pub(crate) fn is_matched(self) -> bool {
        !matches!(
            self,
            WordClass::Opener
                | WordClass::Boilerplate
                | WordClass::AboutHeading
                | WordClass::Abbreviation
                | WordClass::Stopword
                | WordClass::Definite
                | WordClass::Indefinite
                | WordClass::CompoundHead
                | WordClass::YearCue
                | WordClass::Infinitive
                | WordClass::Purpose
                | WordClass::Progressive
                | WordClass::Clock
                | WordClass::NameParticle
                | WordClass::Compass
        )
    }
}

/// What one matched form stands for; a form may stand for several things.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    /// `countries[i]` in the given form.
    Country(u32, CountryForm),
    /// `persons[i]`.
    Person(u32),
    /// `orgs[i]`.
    Org(u32),
    /// `roles[i]`.
    Role(u32),
    /// Part `part` of `verbs[verb]`.
    Verb {
        /// Index into `verbs`.
        verb: u32,
        /// 0 is the anchor.
        part: u8,
    },
    /// `numbers[i]`.
    Number(u32),
    /// `dates[i]`.
    Date(u32),
    /// A count noun.
    Count(CountField),
    /// A function word.
    Word(WordClass),
}
