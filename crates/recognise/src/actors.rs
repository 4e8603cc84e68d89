//! Composing actors from lexicon hits: "de Turkse president Erdogan", "Russia's army",
//! "de troepen van president Assad", "zijn troepen", "de twee landen", "59 Turkse militairen".

use crate::analysis::{PlaceSource, Word};
use crate::{ActorMention, Mention, MentionKind};
use kroniek_lexicon::{CountryForm, Lexicon, Person, RoleKind, Tag, WordClass};
use kroniek_text::{fold, Sentence, SentenceKind};
use kroniek_types::{Actor, Date, PlacePrecision, SmolStr, SmolStrBuilder};

/// What one raw hit can contribute to an actor.
#[derive(Clone, Copy, PartialEq)]
enum Piece {
    Person,
    Org(u32),
    Country(u32, CountryForm),
    Role(u32),
    NounTrigger,
    Word(WordClass),
    Other,
}

fn piece(tags: &[Tag], lexicon: &Lexicon) -> Piece {
    let mut best = Piece::Other;
    for t in tags {
        let p = match *t {
            Tag::Person(_) => return Piece::Person,
            Tag::Org(id) => Piece::Org(id),
            Tag::Country(id, form) => Piece::Country(id, form),
            Tag::Role(id) if !matches!(lexicon.roles[id as usize].kind, RoleKind::Head | RoleKind::Reference) => Piece::Role(id),
            Tag::Verb { verb, part: 0 } if lexicon.verbs[verb as usize].flags.noun => Piece::NounTrigger,
            Tag::Word(c) => Piece::Word(c),
            _ => continue,
        };
        let rank = |p: &Piece| match p {
            Piece::Org(_) => 5,
            Piece::Country(..) => 4,
            Piece::Role(_) => 3,
            Piece::NounTrigger => 2,
            Piece::Word(_) => 1,
            _ => 0,
        };
        if rank(&p) > rank(&best) {
            best = p;
        }
    }
    best
}

const SECTORS: &[(&str, &str)] = &[
    ("GOV", "government"), ("MIL", "military"), ("REB", "rebels"), ("OPP", "opposition"), ("COP", "police"),
    ("CVL", "civilians"), ("REF", "refugees"), ("IGO", "international organisation"), ("NGO", "NGO"),
    ("MED", "media"), ("HLH", "health"), ("BUS", "business"), ("JUD", "judiciary"), ("LEG", "legislature"),
    ("ELI", "elites"), ("SPY", "intelligence"), ("LAB", "labour"), ("EDU", "education"), ("CRM", "criminals"),
    ("PTY", "party"), ("AGR", "agriculture"), ("REL", "religious"), ("UAF", "armed group"),
];

/// An actor from a CAMEO-style code, with country and sector read off the code.
pub(crate) fn actor_from_code(code: &str, name: &str, text: &str, span: [usize; 2], lexicon: &Lexicon) -> Actor {
    let country = code.get(..3).filter(|c| lexicon.country(c).is_some()).map(SmolStr::from);
    let sector = (code.len() >= 6).then(|| &code[code.len() - 3..]).filter(|s| SECTORS.iter().any(|(k, _)| k == s));
    Actor {
        text: text.into(),
        name: name.into(),
        code: code.into(),
        country,
        org: None,
        sector: sector.map(SmolStr::from),
        span: Some(span),
    }
}

fn country_sector_actor(iso3: &str, sector: Option<&str>, text: &str, span: [usize; 2], lexicon: &Lexicon) -> Actor {
    let country_name = lexicon.country(iso3).map_or(iso3, |c| c.name.as_str());
    let (code, name) = match sector {
        Some(s) => {
            let label = SECTORS.iter().find(|(k, _)| *k == s).map_or(s, |(_, l)| l);
            (concat(&[iso3, s]), concat(&[country_name, " (", label, ")"]))
        }
        None => (iso3.into(), country_name.into()),
    };
    Actor {
        text: text.into(),
        name,
        code,
        country: Some(iso3.into()),
        org: None,
        sector: sector.map(SmolStr::from),
        span: Some(span),
    }
}

/// The person line that holds on the article's date: a dated line that holds, else the
/// undated fallback, else the most recent line.
fn person_on(tags: &[Tag], lexicon: &Lexicon, date: Option<Date>) -> Option<u32> {
    let ids: Vec<u32> = tags.iter().filter_map(|t| if let Tag::Person(id) = t { Some(*id) } else { None }).collect();
    let p = |id: &u32| &lexicon.persons[*id as usize];
    if let Some(d) = date {
        if let Some(id) = ids.iter().find(|id| p(id).is_dated() && p(id).holds_on(d)) {
            return Some(*id);
        }
    }
    ids.iter()
        .find(|id| !p(id).is_dated())
        .or_else(|| ids.iter().max_by_key(|id| p(id).to.map_or(i64::MAX, |t| t.days())))
        .copied()
}

