//! Events and articles in one embedded SQLite file: no server to run.
//!
//! [`Store::open`] creates or migrates a store; [`Store::ingest`] keeps an article and its events
//! in one transaction and is idempotent (the same text again adds nothing; a changed text
//! replaces its events); [`Store::query`] answers [`Query`]s newest first with indexes on date,
//! type, country and actor; [`Store::stats`] counts by type, country and month.
//!
//! ```
//! use kroniek_store::{Ingested, Query, Store};
//! use kroniek_types::Article;
//! let mut store = Store::open_in_memory().unwrap();
//! let article = Article::from_text("Troops shelled the town.", None);
//! assert_eq!(store.ingest(&article, &[]).unwrap(), Ingested::Added);
//! assert_eq!(store.ingest(&article, &[]).unwrap(), Ingested::Unchanged);
//! assert_eq!(store.query(&Query::from_pairs::<&str, &str>(&[]).unwrap()).unwrap().total, 0);
//! ```
#![deny(missing_docs)]

mod error;
mod query;
mod schema;

pub use error::{Error, Result};
pub use query::{parse_near, Query, QueryError, DEFAULT_LIMIT};
pub use schema::SCHEMA_VERSION;

use kroniek_types::{content_hash, Article, Date, Event, Precision};
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// What an ingest did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ingested {
    /// A new article.
    Added,
    /// The same text was stored already (same id and hash, or same hash): nothing written.
    Unchanged,
    /// The article's text changed: its old events were replaced.
    Replaced,
}

/// One page of query results.
#[derive(Debug, Clone)]
pub struct Found {
    /// Events, newest first.
    pub events: Vec<Event>,
    /// Cursor of the next page, if there is one.
    pub next: Option<String>,
    /// All matching events.
    pub total: u64,
}

/// Counts for `kroniek stats`.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Stats {
    /// Stored articles.
    pub articles: u64,
    /// Stored events.
    pub events: u64,
    /// Events per PLOVER type.
    pub by_type: BTreeMap<String, u64>,
    /// Events per country (of the place, else of the source).
    pub by_country: BTreeMap<String, u64>,
    /// Events per month (`YYYY-MM`).
    pub by_month: BTreeMap<String, u64>,
}

/// An open store.
pub struct Store {
    conn: Connection,
    /// (data_version, query → total): counts already made since the store last changed.
    counts: std::cell::RefCell<(i64, HashMap<String, i64>)>,
}

