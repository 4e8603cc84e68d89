//! Sources: articles from plain text, JSON Lines and HTML files, folders and standard input.
//!
//! [`read_inputs`] returns [`Articles`], an iterator of `Result<Article, ReadError>` that streams:
//! JSON Lines are read a line at a time, folders are walked in sorted order, and a bad input (or
//! a bad line) yields a [`ReadError`] naming it before reading goes on with the next one.
//!
//! ```
//! use kroniek_read::{read_inputs, ReaderConfig};
//! let dir = std::env::temp_dir().join("kroniek-read-doctest");
//! std::fs::create_dir_all(&dir).unwrap();
//! std::fs::write(dir.join("a.txt"), "date 2020-03\nTroops entered the town.").unwrap();
//! let articles: Vec<_> = read_inputs(&[dir.join("a.txt")], &ReaderConfig::default()).collect();
//! let article = articles[0].as_ref().unwrap();
//! assert_eq!(article.date.unwrap().to_string(), "2020-03");
//! assert_eq!(article.text, "Troops entered the town.");
//! ```
#![deny(missing_docs)]

mod error;
mod html;
mod jsonl;
mod plain;
mod source;

pub use error::{ReadError, Result};
pub use source::{read_inputs, Articles};

/// Limits and choices of the readers.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ReaderConfig {
    /// Articles larger than this are skipped with [`ReadError::TooLarge`]; news articles are
    /// rarely above 100 KB, so 8 MiB only stops accidents (a 50 MB log line).
    pub max_article_bytes: usize,
}

impl Default for ReaderConfig {
    fn default() -> Self {
        ReaderConfig { max_article_bytes: 8 << 20 }
    }
}

/// Articles from a JSON document: one article object or an array of them (the body of
/// `POST /api/articles`). The error names the element and what is wrong with it.
pub fn articles_from_json(bytes: &[u8], origin: &str) -> std::result::Result<Vec<kroniek_types::Article>, String> {
    let text = std::str::from_utf8(bytes).map_err(|e| format!("not UTF-8 at byte {}", e.valid_up_to()))?;
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| format!("malformed JSON: {e}"))?;
    match value {
        serde_json::Value::Array(items) => items
            .into_iter()
            .enumerate()
            .map(|(i, v)| jsonl::from_value(v, format!("{origin}[{i}]")).map_err(|e| format!("[{i}]: {e}")))
            .collect(),
        v @ serde_json::Value::Object(_) => Ok(vec![jsonl::from_value(v, origin.to_string())?]),
        _ => Err("expected an article object or an array of them".into()),
    }
}

/// How a file's bytes are to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Plain,
    JsonLines,
    JsonArray,
    Html,
}

/// Guesses the format from the first bytes: `{` is JSON Lines, `[` a JSON array, tags are HTML.
fn sniff(head: &[u8]) -> Kind {
    let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
    let t = &head[start..];
    let lower: Vec<u8> = t.iter().take(512).map(u8::to_ascii_lowercase).collect();
    if t.starts_with(b"{") {
        Kind::JsonLines
    } else if t.starts_with(b"[") {
        Kind::JsonArray
    } else if lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html") || lower.starts_with(b"<!--")
        || (t.starts_with(b"<") && (contains(&lower, b"<p") || contains(&lower, b"<div") || contains(&lower, b"<body") || contains(&lower, b"<head")))
    {
        Kind::Html
    } else {
        Kind::Plain
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// A binary file: NUL bytes, or many control characters, in its first 8 KB.
fn looks_binary(head: &[u8]) -> bool {
    let head = &head[..head.len().min(8192)];
    head.contains(&0) || head.iter().filter(|b| b.is_ascii_control() && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)).count() * 20 > head.len().max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_formats() {
        assert_eq!(sniff(b"  {\"text\":1}"), Kind::JsonLines);
        assert_eq!(sniff(b"[{}]"), Kind::JsonArray);
        assert_eq!(sniff(b"<!DOCTYPE html><p>x"), Kind::Html);
        assert_eq!(sniff(b"<div class=a><p>x</p></div>"), Kind::Html);
        assert_eq!(sniff(b" date 2020-03 Om middernacht"), Kind::Plain);
        assert_eq!(sniff(b"<3 love"), Kind::Plain);
    }

    #[test]
    fn tells_binary() {
        assert!(looks_binary(b"\x7fELF\x02\x01\x01\0\0\0"));
        assert!(!looks_binary("Gewone tekst met één accent.\n".as_bytes()));
    }
}
