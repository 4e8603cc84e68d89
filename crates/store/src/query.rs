//! The filters of `kroniek query` and `GET /api/events`, parsed and checked once at the edge.

use kroniek_types::{Date, EventType, Precision};
use rusqlite::types::Value;

/// Filters and paging for events; the same as `kroniek query`'s flags.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Query {
    /// ISO3 country of an actor or the place.
    pub country: Option<String>,
    /// Actor code prefix ("SYRREB", "TUR").
    pub actor: Option<String>,
    /// PLOVER type.
    pub event_type: Option<EventType>,
    /// First day.
    pub since: Option<Date>,
    /// Last day.
    pub until: Option<Date>,
    /// Within `km` of (`lat`, `lon`).
    pub near: Option<(f64, f64, f64)>,
    /// Words in the sentence.
    pub text: Option<String>,
    /// Page size, 1 to 1000.
    pub limit: usize,
    /// Where the previous page ended (opaque).
    pub cursor: Option<String>,
}

/// A bad parameter: the message says which and why (a 400 answer).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{0}")]
pub struct QueryError(pub String);

/// The default page size.
pub const DEFAULT_LIMIT: usize = 100;

impl Query {
    /// Parses query-string pairs; unknown parameters are refused so typos do not pass silently.
    pub fn from_pairs<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> Result<Query, QueryError> {
        let mut q = Query { limit: DEFAULT_LIMIT, ..Query::default() };
        for (k, v) in pairs {
            let (k, v) = (k.as_ref(), v.as_ref().trim());
            if v.is_empty() {
                continue;
            }
            let bad = |why: &str| QueryError(format!("{k}={v:?}: {why}"));
            match k {
                "country" => {
                    if v.len() != 3 || !v.chars().all(|c| c.is_ascii_alphabetic()) {
                        return Err(bad("expected an ISO 3166-1 alpha-3 code such as SYR"));
                    }
                    q.country = Some(v.to_ascii_uppercase());
                }
                "actor" => q.actor = Some(v.to_ascii_uppercase()),
                "type" => q.event_type = Some(v.parse().map_err(|_| bad("expected a PLOVER type such as ASSAULT"))?),
                "since" => q.since = Some(Date::parse(v).map_err(|_| bad("expected YYYY, YYYY-MM or YYYY-MM-DD"))?),
                "until" => q.until = Some(Date::parse(v).map_err(|_| bad("expected YYYY, YYYY-MM or YYYY-MM-DD"))?),
                "near" => q.near = Some(parse_near(v).ok_or_else(|| bad("expected LAT,LON,KM"))?),
                "text" => q.text = Some(v.to_string()),
                "limit" => {
                    q.limit = v.parse().ok().filter(|n| (1..=1000).contains(n)).ok_or_else(|| bad("expected 1 to 1000"))?;
                }
                "cursor" => q.cursor = Some(v.to_string()),
                _ => return Err(QueryError(format!("unknown parameter {k:?}"))),
            }
        }
        Ok(q)
    }
}

/// `LAT,LON,KM` with a valid latitude, longitude and a positive radius.
pub fn parse_near(s: &str) -> Option<(f64, f64, f64)> {
    let mut it = s.split(',').map(|p| p.trim().parse::<f64>());
    let (lat, lon, km) = (it.next()?.ok()?, it.next()?.ok()?, it.next()?.ok()?);
    let ok = it.next().is_none() && (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) && km > 0.0 && km.is_finite();
    ok.then_some((lat, lon, km))
}

/// The last day a date covers, in days since 1970 ("2020-03" ends on 2020-03-31).
fn last_day(d: Date) -> i64 {
    match d.precision {
        Precision::Day => d.days(),
        Precision::Week => d.days() + 6,
        Precision::Month => {
            let (y, m) = if d.month == 12 { (d.year + 1, 1) } else { (d.year, d.month + 1) };
            Date::ym(y, m).days() - 1
        }
        Precision::Year => Date::y(d.year + 1).days() - 1,
    }
}

/// How a query runs: the SQL for its page and for its count, with their arguments in order.
pub(crate) struct Plan {
    pub page_sql: String,
    pub count_sql: String,
    pub args: Vec<Value>,
}

