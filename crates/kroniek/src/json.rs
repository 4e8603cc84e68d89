//! The event encoder behind `kroniek code`'s JSON Lines: field for field what `serde_json`
//! writes for [`Event`], written straight into a byte buffer. Encoding was a tenth of the
//! coding time through serde, most of it escaping strings that need no escaping; here a string
//! is checked in blocks and copied whole when clean.

use kroniek_types::{Actor, Event, Place, Span};
use std::io::Write;

/// Appends `event` as one JSON object (no newline), byte for byte what
/// `serde_json::to_writer(out, event)` writes.
pub fn write_event(out: &mut Vec<u8>, event: &Event) {
    out.push(b'{');
    key(out, "id", true);
    string(out, &event.id);
    key(out, "article_id", false);
    string(out, &event.article_id);
    key(out, "language", false);
    string(out, &event.language);
    key(out, "event_type", false);
    string(out, event.event_type.as_str());
    key(out, "mode", false);
    opt_string(out, event.mode.as_deref());
    key(out, "context", false);
    opt_string(out, event.context.as_deref());
    key(out, "cameo", false);
    string(out, &event.cameo);
    key(out, "acled_event_type", false);
    opt_string(out, event.acled_event_type.as_deref());
    key(out, "acled_sub_event_type", false);
    opt_string(out, event.acled_sub_event_type.as_deref());
    key(out, "source", false);
    opt_actor(out, event.source.as_ref());
    key(out, "target", false);
    opt_actor(out, event.target.as_ref());
    key(out, "other_actors", false);
    out.push(b'[');
    for (i, a) in event.other_actors.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        actor(out, a);
    }
    out.push(b']');
    key(out, "location", false);
    match &event.location {
        Some(p) => place(out, p),
        None => out.extend_from_slice(b"null"),
    }
    key(out, "date", false);
    match event.date {
        // Dates print as digits and dashes: nothing to escape.
        Some(d) => {
            let _ = write!(out, "\"{d}\"");
        }
        None => out.extend_from_slice(b"null"),
    }
    key(out, "date_precision", false);
    opt_string(out, event.date_precision.map(|p| p.as_str()));
    if let Some(time) = &event.time {
        key(out, "time", false);
        string(out, time);
    }
    for (name, value) in [("fatalities", event.fatalities), ("injured", event.injured), ("arrested", event.arrested), ("displaced", event.displaced)] {
        key(out, name, false);
        match value {
            Some(n) => number(out, n),
            None => out.extend_from_slice(b"null"),
        }
    }
    key(out, "intent", false);
    string(out, event.intent.as_str());
    key(out, "sentence", false);
    string(out, &event.sentence);
    key(out, "evidence", false);
    span(out, event.evidence);
    key(out, "confidence", false);
    float(out, &event.confidence);
    key(out, "trigger", false);
    string(out, &event.trigger);
    key(out, "trigger_span", false);
    span(out, event.trigger_span);
    if !event.number_spans.is_empty() {
        key(out, "number_spans", false);
        out.push(b'[');
        for (i, s) in event.number_spans.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            span(out, *s);
        }
        out.push(b']');
    }
    if let Some(s) = event.date_span {
        key(out, "date_span", false);
        span(out, s);
    }
    if let Some(topic) = &event.topic {
        key(out, "topic", false);
        string(out, topic);
    }
    out.push(b'}');
}

fn actor(out: &mut Vec<u8>, a: &Actor) {
    out.push(b'{');
    key(out, "text", true);
    string(out, &a.text);
    key(out, "name", false);
    string(out, &a.name);
    key(out, "code", false);
    string(out, &a.code);
    key(out, "country", false);
    opt_string(out, a.country.as_deref());
    key(out, "org", false);
    opt_string(out, a.org.as_deref());
    key(out, "sector", false);
    opt_string(out, a.sector.as_deref());
    if let Some(s) = a.span {
        key(out, "span", false);
        span(out, s);
    }
    out.push(b'}');
}

fn opt_actor(out: &mut Vec<u8>, a: Option<&Actor>) {
    match a {
        Some(a) => actor(out, a),
        None => out.extend_from_slice(b"null"),
    }
}

fn place(out: &mut Vec<u8>, p: &Place) {
    out.push(b'{');
    key(out, "text", true);
    string(out, &p.text);
    key(out, "name", false);
    string(out, &p.name);
    key(out, "country", false);
    opt_string(out, p.country.as_deref());
    key(out, "admin1", false);
    opt_string(out, p.admin1.as_deref());
    key(out, "lat", false);
    float(out, &p.lat);
    key(out, "lon", false);
    float(out, &p.lon);
    key(out, "geonameid", false);
    match p.geonameid {
        Some(id) => number(out, id),
        None => out.extend_from_slice(b"null"),
    }
    key(out, "precision", false);
    string(out, p.precision.as_str());
    if let Some(s) = p.span {
        key(out, "span", false);
        span(out, s);
    }
    out.push(b'}');
}

