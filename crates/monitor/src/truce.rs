//! Finding truces in coded events, merging reports of one truce, and judging what followed.

use crate::Declaration;
use kroniek_types::{stable_hex, Actor, Date, Event, EventType, Intent, Place, PlacePrecision, Precision};
use serde::Serialize;

/// Reports of one truce start within this many days of each other.
const SAME_TRUCE_DAYS: i64 = 14;
/// A truce is `collapsed` after this many violations, or this many people killed in them.
const COLLAPSE_VIOLATIONS: usize = 5;
const COLLAPSE_FATALITIES: u64 = 50;

/// Whether a truce holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// No violation seen.
    Holding,
    /// At least one violation.
    Violated,
    /// Many violations or many deaths since the start.
    Collapsed,
}

impl Status {
    /// The lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Holding => "holding",
            Status::Violated => "violated",
            Status::Collapsed => "collapsed",
        }
    }
}

/// A violent event judged against a truce.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Violation {
    /// The event's id.
    pub event_id: String,
    /// Its article.
    pub article_id: String,
    /// When it happened.
    pub date: Option<Date>,
    /// People killed.
    pub fatalities: Option<u64>,
    /// The sentence.
    pub sentence: String,
    /// Byte offsets of the sentence in its article.
    pub evidence: [usize; 2],
}

/// An accusation that a truce was broken.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// The accusation's event id.
    pub event_id: String,
    /// Its article.
    pub article_id: String,
    /// Who claims (actor code).
    pub claimant: Option<String>,
    /// Who is accused (actor code).
    pub accused: Option<String>,
    /// Who denies it (actor codes), from denials in the same report.
    pub denied_by: Vec<String>,
    /// The sentence.
    pub sentence: String,
    /// Byte offsets of the sentence in its article.
    pub evidence: [usize; 2],
}

/// A truce, with what has happened since it was declared.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ceasefire {
    /// Stable id: the same reports give the same id.
    pub id: String,
    /// Actor codes bound by the truce: signatories and the forces they back.
    pub parties: Vec<String>,
    /// Actor codes of those who agreed or declared it.
    pub signatories: Vec<String>,
    /// The place the truce covers.
    pub zone: Option<Place>,
    /// ISO 8601 start at its precision: `2020-03-06T00:00`, `2020-03-06` or `2020-03`.
    pub start: Option<String>,
    /// UTC offset of `start` in minutes, when declared.
    pub utc_offset_minutes: Option<i32>,
    /// Holding, violated or collapsed.
    pub status: Status,
    /// Violent events by or against parties, in the zone, after the start.
    pub violations: Vec<Violation>,
    /// Violent events of the same reports before the start ("before the truce").
    pub before_start: Vec<Violation>,
    /// Accusations of breaking the truce.
    pub claims: Vec<Claim>,
    /// Ids of the articles that reported the truce.
    pub sources: Vec<String>,
    /// People killed in violations.
    pub fatalities_since_start: u64,
    /// Declared by hand rather than found in the news.
    pub declared_by_hand: bool,
}

/// A truce being assembled.
struct Draft {
    parties: Vec<String>,
    signatories: Vec<String>,
    zone: Option<Place>,
    start: Option<Date>,
    time: Option<String>,
    offset: Option<i32>,
    sources: Vec<String>,
    /// Articles that declare or agree the truce (not those that only mention it): what they
    /// tell of fighting happened before it.
    announcements: Vec<String>,
    by_hand: bool,
}

impl Draft {
    /// Minutes since 1970 (local) of the start; a month-precision start counts from its first day.
    fn start_minutes(&self) -> Option<i64> {
        let d = self.start?;
        Some(d.days() * 1440 + self.time.as_deref().map_or(0, minutes_of))
    }
}

fn minutes_of(hhmm: &str) -> i64 {
    let (h, m) = hhmm.split_once(':').unwrap_or(("0", "0"));
    h.parse::<i64>().unwrap_or(0) * 60 + m.parse::<i64>().unwrap_or(0)
}

fn push_unique(v: &mut Vec<String>, s: &str) {
    if !s.is_empty() && !v.iter().any(|x| x == s) {
        v.push(s.to_string());
    }
}

fn actors(e: &Event) -> impl Iterator<Item = &Actor> {
    e.source.iter().chain(e.target.iter()).chain(e.other_actors.iter())
}

fn country(code: &str) -> &str {
    code.get(..3).unwrap_or(code)
}

