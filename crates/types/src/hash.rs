use xxhash_rust::xxh3::xxh3_64;

/// A 16-hex-digit hash of an article's text: the article id when the input gives none, and the
/// key that makes a second ingest of the same text a no-op.
pub fn content_hash(text: &str) -> String {
    format!("{:016x}", xxh3_64(text.as_bytes()))
}

/// A 16-hex-digit hash of several parts, separated so that ("ab","c") and ("a","bc") differ.
/// Event ids use it so that the same article and text give the same ids on every run.
pub fn stable_hex(parts: &[&str]) -> String {
    let mut buf = Vec::with_capacity(parts.iter().map(|p| p.len() + 1).sum());
    for part in parts {
        buf.extend_from_slice(part.as_bytes());
        buf.push(0x1f);
    }
    format!("{:016x}", xxh3_64(&buf))
}

/// Equality of short byte strings (words, country codes), compared in place: the lexicon's and
/// the gazetteer's table probes compare a key for every word of every article, and a call to
/// `memcmp` cost more than the few bytes compared.
#[inline]
pub fn short_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// The Fx multiply-rotate hash, for tables keyed by short words of our own data (lexicon forms,
/// place names): SipHash's resistance to flooding buys nothing there and costs much of a scan.
/// Stable across runs and platforms, so a table stored in a file can be probed with it.
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher(u64);

impl FxHasher {
    #[inline]
    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl std::hash::Hasher for FxHasher {
    // Inlined: it runs for every word looked up, and the call costs as much as the hash.
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.mix(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        // The tail in at most three steps (4, 2, 1 bytes), not one step a byte.
        let mut rest = chunks.remainder();
        if let Some((four, tail)) = rest.split_first_chunk::<4>() {
            self.mix(u32::from_le_bytes(*four) as u64);
            rest = tail;
        }
        if let Some((two, tail)) = rest.split_first_chunk::<2>() {
            self.mix(u16::from_le_bytes(*two) as u64);
            rest = tail;
        }
        if let Some(&b) = rest.first() {
            self.mix(b as u64);
        }
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.mix(b as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` with [`FxHasher`].
pub type FxHashMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<FxHasher>>;

/// A `HashSet` with [`FxHasher`], for word lists probed once a word.
pub type FxHashSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_separated() {
        assert_ne!(stable_hex(&["ab", "c"]), stable_hex(&["a", "bc"]));
        assert_eq!(stable_hex(&["x", "y"]), stable_hex(&["x", "y"]));
    }

    #[test]
    fn content_hash_is_hex_of_fixed_width() {
        let h = content_hash("");
        assert_eq!(h.len(), 16);
        assert!(h.bytes().all(|b| b.is_ascii_hexdigit()));
    }
}
