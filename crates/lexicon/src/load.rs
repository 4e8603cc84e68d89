//! Loading one language's files and compiling them into the automaton.

use crate::entries::*;
use crate::tsv::{for_each_row, forms};
use crate::{Codebook, Lexicon, PatternInfo, Result};
use crate::matcher::WordMatcher;
use kroniek_text::{fold, SentenceRules};
use kroniek_types::{Date, FxHashMap, FxHashSet, SmolStr};
use std::collections::HashMap;
use std::path::Path;

/// Collects (folded form, stem) → tags while the files are read.
#[derive(Default)]
struct Forms {
    map: HashMap<(String, bool), Vec<Tag>>,
    /// Tags of forms that count only where the text writes them in capitals (`^AU`).
    capitals: HashMap<(String, bool), Vec<Tag>>,
}

impl Forms {
    /// Adds one written form; returns false when it folds to nothing.
    fn add(&mut self, form: &str, tag: Tag) -> bool {
        let (form, in_capitals) = match form.strip_prefix('^') {
            Some(f) => (f, true),
            None => (form, false),
        };
        let (form, stem) = match form.strip_suffix('*') {
            Some(f) => (f, true),
            None => (form, false),
        };
        let folded = fold(form);
        let key = folded.trim();
        if key.is_empty() {
            return false;
        }
        // A capitals-only form still needs its words matched: with no tags of its own, the
        // lowercase word ("au", "who") stands for nothing more than before.
        let tags = self.map.entry((key.to_string(), stem)).or_default();
        let tags = if in_capitals { self.capitals.entry((key.to_string(), stem)).or_default() } else { tags };
        add_missing(tags, &[tag]);
        true
    }
}

