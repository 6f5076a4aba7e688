//! The state-change event stream: task state changes, service actions and deployment state
//! changes in EventBridge's shapes ("ECS Task State Change", "ECS Service Action", "ECS
//! Deployment State Change").
//!
//! Events are derived from the store's watch (each change with the record before it), so the
//! stream holds no state of its own: a reader resumes after the store revision it last saw and
//! misses nothing still in the store's history. Shapes follow
//! <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_cwe_events.html>.

use futures::StreamExt;
use futures::stream::BoxStream;
use keel_awsmodel::ecs::DeploymentRolloutState;
use keel_store::{Revision, StoreError};
use serde_json::{Value, json};

use crate::ControlPlane;
use crate::ecs::services::ServiceRecord;
use crate::ecs::tasks::TaskRecord;
use crate::error::EcsError;

/// One event, and the store revision it came from (the cursor to resume after).
#[derive(Clone, Debug, PartialEq)]
pub struct StateChange {
    pub revision: Revision,
    pub detail_type: &'static str,
    pub event: Value,
}

/// RFC 3339 (`2026-12-01T22:15:00Z`) from epoch milliseconds.
fn rfc3339(ms: i64) -> String {
    let basic = keel_types::time::format_basic_utc(ms); // 20261201T221500Z
    if basic.len() < 16 {
        return basic;
    }
    format!(
        "{}-{}-{}T{}:{}:{}Z",
        &basic[0..4],
        &basic[4..6],
        &basic[6..8],
        &basic[9..11],
        &basic[11..13],
        &basic[13..15]
    )
}

fn envelope(
    detail_type: &'static str,
    region: &str,
    account: &str,
    resources: Vec<String>,
    detail: Value,
    at_ms: i64,
) -> Value {
    json!({
        "version": "0",
        "id": keel_types::ids::new_uuid(),
        "detail-type": detail_type,
        "source": "aws.ecs",
        "account": account,
        "time": rfc3339(at_ms),
        "region": region,
        "resources": resources,
        "detail": detail,
    })
}

/// `(region, kind)` of an `/ecs/REGION/KIND/...` key.
fn classify(key: &str) -> Option<(&str, &str)> {
    let mut parts = key.strip_prefix("/ecs/")?.split('/');
    Some((parts.next()?, parts.next()?))
}

fn account_of(arn: &str) -> String {
    arn.split(':').nth(4).unwrap_or_default().to_string()
}

/// The events one store change produces. Pure.
pub fn events_for(
    key: &str,
    before: Option<&[u8]>,
    after: Option<&[u8]>,
    now_ms: i64,
) -> Vec<(&'static str, Value)> {
    let Some((region, kind)) = classify(key) else {
        return Vec::new();
    };
    let Some(after) = after else {
        return Vec::new();
    };
    match kind {
        "tasks" => task_events(region, before, after, now_ms),
        "services" => service_events(region, before, after, now_ms),
        _ => Vec::new(),
    }
}

fn task_events(
    region: &str,
    before: Option<&[u8]>,
    after: &[u8],
    now_ms: i64,
) -> Vec<(&'static str, Value)> {
    let Ok(task) = serde_json::from_slice::<TaskRecord>(after) else {
        return Vec::new();
    };
    let previous = before.and_then(|b| serde_json::from_slice::<TaskRecord>(b).ok());
    let changed = previous.as_ref().is_none_or(|p| {
        p.task.last_status != task.task.last_status
            || p.task.desired_status != task.task.desired_status
            || p.task.health_status != task.task.health_status
    });
    if !changed {
        return Vec::new();
    }
    let arn = task.task.task_arn.clone().unwrap_or_default();
    let mut detail = serde_json::to_value(&task.task).unwrap_or(Value::Null);
    if let Some(object) = detail.as_object_mut() {
        object.insert("updatedAt".into(), json!(rfc3339(now_ms)));
    }
    vec![(
        "ECS Task State Change",
        envelope(
            "ECS Task State Change",
            region,
            &account_of(&arn),
            vec![arn],
            detail,
            now_ms,
        ),
    )]
}