/// Adds actor mentions composed from the raw hits.
pub(crate) fn recognise(
    text: &str,
    words: &[Word],
    raw: &[(u32, u32, &[Tag])],
    lexicon: &Lexicon,
    date: Option<Date>,
    sentence_starts: &[u32],
    out: &mut Vec<Mention>,
) {
    let pieces: Vec<Piece> = raw.iter().map(|r| piece(r.2, lexicon)).collect();
    let span_of = |a: u32, b: u32| [words[a as usize].ostart as usize, words[b as usize - 1].oend as usize];
    let word_text = |w: u32| &text[words[w as usize].ostart as usize..words[w as usize].oend as usize];
    // Hit k+1 follows hit k directly, or across one possessive "s" ("Russia's army").
    // Never across a sentence end ("... de Emiraten. President Zelensky ...").
    let next_to = |k: usize| -> bool {
        raw.get(k + 1).is_some_and(|n| {
            (n.0 == raw[k].1 || (n.0 == raw[k].1 + 1 && word_text(raw[k].1).eq_ignore_ascii_case("s"))) && sentence_starts.binary_search(&n.0).is_err()
        })
    };
    // The hit before, at most one word away and in the same sentence ("in het noorden van ...").
    let prev_is = |k: usize, class: WordClass| -> bool {
        k > 0 && pieces[k - 1] == Piece::Word(class) && raw[k - 1].1 + 1 >= raw[k].0 && sentence_starts.binary_search(&raw[k].0).is_err()
    };
    // "Sudan's [paramilitary] Rapid Support Forces": a possessive country name with one of its
    // own organisations at most two words on.
    let possessive_of_own_org = |k: usize, iso3: &str| -> bool {
        let end = raw[k].1;
        (end as usize) < words.len()
            && word_text(end).eq_ignore_ascii_case("s")
            && raw.get(k + 1).is_some_and(|n| n.0 > end && n.0 <= end + 3 && sentence_starts.binary_search(&n.0).is_err())
            && matches!(pieces[k + 1], Piece::Org(id) if lexicon.orgs[id as usize].country.as_deref() == Some(iso3))
    };
    // Hit k is capitalised mid-sentence and follows, with no hit between, a capitalised word
    // that is not a sentence's first: the end of a proper name the lexicon lacks.
    // A country right before the name makes it a state's force ("Russian Aerospace Forces",
    // "Israel Defense Forces").
    // Some(None) for an armed group of its own, Some(Some(country)) for a state's force.
    let named_group = |k: usize| -> Option<Option<u32>> {
        let a = raw[k].0;
        let prev_end = if k == 0 { 0 } else { raw[k - 1].1 };
        let mut start = a;
        while start > prev_end.max(1) && words[start as usize - 1].capital && sentence_starts.binary_search(&(start - 1)).is_err() {
            start -= 1;
        }
        if start == a || !words[a as usize].capital {
            return None;
        }
        match pieces[..k].last() {
            Some(Piece::Country(id, _)) if prev_end == start => Some(Some(*id)),
            _ => Some(None),
        }
    };
    // "Houthi militia", "Hamas fighters", "M23-rebellen": a role right after an organisation
    // names its own people, one actor with it. The last hit of the org's mention, and whether
    // it counts people.
    let org_end = |j: usize| -> (usize, bool) {
        match pieces.get(j + 1) {
            Some(Piece::Role(r)) if next_to(j) && lexicon.roles[*r as usize].kind != RoleKind::Title => (j + 1, lexicon.roles[*r as usize].kind == RoleKind::Person),
            _ => (j, false),
        }
    };
    // Every actor named so far, and whether it was named as a go-between ("na bemiddeling door
    // Rusland"): the pair of "beide landen" are the parties, not their mediator.
    let mut actors_so_far: Vec<(Actor, bool, u32)> = Vec::new();
    let mut k = 0;
    while k < raw.len() {
        let a = raw[k].0;
        let mut end_k = k; // last hit consumed
        let mut adjectival = false;
        let mut persons = false;
        let mut locative = false;
        let mut group: Vec<Actor> = Vec::new();
        // Hit i+1 follows hit i across one article ("van het Amerikaanse ministerie").
        let after_article = |i: usize| {
            raw.get(i + 1).is_some_and(|n| n.0 == raw[i].1 + 1 && lexicon.is_definite(word_text(raw[i].1)) && sentence_starts.binary_search(&raw[i].1).is_err())
        };
        let org_actor = |j: usize| -> Option<Actor> {
            let Piece::Org(id) = pieces[j] else { return None };
            let o = &lexicon.orgs[id as usize];
            let mut actor = actor_from_code(&o.code, &o.name, "", [0, 0], lexicon);
            actor.country = o.country.clone().or(actor.country);
            actor.sector = o.sector.clone().or(actor.sector);
            actor.org = o.org.clone();
            Some(actor)
        };
        let person_actor = |j: usize| -> Option<Actor> {
            let id = person_on(raw[j].2, lexicon, date)?;
            let p = &lexicon.persons[id as usize];
            Some(actor_from_code(&p.code, &p.name, "", [0, 0], lexicon))
        };
        match pieces[k] {
            Piece::Person => group.extend(person_actor(k)),
            Piece::Org(id) => {
                let o = &lexicon.orgs[id as usize];
                // "in Moskou", "to Moscow": the seat of government is a place there.
                if o.seat && (prev_is(k, WordClass::Locative) || prev_is(k, WordClass::Toward) || prev_is(k, WordClass::From)) {
                    k += 1;
                    continue;
                }
                group.extend(org_actor(k));
                (end_k, persons) = org_end(k);
                // A community of civilians ("150,000 Rohingya") is people a number counts.
                let community = o.sector.as_deref() == Some("CVL");
                persons |= community;
                // "Rohingya insurgents", "Fulani gunmen": armed people of a community are of the
                // armed role's sector.
                let armed = match pieces.get(k + 1) {
                    Some(Piece::Role(r)) if community && end_k == k + 1 => Some(lexicon.roles[*r as usize].sector.as_str()).filter(|s| matches!(*s, "REB" | "MIL" | "COP")),
                    _ => None,
                };
                if let Some(sector) = armed {
                    group = vec![match &o.country {
                        Some(iso3) => country_sector_actor(iso3, Some(sector), "", [0, 0], lexicon),
                        None => sector_only(sector),
                    }];
                }
            }
            Piece::Country(id, form) => {
                let iso3 = lexicon.countries[id as usize].iso3.clone();
                let next = if next_to(k) { pieces.get(k + 1).copied() } else { None };
                let after_next = if next_to(k) && next_to(k + 1) { pieces.get(k + 2).copied() } else { None };
                match (form, next) {
                    (CountryForm::Adjective | CountryForm::Name, Some(Piece::Role(r))) => {
                        let role = &lexicon.roles[r as usize];
                        end_k = k + 1;
                        if role.kind == RoleKind::Title && after_next == Some(Piece::Person) {
                            end_k = k + 2;
                            group.extend(person_actor(k + 2));
                        } else {
                            persons = role.kind == RoleKind::Person;
                            group.push(country_sector_actor(&iso3, Some(&role.sector), "", [0, 0], lexicon));
                        }
                    }
                    (CountryForm::Adjective, Some(Piece::Person)) => {
                        end_k = k + 1;
                        group.extend(person_actor(k + 1));
                    }
                    (CountryForm::Adjective, Some(Piece::Org(_))) => {
                        k += 1; // "de Syrische HTS": the org speaks for itself
                        continue;
                    }
                    (CountryForm::Adjective, Some(Piece::NounTrigger)) => {
                        adjectival = true;
                        group.push(country_sector_actor(&iso3, None, "", [0, 0], lexicon));
                    }
                    (CountryForm::Adjective, _) => {
                        k += 1; // "de Turkse grens": not an actor
                        continue;
                    }
                    (CountryForm::People, _) => {
                        persons = true;
                        group.push(country_sector_actor(&iso3, None, "", [0, 0], lexicon));
                    }
                    (CountryForm::Name, _) if possessive_of_own_org(k, &iso3) => {
                        // "Sudan's paramilitary Rapid Support Forces": one mention, the org's.
                        group.extend(org_actor(k + 1));
                        (end_k, persons) = org_end(k + 1);
                    }
                    (CountryForm::Name, _) => {
                        // "Puerto Jordán", "New Mexico": a capitalised unknown word glued before
                        // the country name makes them one proper name, not the country.
                        let glued_name = crate::analysis::glued_to_name(text, words, sentence_starts, a) && !raw.iter().any(|r| r.0 < a && a - 1 < r.1);
                        if glued_name {
                            k += 1;
                            continue;
                        }
                        locative = prev_is(k, WordClass::Locative) || prev_is(k, WordClass::Toward);
                        group.push(country_sector_actor(&iso3, None, "", [0, 0], lexicon));
                    }
                }
            }
            Piece::Role(r) => {
                let role = &lexicon.roles[r as usize];
                persons = role.kind == RoleKind::Person;
                let next = if next_to(k) { pieces.get(k + 1).copied() } else { None };
                let describes_org = |o: u32| lexicon.orgs[o as usize].sector.as_deref() == Some(role.sector.as_str());
                if role.kind == RoleKind::Title && next == Some(Piece::Person) {
                    end_k = k + 1;
                    group.extend(person_actor(k + 1));
                } else if matches!(next, Some(Piece::Org(o)) if role.kind != RoleKind::Title && describes_org(o)) {
                    // "the rebel Oromo Liberation Army", "de terreurgroep al-Shabaab": a role of the
                    // organisation's own sector right before it describes it; one actor, the org's.
                    group.extend(org_actor(k + 1));
                    (end_k, persons) = org_end(k + 1);
                } else if matches!(next, Some(Piece::Word(WordClass::From | WordClass::Behalf))) && (next_to(k + 1) || after_article(k + 1)) {
                    // "de troepen van (president) Assad", "the army of Sudan", "een woordvoerder
                    // van het Amerikaanse ministerie", "a spokesman of the UN"
                    let mut j = k + 2;
                    // "van het Iraanse ministerie": "het" may be a hit of its own (a pronoun too).
                    if raw.get(j).is_some_and(|r| r.1 == r.0 + 1 && matches!(pieces[j], Piece::Word(_)) && lexicon.is_definite(word_text(r.0))) && next_to(j) {
                        j += 1;
                    }
                    if matches!(pieces.get(j), Some(Piece::Role(t)) if lexicon.roles[*t as usize].kind == RoleKind::Title) && next_to(j) {
                        j += 1;
                    }
                    // "het Amerikaanse ministerie": the owner's noun is part of the mention.
                    let owned_noun = matches!(pieces.get(j), Some(Piece::Country(_, CountryForm::Adjective))) && matches!(pieces.get(j + 1), Some(Piece::Role(_))) && next_to(j);
                    let owner = match pieces.get(j) {
                        Some(Piece::Person) => person_actor(j).and_then(|p| p.country),
                        Some(Piece::Country(id, CountryForm::Name)) => Some(lexicon.countries[*id as usize].iso3.clone()),
                        Some(Piece::Country(id, CountryForm::Adjective)) if owned_noun => Some(lexicon.countries[*id as usize].iso3.clone()),
                        _ => None,
                    };
                    let owning_body = || org_actor(j).filter(|o| o.country.is_none() && o.sector.as_deref() == Some("IGO"));
                    match owner {
                        Some(iso3) => {
                            end_k = j + usize::from(owned_noun);
                            // "medewerkers van de Russische ambassade", "een woordvoerder van het
                            // Israëlische leger": people of an institution are of its sector.
                            let sector = match pieces.get(j + 1) {
                                Some(Piece::Role(t)) if owned_noun => &lexicon.roles[*t as usize].sector,
                                _ => &role.sector,
                            };
                            group.push(country_sector_actor(&iso3, Some(sector), "", [0, 0], lexicon));
                        }
                        None => match owning_body() {
                            Some(body) => {
                                end_k = org_end(j).0;
                                group.push(body);
                            }
                            None => group.push(sector_only(&role.sector)),
                        },
                    }
                } else if prev_is(k, WordClass::Possessive) {
                    // "zijn troepen": the owner is the last actor with a country; "Its foreign
                    // ministry ..." opening a sentence is the previous sentence's first one.
                    let opening = sentence_starts.binary_search(&raw[k - 1].0).ok().and_then(|i| i.checked_sub(1)).map(|i| (sentence_starts[i], sentence_starts[i + 1]));
                    let previous_subject = opening.and_then(|(from, to)| actors_so_far.iter().find(|x| from <= x.2 && x.2 < to && x.0.country.is_some()));
                    match previous_subject.or_else(|| actors_so_far.iter().rev().find(|x| x.0.country.is_some())).and_then(|x| x.0.country.clone()) {
                        Some(iso3) => group.push(country_sector_actor(&iso3, Some(&role.sector), "", [0, 0], lexicon)),
                        None => group.push(sector_only(&role.sector)),
                    }
                } else if let Some(owner) = named_group(k).filter(|_| role.sector == "MIL" && role.kind == RoleKind::Group) {
                    // "the Ta'ang National Liberation Army": a capitalised name the lexicon does
                    // not know before "Army" or "Forces" is an armed group of its own, unless a
                    // country opens it ("Russian Aerospace Forces").
                    match owner {
                        Some(id) => group.push(country_sector_actor(&lexicon.countries[id as usize].iso3, Some("MIL"), "", [0, 0], lexicon)),
                        None => group.push(sector_only("REB")),
                    }
                } else {
                    group.push(sector_only(&role.sector));
                }
            }
            Piece::Word(WordClass::Pair) => {
                // "de twee landen": the last two countries named.
                let mut seen: Vec<SmolStr> = Vec::new();
                for (x, _, _) in actors_so_far.iter().rev().filter(|(_, mediator, _)| !mediator) {
                    if let Some(c) = &x.country {
                        if !seen.contains(c) {
                            seen.push(c.clone());
                        }
                    }
                    if seen.len() == 2 {
                        break;
                    }
                }
                if seen.len() == 2 {
                    for c in seen.iter().rev() {
                        group.push(country_sector_actor(c, None, "", [0, 0], lexicon));
                    }
                }
            }
            _ => {}
        }
        if group.is_empty() {
            k += 1;
            continue;
        }
        // "Former president Ernest Bai Koroma", "oud-premier Rutte": a title no longer held
        // makes its holder one of the country's elites.
        let titled = (k..=end_k).any(|j| match pieces[j] {
            Piece::Role(r) => lexicon.roles[r as usize].kind == RoleKind::Title,
            Piece::Person => true,
            _ => false,
        });
        if titled && prev_is(k, WordClass::Former) {
            for actor in &mut group {
                *actor = match actor.country.clone() {
                    Some(iso3) => country_sector_actor(&iso3, Some(ELITES), "", [0, 0], lexicon),
                    None => sector_only(ELITES),
                };
            }
        }
        let last = raw[end_k].1;
        let span = span_of(a, last);
        let words_text = &text[span[0]..span[1]];
        for actor in &mut group {
            actor.text = words_text.into();
            actor.span = Some(span);
        }
        // A number right before counts these people ("59 Turkse militairen"), or one before
        // their members ("zestien leden van een burgerwacht", "five members of the police").
        let is = |j: usize, class: WordClass| raw[j].2.contains(&Tag::Word(class));
        // An article and an adjective may stand between ("leden van een extreemrechtse groep");
        // "een" is also a number word, so the article may be a hit of its own.
        let tagged_article = k > 0 && raw[k - 1].0 + 1 == raw[k - 1].1 && lexicon.is_indefinite(word_text(raw[k - 1].0));
        let members_at = (k - usize::from(tagged_article))
            .checked_sub(2)
            .filter(|&j| is(j, WordClass::Member) && is(j + 1, WordClass::From) && raw[j].1 == raw[j + 1].0 && raw[j + 1].1 + MEMBERS_REACH >= a)
            .map(|j| raw[j].0);
        // One word may stand between ("59 Turkse militairen"), but not a sentence's start
        // ("... troops into Syria in 2016. The soldiers were killed").
        let number_before = |at: u32| {
            out.iter().rev().find_map(|m| match &m.kind {
                MentionKind::Number(n) if m.last == at || (m.last + 1 == at && sentence_starts.binary_search(&m.last).is_err()) => Some(n.value),
                _ => None,
            })
        };
        // Members are people whatever their group is ("members of the security forces").
        let members = members_at.and_then(number_before);
        // A part of them: "three of its border guards", "drie van de militairen".
        let hit = |j: usize, first: u32, class: WordClass| raw[j].0 == first && raw[j].1 == first + 1 && is(j, class);
        let partitive = a >= 2
            && ((k >= 1 && hit(k - 1, a - 2, WordClass::From) && lexicon.is_definite(word_text(a - 1)))
                || (k >= 2 && hit(k - 1, a - 1, WordClass::Possessive) && hit(k - 2, a - 2, WordClass::From)));
        let part = if partitive { number_before(a - 2) } else { None };
        persons |= members.is_some();
        // "de 23-jarige student", "a 23-year-old student": one person of that age.
        let aged = k > 0 && raw[k - 1].1 == a && is(k - 1, WordClass::Age);
        let count = members.or_else(|| if persons && !aged { number_before(a).or(part) } else { None }).flatten();
        // "a police officer", "een agent": one person.
        let single = persons && count.is_none() && a > 0 && (aged || (lexicon.is_indefinite(word_text(a - 1)) && sentence_starts.binary_search(&a).is_err()));
        // "the Rapid Support Forces (RSF)": the acronym in brackets repeats the actor before
        // it; it is not a second actor (the object of the next verb).
        let repeats = out.last_mut().filter(|m| {
            let between = text.get(m.span[1]..span[0]).unwrap_or("").trim();
            matches!(&m.kind, MentionKind::Actor(prev) if between == "(" && prev.actors.iter().map(|x| &x.code).eq(group.iter().map(|x| &x.code)))
        });
        if let Some(prev) = repeats {
            prev.last = last;
            k = end_k + 1;
            continue;
        }
        // A weapon among the mention's words ("Russische raketten") makes it one.
        let weapon = (k..=end_k).any(|j| matches!(pieces[j], Piece::Role(r) if lexicon.roles[r as usize].kind == RoleKind::Weapon));
        let mediator = prev_is(k, WordClass::Agent);
        actors_so_far.extend(group.iter().map(|x| (x.clone(), mediator, a)));
        out.push(Mention {
            first: a,
            last,
            span,
            kind: MentionKind::Actor(ActorMention { actors: group, adjectival, count, persons, locative, single, weapon }),
        });
        k = end_k + 1;
    }
}

