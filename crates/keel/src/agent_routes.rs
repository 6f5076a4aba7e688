//! The agent protocol's HTTP routes (`/keel/agent/v1/{register,heartbeat,tasks,state,
//! task-credentials}`): the
//! version header, a body limit, SigV4 authentication and IAM authorization through the edge,
//! then the engine calls in `keel_control::agent`. Errors are `{"__type", "message"}` with the
//! status the protocol gives them; nothing a client sends makes a 500 or a panic.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::Router;
use axum::extract::{ConnectInfo, Request, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use http::StatusCode;
use http::request::Parts;
use keel_agent_protocol::{
    self as protocol, ErrorBody, HEARTBEAT_PATH, HeartbeatRequest, MAX_REQUEST_BYTES, PollRequest,
    REGISTER_PATH, RegisterRequest, STATE_PATH, StateRequest, TASK_CREDENTIALS_PATH, TASKS_PATH,
    TaskCredentialsRequest, TaskRoleCredentials, VERSION_HEADER, Version,
};
use keel_api::audit::{AuditEvent, user_identity};
use keel_api::{Access, Edge, RequestContext, SecureTransport};
use keel_control::ControlPlane;
use keel_control::agent::{self, AgentError};
use keel_iam::sts::StsService;
use keel_types::Scope;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::json;
use tracing::warn;

#[derive(Clone)]
struct Shared {
    control: Arc<ControlPlane>,
    edge: Arc<Edge>,
    sts: Arc<StsService>,
}

/// The service principal ECS assumes task roles as.
const ECS_TASKS_PRINCIPAL: &str = "ecs-tasks.amazonaws.com";

/// The routes, authenticated and authorized through `edge`; task roles are assumed by `sts`.
pub fn routes(control: Arc<ControlPlane>, edge: Arc<Edge>, sts: Arc<StsService>) -> Router {
    Router::new()
        .route(REGISTER_PATH, post(register).fallback(wrong_method))
        .route(HEARTBEAT_PATH, post(heartbeat).fallback(wrong_method))
        .route(TASKS_PATH, get(tasks).fallback(wrong_method))
        .route(STATE_PATH, post(state).fallback(wrong_method))
        .route(
            TASK_CREDENTIALS_PATH,
            post(task_credentials).fallback(wrong_method),
        )
        .with_state(Shared { control, edge, sts })
}

async fn wrong_method(method: http::Method, uri: http::Uri) -> Response {
    error(
        405,
        protocol::INVALID_PARAMETER,
        &format!("{} does not answer {method}.", uri.path()),
        &new_request_id(),
    )
}

fn respond(status: StatusCode, request_id: &str, body: String) -> Response {
    let mut response = (
        status,
        [
            (http::header::CONTENT_TYPE, "application/json"),
            (
                http::HeaderName::from_static(VERSION_HEADER),
                protocol::PROTOCOL_VERSION,
            ),
        ],
        body,
    )
        .into_response();
    if let Ok(value) = http::HeaderValue::from_str(request_id) {
        response.headers_mut().insert("x-amzn-requestid", value);
    }
    response
}

fn error(status: u16, code: &str, message: &str, request_id: &str) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
    let body = ErrorBody {
        code: code.to_string(),
        message: message.to_string(),
        supported_versions: None,
    };
    let mut response = respond(
        status,
        request_id,
        serde_json::to_string(&body).unwrap_or_default(),
    );
    if let Ok(value) = http::HeaderValue::from_str(code) {
        response.headers_mut().insert("x-amzn-errortype", value);
    }
    response
}

fn ok<T: Serialize>(value: &T, request_id: &str) -> Response {
    match serde_json::to_string(value) {
        Ok(body) => respond(StatusCode::OK, request_id, body),
        Err(err) => error(500, protocol::SERVER_ERROR, &err.to_string(), request_id),
    }
}

fn agent_error(err: &AgentError, request_id: &str) -> Response {
    if err.status() >= 500 {
        warn!(%err, request_id, "agent call failed");
    }
    error(err.status(), err.code(), &err.to_string(), request_id)
}

