//! Plain text, with an optional first line `date YYYY-MM[-DD]`.

use kroniek_types::{Article, Date};

/// An article from plain text; the date header line, when there is one, is not part of the text.
pub(crate) fn article(text: &str, origin: &str) -> Article {
    let (date, body) = split_date_header(text);
    let mut article = Article::from_text(body, date);
    article.origin = origin.to_string();
    article
}

/// `date 2020-03 rest` or `date 2020-03-05\nrest` at the very start (after white space).
fn split_date_header(text: &str) -> (Option<Date>, &str) {
    let trimmed = text.trim_start();
    let Some(rest) = trimmed.strip_prefix("date ").or_else(|| trimmed.strip_prefix("date\t")) else {
        return (None, text);
    };
    let rest = rest.trim_start_matches([' ', '\t']);
    let token_end = rest.find(|c: char| c.is_whitespace()).unwrap_or(rest.len());
    match Date::parse(&rest[..token_end]) {
        Ok(date) => {
            let body = &rest[token_end..];
            let body = body.strip_prefix("\r\n").or_else(|| body.strip_prefix('\n')).unwrap_or(body);
            (Some(date), body.trim_start_matches([' ', '\t']))
        }
        Err(_) => (None, text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_headers() {
        let cases = [
            (" date 2020-03 Om middernacht moet", Some("2020-03"), "Om middernacht moet"),
            ("date 2024-05-08\nTroops shelled.", Some("2024-05-08"), "Troops shelled."),
            ("date soon\nText", None, "date soon\nText"),
            ("Troops shelled.", None, "Troops shelled."),
        ];
        for (input, date, body) in cases {
            let a = article(input, "x");
            assert_eq!(a.date.map(|d| d.to_string()).as_deref(), date, "{input:?}");
            assert_eq!(a.text, body);
        }
    }
}
