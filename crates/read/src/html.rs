//! HTML to article text: the readable body, without scripts, menus, headers, footers, forms or
//! captions; block elements become paragraph breaks; entities are decoded. Tolerates soup:
//! unclosed tags, stray `<`, comments, CDATA.

use kroniek_types::{content_hash, Article, Date};

/// Elements whose content is never article text.
const SKIP: &[&str] = &["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "figcaption", "svg", "button", "iframe", "select", "template"];
/// Elements that end a paragraph.
const BLOCK: &[&str] = &["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "tr", "blockquote", "ul", "ol", "main", "table", "figure", "hr", "dd", "dt"];

/// Extracts the article from an HTML document.
pub(crate) fn article(html: &str, origin: &str) -> Article {
    let lower = html.to_ascii_lowercase();
    let title = element_text(html, &lower, "title").or_else(|| element_text(html, &lower, "h1"));
    let date = meta(html, &lower, &["article:published_time", "date", "pubdate", "dc.date"])
        .or_else(|| attr_after(html, &lower, "<time", "datetime"))
        .and_then(|d| Date::parse(&d).ok());
    let language = attr_after(html, &lower, "<html", "lang").map(|l| l.chars().take(2).collect::<String>().to_lowercase());
    // Prefer the <article> (or <main>) element when there is one.
    let body = ["article", "main"]
        .iter()
        .find_map(|tag| {
            let start = lower.find(&format!("<{tag}"))?;
            let end = lower.rfind(&format!("</{tag}")).filter(|&e| e > start).unwrap_or(html.len());
            Some(&html[start..end])
        })
        .unwrap_or(html);
    let text = text_of(body);
    Article {
        id: content_hash(&text),
        text,
        title,
        date,
        url: None,
        source: None,
        language,
        origin: origin.to_string(),
    }
}

fn text_of(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    let mut out = String::with_capacity(html.len() / 2);
    let mut para = String::new();
    let mut i = 0;
    let b = html.as_bytes();
    let flush = |para: &mut String, out: &mut String| {
        let t = para.split_whitespace().collect::<Vec<_>>().join(" ");
        if !t.is_empty() {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(&t);
        }
        para.clear();
    };
    while i < b.len() {
        if b[i] != b'<' {
            let next = html[i..].find('<').map_or(html.len(), |n| i + n);
            decode_into(&html[i..next], &mut para);
            i = next;
            continue;
        }
        if lower[i..].starts_with("<!--") {
            i = lower[i..].find("-->").map_or(b.len(), |n| i + n + 3);
            continue;
        }
        if lower[i..].starts_with("<![cdata[") {
            i = lower[i..].find("]]>").map_or(b.len(), |n| i + n + 3);
            continue;
        }
        let name_start = i + 1 + usize::from(b.get(i + 1) == Some(&b'/'));
        let name_end = html[name_start..].find(|c: char| !c.is_ascii_alphanumeric()).map_or(b.len(), |n| name_start + n);
        let name = &lower[name_start..name_end];
        if name.is_empty() {
            para.push('<'); // a stray "<" in text
            i += 1;
            continue;
        }
        let tag_end = html[i..].find('>').map_or(b.len(), |n| i + n + 1);
        let closing = b.get(i + 1) == Some(&b'/');
        if !closing && SKIP.contains(&name) {
            let close = format!("</{name}");
            i = lower[tag_end..].find(&close).map_or(b.len(), |n| {
                let at = tag_end + n;
                lower[at..].find('>').map_or(b.len(), |m| at + m + 1)
            });
            continue;
        }
        if BLOCK.contains(&name) {
            flush(&mut para, &mut out);
        } else {
            para.push(' ');
        }
        i = tag_end;
    }
    flush(&mut para, &mut out);
    out
}

fn element_text(html: &str, lower: &str, tag: &str) -> Option<String> {
    let open = lower.find(&format!("<{tag}"))?;
    let start = open + lower[open..].find('>')? + 1;
    let end = start + lower[start..].find(&format!("</{tag}"))?;
    let mut s = String::new();
    decode_into(&text_of(&html[start..end]), &mut s);
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

fn meta(html: &str, lower: &str, names: &[&str]) -> Option<String> {
    let mut from = 0;
    while let Some(n) = lower[from..].find("<meta") {
        let at = from + n;
        let end = at + lower[at..].find('>').map_or(lower.len() - at, |n| n + 1);
        let tag = &lower[at..end];
        if names.iter().any(|name| tag.contains(&format!("\"{name}\"")) || tag.contains(&format!("'{name}'"))) {
            if let Some(v) = attr_after(&html[at..end], tag, "<meta", "content") {
                return Some(v);
            }
        }
        from = end.max(at + 5);
    }
    None
}

fn attr_after(html: &str, lower: &str, tag: &str, attr: &str) -> Option<String> {
    let at = lower.find(tag)?;
    let end = at + lower[at..].find('>')?;
    let key = format!("{attr}=");
    let k = at + lower[at..end].find(&key)? + key.len();
    let rest = &html[k..end];
    let value = match rest.chars().next()? {
        q @ ('"' | '\'') => rest[1..].split(q).next()?,
        _ => rest.split(|c: char| c.is_whitespace() || c == '>').next()?,
    };
    Some(value.to_string())
}

/// Appends `s` with HTML entities decoded.
fn decode_into(s: &str, out: &mut String) {
    const NAMED: &[(&str, &str)] = &[
        ("amp", "&"), ("lt", "<"), ("gt", ">"), ("quot", "\""), ("apos", "'"), ("nbsp", " "), ("eacute", "é"),
        ("egrave", "è"), ("euml", "ë"), ("iuml", "ï"), ("ouml", "ö"), ("uuml", "ü"), ("auml", "ä"), ("aacute", "á"),
        ("oacute", "ó"), ("iacute", "í"), ("uacute", "ú"), ("ccedil", "ç"), ("ntilde", "ñ"), ("szlig", "ß"),
        ("mdash", "—"), ("ndash", "–"), ("hellip", "…"), ("rsquo", "’"), ("lsquo", "‘"), ("ldquo", "“"),
        ("rdquo", "”"), ("laquo", "«"), ("raquo", "»"), ("copy", "©"), ("euro", "€"), ("deg", "°"), ("middot", "·"),
        ("bull", "•"), ("shy", ""), ("zwnj", ""), ("Eacute", "É"), ("Ouml", "Ö"), ("Uuml", "Ü"),
    ];
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let semi = after.find(';').filter(|&n| n <= 10);
        let decoded = semi.and_then(|n| {
            let name = &after[..n];
            let c = if let Some(num) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                u32::from_str_radix(num, 16).ok().and_then(char::from_u32).map(String::from)
            } else if let Some(num) = name.strip_prefix('#') {
                num.parse::<u32>().ok().and_then(char::from_u32).map(String::from)
            } else {
                NAMED.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
            };
            c.map(|c| (c, n))
        });
        match decoded {
            Some((c, n)) => {
                out.push_str(&c);
                rest = &after[n + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extracts_article_text_from_soup() {
        let html = r#"<!DOCTYPE html><html lang="nl-NL"><head><title>Bestand in Idlib</title>
            <meta property="article:published_time" content="2020-03-05T21:00:00Z"><script>var x = "<p>no</p>";</script></head>
            <body><nav><a>Home</a> | <a>Sport</a></nav><header>Menu</header>
            <article><h1>Bestand</h1><p>Rusland en Turkije spraken een bestand af.</p>
            <figure><img src=x><figcaption>Foto: ANP</figcaption></figure><!-- ad -->
            <p>Caf&eacute; &amp; co &#233;&#x e9; <b>vet</b> 3 < 4</p><p>unclosed
            </article><footer>(c) 2020</footer></body></html>"#;
        let a = article(html, "x.html");
        assert_eq!(a.title.as_deref(), Some("Bestand in Idlib"));
        assert_eq!(a.date.unwrap().to_string(), "2020-03-05");
        assert_eq!(a.language.as_deref(), Some("nl"));
        assert_eq!(a.text, "Bestand\n\nRusland en Turkije spraken een bestand af.\n\nCafé & co é&#x e9; vet 3 < 4\n\nunclosed");
    }

    #[test]
    fn survives_garbage() {
        for s in ["<", "<<<>>>", "<p", "<script>", "&#99999999;", "<!--", "<a href='x>y</a>", "\u{0}<div>é"] {
            let _ = article(s, "x");
        }
    }
}
