use crate::{Error, Result};
use kroniek_lexicon::{Codebook, Lexicon};
use kroniek_recognise::PlaceSource;
use kroniek_text::detect_language;
use kroniek_types::{Article, Event};
use std::path::{Path, PathBuf};

/// What the pipeline loads. Read from a config file or built in code; unknown keys are errors.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PipelineConfig {
    /// The folder holding `lexicons/` (and `built/`); `None` finds it (see [`data_dir`]).
    pub data_dir: Option<PathBuf>,
    /// Languages to load (ISO 639-1); empty loads every folder under `lexicons/`.
    #[serde(default)]
    pub languages: Vec<String>,
}

/// The result of coding one article.
#[derive(Debug, Clone, Default)]
pub struct Coded {
    /// The language the article was coded in (ISO 639-1).
    pub language: Option<String>,
    /// The events, in text order.
    pub events: Vec<Event>,
    /// Why the article was not coded (unsupported language, no text), when it was not.
    pub skipped: Option<String>,
}

/// Every compiled lexicon and the gazetteer, built once and shared by all threads.
pub struct Pipeline {
    codebook: Codebook,
    lexicons: Vec<Lexicon>,
    places: Option<crate::places::GazetteerSource>,
}

impl std::fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pipeline")
            .field("languages", &self.languages())
            .field("gazetteer", &self.places.is_some())
            .finish()
    }
}

