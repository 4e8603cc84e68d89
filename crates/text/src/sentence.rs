//! Sentence segmentation that survives news copy: abbreviations, quotes, numbers like `3-1` and
//! `100,000`, and the headings, link teasers ("Lees ook: ...") and video credits that scraped
//! articles glue into running text without punctuation.

use crate::fold;
use kroniek_types::FxHashSet;

/// What a sentence is, so that only real sentences are coded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SentenceKind {
    /// Running text: coded.
    Body,
    /// A heading or teaser without a verb phrase of its own: not coded.
    Heading,
    /// A link, caption, credit or call to action ("Read more: ...", "Photo: ..."): never coded.
    Boilerplate,
}

/// One sentence: byte offsets into the article text, trimmed of surrounding space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Whether it is coded.
    pub kind: SentenceKind,
}

/// Per-language word lists the segmenter needs, all folded (see [`fold`](crate::fold)) and
/// without the surrounding spaces.
#[derive(Debug, Clone, Default)]
pub struct SentenceRules {
    /// Words after which a full stop does not end a sentence ("dr", "mr", "jan").
    pub abbreviations: FxHashSet<String>,
    /// Capitalised words that start a sentence glued to a heading ("De", "Het", "The").
    pub openers: FxHashSet<String>,
    /// Phrases that start boilerplate ("lees ook", "read more", "foto").
    pub boilerplate: Vec<String>,
    /// The first words of `boilerplate`, for a quick test before the phrase test.
    pub boilerplate_heads: FxHashSet<String>,
    /// Words that open an "About ..." heading: what follows it describes the organisation that
    /// issued the release ("Over Artsen zonder Grenzen"), not news.
    pub about: FxHashSet<String>,
}

impl SentenceRules {
    /// Rules from the three word lists (folded, without surrounding spaces).
    pub fn new(abbreviations: impl IntoIterator<Item = String>, openers: impl IntoIterator<Item = String>, mut boilerplate: Vec<String>) -> SentenceRules {
        // Longer phrases first, so "lees ook" is tried before "lees".
        boilerplate.sort_by_key(|b| std::cmp::Reverse(b.len()));
        let boilerplate_heads = boilerplate.iter().filter_map(|b| b.split(' ').next()).map(String::from).collect();
        SentenceRules { abbreviations: abbreviations.into_iter().collect(), openers: openers.into_iter().collect(), boilerplate, boilerplate_heads, about: FxHashSet::default() }
    }
}

/// Splits `text` into sentences.
pub fn segment(text: &str, rules: &SentenceRules) -> Vec<Sentence> {
    let mut out = Vec::new();
    // Inside an "About ..." section, which runs to the next heading.
    let mut about_section = false;
    // The paragraph before was a link marker alone ("Read more:"): this one is the link.
    let mut link_follows = false;
    for (p_start, p_end) in paragraphs(text) {
        let before = out.len();
        let mut start = p_start;
        for cut in sentence_cuts(text, p_start, p_end, rules) {
            push_pieces(text, start, cut, rules, &mut out);
            start = cut;
        }
        push_pieces(text, start, p_end, rules, &mut out);
        // A short line of its own without final punctuation is a heading.
        if out.len() == before + 1 {
            let s = &mut out[before];
            if s.kind == SentenceKind::Body && !ends_sentence(&text[s.start..s.end]) && word_count(&text[s.start..s.end]) <= 12 {
                s.kind = SentenceKind::Heading;
            }
            if s.kind == SentenceKind::Heading {
                about_section = opens_about(&text[s.start..s.end], rules);
                link_follows = false;
                continue;
            }
        }
        if about_section || link_follows {
            out[before..].iter_mut().for_each(|s| s.kind = SentenceKind::Boilerplate);
        }
        link_follows = out.len() == before + 1 && out[before].kind == SentenceKind::Boilerplate && text[out[before].start..out[before].end].ends_with(':');
    }
    out
}

/// Whether a heading is "About <name>" of a few words.
fn opens_about(heading: &str, rules: &SentenceRules) -> bool {
    let first = heading.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let mut buf = [0u8; 24];
    word_count(heading) <= 6 && lower(first, &mut buf).is_some_and(|w| rules.about.contains(w))
}

