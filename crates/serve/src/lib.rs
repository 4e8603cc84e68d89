//! The HTTP API and the offline web page.
//!
//! [`router`] builds an axum `Router` over any [`Backend`] (the facade implements it over the
//! SQLite store): `GET /api/events` with `kroniek query`'s filters and cursor paging,
//! `/api/events/{id}`, `/api/articles/{id}`, `/api/stats`, `/api/ceasefires`, `/api/health`,
//! `/api/openapi.json`, and `POST /api/articles` behind a bearer token. The page at `/` is
//! embedded in the binary and needs no network.
//!
//! ```
//! use kroniek_serve::ServeConfig;
//! assert_eq!(ServeConfig::default().max_body_bytes, 8 << 20);
//! ```
#![deny(missing_docs)]

mod api;

pub use api::{router, serve, Backend, BackendError, Page, ServeConfig};
pub use kroniek_store::Query;
