//! The HTTP side of the edge: `POST /` for every AWS service on the endpoint, plus a liveness
//! probe.
//!
//! A request with `X-Amz-Target` is an AWS JSON call, found by target prefix. Any other
//! request to `/` (a form `POST`, or a `GET` with the parameters in the query string, as
//! presigned STS calls are) is an awsQuery call, found by the service name of its SigV4
//! credential scope (`iam`, `sts`). Both then take the same path:
//!
//! 1. read the body under the size limit;
//! 2. authenticate the signature ([`crate::sigv4`]) for the service's signing name;
//! 3. decode and validate the input against the model;
//! 4. ask the service what the operation needs permission for ([`Access`]) and, for callers
//!    policies bind, the [`Authorizer`]; a refusal is `AccessDenied(Exception)` and nothing
//!    has run;
//! 5. for an operation that may change something, durably record its intent in the audit
//!    trail ([`AuditSink`]);
//! 6. run the service;
//! 7. record the outcome (and every refusal) in the trail, then answer.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

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
use keel_types::time::Clock;
use serde_json::{Map, Value};
use tracing::{Instrument, debug, error, info, info_span, warn};

use crate::access::{Access, Authorizer, Check, Denial, denial_message, is_read_only_name};
use crate::audit::{AuditEvent, AuditSink, redact, resource_of, user_identity};
use crate::caller::Caller;
use crate::context::CredentialScope;
use crate::query::{self, QueryService};
use crate::sigv4::{self, KeyStore, Protocol, SignedParts, Verified};
use crate::{ApiError, ErrorKind, JsonService, RequestContext};

const AMZ_JSON_1_1: &str = "application/x-amz-json-1.1";
const TEXT_XML: &str = "text/xml";

/// Inserted into a request's extensions by a listener that speaks TLS, so policies can test
/// `aws:SecureTransport`.
#[derive(Clone, Copy, Debug)]
pub struct SecureTransport;

/// Settings of the edge.
#[derive(Clone)]
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
    /// Decides what IAM users and role sessions may do. Without one, only the root key (and
    /// callers in accept-any mode) can get past authorization.
    pub authorizer: Option<Arc<dyn Authorizer>>,
    /// Where mutating and refused calls are recorded; `None` records nothing.
    pub audit: Option<Arc<dyn AuditSink>>,
    /// The time of signatures, credential expiry and `aws:CurrentTime`.
    pub clock: Arc<dyn Clock>,
}

impl std::fmt::Debug for EdgeConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EdgeConfig")
            .field("account_id", &self.account_id)
            .field("default_region", &self.default_region)
            .field("max_body_bytes", &self.max_body_bytes)
            .field("check_responses", &self.check_responses)
            .field("authentication", &self.authentication)
            .field("authorizer", &self.authorizer.is_some())
            .field("audit", &self.audit.is_some())
            .finish()
    }
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
            authorizer: None,
            audit: None,
            clock: keel_types::time::system_clock(),
        }
    }
}

/// How long a call waits for its audit record to become durable before going on without it
/// (the sink then keeps trying and reports the failure). A healthy disk takes milliseconds.
const AUDIT_WAIT: Duration = Duration::from_secs(10);

/// The services on the endpoint, and the settings they share.
pub struct Edge {
    config: EdgeConfig,
    /// JSON services by `X-Amz-Target` prefix.
    by_target: HashMap<&'static str, Arc<dyn JsonService>>,
    /// Query services by signing name.
    by_signing_name: HashMap<&'static str, Arc<dyn QueryService>>,
}

impl Edge {
    pub fn new(config: EdgeConfig) -> Self {
        Self {
            config,
            by_target: HashMap::new(),
            by_signing_name: HashMap::new(),
        }
    }

    /// Serves an AWS JSON service.
    pub fn json(mut self, service: Arc<dyn JsonService>) -> Self {
        self.by_target
            .insert(service.model().target_prefix, service);
        self
    }

    /// Serves an awsQuery service.
    pub fn query(mut self, service: Arc<dyn QueryService>) -> Self {
        self.by_signing_name
            .insert(service.model().signing_name, service);
        self
    }

    pub fn config(&self) -> &EdgeConfig {
        &self.config
    }

