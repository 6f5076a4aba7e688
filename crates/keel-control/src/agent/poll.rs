//! The desired-state long poll.

use std::collections::HashMap;
use std::time::Duration;

use futures::StreamExt;
use keel_agent_protocol::{
    DEFAULT_POLL_WAIT_MS, MAX_POLL_WAIT_MS, PollRequest, TaskDesiredState, TasksResponse,
};
use keel_api::RequestContext;
use keel_awsmodel::ecs::TaskDefinition;
use keel_store::{EventKind, KeyValue, RangeRequest, Revision, StoreError};
use keel_types::TaskStatus;
use tracing::warn;

use super::{AgentError, instance_for_call, target};
use crate::ControlPlane;
use crate::ecs::task_definitions;
use crate::ecs::tasks::TaskRecord;
use crate::state::{self, Versioned};

/// Whether a task record's raw bytes can be about instance `id` (a cheap test before decoding:
/// most events of a busy cluster are about other instances).
fn mentions(value: &[u8], id: &str) -> bool {
    let needle = id.as_bytes();
    !needle.is_empty() && value.windows(needle.len()).any(|w| w == needle)
}

fn on_instance(kv: &KeyValue, id: &str) -> Result<Option<Versioned<TaskRecord>>, AgentError> {
    if !mentions(&kv.value, id) {
        return Ok(None);
    }
    let rec: Versioned<TaskRecord> = state::decode(kv)?;
    Ok((rec.value.container_instance_id.as_deref() == Some(id)).then_some(rec))
}

/// The instance's tasks in the cluster, and a revision every later change is after: the store
/// revision of the first page (a write between pages is reported again next time, which is
/// harmless; missing one would not be).
async fn instance_tasks(
    cp: &ControlPlane,
    prefix: &str,
    id: &str,
) -> Result<(Vec<Versioned<TaskRecord>>, Revision), AgentError> {
    const PAGE: usize = 1000;
    let mut out = Vec::new();
    let mut revision = None;
    let mut after: Option<String> = None;
    loop {
        let mut req = RangeRequest::prefix(prefix.to_string()).with_limit(PAGE);
        if let Some(key) = after.take() {
            req = req.after(key);
        }
        let page = cp.store.range(req).await?;
        revision.get_or_insert(page.revision);
        for kv in &page.kvs {
            if let Some(rec) = on_instance(kv, id)? {
                out.push(rec);
            }
        }
        match (page.more, page.kvs.last()) {
            (true, Some(last)) => after = Some(last.key.clone()),
            _ => return Ok((out, revision.unwrap_or(0))),
        }
    }
}

async fn desired_states(
    cp: &ControlPlane,
    ctx: &RequestContext,
    tasks: Vec<Versioned<TaskRecord>>,
) -> Result<Vec<TaskDesiredState>, AgentError> {
    let mut definitions: HashMap<String, Option<TaskDefinition>> = HashMap::new();
    let mut out = Vec::with_capacity(tasks.len());
    for rec in tasks {
        let task = &rec.value.task;
        let td_arn = task.task_definition_arn.clone().unwrap_or_default();
        if !definitions.contains_key(&td_arn) {
            let found = task_definitions::resolve(cp, ctx, &td_arn)
                .await?
                .map(|r| r.value.task_definition);
            definitions.insert(td_arn.clone(), found);
        }
        let Some(definition) = definitions.get(&td_arn).cloned().flatten() else {
            warn!(task = ?task.task_arn, task_definition = %td_arn, "a task's definition is gone; not sent to its agent");
            continue;
        };
        out.push(TaskDesiredState {
            task_arn: task.task_arn.clone().unwrap_or_default(),
            cluster_arn: task.cluster_arn.clone().unwrap_or_default(),
            task_definition: definition,
            overrides: task.overrides.clone().unwrap_or_default(),
            desired_status: rec.value.desired_status().to_string(),
            last_status: rec.value.last_status().as_str().to_string(),
            started_by: task.started_by.clone(),
            group: task.group.clone(),
            gpu_ids: rec.value.reservation.gpu_ids.clone(),
            cpu: task.cpu.clone(),
            memory: task.memory.clone(),
            stop_code: task.stop_code,
            stopped_reason: task.stopped_reason.clone(),
            version: task.version.unwrap_or(0),
            revision: rec.mod_revision,
            seq: rec.value.agent_seq,
            created_at: task.created_at,
        });
    }
    Ok(out)
}

