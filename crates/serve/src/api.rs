//! Routes, handlers and the server loop.

use kroniek_store::Query as EventQuery;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use kroniek_monitor::Ceasefire;
use kroniek_types::{Article, Event};
use serde::Serialize;
use std::net::SocketAddr;
use std::sync::Arc;

/// How the server runs; flags and `KRONIEK_TOKEN` fill it.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// Where to listen.
    pub addr: SocketAddr,
    /// Writes (`POST /api/articles`) need `Authorization: Bearer <token>`; `None` disables them.
    pub token: Option<String>,
    /// Larger request bodies get 413.
    pub max_body_bytes: usize,
}

impl Default for ServeConfig {
    fn default() -> Self {
        ServeConfig { addr: SocketAddr::from(([127, 0, 0, 1], 8080)), token: None, max_body_bytes: 8 << 20 }
    }
}

/// One page of events.
#[derive(Debug, Clone, Serialize)]
pub struct Page {
    /// The events, newest first.
    pub events: Vec<Event>,
    /// The cursor of the next page, or null on the last.
    pub next: Option<String>,
    /// How many events match in all.
    pub total: u64,
}

/// What the backend could not do.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BackendError {
    /// The client sent something unusable (400).
    #[error("{0}")]
    BadInput(String),
    /// The store failed (500).
    #[error("{0}")]
    Internal(String),
}

/// What the API serves from: the facade implements it over the SQLite store. Calls block;
/// the server runs them off the async threads.
pub trait Backend: Send + Sync + 'static {
    /// Events matching `q`, newest first, one page.
    fn events(&self, q: &EventQuery) -> Result<Page, BackendError>;
    /// One event.
    fn event(&self, id: &str) -> Result<Option<Event>, BackendError>;
    /// One stored article (for the evidence view).
    fn article(&self, id: &str) -> Result<Option<Article>, BackendError>;
    /// Counts by type, country and month.
    fn stats(&self) -> Result<serde_json::Value, BackendError>;
    /// Every ceasefire and its state.
    fn ceasefires(&self) -> Result<Vec<Ceasefire>, BackendError>;
    /// Codes and stores a JSON article or an array of them; returns a summary.
    fn ingest(&self, body: &[u8]) -> Result<serde_json::Value, BackendError>;
}

#[derive(Clone)]
struct AppState {
    backend: Arc<dyn Backend>,
    token: Option<Arc<str>>,
    /// Backend calls at once: a few per core; more would only queue inside SQLite.
    permits: Arc<tokio::sync::Semaphore>,
}

/// The error answer: a status and `{"error": "..."}`.
struct ApiError(StatusCode, String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, Json(serde_json::json!({ "error": self.1 }))).into_response()
    }
}

impl From<BackendError> for ApiError {
    fn from(e: BackendError) -> ApiError {
        match e {
            BackendError::BadInput(m) => ApiError(StatusCode::BAD_REQUEST, m),
            BackendError::Internal(m) => ApiError(StatusCode::INTERNAL_SERVER_ERROR, m),
        }
    }
}

type ApiResult<T> = Result<T, ApiError>;

/// Runs a blocking backend call off the async threads, a bounded number at a time.
async fn blocking<T: Send + 'static>(permits: &tokio::sync::Semaphore, f: impl FnOnce() -> Result<T, BackendError> + Send + 'static) -> ApiResult<T> {
    let _permit = permits.acquire().await.map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, format!("worker failed: {e}")))?
        .map_err(ApiError::from)
}

/// The application's routes over `backend`.
pub fn router(backend: Arc<dyn Backend>, config: &ServeConfig) -> Router {
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()) * 2;
    let state = AppState { backend, token: config.token.as_deref().map(Arc::from), permits: Arc::new(tokio::sync::Semaphore::new(workers)) };
    Router::new()
        .route("/", get(|| async { asset("index.html") }))
        .route("/assets/{file}", get(|Path(file): Path<String>| async move { asset(&file) }))
        .route("/api/health", get(|| async { Json(serde_json::json!({ "status": "ok" })) }))
        .route("/api/openapi.json", get(|| async { ([(header::CONTENT_TYPE, "application/json")], OPENAPI) }))
        .route("/api/events", get(events))
        .route("/api/events/{id}", get(event))
        .route("/api/articles", axum::routing::post(ingest))
        .route("/api/articles/{id}", get(article))
        .route("/api/stats", get(stats))
        .route("/api/ceasefires", get(ceasefires))
        .fallback(|| async { ApiError(StatusCode::NOT_FOUND, "no such route".into()) })
        .layer(DefaultBodyLimit::max(config.max_body_bytes))
        .with_state(state)
}

