//! Keel's internal agent protocol: what a host agent and the server say to each other.
//!
//! JSON over HTTP/1.1 (HTTPS when the server's listener speaks TLS), on the server's one
//! listener under [`BASE_PATH`], every member camelCase. Every call but [`CREDENTIALS_PATH`] is
//! signed with SigV4 (signing name [`SIGNING_NAME`], the region of the agent's cluster) by the
//! agent's own IAM access key, and carries [`VERSION_HEADER`]. The major version is in the path;
//! minor versions only add optional members, so a decoder ignores members it does not know.
//!
//! The calls:
//!
//! | call | request | answer |
//! |---|---|---|
//! | `POST` [`REGISTER_PATH`] | [`RegisterRequest`] | [`RegisterResponse`] |
//! | `POST` [`HEARTBEAT_PATH`] | [`HeartbeatRequest`] | [`HeartbeatResponse`] |
//! | `GET` [`TASKS_PATH`]`?cluster=C&containerInstance=ARN&after=REV&waitMs=MS` | [`PollRequest`] | [`TasksResponse`] |
//! | `POST` [`STATE_PATH`] | [`StateRequest`] | [`StateResponse`] |
//! | `POST` [`CREDENTIALS_PATH`] (unsigned) | [`RedeemRequest`] | [`AgentCredentials`] |
//! | `POST` [`TASK_CREDENTIALS_PATH`] (1.1) | [`TaskCredentialsRequest`] | [`TaskRoleCredentials`] |
//! | `POST` [`REGISTRATION_TOKENS_PATH`] (an operator) | [`IssueTokenRequest`] | [`IssuedToken`] |
//!
//! Errors are `{"__type": CODE, "message": ...}` ([`ErrorBody`]) with the status that says what
//! the agent should do: 410 [`SESSION_NOT_FOUND`] (register again), 426 [`UNSUPPORTED_VERSION`]
//! (with `supportedVersions`), 403 [`ACCESS_DENIED`], 404 [`INSTANCE_NOT_FOUND`] (the instance
//! was deregistered), 400 for bad input, 413 for an oversized body, 5xx to retry later.
//!
//! With the `client` feature (on by default), [`client::AgentClient`] makes these calls.

use std::collections::BTreeMap;

use keel_awsmodel::Timestamp;
use keel_awsmodel::ecs::{
    Attribute, HealthStatus, NetworkBinding, TaskDefinition, TaskOverride, TaskStopCode,
    VersionInfo,
};
use serde::{Deserialize, Serialize};

#[cfg(feature = "client")]
pub mod client;

/// The major version this crate speaks (also in the path).
pub const PROTOCOL_MAJOR: u32 = 1;
/// The minor version this crate speaks.
pub const PROTOCOL_MINOR: u32 = 1;
/// `MAJOR.MINOR`, the value of [`VERSION_HEADER`] this crate sends.
pub const PROTOCOL_VERSION: &str = "1.1";
/// The header every agent call carries: `Keel-Agent-Protocol: 1.N`.
pub const VERSION_HEADER: &str = "keel-agent-protocol";
/// SigV4 signing name of agent calls (as the ECS agent signs its calls).
pub const SIGNING_NAME: &str = "ecs";

pub const BASE_PATH: &str = "/keel/agent/v1";
pub const REGISTER_PATH: &str = "/keel/agent/v1/register";
pub const HEARTBEAT_PATH: &str = "/keel/agent/v1/heartbeat";
pub const TASKS_PATH: &str = "/keel/agent/v1/tasks";
pub const STATE_PATH: &str = "/keel/agent/v1/state";
pub const CREDENTIALS_PATH: &str = "/keel/agent/v1/credentials";
pub const REGISTRATION_TOKENS_PATH: &str = "/keel/agent/v1/registration-tokens";
pub const TASK_CREDENTIALS_PATH: &str = "/keel/agent/v1/task-credentials";

