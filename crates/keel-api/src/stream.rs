//! Server-sent events on the edge's listener, for Keel's own internal streams (the ECS
//! state-change events under `/keel/events/v1/stream`).
//!
//! A stream request is an ordinary SigV4-signed `GET` (scoped to the stream's signing name,
//! with an empty body), authenticated exactly as API calls are and authorized for the
//! [`Access`] the stream is declared with; the region is the one in the credential scope. Each event carries the store revision it came from as its SSE `id`, so a
//! client resumes with `?after=ID` (or `Last-Event-ID`) and misses nothing still kept. A
//! comment line every 15 s keeps idle connections open through proxies.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use futures::StreamExt;
use futures::stream::BoxStream;
use http::{HeaderValue, StatusCode, header};

use crate::server::{Edge, authorize_stream, context_for};
use crate::{Access, ApiError, RequestContext};

/// One event of a stream.
#[derive(Clone, Debug)]
pub struct StreamEvent {
    /// The cursor a client resumes after.
    pub id: i64,
    /// The SSE event name.
    pub name: String,
    /// JSON, on one line.
    pub data: String,
}

/// A source of events a client can follow.
#[async_trait::async_trait]
pub trait EventSource: Send + Sync + 'static {
    /// Events after `after` (`None`: from now on), in the request's account and region.
    async fn subscribe(
        &self,
        ctx: &RequestContext,
        after: Option<i64>,
    ) -> Result<BoxStream<'static, Result<StreamEvent, ApiError>>, ApiError>;
}

struct StreamState {
    edge: Arc<Edge>,
    signing_name: &'static str,
    access: Access,
    source: Arc<dyn EventSource>,
}

/// `GET path` serving `source` as server-sent events, authenticated with SigV4 for
/// `signing_name` and authorized as `access`.
pub fn event_stream_router(
    edge: Arc<Edge>,
    path: &str,
    signing_name: &'static str,
    access: Access,
    source: Arc<dyn EventSource>,
) -> Router {
    Router::new()
        .route(path, get(handle))
        .with_state(Arc::new(StreamState {
            edge,
            signing_name,
            access,
            source,
        }))
}

fn after_of(parts: &http::request::Parts) -> Result<Option<i64>, ApiError> {
    let from_query = parts.uri.query().and_then(|q| {
        q.split('&')
            .find_map(|pair| pair.strip_prefix("after=").map(str::to_string))
    });
    let from_header = parts
        .headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    match from_query.or(from_header) {
        None => Ok(None),
        Some(text) => text
            .parse::<i64>()
            .ok()
            .filter(|n| *n >= 0)
            .map(Some)
            .ok_or_else(|| {
                ApiError::client(
                    "ValidationException",
                    "after must be a non-negative integer",
                )
            }),
    }
}

async fn handle(State(state): State<Arc<StreamState>>, request: Request) -> Response {
    let (parts, _body) = request.into_parts();
    let request_id = keel_types::ids::new_uuid();
    let result = async {
        let config = state.edge.config();
        let received_at_ms = config.clock.now_millis();
        let verified = state.edge.authenticate(&parts, b"", state.signing_name)?;
        let ctx = context_for(
            config,
            &parts,
            request_id.clone(),
            received_at_ms,
            &verified,
        );
        authorize_stream(config, &ctx, &state.access)?;
        let after = after_of(&parts)?;
        state.source.subscribe(&ctx, after).await
    }
    .await;
    match result {
        Ok(events) => {
            let frames = events.map(|item| {
                let frame = match item {
                    Ok(event) => format!(
                        "id: {}\nevent: {}\ndata: {}\n\n",
                        event.id, event.name, event.data
                    ),
                    Err(err) => format!(
                        "event: error\ndata: {}\n\n",
                        serde_json::to_string(&err.body()).unwrap_or_default()
                    ),
                };
                Ok::<_, Infallible>(bytes::Bytes::from(frame))
            });
            let keepalive = futures::stream::unfold((), |()| async {
                tokio::time::sleep(Duration::from_secs(15)).await;
                Some((
                    Ok::<_, Infallible>(bytes::Bytes::from_static(b": keep-alive\n\n")),
                    (),
                ))
            });
            let opening = futures::stream::once(async {
                Ok::<_, Infallible>(bytes::Bytes::from_static(b": stream open\n\n"))
            });
            let body = Body::from_stream(opening.chain(futures::stream::select(frames, keepalive)));
            let mut response = (StatusCode::OK, body).into_response();
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/event-stream"),
            );
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            if let Ok(value) = HeaderValue::from_str(&request_id) {
                headers.insert("x-amzn-requestid", value);
            }
            response
        }
        Err(err) => {
            let body = serde_json::to_vec(&err.body()).unwrap_or_default();
            let mut response = (err.status(), body).into_response();
            response.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            response
        }
    }
}