/// "Thousands rallied", "Honderden betoogden": a number right before a protest verb, counting no
/// noun, is a crowd of people. Runs before countries are filled in, which gives the crowd its
/// country.
pub(crate) fn bare_crowds(text: &str, lexicon: &Lexicon, mentions: &mut Vec<Mention>) {
    let protest = |m: &Mention| matches!(m.kind, MentionKind::Trigger { verb, part: 0 } if lexicon.verbs[verb as usize].cameo.starts_with(PROTEST_ROOT));
    let crowds: Vec<Mention> = mentions
        .windows(2)
        .filter_map(|pair| match &pair[0].kind {
            MentionKind::Number(n) if n.field.is_none() && pair[0].last == pair[1].first && protest(&pair[1]) => {
                let mut people = sector_only(CROWD);
                people.text = text[pair[0].span[0]..pair[0].span[1]].into();
                people.span = Some(pair[0].span);
                let crowd = ActorMention { count: n.value, persons: true, ..named_actor(people) };
                Some(Mention { kind: MentionKind::Actor(crowd), ..pair[0].clone() })
            }
            _ => None,
        })
        .collect();
    if !crowds.is_empty() {
        mentions.extend(crowds);
        mentions.sort_by_key(|m| (m.first, m.last));
    }
}

/// Organisations the lexicon does not know, defined by an acronym in brackets after a
/// capitalised name that holds a head noun ("the Pashtun Tahaffuz Movement (PTM)", "the Kenya
/// National Union of Teachers (KNUT)"): the name and acronym become one actor mention of the
/// head's sector, of the country named inside it if any. Returns the acronyms' word indices,
/// for [`named_persons`] to find them again later in the article.
pub(crate) fn acronym_groups(text: &str, words: &[Word], raw: &[(u32, u32, &[Tag])], lexicon: &Lexicon, sentence_words: &[(u32, u32)], mentions: &mut Vec<Mention>) -> Vec<u32> {
    let gap = |w: usize| &text[words[w - 1].oend as usize..words[w].ostart as usize];
    let mut defined = Vec::new();
    let mut covered: Option<Vec<bool>> = None;
    for w in 1..words.len() {
        // Cheap tests first: "(" before, ")" after, a capital.
        if !words[w].capital || !matches!(gap(w), " (" | "(") || !text[words[w].oend as usize..].starts_with(')') {
            continue;
        }
        let covered = covered.get_or_insert_with(|| covered_words(words.len(), mentions));
        if covered[w] {
            continue;
        }
        let sentence_start = sentence_containing(sentence_words, w as u32).0 as usize;
        // The name: capitalised words, and short lowercase ones between them ("of", "van").
        let mut start = w;
        while start > sentence_start && w - start < MAX_ORG_WORDS && (start == w || gap(start) == " ") {
            let prev = &text[words[start - 1].ostart as usize..words[start - 1].oend as usize];
            if !(words[start - 1].capital || (prev.len() <= 3 && prev.bytes().all(|b| b.is_ascii_lowercase()))) {
                break;
            }
            start -= 1;
        }
        // Not the article that opens a sentence ("The Kenya National Union ...").
        while start < w && (!words[start].capital || lexicon.is_definite(&text[words[start].ostart as usize..words[start].oend as usize])) {
            start += 1;
        }
        if w - start < 2 {
            continue;
        }
        let inside = &raw[raw.partition_point(|r| (r.0 as usize) < start)..raw.partition_point(|r| (r.1 as usize) <= w)];
        let head = inside.iter().rev().flat_map(|r| r.2.iter()).find_map(|t| match t {
            Tag::Role(id) if lexicon.roles[*id as usize].kind == RoleKind::Head => Some(&lexicon.roles[*id as usize].sector),
            _ => None,
        });
        let Some(sector) = head else { continue };
        // Up to the closing bracket.
        let span = [words[start].ostart as usize, words[w].oend as usize + 1];
        let name = &text[span[0]..words[w - 1].oend as usize];
        put_unknown_org(mentions, (start, w + 1), span, name, &text[span[0]..span[1]], unknown_org(inside, sector, lexicon));
        covered[start..=w].fill(true);
        defined.push(w as u32);
    }
    if !defined.is_empty() {
        mentions.sort_by_key(|m| (m.first, m.last));
    }
    defined
}