/// Paragraph ranges: a newline ends a paragraph unless the next line continues in lower case.
fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'\n', &bytes[i..]) {
        let nl = i + off;
        let next = text[nl + 1..].trim_start();
        let continues = next.chars().next().is_some_and(|c| c.is_lowercase())
            && !text[start..nl].trim_end().is_empty()
            && !text[nl + 1..].starts_with('\n')
            && !text[nl + 1..].trim_start_matches([' ', '\t', '\r']).starts_with('\n');
        if !continues {
            out.push((start, nl));
            start = nl + 1;
        }
        i = nl + 1;
    }
    out.push((start, text.len()));
    out
}

/// Byte offsets inside a paragraph where a new sentence starts after terminal punctuation.
fn sentence_cuts(text: &str, start: usize, end: usize, rules: &SentenceRules) -> Vec<usize> {
    let para = &text[start..end];
    let bytes = para.as_bytes();
    let mut cuts = Vec::new();
    // Bytes, not chars: terminal punctuation is ASCII or starts with 0xE2 ('…'), and this loop
    // sees every byte of every article, so the candidates are found with SIMD (memchr).
    let mut i = 0;
    while i < bytes.len() {
        let ascii = memchr::memchr3(b'.', b'!', b'?', &bytes[i..]).map_or(bytes.len(), |n| i + n);
        let ellipsis = memchr::memchr(0xE2, &bytes[i..ascii]).map_or(ascii, |n| i + n);
        i = ellipsis;
        let Some(len) = bytes.get(i..).and_then(terminal_len) else {
            i += 1;
            continue;
        };
        let is_full_stop = bytes[i] == b'.';
        let at = i;
        // Take closing quotes and brackets that belong to this sentence.
        let mut after = i + len;
        while let Some(c) = para[after..].chars().next() {
            if matches!(c, '.' | '!' | '?' | '…' | '"' | '\'' | '”' | '’' | '»' | ')' | ']') {
                after += c.len_utf8();
            } else {
                break;
            }
        }
        i = after;
        let rest = &para[after..];
        let trimmed = rest.trim_start();
        if trimmed.len() == rest.len() || trimmed.is_empty() {
            continue; // "3.5", "U.S.A", or the paragraph's end
        }
        let Some(next) = trimmed.chars().next() else { continue };
        if !(next.is_uppercase() || next.is_ascii_digit() || matches!(next, '"' | '\'' | '“' | '‘' | '«' | '(' | '[' | '-' | '–')) {
            continue;
        }
        if is_full_stop && is_abbreviation(&para[..at], rules) {
            continue;
        }
        cuts.push(start + after + (rest.len() - trimmed.len()));
    }
    cuts
}

/// The length of the terminal punctuation mark ('.', '!', '?', '…') at the start of `b`.
fn terminal_len(b: &[u8]) -> Option<usize> {
    match b.first()? {
        b'.' | b'!' | b'?' => Some(1),
        0xE2 if b.starts_with("…".as_bytes()) => Some(3),
        _ => None,
    }
}

/// The word before a full stop is an abbreviation or an initial ("J. Smith").
fn is_abbreviation(before: &str, rules: &SentenceRules) -> bool {
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let single_capital = matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase());
    let mut buf = [0u8; 24];
    single_capital
        || word.contains('.')
        || match lower(word, &mut buf) {
            Some(w) => rules.abbreviations.contains(w),
            None => rules.abbreviations.contains(fold(word).trim()),
        }
}

