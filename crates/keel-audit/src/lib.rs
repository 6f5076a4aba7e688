//! Keel's audit trail: every call that may change something, and every refused call, with who
//! made it (identity ARN, access key, source IP, user agent), what it asked (request
//! parameters, secrets hidden), and how it ended (response elements or error), in CloudTrail's
//! event-record shape; kept for a retention period and looked up through CloudTrail's
//! `LookupEvents`.
//!
//! - [`log`]: the durable log (`DATA_DIR/audit.db`) and why an acknowledged call is never
//!   missing from it.
//! - [`cloudtrail`]: `LookupEvents` on the edge.
//!
//! The events themselves are built by the edge (`keel_api::audit`), which calls the
//! [`log::AuditLog`] as its `AuditSink`.

pub mod cloudtrail;
pub mod log;

use std::sync::Arc;
use std::time::Duration;

pub use cloudtrail::CloudTrailService;
pub use log::{AuditError, AuditLog};
use tracing::{debug, warn};

/// CloudTrail keeps 90 days of event history.
pub const DEFAULT_RETENTION: Duration = Duration::from_secs(90 * 24 * 3600);

/// How often events past the retention are deleted.
pub const PURGE_INTERVAL: Duration = Duration::from_secs(3600);

/// Deletes expired events now and then every [`PURGE_INTERVAL`], until `shutdown` turns true.
pub async fn run_retention(
    log: Arc<AuditLog>,
    clock: Arc<dyn keel_types::time::Clock>,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
) {
    let mut interval = tokio::time::interval(PURGE_INTERVAL);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = interval.tick() => match log.purge(clock.now_millis()).await {
                Ok(0) => {}
                Ok(n) => debug!(deleted = n, "audit events past their retention deleted"),
                Err(err) => warn!(%err, "audit retention pass failed"),
            },
            changed = shutdown.changed() => {
                if changed.is_err() || *shutdown.borrow() {
                    return;
                }
            }
        }
    }
}