    /// The router serving every service on `/`. Extra routes (the agent protocol, the
    /// console) can be merged by the caller, who may keep a handle on the edge to
    /// authenticate them ([`Edge::authenticate`], [`Edge::authorize`]).
    pub fn router(self: Arc<Self>) -> Router {
        let edge = self;
        Router::new()
            .route("/", post(handle).get(handle))
            .route("/healthz", get(|| async { "ok" }))
            .with_state(edge)
    }

    /// Authenticates a request made to another route of the endpoint (the agent protocol)
    /// as a call to `service` (its SigV4 signing name), with the edge's keys and clock.
    pub fn authenticate(
        &self,
        parts: &http::request::Parts,
        body: &[u8],
        service: &str,
    ) -> Result<Verified, ApiError> {
        authenticate(&self.config, parts, body, service, Protocol::Json, "")
    }

    /// Whether `caller` may perform `access` (the root key and accept-any callers may do
    /// anything), with the global condition keys of a request from `source_ip`.
    pub fn authorize(
        &self,
        caller: &Caller,
        access: &Access,
        region: &str,
        source_ip: Option<IpAddr>,
    ) -> Result<(), String> {
        let mut ctx = RequestContext::new("", Scope::new(&self.config.account_id, region));
        ctx.source_ip = source_ip;
        ctx.received_at_ms = self.config.clock.now_millis();
        ctx.caller = Some(caller.clone());
        authorize(&self.config, &ctx, caller, access, false)
            .map_err(|(action, denial)| denial_message(caller, &action, &denial))
    }
}

/// Builds the router serving the given AWS JSON services on `POST /`.
pub fn router(config: EdgeConfig, services: Vec<Arc<dyn JsonService>>) -> Router {
    Arc::new(services.into_iter().fold(Edge::new(config), Edge::json)).router()
}

/// The wire family of one call.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wire {
    Json,
    Query,
}

async fn handle(State(edge): State<Arc<Edge>>, request: Request) -> Response {
    let request_id = keel_types::ids::new_uuid();
    let (parts, body) = request.into_parts();
    let target = parts
        .headers
        .get("x-amz-target")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let span =
        info_span!("request", request_id = %request_id, target = target.as_deref().unwrap_or(""));
    let started = std::time::Instant::now();
    let method = parts.method.clone();
    let path = parts.uri.path().to_string();
    let log_request_id = request_id.clone();
    let log_target = target.clone();
    let response = async move {
        match target {
            Some(target) if parts.method == http::Method::POST => {
                json_call(&edge, parts, body, &target, request_id).await
            }
            _ => match query_service(&edge, &parts) {
                Some(service) => query_call(&edge, service, parts, body, request_id).await,
                None => {
                    let err = ApiError::unknown_operation(target.as_deref().unwrap_or(""));
                    json_error(&request_id, &err)
                }
            },
        }
    }
    .instrument(span)
    .await;
    // The control plane's `api` log: one line per answered request.
    info!(
        target: "keel::api",
        request_id = %log_request_id,
        method = %method,
        path = %path,
        operation = log_target.as_deref().unwrap_or(""),
        status = response.status().as_u16(),
        error_code = response
            .headers()
            .get("x-amzn-errortype")
            .and_then(|v| v.to_str().ok())
            .unwrap_or(""),
        latency_us = started.elapsed().as_micros() as u64,
        "request"
    );
    response
}

/// The query service a request without `X-Amz-Target` is for, by its credential scope.
fn query_service(edge: &Edge, parts: &http::request::Parts) -> Option<Arc<dyn QueryService>> {
    let scope = CredentialScope::from_headers(&parts.headers).or_else(|| {
        let query = parts.uri.query()?;
        form_urlencoded::parse(query.as_bytes())
            .find(|(k, _)| k == "X-Amz-Credential")
            .and_then(|(_, v)| CredentialScope::parse(&v))
    });
    match scope {
        Some(scope) => edge.by_signing_name.get(scope.service.as_str()).cloned(),
        // An unsigned query call: answer in the form of the only query service, or of STS
        // when there are several (what an unsigned `GetCallerIdentity` would get).
        None if parts.uri.query().is_some() || is_form(&parts.headers) => edge
            .by_signing_name
            .get("sts")
            .or_else(|| edge.by_signing_name.values().next())
            .cloned(),
        None => None,
    }
}

fn is_form(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"))
}

