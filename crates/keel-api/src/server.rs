//! The HTTP side of the edge: one `POST /` for every AWS JSON service, dispatched on
//! `X-Amz-Target`, plus a liveness probe.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use http::{HeaderMap, HeaderValue, StatusCode, header};
use http_body_util::BodyExt;
use keel_awsmodel::ServiceModel;
use keel_awsmodel::validate::{ValidationError, check_output, validate_input};
use keel_types::Scope;
use tracing::{Instrument, debug, error, info_span, warn};

use crate::sigv4::{self, Check, KeyStore, Protocol, SignedParts, Verified};
use crate::{ApiError, ErrorKind, JsonService, RequestContext};

const AMZ_JSON_1_1: &str = "application/x-amz-json-1.1";

/// Settings of the edge.
#[derive(Clone, Debug)]
pub struct EdgeConfig {
    pub account_id: String,
    /// Region for requests that carry no SigV4 credential scope.
    pub default_region: String,
    /// Requests with larger bodies get 413 and change nothing.
    pub max_body_bytes: usize,
    /// Check every response against the operation's output shape and turn a mismatch into a
    /// 500. On in tests and debug builds so drift from the model is caught where it happens.
    pub check_responses: bool,
    /// How requests are authenticated.
    pub authentication: Authentication,
}

/// How the edge authenticates requests. There is no way to turn it off: the loosest mode still
/// wants a well-formed SigV4 signature (it only skips checking it).
#[derive(Clone)]
pub enum Authentication {
    /// Every request must carry a valid SigV4 signature by a key in the store.
    Verify(Arc<dyn KeyStore>),
    /// Any well-formed signature is accepted unchecked (local testing with throwaway
    /// credentials; the server refuses this mode unless it listens on loopback).
    AcceptAnyCredentials,
}

impl std::fmt::Debug for Authentication {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Authentication::Verify(_) => "Verify",
            Authentication::AcceptAnyCredentials => "AcceptAnyCredentials",
        })
    }
}

impl EdgeConfig {
    pub fn new(
        account_id: impl Into<String>,
        default_region: impl Into<String>,
        authentication: Authentication,
    ) -> Self {
        Self {
            account_id: account_id.into(),
            default_region: default_region.into(),
            max_body_bytes: 10 * 1024 * 1024,
            check_responses: cfg!(debug_assertions),
            authentication,
        }
    }
}

struct Edge {
    config: EdgeConfig,
    /// Services by `X-Amz-Target` prefix.
    by_target: HashMap<&'static str, Arc<dyn JsonService>>,
}

/// Builds the router serving every given service on `POST /`. Extra routes (the agent protocol,
/// the console) can be merged by the caller.
pub fn router(config: EdgeConfig, services: Vec<Arc<dyn JsonService>>) -> Router {
    let by_target = services
        .into_iter()
        .map(|s| (s.model().target_prefix, s))
        .collect();
    let edge = Arc::new(Edge { config, by_target });
    Router::new()
        .route("/", post(handle_post))
        .route("/healthz", get(|| async { "ok" }))
        .with_state(edge)
}

async fn handle_post(State(edge): State<Arc<Edge>>, request: Request) -> Response {
    let request_id = keel_types::ids::new_uuid();
    let (parts, body) = request.into_parts();
    let target = parts
        .headers
        .get("x-amz-target")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let span = info_span!("request", request_id = %request_id, target = %target);
    async move {
        let source_ip = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(addr)| addr.ip());
        let result = dispatch(&edge, &parts, &target, body, request_id.clone(), source_ip).await;
        match result {
            Ok(Reply::Json(body)) => json_response(StatusCode::OK, &request_id, body, None),
            Ok(Reply::Stream(stream)) => stream_response(&request_id, stream),
            Err(err) => {
                if err.kind == ErrorKind::Server {
                    error!(code = %err.code, message = %err.message, "request failed");
                } else {
                    debug!(code = %err.code, message = %err.message, "request rejected");
                }
                let body = serde_json::to_vec(&err.body()).unwrap_or_else(|_| b"{}".to_vec());
                json_response(err.status(), &request_id, body.into(), Some(&err.code))
            }
        }
    }
    .instrument(span)
    .await
}

