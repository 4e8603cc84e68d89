//! The gazetteer's compact binary form: what [`crate::Gazetteer`] reads in a few milliseconds
//! instead of folding and hashing 400,000 names at every start.
//!
//! Little-endian, in this order:
//!
//! | part      | what                                                                  |
//! |-----------|-----------------------------------------------------------------------|
//! | header    | magic `KRGZ`, format version, source fingerprint, section sizes       |
//! | records   | one [`RECORD`]-byte row per place (id, population, lat, lon, strings) |
//! | strings   | length-prefixed UTF-8: names, folded names, countries, admin areas    |
//! | slots     | open-addressing table of folded names: (hash tag, name, postings)     |
//! | postings  | per name: a count, then the place ids that carry it                   |
//! | prefixes  | a bitset of the hashes of every word prefix of every name             |
//!
//! The table is probed with the same Fx hash at build and lookup, so the file is the index:
//! loading it is a read and a bounds check, with no parsing.

use crate::{Error, Kind, Result};
use kroniek_text::Folded;
use kroniek_types::FxHashSet;
use std::collections::HashMap;
use std::path::PathBuf;

/// Bumped whenever the layout or what goes into it changes; older files are rebuilt.
pub(crate) const VERSION: u32 = 4;
const MAGIC: &[u8; 4] = b"KRGZ";
const HEADER: usize = 48;
/// Bytes per place: geonameid u32, population u32, lat f64, lon f64, then the string offsets
/// of name, folded name, country and admin1 (u32 each), kind u8 and padding.
pub(crate) const RECORD: usize = 44;
const SLOT: usize = 12;
/// Bits in the name-prefix filter (256 KiB): few false positives for ~600,000 prefixes.
pub(crate) const FIRST_BITS: usize = 1 << 21;
/// The apostrophes transliterations use.
const APOSTROPHES: [char; 4] = ['\'', '’', 'ʼ', '`'];

/// Longest place name, in words, that is looked for.
pub(crate) const MAX_WORDS: usize = 6;

/// The hash of a folded name as the stored table is probed with it: `FxHasher`, with the high
/// bits folded down because the table index uses the low ones.
pub(crate) fn fx(bytes: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut hasher = kroniek_types::FxHasher::default();
    hasher.write(bytes);
    let h = hasher.finish();
    h ^ (h >> 29)
}

/// Section offsets of a validated file.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Layout {
    pub fingerprint: u64,
    pub places: usize,
    pub max_words: usize,
    pub records: usize,
    pub strings: usize,
    pub slots: usize,
    pub slot_count: usize,
    pub postings: usize,
    pub postings_len: usize,
    pub firsts: usize,
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().expect("4 bytes"))
}

/// Reads and checks the header: every section must lie inside `bytes`.
pub(crate) fn layout(bytes: &[u8]) -> Option<Layout> {
    if bytes.len() < HEADER || &bytes[..4] != MAGIC || u32_at(bytes, 4) != VERSION {
        return None;
    }
    let fingerprint = u64::from_le_bytes(bytes[8..16].try_into().ok()?);
    let places = u32_at(bytes, 16) as usize;
    let max_words = u32_at(bytes, 20) as usize;
    let strings_len = u32_at(bytes, 24) as usize;
    let slot_count = u32_at(bytes, 28) as usize;
    let postings_len = u32_at(bytes, 32) as usize;
    let records = HEADER;
    let strings = records + places * RECORD;
    let slots = strings + strings_len;
    let postings = slots + slot_count * SLOT;
    let firsts = postings + postings_len * 4;
    let ok = slot_count.is_power_of_two() && max_words <= MAX_WORDS && firsts + FIRST_BITS / 8 == bytes.len();
    ok.then_some(Layout { fingerprint, places, max_words, records, strings, slots, slot_count, postings, postings_len, firsts })
}

/// Parsed TSV rows, ready to be laid out.
#[derive(Default)]
struct Builder {
    records: Vec<u8>,
    strings: Vec<u8>,
    interned: HashMap<String, u32>,
    names: HashMap<String, Vec<u32>>,
    max_words: usize,
}

