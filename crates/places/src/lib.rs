//! The offline gazetteer: every place of 1,000+ people, first-level admin areas and countries,
//! with GeoNames ids, coordinates and names in many languages.
//!
//! `scripts/gazetteer/build.sh` writes `data/built/gazetteer.tsv` from registry packages;
//! [`Gazetteer::load`] compiles it once into `gazetteer.bin` beside it (see the `compiled`
//! module: every name folded by `kroniek_text::fold` in a stored hash table) and afterwards
//! only reads that file, so loading takes milliseconds. [`Gazetteer::find`] lists the place
//! names in a folded text, longest first, with their candidates; [`Gazetteer::rank`] picks
//! among candidates ("Tripoli") using the countries the article is about.
//!
//! ```
//! use kroniek_places::{Gazetteer, RankContext};
//! let tsv = "1\tcity\tTripoli\tLBY\tTripoli\t32.88\t13.19\t1150989\tTripoli\n\
//!            2\tcity\tTripoli\tLBN\tNorth\t34.43\t35.84\t229398\tTripoli|Trablous\n";
//! let gazetteer = Gazetteer::from_tsv(tsv).unwrap();
//! let found = gazetteer.find(&kroniek_text::fold("Fighting in Tripoli"));
//! let countries = ["LBN".to_string()];
//! let lebanon = RankContext { countries: &countries, ..RankContext::default() };
//! let best = gazetteer.rank(found[0].candidates, &lebanon).unwrap();
//! assert_eq!(gazetteer.entry(best).country, "LBN");
//! ```
#![deny(missing_docs)]

mod compiled;
mod error;

pub use error::{Error, Result};

use compiled::{fx, Layout, FIRST_BITS};
use kroniek_types::{short_eq, FxHashMap, FxHashSet, Place, PlacePrecision};
use std::path::{Path, PathBuf};

/// What a gazetteer entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Kind {
    /// A country.
    Country = 0,
    /// A province, governorate, state.
    Admin1 = 1,
    /// A populated place.
    City = 2,
}

/// One place, borrowed from the gazetteer.
#[derive(Debug, Clone, Copy)]
pub struct Entry<'g> {
    /// GeoNames id (admin areas built by Kroniek have none).
    pub geonameid: Option<u64>,
    /// What it is.
    pub kind: Kind,
    /// Canonical (English) name.
    pub name: &'g str,
    /// ISO3 country.
    pub country: &'g str,
    /// First-level admin area, by name; empty when unknown.
    pub admin1: &'g str,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Inhabitants.
    pub population: u64,
}

/// A place name found in folded text.
#[derive(Debug, Clone)]
pub struct NameMatch<'g> {
    /// Folded start (the first letter).
    pub start: usize,
    /// Folded end.
    pub end: usize,
    /// Entries with that name.
    pub candidates: &'g [u32],
}

/// What ranking knows of the article.
#[derive(Debug, Clone, Copy, Default)]
pub struct RankContext<'a> {
    /// ISO3 codes of the countries the article names, most named first.
    pub countries: &'a [String],
    /// A word beside the name says it is a province ("provincie Idlib", "Kharkiv oblast").
    pub admin_cue: bool,
    /// The matched words, folded: a place whose own name they are beats one for which they are
    /// only an alternate ("Rio Grande do Sul" the state, not the town of Rio Grande).
    pub name: &'a str,
    /// Where the places the article names without doubt lie (latitude, longitude): of several
    /// towns of one name, one near them is likelier ("Ramgarh" beside Jammu).
    pub near: &'a [(f64, f64)],
}

/// How close to a place the article names without doubt another must lie to count as near it.
pub const NEAR_KM: f64 = 250.0;

/// Distance in km on a sphere, good enough to tell near from far.
fn km_between(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (a.0.to_radians(), a.1.to_radians(), b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2) + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    6371.0 * 2.0 * h.sqrt().asin()
}

/// The size a place of unknown population ranks as: the smallest the data lists.
pub const UNKNOWN_POPULATION: u64 = 1_000;