/// `Keel-Agent-Protocol: MAJOR.MINOR` must be there and name a major version this server
/// speaks: an unknown major is 426 with the versions spoken.
fn check_version(parts: &Parts, request_id: &str) -> Result<(), Box<Response>> {
    let Some(value) = parts.headers.get(VERSION_HEADER) else {
        return Err(Box::new(error(
            400,
            protocol::INVALID_PARAMETER,
            &format!("The {VERSION_HEADER} header is required (this server speaks 1.x)."),
            request_id,
        )));
    };
    let version = value.to_str().ok().and_then(Version::parse);
    match version {
        Some(v) if v.is_supported() => Ok(()),
        Some(_) => {
            let body = ErrorBody {
                code: protocol::UNSUPPORTED_VERSION.into(),
                message: format!(
                    "Protocol version {} is not spoken here; this server speaks {}.",
                    value.to_str().unwrap_or("?"),
                    protocol::supported_versions().join(", ")
                ),
                supported_versions: Some(protocol::supported_versions()),
            };
            let mut response = respond(
                StatusCode::UPGRADE_REQUIRED,
                request_id,
                serde_json::to_string(&body).unwrap_or_default(),
            );
            response.headers_mut().insert(
                "x-amzn-errortype",
                http::HeaderValue::from_static(protocol::UNSUPPORTED_VERSION),
            );
            Err(Box::new(response))
        }
        None => Err(Box::new(error(
            400,
            protocol::INVALID_PARAMETER,
            &format!("The {VERSION_HEADER} header must be MAJOR.MINOR, like 1.0."),
            request_id,
        ))),
    }
}

fn source_ip(parts: &Parts) -> Option<IpAddr> {
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(a)| a.ip())
}

/// A call past the version check and authentication.
struct Call {
    ctx: RequestContext,
    body: bytes::Bytes,
}

/// Version check, body under the limit, SigV4.
async fn admit(edge: &Edge, request: Request, request_id: &str) -> Result<Call, Box<Response>> {
    let (parts, body) = request.into_parts();
    check_version(&parts, request_id)?;
    let body = keel_api::read_body(body, MAX_REQUEST_BYTES)
        .await
        .map_err(|err| {
            Box::new(error(
                err.status().as_u16(),
                &err.code,
                &err.message,
                request_id,
            ))
        })?;
    let verified = edge
        .authenticate(&parts, &body, protocol::SIGNING_NAME)
        .map_err(|err| {
            Box::new(error(
                err.status().as_u16(),
                &err.code,
                &err.message,
                request_id,
            ))
        })?;
    let mut ctx = RequestContext::new(
        request_id,
        Scope::new(&edge.config().account_id, &verified.scope.region),
    );
    ctx.access_key_id = Some(verified.caller.access_key_id.clone());
    ctx.principal_arn = (!verified.caller.arn.is_empty()).then(|| verified.caller.arn.clone());
    ctx.user_agent = parts
        .headers
        .get(http::header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    ctx.source_ip = source_ip(&parts);
    ctx.secure = parts.extensions.get::<SecureTransport>().is_some();
    ctx.received_at_ms = edge.config().clock.now_millis();
    ctx.caller = Some(verified.caller);
    Ok(Call { ctx, body })
}

fn decode<T: DeserializeOwned>(body: &[u8], request_id: &str) -> Result<T, Box<Response>> {
    serde_json::from_slice(body).map_err(|err| {
        Box::new(error(
            400,
            protocol::SERIALIZATION,
            &format!("The request body does not decode: {err}"),
            request_id,
        ))
    })
}

/// Asks the edge's authorizer; a refusal is recorded in the audit trail and answered 403.
async fn authorize(
    edge: &Edge,
    ctx: &RequestContext,
    operation: &str,
    access: &Access,
) -> Result<(), Box<Response>> {
    let Some(caller) = &ctx.caller else {
        return Ok(());
    };
    match edge.authorize(caller, access, &ctx.scope.region, ctx.source_ip) {
        Ok(()) => Ok(()),
        Err(message) => {
            audit(
                edge,
                ctx,
                operation,
                access,
                Some((protocol::ACCESS_DENIED, &message)),
            )
            .await;
            Err(Box::new(error(
                403,
                protocol::ACCESS_DENIED,
                &message,
                &ctx.request_id,
            )))
        }
    }
}

/// Records an agent call in the audit trail, in CloudTrail's shape: registrations and refused
/// calls (heartbeats, polls and state changes are the agent's routine and are not recorded).
async fn audit(
    edge: &Edge,
    ctx: &RequestContext,
    operation: &str,
    access: &Access,
    outcome: Option<(&str, &str)>,
) {
    audit_as(edge, ctx, "ecs.amazonaws.com", operation, access, outcome).await;
}

/// As [`audit`], for an event of another service (`sts.amazonaws.com` for a task role).
async fn audit_as(
    edge: &Edge,
    ctx: &RequestContext,
    event_source: &str,
    operation: &str,
    access: &Access,
    outcome: Option<(&str, &str)>,
) {
    let (Some(sink), Some(caller)) = (&edge.config().audit, &ctx.caller) else {
        return;
    };
    let resources: Vec<(String, String)> = access
        .resources_or_any()
        .into_iter()
        .filter_map(keel_api::audit::resource_of)
        .collect();
    let mut record = json!({
        "eventVersion": keel_api::audit::EVENT_VERSION,
        "userIdentity": user_identity(caller),
        "eventTime": keel_types::time::format_iso8601_utc(ctx.received_at_ms),
        "eventSource": event_source,
        "eventName": operation,
        "awsRegion": ctx.scope.region,
        "sourceIPAddress": ctx.source_ip.map(|ip| ip.to_string()),
        "userAgent": ctx.user_agent,
        "requestParameters": null,
        "responseElements": null,
        "requestID": ctx.request_id,
        "eventID": keel_types::ids::new_uuid(),
        "readOnly": false,
        "resources": resources.iter().map(|(t, n)| json!({"type": t, "ARN": n})).collect::<Vec<_>>(),
        "eventType": "AwsApiCall",
        "managementEvent": true,
        "recipientAccountId": ctx.scope.account_id,
        "eventCategory": "Management",
    });
    if let Some((code, message)) = outcome {
        record["errorCode"] = json!(code);
        record["errorMessage"] = json!(message);
    }
    let event = AuditEvent {
        event_id: record["eventID"].as_str().unwrap_or_default().to_string(),
        event_time_ms: ctx.received_at_ms,
        event_source: event_source.into(),
        event_name: operation.into(),
        username: caller.lookup_username().map(str::to_string),
        access_key_id: Some(caller.access_key_id.clone()),
        read_only: false,
        resources,
        error_code: outcome.map(|(code, _)| code.to_string()),
        complete: true,
        record,
    };
    sink.record(event).await;
}

fn new_request_id() -> String {
    keel_types::ids::new_uuid()
}

macro_rules! step {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(response) => return *response,
        }
    };
}

