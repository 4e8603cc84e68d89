//! The HTTP API and the offline web page.
//!
//! [`router`] builds an axum `Router` over any [`Backend`] (the facade implements it over the
//! SQLite store): `GET /api/events` with `kroniek query`'s filters and cursor paging,
//! `/api/events/{id}`, `/api/articles/{id}`, `/api/stats`, `/api/ceasefires`, `/api/health`,
//! `/api/openapi.json`, and `POST /api/articles` behind a bearer token. The page at `/` is
//! embedded in the binary and needs no network.
//!
//! ```
//! use kroniek_serve::{EventQuery, ServeConfig};
//! let q = EventQuery::from_pairs(&[("type", "ASSAULT"), ("limit", "20")]).unwrap();
//! assert_eq!(q.limit, 20);
//! assert!(EventQuery::from_pairs(&[("since", "yesterday")]).is_err());
//! assert_eq!(ServeConfig::default().max_body_bytes, 8 << 20);
//! ```
#![deny(missing_docs)]

mod api;
mod query;

pub use api::{router, serve, Backend, BackendError, Page, ServeConfig};
pub use query::{parse_near, EventQuery, QueryError};
