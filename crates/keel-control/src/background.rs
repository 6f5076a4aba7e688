//! Background loops of the control plane.
//!
//! The compactor keeps the store's history (the past revisions watches replay) to about
//! `history_window`, so the store does not grow with every write ever made.
//!
//! The janitor purges STOPPED tasks once they are older than the retention (ECS keeps them about
//! an hour; Keel's retention is configurable and can be much longer) and removes task-definition
//! revisions marked DELETE_IN_PROGRESS. It reads an index of stopped tasks ordered by stop time,
//! so each pass costs in proportion to what expired, not to what is stored.

use std::sync::Arc;

use keel_store::{Op, RangeRequest, Txn};
use tokio::sync::watch;
use tracing::{debug, warn};

use crate::ControlPlane;
use crate::ecs::task_definitions::TaskDefinitionRecord;
use crate::ecs::tasks::TaskRecord;
use crate::error::EcsError;
use crate::state;

/// Runs the janitor until `shutdown` turns true.
pub async fn run_janitor(cp: Arc<ControlPlane>, mut shutdown: watch::Receiver<bool>) {
    let mut interval = tokio::time::interval(cp.config.janitor_interval);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = interval.tick() => {
                match purge_stopped_tasks(&cp, keel_types::time::now_millis()).await {
                    Ok(0) => {}
                    Ok(n) => debug!(purged = n, "purged expired stopped tasks"),
                    Err(err) => warn!(%err, "janitor pass failed"),
                }
                match crate::ecs::services::purge_inactive(&cp, keel_types::time::now_millis()).await {
                    Ok(0) => {}
                    Ok(n) => debug!(purged = n, "purged deleted services"),
                    Err(err) => warn!(%err, "janitor pass over deleted services failed"),
                }
                match purge_deleted_task_definitions(&cp).await {
                    Ok(0) => {}
                    Ok(n) => debug!(deleted = n, "deleted task definition revisions"),
                    Err(err) => warn!(%err, "janitor pass over deleted task definitions failed"),
                }
            }
            changed = shutdown.changed() => {
                if changed.is_err() || *shutdown.borrow() {
                    return;
                }
            }
        }
    }
}

/// Revisions compacted per store request, so a compaction never holds up writers for long.
const COMPACTION_STEP: i64 = 5_000;

/// Runs the compactor until `shutdown` turns true: every `history_window`, compacts through the
/// revision that was current one window earlier.
pub async fn run_compactor(cp: Arc<ControlPlane>, mut shutdown: watch::Receiver<bool>) {
    let mut interval = tokio::time::interval(cp.config.history_window);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut compacted = 0;
    let mut previous = None;
    loop {
        tokio::select! {
            _ = interval.tick() => {
                let current = match cp.store.current_revision().await {
                    Ok(rev) => rev,
                    Err(err) => {
                        warn!(%err, "compactor could not read the revision");
                        continue;
                    }
                };
                if let Some(target) = previous.replace(current) {
                    match compact_through(&cp, compacted, target).await {
                        Ok(done) => compacted = done,
                        Err(err) => warn!(%err, "store compaction failed"),
                    }
                }
            }
            changed = shutdown.changed() => {
                if changed.is_err() || *shutdown.borrow() {
                    return;
                }
            }
        }
    }
}

/// Compacts from `from` (exclusive) through `target` in steps. Returns the revision reached.
pub async fn compact_through(cp: &ControlPlane, from: i64, target: i64) -> Result<i64, EcsError> {
    let mut done = from;
    while done < target {
        let next = (done + COMPACTION_STEP).min(target);
        cp.store.compact(next).await?;
        done = next;
    }
    if target > from {
        debug!(revision = target, "compacted store history");
    }
    Ok(done)
}

