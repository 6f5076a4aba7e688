//! The audit trail's side of the edge: what is recorded about a call, in CloudTrail's event
//! shape, and the sink that keeps it.
//!
//! The edge records every call that may change something (an operation that is not read-only)
//! and every call refused for lack of permission. A mutating call is recorded twice over: a
//! durable *intent* before the service runs (so no change can reach the store without a
//! record), then its *outcome* (error code, response elements) before the answer is sent.
//! Both waits are bounded, and a failing sink never fails the call; see the audit log's own
//! documentation for how it keeps that promise.
//!
//! Secrets never reach the trail: values of shapes the model marks `sensitive` (what AWS
//! itself hides: secret access keys, passwords, ECS container environments and repository
//! credentials) and the members a service lists in `audit_redactions` (STS session tokens,
//! which CloudTrail does record but Keel does not) are replaced by
//! `HIDDEN_DUE_TO_SECURITY_REASONS`, CloudTrail's own marker.

use keel_awsmodel::{ServiceModel, Shape, ShapeKind};
use serde_json::{Map, Value, json};

use crate::caller::{Caller, CallerKind};

/// CloudTrail's marker for a value it does not record.
pub const HIDDEN: &str = "HIDDEN_DUE_TO_SECURITY_REASONS";

/// The CloudTrail event-record version Keel writes.
pub const EVENT_VERSION: &str = "1.09";

/// One audit event: the CloudTrail record and the attributes `LookupEvents` filters on.
#[derive(Clone, Debug, PartialEq)]
pub struct AuditEvent {
    pub event_id: String,
    pub event_time_ms: i64,
    /// `ecs.amazonaws.com`.
    pub event_source: String,
    /// The operation, `StopTask`.
    pub event_name: String,
    /// CloudTrail's `Username`: user name, role session name or `root`.
    pub username: Option<String>,
    pub access_key_id: Option<String>,
    pub read_only: bool,
    /// (resource type, resource name) pairs, as `LookupEvents` reports them.
    pub resources: Vec<(String, String)>,
    /// Set once the outcome is known and the call failed.
    pub error_code: Option<String>,
    /// Whether the outcome is known (false for an intent record).
    pub complete: bool,
    /// The CloudTrail record (`eventVersion`, `userIdentity`, `requestParameters`, ...).
    pub record: Value,
}

/// Where audit events go. Implementations return once the event is durable, or once they
/// have given up (and reported why); they never make the call they record fail.
#[async_trait::async_trait]
pub trait AuditSink: Send + Sync + 'static {
    /// Records a call about to run (`complete == false`) or a finished one; a finished event
    /// replaces the intent with the same `event_id`.
    async fn record(&self, event: AuditEvent);
}

/// CloudTrail's `userIdentity` for a caller.
pub fn user_identity(caller: &Caller) -> Value {
    let mut identity = Map::new();
    identity.insert("type".into(), caller.kind.cloudtrail_type().into());
    if caller.kind == CallerKind::Unverified {
        identity.insert("accessKeyId".into(), caller.access_key_id.clone().into());
        return Value::Object(identity);
    }
    identity.insert("principalId".into(), caller.principal_id.clone().into());
    identity.insert("arn".into(), caller.arn.clone().into());
    identity.insert("accountId".into(), caller.account_id.clone().into());
    identity.insert("accessKeyId".into(), caller.access_key_id.clone().into());
    if caller.kind == CallerKind::IamUser
        && let Some(name) = &caller.name
    {
        identity.insert("userName".into(), name.clone().into());
    }
    if let Some(session) = &caller.session {
        identity.insert(
            "sessionContext".into(),
            json!({
                "sessionIssuer": {
                    "type": "Role",
                    "principalId": session.role_id,
                    "arn": session.role_arn,
                    "accountId": caller.account_id,
                    "userName": session.role_name,
                },
                "attributes": {
                    "creationDate": keel_types::time::format_iso8601_utc(session.issued_at_ms),
                    "mfaAuthenticated": "false",
                },
            }),
        );
    }
    Value::Object(identity)
}

/// CloudTrail's resource type for an ARN (`AWS::ECS::Cluster`), and the name it reports:
/// IAM users and roles by name, everything else by ARN.
pub fn resource_of(arn: &str) -> Option<(String, String)> {
    let parsed = keel_types::Arn::parse(arn).ok()?;
    let (kind, rest) = parsed
        .resource
        .split_once(['/', ':'])
        .unwrap_or((parsed.resource.as_str(), ""));
    let (service, type_name) = match (parsed.service.as_str(), kind) {
        ("ecs", "cluster") => ("ECS", "Cluster"),
        ("ecs", "task") => ("ECS", "Task"),
        ("ecs", "task-definition") => ("ECS", "TaskDefinition"),
        ("ecs", "container-instance") => ("ECS", "ContainerInstance"),
        ("ecs", "capacity-provider") => ("ECS", "CapacityProvider"),
        ("ecs", "service") => ("ECS", "Service"),
        ("ecs", "task-set") => ("ECS", "TaskSet"),
        ("logs", "log-group") => ("Logs", "LogGroup"),
        ("logs", "destination") => ("Logs", "Destination"),
        ("iam", "user") => ("IAM", "User"),
        ("iam", "role") => ("IAM", "Role"),
        ("iam", "policy") => ("IAM", "Policy"),
        _ => return None,
    };
    let name = match (service, type_name) {
        ("IAM", "User" | "Role") => rest.rsplit('/').next().unwrap_or(rest).to_string(),
        _ => arn.to_string(),
    };
    Some((format!("AWS::{service}::{type_name}"), name))
}