async fn answer(
    cp: &ControlPlane,
    ctx: &RequestContext,
    tasks: Vec<Versioned<TaskRecord>>,
    revision: Revision,
    resync: bool,
) -> Result<TasksResponse, AgentError> {
    Ok(TasksResponse {
        revision,
        resync,
        tasks: desired_states(cp, ctx, tasks).await?,
    })
}

/// The desired state of the instance's tasks changed after `req.after`, waiting up to
/// `req.wait_ms` (at most 30 s) for a change when there is none yet.
pub async fn poll_tasks(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: PollRequest,
) -> Result<TasksResponse, AgentError> {
    let target = target(ctx, &req.cluster, Some(&req.container_instance))?;
    let instance = instance_for_call(cp, ctx, &target).await?;
    let wait = Duration::from_millis(
        req.wait_ms
            .unwrap_or(DEFAULT_POLL_WAIT_MS)
            .min(MAX_POLL_WAIT_MS),
    );
    let id = instance.value.id.clone();
    let prefix = state::tasks_prefix(&ctx.scope.region, &instance.value.cluster);
    let (tasks, revision) = instance_tasks(cp, &prefix, &id).await?;
    let full = |tasks: Vec<Versioned<TaskRecord>>| -> Vec<Versioned<TaskRecord>> {
        tasks
            .into_iter()
            .filter(|t| t.value.last_status() != TaskStatus::Stopped)
            .collect()
    };
    if req.after <= 0 || req.after > revision {
        return answer(cp, ctx, full(tasks), revision, true).await;
    }
    // History since `after` must still exist, or deletes in between could be missed.
    match cp.store.watch(&prefix, Some(req.after + 1)).await {
        Ok(stream) => drop(stream),
        Err(StoreError::Compacted { .. }) => {
            return answer(cp, ctx, full(tasks), revision, true).await;
        }
        Err(err) => return Err(err.into()),
    }
    let changed: Vec<_> = tasks
        .into_iter()
        .filter(|t| t.mod_revision > req.after)
        .collect();
    if !changed.is_empty() || wait.is_zero() {
        return answer(cp, ctx, changed, revision, false).await;
    }
    // Nothing yet: wait for a write to one of the instance's tasks after `revision`.
    let mut stream = match cp.store.watch(&prefix, Some(revision + 1)).await {
        Ok(s) => s,
        Err(StoreError::Compacted { .. }) => {
            // Compacted since the read a moment ago: read again rather than wait.
            let (tasks, revision) = instance_tasks(cp, &prefix, &id).await?;
            return answer(cp, ctx, full(tasks), revision, true).await;
        }
        Err(err) => return Err(err.into()),
    };
    let deadline = tokio::time::Instant::now() + wait;
    let mut stopping = cp.stopping.subscribe();
    loop {
        let next = tokio::select! {
            next = tokio::time::timeout_at(deadline, stream.next()) => next,
            () = async {
                let _ = stopping.wait_for(|s| *s).await;
            } => {
                return answer(cp, ctx, Vec::new(), revision, false).await;
            }
        };
        match next {
            Err(_) => return answer(cp, ctx, Vec::new(), revision, false).await,
            // Lagged or closed: read what is there now.
            Ok(None) | Ok(Some(Err(_))) => break,
            Ok(Some(Ok(event))) => {
                if event.kind == EventKind::Put && on_instance(&event.kv, &id)?.is_some() {
                    break;
                }
            }
        }
    }
    drop(stream);
    let (tasks, revision) = instance_tasks(cp, &prefix, &id).await?;
    let changed = tasks
        .into_iter()
        .filter(|t| t.mod_revision > req.after)
        .collect();
    answer(cp, ctx, changed, revision, false).await
}