fn log_error(err: &ApiError) {
    if err.kind == ErrorKind::Server {
        error!(code = %err.code, message = %err.message, "request failed");
    } else {
        debug!(code = %err.code, message = %err.message, "request rejected");
    }
}

fn json_error(request_id: &str, err: &ApiError) -> Response {
    log_error(err);
    let body = serde_json::to_vec(&err.body()).unwrap_or_else(|_| b"{}".to_vec());
    json_response(err.status(), request_id, body.into(), Some(&err.code))
}

fn xml_error(model: &ServiceModel, request_id: &str, err: &ApiError) -> Response {
    log_error(err);
    let body = query::encode_error(model, err, request_id);
    xml_response(err.status(), request_id, body)
}

pub(crate) fn context_for(
    config: &EdgeConfig,
    parts: &http::request::Parts,
    request_id: String,
    received_at_ms: i64,
    verified: &Verified,
) -> RequestContext {
    let source_ip = parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip());
    let caller = verified.caller.clone();
    RequestContext {
        request_id,
        scope: Scope::new(config.account_id.clone(), verified.scope.region.clone()),
        access_key_id: Some(verified.scope.access_key_id.clone()),
        principal_arn: Some(caller.arn.clone()).filter(|p| !p.is_empty()),
        user_agent: parts
            .headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string),
        source_ip,
        caller: Some(caller),
        received_at_ms,
        secure: parts.extensions.get::<SecureTransport>().is_some(),
    }
}

/// Checks the request's SigV4 signature for `service` (its signing name).
fn authenticate(
    config: &EdgeConfig,
    parts: &http::request::Parts,
    body: &[u8],
    service: &str,
    protocol: Protocol,
    operation: &str,
) -> Result<Verified, ApiError> {
    let signed = SignedParts {
        method: parts.method.as_str(),
        path: parts.uri.path(),
        query: parts.uri.query(),
        headers: &parts.headers,
        body,
    };
    let now = config.clock.now_millis();
    let result = match &config.authentication {
        Authentication::Verify(keys) => {
            sigv4::verify(&signed, service, keys.as_ref(), now, sigv4::Check::Verify)
        }
        Authentication::AcceptAnyCredentials => {
            let result = sigv4::verify(&signed, service, &NoKeys, now, sigv4::Check::AcceptAny);
            if result.is_ok() && !is_read_only_name(operation) {
                warn!(
                    operation,
                    "UNAUTHENTICATED CHANGE: accepting any credentials (--insecure-accept-any-credentials)"
                );
            }
            result.map(|mut verified| {
                verified.caller =
                    Caller::unverified(&config.account_id, &verified.scope.access_key_id);
                verified
            })
        }
    };
    result.map_err(|err| {
        info!(
            target: "keel::authenticator",
            service,
            operation,
            code = err.code(protocol),
            reason = %err,
            "request refused: authentication failed"
        );
        let status = err.status(protocol);
        let kind = if status == 403 {
            ErrorKind::Forbidden
        } else {
            ErrorKind::Client
        };
        ApiError::new(kind, err.code(protocol), err.to_string()).with_status(status)
    })
}

struct NoKeys;
impl KeyStore for NoKeys {
    fn secret(&self, _: &str, _: Option<&str>) -> Option<sigv4::Secret> {
        None
    }
}

/// Decides an access for a caller: root and accept-any callers may do anything; policies
/// decide for the rest. On refusal, names the action refused.
fn authorize(
    config: &EdgeConfig,
    ctx: &RequestContext,
    caller: &Caller,
    access: &Access,
    secure: bool,
) -> Result<(), (String, Denial)> {
    if !caller.is_policy_bound() || access.check != Check::Policies {
        return Ok(());
    }
    for wanted in std::iter::once(access).chain(access.also.iter()) {
        let Some(authorizer) = &config.authorizer else {
            let resource = wanted.resources_or_any()[0].to_string();
            return Err((wanted.action.clone(), Denial::NoAllow { resource }));
        };
        authorizer
            .authorize(caller, wanted, &|| {
                crate::access::condition_keys(ctx, secure, wanted)
            })
            .map_err(|denial| {
                info!(
                    target: "keel::authenticator",
                    caller = %caller.arn,
                    action = %wanted.action,
                    denial = ?denial,
                    "request refused: access denied"
                );
                (wanted.action.clone(), denial)
            })?;
    }
    Ok(())
}

