//! The schema, versioned in `PRAGMA user_version` and migrated forward on open.

use crate::{Error, Result};
use rusqlite::Connection;
use std::path::Path;

/// Each step takes the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // v1: articles, events with the columns queries filter on, and their actors and countries.
    "CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL,
        text TEXT NOT NULL,
        title TEXT, date TEXT, url TEXT, source TEXT, language TEXT, origin TEXT,
        event_count INTEGER NOT NULL
    );
    CREATE INDEX articles_hash ON articles(content_hash);
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        event_type TEXT NOT NULL,
        day INTEGER,
        month TEXT,
        lat REAL,
        lon REAL,
        sentence TEXT NOT NULL,
        json TEXT NOT NULL
    );
    CREATE INDEX events_day ON events(day DESC, id);
    CREATE INDEX events_type_day ON events(event_type, day DESC);
    CREATE INDEX events_article ON events(article_id);
    CREATE INDEX events_lat ON events(lat, lon);
    CREATE TABLE event_actors (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        role TEXT NOT NULL
    );
    CREATE INDEX event_actors_code ON event_actors(code, event_id);
    CREATE INDEX event_actors_event ON event_actors(event_id);
    CREATE TABLE event_countries (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        country TEXT NOT NULL,
        PRIMARY KEY (country, event_id)
    ) WITHOUT ROWID;
    CREATE INDEX event_countries_event ON event_countries(event_id);
    CREATE TABLE ceasefire_declarations (
        id INTEGER PRIMARY KEY,
        json TEXT NOT NULL
    );",
    // v2: the day beside each country and actor code, so that "newest events of UKR" walks one
    // index instead of sorting every Ukrainian event.
    "ALTER TABLE event_countries ADD COLUMN day INTEGER;
    UPDATE event_countries SET day = (SELECT day FROM events e WHERE e.id = event_countries.event_id);
    CREATE INDEX event_countries_day ON event_countries(country, day DESC);
    ALTER TABLE event_actors ADD COLUMN day INTEGER;
    UPDATE event_actors SET day = (SELECT day FROM events e WHERE e.id = event_actors.event_id);
    CREATE INDEX event_actors_code_day ON event_actors(code, day DESC);",
];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the store to [`SCHEMA_VERSION`], refusing stores from a newer binary.
pub(crate) fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(Error::TooNew { path: path.to_path_buf(), found, supported: SCHEMA_VERSION });
    }
    for (i, step) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(step)?;
        tx.pragma_update(None, "user_version", i as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}
