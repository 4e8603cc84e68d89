//! The gazetteer behind the recogniser's place seam. Absent until `scripts/gazetteer/build.sh`
//! has built `data/built/gazetteer.tsv`; then events carry places only where a country is named.
use crate::{Error, Result};
use kroniek_places::{Gazetteer, Kind, RankContext};
use kroniek_recognise::{FoundPlace, PlaceSource};
use kroniek_types::Place;
use std::path::Path;

/// The gazetteer as the recogniser's place source, with the words that mark a province and each
/// country's capital (ISO3 to its name, folded).
pub(crate) struct GazetteerSource(pub(crate) std::sync::Arc<Gazetteer>, pub(crate) kroniek_types::FxHashSet<String>, pub(crate) kroniek_types::FxHashMap<String, String>);

impl GazetteerSource {
    /// Whether a province word stands right before or after folded `[start, end)`.
    fn admin_cue(&self, folded: &str, start: usize, end: usize) -> bool {
        let before = folded[..start].trim_end().rsplit(' ').next().unwrap_or("");
        let after = folded[end..].trim_start().split(' ').next().unwrap_or("");
        self.1.contains(before) || self.1.contains(after)
    }
}

/// Towns smaller than this need the article to name their country when the text calls them by
/// an alternate name.
const ALIAS_NEEDS_CONTEXT: u64 = 1_000_000;

/// Towns smaller than this, in none of the countries the article names or its notable places
/// lie in, are taken for places the gazetteer lacks: "Momo division" in a Cameroon report is
/// not Momo in Piedmont, nor Bellville near Cape Town the one in Texas.
const STRAY_TOWN: u64 = 50_000;

/// A city called by an alternate name tells the article's country only from this size on.
const ALIAS_VOUCHES: u64 = 150_000;

impl PlaceSource for GazetteerSource {
    fn places(&self, folded: &str, starts: &[usize], continuing: &[usize], countries: &[String]) -> Vec<FoundPlace> {
        let found = self.0.find_at(folded, starts.iter().copied());
        // Names with one possible country ("Texas", "Donetsk region") tell which "Paris" or
        // "Pokrovsk" the text means: they join the article's countries as context.
        let mut context = countries.to_vec();
        // The same, without the foreign spellings of smaller cities: "Maré", a Rio favela, is
        // also a spelling of Malé (100,000 people), and must not vouch for that town; "Soemy"
        // for Sumy (260,000) may.
        let mut vouched = countries.to_vec();
        // Which name put each country into the context: a province must not vouch for itself.
        let mut named_by: Vec<(&str, &str)> = Vec::new();
        for m in &found {
            let (_, _, first) = self.0.summary(m.candidates[0]);
            let notable = m.candidates.iter().any(|&c| {
                let (kind, population, _) = self.0.summary(c);
                kind != kroniek_places::Kind::City || population >= 100_000
            });
            if !notable || !m.candidates.iter().all(|&c| self.0.summary(c).2 == first) {
                continue;
            }
            named_by.push((first, &folded[m.start..m.end]));
            if !context.iter().any(|c| c == first) {
                context.push(first.to_string());
                let vouches = |c: u32| {
                    let (kind, population, _) = self.0.summary(c);
                    kind != kroniek_places::Kind::City || population >= ALIAS_VOUCHES || self.0.is_own_name(c, &folded[m.start..m.end])
                };
                if m.candidates.iter().any(|&c| vouches(c)) {
                    vouched.push(first.to_string());
                }
            }
        }
        // Names with one reading anchor the article on the map: of several towns of one name,
        // one near them ranks higher.
        let anchors: Vec<(f64, f64)> = found
            .iter()
            .filter(|m| m.candidates.len() == 1)
            .map(|m| self.0.coordinates(m.candidates[0]))
            .collect();
        found
            .into_iter()
            .filter_map(|m| {
                let near: &[(f64, f64)] = if m.candidates.len() > 1 { &anchors } else { &[] };
                let ctx = RankContext { countries: &context, admin_cue: self.admin_cue(folded, m.start, m.end), name: &folded[m.start..m.end], near };
                let id = self.0.rank(m.candidates, &ctx)?;
                let (kind, population, country) = self.0.summary(id);
                // A town known here only by one of its many foreign names ("Boni" for Bonn),
                // in none of the countries the article names, is more likely a place the
                // gazetteer lacks than that town.
                // So is one whose alias opens a longer capitalised name ("Adan Yabaal" is a
                // Somali town, not Aden), unless the article names that town's country.
                let alias = !self.0.is_own_name(id, ctx.name);
                let opens_name = continuing.binary_search(&(m.end + 1)).is_ok();
                let foreign_alias = kind == kroniek_places::Kind::City
                    && alias
                    && !countries.is_empty()
                    && ((population < ALIAS_NEEDS_CONTEXT && !vouched.iter().any(|c| c == country)) || (opens_name && !countries.iter().any(|c| c == country)));
                // A province outside the article's countries ("the city's Emergency Medicine
                // Centre" is not Burkina Faso's Centre region), even with a province word: Haiti's
                // Centre department, which the gazetteer lacks, is not Burkina Faso's
                // Plateau-Central in a report that names Haiti and not Burkina Faso.
                let vouched_by_another = || countries.iter().any(|c| c == country) || named_by.iter().any(|&(c, name)| c == country && name != ctx.name);
                let stray_province = kind == kroniek_places::Kind::Admin1 && !countries.is_empty() && !vouched_by_another();
                let stray_town = kind == kroniek_places::Kind::City && population < STRAY_TOWN && !context.is_empty() && !context.iter().any(|c| c == country);
                // A small town abroad that opens a longer capitalised name is a word of that
                // name: "the Arab Spring" is not Arab, Alabama, nor "the Hill Council" Hill.
                let name_word = kind == kroniek_places::Kind::City && population < STRAY_TOWN && opens_name && !ctx.admin_cue && !countries.iter().any(|c| c == country);
                if foreign_alias || stray_province || stray_town || name_word {
                    return None;
                }
                let population = if kind == kroniek_places::Kind::City { population } else { 0 };
                Some(FoundPlace { start: m.start, end: m.end, place: self.0.place(id, ""), population })
            })
            .collect()
    }

