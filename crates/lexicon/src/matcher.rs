//! The compiled form of every lexicon form: a trie over whole folded words.
//!
//! Lexicon forms are whole words ("turkse president", "om het leven") or end in a stem
//! ("bombardeer*"), and folded text is words separated by single spaces. So matching walks the
//! text a word at a time: one probe of a flat table finds whether any form starts there, and the
//! trie is followed only while a form continues. This does a few table probes per word where a
//! byte automaton steps through every byte, and it needs no boundary checks afterwards.
//!
//! The trie's edges (whole next words) and its stems (keyed by their first bytes) live in two
//! open-addressing tables keyed by (node, word): each text word is hashed once, and a probe
//! compares a stored hash before it compares bytes.

use crate::Hit;
use kroniek_types::{short_eq, FxHashMap};

/// Stems are looked up by their first bytes; shorter stems are tried on every word.
const STEM_KEY: usize = 3;

/// Letters a compound needs before its head: "legertroepen" yes, "stroepen" no.
const MIN_COMPOUND_PREFIX: usize = 3;

/// No pattern ends at a node.
const NONE: u32 = u32::MAX;

/// A word's hash: Fx over 8-byte chunks, inlined because it runs once per word of every article.
#[inline]
fn word_hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        h = (h.rotate_left(5) ^ u64::from_le_bytes(c.try_into().expect("8 bytes"))).wrapping_mul(K);
    }
    // The tail in one step, read as overlapping loads (with the length mixed in first, they
    // still tell every tail apart) rather than copied out, which stalls on the store.
    let rest = chunks.remainder();
    let n = rest.len();
    let tail = match n {
        0 => return h,
        1..=3 => rest[0] as u64 | (rest[n / 2] as u64) << 8 | (rest[n - 1] as u64) << 16,
        _ => {
            let lo = u32::from_le_bytes(rest[..4].try_into().expect("4 bytes"));
            let hi = u32::from_le_bytes(rest[n - 4..].try_into().expect("4 bytes"));
            lo as u64 | (hi as u64) << 32
        }
    };
    (h.rotate_left(5) ^ tail).wrapping_mul(K)
}

/// The hash of a stem key: exactly `STEM_KEY` bytes, so three loads and one multiply, where
/// [`word_hash`] handles any length. It runs at every step of the trie walk.
#[inline]
fn stem_key_hash(key: &[u8]) -> u64 {
    (key[0] as u64 | (key[1] as u64) << 8 | (key[2] as u64) << 16).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// 64-bit words in the stem filter.
const STEM_FILTER_WORDS: usize = 16;

/// The stem filter's bit for a (node, first bytes) key.
#[inline]
fn stem_bit(node: u32, hash: u64) -> usize {
    (keyed(node, hash) >> 54) as usize % (STEM_FILTER_WORDS * 64)
}

/// The table hash of a key under `node`: the key's own hash mixed with the node.
#[inline]
fn keyed(node: u32, hash: u64) -> u64 {
    (hash ^ (node as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)).wrapping_mul(0x2545_f491_4f6c_dd1d)
}

/// A key (node, bytes in the arena) and what it leads to.
#[derive(Debug, Clone, Copy)]
struct Slot {
    node: u32,
    /// Arena offset and length of the key bytes.
    at: u32,
    len: u32,
    /// For edges the child node; for stems the first of `count` entries in `stems`.
    value: u32,
    count: u32,
}

/// A table from (node, key bytes) to a value, probed with a hash the caller computed once per
/// word. hashbrown's control bytes settle most misses (most words) without touching a key.
#[derive(Debug, Default)]
struct ProbeTable(hashbrown::HashTable<Slot>);

impl ProbeTable {
    fn build(entries: Vec<(u32, &[u8], u32, u32)>, arena: &mut Vec<u8>, hash: fn(&[u8]) -> u64) -> ProbeTable {
        let mut table = hashbrown::HashTable::with_capacity(entries.len());
        for (node, key, value, count) in entries {
            let slot = Slot { node, at: arena.len() as u32, len: key.len() as u32, value, count };
            arena.extend_from_slice(key);
            let arena = &*arena;
            table.insert_unique(keyed(node, hash(key)), slot, |s| keyed(s.node, hash(&arena[s.at as usize..(s.at + s.len) as usize])));
        }
        ProbeTable(table)
    }

    #[inline]
    fn get(&self, arena: &[u8], node: u32, key: &[u8], hash: u64) -> Option<&Slot> {
        self.0.find(keyed(node, hash), |s| s.node == node && short_eq(&arena[s.at as usize..(s.at + s.len) as usize], key))
    }
}

/// A stem: arena offset, length, and the pattern it ends.
#[derive(Debug, Clone, Copy)]
struct Stem {
    at: u32,
    len: u32,
    pattern: u32,
}

/// Stems under one key while the trie is built: (stem, pattern id).
type StemGroup<'f> = Vec<(&'f str, u32)>;

