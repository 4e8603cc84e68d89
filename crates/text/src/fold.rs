//! Folding: the one normal form that lexicon forms and article text are both matched in.
//!
//! Lower case, diacritics dropped, and every run of non-alphanumeric characters collapsed to one
//! space, with a space at each end, so a lexicon form `" turkse president"` can only match at a
//! word start and a match is whole-word when the next byte is a space. Each folded word keeps
//! the original byte range it came from, so evidence stays traceable.

/// One folded word and where it came from.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct FoldedWord {
    /// First byte in the folded text.
    pub start: u32,
    /// One past the last byte in the folded text.
    pub end: u32,
    /// First byte of its first letter in the original.
    pub ostart: u32,
    /// One past the last byte of its last letter in the original.
    pub oend: u32,
    /// It opens with a capital letter in the original.
    pub capital: bool,
    /// A comma, semicolon or colon stands between it and the word before.
    pub comma_before: bool,
}

/// Folded text plus the way back to the original offsets.
#[derive(Debug, Default, Clone)]
pub struct Folded {
    /// The folded text: ASCII-lowercase words separated by single spaces, starting and ending
    /// with a space.
    pub text: String,
    /// Its words in order. A map per word rather than per byte: every use of an offset is at a
    /// word boundary, and it is a sixth of the memory traffic.
    pub words: Vec<FoldedWord>,
}

impl Folded {
    /// Folds `src`, reusing this value's buffers (no allocation once they are large enough).
    pub fn fold_from(&mut self, src: &str) {
        // Built as bytes: ASCII, nearly all of news text, is handled a byte at a time without
        // decoding; only other characters go through `char` case mapping and the accent table.
        // Bytes are written by index into a buffer sized up front and cut to length at the end:
        // `Vec::push` re-checked the capacity for every byte, a third of the folding time.
        // The buffer always has room for one byte per source byte left plus the closing space,
        // as ASCII never folds longer and each word's leading space stands for a separator.
        let mut out = std::mem::take(&mut self.text).into_bytes();
        out.clear();
        out.resize(src.len() + 2, 0);
        self.words.clear();
        out[0] = b' ';
        let mut len = 1;
        let bytes = src.as_bytes();
        // The word being folded, if any; a separator closes it.
        let mut open: Option<FoldedWord> = None;
        // A comma, semicolon or colon since the last word.
        let mut comma = false;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii() {
                if ASCII_FOLD[b as usize] != 0 {
                    let word = open.get_or_insert_with(|| start_word(&mut out, &mut len, i, b.is_ascii_uppercase(), std::mem::take(&mut comma)));
                    // A run of ASCII letters and digits: one table look-up a byte both ends
                    // the run and lower-cases it.
                    let mut run = i;
                    while run < bytes.len() {
                        let lower = ASCII_FOLD[bytes[run] as usize];
                        if lower == 0 {
                            break;
                        }
                        out[len] = lower;
                        len += 1;
                        run += 1;
                    }
                    word.oend = run as u32;
                    i = run;
                } else {
                    close_word(&mut open, len, &mut self.words);
                    comma |= matches!(b, b',' | b';' | b':');
                    i += 1;
                }
                continue;
            }
            let c = src[i..].chars().next().expect("i is a char boundary");
            if !c.is_alphanumeric() {
                if !is_combining(c) {
                    close_word(&mut open, len, &mut self.words);
                }
            } else {
                let word = open.get_or_insert_with(|| start_word(&mut out, &mut len, i, c.is_uppercase(), std::mem::take(&mut comma)));
                // Other characters may fold longer ("Ⱥ", two bytes, to "ⱥ", three).
                let room = len + MAX_FOLDED_CHAR + 1 + (bytes.len() - i);
                if out.len() < room {
                    out.resize(room, 0);
                }
                len += push_folded(c, &mut out[len..]);
                word.oend = (i + c.len_utf8()) as u32;
            }
            i += c.len_utf8();
        }
        close_word(&mut open, len, &mut self.words);
        if len > 1 {
            out[len] = b' ';
            len += 1;
        }
        out.truncate(len);
        debug_assert!(std::str::from_utf8(&out).is_ok());
        // SAFETY: only ASCII bytes and whole characters encoded by `char::encode_utf8` or
        // copied from `&str` literals were written before `len`, so `out` is UTF-8. Checking it
        // again cost a pass over every article.
        self.text = unsafe { String::from_utf8_unchecked(out) };
    }

    /// The original byte range of `src` (the string this was folded from) that the folded
    /// range `[start, end)` came from, widened to whole words.
    pub fn original_span(&self, src: &str, start: usize, end: usize) -> (usize, usize) {
        let first = self.words.partition_point(|w| (w.end as usize) <= start);
        let last = self.words.partition_point(|w| (w.start as usize) < end).max(first + 1);
        match (self.words.get(first), self.words.get(last - 1)) {
            (Some(a), Some(b)) => (a.ostart as usize, (b.oend as usize).max(a.ostart as usize)),
            _ => (src.len(), src.len()),
        }
    }
}

