//! Task scale-in protection: UpdateTaskProtection, GetTaskProtection.
//!
//! A protected task of a service is not stopped by scale-in or by a deployment until its
//! protection expires (ExpiresInMinutes 1-2,880, default 120). Protection lives in its own
//! record per task, so setting it never contends with the task's state changes.
//! <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-scale-in-protection.html>

use keel_api::RequestContext;
use keel_awsmodel::Timestamp;
use keel_awsmodel::ecs::{
    Failure, GetTaskProtectionRequest, GetTaskProtectionResponse, ProtectedTask,
    UpdateTaskProtectionRequest, UpdateTaskProtectionResponse,
};
use keel_store::{Op, Txn};
use serde::{Deserialize, Serialize};

use crate::ControlPlane;
use crate::ecs::{resources, tasks};
use crate::error::EcsError;
use crate::state::{self, Versioned};

pub const DEFAULT_EXPIRES_IN_MINUTES: i32 = 120;
pub const MAX_EXPIRES_IN_MINUTES: i32 = 2_880;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ProtectionRecord {
    pub task_arn: String,
    pub expires_at: Timestamp,
}

impl ProtectionRecord {
    pub fn active_at(&self, now_ms: i64) -> bool {
        self.expires_at.as_millis() > now_ms
    }
}

/// Task ids of `cluster` whose protection is in force at `now_ms`.
pub async fn protected_tasks(
    cp: &ControlPlane,
    region: &str,
    cluster: &str,
    now_ms: i64,
) -> Result<std::collections::BTreeMap<String, Timestamp>, EcsError> {
    let records: Vec<Versioned<ProtectionRecord>> =
        state::list(&*cp.store, &state::task_protections_prefix(region, cluster)).await?;
    Ok(records
        .into_iter()
        .filter(|r| r.value.active_at(now_ms))
        .filter_map(|r| {
            let id = r.key.rsplit('/').next()?.to_string();
            Some((id, r.value.expires_at))
        })
        .collect())
}

fn failure(arn: &str, reason: &str, detail: &str) -> Failure {
    Failure {
        arn: Some(arn.to_string()),
        reason: Some(reason.into()),
        detail: Some(detail.into()),
    }
}

pub async fn update_task_protection(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: UpdateTaskProtectionRequest,
) -> Result<UpdateTaskProtectionResponse, EcsError> {
    let cluster = resources::active_cluster(cp, ctx, Some(&req.cluster)).await?;
    if req.tasks.is_empty() || req.tasks.len() > 10 {
        return Err(EcsError::invalid(
            "tasks must contain between 1 and 10 items.",
        ));
    }
    let minutes = req.expires_in_minutes.unwrap_or(DEFAULT_EXPIRES_IN_MINUTES);
    if req.protection_enabled && !(1..=MAX_EXPIRES_IN_MINUTES).contains(&minutes) {
        return Err(EcsError::invalid(format!(
            "expiresInMinutes must be between 1 and {MAX_EXPIRES_IN_MINUTES}."
        )));
    }
    let now = keel_types::time::now_millis();
    let mut protected = Vec::new();
    let mut failures = Vec::new();
    let mut ops = Vec::new();
    for reference in &req.tasks {
        let Some(task) = tasks::load_task(cp, ctx, &cluster.value.name, reference).await? else {
            failures.push(failure(reference, "MISSING", "The task was not found."));
            continue;
        };
        let arn = task.value.task.task_arn.clone().unwrap_or_default();
        if task.value.service_name.is_none() {
            failures.push(failure(
                &arn,
                "TASK_NOT_VALID",
                "Task protection applies only to tasks that belong to a service.",
            ));
            continue;
        }
        if task.value.last_status() == keel_types::TaskStatus::Stopped
            || task.value.desired_status() == "STOPPED"
        {
            failures.push(failure(
                &arn,
                "TASK_NOT_VALID",
                "The task is stopped or stopping.",
            ));
            continue;
        }
        let key =
            state::task_protection_key(&ctx.scope.region, &cluster.value.name, &task.value.id);
        if req.protection_enabled {
            let expires_at = Timestamp::from_millis(now + i64::from(minutes) * 60_000);
            ops.push(state::put_op(
                &key,
                &ProtectionRecord {
                    task_arn: arn.clone(),
                    expires_at,
                },
            )?);
            protected.push(ProtectedTask {
                task_arn: Some(arn),
                protection_enabled: Some(true),
                expiration_date: Some(expires_at),
            });
        } else {
            ops.push(Op::delete(key));
            protected.push(ProtectedTask {
                task_arn: Some(arn),
                protection_enabled: Some(false),
                expiration_date: None,
            });
        }
    }
    if !ops.is_empty() {
        cp.store.txn(Txn::new().and_then(ops)).await?;
    }
    Ok(UpdateTaskProtectionResponse {
        protected_tasks: Some(protected),
        failures: Some(failures),
    })
}

pub async fn get_task_protection(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: GetTaskProtectionRequest,
) -> Result<GetTaskProtectionResponse, EcsError> {
    let cluster = resources::active_cluster(cp, ctx, Some(&req.cluster)).await?;
    let references = req.tasks.clone().unwrap_or_default();
    if references.len() > 100 {
        return Err(EcsError::invalid("tasks can contain at most 100 items."));
    }
    let now = keel_types::time::now_millis();
    let mut protected = Vec::new();
    let mut failures = Vec::new();
    for reference in &references {
        let Some(task) = tasks::load_task(cp, ctx, &cluster.value.name, reference).await? else {
            failures.push(failure(reference, "MISSING", "The task was not found."));
            continue;
        };
        let arn = task.value.task.task_arn.clone().unwrap_or_default();
        let key =
            state::task_protection_key(&ctx.scope.region, &cluster.value.name, &task.value.id);
        let record: Option<Versioned<ProtectionRecord>> = state::get(&*cp.store, &key).await?;
        protected.push(match record.filter(|r| r.value.active_at(now)) {
            Some(r) => ProtectedTask {
                task_arn: Some(arn),
                protection_enabled: Some(true),
                expiration_date: Some(r.value.expires_at),
            },
            None => ProtectedTask {
                task_arn: Some(arn),
                protection_enabled: Some(false),
                expiration_date: None,
            },
        });
    }
    Ok(GetTaskProtectionResponse {
        protected_tasks: Some(protected),
        failures: Some(failures),
    })
}
