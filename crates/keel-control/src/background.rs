//! Background loops of the control plane.
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
            }
            changed = shutdown.changed() => {
                if changed.is_err() || *shutdown.borrow() {
                    return;
                }
            }
        }
    }
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