/// Organisations the lexicon does not know, named by capitalised words before a head noun
/// with no acronym ("the National Peace Council called on ...", "the Kargil Democratic
/// Alliance"): one actor mention of the head's sector, of the country named inside it if any.
pub(crate) fn headed_names(text: &str, words: &[Word], raw: &[(u32, u32, &[Tag])], lexicon: &Lexicon, sentence_words: &[(u32, u32)], mentions: &mut Vec<Mention>) {
    let gap = |w: usize| &text[words[w - 1].oend as usize..words[w].ostart as usize];
    let word_text = |w: usize| &text[words[w].ostart as usize..words[w].oend as usize];
    let mut covered: Option<Vec<bool>> = None;
    let mut added = false;
    for r in raw.iter().filter(|r| r.1 == r.0 + 1) {
        let head = r.0 as usize;
        let Some(sector) = r.2.iter().find_map(|t| match t {
            Tag::Role(id) if lexicon.roles[*id as usize].kind == RoleKind::Head => Some(&lexicon.roles[*id as usize].sector),
            _ => None,
        }) else {
            continue;
        };
        let covered = covered.get_or_insert_with(|| covered_words(words.len(), mentions));
        if !words[head].capital || covered[head] {
            continue;
        }
        // "Internationale Comité van het Rode Kruis": the head of a longer name the lexicon
        // knows by its end.
        let starts_at = |w: usize, tag: fn(&Tag) -> bool| raw.iter().any(|x| x.0 as usize == w && x.2.iter().any(tag));
        let of_known = starts_at(head + 1, |t| *t == Tag::Word(WordClass::From)) && (head + 2..head + 4).any(|w| starts_at(w, |t| matches!(t, Tag::Org(_))));
        if of_known {
            continue;
        }
        // The name: capitalised words joined by spaces, a country's name among them.
        let sentence_start = sentence_containing(sentence_words, head as u32).0 as usize;
        let mut start = head;
        while start > sentence_start && head - start < MAX_ORG_WORDS && gap(start) == " " && words[start - 1].capital {
            start -= 1;
        }
        while start < head && lexicon.is_definite(word_text(start)) {
            start += 1;
        }
        // One capitalised word opening a sentence may be any word ("Teachers Union said").
        if start == head || (start == sentence_start && start + 1 == head) {
            continue;
        }
        let inside = &raw[raw.partition_point(|x| (x.0 as usize) < start)..raw.partition_point(|x| (x.1 as usize) <= head)];
        // Names the lexicon knows inside are their own mentions ("the Sudanese Armed Forces").
        if inside.iter().any(|x| x.2.iter().any(|t| matches!(t, Tag::Person(_) | Tag::Org(_)))) {
            continue;
        }
        let span = [words[start].ostart as usize, words[head].oend as usize];
        let name = &text[span[0]..span[1]];
        put_unknown_org(mentions, (start, head + 1), span, name, name, unknown_org(inside, sector, lexicon));
        covered[start..=head].fill(true);
        added = true;
    }
    if added {
        mentions.sort_by_key(|m| (m.first, m.last));
    }
}

