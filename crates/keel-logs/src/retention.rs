//! The retention task: makes the event store forget events past each group's retention and
//! gives their space back, and deletes the events of groups that no longer exist.
//!
//! Every `interval` it reads the group records of every region, moves each retained group's
//! expiry point to `now - retentionInDays` (reads already hide those events; this makes the
//! store drop them), deletes event-store groups whose record is gone or is another
//! incarnation (left behind if the process died between DeleteLogGroup's two steps, or by a
//! stream created while its group was being deleted), then reclaims space: whole segments
//! with nothing live are deleted, segments mostly dead are rewritten. Failures are logged and
//! counted, never the end of a pass or of the task.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use keel_logstore::ReclaimReport;
use keel_store::RangeRequest;
use tokio::sync::watch;

use crate::events::retention_cutoff;
use crate::groups::decode;
use crate::service::LogsService;

/// What one pass did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RetentionReport {
    /// Groups in which some stored events expired in this pass.
    pub groups_expired: u64,
    pub orphans_deleted: u64,
    /// Whether the pass checkpointed the event store to drop the WAL's copy of expired or
    /// deleted events.
    pub wal_purged: bool,
    pub reclaimed: ReclaimReport,
    /// Steps that failed (each logged where it failed); the pass went on past them.
    pub failures: u64,
    /// Places the event store has found damaged since it opened (each logged where found).
    pub damaged: u64,
}

impl LogsService {
    /// One retention pass (see the module docs). It never stops at a failure: a group record
    /// that cannot be read, an expiry, a delete, the checkpoint or the reclamation that fails
    /// is logged (with the group) and counted in [`RetentionReport::failures`], and the pass
    /// goes on with the rest. Orphans are deleted only when every group record was read, so
    /// an unreadable record's events are never taken for an orphan's.
    pub async fn enforce_retention(&self) -> RetentionReport {
        let mut report = RetentionReport::default();
        // Event-store groups first, records second: a group created in between has its
        // record before its first stream, so it is never mistaken for an orphan.
        let stored: Vec<String> = self.events.groups();
        let now = keel_types::time::now_millis();
        let mut live = HashSet::new();
        let mut all_read = true;
        let mut cursor: Option<String> = None;
        loop {
            let mut req = RangeRequest::prefix("/logs/".to_string()).with_limit(1000);
            if let Some(key) = cursor.take() {
                req = req.after(key);
            }
            let page = match self.store.range(req).await {
                Ok(page) => page,
                Err(err) => {
                    tracing::warn!(%err, "log retention: cannot list log groups; no orphan is deleted in this pass");
                    report.failures += 1;
                    all_read = false;
                    break;
                }
            };
            for kv in &page.kvs {
                // `/logs/REGION/groups/NAME`
                let mut parts = kv.key.splitn(5, '/').skip(2);
                let (Some(region), Some("groups")) = (parts.next(), parts.next()) else {
                    continue;
                };
                let group = match decode(kv) {
                    Ok(group) => group,
                    Err(err) => {
                        tracing::warn!(record = %kv.key, %err, "log retention: skipping a log group record it cannot read");
                        report.failures += 1;
                        all_read = false;
                        continue;
                    }
                };
                let key = group.events_key(region);
                if let Some(days) = group.retention_in_days {
                    match self
                        .events
                        .expire(&key, retention_cutoff(Some(days), now))
                        .await
                    {
                        Ok(true) => report.groups_expired += 1,
                        Ok(false) => {}
                        Err(err) => {
                            tracing::warn!(group = %key, %err, "log retention: expiring a log group's events failed");
                            report.failures += 1;
                        }
                    }
                }
                live.insert(key);
            }
            match (page.more, page.kvs.last()) {
                (true, Some(last)) => cursor = Some(last.key.clone()),
                _ => break,
            }
        }
        if all_read {
            for key in stored.iter().filter(|k| !live.contains(*k)) {
                tracing::info!(group = %key, "deleting the events of a log group that no longer exists");
                match self.events.delete_group(key).await {
                    Ok(_) => report.orphans_deleted += 1,
                    Err(err) => {
                        tracing::warn!(group = %key, %err, "log retention: deleting the events of a deleted log group failed");
                        report.failures += 1;
                    }
                }
            }
        }
        // The WAL's copies of expired and deleted events go too; a checkpoint only when the
        // WAL holds some (it seals every buffer, and doing that every pass would fill the
        // segments with small blocks).
        match self.events.purge_wal().await {
            Ok(purged) => report.wal_purged = purged,
            Err(err) => {
                tracing::warn!(%err, "log retention: checkpointing the event store failed");
                report.failures += 1;
            }
        }
        let events = self.events.clone();
        match tokio::task::spawn_blocking(move || events.reclaim()).await {
            Ok(Ok(reclaimed)) => report.reclaimed = reclaimed,
            Ok(Err(err)) => {
                tracing::warn!(%err, "log retention: reclaiming event store space failed");
                report.failures += 1;
            }
            Err(err) => {
                tracing::error!(%err, "log retention: reclaiming event store space panicked");
                report.failures += 1;
            }
        }
        report.damaged = self.events.counters().damaged;
        report
    }
}

/// Runs [`LogsService::enforce_retention`] at start and then every `interval`, until `stop`
/// turns true. A pass that fails in part is logged and the next one runs on schedule; a pass
/// that panics is logged as an error and does not end the task.
pub async fn run(svc: Arc<LogsService>, interval: Duration, mut stop: watch::Receiver<bool>) {
    let mut damaged = 0;
    loop {
        let pass = tokio::spawn({
            let svc = svc.clone();
            async move { svc.enforce_retention().await }
        });
        match pass.await {
            Ok(report) if report.damaged > damaged => {
                tracing::warn!(
                    ?report,
                    new = report.damaged - damaged,
                    "the log event store found damaged data (see its warnings for the files and offsets)"
                );
                damaged = report.damaged;
            }
            Ok(report) if report.failures > 0 => {
                tracing::warn!(?report, "log retention pass finished with failures");
            }
            Ok(report) if report.reclaimed.freed_bytes > 0 || report.orphans_deleted > 0 => {
                tracing::info!(?report, "log retention pass");
            }
            Ok(report) => tracing::debug!(?report, "log retention pass"),
            Err(err) => tracing::error!(%err, "log retention pass panicked"),
        }
        if crate::stopped_after(&mut stop, tokio::time::sleep(interval)).await {
            return;
        }
    }
}
