//! One pass over an article: fold, match, segment, then build mentions.

use crate::{actors, numbers, DateMention, Mention, MentionKind};
use kroniek_lexicon::{AgoUnit, CountryForm, DateWord, Hit, Lexicon, NumberKind, RoleKind, Tag, WordClass};
use kroniek_text::{segment, Folded, Sentence, SentenceKind};
use kroniek_types::{Date, Place, Precision, SmolStr};

/// A place name found by a [`PlaceSource`], with its best reading.
#[derive(Debug, Clone)]
pub struct FoundPlace {
    /// Folded start.
    pub start: usize,
    /// Folded end.
    pub end: usize,
    /// The best-ranked place of that name.
    pub place: Place,
    /// Its inhabitants (0 for admin areas and countries): small towns need more evidence.
    pub population: u64,
}

/// Towns smaller than this are places only after a locative ("in", "near", "the town of"):
/// names of small towns are too often ordinary words or surnames.
const SMALL_TOWN: u64 = 100_000;

/// Where places come from: the gazetteer, behind a seam so that recognition can be tested
/// without one.
pub trait PlaceSource: Sync {
    /// Every place name in `folded` that starts at one of `starts` (folded offsets of the
    /// capitalised words: place names are capitalised in news text), ranked with the article's
    /// countries (ISO3, most mentioned first) as context. `continuing` are the capitalised words
    /// that carry on a name before them: only a space between, in one sentence.
    fn places(&self, folded: &str, starts: &[usize], continuing: &[usize], countries: &[String]) -> Vec<FoundPlace>;
    /// A country as a place (its centroid).
    fn country(&self, iso3: &str) -> Option<Place>;
    /// A country's capital city ("the capital", "Togo's capital"), when the source knows it.
    fn capital(&self, _iso3: &str) -> Option<Place> {
        None
    }
}

/// A word of the folded text, with its original span and what separates it from the previous
/// word.
#[derive(Debug, Clone, Copy)]
pub struct Word {
    /// Folded start.
    pub fstart: u32,
    /// Folded end.
    pub fend: u32,
    /// Original start.
    pub ostart: u32,
    /// Original end.
    pub oend: u32,
    /// A comma, semicolon or colon stands between this word and the previous one.
    pub comma_before: bool,
    /// The original word starts with a capital.
    pub capital: bool,
}

/// Everything recognised in one article.
#[derive(Debug, Default)]
pub struct Analysis {
    /// Sentences with their kinds.
    pub sentences: Vec<Sentence>,
    /// Word range `[first, last)` of each sentence.
    pub sentence_words: Vec<(u32, u32)>,
    /// All words.
    pub words: Vec<Word>,
    /// All mentions, ordered by first word.
    pub mentions: Vec<Mention>,
    /// The country the article is mostly about (by its places), ISO3.
    pub focus_country: Option<SmolStr>,
    /// Where events that name no place of their own happened: the place below country level
    /// the article mentions most, else the country it is mostly about (as GDELT places events
    /// by country when that is all a report says).
    pub focus_place: Option<Place>,
    /// Count of sport and fiction words: a hint the article is not news about events.
    pub off_topic_words: u32,
}

/// Per-thread buffers that every article reuses, so that the hot path does not allocate and
/// fault in fresh pages for each article.
#[derive(Default)]
struct Scratch {
    folded: Folded,
    hits: Vec<Hit>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// Recognises everything in `text` with `lexicon`; `date` is the publication date.
pub fn analyse(text: &str, date: Option<Date>, lexicon: &Lexicon, places: Option<&dyn PlaceSource>) -> Analysis {
    with_scratch(|folded, hits| analyse_with(text, date, lexicon, places, folded, hits, false)).expect("a full analysis is never cut short")
}

/// Like [`analyse`], for coding events: `None`, after only folding and matching, when no
/// event word (the first word of a verb or noun pattern) occurs in `text`. Such an article
/// can yield no event, so segmenting it and composing actors and places would be wasted.
pub fn analyse_for_events(text: &str, date: Option<Date>, lexicon: &Lexicon, places: Option<&dyn PlaceSource>) -> Option<Analysis> {
    with_scratch(|folded, hits| analyse_with(text, date, lexicon, places, folded, hits, true))
}

fn with_scratch<R>(f: impl FnOnce(&mut Folded, &mut Vec<Hit>) -> R) -> R {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => {
            let Scratch { folded, hits } = &mut *scratch;
            f(folded, hits)
        }
        // Re-entered on this thread (a PlaceSource that analyses): use fresh buffers.
        Err(_) => f(&mut Folded::default(), &mut Vec::new()),
    })
}