/// A name the lexicon lacks right after a reference noun of one sector ("mensenrechtenorganisatie
/// Jamaicans for Justice", "the rights group Forum-Asia"): an organisation of that sector, the
/// noun and the name one mention. Lowercase joining words count only between capitalised ones.
pub(crate) fn apposed_names(text: &str, words: &[Word], raw: &[(u32, u32, &[Tag])], lexicon: &Lexicon, mentions: &mut Vec<Mention>) {
    let gap = |w: usize| &text[words[w - 1].oend as usize..words[w].ostart as usize];
    let mut covered: Option<Vec<bool>> = None;
    let mut added = false;
    for &(a, b, tags) in raw {
        let mut sectors = tags.iter().filter_map(|t| match t {
            Tag::Role(id) if lexicon.roles[*id as usize].kind == RoleKind::Reference => Some(&lexicon.roles[*id as usize].sector),
            _ => None,
        });
        let Some(sector) = sectors.next() else { continue };
        let (noun, mut end) = (a as usize, b as usize);
        if sectors.any(|s| s != sector) || words[noun].capital || end >= words.len() || !words[end].capital || gap(end) != " " {
            continue;
        }
        let covered = covered.get_or_insert_with(|| covered_words(words.len(), mentions));
        // The name: capitalised words, and lowercase ones only between two of them.
        let mut w = end;
        while w < words.len() && w - b as usize <= MAX_ORG_WORDS && !covered[w] && (w == end || gap(w) == " ") {
            if words[w].capital {
                end = w + 1;
            } else if !words.get(w + 1).is_some_and(|x| x.capital) {
                break;
            }
            w += 1;
        }
        if end == b as usize || covered[noun..end].iter().any(|&c| c) {
            continue;
        }
        let inside = &raw[raw.partition_point(|x| x.0 < b)..raw.partition_point(|x| (x.1 as usize) <= end)];
        // Names the lexicon knows are their own mentions.
        if inside.iter().any(|x| x.2.iter().any(|t| matches!(t, Tag::Person(_) | Tag::Org(_)))) {
            continue;
        }
        let span = [words[noun].ostart as usize, words[end - 1].oend as usize];
        let name = &text[words[b as usize].ostart as usize..span[1]];
        put_unknown_org(mentions, (noun, end), span, name, &text[span[0]..span[1]], unknown_org(inside, sector, lexicon));
        covered[noun..end].fill(true);
        added = true;
    }
    if added {
        mentions.sort_by_key(|m| (m.first, m.last));
    }
}

/// An organisation the lexicon lacks, of `sector` and of the country its name holds if any.
fn unknown_org(inside: &[(u32, u32, &[Tag])], sector: &str, lexicon: &Lexicon) -> Actor {
    let country = inside.iter().flat_map(|r| r.2.iter()).find_map(|t| match t {
        Tag::Country(id, _) => Some(lexicon.countries[*id as usize].iso3.clone()),
        _ => None,
    });
    match &country {
        Some(iso3) => country_sector_actor(iso3, Some(sector), "", [0, 0], lexicon),
        None => sector_only(sector),
    }
}

/// Puts one actor mention over words `[first, last)`: the words of an organisation's name are
/// its own, not actors, places or triggers of their own.
fn put_unknown_org(mentions: &mut Vec<Mention>, (first, last): (usize, usize), span: [usize; 2], name: &str, text: &str, mut actor: Actor) {
    actor.name = name.into();
    actor.text = text.into();
    actor.span = Some(span);
    mentions.retain(|m| !((m.first as usize) >= first && (m.last as usize) <= last));
    mentions.push(Mention { first: first as u32, last: last as u32, span, kind: MentionKind::Actor(named_actor(actor)) });
}

/// The one person in office on `date` whose full name ends in the folded `surname`.
fn office_holder<'l>(lexicon: &'l Lexicon, surname: &str, date: Option<Date>) -> Option<&'l Person> {
    let date = date?;
    let mut holding = lexicon.persons_by_surname(surname).iter().map(|&id| &lexicon.persons[id as usize]).filter(|p| p.is_dated() && p.holds_on(date));
    let first = holding.next()?;
    holding.all(|p| p.code == first.code).then_some(first)
}