impl Lexicon {
    /// Loads `lexicons/common/` and `lexicons/<language>/` under `data_dir`. `Ok(None)` when
    /// there is no folder for the language: an unsupported language is not an error.
    pub fn for_language(data_dir: &Path, language: &str, codebook: &Codebook) -> Result<Option<Lexicon>> {
        let root = data_dir.join("lexicons");
        let dir = root.join(language);
        if language.is_empty() || language.contains(['/', '\\', '.']) || !dir.is_dir() {
            return Ok(None);
        }
        let common = root.join("common");
        let mut forms_ = Forms::default();
        let mut lex = Lexicon {
            language: language.to_string(),
            countries: Vec::new(),
            persons: Vec::new(),
            orgs: Vec::new(),
            roles: Vec::new(),
            verbs: Vec::new(),
            numbers: Vec::new(),
            dates: Vec::new(),
            sentence_rules: SentenceRules::default(),
            stopwords: FxHashSet::default(),
            definites: FxHashSet::default(),
            indefinites: FxHashSet::default(),
            year_cues: FxHashSet::default(),
            infinitives: FxHashSet::default(),
            purposes: FxHashSet::default(),
            progressive_endings: Vec::new(),
            surnames: FxHashMap::default(),
            clock_words: FxHashSet::default(),
            name_particles: FxHashSet::default(),
            compass_words: FxHashSet::default(),
            matcher: WordMatcher::default(),
            country_ids: FxHashMap::default(),
            patterns: Vec::new(),
            tags: Vec::new(),
        };

        for_each_row(common.join("countries.tsv"), |row| {
            let iso3 = row.required(0, "ISO3 code")?.to_string();
            lex.country_ids.insert(iso3.clone(), lex.countries.len() as u32);
            let military = Some(row.col(3)).filter(|c| !c.is_empty()).map(SmolStr::from);
            lex.countries.push(Country { iso3: iso3.into(), name: row.required(2, "English name")?.into(), military });
            Ok(())
        })?;
        for_each_row(dir.join("countries.tsv"), |row| {
            let iso3 = row.required(0, "ISO3 code")?;
            let id = *lex.country_ids.get(iso3).ok_or_else(|| row.error(format!("{iso3} is not in common/countries.tsv")))?;
            for (col, form) in [(1, CountryForm::Name), (2, CountryForm::Adjective), (3, CountryForm::People)] {
                for f in forms(row.col(col)) {
                    forms_.add(f, Tag::Country(id, form));
                }
            }
            Ok(())
        })?;

        for path in [common.join("people.tsv"), dir.join("people.tsv")] {
            for_each_row(path, |row| {
                let date = |i: usize| match row.col(i) {
                    "" => Ok(None),
                    s => Date::parse(s).map(Some).map_err(|e| row.error(e.to_string())),
                };
                let id = lex.persons.len() as u32;
                lex.persons.push(Person {
                    code: row.required(1, "actor code")?.into(),
                    name: row.required(2, "canonical name")?.into(),
                    from: date(3)?,
                    to: date(4)?,
                });
                for f in forms(row.col(0)) {
                    forms_.add(f, Tag::Person(id));
                    let folded = fold(f);
                    if let Some((_, surname)) = folded.trim().rsplit_once(' ').filter(|(_, s)| s.chars().count() >= 4) {
                        let ids = lex.surnames.entry(surname.to_string()).or_default();
                        if !ids.contains(&id) {
                            ids.push(id);
                        }
                    }
                }
                Ok(())
            })?;
        }

        for path in [common.join("orgs.tsv"), dir.join("orgs.tsv")] {
            for_each_row(path, |row| {
                let opt = |i: usize| Some(row.col(i)).filter(|s| !s.is_empty()).map(SmolStr::from);
                let id = lex.orgs.len() as u32;
                lex.orgs.push(Org {
                    code: row.required(1, "actor code")?.into(),
                    name: row.required(2, "canonical name")?.into(),
                    country: opt(3),
                    sector: opt(4),
                    org: opt(5),
                    seat: false,
                });
                for f in forms(row.col(0)) {
                    forms_.add(f, Tag::Org(id));
                }
                Ok(())
            })?;
        }

        for_each_row(common.join("seats.tsv"), |row| {
            let code = SmolStr::from(row.required(1, "actor code")?);
            let country = code.get(..3).filter(|c| c.bytes().all(|b| b.is_ascii_uppercase())).map(SmolStr::from);
            let id = lex.orgs.len() as u32;
            let name = SmolStr::from(forms(row.col(0)).next().unwrap_or_default());
            lex.orgs.push(Org { code, name, country, sector: Some("GOV".into()), org: None, seat: true });
            for f in forms(row.col(0)) {
                forms_.add(f, Tag::Org(id));
            }
            Ok(())
        })?;

        for_each_row(dir.join("roles.tsv"), |row| {
            let kind = match row.required(2, "kind")? {
                "title" => RoleKind::Title,
                "group" => RoleKind::Group,
                "person" => RoleKind::Person,
                "weapon" => RoleKind::Weapon,
                "head" => RoleKind::Head,
                "reference" => RoleKind::Reference,
                k => return Err(row.error(format!("unknown role kind {k:?} (title, group, person, weapon, head, reference)"))),
            };
            let id = lex.roles.len() as u32;
            lex.roles.push(Role { sector: row.required(1, "sector")?.into(), kind });
            for f in forms(row.col(0)) {
                forms_.add(f, Tag::Role(id));
            }
            Ok(())
        })?;

        for_each_row(dir.join("verbs.tsv"), |row| {
            let cameo = row.required(1, "CAMEO code")?;
            if codebook.cameo(cameo).is_none() {
                return Err(row.error(format!("CAMEO code {cameo} is not in common/cameo.tsv")));
            }
            let flags = parse_flags(row.col(2)).map_err(|e| row.error(e))?;
            for f in forms(row.col(0)) {
                let parts: Vec<&str> = f.split(" ... ").map(str::trim).filter(|p| !p.is_empty()).collect();
                if parts.is_empty() || parts.len() > 4 {
                    return Err(row.error(format!("form {f:?} must have 1 to 4 parts")));
                }
                let id = lex.verbs.len() as u32;
                lex.verbs.push(Verb { cameo: cameo.to_string(), flags: flags.clone(), parts: parts.len() as u8, form: f.to_string() });
                for (k, part) in parts.iter().enumerate() {
                    forms_.add(part, Tag::Verb { verb: id, part: k as u8 });
                }
            }
            Ok(())
        })?;

        for_each_row(dir.join("numbers.tsv"), |row| {
            let value = row.required(1, "value")?.parse::<u64>().map_err(|e| row.error(e.to_string()))?;
            let kind = match row.required(2, "kind")? {
                "unit" => NumberKind::Unit,
                "multiplier" => NumberKind::Multiplier,
                "vague" => NumberKind::Vague,
                "approx" => NumberKind::Approx,
                k => return Err(row.error(format!("unknown number kind {k:?}"))),
            };
            let id = lex.numbers.len() as u32;
            lex.numbers.push(NumberWord { value, kind });
            for f in forms(row.col(0)) {
                forms_.add(f, Tag::Number(id));
            }
            Ok(())
        })?;

        for_each_row(dir.join("dates.tsv"), |row| {
            let word = parse_date_word(row.required(1, "value")?).map_err(|e| row.error(e))?;
            let id = lex.dates.len() as u32;
            lex.dates.push(word);
            for f in forms(row.col(0)) {
                forms_.add(f, Tag::Date(id));
            }
            Ok(())
        })?;

        for_each_row(dir.join("counts.tsv"), |row| {
            let field = CountField::parse_or(row.required(1, "field")?).map_err(|e| row.error(e))?;
            for f in forms(row.col(0)) {
                forms_.add(f, Tag::Count(field));
            }
            Ok(())
        })?;

        let mut compound_heads: Vec<(String, usize)> = Vec::new();
        for_each_row(dir.join("words.tsv"), |row| {
            let class_name = row.required(0, "class")?;
            let class = WordClass::parse(class_name).ok_or_else(|| row.error(format!("unknown word class {class_name:?}")))?;
            for f in forms(row.col(1)) {
                let folded = fold(f).trim().to_string();
                match class {
                    WordClass::Opener => drop(lex.sentence_rules.openers.insert(folded)),
                    WordClass::Abbreviation => drop(lex.sentence_rules.abbreviations.insert(folded)),
                    WordClass::Boilerplate => lex.sentence_rules.boilerplate.push(folded),
                    WordClass::AboutHeading => drop(lex.sentence_rules.about.insert(folded)),
                    WordClass::Stopword => drop(lex.stopwords.insert(folded)),
                    WordClass::Definite => drop(lex.definites.insert(folded)),
                    WordClass::Indefinite => drop(lex.indefinites.insert(folded)),
                    WordClass::CompoundHead => compound_heads.push((folded, row.line)),
                    WordClass::YearCue => drop(lex.year_cues.insert(folded)),
                    WordClass::Infinitive => drop(lex.infinitives.insert(folded)),
                    WordClass::Purpose => drop(lex.purposes.insert(folded)),
                    WordClass::Progressive => lex.progressive_endings.push(folded),
                    WordClass::Clock => drop(lex.clock_words.insert(folded)),
                    WordClass::NameParticle => drop(lex.name_particles.insert(folded)),
                    WordClass::Compass => drop(lex.compass_words.insert(folded)),
                    _ => {}
                }
                if class.is_matched() {
                    forms_.add(f, Tag::Word(class));
                }
            }
            Ok(())
        })?;
        let rules = std::mem::take(&mut lex.sentence_rules);
        lex.sentence_rules = SentenceRules { about: rules.about, ..SentenceRules::new(rules.abbreviations, rules.openers, rules.boilerplate) };

        let mut entries: Vec<_> = forms_.map.into_iter().collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0)); // deterministic pattern ids
        stems_into_whole_words(&mut entries);
        later_parts_into_longer_forms(&mut entries);
        for (key, tags) in &entries {
            let a = lex.tags.len() as u32;
            lex.tags.extend(tags.iter().copied());
            let own = (a, lex.tags.len() as u32);
            // In capitals the form adds its capitals-only tags to its own.
            let in_capitals = forms_.capitals.get(key).map(|extra| {
                let b = lex.tags.len() as u32;
                lex.tags.extend(tags.iter().chain(extra).copied());
                (b, lex.tags.len() as u32)
            });
            lex.patterns.push(PatternInfo { tags: own, in_capitals });
        }
        lex.matcher = WordMatcher::build(entries.iter().enumerate().map(|(i, ((form, stem), _))| (form.as_str(), *stem, i as u32)));
        // A compound head takes the pattern of its own whole-word form.
        let mut heads = Vec::new();
        for (head, line) in compound_heads {
            let key = (head, false);
            let pattern = entries.binary_search_by(|e| e.0.cmp(&key)).map_err(|_| crate::Error::Syntax {
                path: dir.join("words.tsv"),
                line,
                message: format!("compound head {:?} is no whole-word form of this lexicon", key.0),
            })?;
            heads.push((key.0, pattern as u32));
        }
        lex.matcher.set_compound_heads(heads);
        Ok(Some(lex))
    }
}

