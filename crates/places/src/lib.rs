//! The offline gazetteer: every place of 1,000+ people, first-level admin areas and countries,
//! with GeoNames ids, coordinates and names in many languages.
//!
//! [`Gazetteer::load`] reads `data/built/gazetteer.tsv` (built by `scripts/gazetteer/build.sh`
//! from registry packages) and indexes every name in folded form (`kroniek_text::fold`).
//! [`Gazetteer::find`] lists the place names in a folded text, longest first, with their
//! candidates; [`Gazetteer::rank`] picks among candidates ("Tripoli") using the countries the
//! article is about.
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
//! assert_eq!(&*gazetteer.entry(best).country, "LBN");
//! ```
#![deny(missing_docs)]

mod error;

pub use error::{Error, Result};

use kroniek_text::Folded;
use kroniek_types::{Place, PlacePrecision};
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::path::{Path, PathBuf};

/// A fast hasher for short strings (the Fx multiply-rotate hash): every word of every article
/// is looked up, and SipHash's resistance to flooding buys nothing against our own data.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(c.try_into().expect("8 bytes"))).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(K);
        }
    }
    fn write_u8(&mut self, b: u8) {
        self.write(&[b]);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type Fx = BuildHasherDefault<FxHasher>;

/// What a gazetteer entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A country.
    Country,
    /// A province, governorate, state.
    Admin1,
    /// A populated place.
    City,
}

/// One place.
#[derive(Debug, Clone)]
pub struct Entry {
    /// GeoNames id (admin areas built by Kroniek have none).
    pub geonameid: Option<u64>,
    /// What it is.
    pub kind: Kind,
    /// Canonical (English) name.
    pub name: String,
    /// ISO3 country (shared between entries: loading is a third faster without a string each).
    pub country: std::sync::Arc<str>,
    /// First-level admin area, by name (shared likewise).
    pub admin1: std::sync::Arc<str>,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Inhabitants.
    pub population: u64,
    /// The canonical name, folded (for ranking).
    key: Box<str>,
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
}

/// The compiled gazetteer; immutable, share it across threads.
pub struct Gazetteer {
    entries: Vec<Entry>,
    names: HashMap<Box<str>, Vec<u32>, Fx>,
    first_words: HashSet<Box<str>, Fx>,
    max_words: usize,
    countries: HashMap<String, u32>,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Gazetteer({} places, {} names)", self.entries.len(), self.names.len())
    }
}

/// Longest place name, in words, that is looked for.
const MAX_WORDS: usize = 6;

impl Gazetteer {
    /// Where the built gazetteer lives under a data folder.
    pub fn default_path(data_dir: &Path) -> PathBuf {
        data_dir.join("built").join("gazetteer.tsv")
    }