/// Names the lexicon does not know, given once right after a title ("oppositieleider Venâncio
/// Mondlane", "UN envoy Valentine Rugwabiza"): the title's mention takes in the name, and the
/// surname alone later in the article ("Mondlane wijst de uitslag af") is the same actor, as is
/// an acronym [`acronym_groups`] defined. Runs after countries are filled in, so that the later
/// mentions share the resolved actor.
#[allow(clippy::too_many_arguments)]
pub(crate) fn named_persons(text: &str, words: &[Word], raw: &[(u32, u32, &[Tag])], lexicon: &Lexicon, sentences: &[Sentence], sentence_words: &[(u32, u32)], acronyms: &[u32], date: Option<Date>, mentions: &mut Vec<Mention>) {
    let ends_in_title = |w: u32| {
        let r = raw.get(raw.partition_point(|r| r.1 < w));
        r.is_some_and(|r| r.1 == w && r.2.iter().any(|t| matches!(t, Tag::Role(id) if lexicon.roles[*id as usize].kind == RoleKind::Title)))
    };
    let word_text = |w: u32| &text[words[w as usize].ostart as usize..words[w as usize].oend as usize];
    // Only spaces or a hyphen between two words of one name ("Jean-Pierre").
    let joined = |w: u32| w > 0 && text[words[w as usize - 1].oend as usize..words[w as usize].ostart as usize].bytes().all(|b| b == b' ' || b == b'-');
    // A headline in title case ("Defence Minister Visits Troops") capitalises every word but
    // the short ones: there a capital says nothing of a name.
    let title_case = |(a, b): (u32, u32)| !(a..b).any(|w| !words[w as usize].capital && word_text(w).len() > 3);
    let mut covered: Option<Vec<bool>> = None;
    // (first word of the name, its surname word, the actor); an acronym is both.
    let mut named: Vec<(u32, u32, Actor)> = Vec::new();
    for &w in acronyms {
        let defining = mentions.iter().find_map(|m| match &m.kind {
            MentionKind::Actor(a) if m.last == w + 1 => Some(a.actors[0].clone()),
            _ => None,
        });
        named.extend(defining.map(|actor| (w, w, actor)));
    }
    for i in 0..mentions.len() {
        let m = &mentions[i];
        let MentionKind::Actor(a) = &m.kind else { continue };
        if a.persons || a.adjectival || a.actors.len() != 1 || !ends_in_title(m.last) {
            continue;
        }
        // A link teaser's apposition ("Lees ook: Mondlane, de dominee die ...") names no office.
        let si = sentence_index(sentence_words, m.first);
        if sentences.get(si).is_some_and(|s| s.kind == SentenceKind::Boilerplate) {
            continue;
        }
        let covered = covered.get_or_insert_with(|| covered_words(words.len(), mentions));
        let sentence = sentence_words[si];
        let name_word = |w: u32| words[w as usize].capital && !covered[w as usize];
        // A short lowercase particle inside a name: "Asaad al-Eidani", "Ursula von der Leyen".
        let particle = |w: u32| {
            let t = word_text(w);
            t.len() <= 3 && t.bytes().all(|b| b.is_ascii_lowercase()) && w + 1 < sentence.1 && name_word(w + 1) && joined(w + 1)
        };
        // After the title: "envoy Valentine Rugwabiza".
        let mut end = m.last;
        while end < m.last + MAX_NAME_WORDS && end < sentence.1 && (name_word(end) || (end > m.last && particle(end))) && joined(end) {
            end += 1;
        }
        // Before it, set off by a comma: "Tom Fletcher, the UN's relief chief". A name of one
        // word may not open the sentence ("However, the minister").
        let opening = m.first - u32::from(m.first > sentence.0 && lexicon.is_definite(word_text(m.first - 1)));
        let mut start = opening;
        // Only a comma between: a quote closing before it ends a quotation, not a name.
        let set_off = || opening > sentence.0 && &text[words[opening as usize - 1].oend as usize..words[opening as usize].ostart as usize] == ", ";
        if end == m.last && set_off() {
            while start > sentence.0 && opening - start < MAX_NAME_WORDS && name_word(start - 1) && (start == opening || joined(start)) {
                start -= 1;
            }
            if start + 1 == opening && start == sentence.0 {
                start = opening;
            }
        }
        if (end == m.last && start == opening) || title_case(sentence) {
            continue;
        }
        let name = if end > m.last { (m.last, end) } else { (start, opening) };
        covered[name.0 as usize..name.1 as usize].fill(true);
        let m = &mut mentions[i];
        m.first = m.first.min(name.0);
        m.last = end;
        m.span = [words[m.first as usize].ostart as usize, words[end as usize - 1].oend as usize];
        let span = m.span;
        let MentionKind::Actor(a) = &mut m.kind else { continue };
        // "minister van Defensie Katz": a surname alone after a title is the person the
        // lexicon knows by that surname, when one person of it holds office on the day.
        if name.1 == name.0 + 1 {
            if let Some(person) = office_holder(lexicon, fold(word_text(name.0)).trim(), date) {
                a.actors[0] = actor_from_code(&person.code, &person.name, "", span, lexicon);
            }
        }
        a.actors[0].text = text[span[0]..span[1]].into();
        a.actors[0].span = Some(span);
        named.push((name.0, name.1 - 1, a.actors[0].clone()));
    }
    // A person the lexicon names in full ("Zabihullah Mujahid") is the same actor when the
    // surname comes back alone ("Mujahid beschuldigt Pakistan"): the lexicon lists a surname
    // alone only for the famous.
    for r in raw.iter().filter(|r| r.1 >= r.0 + 2 && r.2.iter().any(|t| matches!(t, Tag::Person(_)))) {
        let surname = r.1 - 1;
        if !words[surname as usize].capital || word_text(surname).chars().count() < 4 {
            continue;
        }
        let actor = mentions.iter().find_map(|m| match &m.kind {
            MentionKind::Actor(a) if m.first <= r.0 && r.1 <= m.last && a.actors.len() == 1 => Some(a.actors[0].clone()),
            _ => None,
        });
        named.extend(actor.map(|actor| (r.0, surname, actor)));
    }
    if named.is_empty() {
        return;
    }
    let covered = covered.unwrap_or_else(|| covered_words(words.len(), mentions));
    named.sort_by_key(|n| n.1);
    let before = mentions.len();
    for w in named[0].1 + 1..words.len() as u32 {
        if covered[w as usize] || !words[w as usize].capital {
            continue;
        }
        // The latest person of that surname named before this word.
        let Some((first, surname, actor)) = named.iter().rev().find(|n| n.1 < w && word_text(n.1) == word_text(w)) else { continue };
        // "Venâncio Mondlane" again: the first name belongs to the mention too.
        let start = if surname > first && w > 0 && !covered[w as usize - 1] && joined(w) && word_text(w - 1) == word_text(*first) { w - 1 } else { w };
        let span = [words[start as usize].ostart as usize, words[w as usize].oend as usize];
        let mut actor = actor.clone();
        actor.text = text[span[0]..span[1]].into();
        actor.span = Some(span);
        mentions.push(Mention {
            first: start,
            last: w + 1,
            span,
            kind: MentionKind::Actor(named_actor(actor)),
        });
    }
    if mentions.len() > before {
        mentions.sort_by_key(|m| (m.first, m.last));
    }
}