/// Every form of a lexicon, compiled for word-by-word matching.
#[derive(Debug)]
pub(crate) struct WordMatcher {
    /// The pattern ending at each node (`NONE` if none).
    patterns: Vec<u32>,
    /// Each node's stems shorter than `STEM_KEY` bytes, as a range of `stems`.
    short_stems: Vec<(u32, u32)>,
    edges: ProbeTable,
    stem_heads: ProbeTable,
    /// A bit per (node, first bytes) hash that some stem starts with: a lexicon has few stems,
    /// so most words skip the stem table after one bit test.
    stem_filter: [u64; STEM_FILTER_WORDS],
    /// Stems grouped by (node, first bytes), longest first within a group.
    stems: Vec<Stem>,
    arena: Vec<u8>,
    /// Heads of one-word compounds, longest first, with the pattern a compound takes.
    compound_heads: Vec<(Box<[u8]>, u32)>,
    /// The shortest word that can be a compound: most words are shorter, and cost one test.
    shortest_compound: usize,
}

impl Default for WordMatcher {
    fn default() -> Self {
        WordMatcher::build(std::iter::empty())
    }
}

impl WordMatcher {
    /// Compiles forms (folded words separated by single spaces; `stem`: the last word is a
    /// prefix) with their pattern ids.
    pub fn build<'f>(forms: impl IntoIterator<Item = (&'f str, bool, u32)>) -> WordMatcher {
        // First a trie in maps, then frozen into the probe tables.
        let mut patterns = vec![NONE];
        let mut edges: FxHashMap<(u32, &'f str), u32> = FxHashMap::default();
        let mut stems: FxHashMap<(u32, &'f [u8]), StemGroup<'f>> = FxHashMap::default();
        let mut short: FxHashMap<u32, StemGroup<'f>> = FxHashMap::default();
        for (form, stem, pattern) in forms {
            let words: Vec<&str> = form.split(' ').filter(|w| !w.is_empty()).collect();
            let Some((last, init)) = words.split_last() else { continue };
            let mut node = 0u32;
            let mut child = |node: u32, word: &'f str| {
                *edges.entry((node, word)).or_insert_with(|| {
                    patterns.push(NONE);
                    patterns.len() as u32 - 1
                })
            };
            for w in init {
                node = child(node, w);
            }
            if stem {
                match last.as_bytes().get(..STEM_KEY) {
                    Some(key) => stems.entry((node, key)).or_default().push((last, pattern)),
                    None => short.entry(node).or_default().push((last, pattern)),
                }
            } else {
                let end = child(node, last) as usize;
                if patterns[end] == NONE {
                    patterns[end] = pattern;
                }
            }
        }
        let mut arena = Vec::new();
        let mut stem_list = Vec::new();
        let mut push_group = |mut group: Vec<(&str, u32)>, arena: &mut Vec<u8>| {
            // Longest first, so that the first stem a word starts with is the longest.
            group.sort_by_key(|s| std::cmp::Reverse(s.0.len()));
            let first = stem_list.len() as u32;
            for (s, pattern) in group {
                stem_list.push(Stem { at: arena.len() as u32, len: s.len() as u32, pattern });
                arena.extend_from_slice(s.as_bytes());
            }
            (first, stem_list.len() as u32 - first)
        };
        let mut short_stems = vec![(0, 0); patterns.len()];
        let mut short: Vec<_> = short.into_iter().collect();
        short.sort_by_key(|(node, _)| *node);
        for (node, group) in short {
            short_stems[node as usize] = push_group(group, &mut arena);
        }
        let mut heads: Vec<_> = stems.into_iter().collect();
        heads.sort();
        let heads: Vec<(u32, &[u8], u32, u32)> = heads
            .into_iter()
            .map(|((node, key), group)| {
                let (first, count) = push_group(group, &mut arena);
                (node, key, first, count)
            })
            .collect();
        let mut edges: Vec<_> = edges.into_iter().map(|((node, word), child)| (node, word.as_bytes(), child, 0)).collect();
        edges.sort();
        let edges = ProbeTable::build(edges, &mut arena, word_hash);
        let mut stem_filter = [0u64; STEM_FILTER_WORDS];
        for &(node, key, _, _) in &heads {
            let bit = stem_bit(node, stem_key_hash(key));
            stem_filter[bit / 64] |= 1 << (bit % 64);
        }
        let stem_heads = ProbeTable::build(heads, &mut arena, stem_key_hash);
        WordMatcher { patterns, short_stems, edges, stem_heads, stem_filter, stems: stem_list, arena, compound_heads: Vec::new(), shortest_compound: usize::MAX }
    }

    /// Words that end in one of `heads` (folded single words) and match nothing else take the
    /// head's pattern: "grenstroepen" reads as "troepen".
    pub fn set_compound_heads(&mut self, heads: Vec<(String, u32)>) {
        let mut heads: Vec<(Box<[u8]>, u32)> = heads.into_iter().map(|(h, p)| (h.into_bytes().into_boxed_slice(), p)).collect();
        heads.sort_by_key(|(h, _)| std::cmp::Reverse(h.len()));
        self.shortest_compound = heads.iter().map(|(h, _)| h.len() + MIN_COMPOUND_PREFIX).min().unwrap_or(usize::MAX);
        self.compound_heads = heads;
    }

    /// The pattern of a compound `word`: at least three letters before a known head.
    #[inline]
    fn compound(&self, word: &[u8]) -> Option<u32> {
        if word.len() < self.shortest_compound {
            return None;
        }
        let last = *word.last()?;
        self.compound_heads.iter().find(|(h, _)| h.last() == Some(&last) && word.len() >= h.len() + MIN_COMPOUND_PREFIX && word.ends_with(h)).map(|&(_, p)| p)
    }

    /// The longest stem at `node` that `word` starts with.
    #[inline(always)]
    fn stem(&self, node: u32, word: &[u8]) -> Option<u32> {
        let starts = |s: &Stem| word.starts_with(&self.arena[s.at as usize..(s.at + s.len) as usize]);
        if let Some(key) = word.get(..STEM_KEY) {
            let hash = stem_key_hash(key);
            let bit = stem_bit(node, hash);
            let maybe = self.stem_filter[bit / 64] & (1 << (bit % 64)) != 0;
            if let Some(head) = maybe.then(|| self.stem_heads.get(&self.arena, node, key, hash)).flatten() {
                let group = &self.stems[head.value as usize..(head.value + head.count) as usize];
                if let Some(s) = group.iter().find(|s| starts(s)) {
                    return Some(s.pattern);
                }
            }
        }
        let (first, count) = self.short_stems[node as usize];
        self.stems[first as usize..(first + count) as usize].iter().find(|s| starts(s)).map(|s| s.pattern)
    }

    /// Every form in `folded`; where forms overlap, the leftmost, then longest, wins.
    pub fn scan(&self, folded: &str, out: &mut Vec<Hit>) {
        let bytes = folded.as_bytes();
        let mut words = Vec::new();
        let mut at = 0;
        while let Some(start) = bytes.get(at..).and_then(|rest| rest.iter().position(|&b| b != b' ')).map(|n| at + n) {
            let end = bytes[start..].iter().position(|&b| b == b' ').map_or(bytes.len(), |n| start + n);
            words.push((start as u32, end as u32));
            at = end;
        }
        self.scan_words(bytes, words.iter().copied(), out);
    }

    /// Like [`scan`](Self::scan) over words the caller has already delimited (folded byte
    /// ranges, in order): the recogniser knows them from folding, so the text is not searched
    /// for spaces again.
    pub fn scan_words(&self, folded: &[u8], words: impl Iterator<Item = (u32, u32)> + Clone, out: &mut Vec<Hit>) {
        let mut rest = words;
        while let Some((start, end)) = rest.next() {
            // Follow the trie from this word; remember the longest form that ends and the words
            // after it.
            let (mut node, mut word, mut best) = (0u32, (start, end), None);
            let mut ahead = rest.clone();
            loop {
                let w = &folded[word.0 as usize..word.1 as usize];
                if let Some(p) = self.stem(node, w) {
                    best = Some((word.1, p, ahead.clone()));
                }
                let Some(edge) = self.edges.get(&self.arena, node, w, word_hash(w)) else { break };
                node = edge.value;
                if self.patterns[node as usize] != NONE {
                    best = Some((word.1, self.patterns[node as usize], ahead.clone()));
                }
                match ahead.next() {
                    Some(next) => word = next,
                    None => break,
                }
            }
            if let Some((e, pattern, after)) = best {
                out.push(Hit { start, end: e, pattern });
                rest = after;
            } else if let Some(pattern) = self.compound(&folded[start as usize..end as usize]) {
                out.push(Hit { start, end, pattern });
            }
        }
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_whole_words_and_stems() {
        let m = WordMatcher::build([("de", false, 0), ("de turkse president", false, 1), ("bombardeer", true, 2), ("om het leven", false, 3), ("bo", true, 4)]);
        let text = " de turkse president bombardeerde de turksen om het leven bo ";
        let mut found = Vec::new();
        m.scan(text, &mut found);
        let words: Vec<(&str, u32)> = found.iter().map(|f| (&text[f.start as usize..f.end as usize], f.pattern)).collect();
        assert_eq!(words, [("de turkse president", 1), ("bombardeerde", 2), ("de", 0), ("om het leven", 3), ("bo", 4)]);
    }

    #[test]
    fn compounds_read_as_their_head() {
        let mut m = WordMatcher::build([("troepen", false, 0), ("grens", false, 1)]);
        m.set_compound_heads(vec![("troepen".into(), 0)]);
        let text = " grenstroepen stroepen troepen grens ";
        let mut found = Vec::new();
        m.scan(text, &mut found);
        let words: Vec<(&str, u32)> = found.iter().map(|f| (&text[f.start as usize..f.end as usize], f.pattern)).collect();
        // "stroepen" has too few letters before the head to be a compound.
        assert_eq!(words, [("grenstroepen", 0), ("troepen", 0), ("grens", 1)]);
    }
}