/// Authorizes a request to one of Keel's internal streams as `access`.
pub(crate) fn authorize_stream(
    config: &EdgeConfig,
    ctx: &RequestContext,
    access: &Access,
) -> Result<(), ApiError> {
    let caller = ctx
        .caller
        .clone()
        .unwrap_or_else(|| Caller::unverified(&config.account_id, ""));
    authorize(config, ctx, &caller, access, ctx.secure).map_err(|(action, denial)| {
        access_denied(Wire::Json, denial_message(&caller, &action, &denial))
    })
}

/// The error a refused call gets, in the protocol's own terms.
fn access_denied(wire: Wire, message: String) -> ApiError {
    match wire {
        Wire::Json => ApiError::client("AccessDeniedException", message),
        Wire::Query => {
            ApiError::new(ErrorKind::Forbidden, "AccessDenied", message).with_status(403)
        }
    }
}

fn is_access_denied(err: &ApiError) -> bool {
    err.code == "AccessDenied" || err.code == "AccessDeniedException"
}

/// What the audit trail needs to know about a call, kept from start to finish.
struct AuditDraft {
    event: AuditEvent,
}

impl AuditDraft {
    fn new(
        model: &ServiceModel,
        operation: &str,
        ctx: &RequestContext,
        caller: &Caller,
        access: Option<&Access>,
        params: Value,
    ) -> Self {
        let event_id = keel_types::ids::new_ordered_uuid();
        let read_only = access.map_or_else(|| is_read_only_name(operation), |a| a.read_only);
        let resources: Vec<(String, String)> = access
            .map(|a| a.resources.iter().filter_map(|r| resource_of(r)).collect())
            .unwrap_or_default();
        let mut record = Map::new();
        record.insert("eventVersion".into(), crate::audit::EVENT_VERSION.into());
        record.insert("userIdentity".into(), user_identity(caller));
        record.insert(
            "eventTime".into(),
            keel_types::time::format_iso8601_utc(ctx.received_at_ms).into(),
        );
        let event_source = format!("{}.amazonaws.com", model.signing_name);
        record.insert("eventSource".into(), event_source.clone().into());
        record.insert("eventName".into(), operation.into());
        record.insert("awsRegion".into(), ctx.scope.region.clone().into());
        record.insert(
            "sourceIPAddress".into(),
            ctx.source_ip
                .map_or(Value::Null, |ip| ip.to_string().into()),
        );
        record.insert(
            "userAgent".into(),
            ctx.user_agent.clone().map_or(Value::Null, Value::String),
        );
        record.insert("requestParameters".into(), params);
        record.insert("responseElements".into(), Value::Null);
        record.insert("requestID".into(), ctx.request_id.clone().into());
        record.insert("eventID".into(), event_id.clone().into());
        record.insert("readOnly".into(), read_only.into());
        if let Some(access) = access
            && !access.resources.is_empty()
        {
            let listed: Vec<Value> = access
                .resources
                .iter()
                .map(|arn| {
                    let mut r = Map::new();
                    r.insert("accountId".into(), ctx.scope.account_id.clone().into());
                    if let Some((kind, _)) = resource_of(arn) {
                        r.insert("type".into(), kind.into());
                    }
                    r.insert("ARN".into(), arn.clone().into());
                    Value::Object(r)
                })
                .collect();
            record.insert("resources".into(), Value::Array(listed));
        }
        record.insert("eventType".into(), "AwsApiCall".into());
        record.insert("managementEvent".into(), true.into());
        record.insert(
            "recipientAccountId".into(),
            ctx.scope.account_id.clone().into(),
        );
        record.insert("eventCategory".into(), "Management".into());
        AuditDraft {
            event: AuditEvent {
                event_id,
                event_time_ms: ctx.received_at_ms,
                event_source,
                event_name: operation.to_string(),
                username: caller.lookup_username().map(str::to_string),
                access_key_id: Some(caller.access_key_id.clone()).filter(|k| !k.is_empty()),
                read_only,
                resources,
                error_code: None,
                complete: false,
                record: Value::Object(record),
            },
        }
    }