/// "The Mission condemns ...": a capitalised word after "the" that the text left unclaimed, and
/// that is the head noun of an organisation's name given before ("the United Nations Support
/// Mission in Libya"), refers to that organisation. So does a reference noun of the lexicon
/// ("the agency", "the rights group") for the latest organisation of its sector named shortly
/// before.
pub(crate) fn definite_references(text: &str, words: &[Word], raw: &[(u32, u32, &[Tag])], lexicon: &Lexicon, mentions: &mut Vec<Mention>) {
    let word_text = |w: usize| &text[words[w].ostart as usize..words[w].oend as usize];
    // The organisations named, with where their mention ends and their head noun: few in any
    // article, so the words are looked up in this short list before anything else is done.
    let heads: Vec<(usize, &str, &Actor)> = mentions
        .iter()
        .filter_map(|m| match &m.kind {
            MentionKind::Actor(a) if a.actors.len() == 1 && a.actors[0].org.is_some() => Some((m.last as usize, head_noun(&a.actors[0].name), &a.actors[0])),
            _ => None,
        })
        .collect();
    if heads.is_empty() {
        return;
    }
    let mut covered: Option<Vec<bool>> = None;
    let mut found: Vec<Mention> = Vec::new();
    // Unnamed actors of the same words ("rights group" acts alone in "a rights group said")
    // that a reference names after all.
    let mut replaced: Vec<usize> = Vec::new();
    let mut refer = |first: usize, last: usize, named: &Actor, covered: &mut Option<Vec<bool>>| {
        let unnamed = mentions.iter().position(|m| {
            m.first as usize == first && m.last as usize == last && matches!(&m.kind, MentionKind::Actor(a) if a.actors.iter().all(|x| x.org.is_none()))
        });
        if unnamed.is_none() && covered.get_or_insert_with(|| covered_words(words.len(), mentions))[first..last].iter().any(|&c| c) {
            return;
        }
        replaced.extend(unnamed);
        let span = [words[first].ostart as usize, words[last - 1].oend as usize];
        let mut actor = named.clone();
        actor.text = text[span[0]..span[1]].into();
        actor.span = Some(span);
        found.push(Mention { first: first as u32, last: last as u32, span, kind: MentionKind::Actor(named_actor(actor)) });
    };
    for &(a, b, tags) in raw {
        let sectors = || tags.iter().filter_map(|t| match t {
            Tag::Role(id) if lexicon.roles[*id as usize].kind == RoleKind::Reference => Some(&lexicon.roles[*id as usize].sector),
            _ => None,
        });
        if a == 0 || sectors().next().is_none() || !lexicon.is_definite(word_text(a as usize - 1)) {
            continue;
        }
        // Not a name ("the Group to Support Islam and Muslims"), the deed of organising ("the
        // organisation of these attacks"), nor an owner ("the group's spokesman said"), which
        // names its own speaker.
        let of_follows = raw.get(raw.partition_point(|r| r.0 < b)).is_some_and(|r| r.0 == b && r.2.contains(&Tag::Word(WordClass::From)));
        let owner = text[words[b as usize - 1].oend as usize..].starts_with(['\'', '’']);
        if words[a as usize].capital || of_follows || owner {
            continue;
        }
        let named = heads.iter().rev().find(|h| h.0 <= a as usize && h.0 + REFERENCE_REACH >= a as usize && sectors().any(|s| h.2.sector.as_ref() == Some(s)));
        if let Some(named) = named {
            refer(a as usize, b as usize, named.2, &mut covered);
        }
    }
    for (w, word) in words.iter().enumerate().skip(1) {
        if !word.capital || !lexicon.is_definite(word_text(w - 1)) {
            continue;
        }
        let head = word_text(w);
        let Some(named) = heads.iter().rev().find(|h| h.0 < w && h.1.len() >= MIN_HEAD_LEN && h.1 == head).map(|h| h.2) else { continue };
        refer(w, w + 1, named, &mut covered);
    }
    if !found.is_empty() {
        replaced.sort_unstable();
        for i in replaced.into_iter().rev() {
            mentions.remove(i);
        }
        mentions.extend(found);
        mentions.sort_by_key(|m| (m.first, m.last));
    }
}

/// The noun an organisation's name ends in before any lowercase word: "Mission" of "United
/// Nations Support Mission in Libya", "Council" of "United Nations Security Council".
fn head_noun(name: &str) -> &str {
    name.split(' ').take_while(|w| w.starts_with(char::is_uppercase)).last().unwrap_or("")
}

/// The shortest head word a definite reference may have ("Mission", not "UN").
const MIN_HEAD_LEN: usize = 4;

/// How many words back a reference noun looks for its organisation ("the agency said").
const REFERENCE_REACH: usize = 60;

/// A mention of one actor the text names, no adjective, count or place about it.
fn named_actor(actor: Actor) -> ActorMention {
    ActorMention { actors: vec![actor], adjectival: false, count: None, persons: false, locative: false, single: false, weapon: false }
}

/// The word range of the sentence that holds word `w` (`sentence_words` in text order).
fn sentence_containing(sentence_words: &[(u32, u32)], w: u32) -> (u32, u32) {
    sentence_words[sentence_index(sentence_words, w)]
}

fn sentence_index(sentence_words: &[(u32, u32)], w: u32) -> usize {
    sentence_words.partition_point(|s| s.1 <= w).min(sentence_words.len().saturating_sub(1))
}

/// Which words some mention covers.
fn covered_words(len: usize, mentions: &[Mention]) -> Vec<bool> {
    let mut covered = vec![false; len];
    for m in mentions {
        covered[m.first as usize..(m.last as usize).min(len)].fill(true);
    }
    covered
}

/// The most words an organisation's name before its acronym may have ("Congress of Democratic
/// Taxi Associations").
const MAX_ORG_WORDS: usize = 8;

/// The most words a name after a title may have ("Juan José Zúñiga").
const MAX_NAME_WORDS: u32 = 3;

fn sector_only(sector: &str) -> Actor {
    let label = SECTORS.iter().find(|(k, _)| *k == sector).map_or(sector, |(_, l)| l);
    Actor {
        text: SmolStr::default(),
        name: label.into(),
        code: sector.into(),
        country: None,
        org: None,
        sector: Some(sector.into()),
        span: None,
    }
}

/// Country names after "in", "naar", "near" become places (country precision).
pub(crate) fn country_places(mentions: &mut [Mention], source: &dyn PlaceSource) {
    for m in mentions.iter_mut() {
        let place = match &m.kind {
            MentionKind::Actor(a) if a.locative => a.actors.first().and_then(|x| x.country.as_deref()).and_then(|c| source.country(c)),
            _ => None,
        };
        if let Some(mut place) = place {
            if let MentionKind::Actor(a) = &m.kind {
                place.text = a.actors[0].text.clone();
            }
            place.span = Some(m.span);
            m.kind = MentionKind::Place(Box::new(place));
        }
    }
}