async fn register(State(shared): State<Shared>, request: Request) -> Response {
    let request_id = new_request_id();
    let call = step!(admit(&shared.edge, request, &request_id).await);
    let req: RegisterRequest = step!(decode(&call.body, &request_id));
    let target = match agent::target(
        &call.ctx,
        &req.cluster,
        req.container_instance_arn.as_deref(),
    ) {
        Ok(t) => t,
        Err(err) => return agent_error(&err, &request_id),
    };
    let access = Access::new("ecs:RegisterContainerInstance").on(target.cluster_arn.clone());
    step!(
        authorize(
            &shared.edge,
            &call.ctx,
            "RegisterContainerInstance",
            &access
        )
        .await
    );
    let result = agent::register(&shared.control, &call.ctx, req).await;
    let outcome = result.as_ref().err().map(|e| (e.code(), e.to_string()));
    audit(
        &shared.edge,
        &call.ctx,
        "RegisterContainerInstance",
        &access,
        outcome.as_ref().map(|(c, m)| (*c, m.as_str())),
    )
    .await;
    match result {
        Ok(answer) => ok(&answer, &request_id),
        Err(err) => agent_error(&err, &request_id),
    }
}

/// `ecs:Poll` on the instance, in its cluster: what heartbeats and polls need.
fn poll_access(target: &agent::Target) -> Access {
    Access::new("ecs:Poll")
        .on(target.instance_arn.clone().unwrap_or_default())
        .with("ecs:cluster", target.cluster_arn.clone())
}