    /// Loads the built TSV, leaving out the names in `stop` (folded), e.g. `data/places/stop.tsv`.
    pub fn load(path: &Path, stop: &HashSet<String>) -> Result<Gazetteer> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
        let mut g = Gazetteer::from_tsv(&text).map_err(|e| match e {
            Error::Syntax { line, message, .. } => Error::Syntax { path: path.to_path_buf(), line, message },
            other => other,
        })?;
        g.names.retain(|name, _| !stop.contains(&**name));
        Ok(g)
    }

    /// Folded words of a one-name-a-line data file (`stop.tsv`, `admin_cues.tsv`); empty when
    /// the file is missing.
    pub fn word_list(path: &Path) -> HashSet<String> {
        std::fs::read_to_string(path)
            .unwrap_or_default()
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| kroniek_text::fold(l).trim().to_string())
            .collect()
    }

    /// Builds from TSV text (columns of `scripts/gazetteer/build.py`), parsing and folding the
    /// two halves of the file on two threads (loading is most of Kroniek's start-up).
    pub fn from_tsv(text: &str) -> Result<Gazetteer> {
        let mut cut = text.len() / 2;
        while cut < text.len() && text.as_bytes()[cut - 1] != b'\n' {
            cut += 1;
        }
        let (head, tail) = text.split_at(cut.min(text.len()));
        let head_lines = head.lines().count();
        let (first, second) = std::thread::scope(|s| {
            let second = s.spawn(|| Gazetteer::parse(tail, head_lines));
            (Gazetteer::parse(head, 0), second.join())
        });
        let mut g = first?;
        let second = second.map_err(|_| Error::Syntax { path: PathBuf::new(), line: 0, message: "loader thread failed".into() })??;
        let offset = g.entries.len() as u32;
        g.entries.extend(second.entries);
        g.max_words = g.max_words.max(second.max_words);
        for (iso3, id) in second.countries {
            g.countries.insert(iso3, id + offset);
        }
        g.first_words.extend(second.first_words);
        g.names.reserve(second.names.len());
        for (name, mut ids) in second.names {
            ids.iter_mut().for_each(|id| *id += offset);
            match g.names.get_mut(&name) {
                Some(slot) => slot.extend(ids),
                None => drop(g.names.insert(name, ids)),
            }
        }
        Ok(g)
    }

    /// Parses TSV lines; ids count from 0 within `text`, `first_line` numbers error messages.
    fn parse(text: &str, first_line: usize) -> Result<Gazetteer> {
        // Sized up front: growing these maps was a tenth of the load.
        let lines = text.bytes().filter(|&b| b == b'\n').count() + 1;
        let mut g = Gazetteer {
            entries: Vec::with_capacity(lines),
            names: HashMap::with_capacity_and_hasher(lines + lines / 2, Fx::default()),
            first_words: HashSet::with_capacity_and_hasher(lines, Fx::default()),
            max_words: 1,
            countries: HashMap::new(),
        };
        let mut folded = Folded::default();
        // Country codes and admin names repeat thousands of times: one shared string each.
        let mut shared: HashMap<&str, std::sync::Arc<str>, Fx> = HashMap::default();
        for (i, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |message: &str| Error::Syntax { path: PathBuf::new(), line: first_line + i + 1, message: message.to_string() };
            let mut cols = [""; 9];
            let mut n = 0;
            for (slot, col) in cols.iter_mut().zip(line.split('\t')) {
                *slot = col;
                n += 1;
            }
            if n < 9 {
                return Err(bad("expected 9 columns"));
            }
            let kind = match cols[1] {
                "country" => Kind::Country,
                "admin1" => Kind::Admin1,
                "city" => Kind::City,
                _ => return Err(bad("kind must be country, admin1 or city")),
            };
            let num = |s: &str| s.parse::<f64>().map_err(|_| bad("bad number"));
            let id = g.entries.len() as u32;
            g.entries.push(Entry {
                geonameid: cols[0].parse().ok(),
                kind,
                name: cols[2].to_string(),
                country: shared.entry(cols[3]).or_insert_with(|| cols[3].into()).clone(),
                admin1: shared.entry(cols[4]).or_insert_with(|| cols[4].into()).clone(),
                lat: num(cols[5])?,
                lon: num(cols[6])?,
                population: cols[7].parse().unwrap_or(0),
                key: {
                    folded.fold_from(cols[2]);
                    folded.text.trim().into()
                },
            });
            if kind == Kind::Country {
                g.countries.insert(cols[3].to_string(), id);
            }
            for name in cols[8].split('|') {
                folded.fold_from(name);
                let key = folded.text.trim();
                if key.len() < 3 {
                    continue; // two-letter names match too much ordinary text
                }
                let words = key.split(' ').count();
                if words > MAX_WORDS {
                    continue;
                }
                g.max_words = g.max_words.max(words);
                let first = key.split(' ').next().unwrap_or(key);
                if !g.first_words.contains(first) {
                    g.first_words.insert(first.into());
                }
                match g.names.get_mut(key) {
                    Some(ids) if !ids.contains(&id) => ids.push(id),
                    Some(_) => {}
                    None => drop(g.names.insert(key.into(), vec![id])),
                }
            }
        }
        Ok(g)
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it holds no place.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// An entry by index.
    pub fn entry(&self, id: u32) -> &Entry {
        &self.entries[id as usize]
    }

    /// A country's entry id.
    pub fn country(&self, iso3: &str) -> Option<u32> {
        self.countries.get(iso3).copied()
    }

    /// Every place name in `folded` (from `kroniek_text::fold`), longest at each position, not
    /// overlapping, in text order.
    pub fn find<'g>(&'g self, folded: &str) -> Vec<NameMatch<'g>> {
        let bytes = folded.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        let mut ends = [0usize; MAX_WORDS];
        while i < bytes.len() {
            if bytes[i] == b' ' {
                i += 1;
                continue;
            }
            let word_end = memchr_space(bytes, i);
            if !self.first_words.contains(&folded[i..word_end]) {
                i = word_end;
                continue;
            }
            // The ends of spans of 1.. words; the longest known name wins.
            let mut n = 0;
            let mut e = word_end;
            while n < self.max_words {
                ends[n] = e;
                n += 1;
                if e + 1 >= bytes.len() {
                    break;
                }
                e = memchr_space(bytes, e + 1);
            }
            let hit = ends[..n].iter().rev().find_map(|&end| self.names.get(&folded[i..end]).map(|ids| (end, ids)));
            match hit {
                Some((end, ids)) => {
                    out.push(NameMatch { start: i, end, candidates: ids });
                    i = end;
                }
                None => i = word_end,
            }
        }
        out
    }

    /// The most likely entry among `candidates`: countries and admin areas before towns of the
    /// same name, the article's countries before others, then the larger place.
    pub fn rank(&self, candidates: &[u32], ctx: &RankContext) -> Option<u32> {
        candidates.iter().copied().max_by(|a, b| self.score(*a, ctx).total_cmp(&self.score(*b, ctx)).then(b.cmp(a)))
    }

    /// The ranking score of one candidate: log10 of its population, plus 1 when the words are
    /// its own name rather than an alternate, plus 4 for a country, plus
    /// 3 for an admin area named as one ("provincie Idlib") and minus 2 otherwise ("Kherson" is
    /// the city), plus 4 when it lies in the article's most-named country and 3 in
    /// another named country. Shown by `kroniek places` for users tuning lexicons.
    pub fn score(&self, id: u32, ctx: &RankContext) -> f64 {
        let score = |&id: &u32| -> f64 {
            let e = &self.entries[id as usize];
            let size = ((e.population + 1) as f64).log10();
            // A province beats a town of its name only when the text says province.
            let kind = match e.kind {
                Kind::Country => 4.0,
                Kind::Admin1 if ctx.admin_cue => 3.0,
                Kind::Admin1 => -2.0,
                Kind::City => 0.0,
            };
            let context = match ctx.countries.iter().position(|c| **c == *e.country) {
                Some(0) => 4.0,
                Some(_) => 3.0,
                None => 0.0,
            };
            let own_name = if !ctx.name.is_empty() && &*e.key == ctx.name { 1.0 } else { 0.0 };
            size + kind + context + own_name
        };
        score(&id)
    }

    /// The entry as the contract's place.
    pub fn place(&self, id: u32, text: &str) -> Place {
        let e = &self.entries[id as usize];
        Place {
            text: text.to_string(),
            name: e.name.clone(),
            country: Some(e.country.to_string()),
            admin1: (!e.admin1.is_empty()).then(|| e.admin1.to_string()),
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

/// The next space at or after `from`, or the end.
fn memchr_space(bytes: &[u8], from: usize) -> usize {
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
                (e.name.clone(), e.country.to_string())
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
    fn bad_rows_name_their_line() {
        let err = Gazetteer::from_tsv("1\tcity\tX\n").err().unwrap().to_string();
        assert!(err.contains(":1:") || err.contains("line 1") || err.contains("9 columns"), "{err}");
    }

    /// The built gazetteer, when it is there: load time and memory are printed, not asserted.
    #[test]
    fn the_built_gazetteer_places_the_seed() {
        let path = Gazetteer::default_path(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data"));
        if !path.exists() {
            eprintln!("{} not built; skipped", path.display());
            return;
        }
        let rss = || std::fs::read_to_string("/proc/self/status").ok().and_then(|s| s.lines().find(|l| l.starts_with("VmRSS:")).and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())).unwrap_or(0);
        let (before, t) = (rss(), std::time::Instant::now());
        let g = Gazetteer::load(&path, &HashSet::new()).unwrap();
        println!("gazetteer: {} places loaded in {} ms, {} MB", g.len(), t.elapsed().as_millis(), (rss() - before) / 1024);
        let syria = ["SYR".to_string()];
        let ctx = RankContext { countries: &syria, admin_cue: true, ..RankContext::default() };
        let found = g.find(&fold("in de Syrische provincie Idlib, in Moskou afgesproken"));
        let places: Vec<&Entry> = found.iter().map(|m| g.entry(g.rank(m.candidates, &ctx).unwrap())).collect();
        let idlib = places.iter().find(|e| e.name == "Idlib").expect("Idlib");
        assert_eq!((idlib.kind, &*idlib.country), (Kind::Admin1, "SYR"));
        assert!((idlib.lat - 35.93).abs() < 0.27 && (idlib.lon - 36.63).abs() < 0.33, "within 30 km");
        let moscow = places.iter().find(|e| e.name == "Moscow").expect("Moskou");
        assert!((moscow.lat - 55.76).abs() < 0.18 && (moscow.lon - 37.62).abs() < 0.3, "within 20 km");
    }
}