pub(crate) fn context_for(
    config: &EdgeConfig,
    headers: &HeaderMap,
    request_id: String,
    source_ip: Option<std::net::IpAddr>,
    verified: &Verified,
) -> RequestContext {
    RequestContext {
        request_id,
        scope: Scope::new(config.account_id.clone(), verified.scope.region.clone()),
        access_key_id: Some(verified.scope.access_key_id.clone()),
        principal_arn: Some(verified.principal_arn.clone()).filter(|p| !p.is_empty()),
        user_agent: headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string),
        source_ip,
    }
}

/// Checks the request's SigV4 signature for `service` (its signing name).
pub(crate) fn authenticate(
    config: &EdgeConfig,
    parts: &http::request::Parts,
    body: &[u8],
    service: &str,
    operation: &str,
) -> Result<Verified, ApiError> {
    let signed = SignedParts {
        method: parts.method.as_str(),
        path: parts.uri.path(),
        query: parts.uri.query(),
        headers: &parts.headers,
        body,
    };
    let now = keel_types::time::now_millis();
    let result = match &config.authentication {
        Authentication::Verify(keys) => {
            sigv4::verify(&signed, service, keys.as_ref(), now, Check::Verify)
        }
        Authentication::AcceptAnyCredentials => {
            let result = sigv4::verify(&signed, service, &NoKeys, now, Check::AcceptAny);
            if result.is_ok() && !is_read_only(operation) {
                warn!(
                    operation,
                    "UNAUTHENTICATED CHANGE: accepting any credentials (--insecure-accept-any-credentials)"
                );
            }
            result
        }
    };
    result.map_err(|err| {
        let kind = if err.status(Protocol::Json) == 403 {
            ErrorKind::Forbidden
        } else {
            ErrorKind::Client
        };
        ApiError::new(kind, err.code(Protocol::Json), err.to_string())
    })
}

/// Operations that only read, by AWS's naming.
fn is_read_only(operation: &str) -> bool {
    ["Describe", "List", "Get", "Test"]
        .iter()
        .any(|p| operation.starts_with(p))
}

struct NoKeys;
impl KeyStore for NoKeys {
    fn secret(&self, _: &str) -> Option<sigv4::Secret> {
        None
    }
}

/// A successful answer: a JSON body, or an event stream.
enum Reply {
    Json(bytes::Bytes),
    Stream(crate::eventstream::EventStream),
}

async fn dispatch(
    edge: &Edge,
    parts: &http::request::Parts,
    target: &str,
    body: Body,
    request_id: String,
    source_ip: Option<std::net::IpAddr>,
) -> Result<Reply, ApiError> {
    let (prefix, operation) = target
        .rsplit_once('.')
        .ok_or_else(|| ApiError::unknown_operation(target))?;
    let service = edge
        .by_target
        .get(prefix)
        .ok_or_else(|| ApiError::unknown_operation(target))?;
    let bytes = read_body(body, edge.config.max_body_bytes).await?;
    let verified = authenticate(
        &edge.config,
        parts,
        &bytes,
        service.model().signing_name,
        operation,
    )?;
    let ctx = context_for(
        &edge.config,
        &parts.headers,
        request_id,
        source_ip,
        &verified,
    );
    if service.model().operation(operation).is_none() {
        return Err(ApiError::unknown_operation(target));
    }
    if service.is_streaming(operation) {
        return handle_stream(service.as_ref(), &ctx, operation, &bytes)
            .await
            .map(Reply::Stream);
    }
    handle_json(
        service.as_ref(),
        edge.config.check_responses,
        &ctx,
        operation,
        &bytes,
    )
    .await
    .map(Reply::Json)
}

fn validated_input(
    service: &dyn JsonService,
    operation: &str,
    bytes: &[u8],
) -> Result<serde_json::Value, ApiError> {
    let input = decode_json(bytes)?;
    validate_input(service.model(), operation, &input).map_err(|err| match err {
        ValidationError::Serialization { message } => ApiError::serialization(message),
        constraints @ ValidationError::Constraints(_) => {
            ApiError::client(service.validation_error_code(), constraints.to_string())
        }
    })?;
    Ok(input)
}

/// The streaming twin of [`handle_json`]: decode and validate, then start the stream.
pub async fn handle_stream(
    service: &dyn JsonService,
    ctx: &RequestContext,
    operation: &str,
    bytes: &[u8],
) -> Result<crate::eventstream::EventStream, ApiError> {
    let input = validated_input(service, operation, bytes)?;
    service.call_stream(ctx, operation, input).await
}