impl Store {
    /// Opens (creating if needed) the store at `path`, migrating it forward.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = Connection::open(path)?;
        Store::setup(conn, path)
    }

    /// A store in memory, for tests and one-off runs.
    pub fn open_in_memory() -> Result<Store> {
        Store::setup(Connection::open_in_memory()?, Path::new(":memory:"))
    }

    fn setup(mut conn: Connection, path: &Path) -> Result<Store> {
        // WAL with synchronous=NORMAL survives a killed process (not a power cut) without an
        // fsync per article; foreign keys make a replaced article take its events with it.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        schema::migrate(&mut conn, path)?;
        conn.create_scalar_function("km", 4, rusqlite::functions::FunctionFlags::SQLITE_DETERMINISTIC, |ctx| {
            let v = |i| ctx.get::<Option<f64>>(i);
            Ok(match (v(0)?, v(1)?, v(2)?, v(3)?) {
                (Some(a), Some(b), Some(c), Some(d)) => Some(kroniek_types::distance_km(a, b, c, d)),
                _ => None,
            })
        })?;
        Ok(Store { conn, counts: std::cell::RefCell::new((-1, HashMap::new())) })
    }

    /// The default store path: `$KRONIEK_DB`, else `./kroniek.db`.
    pub fn default_path() -> PathBuf {
        std::env::var_os("KRONIEK_DB").map_or_else(|| PathBuf::from("kroniek.db"), PathBuf::from)
    }

    /// Stores an article and its events in one transaction; see [`Ingested`].
    pub fn ingest(&mut self, article: &Article, events: &[Event]) -> Result<Ingested> {
        let hash = content_hash(&article.text);
        let tx = self.conn.transaction()?;
        let existing: Option<String> =
            tx.query_row("SELECT content_hash FROM articles WHERE id = ?1", [&article.id], |r| r.get(0)).optional()?;
        let outcome = match existing {
            Some(h) if h == hash => return Ok(Ingested::Unchanged),
            Some(_) => {
                tx.execute("DELETE FROM articles WHERE id = ?1", [&article.id])?;
                Ingested::Replaced
            }
            None => {
                let same_text: bool = tx.query_row("SELECT EXISTS(SELECT 1 FROM articles WHERE content_hash = ?1)", [&hash], |r| r.get(0))?;
                if same_text {
                    return Ok(Ingested::Unchanged);
                }
                Ingested::Added
            }
        };
        tx.execute(
            "INSERT INTO articles (id, content_hash, text, title, date, url, source, language, origin, event_count)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                article.id,
                hash,
                article.text,
                article.title,
                article.date.map(|d| d.to_string()),
                article.url,
                article.source,
                article.language,
                article.origin,
                events.len() as i64
            ],
        )?;
        insert_events(&tx, events)?;
        tx.commit()?;
        self.counts.borrow_mut().0 = -1; // our own writes do not change data_version
        Ok(outcome)
    }

    /// Replaces an article's events (after re-coding), in one transaction.
    pub fn replace_events(&mut self, article_id: &str, events: &[Event]) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM events WHERE article_id = ?1", [article_id])?;
        insert_events(&tx, events)?;
        tx.execute("UPDATE articles SET event_count = ?2 WHERE id = ?1", params![article_id, events.len() as i64])?;
        tx.commit()?;
        self.counts.borrow_mut().0 = -1;
        Ok(())
    }

    /// Every stored article, in id order (for re-coding).
    pub fn articles(&self) -> Result<Vec<Article>> {
        let mut stmt = self.conn.prepare("SELECT id, text, title, date, url, source, language, origin FROM articles ORDER BY id")?;
        let rows = stmt.query_map([], article_row)?;
        rows.map(|r| r.map_err(Error::from)).collect()
    }

    /// One stored article.
    pub fn article(&self, id: &str) -> Result<Option<Article>> {
        Ok(self
            .conn
            .query_row("SELECT id, text, title, date, url, source, language, origin FROM articles WHERE id = ?1", [id], article_row)
            .optional()?)
    }

    /// One stored event.
    pub fn event(&self, id: &str) -> Result<Option<Event>> {
        let json: Option<String> = self.conn.query_row("SELECT json FROM events WHERE id = ?1", [id], |r| r.get(0)).optional()?;
        json.map(|j| decode(&j)).transpose()
    }

    /// Events matching `q`, newest first, one page. The query walks the index that fits its
    /// most selective filter in date order (country, actor, type, or date alone), so a page
    /// costs the same however many events match.
    pub fn query(&self, q: &Query) -> Result<Found> {
        let plan = query::plan(q);
        let key = format!("{}{:?}", plan.count_sql, plan.args);
        let version: i64 = self.conn.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        let cached = {
            let mut cache = self.counts.borrow_mut();
            if cache.0 != version {
                *cache = (version, HashMap::new());
            }
            cache.1.get(&key).copied()
        };
        // Totals are cached per connection until the store changes (SQLite's data_version):
        // counting 300,000 matches costs more than the page itself.
        let total: i64 = match cached {
            Some(t) => t,
            None => {
                let t = self.conn.query_row(&plan.count_sql, rusqlite::params_from_iter(plan.args.iter()), |r| r.get(0))?;
                self.counts.borrow_mut().1.insert(key, t);
                t
            }
        };
        let offset: u64 = q.cursor.as_deref().and_then(|c| c.parse().ok()).unwrap_or(0);
        let mut stmt = self.conn.prepare_cached(&format!("{} LIMIT {} OFFSET {offset}", plan.page_sql, q.limit))?;
        let events = stmt
            .query_map(rusqlite::params_from_iter(plan.args.iter()), |r| r.get::<_, String>(0))?
            .map(|j| decode(&j?))
            .collect::<Result<Vec<Event>>>()?;
        let end = offset + events.len() as u64;
        let next = (end < total as u64 && !events.is_empty()).then(|| end.to_string());
        Ok(Found { events, next, total: total as u64 })
    }

    /// Every stored event (for the ceasefire monitor), oldest first.
    pub fn all_events(&self) -> Result<Vec<Event>> {
        let mut stmt = self.conn.prepare("SELECT json FROM events ORDER BY day, id")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        rows.map(|j| decode(&j?)).collect()
    }

    /// Counts by type, country and month.
    pub fn stats(&self) -> Result<Stats> {
        let count = |sql: &str| -> Result<u64> { Ok(self.conn.query_row(sql, [], |r| r.get::<_, i64>(0))? as u64) };
        let group = |sql: &str| -> Result<BTreeMap<String, u64>> {
            let mut stmt = self.conn.prepare(sql)?;
            let rows = stmt.query_map([], |r| Ok((r.get::<_, Option<String>>(0)?.unwrap_or_else(|| "unknown".into()), r.get::<_, i64>(1)? as u64)))?;
            rows.map(|r| r.map_err(Error::from)).collect()
        };
        Ok(Stats {
            articles: count("SELECT COUNT(*) FROM articles")?,
            events: count("SELECT COUNT(*) FROM events")?,
            by_type: group("SELECT event_type, COUNT(*) FROM events GROUP BY 1")?,
            by_country: group(
                "SELECT COALESCE(json_extract(json, '$.location.country'), json_extract(json, '$.source.country')), COUNT(*) FROM events GROUP BY 1",
            )?,
            by_month: group("SELECT month, COUNT(*) FROM events GROUP BY 1")?,
        })
    }

    /// Stores a ceasefire declared by hand (as JSON); returns its row id.
    pub fn add_declaration(&mut self, json: &str) -> Result<i64> {
        self.conn.execute("INSERT INTO ceasefire_declarations (json) VALUES (?1)", [json])?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Every ceasefire declared by hand, as stored JSON.
    pub fn declarations(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare("SELECT json FROM ceasefire_declarations ORDER BY id")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        rows.map(|r| r.map_err(Error::from)).collect()
    }

    /// Checks the file's integrity (`PRAGMA integrity_check`) and that every article holds as
    /// many events as it was stored with: what a crash test asks of the store.
    pub fn check(&self) -> Result<Vec<String>> {
        let mut problems: Vec<String> = Vec::new();
        let ok: String = self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if ok != "ok" {
            problems.push(ok);
        }
        let mut stmt = self.conn.prepare(
            "SELECT a.id FROM articles a WHERE a.event_count != (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id)",
        )?;
        for id in stmt.query_map([], |r| r.get::<_, String>(0))? {
            problems.push(format!("article {} has a different number of events than stored with it", id?));
        }
        Ok(problems)
    }
}