fn ends_sentence(s: &str) -> bool {
    s.trim_end().ends_with(['.', '!', '?', '…', '"', '\'', '”', '’', ')', '»'])
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Splits one punctuated sentence further where a heading or boilerplate is glued to it, and
/// pushes the trimmed pieces with their kinds.
fn push_pieces(text: &str, start: usize, end: usize, rules: &SentenceRules, out: &mut Vec<Sentence>) {
    let mut piece_start = start;
    for cut in glue_cuts(text, start, end, rules) {
        push_one(text, piece_start, cut, rules, true, out);
        piece_start = cut;
    }
    push_one(text, piece_start, end, rules, false, out);
}

fn push_one(text: &str, start: usize, end: usize, rules: &SentenceRules, glued: bool, out: &mut Vec<Sentence>) {
    let raw = &text[start..end];
    let lead = raw.len() - raw.trim_start().len();
    let trail = raw.len() - raw.trim_end().len();
    let (mut s, e) = (start + lead, end - trail);
    if s >= e {
        return;
    }
    // Datelines open a paragraph or follow a heading glued to them; a sentence after a full
    // stop needs no look.
    if text[..s].bytes().rev().find(|b| !b.is_ascii_whitespace() || *b == b'\n').is_none_or(|b| !matches!(b, b'.' | b'!' | b'?' | b'"' | b'\'' | b')')) {
        s += dateline_len(&text[s..e]);
    }
    let sentence = &text[s..e];
    let kind = if is_boilerplate(sentence, rules) {
        SentenceKind::Boilerplate
    } else if glued && !ends_sentence(sentence) {
        SentenceKind::Heading
    } else {
        SentenceKind::Body
    };
    out.push(Sentence { start: s, end: e, kind });
}

/// Where, inside `[start, end)`, a capitalised opener or a boilerplate phrase follows a word
/// with no punctuation between them: the mark of a heading glued to the next sentence.
fn glue_cuts(text: &str, start: usize, end: usize, rules: &SentenceRules) -> Vec<usize> {
    let s = &text[start..end];
    let b = s.as_bytes();
    let words = Words { s };
    let mut cuts = Vec::new();
    // Only capitalised words can start a glued sentence: find them eight bytes at a time and
    // look at their neighbours, instead of walking every word.
    let mut ws = 0;
    while let Some(next) = next_capital_candidate(b, ws + 1) {
        ws = next;
        let capital = b[ws].is_ascii_uppercase() || (b[ws] >= 0xC0 && s[ws..].chars().next().is_some_and(char::is_uppercase));
        if !capital || s[..ws].chars().next_back().is_some_and(char::is_alphanumeric) {
            continue;
        }
        let we = words.run_end(ws, true);
        let word = &s[ws..we];
        let mut buf = [0u8; 24];
        let lowered = lower(word, &mut buf);
        let boilerplate_head = lowered.is_some_and(|l| rules.boilerplate_heads.contains(l));
        let opener_word = lowered.is_some_and(|l| rules.openers.contains(l));
        // Most capitals are names, neither: they need no look at the word before.
        if !boilerplate_head && !opener_word {
            continue;
        }
        let Some((ps, pe)) = words.previous(ws) else { continue };
        let between = &s[pe..ws];
        let glued = between.trim().chars().all(|c| matches!(c, '"' | '\'' | '”' | '’' | ')' | '»'));
        if !glued {
            continue;
        }
        let is_opener = |w: &str| lower(w, &mut [0u8; 24]).is_some_and(|l| rules.openers.contains(l));
        // Only words that start some boilerplate phrase need the folded look-ahead.
        let starts_boilerplate = boilerplate_head && {
            let folded_rest = fold(&s[ws..].chars().take(60).collect::<String>());
            rules.boilerplate.iter().any(|b| {
                folded_rest.strip_prefix(' ').is_some_and(|r| r.starts_with(b.as_str()) && r[b.len()..].starts_with(' '))
                    && (b.contains(' ') || s[we..].starts_with(':'))
            })
        };
        let next_start = words.run_end(we, false);
        let opener = opener_word
            && s[next_start..].chars().next().is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
            && !is_opener(&s[ps..pe]);
        if starts_boilerplate || opener {
            cuts.push(start + ws);
        }
    }
    cuts
}

/// The first byte at or after `from` that may start a capitalised word: an ASCII capital or
/// the lead byte of another character. Tests eight bytes at once (SWAR): most bytes are not.
fn next_capital_candidate(b: &[u8], mut from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = b.get(from..from + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        let low7 = x & !HIGH;
        // A byte's high bit after adding: set iff it is at least 'A'; at least 'Z' + 1.
        let from_a = low7 + ONES * (0x80 - b'A' as u64);
        let past_z = low7 + ONES * (0x80 - b'Z' as u64 - 1);
        let hits = ((from_a & !past_z) | x) & HIGH;
        if hits != 0 {
            return Some(from + hits.trailing_zeros() as usize / 8);
        }
        from += 8;
    }
    (from..b.len()).find(|&i| b[i].is_ascii_uppercase() || b[i] >= 0x80)
}

/// The length of a wire-copy dateline opening a sentence ("PORT SUDAN, June 15 (Reuters) - ",
/// "OUAGADOUGOU (AP) — ", "DEN HAAG (ANP) - "): where a report was filed is not where its events
/// happened, and its capitals are not an actor. 0 when there is none.
/// "Bogota, July 16 -- ", "Culiacán (Mexico) (AFP) - ": a town in title case, then a comma
/// or bracket, a date or an agency, and a dash, within the first 60 bytes.
fn title_case_dateline_len(s: &str) -> usize {
    let window = s.get(..s.len().min(60)).unwrap_or(s);
    // Most sentences have no dash near their start: one pass over the bytes says so.
    if !window.bytes().any(|b| b == b'-' || b == 0xE2) {
        return 0;
    }
    let Some((dash_at, dash_len)) = [" - ", " – ", " — ", " -- "].iter().filter_map(|d| window.find(d).map(|i| (i, d.len()))).min() else {
        return 0;
    };
    let head = &s[..dash_at];
    let Some(name_end) = head.find([',', '(']) else { return 0 };
    let name = head[..name_end].trim_end();
    // The town: one to three capitalised words without digits.
    let town = !name.is_empty()
        && name.split(' ').count() <= 3
        && name.split(' ').all(|w| w.chars().next().is_some_and(char::is_uppercase) && !w.chars().any(|c| c.is_ascii_digit()));
    let rest = &head[name_end..];
    let dated = rest.bytes().any(|b| b.is_ascii_digit()) || rest.contains("(AFP)") || rest.contains("(Reuters)") || rest.contains("(AP)") || rest.contains("(ANP)");
    if !town || !dated || head.contains(['.', '!', '?']) || head.split_whitespace().count() > 8 {
        return 0;
    }
    let end = dash_at + dash_len;
    let end = end + (s[end..].len() - s[end..].trim_start().len());
    if end >= s.len() { 0 } else { end }
}

fn dateline_len(s: &str) -> usize {
    // A press release's "(Bangkok, 18 September 2024) - ": a bracket with a comma in it, closed
    // within a few words and followed by a dash.
    if let Some(inner) = s.strip_prefix('(') {
        let Some(close) = inner.get(..inner.len().min(60)).and_then(|w| w.find(')')) else { return 0 };
        let rest = &inner[close + 1..];
        let dash = [" - ", " – ", " — ", " -- "].iter().find(|d| rest.starts_with(**d));
        return match dash {
            Some(d) if inner[..close].contains(',') => {
                let end = 1 + close + 1 + d.len();
                end + (s[end..].len() - s[end..].trim_start().len())
            }
            _ => 0,
        };
    }
    // Nearly every sentence starts with a capital and a small letter: a title-case dateline at most.
    let mut head = s.chars();
    if !head.next().is_some_and(char::is_uppercase) {
        return 0;
    }
    if !head.next().is_some_and(|c| c.is_uppercase() || matches!(c, '-' | '\'' | '.')) {
        return title_case_dateline_len(s);
    }
    // "QUETTA: A suicide car bomb ...", as South Asian papers write it: capitals and a colon.
    if let Some(colon) = s.get(..s.len().min(32)).and_then(|h| h.find(": ")) {
        let place = &s[..colon];
        if place.chars().filter(|c| c.is_uppercase()).count() >= 3 && place.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '\'' | '.')) {
            return colon + 2;
        }
    }
    // One or more words in capitals ("PORT SUDAN", "DEN HAAG"), the last maybe with a comma.
    let mut caps_end = 0;
    let mut comma = false;
    for word in s.split(' ') {
        let bare = word.trim_end_matches(',');
        // "PORT SUDAN / ROME, 20 August 2025 –": two places filed from.
        if bare == "/" {
            caps_end += word.len() + 1;
            continue;
        }
        let is_caps = bare.chars().count() >= 2
            && bare.chars().any(char::is_alphabetic)
            && bare.chars().all(|c| c.is_uppercase() || matches!(c, '-' | '\'' | '.' | '/'));
        if !is_caps || bare == "-" {
            break;
        }
        caps_end += word.len() + 1;
        if word.ends_with(',') {
            comma = true;
            break;
        }
    }
    let caps_end = caps_end.saturating_sub(1).min(s.len());
    if s[..caps_end].chars().filter(|c| c.is_uppercase()).count() < 3 {
        return 0;
    }
    let rest = &s[caps_end..];
    // Then only a date and an agency ("(Reuters)", "(AP)") before a dash.
    let window = rest.get(..rest.len().min(60)).unwrap_or(rest);
    let Some((dash_at, dash_len)) = [" - ", " – ", " — ", " -- "].iter().filter_map(|d| window.find(d).map(|i| (i, d.len()))).min() else {
        return 0;
    };
    let between = &rest[..dash_at];
    let shaped = comma || between.is_empty() || between.starts_with(',') || between.starts_with(" (");
    if !shaped || between.contains(['.', '!', '?']) || between.split_whitespace().count() > 7 {
        return 0;
    }
    let end = caps_end + dash_at + dash_len;
    let end = end + (s[end..].len() - s[end..].trim_start().len());
    if end >= s.len() { 0 } else { end }
}