fn is_truce(e: &Event) -> bool {
    matches!(e.event_type, EventType::Agree | EventType::Retreat)
        && e.mode.as_deref() == Some("ceasefire")
        && !matches!(e.intent, Intent::Negated | Intent::Denied)
}

/// The truce each article reports, if any: signatories, backed forces, zone, start.
fn drafts_from_articles(events: &[Event]) -> Vec<Draft> {
    let mut articles: Vec<&str> = Vec::new();
    for e in events.iter().filter(|e| is_truce(e)) {
        if !articles.contains(&e.article_id.as_str()) {
            articles.push(&e.article_id);
        }
    }
    let mut out = Vec::new();
    for article in articles {
        let in_article: Vec<&Event> = events.iter().filter(|e| e.article_id == article).collect();
        let truce: Vec<&Event> = in_article.iter().copied().filter(|e| is_truce(e)).collect();
        let announces = truce.iter().any(|e| e.event_type == EventType::Agree || e.intent == Intent::Planned);
        let mut d = Draft {
            parties: Vec::new(),
            signatories: Vec::new(),
            zone: None,
            start: None,
            time: None,
            offset: None,
            sources: vec![article.to_string()],
            announcements: if announces { vec![article.to_string()] } else { Vec::new() },
            by_hand: false,
        };
        for e in &truce {
            for a in actors(e) {
                push_unique(&mut d.signatories, &a.code);
            }
            // The zone is where the truce applies: a province or town rather than a capital
            // where it was signed, so RETREAT (the truce itself) speaks before AGREE.
            let zone_rank = |e: &Event| match (&e.location, e.event_type) {
                (Some(p), EventType::Retreat) if p.precision != PlacePrecision::Country => 3,
                (Some(p), _) if p.precision == PlacePrecision::Admin1 => 2,
                (Some(_), _) => 1,
                (None, _) => 0,
            };
            if zone_rank(e) > 0 && d.zone.as_ref().is_none_or(|_| truce.iter().all(|o| zone_rank(o) <= zone_rank(e))) {
                d.zone = e.location.clone();
            }
            if let Some(time) = &e.time {
                let mut day = e.date;
                // "Om middernacht moet ... ingaan": the coming midnight, the next day's start.
                if time == "00:00" && e.intent == Intent::Planned {
                    day = day.map(|x| if x.precision == Precision::Day { x.add_days(1) } else { x });
                }
                d.start = day;
                d.time = Some(time.clone());
            }
        }
        if d.start.is_none() {
            d.start = truce.iter().filter_map(|e| e.date).max_by_key(|x| std::cmp::Reverse(x.precision));
        }
        // The forces each signatory backs are bound too.
        let signatory_countries: Vec<&str> = d.signatories.iter().map(|s| country(s)).collect();
        d.parties = d.signatories.clone();
        for e in &in_article {
            let backs = matches!(e.event_type, EventType::Support | EventType::Aid | EventType::Cooperate);
            if let (true, Some(src), Some(tgt)) = (backs, &e.source, &e.target) {
                if signatory_countries.contains(&country(&src.code)) {
                    push_unique(&mut d.parties, &tgt.code);
                }
            }
        }
        out.push(d);
    }
    out
}

fn km(a: &Place, b: &Place) -> f64 {
    kroniek_types::distance_km(a.lat, a.lon, b.lat, b.lon)
}

/// Whether `place` lies in `zone`.
fn in_zone(place: &Place, zone: &Place) -> bool {
    let same_name = place.name == zone.name && place.country == zone.country;
    match zone.precision {
        PlacePrecision::Country => place.country == zone.country,
        PlacePrecision::Admin1 => same_name || (place.admin1.is_some() && place.admin1 == Some(zone.name.clone())) || km(place, zone) <= 100.0,
        PlacePrecision::Admin2 => same_name || km(place, zone) <= 50.0,
        PlacePrecision::City | PlacePrecision::Point => same_name || km(place, zone) <= 25.0,
    }
}

fn same_truce(a: &Draft, b: &Draft) -> bool {
    let zones = match (&a.zone, &b.zone) {
        (Some(x), Some(y)) => in_zone(x, y) || in_zone(y, x),
        _ => true,
    };
    // A report that names no parties ("the truce that began on Friday") joins by zone and time.
    let shared = a.parties.is_empty() || b.parties.is_empty() || a.parties.iter().any(|p| b.parties.iter().any(|q| country(p) == country(q)));
    let near_in_time = match (a.start, b.start) {
        (Some(x), Some(y)) => (x.days() - y.days()).abs() <= SAME_TRUCE_DAYS + 31 * i64::from(x.precision != y.precision),
        _ => true,
    };
    zones && shared && near_in_time
}