fn service_events(
    region: &str,
    before: Option<&[u8]>,
    after: &[u8],
    now_ms: i64,
) -> Vec<(&'static str, Value)> {
    let Ok(service) = serde_json::from_slice::<ServiceRecord>(after) else {
        return Vec::new();
    };
    let previous = before.and_then(|b| serde_json::from_slice::<ServiceRecord>(b).ok());
    let account = service.account_id.clone();
    let cluster_arn = service.service.cluster_arn.clone().unwrap_or_default();
    let mut out = Vec::new();
    // Service actions, from the service events this change added (oldest first).
    let seen: std::collections::BTreeSet<String> = previous
        .iter()
        .flat_map(|p| p.events.iter().filter_map(|e| e.id.clone()))
        .collect();
    for event in service.events.iter().rev() {
        if event.id.as_ref().is_none_or(|id| seen.contains(id)) {
            continue;
        }
        let message = event.message.as_deref().unwrap_or("");
        let (event_type, name) = if message.ends_with("has reached a steady state.") {
            ("INFO", "SERVICE_STEADY_STATE")
        } else if message.contains(") has stopped ") {
            ("INFO", "TASKS_STOPPED")
        } else if message.contains("was unable to place a task") {
            ("WARN", "SERVICE_TASK_PLACEMENT_FAILURE")
        } else {
            continue;
        };
        out.push((
            "ECS Service Action",
            envelope(
                "ECS Service Action",
                region,
                &account,
                vec![service.arn.clone()],
                json!({
                    "eventType": event_type,
                    "eventName": name,
                    "clusterArn": cluster_arn,
                    "createdAt": rfc3339(event.created_at.map(|t| t.as_millis()).unwrap_or(now_ms)),
                }),
                now_ms,
            ),
        ));
    }
    // Deployment state changes.
    for d in service
        .deployments
        .iter()
        .filter(|d| d.status != "INACTIVE")
    {
        let was = previous
            .as_ref()
            .and_then(|p| p.deployments.iter().find(|x| x.id == d.id))
            .map(|x| x.rollout_state);
        if was == Some(d.rollout_state) {
            continue;
        }
        let (event_type, name) = match d.rollout_state {
            DeploymentRolloutState::InProgress => ("INFO", "SERVICE_DEPLOYMENT_IN_PROGRESS"),
            DeploymentRolloutState::Completed => ("INFO", "SERVICE_DEPLOYMENT_COMPLETED"),
            DeploymentRolloutState::Failed => ("ERROR", "SERVICE_DEPLOYMENT_FAILED"),
        };
        out.push((
            "ECS Deployment State Change",
            envelope(
                "ECS Deployment State Change",
                region,
                &account,
                vec![service.arn.clone()],
                json!({
                    "eventType": event_type,
                    "eventName": name,
                    "deploymentId": d.id,
                    "updatedAt": rfc3339(d.updated_at.as_millis()),
                    "reason": d.rollout_state_reason,
                }),
                now_ms,
            ),
        ));
    }
    out
}

/// Events of `region` after store revision `after` (`None`: from now on), live.
pub async fn subscribe(
    cp: &ControlPlane,
    region: String,
    after: Option<Revision>,
) -> Result<BoxStream<'static, Result<StateChange, EcsError>>, EcsError> {
    let start = match after {
        Some(rev) => rev + 1,
        None => cp.store.current_revision().await? + 1,
    };
    let prefix = format!("/ecs/{region}/");
    let watch = cp.store.watch(&prefix, Some(start)).await.map_err(|err| match err {
        StoreError::Compacted { compacted, .. } => EcsError::invalid(format!(
            "Events after revision {start} are no longer kept; resume after {compacted} or later."
        )),
        other => other.into(),
    })?;
    Ok(watch
        .flat_map(|item| {
            let out: Vec<Result<StateChange, EcsError>> = match item {
                Ok(event) => {
                    let now = keel_types::time::now_millis();
                    let after = (event.kind == keel_store::EventKind::Put)
                        .then_some(event.kv.value.as_slice());
                    events_for(
                        &event.kv.key,
                        event.prev_kv.as_ref().map(|kv| kv.value.as_slice()),
                        after,
                        now,
                    )
                    .into_iter()
                    .map(|(detail_type, value)| {
                        Ok(StateChange {
                            revision: event.kv.mod_revision,
                            detail_type,
                            event: value,
                        })
                    })
                    .collect()
                }
                Err(err) => vec![Err(EcsError::from(err))],
            };
            futures::stream::iter(out)
        })
        .boxed())
}

/// The state-change stream as the edge serves it (`/keel/events/v1/stream`).
pub struct EcsEvents {
    cp: std::sync::Arc<ControlPlane>,
}

impl EcsEvents {
    pub fn new(cp: std::sync::Arc<ControlPlane>) -> std::sync::Arc<Self> {
        std::sync::Arc::new(Self { cp })
    }
}

#[async_trait::async_trait]
impl keel_api::EventSource for EcsEvents {
    async fn subscribe(
        &self,
        ctx: &keel_api::RequestContext,
        after: Option<i64>,
    ) -> Result<
        BoxStream<'static, Result<keel_api::StreamEvent, keel_api::ApiError>>,
        keel_api::ApiError,
    > {
        let account = ctx.scope.account_id.clone();
        let stream = subscribe(&self.cp, ctx.scope.region.clone(), after).await?;
        Ok(stream
            .filter_map(move |item| {
                let account = account.clone();
                async move {
                    match item {
                        Ok(change) => {
                            // Only this account's resources.
                            (change.event.get("account").and_then(Value::as_str)
                                == Some(account.as_str()))
                            .then(|| {
                                Ok(keel_api::StreamEvent {
                                    id: change.revision,
                                    name: change.detail_type.to_string(),
                                    data: change.event.to_string(),
                                })
                            })
                        }
                        Err(err) => Some(Err(keel_api::ApiError::from(err))),
                    }
                }
            })
            .boxed())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_rfc3339() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_700_000_000_000), "2023-11-14T22:13:20Z");
    }

    #[test]
    fn other_keys_produce_nothing() {
        assert!(events_for("/ecs/us-east-1/clusters/x", None, Some(b"{}"), 0).is_empty());
        assert!(events_for("/janitor/x", None, Some(b"{}"), 0).is_empty());
        assert!(events_for("/ecs/us-east-1/tasks/c/1", None, Some(b"not json"), 0).is_empty());
    }
}