/// The longest a desired-state poll waits for a change.
pub const MAX_POLL_WAIT_MS: u64 = 30_000;
/// What a poll waits when it does not say.
pub const DEFAULT_POLL_WAIT_MS: u64 = 20_000;
/// The most state changes one [`StateRequest`] may carry.
pub const MAX_STATE_CHANGES: usize = 100;
/// The largest request body the server reads.
pub const MAX_REQUEST_BYTES: usize = 1024 * 1024;

/// Error codes (`__type`) of the protocol's own errors.
pub const SESSION_NOT_FOUND: &str = "SessionNotFoundException";
pub const INSTANCE_NOT_FOUND: &str = "ContainerInstanceNotFoundException";
pub const UNSUPPORTED_VERSION: &str = "UnsupportedProtocolVersionException";
pub const ACCESS_DENIED: &str = "AccessDeniedException";
pub const INVALID_PARAMETER: &str = "InvalidParameterException";
pub const SERIALIZATION: &str = "SerializationException";
pub const CLUSTER_NOT_FOUND: &str = "ClusterNotFoundException";
pub const SERVER_ERROR: &str = "ServerException";

/// A protocol version as the header gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version {
    pub major: u32,
    pub minor: u32,
}

impl Version {
    /// Parses `MAJOR.MINOR` (or a bare `MAJOR`).
    pub fn parse(text: &str) -> Option<Version> {
        let text = text.trim();
        let (major, minor) = match text.split_once('.') {
            Some((a, b)) => (a, b),
            None => (text, "0"),
        };
        let digits =
            |s: &str| !s.is_empty() && s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(major) || !digits(minor) {
            return None;
        }
        Some(Version {
            major: major.parse().ok()?,
            minor: minor.parse().ok()?,
        })
    }

    /// Whether a server speaking this crate's version serves a request of version `self`.
    pub fn is_supported(self) -> bool {
        self.major == PROTOCOL_MAJOR
    }
}

/// The versions a server of this crate speaks, as a 426 answer lists them.
pub fn supported_versions() -> Vec<String> {
    vec![PROTOCOL_VERSION.to_string()]
}

/// An error answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    #[serde(rename = "__type")]
    pub code: String,
    #[serde(default)]
    pub message: String,
    /// With [`UNSUPPORTED_VERSION`]: the versions the server speaks.
    #[serde(
        rename = "supportedVersions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub supported_versions: Option<Vec<String>>,
}

/// What a host offers: ECS's registered resources `CPU`, `MEMORY`, `PORTS`, `PORTS_UDP`, `GPU`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Resources {
    /// CPU units (1024 per core).
    pub cpu: i64,
    /// MiB.
    pub memory: i64,
    /// TCP host ports no task may take (the agent's own, sshd, ...).
    #[serde(default)]
    pub reserved_ports: Vec<u16>,
    #[serde(default)]
    pub reserved_udp_ports: Vec<u16>,
    /// GPU ids.
    #[serde(default)]
    pub gpu_ids: Vec<String>,
}

/// `POST /keel/agent/v1/register`: join the cluster, or come back after a restart.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RegisterRequest {
    /// The cluster's name or ARN.
    pub cluster: String,
    /// The instance this agent registered before (kept in its data dir): re-registering keeps
    /// the instance's identity, its tasks and what they hold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_instance_arn: Option<String>,
    pub resources: Resources,
    /// ECS's built-in attributes (`ecs.os-type`, capabilities, ...) and custom ones.
    #[serde(default)]
    pub attributes: Vec<Attribute>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_info: Option<VersionInfo>,
    /// A stable id the agent keeps in its data dir. A register without an ARN from the same
    /// principal and agent id finds the instance registered before (a retried first register
    /// does not make a second instance).
    pub agent_id: String,
    /// The EC2 instance id to report, if the host has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ec2_instance_id: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RegisterResponse {
    pub container_instance_arn: String,
    pub cluster_arn: String,
    /// Names this connection of the agent; heartbeats and state changes carry it.
    pub session_id: String,
    /// How often to heartbeat.
    pub heartbeat_interval_ms: u64,
    /// How long the session lives without a heartbeat.
    pub lease_ttl_ms: u64,
}

