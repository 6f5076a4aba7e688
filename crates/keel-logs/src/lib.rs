//! Keel's log service: CloudWatch Logs (`Logs_20140328`, AWS JSON 1.1) on the one endpoint.
//!
//! - [`access`]: the IAM action, resources and condition keys of every operation (one table).
//! - [`rules`]: CloudWatch's rules that need no state: names, retention values, and what
//!   PutLogEvents accepts, rejects per event (too old, too new, expired) or refuses outright.
//! - [`error`]: the service's errors and their one mapping to wire codes.
//! - [`groups`]: log groups, their retention and tags. Group records are configuration: they live
//!   in the control-plane store (revisioned and watchable, like ECS resources) under
//!   `/logs/REGION/groups/NAME`. Streams and events belong to the log store.
//! - [`metric_filters`]: metric filters, under `/logs/REGION/metric-filters/GROUP\u{1}NAME`.
//! - [`patterns`]: operations that only evaluate filter patterns (TestMetricFilter).
//! - [`query_definitions`]: saved Logs Insights queries.
//! - [`resource_policies`]: account- and resource-scoped resource policies.
//! - [`streams`]: log streams, kept in the event store (`keel-logstore`) with their events and
//!   statistics.
//! - [`events`]: PutLogEvents, GetLogEvents, FilterLogEvents, GetLogRecord, and the host
//!   agent's ingest path ([`LogsService::ingest`]).
//! - [`retention`]: the background task that expires events past retention, deletes orphaned
//!   event data and reclaims disk space.
//! - [`subscriptions`]: subscription filters and destinations, under
//!   `/logs/REGION/subscription-filters/GROUP\u{1}NAME` and `/logs/REGION/destinations/NAME`
//!   (filters that would deliver in a loop are refused).
//! - [`delivery`]: the background worker that delivers events matching subscription filters
//!   into their destination log groups, at least once, from a durable per-filter cursor
//!   (`/logs-delivery/REGION/GROUP\u{1}NAME`) advanced only after the destination's write is
//!   durable.
//! - [`exports`]: export tasks (CreateExportTask, DescribeExportTasks, CancelExportTask), under
//!   `/logs-exports/REGION/TASK-ID`, which write a group's events as gzipped objects under the
//!   operator's export directory, laid out as CloudWatch lays them out in S3, and the
//!   background task that runs them.
//! - [`queries`]: Logs Insights queries (StartQuery, GetQueryResults, StopQuery,
//!   DescribeQueries), run in the background over the event store's scans; their records are
//!   ephemeral, in memory.
//! - [`live_tail`]: StartLiveTail, an event stream of new events as they arrive, fed by the
//!   event store's subscriptions.
//! - [`service`]: the [`keel_api::JsonService`] that routes operations to handlers.

pub mod access;
pub mod delivery;
pub mod error;
pub mod events;
pub mod exports;
pub mod firehose;
pub mod groups;
pub mod live_tail;
pub mod metric_filters;
pub mod paging;
pub mod patterns;
pub mod queries;
pub mod query_definitions;
pub mod resource_policies;
pub mod retention;
pub mod rules;
pub mod service;
pub mod streams;
pub mod subscriptions;

pub use error::LogsError;
pub use events::{IngestBatch, IngestOutcome};
pub use service::LogsService;

/// Waits for `wait` or for `stop` to change, whichever comes first; true when the background
/// task should end. The one pause of the service's background loops (retention, subscription
/// delivery, export tasks).
pub(crate) async fn stopped_after(
    stop: &mut tokio::sync::watch::Receiver<bool>,
    wait: impl std::future::Future<Output = ()>,
) -> bool {
    tokio::select! {
        _ = wait => {}
        _ = stop.changed() => {}
    }
    *stop.borrow()
}