fn analyse_with(
    text: &str,
    date: Option<Date>,
    lexicon: &Lexicon,
    places: Option<&dyn PlaceSource>,
    folded: &mut Folded,
    hits: &mut Vec<Hit>,
    events_only: bool,
) -> Option<Analysis> {
    folded.fold_from(text);
    let folded = &*folded;
    hits.clear();
    lexicon.scan_folded(folded, hits);
    if events_only && !hits.iter().any(|h| lexicon.tags(h).iter().any(|t| matches!(t, Tag::Verb { part: 0, .. }))) {
        return None;
    }
    let words = words_of(folded);
    let sentences = segment(text, &lexicon.sentence_rules);
    let sentence_words: Vec<(u32, u32)> = sentences
        .iter()
        .map(|s| {
            let first = words.partition_point(|w| (w.ostart as usize) < s.start) as u32;
            let last = words.partition_point(|w| (w.ostart as usize) < s.end) as u32;
            (first, last)
        })
        .collect();
    let word_at = |fpos: u32| words.partition_point(|w| w.fstart < fpos) as u32;
    let word_end = |fpos: u32| words.partition_point(|w| w.fend <= fpos) as u32;

    // Raw tagged spans, in word indices.
    // Hits come in text order and do not overlap, so one cursor over the words maps them all.
    let mut cursor = 0usize;
    let mut raw: Vec<(u32, u32, &[Tag])> = hits
        .iter()
        .map(|h| {
            while cursor < words.len() && words[cursor].fstart < h.start {
                cursor += 1;
            }
            let first = cursor;
            while cursor < words.len() && words[cursor].fend <= h.end {
                cursor += 1;
            }
            // One word in capitals may be an acronym that lower case is not ("AU", "WHO").
            let in_capitals = || cursor == first + 1 && words[first].capital && all_capitals(&text[words[first].ostart as usize..words[first].oend as usize]);
            (first as u32, cursor as u32, lexicon.tags_as_written(h, in_capitals))
        })
        .collect();
    // A form that counts only in capitals stands for nothing in lower case.
    raw.retain(|(a, b, tags)| a < b && !tags.is_empty());

    let mut off_topic_words = 0;
    let span = |a: u32, b: u32, words: &[Word]| [words[a as usize].ostart as usize, words[b as usize - 1].oend as usize];

    // Room for the tagged words and the actors, numbers and places composed from them: growing
    // a vector of mentions word by word showed up in profiles.
    let mut mentions = Vec::with_capacity(3 * raw.len() + 64);
    // The verbs whose first word is in the text. A later word of a pattern ("on" in "impose
    // sanctions on") belongs to dozens of patterns, and matters only where its first word
    // stands: the others would be most of the mentions of an article.
    let mut anchored: Vec<u32> = raw
        .iter()
        .flat_map(|r| r.2.iter())
        .filter_map(|t| match *t {
            Tag::Verb { verb, part: 0 } => Some(verb),
            _ => None,
        })
        .collect();
    anchored.sort_unstable();
    anchored.dedup();
    // The decades-old year the text last named, until it names the present again: a history
    // feature's "in augustus", "on September 12" fall in it ("In het voorjaar van 1574 ...").
    let mut history: Option<i32> = None;
    // The last day the text named, which "een dag later" counts from.
    let mut last_day: Option<Date> = None;
    // Word where the last "N units ago" ends ("ninety years ago"); 0 before any.
    let mut ago_end = 0;
    let Years { cued: years, named: named_years } = years(text, folded, &words, &sentence_words, &raw, lexicon, date);
    // The year named last before word `a`, which "that year" means.
    let year_before = |a: u32| named_years[..named_years.partition_point(|y| y.0 < a)].last().map(|y| y.1);
    // Where a "that year" taken by the month before it stands ("in April of that year").
    let mut that_year_taken = u32::MAX;
    let year_mention = |at: u32, d: DateMention| Mention { first: at, last: at + 1, span: span(at, at + 1, &words), kind: MentionKind::Date(d) };
    let mut next_year = 0;
    // Where the next year stands: one comparison a tag while there is none.
    let mut next_year_at = years.first().map_or(u32::MAX, |y| y.0);
    for &(a, b, tags) in &raw {
        // Years before this tag, in text order, so that a month after them falls in them.
        while next_year_at < a {
            let (at, d) = years[next_year];
            next_year += 1;
            next_year_at = years.get(next_year).map_or(u32::MAX, |y| y.0);
            // "a reference to the 1982 massacre" names history; it does not tell it.
            if date.is_some_and(|p| is_history(d.date.year, p)) && !before_event(text, &words, &raw, lexicon, at as usize) {
                history = Some(d.date.year);
            }
            mentions.push(year_mention(at, d));
        }
        for tag in tags {
            let kind = match *tag {
                Tag::Word(class) => {
                    if matches!(class, WordClass::Sport | WordClass::Fiction | WordClass::Business | WordClass::Science) {
                        off_topic_words += 1;
                    }
                    MentionKind::Word(class)
                }
                // "Asia-Pacific Economic Cooperation": a trigger inside a name names no act.
                Tag::Verb { part: 0, .. } if inside_name(text, &words, &sentence_words, a, b) => continue,
                Tag::Verb { verb, part } if part == 0 || anchored.binary_search(&verb).is_ok() => MentionKind::Trigger { verb, part },
                Tag::Count(field) => MentionKind::Count(field),
                Tag::Date(id) => {
                    let word = lexicon.dates[id as usize];
                    let resolved = match word {
                        DateWord::MonthName(m) | DateWord::MonthShort(m) => {
                            // "april van dat jaar", "April that year": a month of the year named last.
                            let that_year = [b, b + 1].into_iter().find(|&w| is_that_year(&raw, lexicon, w)).and_then(|w| Some((w, year_before(a)?)));
                            if let Some((w, _)) = that_year {
                                that_year_taken = w;
                            }
                            // "begin september", "eind augustus": a year cue before the month dates it too.
                            let cued = a > 0 && lexicon.is_year_cue(folded_word(folded, &words[a as usize - 1]));
                            month_date(text, &words, a, b, m, matches!(word, DateWord::MonthShort(_)), date, that_year.map(|t| t.1).or(history), &raw, cued).map(|(d, year_given)| {
                                if year_given || that_year.is_some() {
                                    history = date.filter(|&p| is_history(d.date.year, p)).map(|_| d.date.year);
                                }
                                d
                            })
                        }
                        DateWord::ThatYear if a == that_year_taken => continue,
                        DateWord::ThatYear => year_before(a).map(|y| {
                            history = date.filter(|&p| is_history(y, p)).map(|_| y);
                            DateMention { date: Date::y(y), time: None }
                        }),
                        // "later that month": the date told last, at its precision.
                        DateWord::ThatDate => last_told(&mentions).map(|date| DateMention { date, time: None }),
                        // "the following month", "a year later": a step from the date told last.
                        DateWord::AfterMonth(n) => last_told(&mentions).filter(|d| d.precision <= Precision::Month).map(|d| DateMention { date: d.add_months(n), time: None }),
                        DateWord::AfterYear(n) => last_told(&mentions).map(|d| {
                            history = date.filter(|&p| is_history(d.year + n, p)).map(|_| d.year + n);
                            DateMention { date: Date::y(d.year + n), time: None }
                        }),
                        // "a day later": from the day told last, in the past or the present.
                        DateWord::After(n) => last_day.map(|d: Date| DateMention { date: d.add_days(n as i64), time: None }),
                        DateWord::Ago(unit) => units_ago(text, &words, &raw, lexicon, a, unit, date).inspect(|d| {
                            history = date.filter(|&p| is_history(d.date.year, p)).map(|_| d.date.year);
                            ago_end = b;
                        }),
                        // "Ninety years ago this week": the present word places the day in that
                        // past year; it dates nothing of its own.
                        _ if ago_end == a && a > 0 => continue,
                        _ => {
                            // "on Thursday", "yesterday": the text is back in the present.
                            history = None;
                            resolve_date(word, date)
                        }
                    };
                    // "vorige week woensdag", "augustus vorig jaar": the weekday in that week, the
                    // month in that year, told by the date before and this one together.
                    if let (Some(d), Some(prev)) = (resolved, mentions.last_mut().filter(|m| m.last == a)) {
                        if let Some(day) = combined_date(&prev.kind, &d, word) {
                            prev.last = b;
                            prev.span = span(prev.first, b, &words);
                            prev.kind = MentionKind::Date(DateMention { date: day, time: None });
                            if day.precision == Precision::Day {
                                last_day = Some(day);
                            }
                            continue;
                        }
                    }
                    match resolved {
                        Some(d) => {
                            if d.time.is_none() && d.date.precision == Precision::Day {
                                last_day = Some(d.date);
                            }
                            MentionKind::Date(d)
                        }
                        None => continue,
                    }
                }
                _ => continue, // actors and numbers are composed below
            };
            mentions.push(Mention { first: a, last: b, span: span(a, b, &words), kind });
        }
    }
    mentions.extend(years[next_year..].iter().map(|&(at, d)| year_mention(at, d)));
    let before_numbers = mentions.len();
    numbers::recognise(text, &words, &raw, lexicon, &mut mentions);
    // "Around 150 students protested": a word that opens a number hedges it, and is no
    // preposition ("around", "over").
    let hedged: Vec<u32> = mentions[before_numbers..].iter().filter(|m| m.last > m.first + 1).map(|m| m.first).collect();
    if !hedged.is_empty() {
        mentions.retain(|m| !(matches!(m.kind, MentionKind::Word(_)) && m.last == m.first + 1 && hedged.binary_search(&m.first).is_ok()));
    }
    let sentence_starts: Vec<u32> = sentence_words.iter().map(|s| s.0).collect();
    actors::recognise(text, &words, &raw, lexicon, date, &sentence_starts, &mut mentions);

    // Places: the gazetteer's, minus names the lexicon already reads as actors or other words.
    if let Some(source) = places {
        let countries = mentioned_countries(&mentions);
        // A seat of government ("Paris", "Khartoum") is both the government and a place.
        let seats: Vec<(u32, u32)> = raw
            .iter()
            .filter(|r| r.2.iter().any(|t| matches!(t, Tag::Org(id) if lexicon.orgs[*id as usize].seat)))
            .map(|r| (r.0, r.1))
            .collect();
        let is_seat_at = |a: u32, b: u32| seats.contains(&(a, b));
        let is_seat = |m: &Mention| is_seat_at(m.first, m.last);
        let taken: Vec<(u32, u32)> = mentions
            .iter()
            .filter(|m| matches!(m.kind, MentionKind::Actor(_) | MentionKind::Trigger { .. } | MentionKind::Count(_) | MentionKind::Date(_)) && !is_seat(m))
            .map(|m| (m.first, m.last))
            .collect();
        // The words some taken span covers: most place names overlap none, and need no search.
        let mut covered = vec![false; words.len()];
        for &(x, y) in &taken {
            covered[x as usize..y as usize].fill(true);
        }
        // Tagged spans are in text order and do not overlap: those ending just before word `a`
        // are the last ones starting before it.
        let tagged_before = |a: u32| {
            let end = raw.partition_point(|r| r.0 < a);
            &raw[end.saturating_sub(2)..end]
        };
        // "shelling of Kherson", "de beschieting van Charkiv": a place right after an event
        // noun and "of" is where it happened.
        let after_event_of = |a: u32| {
            a >= 2
                && hit_at(&raw, a - 1).is_some_and(|r| r.1 == a && r.2.contains(&Tag::Word(WordClass::From)))
                && raw[..raw.partition_point(|r| r.0 < a - 1)].last().is_some_and(|r| r.1 == a - 1 && r.2.iter().any(|t| matches!(t, Tag::Verb { part: 0, .. })))
        };
        let after_locative = |a: u32| {
            after_event_of(a)
                || tagged_before(a).iter().any(|r| {
                (r.1 == a || r.1 + 1 == a)
                    && r.2.iter().any(|t| match t {
                        Tag::Word(WordClass::Locative | WordClass::Toward | WordClass::PlaceCue) => true,
                        // "Pakistan's Panjgur district", "Sudan's El Obeid".
                        Tag::Country(..) => {
                            let between = &text[words[r.1 as usize - 1].oend as usize..words[a as usize].ostart as usize];
                            matches!(between, "'s " | "\u{2019}s ")
                        }
                        _ => false,
                    })
            })
        };
        let mut swallowed: Vec<(u32, u32)> = Vec::new();
        // Towns the text has put in another country than the gazetteer's: namesakes wherever
        // the text names them again ("reinforcements to Palma").
        let mut namesakes: Vec<(&str, &str)> = Vec::new();
        // A name may open with a lowercase article joined to it: "near al-Qaim", "in el-Fasher".
        let name_start = |w: &Word| w.capital || particle_name(&text[w.ostart as usize..]);
        let capitals: Vec<usize> = words.iter().filter(|w| name_start(w)).map(|w| w.fstart as usize).collect();
        let continuing: Vec<usize> = (1..words.len())
            .filter(|&w| name_start(&words[w]) && glued_to(text, &words, &sentence_starts, w as u32))
            .map(|w| words[w].fstart as usize)
            .collect();
        let found_places = source.places(&folded.text, &capitals, &continuing, &countries);
        // A small town the text once places with "in" or "near" is that town wherever else the
        // article names it ("Kraljevo" in a headline and in "de studenten van Kraljevo").
        let confirmed: Vec<&str> = found_places
            .iter()
            .filter(|f| f.place.precision == kroniek_types::PlacePrecision::City && f.population < SMALL_TOWN && after_locative(word_at(f.start as u32)))
            .map(|f| &folded.text[f.start..f.end])
            .collect();
        // "Rio" after "Rio de Janeiro": the first word of a longer place the article names,
        // standing alone, is that place rather than a small namesake elsewhere.
        let long_forms: Vec<(&str, Place, u64)> = found_places
            .iter()
            .filter(|f| f.place.precision != kroniek_types::PlacePrecision::Country && word_end(f.end as u32) >= word_at(f.start as u32) + 2)
            .map(|f| {
                let first = word_at(f.start as u32) as usize;
                (folded_word(folded, &words[first]), f.place.clone(), f.population)
            })
            .collect();
        // Where found names end and start: places on both sides of a hyphen ("Chaman-Spin
        // Boldak") are two places, not one name.
        let place_ends: Vec<u32> = found_places.iter().map(|f| word_end(f.end as u32)).collect();
        let place_starts: Vec<u32> = found_places.iter().map(|f| word_at(f.start as u32)).collect();
        for mut found in found_places {
            let (a, b) = (word_at(found.start as u32), word_end(found.end as u32));
            if a >= b {
                continue;
            }
            let doubtful = found.place.precision == kroniek_types::PlacePrecision::City && found.population < SMALL_TOWN;
            let stands_alone = doubtful && b == a + 1 && !((b as usize) < words.len() && words[b as usize].capital && glued_to(text, &words, &sentence_starts, b));
            if let Some((_, place, population)) = long_forms.iter().find(|l| stands_alone && l.0 == &folded.text[found.start..found.end]) {
                found.place = place.clone();
                found.population = *population;
            }
            // A longer capitalised place name around a country name ("Puerto Jordán", "New
            // Mexico") is the place; the country inside it is no actor.
            let inside: Vec<(u32, u32)> = if covered[a as usize..b as usize].contains(&true) {
                taken.iter().copied().filter(|&(x, y)| a < y && x < b).collect()
            } else {
                Vec::new()
            };
            let contains_only_actors = !inside.is_empty()
                && inside.iter().all(|&(x, y)| a <= x && y <= b && (a < x || y < b))
                && inside.iter().all(|&(x, y)| mentions.iter().any(|m| m.first == x && m.last == y && matches!(m.kind, MentionKind::Actor(_))));
            let swallows = contains_only_actors && words[a as usize].capital;
            if !inside.is_empty() && !swallows {
                continue;
            }
            swallowed.extend(inside);
            // A country's adjective is no place of another country: "Somali federal troops" are
            // not in Ethiopia's Somali Region.
            let other_country = hit_at(&raw, a).filter(|r| r.1 == b).is_some_and(|r| {
                r.2.iter().any(|t| matches!(t, Tag::Country(id, _) if found.place.country.as_deref() != Some(lexicon.countries[*id as usize].iso3.as_str())))
            });
            if other_country {
                continue;
            }
            // Place names must be capitalised in the text: "ham" is not Hama, "split" not Split.
            let first = &words[a as usize];
            if !name_start(first) {
                continue;
            }
            // A name glued to a capitalised word before it ends a longer name: "Puerto Jordán"
            // is no country, and a town after a word the lexicons do not know ends a person's
            // name ("police spokesman Major Abdifatah Aden").
            let unknown_before = || a > 0 && !tagged_before(a).iter().any(|r| a - 1 < r.1);
            let part_of_name = match found.place.precision {
                kroniek_types::PlacePrecision::Country => true,
                kroniek_types::PlacePrecision::City => unknown_before(),
                _ => false,
            };
            // A town joined by a hyphen to a word the lexicons do not know ends its name too
            // ("Pétion-Ville" is no Villé in France); a country keeps its compass word
            // ("Noord-Irak").
            let hyphened = found.place.precision == kroniek_types::PlacePrecision::City && hyphened_to_name(text, &words, a) && !place_ends.contains(&a);
            if part_of_name && (glued_to_name(text, &words, &sentence_starts, a) || hyphened) {
                continue;
            }
            // "Sainte-Soline" is no Saint-Étienne: a town joined by a hyphen to a capitalised
            // word after it that no lexicon knows opens a longer name. ("Kirkuk-Erbil" joins two
            // places.)
            let opens_hyphened_name = (b as usize) < words.len()
                && words[b as usize].capital
                && hit_at(&raw, b).is_none()
                && !place_starts.contains(&b)
                && !lexicon.is_compass_word(folded_word(folded, &words[b as usize]))
                && hyphened_to_name(text, &words, b);
            if found.place.precision == kroniek_types::PlacePrecision::City && opens_hyphened_name {
                continue;
            }
            // "San Juan de Lurigancho": a particle and a capitalised word no lexicon knows after
            // a town carry its name on.
            let (p, n) = (b as usize, b as usize + 1);
            let name_goes_on = found.place.precision == kroniek_types::PlacePrecision::City
                && n < words.len()
                && lexicon.is_name_particle(folded_word(folded, &words[p]))
                && spaces_before(text, &words, p)
                && spaces_before(text, &words, n)
                && words[n].capital
                && hit_at(&raw, n as u32).is_none();
            if name_goes_on {
                continue;
            }
            // "..., Dizon said": a town name the speaker stands in, with no locative before
            // it, is a person's (Dijon is also spelt Dizon).
            let speaks = || {
                (b as usize) < words.len()
                    && spaces_before(text, &words, b as usize)
                    && hit_at(&raw, b).is_some_and(|r| r.2.contains(&Tag::Word(WordClass::Speech)))
            };
            let after_of = || tagged_before(a).iter().any(|r| r.1 == a && r.2.contains(&Tag::Word(WordClass::From)));
            if found.place.precision == kroniek_types::PlacePrecision::City && !after_locative(a) && !after_of() && !is_seat_at(a, b) && speaks() {
                continue;
            }
            // "zijn vriendin Sofia Sapega", "American George Glezmann": a town glued to a
            // capitalised word the lexicons do not know, with nothing before it that calls for a
            // place, opens a person's name.
            let opens_name = || {
                let n = b as usize;
                n < words.len() && words[n].capital && spaces_before(text, &words, n) && hit_at(&raw, b).is_none() && !after_of()
            };
            if found.place.precision == kroniek_types::PlacePrecision::City && !after_locative(a) && !confirmed.contains(&&folded.text[found.start..found.end]) && opens_name() {
                continue;
            }
            // "Defence Minister Aden Duale": a name right after a title is a person's.
            let after_title = tagged_before(a).iter().any(|r| r.1 == a && r.2.iter().any(|t| matches!(t, Tag::Role(id) if lexicon.roles[*id as usize].kind == RoleKind::Title)));
            if after_title && found.place.precision != kroniek_types::PlacePrecision::Country {
                continue;
            }
            // "the town of Lere in Mali's Timbuktu region", "the northern Mozambican town of
            // Palma", "de Mozambikaanse stad Palma", "Mozambique's Palma": a town the text puts
            // in another country than the gazetteer's pick is a namesake the gazetteer lacks.
            let other_country = |r: &(u32, u32, &[Tag])| {
                r.2.iter().find_map(|t| match t {
                    Tag::Country(id, form) if found.place.country.as_deref() != Some(lexicon.countries[*id as usize].iso3.as_str()) => Some((lexicon.countries[*id as usize].iso3.as_str(), *form)),
                    _ => None,
                })
            };
            let lies_elsewhere = || {
                let mut w = b;
                while let Some(r) = hit_at(&raw, w).filter(|r| r.2.contains(&Tag::Word(WordClass::Locative)) && r.1 <= b + 3 && spaces_before(text, &words, r.0 as usize)) {
                    w = r.1;
                }
                hit_at(&raw, w).filter(|_| w > b).and_then(other_country).map(|c| c.0)
            };
            // Words before the town only outweigh the gazetteer when the text never names its
            // pick's country: "a mainly ethnic Albanian neighbourhood of Kumanovo" in a report
            // on Macedonia is still in Macedonia.
            let pick_unnamed = || found.place.country.as_ref().is_none_or(|c| !countries.iter().any(|n| n == c.as_str()));
            let named_elsewhere = || match tagged_before(a) {
                _ if !pick_unnamed() => None,
                [.., country] if country.1 + 1 == a && matches!(&text[words[country.1 as usize - 1].oend as usize..words[a as usize].ostart as usize], "'s " | "\u{2019}s ") => other_country(country).map(|c| c.0),
                [adjective, cue] if cue.1 == a && cue.0 == adjective.1 && cue.2.contains(&Tag::Word(WordClass::PlaceCue)) && spaces_before(text, &words, a as usize) => {
                    other_country(adjective).filter(|c| c.1 == CountryForm::Adjective).map(|c| c.0)
                }
                _ => None,
            };
            if found.place.precision == kroniek_types::PlacePrecision::City {
                let name = &folded.text[found.start..found.end];
                let elsewhere = match namesakes.iter().find(|n| n.0 == name) {
                    Some(n) => Some(n.1),
                    None => lies_elsewhere().or_else(named_elsewhere).inspect(|&c| namesakes.push((name, c))),
                };
                // It lies somewhere in that country.
                if let Some(mut place) = elsewhere.and_then(|c| source.country(c)) {
                    let sp = span(a, b, &words);
                    place.text = text[sp[0]..sp[1]].into();
                    place.span = Some(sp);
                    mentions.push(Mention { first: a, last: b, span: sp, kind: MentionKind::Place(Box::new(place)) });
                }
                if elsewhere.is_some() {
                    continue;
                }
            }
            let small_town = found.place.precision == kroniek_types::PlacePrecision::City
                && found.population < SMALL_TOWN
                && !confirmed.contains(&&folded.text[found.start..found.end]);
            let word = &text[first.ostart as usize..first.oend as usize];
            let sentence_start = sentence_starts.binary_search(&a).is_ok();
            if (small_town && !after_locative(a)) || (sentence_start && (small_town || lexicon.stopwords.contains(&word.to_lowercase()))) {
                continue;
            }
            let mut place = found.place;
            let sp = span(a, b, &words);
            place.text = text[sp[0]..sp[1]].into();
            place.span = Some(sp);
            mentions.push(Mention { first: a, last: b, span: sp, kind: MentionKind::Place(Box::new(place)) });
        }
        mentions.retain(|m| !(matches!(m.kind, MentionKind::Actor(_)) && swallowed.contains(&(m.first, m.last))));
        capital_places(text, &words, &raw, &sentence_words, lexicon, source, &countries, &mut mentions);
        actors::country_places(&mut mentions, source);
    }
    // "volgens het staatspersbureau SANA": a news organisation is where a report comes from, no
    // party to it. Its name has kept its words from being read as a place (SANA is not Sanaa);
    // now it goes. Journalists, counted people, stay.
    mentions.retain(|m| !matches!(&m.kind, MentionKind::Actor(a) if !a.persons && !a.actors.is_empty() && a.actors.iter().all(|x| x.sector.as_deref() == Some("MED"))));
    mentions.sort_by_key(|m| (m.first, m.last));
    // Where the article is about, from its title and body: a dateline ("BAMAKO (Reuters) -")
    // says where the report was filed, and later headings and credits say nothing.
    // Mentions are sorted, so one cursor walks the sentences.
    let mut next_sentence = 0;
    let mut in_body = |m: &&Mention| {
        while next_sentence < sentences.len() && sentences[next_sentence].start <= m.span[0] {
            next_sentence += 1;
        }
        let Some(s) = next_sentence.checked_sub(1).map(|i| (i, sentences[i])) else { return false };
        (s.1.kind == SentenceKind::Body || (s.0 == 0 && s.1.kind == SentenceKind::Heading)) && m.span[1] <= s.1.end
    };
    let body: Vec<&Mention> = mentions.iter().filter(&mut in_body).collect();
    let focus_country = focus_country(&body);
    let focus_place = focus_place(&body, focus_country.as_deref()).or_else(|| places.zip(focus_country.as_deref()).and_then(|(source, c)| source.country(c)));
    actors::bare_crowds(text, lexicon, &mut mentions);
    let acronyms = actors::acronym_groups(text, &words, &raw, lexicon, &sentence_words, &mut mentions);
    actors::headed_names(text, &words, &raw, lexicon, &sentence_words, &mut mentions);
    actors::apposed_names(text, &words, &raw, lexicon, &mut mentions);
    actors::fill_default_countries(&mut mentions, &sentence_words, focus_country.as_deref(), lexicon);
    actors::named_persons(text, &words, &raw, lexicon, &sentences, &sentence_words, &acronyms, date, &mut mentions);
    actors::definite_references(text, &words, &raw, lexicon, &mut mentions);
    Some(Analysis { sentences, sentence_words, words, mentions, focus_country, focus_place, off_topic_words })
}