/// Chooses the driving index: the country or actor tables (which carry the day) when those
/// filters are given, else the events table's (type, day) or (day) index.
pub(crate) fn plan(q: &Query) -> Plan {
    let mut conds: Vec<&str> = Vec::new();
    let mut args: Vec<Value> = Vec::new();
    // The driving table: d.day orders the results and carries the date range.
    let from = if let Some(c) = &q.country {
        conds.push("d.country = ?");
        args.push(Value::Text(c.clone()));
        if let Some(a) = &q.actor {
            conds.push("e.id IN (SELECT event_id FROM event_actors WHERE code >= ? AND code < ?)");
            args.push(Value::Text(a.clone()));
            args.push(Value::Text(format!("{a}\u{10ffff}")));
        }
        "event_countries d JOIN events e ON e.id = d.event_id"
    } else {
        // Otherwise walk events newest first and test each: matches are dense enough that a
        // page stops early, where sorting every match would not.
        if let Some(a) = &q.actor {
            conds.push("EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND a.code >= ? AND a.code < ?)");
            args.push(Value::Text(a.clone()));
            args.push(Value::Text(format!("{a}\u{10ffff}")));
        }
        "events e"
    };
    let day = if q.country.is_some() { "d.day" } else { "e.day" };
    if let Some(t) = q.event_type {
        conds.push("e.event_type = ?");
        args.push(Value::Text(t.as_str().to_string()));
    }
    if let Some(d) = q.since {
        conds.push(if day == "d.day" { "d.day >= ?" } else { "e.day >= ?" });
        args.push(Value::Integer(d.days()));
    }
    if let Some(d) = q.until {
        conds.push(if day == "d.day" { "d.day <= ?" } else { "e.day <= ?" });
        args.push(Value::Integer(last_day(d)));
    }
    if let Some((lat, lon, km)) = q.near {
        // A bounding box the indexes can use, then the exact distance.
        let dlat = km / 111.0;
        let dlon = km / (111.0 * lat.to_radians().cos().abs().max(0.01));
        conds.push("@LAT BETWEEN ? AND ? AND e.lon BETWEEN ? AND ? AND km(e.lat, e.lon, ?, ?) <= ?");
        args.extend([lat - dlat, lat + dlat, lon - dlon, lon + dlon, lat, lon, km].map(Value::Real));
    }
    if let Some(text) = &q.text {
        for word in text.split_whitespace().take(8) {
            conds.push("e.sentence LIKE ? ESCAPE '\\'");
            let escaped = word.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
            args.push(Value::Text(format!("%{escaped}%")));
        }
    }
    // The actor-driven subquery binds its two arguments by number (?1, ?2); the rest follow.
    let where_sql = if conds.is_empty() { "1".to_string() } else { conds.join(" AND ") };
    let from = from.to_string();
    // The page keeps the date index (`+e.lat` hides the coordinate index from the planner);
    // the count, which must see every match, uses the coordinate index. Counts on one side
    // table alone skip the events table.
    let only_country = q.country.is_some() && q.actor.is_none() && q.event_type.is_none() && q.near.is_none() && q.text.is_none();
    let only_actor = q.actor.is_some() && q.country.is_none() && q.event_type.is_none() && q.near.is_none() && q.text.is_none() && q.since.is_none() && q.until.is_none();
    let count_sql = if only_country {
        format!("SELECT COUNT(*) FROM event_countries d WHERE {where_sql}")
    } else if only_actor {
        "SELECT COUNT(DISTINCT event_id) FROM event_actors WHERE code >= ? AND code < ?".to_string()
    } else {
        format!("SELECT COUNT(*) FROM {from} WHERE {}", where_sql.replace("@LAT", "e.lat"))
    };
    Plan {
        page_sql: format!("SELECT e.json FROM {from} WHERE {} ORDER BY {day} DESC, e.id", where_sql.replace("@LAT", "+e.lat")),
        count_sql,
        args,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_refuses() {
        let q = Query::from_pairs(&[("country", "syr"), ("near", "35.93,36.63,80"), ("since", "2020-03"), ("text", "")]).unwrap();
        assert_eq!(q.country.as_deref(), Some("SYR"));
        assert_eq!(q.near, Some((35.93, 36.63, 80.0)));
        assert_eq!(q.since.unwrap().to_string(), "2020-03");
        for bad in [("country", "Syria"), ("type", "WAR"), ("near", "95,0,1"), ("near", "1,2"), ("limit", "0"), ("limit", "5000"), ("colour", "red")] {
            assert!(Query::from_pairs(&[bad]).is_err(), "{bad:?}");
        }
    }
}