/// `POST /keel/agent/v1/heartbeat`: keeps the session alive.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HeartbeatRequest {
    pub cluster: String,
    pub container_instance_arn: String,
    pub session_id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HeartbeatResponse {
    pub heartbeat_interval_ms: u64,
    pub lease_ttl_ms: u64,
}

/// `GET /keel/agent/v1/tasks?cluster=C&containerInstance=ARN&after=REV&waitMs=MS`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PollRequest {
    pub cluster: String,
    pub container_instance: String,
    /// The `revision` of the last answer; 0 asks for the complete set.
    #[serde(default)]
    pub after: i64,
    /// How long to wait for a change (at most [`MAX_POLL_WAIT_MS`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait_ms: Option<u64>,
}

impl PollRequest {
    /// The query string of the poll (values percent-encoded).
    pub fn to_query(&self) -> String {
        let mut out = format!(
            "after={}&cluster={}&containerInstance={}",
            self.after,
            percent_encode(&self.cluster),
            percent_encode(&self.container_instance)
        );
        if let Some(wait) = self.wait_ms {
            out.push_str(&format!("&waitMs={wait}"));
        }
        out
    }

    /// Reads a poll from its query string. Unknown parameters are ignored.
    pub fn from_query(query: &str) -> Result<PollRequest, String> {
        let mut req = PollRequest::default();
        let mut cluster = None;
        let mut instance = None;
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(value)
                .ok_or_else(|| format!("the value of {name} is not valid percent-encoded UTF-8"))?;
            match name {
                "cluster" => cluster = Some(value),
                "containerInstance" => instance = Some(value),
                "after" => {
                    req.after = value
                        .parse::<i64>()
                        .ok()
                        .filter(|n| *n >= 0)
                        .ok_or_else(|| {
                            format!("after must be a revision (0 or more), not {value:?}")
                        })?
                }
                "waitMs" => {
                    req.wait_ms = Some(value.parse::<u64>().map_err(|_| {
                        format!("waitMs must be a number of milliseconds, not {value:?}")
                    })?)
                }
                _ => {}
            }
        }
        req.cluster = cluster.ok_or("cluster is required")?;
        req.container_instance = instance.ok_or("containerInstance is required")?;
        Ok(req)
    }
}

/// The desired state of one task assigned to the instance.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskDesiredState {
    pub task_arn: String,
    pub cluster_arn: String,
    /// The task definition as registered.
    pub task_definition: TaskDefinition,
    /// RunTask's overrides (an entry for every container).
    pub overrides: TaskOverride,
    /// `RUNNING` or `STOPPED`.
    pub desired_status: String,
    /// What the server knows of the task's status.
    pub last_status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The GPUs placement assigned the task, in order: each container with a GPU
    /// `resourceRequirements` takes its count of them, in container-definition order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gpu_ids: Vec<String>,
    /// Task-level CPU units and MiB, as placed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    /// Why the task is to stop, when it is (StopTask's reason, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop_code: Option<TaskStopCode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopped_reason: Option<String>,
    /// ECS's `version` of the task: bumped on every change.
    pub version: i64,
    /// The store revision of the task's record.
    pub revision: i64,
    /// The last state-change `seq` the server applied for this task (0 for none): an agent
    /// that lost its queue resumes numbering after it.
    pub seq: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TasksResponse {
    /// Ask `after` this next.
    pub revision: i64,
    /// `true`: `tasks` is the complete set of the instance's tasks that are not STOPPED (the
    /// poll asked from 0, or from a revision the server no longer has history for); a task the
    /// agent holds that is not in it is gone. `false`: `tasks` are those whose record changed
    /// after the requested revision (STOPPED ones included).
    pub resync: bool,
    pub tasks: Vec<TaskDesiredState>,
}

/// One container's part of a state change.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContainerChange {
    /// The container's name in the task definition.
    pub name: String,
    /// `PENDING`, `RUNNING` or `STOPPED`; moves forward only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_bindings: Option<Vec<NetworkBinding>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_status: Option<HealthStatus>,
    /// The runtime's id of the container (Docker's container id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runtime_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_digest: Option<String>,
}