/// "in Togo's capital", "de Togolese hoofdstad", "the capital of Sudan", "in the capital": the
/// capital city of the country named beside the word, or of the article's main country after
/// "the" alone, unless the text names the city right after ("the capital, Lomé") or its sentence
/// names a town, which is where it happened ("stormed Kenscoff in the hills above Haiti's
/// capital").
#[allow(clippy::too_many_arguments)]
fn capital_places(text: &str, words: &[Word], raw: &[(u32, u32, &[Tag])], sentence_words: &[(u32, u32)], lexicon: &Lexicon, source: &dyn PlaceSource, countries: &[String], mentions: &mut Vec<Mention>) {
    let country_at = |r: &(u32, u32, &[Tag]), form: CountryForm| {
        r.2.iter().find_map(|t| match t {
            Tag::Country(id, f) if *f == form => Some(lexicon.countries[*id as usize].iso3.as_str()),
            _ => None,
        })
    };
    let mut found = Vec::new();
    for (i, &(a, b, tags)) in raw.iter().enumerate() {
        if !tags.contains(&Tag::Word(WordClass::Capital)) || mentions.iter().any(|m| (m.first < b && a < m.last && !matches!(m.kind, MentionKind::Word(_))) || ((m.first == b || m.first == b + 1) && matches!(m.kind, MentionKind::Place(_)))) {
            continue;
        }
        // "Togo's capital" (the apostrophe splits off an "s" word), "the Togolese capital".
        let before = i.checked_sub(1).map(|j| raw[j]).filter(|r| r.1 == a || r.1 + 1 == a);
        let owner = before.and_then(|r| {
            let between = &text[words[r.1 as usize - 1].oend as usize..words[a as usize].ostart as usize];
            let possessive = r.1 + 1 == a && matches!(between, "'s " | "\u{2019}s ");
            if possessive { country_at(&r, CountryForm::Name) } else { country_at(&r, CountryForm::Adjective).filter(|_| r.1 == a) }
        });
        let of_follows = raw.get(i + 1).is_some_and(|r| r.0 == b && r.2.contains(&Tag::Word(WordClass::From)));
        let of = || raw.get(i + 2).filter(|r| of_follows && r.0 == b + 1).and_then(|r| country_at(r, CountryForm::Name));
        // "the capital" alone: only in a report that names one country, and not as an
        // apposition to a place ("Jowhar, de hoofdstad van de deelstaat Hirshabelle") or the
        // capital of something else.
        let definite = || a > 0 && lexicon.is_definite(&text[words[a as usize - 1].ostart as usize..words[a as usize - 1].oend as usize]);
        let apposition = || words[a as usize - 1].comma_before && mentions.iter().any(|m| m.last + 1 == a && matches!(m.kind, MentionKind::Place(_)));
        let alone = || countries.len() == 1 && definite() && !apposition() && !of_follows;
        let (first, last) = sentence_words.get(sentence_words.partition_point(|s| s.1 <= a)).copied().unwrap_or((0, 0));
        let town_named = mentions.iter().any(|m| first <= m.first && m.last <= last && matches!(&m.kind, MentionKind::Place(p) if p.precision == kroniek_types::PlacePrecision::City));
        if town_named {
            continue;
        }
        // "op honderd kilometer van de Somalische hoofdstad": a distance, not a place.
        let measured = raw[..i].iter().rev().take_while(|r| r.1 + 4 >= a).any(|r| r.2.contains(&Tag::Word(WordClass::Distance)));
        if measured {
            continue;
        }
        let Some(iso3) = owner.or_else(of).or_else(|| countries.first().map(String::as_str).filter(|_| alone())) else { continue };
        let Some(mut place) = source.capital(iso3) else { continue };
        let sp = [words[a as usize].ostart as usize, words[b as usize - 1].oend as usize];
        place.text = text[sp[0]..sp[1]].into();
        place.span = Some(sp);
        found.push(Mention { first: a, last: b, span: sp, kind: MentionKind::Place(Box::new(place)) });
    }
    mentions.extend(found);
}