/// Deletes STOPPED tasks that stopped before `now - retention`. Returns how many were purged.
pub async fn purge_stopped_tasks(cp: &ControlPlane, now_ms: i64) -> Result<usize, EcsError> {
    let retention_ms =
        i64::try_from(cp.config.stopped_task_retention.as_millis()).unwrap_or(i64::MAX);
    let cutoff = now_ms.saturating_sub(retention_ms).max(0);
    let end = format!("{}{cutoff:013}", state::STOPPED_TASK_INDEX_PREFIX);
    let mut purged = 0;
    loop {
        let page = cp
            .store
            .range(RangeRequest {
                range: keel_store::KeyRange::Between {
                    start: state::STOPPED_TASK_INDEX_PREFIX.to_string(),
                    end: end.clone(),
                },
                start_after: None,
                limit: Some(500),
                keys_only: true,
                count_only: false,
            })
            .await?;
        if page.kvs.is_empty() {
            return Ok(purged);
        }
        let mut ops = Vec::new();
        for kv in &page.kvs {
            // /janitor/stopped-tasks/MS/REGION/CLUSTER/ID
            let rest = &kv.key[state::STOPPED_TASK_INDEX_PREFIX.len()..];
            let parts: Vec<&str> = rest.splitn(4, '/').collect();
            if let [_, region, cluster, id] = parts.as_slice() {
                ops.push(Op::delete(state::task_key(region, cluster, id)));
            }
            ops.push(Op::delete(kv.key.clone()));
            purged += 1;
        }
        cp.store.txn(Txn::new().and_then(ops)).await?;
        if !page.more {
            return Ok(purged);
        }
    }
}

/// Removes task-definition revisions in DELETE_IN_PROGRESS that no task still uses (ECS
/// completes the deletion once the revision's tasks have stopped). Returns how many were removed.
pub async fn purge_deleted_task_definitions(cp: &ControlPlane) -> Result<usize, EcsError> {
    let pending = cp
        .store
        .range(RangeRequest {
            keys_only: true,
            ..RangeRequest::prefix(state::DELETING_TASK_DEFINITION_PREFIX)
        })
        .await?;
    let mut removed = 0;
    // Task-definition ARNs still used by a task that is not STOPPED, per region.
    let mut in_use: std::collections::HashMap<String, std::collections::HashSet<String>> =
        std::collections::HashMap::new();
    for kv in &pending.kvs {
        // /janitor/deleting-taskdefs/REGION/FAMILY/REVISION
        let rest = &kv.key[state::DELETING_TASK_DEFINITION_PREFIX.len()..];
        let parts: Vec<&str> = rest.splitn(3, '/').collect();
        let [region, family, revision] = parts.as_slice() else {
            cp.store
                .txn(Txn::new().and_then(vec![Op::delete(kv.key.clone())]))
                .await?;
            continue;
        };
        let Ok(revision) = revision.parse::<i32>() else {
            cp.store
                .txn(Txn::new().and_then(vec![Op::delete(kv.key.clone())]))
                .await?;
            continue;
        };
        let used = match in_use.entry((*region).to_string()) {
            std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(task_definitions_in_use(cp, region).await?)
            }
        };
        let td_key = state::task_definition_key(region, family, revision);
        let Some(record): Option<state::Versioned<TaskDefinitionRecord>> =
            state::get(&*cp.store, &td_key).await?
        else {
            cp.store
                .txn(Txn::new().and_then(vec![Op::delete(kv.key.clone())]))
                .await?;
            continue;
        };
        let arn = record
            .value
            .task_definition
            .task_definition_arn
            .clone()
            .unwrap_or_default();
        if used.contains(&arn) {
            continue;
        }
        // Guarded: a revision that changed meanwhile is looked at again on the next pass.
        let done = cp
            .store
            .txn(
                Txn::new()
                    .when(vec![keel_store::Compare::mod_revision_eq(
                        td_key.clone(),
                        record.mod_revision,
                    )])
                    .and_then(vec![Op::delete(td_key), Op::delete(kv.key.clone())]),
            )
            .await?;
        if done.succeeded {
            removed += 1;
        }
    }
    Ok(removed)
}

async fn task_definitions_in_use(
    cp: &ControlPlane,
    region: &str,
) -> Result<std::collections::HashSet<String>, EcsError> {
    let tasks: Vec<state::Versioned<TaskRecord>> =
        state::list(&*cp.store, &state::all_tasks_prefix(region)).await?;
    Ok(tasks
        .into_iter()
        .filter(|t| t.value.last_status() != keel_types::TaskStatus::Stopped)
        .filter_map(|t| t.value.task.task_definition_arn)
        .collect())
}