/// The matcher takes one form per word, and a whole word wins over a stem that also starts it:
/// "ambassador" (a role) would hide "ambassador*" (a part of "recalled ... ambassador*"). So
/// every whole-word form also carries the tags of the stems it starts with. `entries` are
/// sorted by form, so the forms a stem starts are one run after it.
fn stems_into_whole_words(entries: &mut [((String, bool), Vec<Tag>)]) {
    let stems: Vec<(String, Vec<Tag>)> = entries.iter().filter(|e| e.0 .1).map(|e| (e.0 .0.clone(), e.1.clone())).collect();
    for (stem, tags) in stems {
        let from = entries.partition_point(|e| e.0 .0 < stem);
        for e in entries[from..].iter_mut().take_while(|e| e.0 .0.starts_with(&stem)) {
            // The same words before the stem, and the stem's word goes on to a whole word.
            if e.0 .1 || e.0 .0[stem.len()..].contains(' ') {
                continue;
            }
            add_missing(&mut e.1, &tags);
        }
    }
}

/// The matcher takes the longest form at each place, so a longer role that ends in a later
/// part of a pattern hides that part: "army units" would hide "units" of "send ... units".
/// Every role of several words also carries the later-part tags of the whole-word form it ends
/// with. Only roles: "traangas in" must not end "zette ... in".
fn later_parts_into_longer_forms(entries: &mut [((String, bool), Vec<Tag>)]) {
    let later = |tags: &[Tag]| tags.iter().filter(|t| matches!(t, Tag::Verb { part, .. } if *part > 0)).copied().collect::<Vec<Tag>>();
    let parts: HashMap<String, Vec<Tag>> = entries
        .iter()
        .filter(|e| !e.0 .1 && !e.0 .0.contains(' '))
        .map(|e| (e.0 .0.clone(), later(&e.1)))
        .filter(|(_, tags)| !tags.is_empty())
        .collect();
    for e in entries.iter_mut().filter(|e| !e.0 .1 && e.0 .0.contains(' ') && e.1.iter().any(|t| matches!(t, Tag::Role(_)))) {
        let last_word = e.0 .0.rsplit(' ').next().unwrap_or("");
        if let Some(tags) = parts.get(last_word) {
            add_missing(&mut e.1, tags);
        }
    }
}