/// "Puerto Jordán", "New Mexico": word `a` follows a capitalised word with only spaces between,
/// one not capitalised merely for opening its sentence, so the two are one proper name.
pub(crate) fn glued_to_name(text: &str, words: &[Word], sentence_starts: &[u32], a: u32) -> bool {
    let w = a as usize;
    w > 0 && words[w - 1].capital && spaces_before(text, words, w) && sentence_starts.binary_search(&(a - 1)).is_err()
}

/// Whether words `a..b` are capitalised within a longer name ("the Asia-Pacific Economic
/// Cooperation summit", "de Economische Gemeenschap"): a capitalised word glued on before or
/// after, away from the sentence's start, in a sentence not written in title case (a headline
/// capitalises its verbs too).
fn inside_name(text: &str, words: &[Word], sentence_words: &[(u32, u32)], a: u32, b: u32) -> bool {
    if !(a..b).all(|w| words[w as usize].capital) {
        return false;
    }
    let Some(&(first, last)) = sentence_words.get(sentence_words.partition_point(|s| s.1 <= a)) else { return false };
    let glued = |w: u32| w > first && w < last && words[w as usize].capital && spaces_before(text, words, w as usize);
    if a == first || !((glued(a) && words[a as usize - 1].capital) || glued(b)) {
        return false;
    }
    let long_lowercase = |w: u32| !words[w as usize].capital && words[w as usize].oend - words[w as usize].ostart > 3;
    (first..last).any(long_lowercase)
}

