//! Lease expiry: an agent whose session lease lapsed is disconnected.

use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use keel_store::{Compare, EventKind, Op, RangeRequest, Txn};
use tokio::sync::watch;
use tracing::{info, warn};

use super::{
    AgentError, INSTANCE_INDEX_PREFIX, SESSIONS_PREFIX, SessionRecord, instance_index_key,
    session_key,
};
use crate::ControlPlane;
use crate::ecs::container_instances::InstanceRecord;
use crate::ecs::resources;
use crate::state;

/// How often the monitor also walks every agent-registered instance, for expiries its watch
/// could not see.
pub const SWEEP_INTERVAL: Duration = Duration::from_secs(60);

/// `REGION/CLUSTER/ID` after a prefix.
fn split_key<'a>(key: &'a str, prefix: &str) -> Option<(&'a str, &'a str, &'a str)> {
    let mut parts = key.strip_prefix(prefix)?.splitn(3, '/');
    Some((parts.next()?, parts.next()?, parts.next()?))
}

/// Marks an instance disconnected if `session` (or, with `None`, whatever session it has) is
/// still its session and that session's key is gone. Returns whether it changed anything.
pub async fn mark_disconnected(
    cp: &ControlPlane,
    region: &str,
    cluster: &str,
    id: &str,
    session: Option<&str>,
) -> Result<bool, AgentError> {
    let key = state::instance_key(region, cluster, id);
    let skey = session_key(region, cluster, id);
    for _ in 0..state::MAX_CAS_ATTEMPTS {
        let Some(rec) = state::get::<InstanceRecord>(&*cp.store, &key).await? else {
            return Ok(false);
        };
        let current = rec.value.agent_session.as_deref();
        if !rec.value.agent_connected
            || current.is_none()
            || session.is_some_and(|s| Some(s) != current)
        {
            return Ok(false);
        }
        if cp.store.get(&skey).await?.is_some() {
            // A session is alive (the key goes only when its lease does).
            return Ok(false);
        }
        let mut record = rec.value.clone();
        record.agent_connected = false;
        record.agent_disconnected_at = Some(resources::now());
        record.version += 1;
        let txn = Txn::new()
            .when(vec![
                Compare::mod_revision_eq(&key, rec.mod_revision),
                Compare::absent(&skey),
            ])
            .and_then(vec![state::put_op(&key, &record)?]);
        if cp.store.txn(txn).await?.succeeded {
            info!(instance = %record.arn, "agent disconnected: its session lease expired");
            return Ok(true);
        }
    }
    Err(AgentError::Contention)
}

/// Walks every instance registered through the agent protocol and disconnects those whose
/// session is gone; forgets deregistered ones. Returns how many it disconnected.
pub async fn sweep(cp: &ControlPlane) -> Result<usize, AgentError> {
    let index = cp
        .store
        .range(RangeRequest::prefix(INSTANCE_INDEX_PREFIX).keys_only())
        .await?;
    let mut disconnected = 0;
    for kv in index.kvs {
        let Some((region, cluster, id)) = split_key(&kv.key, INSTANCE_INDEX_PREFIX) else {
            continue;
        };
        let record =
            state::get::<InstanceRecord>(&*cp.store, &state::instance_key(region, cluster, id))
                .await?;
        match record {
            None => {
                let _ = cp
                    .store
                    .txn(
                        Txn::new()
                            .and_then(vec![Op::delete(instance_index_key(region, cluster, id))]),
                    )
                    .await?;
            }
            Some(rec) if rec.value.status == "INACTIVE" => {
                let _ = cp
                    .store
                    .txn(
                        Txn::new()
                            .and_then(vec![Op::delete(instance_index_key(region, cluster, id))]),
                    )
                    .await?;
            }
            Some(_) => {
                if mark_disconnected(cp, region, cluster, id, None).await? {
                    disconnected += 1;
                }
            }
        }
    }
    Ok(disconnected)
}

/// Follows session keys: each one the store deletes (its lease expired) disconnects its
/// instance, unless the agent registered again. Sweeps at start, after a lost watch, and every
/// [`SWEEP_INTERVAL`].
pub async fn run_monitor(cp: Arc<ControlPlane>, mut shutdown: watch::Receiver<bool>) {
    let mut sweeps = tokio::time::interval(SWEEP_INTERVAL);
    sweeps.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        let start = match cp.store.current_revision().await {
            Ok(rev) => rev,
            Err(err) => {
                warn!(%err, "agent monitor cannot read the store");
                if wait_or_stop(&mut shutdown, Duration::from_secs(1)).await {
                    return;
                }
                continue;
            }
        };
        if let Err(err) = sweep(&cp).await {
            warn!(%err, "agent monitor sweep failed");
        }
        let mut stream = match cp.store.watch(SESSIONS_PREFIX, Some(start + 1)).await {
            Ok(s) => s,
            Err(err) => {
                warn!(%err, "agent monitor cannot watch sessions");
                if wait_or_stop(&mut shutdown, Duration::from_secs(1)).await {
                    return;
                }
                continue;
            }
        };
        loop {
            tokio::select! {
                event = stream.next() => match event {
                    Some(Ok(event)) if event.kind == EventKind::Delete => {
                        let Some((region, cluster, id)) = split_key(&event.kv.key, SESSIONS_PREFIX) else {
                            continue;
                        };
                        let session = event
                            .prev_kv
                            .as_ref()
                            .and_then(|kv| serde_json::from_slice::<SessionRecord>(&kv.value).ok())
                            .map(|s| s.session_id);
                        if let Err(err) = mark_disconnected(&cp, region, cluster, id, session.as_deref()).await {
                            warn!(%err, instance = id, "could not mark an agent disconnected");
                        }
                    }
                    Some(Ok(_)) => {}
                    Some(Err(err)) => {
                        warn!(%err, "agent monitor's watch ended; sweeping and watching again");
                        break;
                    }
                    None => break,
                },
                _ = sweeps.tick() => {
                    if let Err(err) = sweep(&cp).await {
                        warn!(%err, "agent monitor sweep failed");
                    }
                }
                changed = shutdown.changed() => {
                    if changed.is_err() || *shutdown.borrow() {
                        return;
                    }
                }
            }
        }
        if wait_or_stop(&mut shutdown, Duration::from_millis(200)).await {
            return;
        }
    }
}

/// Sleeps `pause`; `true` if shutdown was asked for meanwhile.
async fn wait_or_stop(shutdown: &mut watch::Receiver<bool>, pause: Duration) -> bool {
    if *shutdown.borrow() {
        return true;
    }
    tokio::select! {
        _ = tokio::time::sleep(pause) => false,
        changed = shutdown.changed() => changed.is_err() || *shutdown.borrow(),
    }
}
