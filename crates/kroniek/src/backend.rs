//! The store behind the HTTP API: a few SQLite connections shared by the server's workers
//! (WAL lets readers run side by side), and the pipeline for `POST /api/articles`.

use crate::Pipeline;
use kroniek_monitor::{monitor, Ceasefire, Declaration};
use kroniek_serve::{Backend, BackendError, Page};
use kroniek_store::{Query, Store};
use kroniek_types::{Article, Event};
use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex};

/// Connections opened at most; a request waits for a free one rather than open another.
const POOL: usize = 4;

/// A [`Backend`] over a store file.
pub struct StoreBackend {
    path: PathBuf,
    /// Idle connections, and how many exist in all.
    pool: Mutex<(Vec<Store>, usize)>,
    freed: Condvar,
    writer: Mutex<()>,
    pipeline: Arc<Pipeline>,
}

fn internal(e: impl std::fmt::Display) -> BackendError {
    BackendError::Internal(e.to_string())
}

impl StoreBackend {
    /// Opens the store at `path` (creating it if needed).
    pub fn open(path: PathBuf, pipeline: Arc<Pipeline>) -> kroniek_store::Result<StoreBackend> {
        let first = Store::open(&path)?;
        Ok(StoreBackend { path, pool: Mutex::new((vec![first], 1)), freed: Condvar::new(), writer: Mutex::new(()), pipeline })
    }

    /// Runs `f` on a pooled connection, waiting for one when all are busy.
    fn with<T>(&self, f: impl FnOnce(&mut Store) -> kroniek_store::Result<T>) -> Result<T, BackendError> {
        let mut store = {
            let mut pool = self.pool.lock().map_err(internal)?;
            loop {
                if let Some(s) = pool.0.pop() {
                    break s;
                }
                if pool.1 < POOL {
                    pool.1 += 1;
                    drop(pool);
                    match Store::open(&self.path) {
                        Ok(s) => break s,
                        Err(e) => {
                            self.pool.lock().map_err(internal)?.1 -= 1;
                            return Err(internal(e));
                        }
                    }
                }
                pool = self.freed.wait(pool).map_err(internal)?;
            }
        };
        let out = f(&mut store).map_err(internal);
        self.pool.lock().map_err(internal)?.0.push(store);
        self.freed.notify_one();
        out
    }
}

/// Ceasefires from every stored event and every stored declaration.
pub fn ceasefires_in(store: &Store) -> kroniek_store::Result<Vec<Ceasefire>> {
    let declarations: Vec<Declaration> = store
        .declarations()?
        .iter()
        .map(|j| serde_json::from_str(j).map_err(|e| kroniek_store::Error::Corrupt(e.to_string())))
        .collect::<kroniek_store::Result<_>>()?;
    Ok(monitor(&store.all_events()?, &declarations))
}

impl Backend for StoreBackend {
    fn events(&self, q: &Query) -> Result<Page, BackendError> {
        let found = self.with(|s| s.query(q))?;
        Ok(Page { events: found.events, next: found.next, total: found.total })
    }

    fn event(&self, id: &str) -> Result<Option<Event>, BackendError> {
        self.with(|s| s.event(id))
    }

    fn article(&self, id: &str) -> Result<Option<Article>, BackendError> {
        self.with(|s| s.article(id))
    }

    fn stats(&self) -> Result<serde_json::Value, BackendError> {
        let stats = self.with(|s| s.stats())?;
        serde_json::to_value(stats).map_err(internal)
    }

    fn ceasefires(&self) -> Result<Vec<Ceasefire>, BackendError> {
        self.with(|s| ceasefires_in(s))
    }

    fn ingest(&self, body: &[u8]) -> Result<serde_json::Value, BackendError> {
        let articles = kroniek_read::articles_from_json(body, "request").map_err(BackendError::BadInput)?;
        let _one_writer = self.writer.lock().map_err(internal)?;
        let mut summary = serde_json::json!({ "added": 0, "unchanged": 0, "replaced": 0, "skipped": [], "events": 0 });
        for article in &articles {
            let coded = self.pipeline.code(article);
            if let Some(reason) = coded.skipped {
                summary["skipped"].as_array_mut().expect("an array").push(serde_json::json!({ "id": article.id, "reason": reason }));
            }
            let outcome = self.with(|s| s.ingest(article, &coded.events))?;
            let key = match outcome {
                kroniek_store::Ingested::Added => "added",
                kroniek_store::Ingested::Unchanged => "unchanged",
                kroniek_store::Ingested::Replaced => "replaced",
            };
            summary[key] = (summary[key].as_u64().unwrap_or(0) + 1).into();
            if outcome != kroniek_store::Ingested::Unchanged {
                summary["events"] = (summary["events"].as_u64().unwrap_or(0) + coded.events.len() as u64).into();
            }
        }
        Ok(summary)
    }
}
