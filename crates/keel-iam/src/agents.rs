//! Agent enrollment: one-time registration tokens that a host agent trades for credentials of
//! its own.
//!
//! An operator (or anyone allowed `keel:CreateAgentRegistrationToken` on the cluster) asks for
//! a token for one cluster; the token is shown once and only its SHA-256 is stored, with an
//! expiry (one hour by default, at most seven days). On first start the agent presents it to
//! `POST /keel/agent/v1/credentials`; in one transaction the token is deleted and an IAM user
//! under the path `/keel/agents/` is created with an access key and an inline policy
//! (`KeelAgent`) that allows the agent actions on that cluster only. The agent keeps the key
//! and signs every agent-protocol call with SigV4, like any other client; an operator revokes
//! an agent by deactivating or deleting its key or user with the IAM API, and sees every agent
//! in `aws iam list-users --path-prefix /keel/agents/`.
//!
//! A token is good for one exchange: a replayed or stolen-after-use token is worth nothing,
//! and knowing a container-instance ARN is worth nothing without a key the agent policy binds
//! to the cluster.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::Router;
use axum::extract::{ConnectInfo, Request, State};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use http::StatusCode;
// The wire types are the agent protocol's: the server and the agent share one definition.
pub use keel_agent_protocol::{AgentCredentials, IssuedToken};
use keel_agent_protocol::{IssueTokenRequest, RedeemRequest};
use keel_api::{Access, Caller, Edge};
use keel_store::{Compare, Op, Store, Txn};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::directory::Directory;
use crate::error::IamError;
use crate::records::{self, AccessKeyRecord, AgentTokenRecord, UserRecord};
use crate::secrets::random_bytes;

/// The path of the users agents get.
pub const AGENT_PATH: &str = "/keel/agents/";
/// The inline policy every agent user holds.
pub const AGENT_POLICY_NAME: &str = "KeelAgent";
/// The IAM action that allows issuing registration tokens for a cluster.
pub const ISSUE_ACTION: &str = "keel:CreateAgentRegistrationToken";
pub const DEFAULT_TOKEN_TTL_SECS: i64 = 3_600;
pub const MAX_TOKEN_TTL_SECS: i64 = 7 * 24 * 3_600;
const TOKEN_PREFIX: &str = "keelreg-";

/// The agent actions, per the ECS authorization reference: what the cluster's resources
/// need, what its container instances need (conditioned on `ecs:cluster`), and writing the
/// containers' logs.
pub fn agent_policy(cluster_arn: &str) -> String {
    serde_json::json!({
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "Cluster",
                "Effect": "Allow",
                "Action": [
                    "ecs:RegisterContainerInstance",
                    "ecs:DeregisterContainerInstance",
                    "ecs:SubmitTaskStateChange",
                    "ecs:SubmitContainerStateChange",
                    "ecs:SubmitAttachmentStateChanges",
                ],
                "Resource": cluster_arn,
            },
            {
                "Sid": "Instances",
                "Effect": "Allow",
                "Action": [
                    "ecs:Poll",
                    "ecs:StartTelemetrySession",
                    "ecs:UpdateContainerInstancesState",
                    "ecs:DescribeContainerInstances",
                    "ecs:ListTasks",
                    "ecs:DescribeTasks",
                ],
                "Resource": "*",
                "Condition": {"ArnEquals": {"ecs:cluster": cluster_arn}},
            },
            {
                "Sid": "Discovery",
                "Effect": "Allow",
                "Action": ["ecs:DiscoverPollEndpoint"],
                "Resource": "*",
            },
            {
                "Sid": "ContainerLogs",
                "Effect": "Allow",
                // GetLogEvents: after a lost answer the agent reads the stream's tail so it
                // does not store a batch twice.
                "Action": [
                    "logs:CreateLogGroup",
                    "logs:CreateLogStream",
                    "logs:PutLogEvents",
                    "logs:GetLogEvents"
                ],
                "Resource": "*",
            },
        ],
    })
    .to_string()
}