    /// The event once the call has an outcome.
    fn finished(mut self, outcome: Result<Value, &ApiError>) -> AuditEvent {
        let Value::Object(record) = &mut self.event.record else {
            return self.event;
        };
        match outcome {
            Ok(response) => {
                record.insert("responseElements".into(), response);
            }
            Err(err) => {
                // CloudTrail places the error right after the user agent.
                let mut ordered = Map::new();
                for (key, value) in std::mem::take(record) {
                    let after_agent = key == "userAgent";
                    ordered.insert(key, value);
                    if after_agent {
                        ordered.insert("errorCode".into(), err.code.clone().into());
                        ordered.insert("errorMessage".into(), err.message.clone().into());
                    }
                }
                *record = ordered;
                self.event.error_code = Some(err.code.clone());
            }
        }
        self.event.complete = true;
        self.event
    }
}

/// Hands an event to the sink and waits (bounded) until it is durable.
async fn audit(sink: &Arc<dyn AuditSink>, event: AuditEvent) {
    let id = event.event_id.clone();
    if tokio::time::timeout(AUDIT_WAIT, sink.record(event))
        .await
        .is_err()
    {
        error!(event_id = %id, "audit record not durable after {AUDIT_WAIT:?}; answering without waiting longer");
    }
}

/// The part of a call that is the same for both protocols: access, authorization, audit,
/// the service itself.
async fn run_call<F, Fut, T>(
    edge: &Edge,
    wire: Wire,
    model: &'static ServiceModel,
    operation: &str,
    ctx: &RequestContext,
    secure: bool,
    input: Value,
    access: Option<Access>,
    redactions: &[&str],
    call: F,
    response_value: impl Fn(&T) -> Option<Value>,
) -> Result<T, ApiError>
where
    F: FnOnce(Value) -> Fut,
    Fut: std::future::Future<Output = Result<T, ApiError>>,
{
    let config = &edge.config;
    let caller = ctx
        .caller
        .clone()
        .unwrap_or_else(|| Caller::unverified(&config.account_id, ""));
    let input_shape = model.operation(operation).and_then(|op| op.input);
    let params = |input: &Value| match input_shape {
        Some(shape) => redact(model, shape, input, redactions),
        None => Value::Null,
    };

    let decision = match &access {
        Some(access) => authorize(config, ctx, &caller, access, secure),
        None if caller.is_policy_bound() => Err((
            format!("{}:{operation}", model.signing_name),
            Denial::Undeclared,
        )),
        None => Ok(()),
    };
    if let Err((action, denial)) = decision {
        let err = access_denied(wire, denial_message(&caller, &action, &denial));
        if let Some(sink) = &config.audit {
            let draft = AuditDraft::new(
                model,
                operation,
                ctx,
                &caller,
                access.as_ref(),
                params(&input),
            );
            audit(sink, draft.finished(Err(&err))).await;
        }
        return Err(err);
    }

    let read_only = access
        .as_ref()
        .map_or_else(|| is_read_only_name(operation), |a| a.read_only);
    let draft = match &config.audit {
        Some(sink) if !read_only => {
            let draft = AuditDraft::new(
                model,
                operation,
                ctx,
                &caller,
                access.as_ref(),
                params(&input),
            );
            audit(sink, draft.event.clone()).await;
            Some((sink, draft))
        }
        _ => None,
    };
    let result = call(input).await;
    // What the trail records of the outcome, taken before any await so the answer (an event
    // stream, say) need not be shared across threads.
    // Only a recorded call needs its answer as a value: a read would otherwise parse its
    // whole response body again for nothing.
    let outcome: Result<Option<Value>, ApiError> = match &result {
        Ok(value) if draft.is_some() => Ok(response_value(value)),
        Ok(_) => Ok(None),
        Err(err) => Err(err.clone()),
    };
    match (draft, outcome) {
        (Some((sink, draft)), Ok(value)) => {
            let response = value
                .zip(model.operation(operation).and_then(|op| op.output))
                .map_or(Value::Null, |(v, shape)| {
                    redact(model, shape, &v, redactions)
                });
            audit(sink, draft.finished(Ok(response))).await;
        }
        (Some((sink, draft)), Err(err)) => audit(sink, draft.finished(Err(&err))).await,
        // A refusal the service made itself (AssumeRole's trust policy) is recorded even for
        // an operation that only reads.
        (None, Err(err)) if is_access_denied(&err) => {
            if let Some(sink) = &config.audit {
                let input = Value::Null;
                let draft = AuditDraft::new(model, operation, ctx, &caller, access.as_ref(), input);
                audit(sink, draft.finished(Err(&err))).await;
            }
        }
        (None, _) => {}
    }
    result
}