fn stream_response(request_id: &str, stream: crate::eventstream::EventStream) -> Response {
    use futures::StreamExt as _;
    let frames =
        stream.map(|item| Ok::<_, std::convert::Infallible>(crate::eventstream::encode(&item)));
    let mut response = (StatusCode::OK, Body::from_stream(frames)).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(crate::eventstream::CONTENT_TYPE),
    );
    if let Ok(value) = HeaderValue::from_str(request_id) {
        headers.insert("x-amzn-requestid", value);
    }
    response
}

/// Everything after the body is read: decode, validate against the model, call the service,
/// optionally check the answer against the model. The operation must exist in the model.
///
/// Public so the fuzz target and its corpus replay drive exactly the path requests take.
pub async fn handle_json(
    service: &dyn JsonService,
    check_responses: bool,
    ctx: &RequestContext,
    operation: &str,
    bytes: &[u8],
) -> Result<bytes::Bytes, ApiError> {
    let model = service.model();
    let input = validated_input(service, operation, bytes)?;

    let output = service.call(ctx, operation, input).await?;
    if check_responses {
        let decoded = serde_json::from_slice::<serde_json::Value>(&output).map_err(|err| {
            ApiError::server(
                "ServerException",
                format!("response of {operation} is not JSON: {err}"),
            )
        })?;
        check_response(model, operation, &decoded)?;
    }
    Ok(output)
}

fn check_response(
    model: &ServiceModel,
    operation: &str,
    output: &serde_json::Value,
) -> Result<(), ApiError> {
    if let Err(problems) = check_output(model, operation, output) {
        error!(
            operation,
            ?problems,
            "response does not match the service model"
        );
        return Err(ApiError::server(
            "ServerException",
            format!(
                "response of {operation} does not match the model: {}",
                problems.join("; ")
            ),
        ));
    }
    Ok(())
}

/// How much of an oversized body is read and thrown away before answering 413. Clients that
/// send the whole body before reading the answer (most do) would otherwise see the connection
/// reset instead of the error; past this much, they do.
const OVERSIZE_DRAIN_BYTES: usize = 64 << 20;

async fn read_body(mut body: Body, limit: usize) -> Result<bytes::Bytes, ApiError> {
    let mut buf = bytes::BytesMut::new();
    let mut seen = 0usize;
    while let Some(frame) = body.frame().await {
        let frame = match frame {
            Ok(frame) => frame,
            Err(err) => {
                warn!(%err, "failed to read request body");
                return Err(ApiError::serialization("Failed to read the request body"));
            }
        };
        let Ok(data) = frame.into_data() else {
            continue; // trailers
        };
        seen = seen.saturating_add(data.len());
        if seen <= limit {
            buf.extend_from_slice(&data);
        } else {
            buf = bytes::BytesMut::new();
            if seen > limit.saturating_add(OVERSIZE_DRAIN_BYTES) {
                break;
            }
        }
    }
    if seen > limit {
        return Err(ApiError::new(
            ErrorKind::TooLarge,
            "RequestEntityTooLargeException",
            format!("Request body must be at most {limit} bytes"),
        ));
    }
    Ok(buf.freeze())
}

/// An empty body stands for `{}` (some clients send nothing for operations without input).
fn decode_json(bytes: &[u8]) -> Result<serde_json::Value, ApiError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(serde_json::Value::Object(serde_json::Map::new()));
    }
    let value: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|err| ApiError::serialization(format!("Request body is not valid JSON: {err}")))?;
    if !value.is_object() {
        return Err(ApiError::serialization(
            "Request body must be a JSON object",
        ));
    }
    Ok(value)
}

fn json_response(
    status: StatusCode,
    request_id: &str,
    body: bytes::Bytes,
    error_type: Option<&str>,
) -> Response {
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(AMZ_JSON_1_1));
    if let Ok(value) = HeaderValue::from_str(request_id) {
        headers.insert("x-amzn-requestid", value);
    }
    if let Some(code) = error_type.and_then(|c| HeaderValue::from_str(c).ok()) {
        headers.insert("x-amzn-errortype", code);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_body_is_an_empty_object() {
        assert_eq!(decode_json(b"").unwrap(), serde_json::json!({}));
        assert_eq!(decode_json(b" \n").unwrap(), serde_json::json!({}));
    }

    #[test]
    fn non_objects_and_bad_json_are_serialization_errors() {
        for bad in [&b"[]"[..], b"12", b"{", b"\"x\"", b"{\"a\":}"] {
            let err = decode_json(bad).unwrap_err();
            assert_eq!(err.code, "SerializationException");
            assert_eq!(err.status(), StatusCode::BAD_REQUEST);
        }
    }
}