/// Where reference data lives: `$KRONIEK_DATA`, else `data/` beside the executable's
/// workspace (`target/<profile>/kroniek` → `data/`), else the source tree it was built from.
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("KRONIEK_DATA") {
        return PathBuf::from(dir);
    }
    if let Ok(exe) = std::env::current_exe() {
        for up in exe.ancestors().skip(1).take(4) {
            let candidate = up.join("data");
            if candidate.join("lexicons").is_dir() {
                return candidate;
            }
        }
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

impl Pipeline {
    /// Loads and compiles all reference data.
    pub fn new(config: PipelineConfig) -> Result<Pipeline> {
        let dir = config.data_dir.clone().unwrap_or_else(data_dir);
        // The gazetteer loads beside the lexicons: together they are most of the start-up.
        let places_dir = dir.clone();
        let places = std::thread::spawn(move || crate::places::load(&places_dir));
        let codebook = Codebook::load(&dir).map_err(|e| Error::Data(e.to_string()))?;
        let mut languages = config.languages.clone();
        if languages.is_empty() {
            let entries = std::fs::read_dir(dir.join("lexicons"))
                .map_err(|e| Error::Data(format!("{}: {e}", dir.join("lexicons").display())))?;
            languages = entries
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|n| n.len() == 2 && n.chars().all(|c| c.is_ascii_lowercase()))
                .collect();
            languages.sort();
        }
        let mut lexicons = Vec::new();
        for lang in &languages {
            match Lexicon::for_language(&dir, lang, &codebook).map_err(|e| Error::Data(e.to_string()))? {
                Some(lex) => lexicons.push(lex),
                None => return Err(Error::Data(format!("no lexicon folder for language {lang:?}"))),
            }
        }
        let places = places.join().map_err(|_| Error::Data("the gazetteer loader failed".into()))??;
        Ok(Pipeline { codebook, lexicons, places })
    }

    /// The ISO 639-1 codes this pipeline codes.
    pub fn languages(&self) -> Vec<&str> {
        self.lexicons.iter().map(|l| l.language.as_str()).collect()
    }

    /// Codes one article. Never panics on any text; an article it cannot code comes back with
    /// `skipped` set and no events.
    pub fn code(&self, article: &Article) -> Coded {
        if article.text.trim().is_empty() {
            return Coded { skipped: Some("empty text".into()), ..Coded::default() };
        }
        let lexicon = match self.pick_lexicon(article) {
            Ok(l) => l,
            Err(reason) => return Coded { skipped: Some(reason), ..Coded::default() },
        };
        let places = self.places.as_ref().map(|p| p as &dyn PlaceSource);
        let events = match kroniek_recognise::analyse_for_events(&article.text, article.date, lexicon, places) {
            Some(analysis) => kroniek_code::code_article(article, &lexicon.language, &analysis, lexicon, &self.codebook),
            None => Vec::new(),
        };
        Coded { language: Some(lexicon.language.clone()), events, skipped: None }
    }

    /// The places the recogniser takes in `text` (as events would carry them), in text order.
    pub fn recognised_places(&self, text: &str, language: Option<&str>) -> Vec<kroniek_types::Place> {
        let article = Article { language: language.map(String::from), ..Article::from_text(text, None) };
        let Ok(lexicon) = self.pick_lexicon(&article) else { return Vec::new() };
        let places = self.places.as_ref().map(|p| p as &dyn PlaceSource);
        kroniek_recognise::analyse(text, None, lexicon, places)
            .mentions
            .into_iter()
            .filter_map(|m| match m.kind {
                kroniek_recognise::MentionKind::Place(p) => Some(*p),
                _ => None,
            })
            .collect()
    }

    /// Every place name in `text` with its readings and scores, for users tuning lexicons;
    /// empty when the gazetteer is not built.
    pub fn places(&self, text: &str) -> Vec<crate::places::PlaceReport> {
        let Some(source) = &self.places else { return Vec::new() };
        let article = Article::from_text(text, None);
        // A bare name ("Debre Markos") has no language to tell; any lexicon reads place names.
        let Some(lexicon) = self.pick_lexicon(&article).ok().or(self.lexicons.first()) else { return Vec::new() };
        let analysis = kroniek_recognise::analyse(text, None, lexicon, Some(source as &dyn PlaceSource));
        let accepted: Vec<kroniek_types::Place> = analysis
            .mentions
            .iter()
            .filter_map(|m| match &m.kind {
                kroniek_recognise::MentionKind::Place(p) => Some(kroniek_types::Place::clone(p)),
                _ => None,
            })
            .collect();
        let countries: Vec<String> = analysis.focus_country.into_iter().map(String::from).collect();
        crate::places::report(&source.0, text, &countries, &accepted)
    }

    /// The article's own language when given; else a language whose stop words make up a
    /// fifth of the text (reliable on short news text); else the detector's verdict.
    fn pick_lexicon(&self, article: &Article) -> std::result::Result<&Lexicon, String> {
        let by_code = |code: &str| self.lexicons.iter().find(|l| l.language == code);
        if let Some(lang) = article.language.as_deref() {
            let code = lang.trim().to_ascii_lowercase();
            let code = code.get(..2).unwrap_or(&code);
            return by_code(code).ok_or_else(|| format!("language {lang:?} has no lexicon (have: {})", self.languages().join(", ")));
        }
        let (best, hits, words) = self.by_stopwords(&article.text);
        if hits * 5 >= words && words >= 3 {
            return best.ok_or_else(|| "no lexicon loaded".to_string());
        }
        let detected = detect_language(&article.text);
        if let Some(l) = detected.as_ref().and_then(|d| by_code(d.code)) {
            return Ok(l);
        }
        // On a sentence or two the detector guesses; our own words are better evidence: the
        // stop words, else the language whose lexicon knows the most of the text.
        if detected.as_ref().is_none_or(|d| !d.reliable) {
            if let Some(l) = best.filter(|_| hits > 0).or_else(|| self.by_lexicon_hits(&article.text)) {
                return Ok(l);
            }
        }
        Err(match detected {
            Some(d) => format!("language {} ({}) has no lexicon (have: {})", d.name, d.code, self.languages().join(", ")),
            None => "could not tell the language (too little text)".to_string(),
        })
    }

    /// The lexicon that matches the most words of a short text, if any matches at all.
    fn by_lexicon_hits(&self, text: &str) -> Option<&Lexicon> {
        let folded = kroniek_text::fold(&text.chars().take(2000).collect::<String>());
        let mut hits = Vec::new();
        let (lex, n) = self
            .lexicons
            .iter()
            .map(|l| {
                hits.clear();
                l.scan(&folded, &mut hits);
                (l, hits.len())
            })
            .max_by_key(|(_, n)| *n)?;
        (n > 0).then_some(lex)
    }

    /// The lexicon with the most stop words among the first 300 words: (it, its hits, words).
    /// A tie is no winner.
    fn by_stopwords(&self, text: &str) -> (Option<&Lexicon>, usize, usize) {
        let folded = kroniek_text::fold(&text.chars().take(3000).collect::<String>());
        let words: Vec<&str> = folded.split_whitespace().take(300).collect();
        let mut scores: Vec<(&Lexicon, usize)> =
            self.lexicons.iter().map(|l| (l, words.iter().filter(|w| l.stopwords.contains(**w)).count())).collect();
        scores.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        match scores.as_slice() {
            [(l, n), rest @ ..] if *n > 0 && rest.first().is_none_or(|r| r.1 < *n) => (Some(*l), *n, words.len()),
            _ => (None, 0, words.len()),
        }
    }
}