async fn json_call(
    edge: &Edge,
    parts: http::request::Parts,
    body: Body,
    target: &str,
    request_id: String,
) -> Response {
    let result = json_dispatch(edge, &parts, body, target, request_id.clone()).await;
    match result {
        Ok(Reply::Json(body)) => json_response(StatusCode::OK, &request_id, body, None),
        Ok(Reply::Stream(stream)) => stream_response(&request_id, stream),
        Err(err) => json_error(&request_id, &err),
    }
}

/// A successful JSON-protocol answer: a body, or an event stream (StartLiveTail).
enum Reply {
    Json(bytes::Bytes),
    Stream(crate::eventstream::EventStream),
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

async fn json_dispatch(
    edge: &Edge,
    parts: &http::request::Parts,
    body: Body,
    target: &str,
    request_id: String,
) -> Result<Reply, ApiError> {
    let received_at_ms = edge.config.clock.now_millis();
    let (prefix, operation) = target
        .rsplit_once('.')
        .ok_or_else(|| ApiError::unknown_operation(target))?;
    let service = edge
        .by_target
        .get(prefix)
        .ok_or_else(|| ApiError::unknown_operation(target))?;
    let model = service.model();
    let bytes = read_body(body, edge.config.max_body_bytes).await?;
    let verified = authenticate(
        &edge.config,
        parts,
        &bytes,
        model.signing_name,
        Protocol::Json,
        operation,
    )?;
    let ctx = context_for(&edge.config, parts, request_id, received_at_ms, &verified);
    if model.operation(operation).is_none() {
        return Err(ApiError::unknown_operation(target));
    }
    let input = decode_and_validate(service.as_ref(), operation, &bytes)?;
    let access = service.access(&ctx, operation, &input).await?;
    let secure = ctx.secure;
    let check = edge.config.check_responses;
    let ctx = &ctx;
    if service.is_streaming(operation) {
        // Authorized and audited like any call; the stream itself is the answer.
        return run_call(
            edge,
            Wire::Json,
            model,
            operation,
            ctx,
            secure,
            input,
            access,
            service.audit_redactions(),
            |input| async move { service.call_stream(ctx, operation, input).await },
            |_: &crate::eventstream::EventStream| None,
        )
        .await
        .map(Reply::Stream);
    }
    run_call(
        edge,
        Wire::Json,
        model,
        operation,
        ctx,
        secure,
        input,
        access,
        service.audit_redactions(),
        |input| async move {
            let output = service.call(ctx, operation, input).await?;
            if check {
                check_json_response(model, operation, &output)?;
            }
            Ok(output)
        },
        |bytes: &bytes::Bytes| serde_json::from_slice::<Value>(bytes).ok(),
    )
    .await
    .map(Reply::Json)
}

async fn query_call(
    edge: &Edge,
    service: Arc<dyn QueryService>,
    parts: http::request::Parts,
    body: Body,
    request_id: String,
) -> Response {
    let model = service.model();
    match query_dispatch(edge, &service, &parts, body, request_id.clone()).await {
        Ok((operation, output)) => {
            let xml = query::encode_output(model, &operation, &output, &request_id);
            xml_response(StatusCode::OK, &request_id, xml)
        }
        Err(err) => xml_error(model, &request_id, &err),
    }
}

async fn query_dispatch(
    edge: &Edge,
    service: &Arc<dyn QueryService>,
    parts: &http::request::Parts,
    body: Body,
    request_id: String,
) -> Result<(String, Value), ApiError> {
    let received_at_ms = edge.config.clock.now_millis();
    let model = service.model();
    let bytes = read_body(body, edge.config.max_body_bytes).await?;
    // Parameters come from the body of a form POST and from the query string (presigned
    // calls put everything there); the SigV4 parameters are not the operation's.
    let mut form = query::parse_form(&bytes);
    if let Some(q) = parts.uri.query() {
        let from_query = query::parse_form(q.as_bytes());
        form.action = form.action.or(from_query.action);
        form.version = form.version.or(from_query.version);
        for (k, v) in from_query.params {
            if !k.starts_with("X-Amz-") {
                form.params.entry(k).or_insert(v);
            }
        }
    }
    let operation = form.action.clone().unwrap_or_default();
    let verified = authenticate(
        &edge.config,
        parts,
        &bytes,
        model.signing_name,
        Protocol::Query,
        &operation,
    )?;
    let ctx = context_for(&edge.config, parts, request_id, received_at_ms, &verified);
    if operation.is_empty() {
        return Err(ApiError::client("MissingAction", "Missing Action"));
    }
    if model.operation(&operation).is_none() {
        let version = form.version.as_deref().unwrap_or(model.api_version);
        return Err(ApiError::client(
            "InvalidAction",
            format!("Could not find operation {operation} for version {version}"),
        ));
    }
    let input = query::decode_input(model, &operation, &form.params)?;
    validate_input(model, &operation, &input).map_err(|err| match err {
        ValidationError::Serialization { message } => ApiError::client("ValidationError", message),
        constraints @ ValidationError::Constraints(_) => {
            ApiError::client("ValidationError", constraints.to_string())
        }
    })?;
    let access = service.access(&ctx, &operation, &input).await?;
    let secure = ctx.secure;
    let check = edge.config.check_responses;
    let output = run_call(
        edge,
        Wire::Query,
        model,
        &operation,
        &ctx,
        secure,
        input,
        access,
        service.audit_redactions(),
        |input| {
            let operation = operation.clone();
            let ctx = &ctx;
            async move {
                let output = service.call(ctx, &operation, input).await?;
                if check {
                    check_response(model, &operation, &output)?;
                }
                Ok(output)
            }
        },
        |value: &Value| Some(value.clone()),
    )
    .await?;
    Ok((operation, output))
}

fn decode_and_validate(
    service: &dyn JsonService,
    operation: &str,
    bytes: &[u8],
) -> Result<Value, ApiError> {
    let model = service.model();
    let input = decode_json(bytes)?;
    validate_input(model, operation, &input).map_err(|err| match err {
        ValidationError::Serialization { message } => ApiError::serialization(message),
        constraints @ ValidationError::Constraints(_) => {
            ApiError::client(service.validation_error_code(), constraints.to_string())
        }
    })?;
    Ok(input)
}

/// Everything after the body is read and authenticated: decode, validate against the model,
/// call the service, optionally check the answer against the model. The operation must exist
/// in the model. No authorization or audit: the caller is trusted.
///
/// Public so the fuzz target and its corpus replay drive exactly the path requests take.
pub async fn handle_json(
    service: &dyn JsonService,
    check_responses: bool,
    ctx: &RequestContext,
    operation: &str,
    bytes: &[u8],
) -> Result<bytes::Bytes, ApiError> {
    let input = decode_and_validate(service, operation, bytes)?;
    // The declaration must be computable for any valid input, whatever it contains.
    service.access(ctx, operation, &input).await?;
    let output = service.call(ctx, operation, input).await?;
    if check_responses {
        check_json_response(service.model(), operation, &output)?;
    }
    Ok(output)
}

/// The streaming twin of [`handle_json`]: decode and validate, then start the stream.
pub async fn handle_stream(
    service: &dyn JsonService,
    ctx: &RequestContext,
    operation: &str,
    bytes: &[u8],
) -> Result<crate::eventstream::EventStream, ApiError> {
    let input = decode_and_validate(service, operation, bytes)?;
    service.access(ctx, operation, &input).await?;
    service.call_stream(ctx, operation, input).await
}

fn check_json_response(
    model: &ServiceModel,
    operation: &str,
    output: &[u8],
) -> Result<(), ApiError> {
    let decoded = serde_json::from_slice::<Value>(output).map_err(|err| {
        ApiError::server(
            "ServerException",
            format!("response of {operation} is not JSON: {err}"),
        )
    })?;
    check_response(model, operation, &decoded)
}

fn check_response(model: &ServiceModel, operation: &str, output: &Value) -> Result<(), ApiError> {
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

/// Reads a request body under `limit` bytes; more is `RequestEntityTooLargeException` (413).
pub async fn read_body(mut body: Body, limit: usize) -> Result<bytes::Bytes, ApiError> {
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
fn decode_json(bytes: &[u8]) -> Result<Value, ApiError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(Value::Object(Map::new()));
    }
    let value: Value = serde_json::from_slice(bytes)
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

fn xml_response(status: StatusCode, request_id: &str, body: String) -> Response {
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(TEXT_XML));
    if let Ok(value) = HeaderValue::from_str(request_id) {
        headers.insert("x-amzn-requestid", value);
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