    fn country(&self, iso3: &str) -> Option<Place> {
        Some(self.0.place(self.0.country(iso3)?, ""))
    }

    fn capital(&self, iso3: &str) -> Option<Place> {
        let ids = self.0.lookup(self.2.get(iso3)?)?;
        let city = |&&id: &&u32| matches!(self.0.summary(id), (Kind::City, _, country) if country == iso3);
        let biggest = ids.iter().filter(city).max_by_key(|&&id| self.0.summary(id).1)?;
        Some(self.0.place(*biggest, ""))
    }
}

/// Loads the built gazetteer under `data_dir`, if it has been built.
pub(crate) fn load(data_dir: &Path) -> Result<Option<GazetteerSource>> {
    let path = Gazetteer::default_path(data_dir);
    if !path.exists() {
        return Ok(None);
    }
    let stop = Gazetteer::word_list(&data_dir.join("places").join("stop.tsv"));
    let cues = Gazetteer::word_list(&data_dir.join("places").join("admin_cues.tsv"));
    let gazetteer = Gazetteer::load(&path, &stop).map_err(|e| Error::Data(e.to_string()))?;
    // Built with the gazetteer; an older build without it only lacks "the capital".
    let capitals = std::fs::read_to_string(path.with_file_name("capitals.tsv"))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(iso3, name)| (iso3.to_string(), kroniek_text::fold(name).trim().to_string()))
        .collect();
    Ok(Some(GazetteerSource(std::sync::Arc::new(gazetteer), cues, capitals)))
}

/// One place name in a text, as `kroniek places` shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PlaceReport {
    /// The words.
    pub text: String,
    /// Whether the recogniser took it as a place (small towns need "in", "near" ...).
    pub accepted: bool,
    /// Every reading, best first: the place and its ranking score.
    pub candidates: Vec<(Place, u64, f64)>,
}

/// Explains the place names in `text` with `gazetteer`, given the places the pipeline took.
pub(crate) fn report(gazetteer: &Gazetteer, text: &str, countries: &[String], accepted: &[Place]) -> Vec<PlaceReport> {
    let ctx = RankContext { countries, ..RankContext::default() };
    let mut folded = kroniek_text::Folded::default();
    folded.fold_from(text);
    gazetteer
        .find(&folded.text)
        .into_iter()
        .map(|m| {
            let (s, e) = folded.original_span(text, m.start, m.end);
            let mut candidates: Vec<(Place, u64, f64)> = m
                .candidates
                .iter()
                .map(|&id| (gazetteer.place(id, &text[s..e]), gazetteer.entry(id).population, gazetteer.score(id, &ctx)))
                .collect();
            candidates.sort_by(|a, b| b.2.total_cmp(&a.2));
            let accepted = accepted.iter().any(|p| p.span.is_some_and(|sp| sp[0] == s));
            PlaceReport { text: text[s..e].to_string(), accepted, candidates }
        })
        .collect()
}