fn merge(into: &mut Draft, from: Draft) {
    for p in &from.parties {
        push_unique(&mut into.parties, p);
    }
    for p in &from.signatories {
        push_unique(&mut into.signatories, p);
    }
    for s in &from.sources {
        push_unique(&mut into.sources, s);
    }
    for s in &from.announcements {
        push_unique(&mut into.announcements, s);
    }
    // The finer zone and the more precise start win.
    let finer = |p: &Place| match p.precision {
        PlacePrecision::Point | PlacePrecision::City => 0,
        PlacePrecision::Admin2 => 1,
        PlacePrecision::Admin1 => 2,
        PlacePrecision::Country => 3,
    };
    let precise = |d: &Draft| (d.by_hand, d.start.map(|s| std::cmp::Reverse(s.precision)), d.time.is_some());
    let more_precise = precise(&from) > precise(into);
    if let Some(z) = from.zone {
        if into.zone.as_ref().is_none_or(|cur| cur.precision == PlacePrecision::Country && finer(&z) < finer(cur)) {
            into.zone = Some(z);
        }
    }
    if more_precise {
        into.start = from.start;
        into.time = from.time;
        into.offset = from.offset;
    }
    into.by_hand |= from.by_hand;
}

/// Whether an actor is one of the parties: the same code, a code under a country party
/// ("TURMIL" under "TUR"), or state forces of a state party ("SYRMIL" for "SYRGOV").
fn is_party(actor: &Actor, parties: &[String]) -> bool {
    const STATE: &[&str] = &["GOV", "MIL", "COP"];
    parties.iter().any(|p| {
        actor.code == *p
            || (p.len() == 3 && actor.code.starts_with(p.as_str()))
            || (p.len() >= 6
                && actor.code.len() >= 6
                && country(p) == country(&actor.code)
                && STATE.contains(&&p[3..6])
                && STATE.contains(&&actor.code[3..6]))
    })
}

fn event_minutes(e: &Event) -> Option<i64> {
    let d = e.date?;
    let noon = if d.precision == Precision::Day { 720 } else { 0 };
    Some(d.days() * 1440 + e.time.as_deref().map_or(noon, minutes_of))
}

fn violation(e: &Event) -> Violation {
    Violation {
        event_id: e.id.clone(),
        article_id: e.article_id.clone(),
        date: e.date,
        fatalities: e.fatalities,
        sentence: e.sentence.clone(),
        evidence: e.evidence,
    }
}

/// Ceasefires found in `events` or declared by hand, judged against `events`.
pub fn monitor(events: &[Event], declarations: &[Declaration]) -> Vec<Ceasefire> {
    let mut drafts: Vec<Draft> = Vec::new();
    let found = drafts_from_articles(events);
    let declared = declarations.iter().map(|d| Draft {
        parties: d.parties.clone(),
        signatories: d.parties.clone(),
        zone: d.zone.clone(),
        start: Some(d.start),
        time: d.time.clone(),
        offset: d.utc_offset_minutes,
        sources: Vec::new(),
        announcements: Vec::new(),
        by_hand: true,
    });
    for d in declared.chain(found) {
        match drafts.iter_mut().find(|x| same_truce(x, &d)) {
            Some(x) => merge(x, d),
            None => drafts.push(d),
        }
    }
    drafts.into_iter().map(|d| judge(d, events)).collect()
}