/// `"name":`, after a comma unless it is the object's first key (names need no escaping).
fn key(out: &mut Vec<u8>, name: &str, first: bool) {
    if !first {
        out.push(b',');
    }
    out.push(b'"');
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(b"\":");
}

fn span(out: &mut Vec<u8>, s: Span) {
    out.push(b'[');
    number(out, s[0] as u64);
    out.push(b',');
    number(out, s[1] as u64);
    out.push(b']');
}

fn number(out: &mut Vec<u8>, n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    let mut n = n;
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[i..]);
}

/// Floats as serde_json formats them (shortest round trip; non-finite as null): a few per
/// event, so they go through serde_json itself.
fn float<T: serde::Serialize>(out: &mut Vec<u8>, value: &T) {
    let _ = serde_json::to_writer(&mut *out, value);
}

fn opt_string(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => string(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// A JSON string. Clean text (no quote, backslash or control character, checked sixteen
/// bytes at a time) is copied whole; the rest is escaped as serde_json escapes it.
fn string(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    let needs_escape = |b: u8| b < 0x20 || b == b'"' || b == b'\\';
    let clean = bytes.chunks(16).all(|chunk| !chunk.iter().fold(false, |any, &b| any | needs_escape(b)));
    out.push(b'"');
    if clean {
        out.extend_from_slice(bytes);
    } else {
        for &b in bytes {
            match b {
                b'"' => out.extend_from_slice(b"\\\""),
                b'\\' => out.extend_from_slice(b"\\\\"),
                b'\n' => out.extend_from_slice(b"\\n"),
                b'\r' => out.extend_from_slice(b"\\r"),
                b'\t' => out.extend_from_slice(b"\\t"),
                0x08 => out.extend_from_slice(b"\\b"),
                0x0C => out.extend_from_slice(b"\\f"),
                b if b < 0x20 => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    out.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[(b >> 4) as usize], HEX[(b & 0xF) as usize]]);
                }
                b => out.push(b),
            }
        }
    }
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use kroniek_types::{Date, EventType, Intent, PlacePrecision, Precision};

    fn actor(text: &str, span: Option<Span>) -> Actor {
        Actor { text: text.into(), name: "Türkiye".into(), code: "TURGOV".into(), country: Some("TUR".into()), org: None, sector: Some("GOV".into()), span }
    }

    fn event() -> Event {
        Event {
            id: "e1".into(),
            article_id: "a\"1\\".into(),
            language: "nl".into(),
            event_type: EventType::Assault,
            mode: None,
            context: Some("military".into()),
            cameo: "190".into(),
            acled_event_type: Some("Battles".into()),
            acled_sub_event_type: None,
            source: Some(actor("de Turkse president Erdoğan", Some([3, 30]))),
            target: None,
            other_actors: vec![actor("Ankara", None), actor("tab\there", Some([0, 1]))],
            location: Some(Place {
                text: "Idlib".into(),
                name: "Idlib".into(),
                country: Some("SYR".into()),
                admin1: None,
                lat: 35.93,
                lon: -0.1,
                geonameid: Some(169388),
                precision: PlacePrecision::City,
                span: Some([40, 45]),
            }),
            date: Some(Date { year: 2020, month: 3, day: 1, precision: Precision::Month }),
            date_precision: Some(Precision::Month),
            time: Some("00:00".into()),
            fatalities: Some(59),
            injured: None,
            arrested: Some(0),
            displaced: Some(1_000_000),
            intent: Intent::Planned,
            sentence: "Hij zei: \"vuur\" \u{1}\u{8}\u{c}\r\n en «meer» — 😀".into(),
            evidence: [0, 120],
            confidence: 0.7,
            trigger: "aanval".into(),
            trigger_span: [5, 11],
            number_spans: vec![[1, 3], [7, 9]],
            date_span: None,
            topic: Some("ceasefire".into()),
        }
    }

    #[test]
    fn writes_what_serde_json_writes() {
        let mut e = event();
        for round in 0..3 {
            let mut ours = Vec::new();
            write_event(&mut ours, &e);
            assert_eq!(String::from_utf8(ours).unwrap(), serde_json::to_string(&e).unwrap(), "round {round}");
            // Then with the optional fields the other way round.
            e.location = None;
            e.date = None;
            e.date_precision = None;
            e.time = None;
            e.number_spans.clear();
            e.date_span = Some([2, 4]);
            e.topic = None;
            e.other_actors.clear();
            e.confidence = if round == 0 { 1.0 } else { f32::NAN };
            e.sentence = "plain".into();
        }
    }
}