async fn heartbeat(State(shared): State<Shared>, request: Request) -> Response {
    let request_id = new_request_id();
    let call = step!(admit(&shared.edge, request, &request_id).await);
    let req: HeartbeatRequest = step!(decode(&call.body, &request_id));
    let target = match agent::target(&call.ctx, &req.cluster, Some(&req.container_instance_arn)) {
        Ok(t) => t,
        Err(err) => return agent_error(&err, &request_id),
    };
    step!(authorize(&shared.edge, &call.ctx, "Poll", &poll_access(&target)).await);
    match agent::heartbeat(&shared.control, &call.ctx, req).await {
        Ok(answer) => ok(&answer, &request_id),
        Err(err) => agent_error(&err, &request_id),
    }
}

async fn tasks(State(shared): State<Shared>, request: Request) -> Response {
    let request_id = new_request_id();
    let query = request.uri().query().unwrap_or("").to_string();
    let call = step!(admit(&shared.edge, request, &request_id).await);
    let req = match PollRequest::from_query(&query) {
        Ok(r) => r,
        Err(message) => return error(400, protocol::INVALID_PARAMETER, &message, &request_id),
    };
    let target = match agent::target(&call.ctx, &req.cluster, Some(&req.container_instance)) {
        Ok(t) => t,
        Err(err) => return agent_error(&err, &request_id),
    };
    step!(authorize(&shared.edge, &call.ctx, "Poll", &poll_access(&target)).await);
    match agent::poll_tasks(&shared.control, &call.ctx, req).await {
        Ok(answer) => ok(&answer, &request_id),
        Err(err) => agent_error(&err, &request_id),
    }
}

async fn state(State(shared): State<Shared>, request: Request) -> Response {
    let request_id = new_request_id();
    let call = step!(admit(&shared.edge, request, &request_id).await);
    let req: StateRequest = step!(decode(&call.body, &request_id));
    let target = match agent::target(&call.ctx, &req.cluster, Some(&req.container_instance_arn)) {
        Ok(t) => t,
        Err(err) => return agent_error(&err, &request_id),
    };
    let access = Access::new("ecs:SubmitTaskStateChange").on(target.cluster_arn.clone());
    step!(authorize(&shared.edge, &call.ctx, "SubmitTaskStateChange", &access).await);
    match agent::submit_state(&shared.control, &call.ctx, req).await {
        Ok(answer) => ok(&answer, &request_id),
        Err(err) => agent_error(&err, &request_id),
    }
}

/// A task role's credentials, for the agent of the task's instance: `ecs:Poll` on the instance
/// (what ECS's agent needs to be sent them), then the role assumed as `ecs-tasks.amazonaws.com`
/// and recorded in the audit trail as STS's `AssumeRole`.
async fn task_credentials(State(shared): State<Shared>, request: Request) -> Response {
    let request_id = new_request_id();
    let call = step!(admit(&shared.edge, request, &request_id).await);
    let req: TaskCredentialsRequest = step!(decode(&call.body, &request_id));
    let target = match agent::target(&call.ctx, &req.cluster, Some(&req.container_instance_arn)) {
        Ok(t) => t,
        Err(err) => return agent_error(&err, &request_id),
    };
    step!(authorize(&shared.edge, &call.ctx, "Poll", &poll_access(&target)).await);
    let role = match agent::task_role(&shared.control, &call.ctx, &req).await {
        Ok(role) => role,
        Err(err) => return agent_error(&err, &request_id),
    };
    let result = shared.sts.assume_role_for_service(
        &role.role_arn,
        ECS_TASKS_PRINCIPAL,
        &role.task_id,
        &role.task_arn,
    );
    let access = Access::new("sts:AssumeRole").on(role.role_arn.clone());
    let outcome = result.as_ref().err().map(|e| e.to_string());
    audit_as(
        &shared.edge,
        &call.ctx,
        "sts.amazonaws.com",
        "AssumeRole",
        &access,
        outcome.as_deref().map(|m| (protocol::ACCESS_DENIED, m)),
    )
    .await;
    match result {
        Ok((credentials, _user)) => ok(
            &TaskRoleCredentials {
                role_arn: role.role_arn,
                access_key_id: credentials.access_key_id,
                secret_access_key: credentials.secret_access_key,
                session_token: credentials.session_token,
                expiration: credentials.expiration,
            },
            &request_id,
        ),
        Err(err) => error(403, protocol::ACCESS_DENIED, &err.to_string(), &request_id),
    }
}