fn judge(d: Draft, events: &[Event]) -> Ceasefire {
    let start = d.start_minutes();
    let (mut violations, mut before) = (Vec::new(), Vec::new());
    for e in events.iter().filter(|e| e.event_type == EventType::Assault && e.intent == Intent::Actual) {
        let in_zone = match (&e.location, &d.zone) {
            (Some(p), Some(z)) => in_zone(p, z),
            _ => false,
        };
        let by_or_against_party = e.source.as_ref().is_some_and(|a| is_party(a, &d.parties))
            || (e.source.is_none() && e.target.as_ref().is_some_and(|a| is_party(a, &d.parties)))
            || (e.source.as_ref().is_some_and(|a| is_party(a, &d.parties)) && e.target.is_none());
        if !in_zone || !by_or_against_party {
            continue;
        }
        // Violence told in the report that announced the truce happened before it, unless the
        // report dates it, to the day, after the start.
        let from_announcement = d.announcements.contains(&e.article_id);
        let dated_to_the_day = e.date.is_some_and(|x| x.precision == Precision::Day);
        let after = (dated_to_the_day || !from_announcement) && matches!((event_minutes(e), start), (Some(t), Some(s)) if t >= s);
        if after {
            violations.push(violation(e));
        } else if from_announcement || matches!((event_minutes(e), start), (Some(t), Some(s)) if t < s) {
            before.push(violation(e));
        }
    }
    let claims = claims_about(&d, events);
    let fatalities: u64 = violations.iter().filter_map(|v| v.fatalities).sum();
    let status = if violations.len() >= COLLAPSE_VIOLATIONS || fatalities >= COLLAPSE_FATALITIES {
        Status::Collapsed
    } else if violations.is_empty() {
        Status::Holding
    } else {
        Status::Violated
    };
    let start_text = d.start.map(|s| match (&d.time, s.precision) {
        (Some(t), Precision::Day) => format!("{s}T{t}"),
        _ => s.to_string(),
    });
    let zone_name = d.zone.as_ref().map_or("", |z| z.name.as_str());
    let id = stable_hex(&["ceasefire", zone_name, d.sources.first().map_or("hand", String::as_str), start_text.as_deref().unwrap_or("")]);
    Ceasefire {
        id,
        parties: d.parties,
        signatories: d.signatories,
        zone: d.zone,
        start: start_text,
        utc_offset_minutes: d.offset,
        status,
        violations,
        before_start: before,
        claims,
        sources: d.sources,
        fatalities_since_start: fatalities,
        declared_by_hand: d.by_hand,
    }
}