/// "Pétion-Ville": word `a` is joined by a hyphen to a capitalised word before it.
fn hyphened_to_name(text: &str, words: &[Word], a: u32) -> bool {
    let w = a as usize;
    w > 0 && words[w - 1].capital && &text[words[w - 1].oend as usize..words[w].ostart as usize] == "-"
}

/// Whether the text from a word on opens "al-Sham", "el-Fasher", "ad-Dawr": a lowercase
/// article joined by a hyphen to a capitalised name, which continues a name as a capitalised
/// word does ("Busra al-Sham" is not Basra).
fn particle_name(from_word: &str) -> bool {
    let bytes = from_word.as_bytes();
    let Some(hyphen) = bytes.iter().take(4).position(|&b| b == b'-') else { return false };
    hyphen > 0 && bytes[..hyphen].iter().all(u8::is_ascii_lowercase) && from_word[hyphen + 1..].chars().next().is_some_and(char::is_uppercase)
}

/// Word `a` follows the word before it with only spaces between, in the same sentence.
fn glued_to(text: &str, words: &[Word], sentence_starts: &[u32], a: u32) -> bool {
    a > 0 && spaces_before(text, words, a as usize) && sentence_starts.binary_search(&a).is_err()
}

/// The tagged span that starts at word `w`, if any (spans are in text order).
fn hit_at<'r, 't>(raw: &'r [(u32, u32, &'t [Tag])], w: u32) -> Option<&'r (u32, u32, &'t [Tag])> {
    raw.get(raw.partition_point(|r| r.0 < w)).filter(|r| r.0 == w)
}