/// Each ASCII letter or digit folded (lower case), and 0 for every other byte.
const ASCII_FOLD: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_alphanumeric() {
            table[b] = (b as u8).to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// Opens a word at original byte `at`: a space before it unless it is the first.
fn start_word(out: &mut [u8], len: &mut usize, at: usize, capital: bool, comma_before: bool) -> FoldedWord {
    if *len > 1 {
        out[*len] = b' ';
        *len += 1;
    }
    FoldedWord { start: *len as u32, end: 0, ostart: at as u32, oend: at as u32, capital, comma_before }
}

/// Closes the open word, if any, at folded length `len`; one that folded to nothing leaves no
/// trace.
fn close_word(open: &mut Option<FoldedWord>, len: usize, words: &mut Vec<FoldedWord>) {
    if let Some(mut word) = open.take() {
        word.end = len as u32;
        if word.end > word.start {
            words.push(word);
        }
    }
}

/// Folds a string on its own: what lexicon loaders and gazetteer builders call on each form.
pub fn fold(src: &str) -> String {
    let mut f = Folded::default();
    f.fold_from(src);
    f.text
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// The most bytes one character folds to: its lower case is up to three characters of up to
/// four bytes each.
const MAX_FOLDED_CHAR: usize = 12;

/// Writes `c` folded at the start of `out` (at least [`MAX_FOLDED_CHAR`] long) and returns the
/// bytes written: Latin letters with diacritics to their base letters; other scripts lower-cased
/// as they are.
fn push_folded(c: char, out: &mut [u8]) -> usize {
    let mut utf8 = [0u8; 4];
    let mut len = 0;
    let mut put = |piece: &[u8]| {
        out[len..len + piece.len()].copy_from_slice(piece);
        len += piece.len();
    };
    const TABLE: &[(&str, &str)] = &[
        ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"),
        ("ĥħ", "h"), ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"),
        ("òóôõöøōŏő", "o"), ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"),
        ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"), ("æ", "ae"), ("œ", "oe"), ("ß", "ss"), ("þ", "th"),
        ("ð", "d"), ("ḥḩḫẖ", "h"), ("ḍḑḏ", "d"), ("ṭṯ", "t"), ("ṣṡ", "s"), ("ẓ", "z"), ("ṇṅ", "n"),
        ("ṛ", "r"), ("ḳ", "k"), ("ǧ", "g"), ("ǎ", "a"), ("ǐ", "i"), ("ǒ", "o"), ("ǔ", "u"), ("ḷ", "l"),
        ("ṃ", "m"), ("ẕ", "z"),
    ];
    for lower in c.to_lowercase() {
        if lower.is_ascii() {
            put(&[lower as u8]);
            continue;
        }
        match TABLE.iter().find(|(set, _)| set.contains(lower)) {
            Some((_, base)) => put(base.as_bytes()),
            None if lower.is_alphanumeric() => put(lower.encode_utf8(&mut utf8).as_bytes()),
            None => {}
        }
    }
    len
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_punctuation() {
        assert_eq!(fold("Erdoğan's  Türkiye!"), " erdogan s turkiye ");
        assert_eq!(fold("staakt-het-vuren"), " staakt het vuren ");
        assert_eq!(fold("Kiëv, Ma'arrat"), " kiev ma arrat ");
        assert_eq!(fold("e\u{301}e"), " ee ");
        assert_eq!(fold("  "), " ");
        assert_eq!(fold("Москва"), " москва ");
        // "Ⱥ" is two bytes and its lower case three: folding may outgrow the source.
        assert_eq!(fold("ȺȺȺȺȺȺ,ȺȺ"), " ⱥⱥⱥⱥⱥⱥ ⱥⱥ ");
        assert_eq!(fold(&"Ⱥ ".repeat(50)).len(), 50 * 4 + 1);
    }

    #[test]
    fn maps_back_to_original_offsets() {
        let src = "De Turkse president Erdoğan.";
        let mut f = Folded::default();
        f.fold_from(src);
        let at = f.text.find("erdogan").unwrap();
        let (s, e) = f.original_span(src, at, at + "erdogan".len());
        assert_eq!(&src[s..e], "Erdoğan");
        let at = f.text.find("turkse").unwrap();
        let (s, e) = f.original_span(src, at, at + 6);
        assert_eq!(&src[s..e], "Turkse");
    }

    #[test]
    fn words_keep_their_original_ranges() {
        let src = "«Kiëv», e\u{301}e  Москва";
        let mut f = Folded::default();
        f.fold_from(src);
        let originals: Vec<&str> = f.words.iter().map(|w| &src[w.ostart as usize..w.oend as usize]).collect();
        assert_eq!(originals, ["Kiëv", "e\u{301}e", "Москва"]);
        let folded: Vec<&str> = f.words.iter().map(|w| &f.text[w.start as usize..w.end as usize]).collect();
        assert_eq!(folded, ["kiev", "ee", "москва"]);
        let flags: Vec<(bool, bool)> = f.words.iter().map(|w| (w.capital, w.comma_before)).collect();
        assert_eq!(flags, [(true, false), (false, true), (true, false)]);
    }
}