impl Builder {
    /// A string's offset, stored once however often it repeats (country codes, admin areas).
    fn intern(&mut self, s: &str) -> u32 {
        if let Some(&at) = self.interned.get(s) {
            return at;
        }
        let at = self.strings.len() as u32;
        let mut cut = s.len().min(u16::MAX as usize);
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        let s = &s[..cut];
        self.strings.extend_from_slice(&(s.len() as u16).to_le_bytes());
        self.strings.extend_from_slice(s.as_bytes());
        self.interned.insert(s.to_string(), at);
        at
    }
}

/// Compiles the built TSV (columns of `scripts/gazetteer/build.py`) into the binary form,
/// leaving out the folded names in `stop`. `fingerprint` identifies the sources.
pub(crate) fn compile(tsv: &str, stop: &FxHashSet<String>, fingerprint: u64) -> Result<Vec<u8>> {
    let mut b = Builder { max_words: 1, ..Builder::default() };
    let mut folded = Folded::default();
    let mut places = 0u32;
    for (i, line) in tsv.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = |message: &str| Error::Syntax { path: PathBuf::new(), line: i + 1, message: message.to_string() };
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 9 {
            return Err(bad("expected 9 columns"));
        }
        let kind = match cols[1] {
            "country" => Kind::Country,
            "admin1" => Kind::Admin1,
            "city" => Kind::City,
            _ => return Err(bad("kind must be country, admin1 or city")),
        };
        let num = |s: &str| s.parse::<f64>().map_err(|_| bad("bad number"));
        let (lat, lon) = (num(cols[5])?, num(cols[6])?);
        folded.fold_from(cols[2]);
        let key = folded.text.trim().to_string();
        let row = [b.intern(cols[2]), b.intern(&key), b.intern(cols[3]), b.intern(cols[4])];
        b.records.extend_from_slice(&cols[0].parse::<u32>().unwrap_or(0).to_le_bytes());
        b.records.extend_from_slice(&cols[7].parse::<u64>().unwrap_or(0).min(u32::MAX as u64).to_le_bytes()[..4]);
        b.records.extend_from_slice(&lat.to_le_bytes());
        b.records.extend_from_slice(&lon.to_le_bytes());
        row.iter().for_each(|at| b.records.extend_from_slice(&at.to_le_bytes()));
        b.records.extend_from_slice(&[kind as u8, 0, 0, 0]);
        let id = places;
        places += 1;
        // Transliterations write apostrophes where reports often leave them out ("Debre
        // Mark'os" is "Debre Markos" in most papers): index both spellings.
        let joined: Vec<String> = cols[8]
            .split('|')
            .filter(|n| n.contains(APOSTROPHES))
            .map(|n| n.replace(APOSTROPHES, ""))
            .collect();
        for name in cols[8].split('|').chain(joined.iter().map(String::as_str)) {
            folded.fold_from(name);
            let key = folded.text.trim();
            // Two-letter names match too much ordinary text; stop names are ordinary words.
            if key.len() < 3 || stop.contains(key) {
                continue;
            }
            let words = key.split(' ').count();
            if words > MAX_WORDS {
                continue;
            }
            b.max_words = b.max_words.max(words);
            let ids = b.names.entry(key.to_string()).or_default();
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    Ok(lay_out(b, places, fingerprint))
}

fn lay_out(mut b: Builder, places: u32, fingerprint: u64) -> Vec<u8> {
    let mut names: Vec<(String, Vec<u32>)> = b.names.drain().collect();
    names.sort(); // same input, same bytes
    let slot_count = (names.len() * 2).next_power_of_two().max(16);
    let mut slots = vec![0u8; slot_count * SLOT];
    let mut postings: Vec<u32> = Vec::new();
    let mut firsts = vec![0u8; FIRST_BITS / 8];
    for (name, ids) in &names {
        let at = b.intern(name);
        let h = fx(name.as_bytes());
        let mut i = h as usize & (slot_count - 1);
        while u32_at(&slots, i * SLOT) != 0 {
            i = (i + 1) & (slot_count - 1);
        }
        let s = &mut slots[i * SLOT..(i + 1) * SLOT];
        s[..4].copy_from_slice(&tag(h).to_le_bytes());
        s[4..8].copy_from_slice(&at.to_le_bytes());
        s[8..12].copy_from_slice(&(postings.len() as u32).to_le_bytes());
        postings.push(ids.len() as u32);
        postings.extend_from_slice(ids);
        // Every word prefix of the name ("rio", "rio grande", "rio grande do", ...), so that
        // a lookup stops extending as soon as no name continues that way.
        for (end, _) in name.match_indices(' ').chain(std::iter::once((name.len(), ""))) {
            let bit = fx(&name.as_bytes()[..end]) as usize & (FIRST_BITS - 1);
            firsts[bit / 8] |= 1 << (bit % 8);
        }
    }
    let mut out = Vec::with_capacity(HEADER + b.records.len() + b.strings.len() + slots.len() + postings.len() * 4 + firsts.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.extend_from_slice(&fingerprint.to_le_bytes());
    for word in [places, b.max_words as u32, b.strings.len() as u32, slot_count as u32, postings.len() as u32] {
        out.extend_from_slice(&word.to_le_bytes());
    }
    out.resize(HEADER, 0);
    out.extend_from_slice(&b.records);
    out.extend_from_slice(&b.strings);
    out.extend_from_slice(&slots);
    postings.iter().for_each(|p| out.extend_from_slice(&p.to_le_bytes()));
    out.extend_from_slice(&firsts);
    out
}

/// The stored tag of a hash: never 0, which marks an empty slot.
pub(crate) fn tag(h: u64) -> u32 {
    ((h >> 32) as u32) | 1
}

/// Slot `i`: (tag, name offset, postings offset).
pub(crate) fn slot(bytes: &[u8], l: &Layout, i: usize) -> (u32, u32, u32) {
    let at = l.slots + i * SLOT;
    (u32_at(bytes, at), u32_at(bytes, at + 4), u32_at(bytes, at + 8))
}

/// A stored string by offset; empty when the offset is out of bounds.
pub(crate) fn string<'b>(bytes: &'b [u8], l: &Layout, at: u32) -> &'b str {
    let b = string_bytes(bytes, l, at);
    if b.is_ascii() {
        // SAFETY: ASCII is UTF-8. Codes and most names are ASCII, and this check is inlined
        // where a full validation is a call: strings are read for every place candidate.
        return unsafe { std::str::from_utf8_unchecked(b) };
    }
    std::str::from_utf8(b).unwrap_or("")
}