/// One change of one task, as the agent observed it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskStateChange {
    pub task_arn: String,
    /// Increments by at least one per change of this task; persisted by the agent with the
    /// queued change. The server applies a change only if `seq` is greater than the one it
    /// stored, and stores it in the same transaction.
    pub seq: u64,
    /// The task's status (`PENDING`, `ACTIVATING`, `RUNNING`, ..., `STOPPED`); moves forward
    /// only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_status: Option<String>,
    #[serde(default)]
    pub containers: Vec<ContainerChange>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pull_started_at: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pull_stopped_at: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_stopped_at: Option<Timestamp>,
    /// Why the task stopped, when the agent stopped it (`EssentialContainerExited`,
    /// `TaskFailedToStart`); a stop the server asked for keeps its own code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop_code: Option<TaskStopCode>,
    #[serde(default, alias = "reason", skip_serializing_if = "Option::is_none")]
    pub stopped_reason: Option<String>,
    /// The task's health, from its containers' health checks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_status: Option<HealthStatus>,
    /// An awsvpc task's address (since 1.1): its network namespace's, once it exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_ipv4_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac_address: Option<String>,
}

/// `POST /keel/agent/v1/state`: a batch of state changes, in the order observed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StateRequest {
    pub cluster: String,
    pub container_instance_arn: String,
    pub session_id: String,
    pub changes: Vec<TaskStateChange>,
}

/// A change the server acknowledged without applying, and why.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RejectedChange {
    pub task_arn: String,
    pub seq: u64,
    pub reason: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StateResponse {
    /// Per task, the highest `seq` of the request the server is done with (applied now, applied
    /// before, or rejected): the agent drops queued changes up to it.
    pub acked: BTreeMap<String, u64>,
    /// Changes that were not applied and never will be (an unknown task, a task of another
    /// instance, a status that does not exist). Replays of applied changes are not listed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rejected: Vec<RejectedChange>,
}

/// `POST /keel/agent/v1/credentials`: trade a registration token for credentials.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RedeemRequest {
    pub token: String,
}

/// What an agent gets for its token.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AgentCredentials {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub user_name: String,
    pub user_arn: String,
    pub cluster_arn: String,
    pub region: String,
}

/// `POST /keel/agent/v1/task-credentials` (since 1.1): the temporary credentials of a task's
/// IAM role (`taskRoleArn`, or RunTask's override of it), for the agent running the task to
/// hand to its containers, as ECS pushes them to its agent. The server assumes the role as
/// `ecs-tasks.amazonaws.com`, so the role's trust policy must allow that service principal;
/// the session is named after the task id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskCredentialsRequest {
    pub cluster: String,
    pub container_instance_arn: String,
    pub session_id: String,
    pub task_arn: String,
}

/// A task role session's credentials.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskRoleCredentials {
    pub role_arn: String,
    pub access_key_id: String,
    pub secret_access_key: String,
    pub session_token: String,
    pub expiration: Timestamp,
}

/// `POST /keel/agent/v1/registration-tokens`: an operator issues a one-time token.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IssueTokenRequest {
    pub cluster: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in_seconds: Option<i64>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IssuedToken {
    pub token: String,
    pub cluster_arn: String,
    /// Seconds since the epoch.
    pub expires_at: i64,
}