fn token_hash(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Issues and redeems registration tokens.
pub struct AgentEnrollment {
    store: Arc<dyn Store>,
    dir: Arc<Directory>,
}

impl AgentEnrollment {
    pub fn new(store: Arc<dyn Store>, dir: Arc<Directory>) -> Arc<Self> {
        Arc::new(Self { store, dir })
    }

    /// The ARN of a cluster given by name or ARN, in `region`.
    pub fn cluster_arn(&self, region: &str, cluster: &str) -> String {
        if cluster.starts_with("arn:") {
            cluster.to_string()
        } else {
            format!(
                "arn:aws:ecs:{region}:{}:cluster/{cluster}",
                self.dir.account_id()
            )
        }
    }

    /// Issues a token for `cluster_arn`, valid for `ttl_secs`.
    pub async fn issue(
        &self,
        issuer: &Caller,
        region: &str,
        cluster_arn: &str,
        ttl_secs: Option<i64>,
    ) -> Result<IssuedToken, IamError> {
        let ttl = ttl_secs.unwrap_or(DEFAULT_TOKEN_TTL_SECS);
        if !(60..=MAX_TOKEN_TTL_SECS).contains(&ttl) {
            return Err(IamError::Validation(format!(
                "expiresInSeconds must be between 60 and {MAX_TOKEN_TTL_SECS}"
            )));
        }
        let bytes = random_bytes(32).ok_or_else(|| IamError::Internal("no randomness".into()))?;
        let token = format!("{TOKEN_PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes));
        let now = self.dir.clock().now_millis();
        let record = AgentTokenRecord {
            cluster_arn: cluster_arn.to_string(),
            region: region.to_string(),
            expires_ms: now + ttl * 1000,
            created_ms: now,
            created_by: issuer.arn.clone(),
        };
        let key = records::agent_token_key(&token_hash(&token));
        let resp = self
            .store
            .txn(
                Txn::new()
                    .when(vec![Compare::absent(&key)])
                    .and_then(vec![Op::put(key, serde_json::to_vec(&record)?)]),
            )
            .await?;
        if !resp.succeeded {
            return Err(IamError::Internal("token collision".into()));
        }
        Ok(IssuedToken {
            token,
            cluster_arn: record.cluster_arn,
            expires_at: record.expires_ms / 1000,
        })
    }

    /// Trades a token for an agent identity; the token is gone afterwards, whatever happens.
    pub async fn redeem(&self, token: &str) -> Result<AgentCredentials, IamError> {
        let invalid = || IamError::AccessDenied("The registration token is not valid.".into());
        if !token.starts_with(TOKEN_PREFIX) {
            return Err(invalid());
        }
        let key = records::agent_token_key(&token_hash(token));
        let kv = self.store.get(&key).await?.ok_or_else(invalid)?;
        let record: AgentTokenRecord = serde_json::from_slice(&kv.value)?;
        let now = self.dir.clock().now_millis();
        if now >= record.expires_ms {
            let _ = self
                .store
                .txn(Txn::new().and_then(vec![Op::delete(key.clone())]))
                .await;
            return Err(IamError::AccessDenied(
                "The registration token has expired.".into(),
            ));
        }
        let suffix: String = random_bytes(6)
            .ok_or_else(|| IamError::Internal("no randomness".into()))?
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let name = format!("keel-agent-{suffix}");
        let access_key_id = keel_types::ids::new_access_key_id("AKIA");
        let secret = keel_types::ids::new_secret_access_key();
        let mut inline = BTreeMap::new();
        inline.insert(
            AGENT_POLICY_NAME.to_string(),
            agent_policy(&record.cluster_arn),
        );
        let user = UserRecord {
            name: name.clone(),
            id: keel_types::ids::new_unique_id("AIDA"),
            path: AGENT_PATH.to_string(),
            created_ms: now,
            tags: vec![records::TagRecord {
                key: "keel:cluster".into(),
                value: record.cluster_arn.clone(),
            }],
            inline_policies: inline,
            attached: Vec::new(),
            access_keys: vec![access_key_id.clone()],
        };
        let key_record = AccessKeyRecord {
            id: access_key_id.clone(),
            user_name: name.clone(),
            active: true,
            created_ms: now,
            secret_sealed: self.dir.secrets().seal(&access_key_id, secret.as_bytes())?,
        };
        let user_key = records::user_key(&name);
        let akid_key = records::access_key_key(&access_key_id);
        let resp = self
            .store
            .txn(
                Txn::new()
                    .when(vec![
                        Compare::mod_revision_eq(&key, kv.mod_revision),
                        Compare::absent(&user_key),
                        Compare::absent(&akid_key),
                    ])
                    .and_then(vec![
                        Op::delete(key.clone()),
                        Op::put(user_key, serde_json::to_vec(&user)?),
                        Op::put(akid_key, serde_json::to_vec(&key_record)?),
                    ]),
            )
            .await?;
        if !resp.succeeded {
            // Someone redeemed it first (or a name collided): the token is spent either way.
            return Err(invalid());
        }
        self.dir.wait_for(resp.revision).await;
        Ok(AgentCredentials {
            access_key_id,
            secret_access_key: secret,
            user_arn: user.arn(self.dir.account_id()),
            user_name: name,
            cluster_arn: record.cluster_arn,
            region: record.region,
        })
    }

    /// The enrollment routes, authenticated through `edge`:
    /// `POST /keel/agent/v1/registration-tokens` (SigV4, signing name `ecs`) and
    /// `POST /keel/agent/v1/credentials` (the token is the credential).
    pub fn routes(self: Arc<Self>, edge: Arc<Edge>) -> Router {
        Router::new()
            .route("/keel/agent/v1/registration-tokens", post(issue_route))
            .route("/keel/agent/v1/credentials", post(redeem_route))
            .with_state((self, edge))
    }
}

fn json_ok<T: Serialize>(value: &T) -> Response {
    match serde_json::to_string(value) {
        Ok(body) => (
            StatusCode::OK,
            [(http::header::CONTENT_TYPE, "application/json")],
            body,
        )
            .into_response(),
        Err(err) => json_error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "ServerException",
            &err.to_string(),
        ),
    }
}

fn json_error(status: StatusCode, code: &str, message: &str) -> Response {
    let body = serde_json::json!({"__type": code, "message": message});
    (
        status,
        [(http::header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

fn iam_error(err: IamError) -> Response {
    let (status, code) = match &err {
        IamError::AccessDenied(_) => (StatusCode::FORBIDDEN, "AccessDeniedException"),
        IamError::Validation(_) => (StatusCode::BAD_REQUEST, "InvalidParameterException"),
        _ => (StatusCode::INTERNAL_SERVER_ERROR, "ServerException"),
    };
    json_error(status, code, &err.to_string())
}

type Shared = (Arc<AgentEnrollment>, Arc<Edge>);

async fn issue_route(State((enrollment, edge)): State<Shared>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let bytes = match keel_api::read_body(body, 64 * 1024).await {
        Ok(b) => b,
        Err(err) => return json_error(err.status(), &err.code, &err.message),
    };
    let verified = match edge.authenticate(&parts, &bytes, "ecs") {
        Ok(v) => v,
        Err(err) => return json_error(err.status(), &err.code, &err.message),
    };
    let req: IssueTokenRequest = match serde_json::from_slice(&bytes) {
        Ok(r) => r,
        Err(err) => {
            return json_error(
                StatusCode::BAD_REQUEST,
                "SerializationException",
                &format!("expected {{\"cluster\": ..., \"expiresInSeconds\": ...}}: {err}"),
            );
        }
    };
    let region = verified.scope.region.clone();
    let cluster_arn = enrollment.cluster_arn(&region, &req.cluster);
    let source_ip = parts
        .extensions
        .get::<ConnectInfo<std::net::SocketAddr>>()
        .map(|ConnectInfo(a)| a.ip());
    let access = Access::new(ISSUE_ACTION).on(cluster_arn.clone());
    if let Err(message) = edge.authorize(&verified.caller, &access, &region, source_ip) {
        return json_error(StatusCode::FORBIDDEN, "AccessDeniedException", &message);
    }
    match enrollment
        .issue(
            &verified.caller,
            &region,
            &cluster_arn,
            req.expires_in_seconds,
        )
        .await
    {
        Ok(issued) => json_ok(&issued),
        Err(err) => iam_error(err),
    }
}

async fn redeem_route(State((enrollment, _edge)): State<Shared>, request: Request) -> Response {
    let (_, body) = request.into_parts();
    let bytes = match keel_api::read_body(body, 16 * 1024).await {
        Ok(b) => b,
        Err(err) => return json_error(err.status(), &err.code, &err.message),
    };
    let req: RedeemRequest = match serde_json::from_slice(&bytes) {
        Ok(r) => r,
        Err(_) => {
            return json_error(
                StatusCode::BAD_REQUEST,
                "SerializationException",
                "expected {\"token\": ...}",
            );
        }
    };
    match enrollment.redeem(&req.token).await {
        Ok(creds) => json_ok(&creds),
        Err(err) => iam_error(err),
    }
}
