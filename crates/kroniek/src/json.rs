//! The event encoder behind `kroniek code`'s JSON Lines: field for field what `serde_json`
//! writes for [`Event`], written straight into a byte buffer. Encoding was a tenth of the
//! coding time through serde, most of it escaping strings that need no escaping; here a string
//! is checked in blocks and copied whole when clean.

use kroniek_types::{Actor, Date, Event, Place, Precision, Span};
use std::io::Write;

/// Appends `event` as one JSON object (no newline), byte for byte what
/// `serde_json::to_writer(out, event)` writes.
pub fn write_event(out: &mut Vec<u8>, event: &Event) {
    out.push(b'{');
    out.extend_from_slice(b"\"id\":");
    string(out, &event.id);
    out.extend_from_slice(b",\"article_id\":");
    string(out, &event.article_id);
    out.extend_from_slice(b",\"language\":");
    string(out, &event.language);
    out.extend_from_slice(b",\"event_type\":");
    string(out, event.event_type.as_str());
    out.extend_from_slice(b",\"mode\":");
    opt_string(out, event.mode.as_deref());
    out.extend_from_slice(b",\"context\":");
    opt_string(out, event.context.as_deref());
    out.extend_from_slice(b",\"cameo\":");
    string(out, &event.cameo);
    out.extend_from_slice(b",\"acled_event_type\":");
    opt_string(out, event.acled_event_type.as_deref());
    out.extend_from_slice(b",\"acled_sub_event_type\":");
    opt_string(out, event.acled_sub_event_type.as_deref());
    out.extend_from_slice(b",\"source\":");
    opt_actor(out, event.source.as_ref());
    out.extend_from_slice(b",\"target\":");
    opt_actor(out, event.target.as_ref());
    out.extend_from_slice(b",\"other_actors\":");
    out.push(b'[');
    for (i, a) in event.other_actors.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        actor(out, a);
    }
    out.push(b']');
    out.extend_from_slice(b",\"location\":");
    match &event.location {
        Some(p) => place(out, p),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"date\":");
    match event.date {
        Some(d) => date(out, d),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"date_precision\":");
    opt_string(out, event.date_precision.map(|p| p.as_str()));
    if let Some(time) = &event.time {
        out.extend_from_slice(b",\"time\":");
        string(out, time);
    }
    for (key, value) in [
        (&b",\"fatalities\":"[..], event.fatalities),
        (b",\"injured\":", event.injured),
        (b",\"arrested\":", event.arrested),
        (b",\"displaced\":", event.displaced),
    ] {
        out.extend_from_slice(key);
        opt_number(out, value);
    }
    out.extend_from_slice(b",\"intent\":");
    string(out, event.intent.as_str());
    out.extend_from_slice(b",\"sentence\":");
    string(out, &event.sentence);
    out.extend_from_slice(b",\"evidence\":");
    span(out, event.evidence);
    out.extend_from_slice(b",\"confidence\":");
    float(out, &event.confidence);
    out.extend_from_slice(b",\"trigger\":");
    string(out, &event.trigger);
    out.extend_from_slice(b",\"trigger_span\":");
    span(out, event.trigger_span);
    if !event.number_spans.is_empty() {
        out.extend_from_slice(b",\"number_spans\":");
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
        out.extend_from_slice(b",\"date_span\":");
        span(out, s);
    }
    if let Some(topic) = &event.topic {
        out.extend_from_slice(b",\"topic\":");
        string(out, topic);
    }
    out.push(b'}');
}

/// A date as `Date`'s `Display` writes it, at its precision: digits and dashes, nothing to
/// escape.
fn date(out: &mut Vec<u8>, d: Date) {
    out.push(b'"');
    if (0..=9999).contains(&d.year) {
        let y = d.year as u32;
        out.extend_from_slice(&[b'0' + (y / 1000) as u8, b'0' + (y / 100 % 10) as u8, b'0' + (y / 10 % 10) as u8, b'0' + (y % 10) as u8]);
    } else {
        let _ = write!(out, "{:04}", d.year);
    }
    let two = |n: u8| [b'-', b'0' + n / 10 % 10, b'0' + n % 10];
    match d.precision {
        Precision::Day | Precision::Week => {
            out.extend_from_slice(&two(d.month));
            out.extend_from_slice(&two(d.day));
        }
        Precision::Month => out.extend_from_slice(&two(d.month)),
        Precision::Year => {}
    }
    out.push(b'"');
}

fn actor(out: &mut Vec<u8>, a: &Actor) {
    out.push(b'{');
    out.extend_from_slice(b"\"text\":");
    string(out, &a.text);
    out.extend_from_slice(b",\"name\":");
    string(out, &a.name);
    out.extend_from_slice(b",\"code\":");
    string(out, &a.code);
    out.extend_from_slice(b",\"country\":");
    opt_string(out, a.country.as_deref());
    out.extend_from_slice(b",\"org\":");
    opt_string(out, a.org.as_deref());
    out.extend_from_slice(b",\"sector\":");
    opt_string(out, a.sector.as_deref());
    if let Some(s) = a.span {
        out.extend_from_slice(b",\"span\":");
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
    out.extend_from_slice(b"\"text\":");
    string(out, &p.text);
    out.extend_from_slice(b",\"name\":");
    string(out, &p.name);
    out.extend_from_slice(b",\"country\":");
    opt_string(out, p.country.as_deref());
    out.extend_from_slice(b",\"admin1\":");
    opt_string(out, p.admin1.as_deref());
    out.extend_from_slice(b",\"lat\":");
    float(out, &p.lat);
    out.extend_from_slice(b",\"lon\":");
    float(out, &p.lon);
    out.extend_from_slice(b",\"geonameid\":");
    opt_number(out, p.geonameid);
    out.extend_from_slice(b",\"precision\":");
    string(out, p.precision.as_str());
    if let Some(s) = p.span {
        out.extend_from_slice(b",\"span\":");
        span(out, s);
    }
    out.push(b'}');
}

fn span(out: &mut Vec<u8>, s: Span) {
    out.push(b'[');
    number(out, s[0] as u64);
    out.push(b',');
    number(out, s[1] as u64);
    out.push(b']');
}

fn opt_number(out: &mut Vec<u8>, n: Option<u64>) {
    match n {
        Some(n) => number(out, n),
        None => out.extend_from_slice(b"null"),
    }
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
    use kroniek_types::{EventType, Intent, PlacePrecision};

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
        for round in 0..5 {
            let mut ours = Vec::new();
            write_event(&mut ours, &e);
            assert_eq!(String::from_utf8(ours).unwrap(), serde_json::to_string(&e).unwrap(), "round {round}");
            // Then with the optional fields the other way round.
            e.location = None;
            e.date_precision = None;
            e.time = None;
            e.number_spans.clear();
            e.date_span = Some([2, 4]);
            e.topic = None;
            e.other_actors.clear();
            e.confidence = if round == 0 { 1.0 } else { f32::NAN };
            // Every precision, and none.
            e.date = [Precision::Day, Precision::Week, Precision::Year].get(round).map(|&precision| Date { year: 1995, month: 7, day: 11, precision });
            e.sentence = "plain".into();
        }
    }
}