const OPENAPI: &str = include_str!("openapi.json");

fn asset(name: &str) -> Response {
    let (body, kind): (&'static [u8], &str) = match name {
        "index.html" => (include_bytes!("../assets/index.html"), "text/html; charset=utf-8"),
        "app.js" => (include_bytes!("../assets/app.js"), "text/javascript; charset=utf-8"),
        "style.css" => (include_bytes!("../assets/style.css"), "text/css; charset=utf-8"),
        "world.json" => (include_bytes!(concat!(env!("OUT_DIR"), "/world.json")), "application/json"),
        _ => return ApiError(StatusCode::NOT_FOUND, format!("no asset {name:?}")).into_response(),
    };
    ([(header::CONTENT_TYPE, kind), (header::CACHE_CONTROL, "max-age=3600")], body).into_response()
}

async fn events(State(s): State<AppState>, Query(pairs): Query<Vec<(String, String)>>) -> ApiResult<Json<Page>> {
    let q = EventQuery::from_pairs(&pairs).map_err(|e| ApiError(StatusCode::BAD_REQUEST, e.to_string()))?;
    Ok(Json(blocking(&s.permits.clone(), move || s.backend.events(&q)).await?))
}

async fn event(State(s): State<AppState>, Path(id): Path<String>) -> ApiResult<Json<Event>> {
    let found = blocking(&s.permits.clone(), {
        let id = id.clone();
        move || s.backend.event(&id)
    })
    .await?;
    found.map(Json).ok_or_else(|| ApiError(StatusCode::NOT_FOUND, format!("no event {id:?}")))
}

async fn article(State(s): State<AppState>, Path(id): Path<String>) -> ApiResult<Json<Article>> {
    let found = blocking(&s.permits.clone(), {
        let id = id.clone();
        move || s.backend.article(&id)
    })
    .await?;
    found.map(Json).ok_or_else(|| ApiError(StatusCode::NOT_FOUND, format!("no article {id:?}")))
}

async fn stats(State(s): State<AppState>) -> ApiResult<Json<serde_json::Value>> {
    Ok(Json(blocking(&s.permits.clone(), move || s.backend.stats()).await?))
}

async fn ceasefires(State(s): State<AppState>) -> ApiResult<Json<serde_json::Value>> {
    let list = blocking(&s.permits.clone(), move || s.backend.ceasefires()).await?;
    Ok(Json(serde_json::json!({ "ceasefires": list })))
}

async fn ingest(State(s): State<AppState>, headers: HeaderMap, body: Bytes) -> ApiResult<Json<serde_json::Value>> {
    let Some(token) = s.token.clone() else {
        return Err(ApiError(StatusCode::FORBIDDEN, "writes are disabled: start the server with --token or KRONIEK_TOKEN".into()));
    };
    let given = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "));
    if given.map(str::trim) != Some(&*token) {
        return Err(ApiError(StatusCode::FORBIDDEN, "a valid 'Authorization: Bearer <token>' header is required".into()));
    }
    let body = body.to_vec();
    Ok(Json(blocking(&s.permits.clone(), move || s.backend.ingest(&body)).await?))
}