/// `parts` joined without the formatting machinery: short results stay inline, no allocation.
fn concat(parts: &[&str]) -> SmolStr {
    let mut out = SmolStrBuilder::new();
    for p in parts {
        out.push_str(p);
    }
    out.finish()
}

/// Words between "leden van" and the group it counts the people of ("een extreemrechtse").
const MEMBERS_REACH: u32 = 2;

/// How many words after a speech verb the reported clause's first actor may stand ("said on
/// Monday that its forces").
const SPEAKER_REACH: u32 = 5;

/// CAMEO's sector of former office holders and other notables.
const ELITES: &str = "ELI";

/// CAMEO's root for protest.
const PROTEST_ROOT: &str = "14";

/// The sector of a crowd that protests.
const CROWD: &str = "CVL";

/// CAMEO's root for showing force: sending, deploying and mobilising troops.
const MOBILIZE_ROOT: &str = "15";

/// Actors the text names without a country ("the police", "rebels", "the junta") belong
/// where their sentence happens when it names towns of one country ("Fighters attacked an army
/// base in Djibo"), else where the article is about (`focus`); an army in a territory without
/// one is the army there (`Country::military`). `sentences` are word ranges.
pub(crate) fn fill_default_countries(mentions: &mut [Mention], sentences: &[(u32, u32)], focus: Option<&str>, lexicon: &Lexicon) {
    let mut from = 0;
    for &(_, end) in sentences {
        let to = from + mentions[from..].partition_point(|m| m.first < end);
        let sentence = &mut mentions[from..to];
        from = to;
        let unnamed = |m: &Mention| matches!(&m.kind, MentionKind::Actor(a) if a.actors.iter().any(|x| x.country.is_none() && x.org.is_none() && x.sector.is_some()));
        if !sentence.iter().any(unnamed) {
            continue;
        }
        // Towns only name the country: regions share names across countries ("Sahel",
        // "Centre"). Every place the sentence names must agree with them.
        let mut local: Option<SmolStr> = None;
        let mut town = false;
        let mut agree = true;
        // A seat named as the government ("accused New Delhi") says nothing of where.
        let seat = |m: &Mention| sentence.iter().any(|o| o.first == m.first && o.last == m.last && matches!(o.kind, MentionKind::Actor(_)));
        // Nor does a destination ("put them on a plane to Washington"): mentions are in word
        // order, so a word right before the place is among the few mentions before it.
        let destination = |k: usize| {
            let m = &sentence[k];
            sentence[..k].iter().rev().take_while(|o| o.first + 2 >= m.first).any(|o| o.last == m.first && matches!(o.kind, MentionKind::Word(WordClass::Toward)))
        };
        for (k, m) in sentence.iter().enumerate() {
            if let MentionKind::Place(p) = &m.kind {
                if seat(m) || destination(k) {
                    continue;
                }
                town |= matches!(p.precision, PlacePrecision::City | PlacePrecision::Point);
                match (&local, &p.country) {
                    (None, Some(c)) => local = Some(c.clone()),
                    (Some(l), Some(c)) if l != c => agree = false,
                    _ => {}
                }
            }
        }
        let default = local.filter(|_| agree && town).or_else(|| focus.map(SmolStr::from));
        // "The Israeli army said soldiers came under fire": the forces a speaker's report begins
        // with are its own when they are of its sector, wherever it happens.
        for k in 0..sentence.len() {
            let MentionKind::Word(WordClass::Speech) = sentence[k].kind else { continue };
            let said = &sentence[k];
            let speaker = sentence[..k].iter().rev().find_map(|m| match &m.kind {
                MentionKind::Actor(a) if m.last + 2 >= said.first => a.actors.first().filter(|x| x.org.is_none()),
                _ => None,
            });
            let Some((Some(country), Some(sector))) = speaker.map(|x| (x.country.clone(), x.sector.clone())) else { continue };
            let from = said.last;
            lend_country(&mut sentence[k + 1..], from, &country, |a| a.persons && !a.single, |s| s == sector);
        }
        // "Uganda would send an additional battalion": forces sent or deployed are the sender's.
        for k in 0..sentence.len() {
            let MentionKind::Trigger { verb, part: 0 } = sentence[k].kind else { continue };
            if !lexicon.verbs[verb as usize].cameo.starts_with(MOBILIZE_ROOT) {
                continue;
            }
            let sender = sentence[..k].iter().rev().find_map(|m| match &m.kind {
                MentionKind::Actor(a) if !a.adjectival => a.actors.first().filter(|x| x.org.is_none()).and_then(|x| x.country.clone()),
                _ => None,
            });
            let Some(country) = sender else { continue };
            let from = sentence[k].last;
            lend_country(&mut sentence[k + 1..], from, &country, |_| true, |s| matches!(s, "MIL" | "COP"));
        }
        let Some(iso3) = default else { continue };
        for m in sentence.iter_mut() {
            if let MentionKind::Actor(a) = &mut m.kind {
                // "Drones struck Primorsk": a weapon belongs to whoever fires it, not to where it
                // falls, so it takes only the article's country (in a civil war the army's).
                let iso3 = if a.weapon {
                    match focus {
                        Some(f) => SmolStr::from(f),
                        None => continue,
                    }
                } else {
                    iso3.clone()
                };
                for actor in &mut a.actors {
                    if actor.country.is_none() && actor.org.is_none() && actor.sector.is_some() {
                        let occupier = (actor.sector.as_deref() == Some("MIL")).then(|| lexicon.country(&iso3).and_then(|c| c.military.clone())).flatten();
                        set_country(actor, occupier.unwrap_or_else(|| iso3.clone()));
                    }
                }
            }
        }
    }
}

/// Gives `country` to the unnamed actors of the first actor mention in `after` from word `from`
/// on, when it stands within [`SPEAKER_REACH`] words, is no adjective, passes `takes`, and its
/// actors' sector passes `sector`: the forces a speaker reports of, or a sender sends.
fn lend_country(after: &mut [Mention], from: u32, country: &SmolStr, takes: impl Fn(&ActorMention) -> bool, sector: impl Fn(&str) -> bool) {
    let next = after.iter_mut().find(|m| matches!(m.kind, MentionKind::Actor(_)) && m.first >= from);
    if let Some(Mention { first, kind: MentionKind::Actor(a), .. }) = next {
        if *first <= from + SPEAKER_REACH && !a.adjectival && takes(a) {
            for actor in a.actors.iter_mut().filter(|x| x.country.is_none() && x.org.is_none() && x.sector.as_deref().is_some_and(&sector)) {
                set_country(actor, country.clone());
            }
        }
    }
}

/// Makes an unnamed sector actor the country's: "police" in Nigeria is NGACOP.
fn set_country(actor: &mut Actor, iso3: SmolStr) {
    if let Some(sector) = &actor.sector {
        actor.code = concat(&[iso3.as_str(), sector]);
        actor.name = concat(&[iso3.as_str(), " (", &actor.name, ")"]);
        actor.country = Some(iso3);
    }
}
