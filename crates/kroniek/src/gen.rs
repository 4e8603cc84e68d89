//! A deterministic corpus of synthetic news for benchmarks: `kroniek gen --articles N --seed S`.
//!
//! Articles mix event sentences and ordinary news filler from `data/gen/<lang>.tsv`, with slots
//! filled from the lexicons (country names and adjectives, people), so the whole lexicon is
//! exercised. The same seed gives the same corpus, byte for byte. The [`Mix`] says how much of
//! it reports conflict: a day of world news ([`Mix::Day`]) or only conflict reports.

use crate::{Error, Result};
use std::io::Write;
use std::path::Path;

/// splitmix64: small, fast and good enough to pick template words.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a>(&mut self, v: &'a [String]) -> &'a str {
        v.get(self.below(v.len())).map_or("", String::as_str)
    }
}

/// One language's templates and slot fillers.
#[derive(Default)]
struct Vocabulary {
    lang: String,
    headlines: Vec<String>,
    events: Vec<String>,
    fillers: Vec<String>,
    cities: Vec<String>,
    days: Vec<String>,
    countries: Vec<String>,
    adjectives: Vec<String>,
    people: Vec<String>,
}

fn tsv_rows(path: &Path) -> Result<Vec<Vec<String>>> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::Data(format!("{}: {e}", path.display())))?;
    Ok(text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(|c| c.trim().to_string()).collect())
        .collect())
}

fn first_form(col: Option<&String>) -> Option<String> {
    col.and_then(|c| c.split('|').map(str::trim).find(|f| !f.is_empty()).map(String::from))
}

impl Vocabulary {
    fn load(data: &Path, lang: &str) -> Result<Vocabulary> {
        let mut v = Vocabulary { lang: lang.to_string(), ..Vocabulary::default() };
        for row in tsv_rows(&data.join("gen").join(format!("{lang}.tsv")))? {
            let (Some(kind), Some(text)) = (row.first(), row.get(1)) else { continue };
            let list = match kind.as_str() {
                "headline" => &mut v.headlines,
                "event" => &mut v.events,
                "filler" => &mut v.fillers,
                "city" => &mut v.cities,
                "day" => &mut v.days,
                _ => continue,
            };
            list.push(text.clone());
        }
        for row in tsv_rows(&data.join("lexicons").join(lang).join("countries.tsv"))? {
            v.countries.extend(first_form(row.get(1)));
            v.adjectives.extend(row.get(2).and_then(|c| c.split('|').map(str::trim).rfind(|f| !f.is_empty()).map(String::from)));
        }
        for row in tsv_rows(&data.join("lexicons").join("common").join("people.tsv"))? {
            v.people.extend(first_form(row.first()));
        }
        if v.events.is_empty() || v.fillers.is_empty() || v.countries.is_empty() {
            return Err(Error::Data(format!("data/gen/{lang}.tsv or its lexicons lack templates or countries")));
        }
        Ok(v)
    }

    fn fill(&self, template: &str, rng: &mut Rng) -> String {
        let mut out = template.to_string();
        for (slot, list) in [
            ("{COUNTRY}", &self.countries),
            ("{COUNTRY2}", &self.countries),
            ("{ADJ}", &self.adjectives),
            ("{ADJ2}", &self.adjectives),
            ("{PERSON}", &self.people),
            ("{CITY}", &self.cities),
            ("{DAY}", &self.days),
        ] {
            while let Some(at) = out.find(slot) {
                let word = rng.pick(list).to_string();
                out.replace_range(at..at + slot.len(), &word);
            }
        }
        while let Some(at) = out.find("{NUM}") {
            let n = [2, 3, 5, 7, 12, 15, 20, 24, 40, 59, 100, 120][rng.below(12)];
            out.replace_range(at..at + 5, &n.to_string());
        }
        // Sentences start with a capital even when a slot opened them ("het Turkse leger").
        let mut chars = out.chars();
        match chars.next() {
            Some(c) => c.to_uppercase().chain(chars).collect(),
            None => out,
        }
    }

    fn article(&self, rng: &mut Rng, event_percent: usize) -> (String, String) {
        let title = self.fill(&self.headlines[rng.below(self.headlines.len())], rng);
        let target = 2000 + rng.below(3000);
        let mut text = String::with_capacity(target + 400);
        while text.len() < target {
            let sentences = 2 + rng.below(3);
            for s in 0..sentences {
                let template = if rng.below(100) < event_percent { rng.pick(&self.events) } else { rng.pick(&self.fillers) };
                if s > 0 {
                    text.push(' ');
                }
                text.push_str(&self.fill(template, rng));
            }
            text.push_str("\n\n");
        }
        (title, text.trim_end().to_string())
    }
}

/// How much of the corpus reports conflict.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Mix {
    /// A day of world news: two articles in five are conflict reports (three sentences in ten
    /// an event), the rest ordinary news with an event sentence in twenty-five. About five
    /// events an article, the order of GDELT's events per article.
    #[default]
    Day,
    /// Only conflict reports, four sentences in ten an event (about twenty events an article):
    /// the worst case for the coder.
    Conflict,
}

impl Mix {
    /// The share of event sentences, in percent, of the next article.
    fn event_percent(self, rng: &mut Rng) -> usize {
        match self {
            Mix::Day if rng.below(5) < 2 => 30,
            Mix::Day => 4,
            Mix::Conflict => 40,
        }
    }
}

/// Writes `articles` synthetic articles as JSON Lines (CONTRACT.md's article input) to `out`,
/// alternating the languages that have templates.
pub fn generate(data: &Path, articles: usize, seed: u64, mix: Mix, out: &mut impl Write) -> Result<()> {
    let mut vocabularies = Vec::new();
    for lang in ["en", "nl"] {
        if data.join("gen").join(format!("{lang}.tsv")).is_file() {
            vocabularies.push(Vocabulary::load(data, lang)?);
        }
    }
    if vocabularies.is_empty() {
        return Err(Error::Data(format!("no templates in {}", data.join("gen").display())));
    }
    let mut rng = Rng(seed);
    for i in 0..articles {
        let v = &vocabularies[i % vocabularies.len()];
        let event_percent = mix.event_percent(&mut rng);
        let (title, text) = v.article(&mut rng, event_percent);
        let date = format!("2024-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28));
        let record = serde_json::json!({
            "id": format!("gen-{seed}-{i}"),
            "title": title,
            "date": date,
            "language": v.lang,
            "source": "kroniek gen",
            "text": text,
        });
        serde_json::to_writer(&mut *out, &record).map_err(|e| Error::Data(e.to_string()))?;
        out.write_all(b"\n").map_err(|e| Error::Data(e.to_string()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_corpus_and_articles_of_two_to_five_kb() {
        let data = crate::data_dir();
        let (mut a, mut b, mut c) = (Vec::new(), Vec::new(), Vec::new());
        generate(&data, 20, 7, Mix::Day, &mut a).unwrap();
        generate(&data, 20, 7, Mix::Day, &mut b).unwrap();
        generate(&data, 20, 8, Mix::Day, &mut c).unwrap();
        assert_eq!(a, b);
        assert_ne!(a, c);
        for line in String::from_utf8(a).unwrap().lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let len = v["text"].as_str().unwrap().len();
            assert!((2000..6000).contains(&len), "{len}");
            assert!(!v["text"].as_str().unwrap().contains('{'), "every slot is filled");
        }
    }
}