/// The copy of a request or response that goes into the trail: every sensitive value, and
/// every member on a path in `redactions`, replaced by [`HIDDEN`]; timestamps written as
/// CloudTrail writes them (`Dec 1, 2026 9:22:22 PM`); and, for query services (IAM, STS),
/// member names in CloudTrail's lower camel case (`userName`). Paths name members as the
/// model does, joined by `.`, with `*` standing for any list item or map value:
/// `Credentials.SessionToken`, `containerDefinitions.*.environment`.
pub fn redact(model: &ServiceModel, shape: &str, value: &Value, redactions: &[&str]) -> Value {
    let patterns: Vec<Vec<&str>> = redactions.iter().map(|p| p.split('.').collect()).collect();
    let Some(shape) = model.shape(shape) else {
        return Value::Null;
    };
    let mut path = Vec::new();
    Redactor {
        model,
        patterns: &patterns,
        lower_camel: model.protocol == keel_awsmodel::Protocol::Query,
    }
    .value(shape, value, &mut path, 0)
}

struct Redactor<'a> {
    model: &'a ServiceModel,
    patterns: &'a [Vec<&'a str>],
    lower_camel: bool,
}

fn lower_camel(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

impl Redactor<'_> {
    fn listed(&self, path: &[&str]) -> bool {
        self.patterns.iter().any(|pattern| {
            pattern.len() == path.len()
                && pattern
                    .iter()
                    .zip(path)
                    .all(|(want, got)| *want == "*" || want == got)
        })
    }

    fn value<'v>(
        &self,
        shape: &Shape,
        value: &'v Value,
        path: &mut Vec<&'v str>,
        depth: usize,
    ) -> Value {
        if shape.sensitive || self.listed(path) {
            return Value::String(HIDDEN.into());
        }
        if depth > keel_awsmodel::validate::MAX_DEPTH {
            return Value::Null;
        }
        match (&shape.kind, value) {
            (ShapeKind::Structure { document: true, .. }, v) => v.clone(),
            (ShapeKind::Structure { members, .. }, Value::Object(map)) => {
                let mut out = Map::new();
                for (key, item) in map {
                    let Some(member) = members.iter().find(|m| m.name == key) else {
                        continue;
                    };
                    let Some(target) = self.model.shape(member.shape) else {
                        continue;
                    };
                    path.push(key);
                    let name = if self.lower_camel {
                        lower_camel(key)
                    } else {
                        key.clone()
                    };
                    out.insert(name, self.value(target, item, path, depth + 1));
                    path.pop();
                }
                Value::Object(out)
            }
            (ShapeKind::List { member, .. }, Value::Array(items)) => {
                let Some(target) = self.model.shape(member) else {
                    return Value::Null;
                };
                let mut out = Vec::with_capacity(items.len());
                for item in items {
                    path.push("*");
                    out.push(self.value(target, item, path, depth + 1));
                    path.pop();
                }
                Value::Array(out)
            }
            (ShapeKind::Map { value: v, .. }, Value::Object(map)) => {
                let Some(target) = self.model.shape(v) else {
                    return Value::Null;
                };
                let mut out = Map::new();
                for (key, item) in map {
                    path.push("*");
                    out.insert(key.clone(), self.value(target, item, path, depth + 1));
                    path.pop();
                }
                Value::Object(out)
            }
            (ShapeKind::Timestamp, Value::Number(n)) => {
                let ms = (n.as_f64().unwrap_or(0.0) * 1000.0).round() as i64;
                Value::String(keel_types::time::format_cloudtrail_date(ms))
            }
            (_, v) => v.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sensitive_shapes_and_listed_paths_are_hidden() {
        let output = json!({"AccessKey": {
            "UserName": "alice", "AccessKeyId": "AKIAEXAMPLE", "Status": "Active",
            "SecretAccessKey": "s3cr3t", "CreateDate": 1.0
        }});
        let redacted = redact(
            &keel_awsmodel::iam::MODEL,
            "CreateAccessKeyResponse",
            &output,
            &[],
        );
        assert_eq!(redacted["accessKey"]["secretAccessKey"], HIDDEN);
        assert_eq!(redacted["accessKey"]["accessKeyId"], "AKIAEXAMPLE");
        assert_eq!(
            redacted["accessKey"]["createDate"],
            "Jan 1, 1970 12:00:01 AM"
        );

        let input = json!({"family": "web", "containerDefinitions": [{
            "name": "app", "image": "busybox",
            "environment": [{"name": "DB_PASSWORD", "value": "hunter2"}]
        }]});
        // botocore marks container environments sensitive: CloudTrail hides them whole.
        let redacted = redact(
            &keel_awsmodel::ecs::MODEL,
            "RegisterTaskDefinitionRequest",
            &input,
            &["containerDefinitions.*.image"],
        );
        let container = &redacted["containerDefinitions"][0];
        assert_eq!(container["environment"], HIDDEN);
        assert_eq!(container["image"], HIDDEN, "a listed path");
        assert_eq!(container["name"], "app");
        assert_eq!(redacted["family"], "web");
    }

    #[test]
    fn resources_are_typed_from_their_arns() {
        assert_eq!(
            resource_of("arn:aws:iam::000000000000:user/team/alice"),
            Some(("AWS::IAM::User".into(), "alice".into()))
        );
        let task = "arn:aws:ecs:us-east-1:000000000000:task/prod/abc";
        assert_eq!(
            resource_of(task),
            Some(("AWS::ECS::Task".into(), task.into()))
        );
        assert_eq!(resource_of("*"), None);
    }
}