/// Serves until interrupted (Ctrl-C).
pub fn serve(backend: Arc<dyn Backend>, config: ServeConfig) -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(config.addr).await?;
        eprintln!("kroniek: serving on http://{}", listener.local_addr()?);
        axum::serve(listener, router(backend, &config))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use axum::http::Request;
    use http_body_util::BodyExt;
    use tower::ServiceExt;

    /// A backend over a fixed list, enough to test the HTTP layer on its own.
    struct Fixed(Vec<Event>);

    impl Backend for Fixed {
        fn events(&self, q: &EventQuery) -> Result<Page, BackendError> {
            let hits: Vec<Event> = self.0.iter().filter(|e| q.event_type.is_none_or(|t| e.event_type == t)).cloned().collect();
            Ok(Page { total: hits.len() as u64, events: hits.into_iter().take(q.limit).collect(), next: None })
        }
        fn event(&self, id: &str) -> Result<Option<Event>, BackendError> {
            Ok(self.0.iter().find(|e| e.id == id).cloned())
        }
        fn article(&self, _: &str) -> Result<Option<Article>, BackendError> {
            Ok(None)
        }
        fn stats(&self) -> Result<serde_json::Value, BackendError> {
            Ok(serde_json::json!({ "events": self.0.len() }))
        }
        fn ceasefires(&self) -> Result<Vec<Ceasefire>, BackendError> {
            Ok(kroniek_monitor::monitor(&self.0, &[]))
        }
        fn ingest(&self, body: &[u8]) -> Result<serde_json::Value, BackendError> {
            serde_json::from_slice::<serde_json::Value>(body).map_err(|e| BackendError::BadInput(format!("malformed JSON: {e}")))?;
            Ok(serde_json::json!({ "added": 1 }))
        }
    }

    fn event(id: &str, t: kroniek_types::EventType) -> Event {
        serde_json::from_value(serde_json::json!({
            "id": id, "article_id": "a", "language": "en", "event_type": t, "mode": null, "context": null, "cameo": "190",
            "acled_event_type": null, "acled_sub_event_type": null, "source": null, "target": null, "other_actors": [],
            "location": null, "date": "2020-03-05", "date_precision": "day", "fatalities": null, "injured": null,
            "arrested": null, "displaced": null, "intent": "actual", "sentence": "s", "evidence": [0, 1], "confidence": 0.5,
            "trigger": "t", "trigger_span": [0, 1]
        }))
        .unwrap()
    }

    fn app(token: Option<&str>) -> Router {
        let backend = Arc::new(Fixed(vec![event("e1", kroniek_types::EventType::Assault), event("e2", kroniek_types::EventType::Agree)]));
        let config = ServeConfig { token: token.map(String::from), max_body_bytes: 1024, ..ServeConfig::default() };
        router(backend, &config)
    }

    async fn call(app: Router, req: Request<Body>) -> (StatusCode, String) {
        let res = app.oneshot(req).await.unwrap();
        let status = res.status();
        let body = res.into_body().collect().await.unwrap().to_bytes();
        (status, String::from_utf8_lossy(&body).into_owned())
    }

    fn get(uri: &str) -> Request<Body> {
        Request::get(uri).body(Body::empty()).unwrap()
    }

    fn post(token: Option<&str>, body: impl Into<Body>) -> Request<Body> {
        let mut r = Request::post("/api/articles").header("content-type", "application/json");
        if let Some(t) = token {
            r = r.header("authorization", format!("Bearer {t}"));
        }
        r.body(body.into()).unwrap()
    }

    #[tokio::test]
    async fn answers_each_route_with_the_right_status() {
        let (s, body) = call(app(None), get("/api/events?type=ASSAULT")).await;
        assert_eq!(s, StatusCode::OK);
        let page: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!((page["total"].as_u64(), page["events"][0]["id"].as_str(), page["next"].is_null()), (Some(1), Some("e1"), true));
        assert_eq!(call(app(None), get("/api/events?type=WAR")).await.0, StatusCode::BAD_REQUEST);
        assert_eq!(call(app(None), get("/api/events?near=1,2")).await.0, StatusCode::BAD_REQUEST);
        assert_eq!(call(app(None), get("/api/events/e2")).await.0, StatusCode::OK);
        assert_eq!(call(app(None), get("/api/events/nope")).await.0, StatusCode::NOT_FOUND);
        assert_eq!(call(app(None), get("/api/health")).await.0, StatusCode::OK);
        assert_eq!(call(app(None), get("/api/stats")).await.0, StatusCode::OK);
        assert_eq!(call(app(None), get("/api/ceasefires")).await.0, StatusCode::OK);
        let (s, doc) = call(app(None), get("/api/openapi.json")).await;
        assert_eq!(s, StatusCode::OK);
        assert!(serde_json::from_str::<serde_json::Value>(&doc).unwrap()["paths"]["/api/events"].is_object());
        let (s, page) = call(app(None), get("/")).await;
        assert!(s == StatusCode::OK && page.contains("<svg id=\"map\""));
        assert_eq!(call(app(None), get("/assets/app.js")).await.0, StatusCode::OK);
        assert_eq!(call(app(None), get("/assets/secret")).await.0, StatusCode::NOT_FOUND);
    }

    #[tokio::test]
    async fn writes_need_the_token_and_a_sane_body() {
        assert_eq!(call(app(None), post(Some("t"), "{}")).await.0, StatusCode::FORBIDDEN, "writes disabled");
        assert_eq!(call(app(Some("t")), post(None, "{}")).await.0, StatusCode::FORBIDDEN, "no token");
        assert_eq!(call(app(Some("t")), post(Some("x"), "{}")).await.0, StatusCode::FORBIDDEN, "wrong token");
        assert_eq!(call(app(Some("t")), post(Some("t"), "{\"text\":\"x\"}")).await.0, StatusCode::OK);
        let (s, body) = call(app(Some("t")), post(Some("t"), "{not json")).await;
        assert!(s == StatusCode::BAD_REQUEST && body.contains("malformed JSON"), "{s} {body}");
        assert_eq!(call(app(Some("t")), post(Some("t"), vec![b' '; 4096])).await.0, StatusCode::PAYLOAD_TOO_LARGE);
    }
}