/// A stored string's bytes, unchecked for UTF-8 (lookups only compare them).
pub(crate) fn string_bytes<'b>(bytes: &'b [u8], l: &Layout, at: u32) -> &'b [u8] {
    let start = l.strings + at as usize;
    let Some(len) = bytes.get(start..start + 2).map(|b| u16::from_le_bytes([b[0], b[1]]) as usize) else { return &[] };
    bytes.get(start + 2..(start + 2 + len).min(l.slots)).unwrap_or(&[])
}

/// The raw fields of record `id`: (geonameid, population, lat, lon, [name, key, country, admin1], kind).
pub(crate) fn record(bytes: &[u8], l: &Layout, id: u32) -> (u32, u32, f64, f64, [u32; 4], u8) {
    let at = l.records + id as usize * RECORD;
    let r = &bytes[at..at + RECORD];
    let f = |o: usize| f64::from_le_bytes(r[o..o + 8].try_into().expect("8 bytes"));
    let s = |o: usize| u32_at(r, o);
    (s(0), s(4), f(8), f(16), [s(24), s(28), s(32), s(36)], r[RECORD - 4])
}

/// Every postings value, decoded once (aligned u32s that name matches can borrow).
pub(crate) fn postings(bytes: &[u8], l: &Layout) -> Vec<u32> {
    bytes[l.postings..l.postings + l.postings_len * 4].chunks_exact(4).map(|c| u32::from_le_bytes(c.try_into().expect("4 bytes"))).collect()
}

/// Whether every slot's postings lie inside the postings and name existing places, so that
/// lookups on a damaged file cannot index out of bounds.
pub(crate) fn postings_valid(bytes: &[u8], l: &Layout, postings: &[u32]) -> bool {
    (0..l.slot_count).all(|i| {
        let (tag, _, at) = slot(bytes, l, i);
        if tag == 0 {
            return true;
        }
        let at = at as usize;
        let Some(&n) = postings.get(at) else { return false };
        postings.get(at + 1..at + 1 + n as usize).is_some_and(|ids| ids.iter().all(|&id| (id as usize) < l.places))
    })
}