/// The compiled gazetteer; immutable, share it across threads.
pub struct Gazetteer {
    bytes: Vec<u8>,
    layout: Layout,
    postings: Vec<u32>,
    countries: FxHashMap<String, u32>,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Gazetteer({} places, {} bytes)", self.len(), self.bytes.len())
    }
}

impl Gazetteer {
    /// Where the built gazetteer lives under a data folder.
    pub fn default_path(data_dir: &Path) -> PathBuf {
        data_dir.join("built").join("gazetteer.tsv")
    }

    /// Loads the built TSV at `path`, leaving out the names in `stop` (folded, e.g.
    /// `data/places/stop.tsv`). Reads the compiled `.bin` beside it when that was made from
    /// this TSV and stop list; otherwise compiles it and writes it there for next time (a
    /// read-only folder only costs the compile at every start).
    pub fn load(path: &Path, stop: &FxHashSet<String>) -> Result<Gazetteer> {
        let io = |source| Error::Io { path: path.to_path_buf(), source };
        let meta = std::fs::metadata(path).map_err(io)?;
        let fingerprint = fingerprint(&meta, stop);
        let bin = path.with_extension("bin");
        if let Ok(bytes) = std::fs::read(&bin) {
            if let Ok(g) = Gazetteer::from_bytes(bytes) {
                if g.layout.fingerprint == fingerprint {
                    return Ok(g);
                }
            }
        }
        let text = std::fs::read_to_string(path).map_err(io)?;
        let bytes = compiled::compile(&text, stop, fingerprint).map_err(|e| match e {
            Error::Syntax { line, message, .. } => Error::Syntax { path: path.to_path_buf(), line, message },
            other => other,
        })?;
        // Written aside and renamed: a concurrent start never reads half a file.
        let tmp = bin.with_extension(format!("bin.{}", std::process::id()));
        if std::fs::write(&tmp, &bytes).and_then(|_| std::fs::rename(&tmp, &bin)).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        Gazetteer::from_bytes(bytes)
    }

    /// Builds from TSV text (columns of `scripts/gazetteer/build.py`), in memory.
    pub fn from_tsv(text: &str) -> Result<Gazetteer> {
        Gazetteer::from_bytes(compiled::compile(text, &FxHashSet::default(), 0)?)
    }

    /// Opens the compiled form; an error when it is not one (wrong version, cut short).
    fn from_bytes(bytes: Vec<u8>) -> Result<Gazetteer> {
        let layout = compiled::layout(&bytes)
            .ok_or_else(|| Error::Syntax { path: PathBuf::new(), line: 0, message: "not a compiled gazetteer of this version".into() })?;
        let postings = compiled::postings(&bytes, &layout);
        if !compiled::postings_valid(&bytes, &layout, &postings) {
            return Err(Error::Syntax { path: PathBuf::new(), line: 0, message: "compiled gazetteer is damaged".into() });
        }
        let mut g = Gazetteer { bytes, layout, postings, countries: FxHashMap::default() };
        for id in 0..g.len() as u32 {
            // The summary reads no names: this runs over every place at start-up.
            let (kind, _, country) = g.summary(id);
            if kind == Kind::Country {
                g.countries.insert(country.to_string(), id);
            }
        }
        Ok(g)
    }

