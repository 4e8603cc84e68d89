//! The compiled form of every lexicon form: a trie over whole folded words.
//!
//! Lexicon forms are whole words ("turkse president", "om het leven") or end in a stem
//! ("bombardeer*"), and folded text is words separated by single spaces. So matching walks the
//! text a word at a time: one hash lookup per word finds whether any form starts there, and the
//! trie is followed only while a form continues. This does a few table lookups per word where a
//! byte automaton steps through every byte, and it needs no boundary checks afterwards.

use crate::Hit;
use kroniek_types::FxHashMap;

/// Stems with the form each ends: (stem, pattern id).
type Stems = Vec<(Box<str>, u32)>;

/// Stems are looked up by their first bytes; shorter stems are tried on every word.
const STEM_KEY: usize = 3;

#[derive(Debug, Default)]
struct Node {
    /// The form that ends with this node's word, if any.
    pattern: Option<u32>,
    /// Whole next words.
    next: FxHashMap<Box<str>, u32>,
    /// Stems of the next word, longest first, by their first `STEM_KEY` bytes.
    stems: FxHashMap<Box<[u8]>, Stems>,
    /// Stems shorter than `STEM_KEY` bytes.
    short_stems: Stems,
}

/// Every form of a lexicon, compiled for word-by-word matching.
#[derive(Debug, Default)]
pub(crate) struct WordMatcher {
    nodes: Vec<Node>,
}

impl WordMatcher {
    /// Compiles forms (folded words separated by single spaces; `stem`: the last word is a
    /// prefix) with their pattern ids.
    pub fn build<'f>(forms: impl IntoIterator<Item = (&'f str, bool, u32)>) -> WordMatcher {
        let mut m = WordMatcher { nodes: vec![Node::default()] };
        for (form, stem, pattern) in forms {
            let words: Vec<&str> = form.split(' ').filter(|w| !w.is_empty()).collect();
            let Some((last, init)) = words.split_last() else { continue };
            let mut node = 0usize;
            for w in init {
                node = m.child(node, w);
            }
            if stem {
                let entry = ((*last).into(), pattern);
                let n = &mut m.nodes[node];
                match last.as_bytes().get(..STEM_KEY) {
                    Some(key) => n.stems.entry(key.into()).or_default().push(entry),
                    None => n.short_stems.push(entry),
                }
            } else {
                let end = m.child(node, last);
                m.nodes[end].pattern.get_or_insert(pattern);
            }
        }
        for n in &mut m.nodes {
            for list in n.stems.values_mut() {
                list.sort_by_key(|s| std::cmp::Reverse(s.0.len()));
            }
            n.short_stems.sort_by_key(|s| std::cmp::Reverse(s.0.len()));
        }
        m
    }

    fn child(&mut self, node: usize, word: &str) -> usize {
        if let Some(&c) = self.nodes[node].next.get(word) {
            return c as usize;
        }
        let c = self.nodes.len();
        self.nodes.push(Node::default());
        self.nodes[node].next.insert(word.into(), c as u32);
        c
    }

    /// The longest stem at `node` that `word` starts with.
    fn stem(&self, node: usize, word: &str) -> Option<u32> {
        let n = &self.nodes[node];
        let keyed = word.as_bytes().get(..STEM_KEY).and_then(|k| n.stems.get(k)).into_iter().flatten();
        keyed.chain(n.short_stems.iter()).find(|(s, _)| word.starts_with(&**s)).map(|s| s.1)
    }

    /// Every form in `folded`; where forms overlap, the leftmost, then longest, wins.
    pub fn scan(&self, folded: &str, out: &mut Vec<Hit>) {
        let bytes = folded.as_bytes();
        let next_word = |from: usize| -> Option<(usize, usize)> {
            let start = from + bytes.get(from..)?.iter().position(|&b| b != b' ')?;
            let end = memchr::memchr(b' ', &bytes[start..]).map_or(bytes.len(), |n| start + n);
            Some((start, end))
        };
        let mut at = 0;
        while let Some((start, end)) = next_word(at) {
            // Follow the trie from this word; remember the longest form that ends.
            let (mut node, mut word, mut best) = (0usize, (start, end), None);
            loop {
                let w = &folded[word.0..word.1];
                if let Some(p) = self.stem(node, w) {
                    best = Some((word.1, p));
                }
                let Some(&child) = self.nodes[node].next.get(w) else { break };
                node = child as usize;
                if let Some(p) = self.nodes[node].pattern {
                    best = Some((word.1, p));
                }
                match next_word(word.1) {
                    Some(next) => word = next,
                    None => break,
                }
            }
            match best {
                Some((e, pattern)) => {
                    out.push(Hit { start: start as u32, end: e as u32, pattern });
                    at = e;
                }
                None => at = end,
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
}