/// `word` lower-cased (ASCII) in `buf`, or `None` when it is too long or not ASCII to be in
/// a word list: the no-allocation stand-in for `fold` on one word.
fn lower<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    if word.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let out = &mut buf[..word.len()];
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// Word boundaries in `s` (runs of alphanumeric characters), found on demand.
struct Words<'a> {
    s: &'a str,
}

impl Words<'_> {
    /// The word that ends last before byte `before`, if any.
    fn previous(&self, before: usize) -> Option<(usize, usize)> {
        let head = &self.s[..before];
        let end = head.char_indices().rev().find(|&(_, c)| c.is_alphanumeric()).map(|(i, c)| i + c.len_utf8())?;
        let start = head[..end].char_indices().rev().find(|&(_, c)| !c.is_alphanumeric()).map_or(0, |(i, c)| i + c.len_utf8());
        Some((start, end))
    }

    /// The first byte at or after `from` where being alphanumeric stops being `alnum`; ASCII is
    /// tested byte by byte, only other characters are decoded.
    fn run_end(&self, from: usize, alnum: bool) -> usize {
        let b = self.s.as_bytes();
        let mut i = from;
        while i < b.len() {
            let (is_alnum, len) = if b[i].is_ascii() {
                (b[i].is_ascii_alphanumeric(), 1)
            } else {
                let c = self.s[i..].chars().next().expect("i is a char boundary");
                (c.is_alphanumeric(), c.len_utf8())
            };
            if is_alnum != alnum {
                break;
            }
            i += len;
        }
        i
    }
}

