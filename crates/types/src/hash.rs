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