fn article_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Article> {
    Ok(Article {
        id: r.get(0)?,
        text: r.get(1)?,
        title: r.get(2)?,
        date: r.get::<_, Option<String>>(3)?.and_then(|d| Date::parse(&d).ok()),
        url: r.get(4)?,
        source: r.get(5)?,
        language: r.get(6)?,
        origin: r.get::<_, Option<String>>(7)?.unwrap_or_default(),
    })
}

fn decode(json: &str) -> Result<Event> {
    serde_json::from_str(json).map_err(|e| Error::Corrupt(e.to_string()))
}

fn insert_events(tx: &rusqlite::Transaction<'_>, events: &[Event]) -> Result<()> {
    let mut ev = tx.prepare_cached(
        "INSERT OR REPLACE INTO events (id, article_id, event_type, day, month, lat, lon, sentence, json)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    let mut actor = tx.prepare_cached("INSERT INTO event_actors (event_id, code, role, day) VALUES (?1, ?2, ?3, ?4)")?;
    let mut country = tx.prepare_cached("INSERT OR IGNORE INTO event_countries (event_id, country, day) VALUES (?1, ?2, ?3)")?;
    for e in events {
        let json = serde_json::to_string(e).map_err(|err| Error::Corrupt(err.to_string()))?;
        let day = e.date.map(|d| d.days());
        let month = e.date.filter(|d| d.precision <= Precision::Month).map(|d| format!("{:04}-{:02}", d.year, d.month));
        let (lat, lon) = e.location.as_ref().map_or((None, None), |p| (Some(p.lat), Some(p.lon)));
        ev.execute(params![e.id, e.article_id, e.event_type.as_str(), day, month, lat, lon, e.sentence, json])?;
        let roles = e.source.iter().map(|a| (a, "source")).chain(e.target.iter().map(|a| (a, "target"))).chain(e.other_actors.iter().map(|a| (a, "other")));
        for (a, role) in roles {
            actor.execute(params![e.id, a.code.as_str(), role, day])?;
            if let Some(c) = &a.country {
                country.execute(params![e.id, c.as_str(), day])?;
            }
        }
        if let Some(c) = e.location.as_ref().and_then(|p| p.country.as_ref()) {
            country.execute(params![e.id, c.as_str(), day])?;
        }
    }
    Ok(())
}


#[cfg(test)]
mod tests {
    use super::*;

    fn event(id: &str, article: &str, t: &str, date: &str, source: &str, place: Option<(&str, f64, f64)>, sentence: &str) -> Event {
        let location = place.map(|(c, lat, lon)| serde_json::json!({"text": c, "name": c, "country": c, "admin1": null, "lat": lat, "lon": lon, "geonameid": null, "precision": "city"}));
        serde_json::from_value(serde_json::json!({
            "id": id, "article_id": article, "language": "en", "event_type": t, "mode": null, "context": null, "cameo": "190",
            "acled_event_type": null, "acled_sub_event_type": null,
            "source": {"text": source, "name": source, "code": source, "country": &source[..3], "org": null, "sector": null},
            "target": null, "other_actors": [], "location": location, "date": date, "date_precision": "day",
            "fatalities": null, "injured": null, "arrested": null, "displaced": null, "intent": "actual",
            "sentence": sentence, "evidence": [0, 1], "confidence": 0.5, "trigger": "t", "trigger_span": [0, 1]
        }))
        .unwrap()
    }

    fn article(id: &str, text: &str) -> Article {
        Article { id: id.into(), ..Article::from_text(text, Date::ymd(2020, 3, 5)) }
    }

    fn q(pairs: &[(&str, &str)]) -> Query {
        Query::from_pairs(pairs).unwrap()
    }

    fn ids(store: &Store, pairs: &[(&str, &str)]) -> Vec<String> {
        store.query(&q(pairs)).unwrap().events.into_iter().map(|e| e.id).collect()
    }

    fn seeded() -> Store {
        let mut s = Store::open_in_memory().unwrap();
        s.ingest(&article("a1", "one"), &[
            event("e1", "a1", "ASSAULT", "2020-03-05", "TURMIL", Some(("SYR", 35.93, 36.63)), "Turkish troops shelled Idlib"),
            event("e2", "a1", "AGREE", "2020-03-05", "RUSGOV", Some(("RUS", 55.76, 37.62)), "Russia agreed in Moscow"),
        ]).unwrap();
        s.ingest(&article("a2", "two"), &[event("e3", "a2", "ASSAULT", "2020-04-01", "SYRMIL", Some(("SYR", 36.2, 37.15)), "The army hit Aleppo")]).unwrap();
        s
    }

    #[test]
    fn ingest_is_idempotent_and_replaces_changed_text() {
        let mut s = seeded();
        assert_eq!(s.ingest(&article("a1", "one"), &[]).unwrap(), Ingested::Unchanged);
        assert_eq!(s.ingest(&article("other-id", "one"), &[]).unwrap(), Ingested::Unchanged, "same text, other id");
        assert_eq!(s.stats().unwrap().events, 3);
        let new = event("e9", "a1", "PROTEST", "2020-03-06", "TURCVL", None, "Protesters marched");
        assert_eq!(s.ingest(&article("a1", "one, corrected"), &[new]).unwrap(), Ingested::Replaced);
        assert_eq!(ids(&s, &[]), ["e3", "e9"]);
        assert!(s.check().unwrap().is_empty());
    }

    #[test]
    fn filters_each_field_newest_first_with_paging() {
        let s = seeded();
        assert_eq!(ids(&s, &[]), ["e3", "e1", "e2"]);
        assert_eq!(ids(&s, &[("country", "TUR")]), ["e1"]);
        assert_eq!(ids(&s, &[("country", "SYR")]), ["e3", "e1"], "place country counts too");
        assert_eq!(ids(&s, &[("actor", "RUS")]), ["e2"]);
        assert_eq!(ids(&s, &[("type", "ASSAULT")]), ["e3", "e1"]);
        assert_eq!(ids(&s, &[("since", "2020-04")]), ["e3"]);
        assert_eq!(ids(&s, &[("until", "2020-03")]), ["e1", "e2"]);
        assert_eq!(ids(&s, &[("near", "35.93,36.63,30")]), ["e1"]);
        assert_eq!(ids(&s, &[("near", "35.93,36.63,80")]), ["e3", "e1"], "Aleppo is 56 km from Idlib");
        assert_eq!(ids(&s, &[("text", "army aleppo")]), ["e3"]);
        assert_eq!(ids(&s, &[("text", "100%_")]), Vec::<String>::new());
        let page = s.query(&q(&[("limit", "2")])).unwrap();
        assert_eq!((page.events.len(), page.total, page.next.as_deref()), (2, 3, Some("2")));
        assert_eq!(ids(&s, &[("limit", "2"), ("cursor", "2")]), ["e2"]);
    }

    #[test]
    fn a_store_from_a_newer_kroniek_is_refused() {
        let path = std::env::temp_dir().join(format!("kroniek-store-newer-{}.db", std::process::id()));
        let _ = std::fs::remove_file(&path);
        drop(Store::open(&path).unwrap());
        Connection::open(&path).unwrap().pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
        let err = Store::open(&path).err().expect("refused").to_string();
        assert!(err.contains("newer") && err.contains("upgrade"), "{err}");
        let _ = std::fs::remove_file(&path);
    }
}