    /// Folded words of a one-name-a-line data file (`stop.tsv`, `admin_cues.tsv`); empty when
    /// the file is missing.
    pub fn word_list(path: &Path) -> FxHashSet<String> {
        std::fs::read_to_string(path)
            .unwrap_or_default()
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| kroniek_text::fold(l).trim().to_string())
            .collect()
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.layout.places
    }

    /// Whether it holds no place.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// An entry by index.
    pub fn entry(&self, id: u32) -> Entry<'_> {
        let (geonameid, population, lat, lon, strings, kind) = compiled::record(&self.bytes, &self.layout, id);
        let s = |i: usize| compiled::string(&self.bytes, &self.layout, strings[i]);
        Entry {
            geonameid: (geonameid != 0).then_some(geonameid as u64),
            kind: kind_of(kind),
            name: s(0),
            country: s(2),
            admin1: s(3),
            lat,
            lon,
            population: population as u64,
        }
    }

    /// What ranking and filtering need of an entry, read without its names: (kind, inhabitants,
    /// ISO3 country).
    pub fn summary(&self, id: u32) -> (Kind, u64, &str) {
        let (_, population, _, _, strings, kind) = compiled::record(&self.bytes, &self.layout, id);
        (kind_of(kind), population as u64, compiled::string(&self.bytes, &self.layout, strings[2]))
    }

    /// An entry's latitude and longitude, read without its names.
    pub fn coordinates(&self, id: u32) -> (f64, f64) {
        let (_, _, lat, lon, _, _) = compiled::record(&self.bytes, &self.layout, id);
        (lat, lon)
    }

    /// A country's entry id.
    pub fn country(&self, iso3: &str) -> Option<u32> {
        self.countries.get(iso3).copied()
    }

    /// The entries named exactly `folded` (one folded name).
    pub fn lookup(&self, folded: &str) -> Option<&[u32]> {
        let h = fx(folded.as_bytes());
        let (tag, mask) = (compiled::tag(h), self.layout.slot_count - 1);
        let mut i = h as usize & mask;
        loop {
            let (t, name, postings) = compiled::slot(&self.bytes, &self.layout, i);
            if t == 0 {
                return None;
            }
            if t == tag && compiled::string_bytes(&self.bytes, &self.layout, name) == folded.as_bytes() {
                let at = postings as usize;
                let n = *self.postings.get(at)? as usize;
                return self.postings.get(at + 1..at + 1 + n);
            }
            i = (i + 1) & mask;
        }
    }

    /// Whether some name starts with the folded words `prefix` (may say yes wrongly, never no).
    fn may_start_name(&self, prefix: &str) -> bool {
        let bit = fx(prefix.as_bytes()) as usize & (FIRST_BITS - 1);
        self.bytes[self.layout.firsts + bit / 8] & (1 << (bit % 8)) != 0
    }

    /// Every place name in `folded` (from `kroniek_text::fold`), longest at each position, not
    /// overlapping, in text order.
    pub fn find<'g>(&'g self, folded: &str) -> Vec<NameMatch<'g>> {
        let bytes = folded.as_bytes();
        let starts = (0..bytes.len()).filter(|&i| bytes[i] != b' ' && (i == 0 || bytes[i - 1] == b' '));
        self.find_at(folded, starts)
    }

    /// Like [`find`](Self::find), but names may only start at the word starts `starts` (folded
    /// offsets, ascending): the recogniser passes its capitalised words, so the other four in
    /// five words cost nothing.
    pub fn find_at<'g>(&'g self, folded: &str, starts: impl IntoIterator<Item = usize>) -> Vec<NameMatch<'g>> {
        let bytes = folded.as_bytes();
        let mut out = Vec::new();
        let mut ends = [0usize; compiled::MAX_WORDS];
        let mut reach = 0;
        for i in starts {
            if i < reach || i >= bytes.len() {
                continue;
            }
            // The ends of spans of 1.. words that some name starts with; the longest known
            // name among them wins.
            let mut n = 0;
            let mut e = next_space(bytes, i);
            while n < self.layout.max_words && self.may_start_name(&folded[i..e]) {
                ends[n] = e;
                n += 1;
                if e + 1 >= bytes.len() {
                    break;
                }
                e = next_space(bytes, e + 1);
            }
            if let Some((end, ids)) = ends[..n].iter().rev().find_map(|&end| self.lookup(&folded[i..end]).map(|ids| (end, ids))) {
                out.push(NameMatch { start: i, end, candidates: ids });
                reach = end;
            }
        }
        out
    }

    /// The most likely entry among `candidates`: countries and admin areas before towns of the
    /// same name, the article's countries before others, then the larger place.
    pub fn rank(&self, candidates: &[u32], ctx: &RankContext) -> Option<u32> {
        let mut best: Option<(f64, u32)> = None;
        for &id in candidates {
            let score = self.score(id, ctx);
            // Ties go to the entry listed first.
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, id));
            }
        }
        best.map(|(_, id)| id)
    }

    /// The ranking score of one candidate: log10 of its population (a seat of unknown size as
    /// one of [`UNKNOWN_POPULATION`]), plus 1 when the words are
    /// its own name rather than an alternate, plus 4 for a country, plus
    /// 3 for an admin area named as one ("provincie Idlib") and minus 2 otherwise ("Kherson" is
    /// the city), plus 4 when it lies in the article's most-named country and 3 in
    /// another named country, plus 1 when it lies within [`NEAR_KM`] of a place the article
    /// names without doubt. Shown by `kroniek places` for users tuning lexicons.
    pub fn score(&self, id: u32, ctx: &RankContext) -> f64 {
        // Read straight from the record: ranking runs for every candidate of every name.
        let (_, population, _, _, strings, kind) = compiled::record(&self.bytes, &self.layout, id);
        let text = |i: usize| compiled::string_bytes(&self.bytes, &self.layout, strings[i]);
        // GeoNames lists seats of unknown size with population 0; the data holds only places of
        // 1,000 people or more and such seats, so count them as that.
        let size = ((population as u64).max(UNKNOWN_POPULATION) as f64 + 1.0).log10();
        // A province beats a town of its name only when the text says province.
        let kind = match kind {
            0 => 4.0,
            1 if ctx.admin_cue => 3.0,
            1 => -2.0,
            _ => 0.0,
        };
        let country = text(2);
        let context = match ctx.countries.iter().position(|c| short_eq(c.as_bytes(), country)) {
            Some(0) => 4.0,
            Some(_) => 3.0,
            None => 0.0,
        };
        let own_name = if !ctx.name.is_empty() && text(1) == ctx.name.as_bytes() { 1.0 } else { 0.0 };
        let here = self.coordinates(id);
        // A degree of latitude is 111 km: most pairs are told apart without trigonometry.
        let near = ctx.near.iter().any(|&p| (p.0 - here.0).abs() * 111.0 <= NEAR_KM && km_between(p, here) <= NEAR_KM);
        let near = if near { 1.0 } else { 0.0 };
        size + kind + context + own_name + near
    }

    /// Whether `folded` is the entry's own (canonical) name rather than one of its alternates.
    pub fn is_own_name(&self, id: u32, folded: &str) -> bool {
        let (.., strings, _) = compiled::record(&self.bytes, &self.layout, id);
        compiled::string_bytes(&self.bytes, &self.layout, strings[1]) == folded.as_bytes()
    }

    /// The entry as the contract's place.
    pub fn place(&self, id: u32, text: &str) -> Place {
        let e = self.entry(id);
        Place {
            text: text.into(),
            name: e.name.into(),
            country: Some(e.country.into()),
            admin1: (!e.admin1.is_empty()).then(|| e.admin1.into()),
            lat: e.lat,
            lon: e.lon,
            geonameid: e.geonameid,
            precision: match e.kind {
                Kind::Country => PlacePrecision::Country,
                Kind::Admin1 => PlacePrecision::Admin1,
                Kind::City => PlacePrecision::City,
            },
            span: None,
        }
    }
}

