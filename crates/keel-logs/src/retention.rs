//! The retention task: makes the event store forget events past each group's retention and
//! gives their space back, and deletes the events of groups that no longer exist.
//!
//! Every `interval` it reads the group records of every region, moves each retained group's
//! expiry point to `now - retentionInDays` (reads already hide those events; this makes the
//! store drop them), deletes event-store groups whose record is gone or is another
//! incarnation (left behind if the process died between DeleteLogGroup's two steps, or by a
//! stream created while its group was being deleted), then reclaims space: whole segments
//! with nothing live are deleted, segments mostly dead are rewritten.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use keel_logstore::ReclaimReport;
use keel_store::RangeRequest;
use tokio::sync::watch;

use crate::LogsError;
use crate::events::retention_cutoff;
use crate::groups::decode;
use crate::service::LogsService;

/// What one pass did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RetentionReport {
    /// Groups in which some stored events expired in this pass.
    pub groups_expired: u64,
    pub orphans_deleted: u64,
    pub reclaimed: ReclaimReport,
}

impl LogsService {
    /// One retention pass (see the module docs).
    pub async fn enforce_retention(&self) -> Result<RetentionReport, LogsError> {
        let mut report = RetentionReport::default();
        // Event-store groups first, records second: a group created in between has its
        // record before its first stream, so it is never mistaken for an orphan.
        let stored: Vec<String> = self.events.groups();
        let now = keel_types::time::now_millis();
        let mut live = HashSet::new();
        let mut cursor: Option<String> = None;
        loop {
            let mut req = RangeRequest::prefix("/logs/".to_string()).with_limit(1000);
            if let Some(key) = cursor.take() {
                req = req.after(key);
            }
            let page = self.store.range(req).await?;
            for kv in &page.kvs {
                // `/logs/REGION/groups/NAME`
                let mut parts = kv.key.splitn(5, '/').skip(2);
                let (Some(region), Some("groups")) = (parts.next(), parts.next()) else {
                    continue;
                };
                let group = decode(kv)?;
                let key = group.events_key(region);
                if let Some(days) = group.retention_in_days {
                    let expired = self
                        .events
                        .expire(&key, retention_cutoff(Some(days), now))
                        .await?;
                    if expired {
                        report.groups_expired += 1;
                    }
                }
                live.insert(key);
            }
            match (page.more, page.kvs.last()) {
                (true, Some(last)) => cursor = Some(last.key.clone()),
                _ => break,
            }
        }
        for key in stored.iter().filter(|k| !live.contains(*k)) {
            tracing::info!(group = %key, "deleting the events of a log group that no longer exists");
            self.events.delete_group(key).await?;
            report.orphans_deleted += 1;
        }
        if report.groups_expired > 0 || report.orphans_deleted > 0 {
            // Seal and checkpoint, so the WAL's copies of expired events go too.
            self.events.checkpoint().await?;
        }
        let events = self.events.clone();
        report.reclaimed = tokio::task::spawn_blocking(move || events.reclaim())
            .await
            .map_err(|err| LogsError::Internal(err.to_string()))??;
        Ok(report)
    }
}

/// Runs [`LogsService::enforce_retention`] at start and then every `interval`, until `stop`
/// turns true.
pub async fn run(svc: Arc<LogsService>, interval: Duration, mut stop: watch::Receiver<bool>) {
    loop {
        match svc.enforce_retention().await {
            Ok(report) if report.reclaimed.freed_bytes > 0 || report.orphans_deleted > 0 => {
                tracing::info!(?report, "log retention pass");
            }
            Ok(report) => tracing::debug!(?report, "log retention pass"),
            Err(err) => tracing::warn!(%err, "log retention pass failed"),
        }
        tokio::select! {
            _ = tokio::time::sleep(interval) => {}
            _ = stop.changed() => {}
        }
        if *stop.borrow() {
            return;
        }
    }
}