/// Accusations in sentences about a truce, by or against its parties or in its zone.
fn claims_about(d: &Draft, events: &[Event]) -> Vec<Claim> {
    let about_truce = |e: &Event| e.topic.as_deref() == Some("ceasefire");
    let mut claims = Vec::new();
    for e in events.iter().filter(|e| e.event_type == EventType::Accuse && about_truce(e) && e.intent != Intent::Denied) {
        let involves = actors(e).any(|a| is_party(a, &d.parties))
            || matches!((&e.location, &d.zone), (Some(p), Some(z)) if in_zone(p, z));
        if !involves {
            continue;
        }
        let denied_by = events
            .iter()
            .filter(|x| x.article_id == e.article_id && x.intent == Intent::Denied && about_truce(x))
            .filter_map(|x| x.source.as_ref().map(|a| a.code.to_string()))
            .collect();
        claims.push(Claim {
            event_id: e.id.clone(),
            article_id: e.article_id.clone(),
            claimant: e.source.as_ref().map(|a| a.code.to_string()),
            accused: e.target.as_ref().map(|a| a.code.to_string()),
            denied_by,
            sentence: e.sentence.clone(),
            evidence: e.evidence,
        });
    }
    claims
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(code: &str) -> Actor {
        Actor { text: code.into(), name: code.into(), code: code.into(), country: Some(code[..3].into()), org: None, sector: code.get(3..).map(Into::into), span: None }
    }

    fn place(name: &str, lat: f64, lon: f64, precision: PlacePrecision) -> Place {
        Place { text: name.into(), name: name.into(), country: Some("SYR".into()), admin1: None, lat, lon, geonameid: None, precision, span: None }
    }

    fn idlib() -> Place {
        place("Idlib", 35.93, 36.63, PlacePrecision::Admin1)
    }

    #[allow(clippy::too_many_arguments)]
    fn event(id: &str, article: &str, t: EventType, mode: Option<&str>, src: Option<&str>, tgt: Option<&str>, loc: Option<Place>, date: &str, intent: Intent) -> Event {
        Event {
            id: id.into(),
            article_id: article.into(),
            language: "nl".into(),
            event_type: t,
            mode: mode.map(String::from),
            context: None,
            cameo: "190".into(),
            acled_event_type: None,
            acled_sub_event_type: None,
            source: src.map(actor),
            target: tgt.map(actor),
            other_actors: vec![],
            location: loc,
            date: Some(Date::parse(date).unwrap()),
            date_precision: Some(Date::parse(date).unwrap().precision),
            time: None,
            fatalities: None,
            injured: None,
            arrested: None,
            displaced: None,
            intent,
            sentence: format!("sentence of {id}"),
            evidence: [0, 10],
            confidence: 0.5,
            trigger: String::new(),
            trigger_span: [0, 0],
            topic: None,
            number_spans: vec![],
            date_span: None,
        }
    }

    /// The seed's story: a truce agreed by Turkey and Russia for Idlib from midnight, Russia
    /// backing the army and Turkey the rebels, two soldiers killed hours before; then a later
    /// report of shelling by the army, a shelling elsewhere, one by a non-party, and a claim.
    fn story() -> Vec<Event> {
        let mut truce = event("t1", "a1", EventType::Retreat, Some("ceasefire"), Some("TURGOV"), Some("RUSGOV"), Some(idlib()), "2020-03-05", Intent::Planned);
        truce.time = Some("00:00".into());
        let mut killed = event("k1", "a1", EventType::Assault, None, None, Some("TURMIL"), Some(idlib()), "2020-03-05", Intent::Actual);
        killed.fatalities = Some(2);
        let mut shelling = event("v1", "a2", EventType::Assault, None, Some("SYRMIL"), Some("SYRCVL"), Some(place("Maarat al-Numan", 35.64, 36.67, PlacePrecision::City)), "2020-03-09", Intent::Actual);
        shelling.fatalities = Some(4);
        let mut claim = event("c1", "a2", EventType::Accuse, None, Some("SYRREB"), Some("SYRMIL"), None, "2020-03-09", Intent::Actual);
        claim.topic = Some("ceasefire".into());
        vec![
            truce,
            event("s1", "a1", EventType::Support, None, Some("RUS"), Some("SYRMIL"), None, "2020-03-05", Intent::Actual),
            event("s2", "a1", EventType::Support, None, Some("TUR"), Some("SYRREB"), None, "2020-03-05", Intent::Actual),
            killed,
            shelling,
            event("o1", "a2", EventType::Assault, None, Some("SYRMIL"), None, Some(place("Daraa", 32.62, 36.10, PlacePrecision::City)), "2020-03-09", Intent::Actual),
            event("n1", "a2", EventType::Assault, None, Some("IRQREB"), None, Some(idlib()), "2020-03-09", Intent::Actual),
            claim,
        ]
    }

    #[test]
    fn finds_the_truce_its_parties_zone_and_start() {
        let c = monitor(&story(), &[]);
        assert_eq!(c.len(), 1);
        let c = &c[0];
        for p in ["TURGOV", "RUSGOV", "SYRMIL", "SYRREB"] {
            assert!(c.parties.contains(&p.to_string()), "{p} in {:?}", c.parties);
        }
        assert_eq!(c.zone.as_ref().unwrap().name, "Idlib");
        assert_eq!(c.start.as_deref(), Some("2020-03-06T00:00"));
    }

    #[test]
    fn judges_violations_claims_and_what_came_before() {
        let c = &monitor(&story(), &[])[0];
        let ids = |v: &[Violation]| v.iter().map(|x| x.event_id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&c.violations), ["v1"], "outside the zone (o1) and by a non-party (n1) are not violations");
        assert_eq!(ids(&c.before_start), ["k1"]);
        assert_eq!((c.status, c.fatalities_since_start), (Status::Violated, 4));
        assert_eq!(c.claims.len(), 1);
        assert_eq!((c.claims[0].claimant.as_deref(), c.claims[0].accused.as_deref()), (Some("SYRREB"), Some("SYRMIL")));
    }

    #[test]
    fn a_declaration_by_hand_merges_with_the_news_and_sets_the_start() {
        let decl = Declaration::parse("SYRGOV,SYRREB,TUR", "2020-03-06T00:00+02:00", Some(idlib())).unwrap();
        let c = monitor(&story(), &[decl]);
        assert_eq!(c.len(), 1);
        assert!(c[0].declared_by_hand);
        assert_eq!((c[0].start.as_deref(), c[0].utc_offset_minutes), (Some("2020-03-06T00:00"), Some(120)));
        assert_eq!(c[0].violations.len(), 1);
    }

    #[test]
    fn no_violence_means_holding() {
        let events: Vec<Event> = story().into_iter().filter(|e| e.article_id == "a1").collect();
        assert_eq!(monitor(&events, &[])[0].status, Status::Holding);
    }
}