/// Adds the tags of `new` that `tags` lacks, keeping their order.
fn add_missing(tags: &mut Vec<Tag>, new: &[Tag]) {
    for t in new {
        if !tags.contains(t) {
            tags.push(*t);
        }
    }
}

fn parse_flags(col: &str) -> std::result::Result<VerbFlags, String> {
    let mut flags = VerbFlags::default();
    for flag in col.split(',').map(str::trim).filter(|f| !f.is_empty()) {
        match flag.split_once('=') {
            None => match flag {
                "noun" => flags.noun = true,
                "victim" => flags.victim = true,
                "recv" => flags.recv = true,
                "sym" => flags.sym = true,
                "planned" => flags.planned = true,
                "adjunct" => flags.adjunct = true,
                "scene" => flags.scene_gap = true,
                "apart" => flags.apart = true,
                "claim" => flags.claim = true,
                _ => return Err(format!("unknown flag {flag:?}")),
            },
            Some(("count", field)) => flags.count = Some(CountField::parse_or(field)?),
            Some(("mode", mode)) => flags.mode = Some(mode.to_lowercase()),
            Some(_) => return Err(format!("unknown flag {flag:?}")),
        }
    }
    Ok(flags)
}

fn parse_date_word(value: &str) -> std::result::Result<DateWord, String> {
    let (kind, arg) = value.split_once(':').ok_or_else(|| format!("date value {value:?} is not kind:value"))?;
    let int = || arg.parse::<i32>().map_err(|e| format!("{value:?}: {e}"));
    Ok(match kind {
        "day" => DateWord::Day(int()?),
        "weekday" => DateWord::Weekday(int()?.clamp(0, 6) as u8),
        "week" => DateWord::Week(int()?),
        "month" => DateWord::Month(int()?),
        "monthname" => DateWord::MonthName(int()?.clamp(1, 12) as u8),
        "monthshort" => DateWord::MonthShort(int()?.clamp(1, 12) as u8),
        "year" => DateWord::Year(int()?),
        "after" => DateWord::After(int()?),
        "aftermonth" => DateWord::AfterMonth(int()?),
        "afteryear" => DateWord::AfterYear(int()?),
        "that" if arg == "year" => DateWord::ThatYear,
        "that" if arg == "date" => DateWord::ThatDate,
        "ago" => DateWord::Ago(match arg {
            "day" => AgoUnit::Day,
            "week" => AgoUnit::Week,
            "month" => AgoUnit::Month,
            "year" => AgoUnit::Year,
            _ => return Err(format!("{value:?}: ago takes day, week, month or year")),
        }),
        "time" => {
            let (h, m) = arg.split_once(':').ok_or_else(|| format!("time {arg:?} is not HH:MM"))?;
            let h = h.parse::<u8>().map_err(|e| e.to_string())?;
            let m = m.parse::<u8>().map_err(|e| e.to_string())?;
            DateWord::Time(h.min(23), m.min(59))
        }
        _ => return Err(format!("unknown date kind {kind:?}")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Hit;
    use std::path::PathBuf;

    /// A throwaway data folder holding the given files.
    fn data_dir(name: &str, files: &[(&str, &str)]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("kroniek-lexicon-{name}-{}", std::process::id()));
        for (path, text) in files {
            let p = dir.join("lexicons").join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        dir
    }

    fn tags_of(lex: &Lexicon, text: &str) -> Vec<(String, Vec<Tag>)> {
        let folded = fold(text);
        let mut hits: Vec<Hit> = Vec::new();
        lex.scan(&folded, &mut hits);
        hits.iter().map(|h| (folded[h.start as usize..h.end as usize].to_string(), lex.tags(h).to_vec())).collect()
    }

    #[test]
    fn scans_whole_words_longest_first_with_stems_and_parts() {
        let dir = data_dir(
            "scan",
            &[
                ("common/countries.tsv", "TUR\tTR\tTurkey\nRUS\tRU\tRussia\n"),
                ("common/cameo.tsv", "190\tASSAULT\t\tmilitary\tfight\n1823\tASSAULT\t\t\tkill\n"),
                ("xx/countries.tsv", "TUR\tTurkije\tTurks|Turkse\tTurken\nRUS\tRusland\tRussische\n"),
                ("xx/roles.tsv", "president\tGOV\ttitle\nturkse president\tGOV\ttitle\n"),
                ("xx/verbs.tsv", "bombardeer*\t190\nkwam* ... om het leven\t1823\tvictim,count=fatalities\n"),
                ("xx/words.tsv", "negation\tniet|geen\nopener\tde|het\n"),
            ],
        );
        let book = Codebook::load(&dir).unwrap();
        let lex = Lexicon::for_language(&dir, "xx", &book).unwrap().unwrap();
        let found = tags_of(&lex, "De Turkse president bombardeerde Rusland niet; Turksen kwamen om het leven.");
        let words: Vec<&str> = found.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(words, ["turkse president", "bombardeerde", "rusland", "niet", "kwamen", "om het leven"]);
        assert_eq!(found[2].1, [Tag::Country(1, CountryForm::Name)]);
        assert_eq!(found[5].1, [Tag::Verb { verb: 1, part: 1 }]);
        assert!(lex.sentence_rules.openers.contains("het"));
        assert!(Lexicon::for_language(&dir, "zz", &book).unwrap().is_none());
        std::fs::remove_dir_all(dir).ok();
    }

    #[test]
    fn a_whole_word_keeps_the_stems_it_starts_with() {
        let dir = data_dir(
            "stems",
            &[
                ("common/countries.tsv", "FRA\tFR\tFrance\n"),
                ("common/cameo.tsv", "161\tSANCTION\t\tdiplomatic\treduce relations\n"),
                ("xx/roles.tsv", "ambassadeur\tGOV\ttitle\n"),
                ("xx/verbs.tsv", "riep ... ambassadeur*\t161\n"),
            ],
        );
        let book = Codebook::load(&dir).unwrap();
        let lex = Lexicon::for_language(&dir, "xx", &book).unwrap().unwrap();
        let found = tags_of(&lex, "Frankrijk riep de ambassadeur terug.");
        let ambassador = found.iter().find(|(w, _)| w == "ambassadeur").expect("the word is found");
        assert!(ambassador.1.contains(&Tag::Role(0)) && ambassador.1.contains(&Tag::Verb { verb: 0, part: 1 }), "{found:?}");
        std::fs::remove_dir_all(dir).ok();
    }

    #[test]
    fn a_longer_role_keeps_the_later_part_it_ends_with() {
        let dir = data_dir(
            "parts",
            &[
                ("common/countries.tsv", "FRA\tFR\tFrance\n"),
                ("common/cameo.tsv", "154\tMOBILIZE\t\t\tmobilize or increase armed forces\n"),
                ("xx/roles.tsv", "army units\tMIL\tgroup\n"),
                ("xx/verbs.tsv", "send ... units\t154\n"),
            ],
        );
        let book = Codebook::load(&dir).unwrap();
        let lex = Lexicon::for_language(&dir, "xx", &book).unwrap().unwrap();
        let found = tags_of(&lex, "France will send army units.");
        let units = found.iter().find(|(w, _)| w == "army units").expect("the role is found");
        assert!(units.1.contains(&Tag::Verb { verb: 0, part: 1 }), "{found:?}");
        std::fs::remove_dir_all(dir).ok();
    }

    #[test]
    fn bad_lines_name_file_and_line() {
        let dir = data_dir(
            "bad",
            &[("common/cameo.tsv", "190\tASSAULT\n"), ("xx/verbs.tsv", "# comment\nvecht*\t999\n")],
        );
        let book = Codebook::load(&dir).unwrap();
        let err = Lexicon::for_language(&dir, "xx", &book).unwrap_err().to_string();
        assert!(err.contains("verbs.tsv:2") && err.contains("999"), "{err}");
        std::fs::remove_dir_all(dir).ok();
    }

    /// Every language folder in the repository loads, and its verbs resolve in the codebook.
    #[test]
    fn every_language_folder_loads() {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        let book = Codebook::load(&data).unwrap();
        let mut loaded = 0;
        for entry in std::fs::read_dir(data.join("lexicons")).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            if name.len() != 2 {
                continue;
            }
            let lex = Lexicon::for_language(&data, &name, &book).unwrap().unwrap();
            assert!(!lex.verbs.is_empty() && !lex.countries.is_empty(), "{name} has verbs and countries");
            loaded += 1;
        }
        assert!(loaded >= 2);
    }

    /// A verb form listed twice in one language either does nothing or codes one phrase two
    /// ways; the second copy is always a mistake.
    #[test]
    fn no_verb_form_is_listed_twice() {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/lexicons");
        for entry in std::fs::read_dir(&data).unwrap() {
            let path = entry.unwrap().path().join("verbs.tsv");
            let Ok(text) = std::fs::read_to_string(&path) else { continue };
            let mut seen = std::collections::HashSet::new();
            for line in text.lines().filter(|l| !l.starts_with('#') && l.contains('\t')) {
                for form in line.split('\t').next().unwrap().split('|') {
                    assert!(seen.insert(form.to_string()), "{}: {form:?} is listed twice", path.display());
                }
            }
        }
    }
}