fn is_boilerplate(sentence: &str, rules: &SentenceRules) -> bool {
    if sentence.trim_start().starts_with('©') {
        return true;
    }
    // Cheap test first: the first word must start some boilerplate phrase.
    let lead = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
    let first_word = &lead[..lead.find(|c: char| !c.is_alphanumeric()).unwrap_or(lead.len())];
    let mut buf = [0u8; 24];
    if let Some(w) = lower(first_word, &mut buf) {
        if !rules.boilerplate_heads.contains(w) {
            return false;
        }
    }
    let head: String = sentence.chars().take(60).collect();
    let folded = fold(&head);
    let body = folded.trim_start();
    rules.boilerplate.iter().any(|b| {
        body.starts_with(b.as_str())
            && body[b.len()..].starts_with(' ')
            && (b.contains(' ') || {
                // A one-word marker ("Foto", "Photo") only counts before a colon or a slash,
                // or a colon after a date of a few words ("Correctie 6 oktober:").
                let lead = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
                let rest = lead.get(b.len()..).unwrap_or("").trim_start();
                let dated = rest.find(':').is_some_and(|colon| rest[..colon].split_whitespace().count() <= 3 && rest[..colon].bytes().any(|c| c.is_ascii_digit()));
                lead.get(..b.len()).is_some_and(|w| fold(w).trim() == b) && (rest.starts_with([':', '/', '|', '©']) || dated)
            })
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn capital_candidates_found_eight_bytes_at_a_time() {
        let text = "de stad Gaza en het noorden van Ölsberg, zei [Z] @ AZ";
        let mut found = Vec::new();
        let mut at = 0;
        while let Some(i) = next_capital_candidate(text.as_bytes(), at) {
            found.push(i);
            at = i + 1;
        }
        let expected: Vec<usize> = text.bytes().enumerate().filter(|(_, b)| b.is_ascii_uppercase() || *b >= 0x80).map(|(i, _)| i).collect();
        assert_eq!(found, expected);
        assert!(found.len() >= 6);
    }

    use super::*;

    fn rules() -> SentenceRules {
        let set = |s: &str| s.split('|').map(String::from).collect::<Vec<_>>();
        let rules = SentenceRules::new(
            set("dr|mr|gen|jan"),
            set("de|het|een|door|the|in"),
            "lees ook|bekijk deze video|read more|foto|photo".split('|').map(String::from).collect(),
        );
        SentenceRules { about: set("over|about").into_iter().collect(), ..rules }
    }

    fn kinds(text: &str) -> Vec<(&str, SentenceKind)> {
        segment(text, &rules()).into_iter().map(|s| (&text[s.start..s.end], s.kind)).collect()
    }

    use SentenceKind::*;

    #[test]
    fn splits_sentences_and_keeps_abbreviations_and_numbers() {
        let text = "Dr. Smith met Gen. Jones on 3 Jan. in Kyiv. The score was 3-1 and 100,000 people came! \"We won,\" he said. J. Doe agreed.";
        assert_eq!(
            kinds(text),
            vec![
                ("Dr. Smith met Gen. Jones on 3 Jan. in Kyiv.", Body),
                ("The score was 3-1 and 100,000 people came!", Body),
                ("\"We won,\" he said.", Body),
                ("J. Doe agreed.", Body),
            ]
        );
    }

    #[test]
    fn a_link_marker_alone_makes_the_next_line_its_link() {
        let text = "Rebels took the town.\n\nRead more:\nUkraine and Russia hold a second round of talks in Istanbul and agree to swap prisoners\n\nFoto 6 oktober: de stad na de aanval.\n\nThe army withdrew.";
        assert_eq!(
            kinds(text),
            vec![
                ("Rebels took the town.", Body),
                ("Read more:", Boilerplate),
                ("Ukraine and Russia hold a second round of talks in Istanbul and agree to swap prisoners", Boilerplate),
                ("Foto 6 oktober: de stad na de aanval.", Boilerplate),
                ("The army withdrew.", Body),
            ]
        );
        // A link short enough to read as a heading ends the link there.
        let text = "Read more:\nFive exhibitions to see\n\nThe army withdrew.";
        assert_eq!(kinds(text).last(), Some(&("The army withdrew.", Body)));
    }

    #[test]
    fn an_about_section_is_boilerplate_up_to_the_next_heading() {
        let text = "De gevechten duren voort.\n\nOver Artsen zonder Grenzen\nArtsen zonder Grenzen werkt sinds 1983 in het land en biedt medische zorg.\n\nMeer nieuws\nHet leger rukt op.";
        assert_eq!(
            kinds(text),
            vec![
                ("De gevechten duren voort.", Body),
                ("Over Artsen zonder Grenzen", Heading),
                ("Artsen zonder Grenzen werkt sinds 1983 in het land en biedt medische zorg.", Boilerplate),
                ("Meer nieuws", Heading),
                ("Het leger rukt op.", Body),
            ]
        );
    }

    #[test]
    fn cuts_glued_headings_and_boilerplate() {
        let text = "Scholen werden geraakt. Duizenden Turkse militairen De rebellen krijgen steun. Lees ook: Mohammed (11) over oorlog: 'Ik wil vrede' Door het geweld zijn mensen gevlucht. Hoe Assad won Bekijk deze video op RTL XL Het regime van Assad heeft Syrië in handen.";
        assert_eq!(
            kinds(text),
            vec![
                ("Scholen werden geraakt.", Body),
                ("Duizenden Turkse militairen", Heading),
                ("De rebellen krijgen steun.", Body),
                ("Lees ook: Mohammed (11) over oorlog: 'Ik wil vrede'", Boilerplate),
                ("Door het geweld zijn mensen gevlucht.", Body),
                ("Hoe Assad won", Heading),
                ("Bekijk deze video op RTL XL", Boilerplate),
                ("Het regime van Assad heeft Syrië in handen.", Body),
            ]
        );
    }

    #[test]
    fn names_with_openers_are_not_cut() {
        let text = "Ze sprak met Frank De Boer in Den Haag. He flew to The Hague.";
        assert_eq!(kinds(text).len(), 2);
    }

    #[test]
    fn lines_and_captions() {
        let text = "Fighting in Sudan\n\nPhoto: Reuters/John Doe\nTroops shelled the town. Read more: why the war goes on";
        assert_eq!(
            kinds(text),
            vec![
                ("Fighting in Sudan", Heading),
                ("Photo: Reuters/John Doe", Boilerplate),
                ("Troops shelled the town.", Body),
                ("Read more: why the war goes on", Boilerplate),
            ]
        );
    }

    #[test]
    fn datelines_are_not_part_of_the_sentence() {
        for (text, want) in [
            ("PORT SUDAN, June 15 (Reuters) - Shelling killed 15 civilians.", "Shelling killed 15 civilians."),
            ("OUAGADOUGOU (AP) — Extremists killed dozens.", "Extremists killed dozens."),
            ("DEN HAAG (ANP) - Het kabinet viel.", "Het kabinet viel."),
            ("NATO said - in a statement - that it would act.", "NATO said - in a statement - that it would act."),
            ("The UN said so.", "The UN said so."),
            ("BUDAPEST - A Ukrainian grandmaster won.", "A Ukrainian grandmaster won."),
            ("EU - NATO ties - improved.", "EU - NATO ties - improved."),
            ("(Bangkok, 18 September 2024) - An air strike killed 19 civilians.", "An air strike killed 19 civilians."),
            ("(GENEVA, 3 May) – The UN appealed for aid.", "The UN appealed for aid."),
            ("(Reuters) - Markets fell.", "(Reuters) - Markets fell."),
            ("QUETTA: A suicide car bomb struck a school bus.", "A suicide car bomb struck a school bus."),
            ("Bogota, July 16 -- A car bomb exploded.", "A car bomb exploded."),
            ("PORT SUDAN / ROME, 20 August 2025 – A convoy reached Kadugli.", "A convoy reached Kadugli."),
            ("Culiacán (Mexico) (AFP) - Soldiers arrested seven men.", "Soldiers arrested seven men."),
            ("UVIRA, DR Congo, Feb 24, 2025 (AFP) - M23 rebels fought.", "M23 rebels fought."),
            ("In 2024, 15 people - most of them children - died.", "In 2024, 15 people - most of them children - died."),
            ("Kenya, Somalia and Ethiopia - all IGAD members - met.", "Kenya, Somalia and Ethiopia - all IGAD members - met."),
            ("Lt Col: a title.", "Lt Col: a title."),
        ] {
            let s = &segment(text, &rules())[0];
            assert_eq!(&text[s.start..s.end], want);
        }
    }

    #[test]
    fn never_panics_on_odd_text() {
        for t in ["", ".", "...", "a.\u{0}b", "É. É. É.", "\n\n\n", "?!", "«»", "Ünïcode… Nog één."] {
            let _ = segment(t, &rules());
        }
    }
}