/// What identifies the sources of a compiled file: the TSV's size and time, the stop list and
/// the format version.
fn fingerprint(meta: &std::fs::Metadata, stop: &FxHashSet<String>) -> u64 {
    let mut words: Vec<&str> = stop.iter().map(String::as_str).collect();
    words.sort_unstable();
    let modified = meta.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos() as u64);
    let mut h = fx(words.join("\n").as_bytes());
    for part in [meta.len(), modified, compiled::VERSION as u64] {
        h = fx(&(h ^ part).to_le_bytes());
    }
    h | 1 // 0 is "built in memory"
}

/// The kind stored in a record.
fn kind_of(byte: u8) -> Kind {
    match byte {
        0 => Kind::Country,
        1 => Kind::Admin1,
        _ => Kind::City,
    }
}

/// The next space at or after `from`, or the end.
fn next_space(bytes: &[u8], from: usize) -> usize {
    bytes[from..].iter().position(|&b| b == b' ').map_or(bytes.len(), |n| from + n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use kroniek_text::fold;

    const TSV: &str = "\
1\tcountry\tSyria\tSYR\t\t35.0\t38.0\t17000000\tSyria|Syrië
2\tadmin1\tIdlib\tSYR\tIdlib\t35.88\t36.62\t300000\tIdlib|Idleb
169389\tcity\tIdlib\tSYR\tIdlib\t35.93\t36.63\t128840\tIdlib
524901\tcity\tMoscow\tRUS\tMoscow\t55.75\t37.62\t10381222\tMoscow|Moskou
5202009\tcity\tMoscow\tUSA\tPennsylvania\t41.34\t-75.52\t1960\tMoscow
10\tcity\tMaarrat an Nu'man\tSYR\tIdlib\t35.64\t36.67\t58008\tMaarrat an Nu'man|Maarat al-Numan|Ma'arrat al-Nu'man
20\tcity\tParis\tFRA\tIle-de-France\t48.85\t2.35\t2138551\tParis|Parijs
21\tcity\tParis\tUSA\tTexas\t33.66\t-95.56\t24782\tParis
";

    fn g() -> Gazetteer {
        Gazetteer::from_tsv(TSV).unwrap()
    }

    fn best(text: &str, countries: &[&str]) -> Vec<(String, String)> {
        let g = g();
        let owned: Vec<String> = countries.iter().map(|c| c.to_string()).collect();
        let ctx = RankContext { countries: &owned, ..RankContext::default() };
        g.find(&fold(text))
            .iter()
            .map(|m| {
                let e = g.entry(g.rank(m.candidates, &ctx).unwrap());
                (e.name.to_string(), e.country.to_string())
            })
            .collect()
    }

    #[test]
    fn finds_longest_names_and_variants() {
        let s = |v: &[(&str, &str)]| v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect::<Vec<_>>();
        assert_eq!(best("Poetin in Moskou; beschietingen in Ma'arrat al-Nu'man en Idleb.", &[]), s(&[("Moscow", "RUS"), ("Maarrat an Nu'man", "SYR"), ("Idlib", "SYR")]));
        assert_eq!(best("Parijs en Paris", &[]), s(&[("Paris", "FRA"), ("Paris", "FRA")]));
        assert_eq!(best("Paris, Texas", &["USA"]), s(&[("Paris", "USA")]));
        assert!(best("de provincie is groot", &[]).is_empty());
    }

    #[test]
    fn provinces_before_towns_of_the_same_name_only_when_named_so() {
        let g = g();
        let m = &g.find(&fold("in Idlib"))[0];
        assert_eq!(g.entry(g.rank(m.candidates, &RankContext::default()).unwrap()).kind, Kind::City);
        let cue = RankContext { admin_cue: true, ..RankContext::default() };
        assert_eq!(g.entry(g.rank(m.candidates, &cue).unwrap()).kind, Kind::Admin1);
        let p = g.place(g.rank(m.candidates, &cue).unwrap(), "Idlib");
        assert_eq!((p.precision, p.country.as_deref()), (PlacePrecision::Admin1, Some("SYR")));
    }

    #[test]
    fn of_two_towns_of_one_name_the_one_near_the_article_s_places_wins() {
        let g = Gazetteer::from_tsv(
            "1\tcity\tRamgarh\tIND\tJharkhand\t23.63\t85.52\t88781\tRamgarh\n\
             2\tcity\tRamgarh\tIND\tKashmir\t32.60\t75.05\t30000\tRamgarh\n",
        )
        .unwrap();
        let m = &g.find(&fold("Ramgarh"))[0];
        assert_eq!(g.entry(g.rank(m.candidates, &RankContext::default()).unwrap()).admin1, "Jharkhand");
        let jammu = [(32.73, 74.86)];
        let near = RankContext { near: &jammu, ..RankContext::default() };
        assert_eq!(g.entry(g.rank(m.candidates, &near).unwrap()).admin1, "Kashmir");
        assert!(km_between((32.73, 74.86), (32.60, 75.05)) < 30.0);
    }

    #[test]
    fn load_compiles_once_and_recovers_from_a_damaged_file() {
        let dir = std::env::temp_dir().join(format!("kroniek-places-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let tsv = dir.join("gazetteer.tsv");
        std::fs::write(&tsv, TSV).unwrap();
        let stop: FxHashSet<String> = ["paris".to_string()].into_iter().collect();
        let first = Gazetteer::load(&tsv, &stop).unwrap();
        let bin = tsv.with_extension("bin");
        assert!(bin.exists(), "the compiled form is written beside the TSV");
        assert!(first.find(&fold("Paris")).is_empty(), "stop names are left out");
        // A damaged or cut-short file is compiled again, not trusted.
        let bytes = std::fs::read(&bin).unwrap();
        std::fs::write(&bin, &bytes[..bytes.len() / 2]).unwrap();
        let again = Gazetteer::load(&tsv, &stop).unwrap();
        assert_eq!(again.len(), first.len());
        assert_eq!(std::fs::read(&bin).unwrap(), bytes, "the same sources compile to the same bytes");
        // Another stop list is another compiled file.
        let open = Gazetteer::load(&tsv, &FxHashSet::default()).unwrap();
        assert_eq!(open.find(&fold("Paris")).len(), 1);
        std::fs::remove_dir_all(dir).ok();
    }

    #[test]
    fn transliterations_match_with_and_without_their_apostrophes() {
        let g = Gazetteer::from_tsv("339708\tcity\tDebre Mark’os\tETH\tAmhara\t10.35\t37.73\t140700\tDebre Mark’os\n").unwrap();
        for text in ["Debre Markos", "Debre Mark'os", "Debre Mark’os"] {
            assert_eq!(g.find(&fold(text)).len(), 1, "{text}");
        }
    }

    #[test]
    fn bad_rows_name_their_line() {
        let err = Gazetteer::from_tsv("1\tcity\tX\n").err().unwrap().to_string();
        assert!(err.contains(":1:") || err.contains("line 1") || err.contains("9 columns"), "{err}");
    }

    /// The built gazetteer, when it is there: load time and memory are printed, not asserted.
    #[test]
    fn the_built_gazetteer_places_the_seed() {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        let path = Gazetteer::default_path(&data);
        if !path.exists() {
            eprintln!("{} not built; skipped", path.display());
            return;
        }
        let rss = || std::fs::read_to_string("/proc/self/status").ok().and_then(|s| s.lines().find(|l| l.starts_with("VmRSS:")).and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())).unwrap_or(0);
        let (before, t) = (rss(), std::time::Instant::now());
        // The pipeline's stop list, so that the compiled file stays the one the pipeline uses.
        let g = Gazetteer::load(&path, &Gazetteer::word_list(&data.join("places/stop.tsv"))).unwrap();
        println!("gazetteer: {} places loaded in {} ms, {} MB", g.len(), t.elapsed().as_millis(), (rss() - before) / 1024);
        let syria = ["SYR".to_string()];
        let ctx = RankContext { countries: &syria, admin_cue: true, ..RankContext::default() };
        let found = g.find(&fold("in de Syrische provincie Idlib, in Moskou afgesproken"));
        let places: Vec<Entry> = found.iter().map(|m| g.entry(g.rank(m.candidates, &ctx).unwrap())).collect();
        let idlib = places.iter().find(|e| e.name == "Idlib").expect("Idlib");
        assert_eq!((idlib.kind, idlib.country), (Kind::Admin1, "SYR"));
        assert!((idlib.lat - 35.93).abs() < 0.27 && (idlib.lon - 36.63).abs() < 0.33, "within 30 km");
        let moscow = places.iter().find(|e| e.name == "Moscow").expect("Moskou");
        assert!((moscow.lat - 55.76).abs() < 0.18 && (moscow.lon - 37.62).abs() < 0.3, "within 20 km");
    }
}
