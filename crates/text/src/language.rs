//! Language identification: which lexicon, if any, applies to an article.

/// A detected language.
#[derive(Debug, Clone, PartialEq)]
pub struct Detected {
    /// ISO 639-1 code where the language has one we know ("nl", "en", "de"), else ISO 639-3.
    pub code: &'static str,
    /// English name, for messages ("German").
    pub name: &'static str,
    /// 0 to 1.
    pub confidence: f64,
    /// Whether the detector trusts its own verdict (it does not on a sentence or two).
    pub reliable: bool,
}

/// Detects the language of `text` from its first few kilobytes; `None` when there is too little
/// text to tell.
pub fn detect_language(text: &str) -> Option<Detected> {
    let mut cut = text.len().min(4096);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let info = whatlang::detect(&text[..cut])?;
    let lang = info.lang();
    let code3 = lang.code();
    let code = ISO639_1.iter().find(|(three, _)| *three == code3).map_or(code3, |(_, two)| two);
    Some(Detected { code, name: lang.eng_name(), confidence: info.confidence(), reliable: info.is_reliable() })
}

/// ISO 639-3 to 639-1 for the languages news arrives in most.
const ISO639_1: &[(&str, &str)] = &[
    ("eng", "en"), ("nld", "nl"), ("deu", "de"), ("fra", "fr"), ("spa", "es"), ("ita", "it"),
    ("por", "pt"), ("rus", "ru"), ("ukr", "uk"), ("ara", "ar"), ("tur", "tr"), ("pol", "pl"),
    ("afr", "af"), ("dan", "da"), ("swe", "sv"), ("nob", "nb"), ("fin", "fi"), ("ces", "cs"),
    ("slk", "sk"), ("hun", "hu"), ("ron", "ro"), ("bul", "bg"), ("srp", "sr"), ("hrv", "hr"),
    ("ell", "el"), ("heb", "he"), ("pes", "fa"), ("urd", "ur"), ("hin", "hi"), ("ben", "bn"),
    ("cmn", "zh"), ("jpn", "ja"), ("kor", "ko"), ("ind", "id"), ("vie", "vi"), ("tha", "th"),
    ("swa", "sw"), ("amh", "am"), ("epo", "eo"), ("lit", "lt"), ("lav", "lv"), ("est", "et"),
    ("slv", "sl"), ("bel", "be"), ("kat", "ka"), ("hye", "hy"), ("aze", "az"), ("uzb", "uz"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_dutch_english_and_others_apart_on_a_paragraph() {
        let cases = [
            ("nl", "In de regio is de afgelopen weken hard gevochten, waardoor bijna een miljoen mensen op de vlucht zijn geslagen. Rusland steunt de troepen van president Assad."),
            ("en", "Heavy fighting in the region over recent weeks has forced nearly a million people to flee. Russia backs the troops of President Assad."),
            ("de", "In der Region wurde in den letzten Wochen heftig gekämpft, wodurch fast eine Million Menschen geflohen sind."),
            ("fr", "Dans la région, de violents combats ont eu lieu ces dernières semaines, forçant près d'un million de personnes à fuir."),
        ];
        for (want, text) in cases {
            assert_eq!(detect_language(text).map(|d| d.code), Some(want), "{text}");
        }
    }

    #[test]
    fn too_little_text_is_unknown_not_a_guess_or_a_panic() {
        assert!(detect_language("").is_none());
        assert!(detect_language("1234 !!").is_none());
    }
}