/// A word as folded, the form the lexicons' look-ups take.
fn folded_word<'f>(folded: &'f Folded, word: &Word) -> &'f str {
    &folded.text[word.fstart as usize..word.fend as usize]
}

/// Only spaces between word `w` and the word before it: no comma, quote or line break.
fn spaces_before(text: &str, words: &[Word], w: usize) -> bool {
    text[words[w - 1].oend as usize..words[w].ostart as usize].bytes().all(|b| b == b' ')
}

/// A word of two or more letters, all capitals ("AU", "WHO"; not "I", not "Au").
fn all_capitals(word: &str) -> bool {
    word.len() >= 2 && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

fn words_of(folded: &Folded) -> Vec<Word> {
    folded
        .words
        .iter()
        .map(|w| Word { fstart: w.start, fend: w.end, ostart: w.ostart, oend: w.oend, comma_before: w.comma_before, capital: w.capital })
        .collect()
}

/// The date two date words told side by side name, from the date mention before and the date
/// word after it: the day of a week and a weekday ("vorige week woensdag", "woensdag vorige
/// week"), or the month of a year ("augustus vorig jaar", "in August last year").
fn combined_date(before: &MentionKind, after: &DateMention, word: DateWord) -> Option<Date> {
    let MentionKind::Date(prev) = before else { return None };
    if prev.time.is_some() || after.time.is_some() {
        return None;
    }
    let (week, weekday) = match word {
        DateWord::Weekday(day) if prev.date.precision == Precision::Week => (prev.date, day),
        DateWord::Week(_) if prev.date.precision == Precision::Day && after.date.precision == Precision::Week => (after.date, prev.date.weekday()),
        DateWord::Year(_) if prev.date.precision == Precision::Month && after.date.precision == Precision::Year => return Some(Date::ym(after.date.year, prev.date.month)),
        _ => return None,
    };
    Some(week.add_days(weekday as i64).with_precision(Precision::Day))
}

/// "353 jaar geleden", "three days ago": the number right before word `a` (digits or a number
/// word) counts the units back from publication.
fn units_ago(text: &str, words: &[Word], raw: &[(u32, u32, &[Tag])], lexicon: &Lexicon, a: u32, unit: AgoUnit, published: Option<Date>) -> Option<DateMention> {
    let p = published?;
    let before = a.checked_sub(1)? as usize;
    let digits = &text[words[before].ostart as usize..words[before].oend as usize];
    let n: i32 = if digits.bytes().all(|c| c.is_ascii_digit()) {
        digits.parse().ok()?
    } else {
        let (_, end, tags) = hit_at(raw, before as u32)?;
        let value = tags.iter().find_map(|t| match t {
            Tag::Number(id) if *end == a && lexicon.numbers[*id as usize].kind == NumberKind::Unit => Some(lexicon.numbers[*id as usize].value),
            _ => None,
        })?;
        i32::try_from(value).ok()?
    };
    let date = match unit {
        AgoUnit::Day if p.precision == Precision::Day => p.add_days(-n as i64),
        AgoUnit::Week if p.precision == Precision::Day => p.add_days(-7 * n as i64).with_precision(Precision::Week),
        AgoUnit::Month => return resolve_date(DateWord::Month(-n), published),
        AgoUnit::Year => Date::y(p.year - n),
        _ => return None,
    };
    Some(DateMention { date, time: None })
}

/// The date the text told last, which "later that month" and "a year later" count from.
fn last_told(mentions: &[Mention]) -> Option<Date> {
    mentions.iter().rev().find_map(|m| match &m.kind {
        MentionKind::Date(d) => Some(d.date),
        _ => None,
    })
}

fn resolve_date(word: DateWord, published: Option<Date>) -> Option<DateMention> {
    let p = published?;
    let day = p.precision == Precision::Day;
    let date = match word {
        DateWord::Day(n) if day => p.add_days(n as i64),
        DateWord::Weekday(w) if day => p.add_days(-(((p.weekday() as i64) - w as i64).rem_euclid(7))),
        DateWord::Week(n) if day => p.add_days(7 * n as i64).with_precision(Precision::Week),
        DateWord::Month(n) if p.precision <= Precision::Month => p.add_months(n),
        DateWord::Year(n) => Date::y(p.year + n),
        DateWord::MonthName(m) | DateWord::MonthShort(m) if p.precision <= Precision::Month => {
            // A named month later than publication is last year's.
            let year = if m > p.month { p.year - 1 } else { p.year };
            Date::ym(year, m)
        }
        DateWord::Time(h, m) => return Some(DateMention { date: p, time: Some((h, m)) }),
        _ => return None,
    };
    Some(DateMention { date, time: None })
}

/// How many years before the report a year makes history ("in 1683", "de zomer van 1672").
const HISTORY_YEARS: i32 = 25;

/// Whether `year` lies decades before `published`: history, whose dates carry on through their
/// paragraph and set the year of months named after them.
pub fn is_history(year: i32, published: Date) -> bool {
    year <= published.year - HISTORY_YEARS
}

/// The years a text names, each with its word.
struct Years {
    /// Years after a cue: dates of their own.
    cued: Vec<(u32, DateMention)>,
    /// Every year up to the report's: what a later "that year" means.
    named: Vec<(u32, i32)>,
}

/// Years named in the text. First, bare four-digit years after a year cue (`words.tsv`), with
/// their words: any year before the report when the cue opens the sentence ("In 2014, ...", "In
/// late 2023 ...", "Tussen 2003 en 2005 ..."), else one at least two years back ("killed three
/// soldiers in 2023"); the coder decides which happenings a year far from them dates. Second,
/// every year up to the report's, cued or not ("sinds 2018"), which a later "that year" means.
fn years(text: &str, folded: &Folded, words: &[Word], sentences: &[(u32, u32)], raw: &[(u32, u32, &[Tag])], lexicon: &Lexicon, published: Option<Date>) -> Years {
    let (mut out, mut named) = (Vec::new(), Vec::new());
    let Some(published) = published else { return Years { cued: out, named } };
    let cue = |i: usize| lexicon.is_year_cue(folded_word(folded, &words[i]));
    let opens = |i: usize| sentences.binary_search_by_key(&(i as u32), |s| s.0).is_ok();
    let bytes = text.as_bytes();
    // Years from 1000 to 2199 start with 1 or 2: search those bytes, not every word.
    for at in memchr::memchr2_iter(b'1', b'2', bytes) {
        // Four digits standing alone, checked on the bytes before any word is looked up.
        let four = bytes.get(at..at + 4).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
        let alone = (at == 0 || !bytes[at - 1].is_ascii_alphanumeric()) && bytes.get(at + 4).is_none_or(|c| !c.is_ascii_digit());
        if !four || !alone {
            continue;
        }
        let Some(i) = words.binary_search_by_key(&(at as u32), |w| w.ostart).ok().filter(|&i| i > 0 && words[i].oend as usize == at + 4) else { continue };
        // "with effect from 1800 hours" is a time of day.
        if words.get(i + 1).is_some_and(|w| lexicon.is_clock_word(&folded.text[w.fstart as usize..w.fend as usize])) {
            continue;
        }
        let year = bytes[at..at + 4].iter().fold(0i32, |y, &c| y * 10 + (c - b'0') as i32);
        if (1000..=published.year).contains(&year) {
            named.push((i as u32, year));
        }
        // At the opening, one word may stand between: "In late 2023", "Begin 2024".
        let at_opening = (cue(i - 1) && opens(i - 1)) || (i >= 2 && cue(i - 2) && opens(i - 2));
        let latest = if at_opening || before_event(text, words, raw, lexicon, i) {
            published.year - 1
        } else if cue(i - 1) {
            published.year - 2
        } else {
            continue;
        };
        if (1000..=latest).contains(&year) {
            out.push((i as u32, DateMention { date: Date::y(year), time: None }));
        }
    }
    Years { cued: out, named }
}

/// Whether the year at word `i` stands between an article and a trigger ("the 2009 massacre",
/// "the 2018 peace agreement"): it dates that event alone.
fn before_event(text: &str, words: &[Word], raw: &[(u32, u32, &[Tag])], lexicon: &Lexicon, i: usize) -> bool {
    i > 0
        && lexicon.is_definite(&text[words[i - 1].ostart as usize..words[i - 1].oend as usize])
        && hit_at(raw, i as u32 + 1).is_some_and(|r| r.2.iter().any(|t| matches!(t, Tag::Verb { part: 0, .. })))
}

/// Whether a "that year" phrase starts at word `w`.
fn is_that_year(raw: &[(u32, u32, &[Tag])], lexicon: &Lexicon, w: u32) -> bool {
    hit_at(raw, w).is_some_and(|h| h.2.iter().any(|t| matches!(t, Tag::Date(id) if lexicon.dates[*id as usize] == DateWord::ThatYear)))
}

/// A named month: with a day number beside it ("May 18", "5 maart") a day, with a year a month
/// of that year; alone only after a locative ("in maart") or a year cue (`cued`: "eind
/// augustus") or capitalised mid-sentence ("in March"), since "may" and "march" are also
/// ordinary words. Without a year of its own, the month falls in `history` when set, else in
/// the last twelve months. An abbreviation (`short`) needs its day or year. Also returns whether the text gave the year.
#[allow(clippy::too_many_arguments)]
fn month_date(text: &str, words: &[Word], a: u32, b: u32, month: u8, short: bool, published: Option<Date>, history: Option<i32>, raw: &[(u32, u32, &[Tag])], cued: bool) -> Option<(DateMention, bool)> {
    let number = |w: Option<&Word>| -> Option<u32> {
        let w = w?;
        let s = &text[w.ostart as usize..w.oend as usize];
        (s.len() <= 4 && s.bytes().all(|c| c.is_ascii_digit())).then(|| s.parse().ok()).flatten()
    };
    let before = a.checked_sub(1).and_then(|i| number(words.get(i as usize)));
    let after = number(words.get(b as usize));
    let day = before.filter(|d| (1..=31).contains(d)).or(after.filter(|d| (1..=31).contains(d)));
    // Four digits after a month are its year, history included ("25 October 1854").
    let is_year = |y: &u32| (1000..=2199).contains(y);
    let year = after.filter(is_year).or(words.get(b as usize + 1).and_then(|_| number(words.get(b as usize + 1))).filter(is_year));
    let after_locative = raw.iter().any(|r| r.1 == a && r.2.iter().any(|t| matches!(t, Tag::Word(WordClass::Locative))));
    let mid_capital = words[a as usize].capital && a > 0 && !text[words[a as usize - 1].oend as usize..words[a as usize].ostart as usize].contains(['.', '!', '?']);
    if day.is_none() && year.is_none() && (short || (!after_locative && !cued && !mid_capital)) {
        return None;
    }
    let p = published;
    let year_given = year.is_some();
    let year = year.map(|y| y as i32).or(history).or_else(|| p.map(|p| if month > p.month { p.year - 1 } else { p.year }))?;
    let date = match day {
        Some(d) => Date::ymd(year, month, d as u8)?,
        None => Date::ym(year, month),
    };
    Some((DateMention { date, time: None }, year_given))
}

fn mentioned_countries(mentions: &[Mention]) -> Vec<String> {
    // An article names a handful of countries: a list beats a hash map.
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for m in mentions {
        if let MentionKind::Actor(a) = &m.kind {
            for c in a.actors.iter().filter_map(|actor| actor.country.as_deref()) {
                match counts.iter_mut().find(|(k, _)| *k == c) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((c, 1)),
                }
            }
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    counts.into_iter().map(|(c, _)| c.to_string()).collect()
}

/// The country whose places the article names most; ties go to the first named.
fn focus_country(mentions: &[&Mention]) -> Option<SmolStr> {
    let mut counts: Vec<(SmolStr, usize)> = Vec::new();
    for m in mentions {
        if let MentionKind::Place(p) = &m.kind {
            if let Some(c) = &p.country {
                match counts.iter_mut().find(|(k, _)| k == c) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((c.clone(), 1)),
                }
            }
        }
    }
    let best = counts.iter().map(|c| c.1).max()?;
    counts.into_iter().find(|c| c.1 == best).map(|(c, _)| c)
}

/// The most-named sub-national place; ties go to the first named.
fn focus_place(mentions: &[&Mention], country: Option<&str>) -> Option<Place> {
    let mut counts: Vec<(&Place, usize)> = Vec::new();
    // A seat named as its government ("Kabul denied ...") is no place where things happen.
    // Mentions are sorted: the actor at the same words is the one before or after.
    let seat = |k: usize| {
        let m = mentions[k];
        let same = |o: &&Mention| o.first == m.first && o.last == m.last && matches!(o.kind, MentionKind::Actor(_));
        k.checked_sub(1).and_then(|j| mentions.get(j)).is_some_and(same) || mentions.get(k + 1).is_some_and(same)
    };
    // Where the article's country has places, only those count: a report on Bajaur that
    // quotes Kabul is about Pakistan.
    let in_country = |p: &Place| country.is_none_or(|c| p.country.as_deref() == Some(c));
    let local = mentions.iter().any(|m| matches!(&m.kind, MentionKind::Place(p) if p.precision != kroniek_types::PlacePrecision::Country && in_country(p)));
    for (k, m) in mentions.iter().enumerate() {
        if let MentionKind::Place(p) = &m.kind {
            if p.precision == kroniek_types::PlacePrecision::Country || seat(k) || (local && !in_country(p)) {
                continue;
            }
            match counts.iter_mut().find(|(k, _)| k.name == p.name && k.country == p.country) {
                Some((_, n)) => *n += 1,
                None => counts.push((p, 1)),
            }
        }
    }
    let best = counts.iter().map(|c| c.1).max()?;
    let (focus, _) = counts.iter().find(|c| c.1 == best)?;
    // "the city of Jaranwala, in Punjab province ... the premier of Punjab": a town of the
    // province named more than once is where the story is.
    let towns = || counts.iter().filter(|(p, n)| *n >= 2 && p.precision == kroniek_types::PlacePrecision::City && p.country == focus.country && p.admin1 == focus.admin1);
    let town = match towns().map(|c| c.1).max() {
        Some(most) if focus.precision == kroniek_types::PlacePrecision::Admin1 => towns().find(|c| c.1 == most).map(|c| c.0),
        _ => None,
    };
    Some(town.unwrap_or(focus).clone())
}
