//! JSON Lines articles: one object a line with `id`, `text` (required), `title`, `date`, `url`,
//! `source`, `language`; unknown fields are ignored.

use kroniek_types::{content_hash, Article, Date};
use serde::Deserialize;

#[derive(Deserialize)]
struct Record {
    #[serde(default)]
    id: Option<serde_json::Value>,
    text: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    language: Option<String>,
}

/// One record to an article, or the reason it is not one.
pub(crate) fn article(json: &str, origin: String) -> Result<Article, String> {
    let record: Record = serde_json::from_str(json).map_err(|e| format!("malformed JSON: {e}"))?;
    from_record(record, origin)
}

/// Each element of a JSON array file.
pub(crate) fn array(json: &str) -> Result<Vec<serde_json::Value>, String> {
    serde_json::from_str(json).map_err(|e| format!("malformed JSON array: {e}"))
}

/// An array element to an article.
pub(crate) fn from_value(value: serde_json::Value, origin: String) -> Result<Article, String> {
    let record: Record = serde_json::from_value(value).map_err(|e| format!("not an article: {e}"))?;
    from_record(record, origin)
}

fn from_record(r: Record, origin: String) -> Result<Article, String> {
    let text = r.text.ok_or("no \"text\" field")?;
    if text.trim().is_empty() {
        return Err("\"text\" is empty".into());
    }
    let date = match r.date.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(d) => Some(Date::parse(d).map_err(|e| e.to_string())?),
    };
    let id = match r.id {
        Some(serde_json::Value::String(s)) if !s.is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => content_hash(&text),
    };
    Ok(Article { id, text, title: r.title, date, url: r.url, source: r.source, language: r.language, origin })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records() {
        let a = article(r#"{"id":"x1","text":"Hello.","date":"2020-03-05T10:00:00Z","language":"en","extra":1}"#, "f:1".into()).unwrap();
        assert_eq!((a.id.as_str(), a.date.unwrap().to_string().as_str(), a.language.as_deref()), ("x1", "2020-03-05", Some("en")));
        let no_id = article(r#"{"text":"Hello."}"#, "f:2".into()).unwrap();
        assert_eq!(no_id.id, content_hash("Hello."));
        for bad in [r#"{"id":1}"#, r#"{"text":""}"#, r#"{"text":5}"#, "{not json", r#"{"text":"x","date":"soon"}"#] {
            assert!(article(bad, "f".into()).is_err(), "{bad}");
        }
    }
}