/// Percent-encodes everything but RFC 3986's unreserved characters, as SigV4 canonical query
/// strings want.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes (and `+` as a space, as forms send it); `None` for a broken escape or
/// bytes that are not UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn versions_parse_and_only_major_one_is_spoken() {
        assert_eq!(Version::parse("1.0"), Some(Version { major: 1, minor: 0 }));
        assert_eq!(
            Version::parse(" 1.7 "),
            Some(Version { major: 1, minor: 7 })
        );
        assert_eq!(Version::parse("2"), Some(Version { major: 2, minor: 0 }));
        for bad in ["", "1.", ".1", "a.b", "1.0.0", "-1.0", "99999999999.0"] {
            assert_eq!(Version::parse(bad), None, "{bad:?}");
        }
        assert!(Version::parse(PROTOCOL_VERSION).unwrap().is_supported());
        assert!(Version::parse("1.9").unwrap().is_supported());
        assert!(!Version::parse("2.0").unwrap().is_supported());
        assert!(!Version::parse("0.9").unwrap().is_supported());
    }

    #[test]
    fn members_are_camel_case_and_unknown_ones_ignored() {
        let change = TaskStateChange {
            task_arn: "arn:aws:ecs:us-east-1:000000000000:task/c/1".into(),
            seq: 3,
            last_status: Some("STOPPED".into()),
            stop_code: Some(TaskStopCode::EssentialContainerExited),
            stopped_reason: Some("Essential container in task exited".into()),
            containers: vec![ContainerChange {
                name: "web".into(),
                exit_code: Some(137),
                health_status: Some(HealthStatus::Unhealthy),
                ..Default::default()
            }],
            ..Default::default()
        };
        let json = serde_json::to_value(&change).unwrap();
        assert_eq!(
            json["taskArn"],
            "arn:aws:ecs:us-east-1:000000000000:task/c/1"
        );
        assert_eq!(json["lastStatus"], "STOPPED");
        assert_eq!(json["stopCode"], "EssentialContainerExited");
        assert_eq!(json["containers"][0]["exitCode"], 137);
        assert_eq!(json["containers"][0]["healthStatus"], "UNHEALTHY");
        assert!(json.get("pullStartedAt").is_none());
        let mut with_more = json.clone();
        with_more["someFutureMember"] = serde_json::json!({"x": 1});
        let back: TaskStateChange = serde_json::from_value(with_more).unwrap();
        assert_eq!(back, change);
        // `reason` is accepted for the stopped reason.
        let old: TaskStateChange =
            serde_json::from_str(r#"{"taskArn":"t","seq":1,"reason":"gone"}"#).unwrap();
        assert_eq!(old.stopped_reason.as_deref(), Some("gone"));
    }

    #[test]
    fn register_requests_decode_with_defaults() {
        let req: RegisterRequest = serde_json::from_str(
            r#"{"cluster":"default","resources":{"cpu":2048,"memory":1024},"agentId":"a"}"#,
        )
        .unwrap();
        assert_eq!(req.resources.cpu, 2048);
        assert!(req.attributes.is_empty() && req.container_instance_arn.is_none());
        assert!(serde_json::from_str::<RegisterRequest>(r#"{"cluster":"default"}"#).is_err());
    }

    #[test]
    fn poll_queries_round_trip() {
        let req = PollRequest {
            cluster: "my cluster".into(),
            container_instance: "arn:aws:ecs:us-east-1:000000000000:container-instance/default/abc"
                .into(),
            after: 42,
            wait_ms: Some(5000),
        };
        let query = req.to_query();
        assert!(!query.contains(':') && !query.contains('/') && !query.contains(' '));
        assert_eq!(PollRequest::from_query(&query).unwrap(), req);
        assert!(PollRequest::from_query("cluster=c").is_err());
        assert!(PollRequest::from_query("cluster=c&containerInstance=i&after=-1").is_err());
        assert!(PollRequest::from_query("cluster=c&containerInstance=i&after=x").is_err());
        assert!(PollRequest::from_query("cluster=c&containerInstance=%zz").is_err());
        let bare = PollRequest::from_query("cluster=c&containerInstance=i&extra").unwrap();
        assert_eq!((bare.after, bare.wait_ms), (0, None));
    }

    proptest! {
        #[test]
        fn percent_encoding_round_trips(text in ".{0,64}") {
            prop_assert_eq!(percent_decode(&percent_encode(&text)), Some(text));
        }

        #[test]
        fn query_decoding_never_panics(query in "[a-zA-Z=&%0-9+._~:/-]{0,128}") {
            let _ = PollRequest::from_query(&query);
        }

        #[test]
        fn body_decoding_never_panics(body in proptest::collection::vec(any::<u8>(), 0..256)) {
            let _ = serde_json::from_slice::<StateRequest>(&body);
            let _ = serde_json::from_slice::<RegisterRequest>(&body);
            let _ = serde_json::from_slice::<HeartbeatRequest>(&body);
        }
    }
}
