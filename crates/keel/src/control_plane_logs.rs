//! The control plane's own logs, shipped into Keel's CloudWatch Logs service.
//!
//! As EKS does for its control plane, the operator chooses which log types are kept
//! (`--control-plane-logs api,audit,authenticator,scheduler,controller`, or `all`); each type is
//! one log stream of the log group [`LOG_GROUP`], read with `aws logs get-log-events` or Logs
//! Insights like any other group.
//!
//! * `api`: one line per request the edge answered (target, status, error code, latency).
//! * `audit`: every finished audit record, in CloudTrail's event shape (what `LookupEvents`
//!   returns), so the trail can be searched with filter patterns and Insights.
//! * `authenticator`: refused signatures and refused authorizations.
//! * `scheduler`: placement decisions.
//! * `controller`: the reconcilers and background tasks (services, janitor, compaction).
//!
//! A tracing layer picks the events of those components by their target and hands them to a
//! bounded queue without waiting: logging never slows or fails a request. When the queue is
//! full, lines are dropped and counted, and the count is written into the stream once there is
//! room again. A shipper task drains the queue into the log service every second (or every
//! 1,000 lines) and flushes at shutdown, before the event store closes.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use keel_api::{AuditEvent, AuditSink};
use keel_logs::rules::InputEvent;
use keel_logs::{IngestBatch, LogsService};
use serde_json::{Map, Value};
use tokio::sync::{mpsc, watch};
use tracing::field::{Field, Visit};
use tracing::{Event, Level, Subscriber, warn};
use tracing_subscriber::filter::{FilterFn, filter_fn};
use tracing_subscriber::layer::Context;

/// The log group every control-plane stream is in.
pub const LOG_GROUP: &str = "/keel/control-plane";

/// Lines waiting to be shipped, at most; beyond that lines are dropped and counted.
const QUEUE: usize = 20_000;
/// A batch is shipped when it has this many lines, or after [`FLUSH_EVERY`].
const BATCH: usize = 1_000;
const FLUSH_EVERY: Duration = Duration::from_secs(1);

/// One kind of control-plane log, one log stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum LogType {
    Api,
    Audit,
    Authenticator,
    Scheduler,
    Controller,
}

impl LogType {
    pub const ALL: [LogType; 5] = [
        LogType::Api,
        LogType::Audit,
        LogType::Authenticator,
        LogType::Scheduler,
        LogType::Controller,
    ];

    /// The log stream's name.
    pub fn name(self) -> &'static str {
        match self {
            LogType::Api => "api",
            LogType::Audit => "audit",
            LogType::Authenticator => "authenticator",
            LogType::Scheduler => "scheduler",
            LogType::Controller => "controller",
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    /// The log type a tracing target belongs to, if any. Targets are module paths (and the
    /// edge's explicit `keel::api` / `keel::authenticator` targets).
    pub fn for_target(target: &str) -> Option<LogType> {
        let under = |prefix: &str| {
            target == prefix
                || target
                    .strip_prefix(prefix)
                    .is_some_and(|rest| rest.starts_with("::"))
        };
        if under("keel::api") || under("keel_api") {
            Some(LogType::Api)
        } else if under("keel::authenticator") || under("keel_iam") {
            Some(LogType::Authenticator)
        } else if under("keel::scheduler")
            || under("keel_scheduler")
            || under("keel_control::batch")
        {
            Some(LogType::Scheduler)
        } else if under("keel_control::reconcile")
            || under("keel_control::background")
            || under("keel_logs::retention")
            || under("keel_logs::delivery")
            || under("keel_logs::exports")
            || under("keel_audit")
        {
            Some(LogType::Controller)
        } else {
            None
        }
    }
}

/// Parses `api,audit`, `all`, or `none`/empty (nothing shipped).
pub fn parse_types(text: &str) -> Result<Vec<LogType>, String> {
    let mut types = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        if part == "all" {
            types.extend(LogType::ALL);
            continue;
        }
        if part == "none" {
            continue;
        }
        match LogType::ALL.iter().find(|t| t.name() == part) {
            Some(t) => types.push(*t),
            None => {
                return Err(format!(
                    "unknown control-plane log type {part:?}: expected api, audit, \
                     authenticator, scheduler, controller, all or none"
                ));
            }
        }
    }
    types.sort();
    types.dedup();
    Ok(types)
}

/// A line on its way to the shipper.
struct Line {
    log_type: LogType,
    timestamp_ms: i64,
    message: String,
}

/// The sending side, shared by the tracing layer and the audit tee.
#[derive(Clone)]
pub struct ControlPlaneLogs {
    inner: Arc<Shared>,
}

struct Shared {
    enabled: [bool; 5],
    tx: mpsc::Sender<Line>,
    dropped: [AtomicU64; 5],
}

/// What the shipper reads; handed to [`run_shipper`] once the log service exists.
pub struct Receiver(mpsc::Receiver<Line>);

impl ControlPlaneLogs {
    pub fn new(types: &[LogType]) -> (Self, Receiver) {
        let (tx, rx) = mpsc::channel(QUEUE);
        let mut enabled = [false; 5];
        for t in types {
            enabled[t.index()] = true;
        }
        let shared = Shared {
            enabled,
            tx,
            dropped: Default::default(),
        };
        (
            Self {
                inner: Arc::new(shared),
            },
            Receiver(rx),
        )
    }

    pub fn is_enabled(&self, log_type: LogType) -> bool {
        self.inner.enabled[log_type.index()]
    }

    pub fn any_enabled(&self) -> bool {
        self.inner.enabled.iter().any(|e| *e)
    }

    /// The events this layer wants, decided once per callsite: INFO and above, of the
    /// components whose log type is enabled.
    pub fn filter(&self) -> FilterFn<impl Fn(&tracing::Metadata<'_>) -> bool + use<>> {
        let enabled = self.inner.enabled;
        filter_fn(move |meta| {
            *meta.level() <= Level::INFO
                && LogType::for_target(meta.target()).is_some_and(|t| enabled[t.index()])
        })
    }

    /// Queues a line without waiting; counts it as dropped when the queue is full.
    fn send(&self, log_type: LogType, message: String) {
        if !self.is_enabled(log_type) {
            return;
        }
        let dropped = &self.inner.dropped[log_type.index()];
        let now = keel_types::time::now_millis();
        let pending = dropped.load(Ordering::Relaxed);
        if pending > 0 {
            let note = format!(
                "{{\"level\":\"WARN\",\"message\":\"{pending} control-plane log lines dropped: the queue was full\"}}"
            );
            if self
                .inner
                .tx
                .try_send(Line {
                    log_type,
                    timestamp_ms: now,
                    message: note,
                })
                .is_ok()
            {
                dropped.fetch_sub(pending, Ordering::Relaxed);
            }
        }
        let line = Line {
            log_type,
            timestamp_ms: now,
            message,
        };
        if self.inner.tx.try_send(line).is_err() {
            dropped.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// The audit sink that also writes finished records into the `audit` stream.
    pub fn audit_tee(&self, inner: Arc<dyn AuditSink>) -> Arc<dyn AuditSink> {
        if !self.is_enabled(LogType::Audit) {
            return inner;
        }
        Arc::new(AuditTee {
            inner,
            logs: self.clone(),
        })
    }
}

impl<S: Subscriber> tracing_subscriber::Layer<S> for ControlPlaneLogs {
    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        let meta = event.metadata();
        if *meta.level() > Level::INFO {
            return;
        }
        let Some(log_type) = LogType::for_target(meta.target()) else {
            return;
        };
        if !self.is_enabled(log_type) {
            return;
        }
        let mut fields = JsonFields::default();
        event.record(&mut fields);
        let mut record = Map::new();
        record.insert("level".into(), meta.level().as_str().into());
        record.insert("target".into(), meta.target().into());
        if let Some(message) = fields.message.take() {
            record.insert("message".into(), message.into());
        }
        for (key, value) in fields.fields {
            record.insert(key, value);
        }
        self.send(log_type, Value::Object(record).to_string());
    }
}

/// Collects an event's fields as JSON values.
#[derive(Default)]
struct JsonFields {
    message: Option<String>,
    fields: BTreeMap<String, Value>,
}

impl Visit for JsonFields {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        let mut text = String::new();
        let _ = write!(text, "{value:?}");
        if field.name() == "message" {
            self.message = Some(text);
        } else {
            self.fields.insert(field.name().to_string(), text.into());
        }
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        if field.name() == "message" {
            self.message = Some(value.to_string());
        } else {
            self.fields.insert(field.name().to_string(), value.into());
        }
    }
    fn record_i64(&mut self, field: &Field, value: i64) {
        self.fields.insert(field.name().to_string(), value.into());
    }
    fn record_u64(&mut self, field: &Field, value: u64) {
        self.fields.insert(field.name().to_string(), value.into());
    }
    fn record_bool(&mut self, field: &Field, value: bool) {
        self.fields.insert(field.name().to_string(), value.into());
    }
    fn record_f64(&mut self, field: &Field, value: f64) {
        self.fields.insert(field.name().to_string(), value.into());
    }
}

/// Writes each finished audit record into the `audit` stream after the trail has it.
struct AuditTee {
    inner: Arc<dyn AuditSink>,
    logs: ControlPlaneLogs,
}

#[async_trait::async_trait]
impl AuditSink for AuditTee {
    async fn record(&self, event: AuditEvent) {
        let line = event.complete.then(|| event.record.to_string());
        self.inner.record(event).await;
        if let Some(line) = line {
            self.logs.send(LogType::Audit, line);
        }
    }
}

/// Ships queued lines into the log service until `stop`, then flushes what is left.
pub async fn run_shipper(
    receiver: Receiver,
    logs: Arc<LogsService>,
    region: String,
    mut stop: watch::Receiver<bool>,
) {
    let mut rx = receiver.0;
    let mut pending: BTreeMap<LogType, Vec<InputEvent>> = BTreeMap::new();
    let mut count = 0usize;
    let mut tick = tokio::time::interval(FLUSH_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            line = rx.recv() => match line {
                Some(line) => {
                    pending.entry(line.log_type).or_default().push(InputEvent {
                        timestamp: line.timestamp_ms,
                        message: line.message,
                    });
                    count += 1;
                    if count >= BATCH {
                        ship(&logs, &region, &mut pending).await;
                        count = 0;
                    }
                }
                None => break,
            },
            _ = tick.tick() => {
                if count > 0 {
                    ship(&logs, &region, &mut pending).await;
                    count = 0;
                }
            }
            _ = stop.changed() => break,
        }
    }
    // Whatever was logged until now, shutdown included.
    while let Ok(line) = rx.try_recv() {
        pending.entry(line.log_type).or_default().push(InputEvent {
            timestamp: line.timestamp_ms,
            message: line.message,
        });
    }
    ship(&logs, &region, &mut pending).await;
}

async fn ship(logs: &LogsService, region: &str, pending: &mut BTreeMap<LogType, Vec<InputEvent>>) {
    for (log_type, events) in std::mem::take(pending) {
        // PutLogEvents' limits apply to ingest too: keep each batch well inside them.
        for chunk in events.chunks(BATCH) {
            let batch = IngestBatch {
                region: region.to_string(),
                log_group: LOG_GROUP.to_string(),
                log_stream: log_type.name().to_string(),
                events: chunk.to_vec(),
                create_group: true,
            };
            // This target is no log type's, so the warning cannot feed back into the queue.
            if let Err(err) = logs.ingest(batch).await {
                warn!(target: "keel::control_plane_logs", %err, stream = log_type.name(),
                      lines = chunk.len(), "could not store control-plane log lines");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_parse_from_lists_all_and_none() {
        assert_eq!(
            parse_types("audit, api").unwrap(),
            vec![LogType::Api, LogType::Audit]
        );
        assert_eq!(parse_types("all").unwrap(), LogType::ALL.to_vec());
        assert!(parse_types("none").unwrap().is_empty());
        assert!(parse_types("").unwrap().is_empty());
        let err = parse_types("api,kube-apiserver").unwrap_err();
        assert!(err.contains("\"kube-apiserver\""), "{err}");
    }

    #[test]
    fn targets_map_to_their_component() {
        assert_eq!(LogType::for_target("keel::api"), Some(LogType::Api));
        assert_eq!(LogType::for_target("keel_api::server"), Some(LogType::Api));
        assert_eq!(
            LogType::for_target("keel_iam::directory"),
            Some(LogType::Authenticator)
        );
        assert_eq!(
            LogType::for_target("keel_control::reconcile"),
            Some(LogType::Controller)
        );
        assert_eq!(
            LogType::for_target("keel_logs::delivery"),
            Some(LogType::Controller)
        );
        assert_eq!(
            LogType::for_target("keel_logs::exports"),
            Some(LogType::Controller)
        );
        assert_eq!(
            LogType::for_target("keel_control::batch"),
            Some(LogType::Scheduler)
        );
        // Neither the log service's own code nor lookalike crate names.
        assert_eq!(LogType::for_target("keel_logs::events"), None);
        assert_eq!(LogType::for_target("keel_apix"), None);
        assert_eq!(LogType::for_target("keel::control_plane_logs"), None);
    }

    #[test]
    fn a_full_queue_drops_and_counts_instead_of_blocking() {
        let (logs, mut rx) = ControlPlaneLogs::new(&[LogType::Api]);
        for i in 0..QUEUE + 10 {
            logs.send(LogType::Api, format!("line {i}"));
        }
        assert_eq!(
            logs.inner.dropped[LogType::Api.index()].load(Ordering::Relaxed),
            10
        );
        // A disabled type is not queued at all.
        logs.send(LogType::Audit, "nope".into());
        let mut seen = 0;
        while rx.0.try_recv().is_ok() {
            seen += 1;
        }
        assert_eq!(seen, QUEUE);
        // Once there is room the drop count is reported first, then the line.
        logs.send(LogType::Api, "after".into());
        let note = rx.0.try_recv().unwrap();
        assert!(
            note.message.contains("10 control-plane log lines dropped"),
            "{}",
            note.message
        );
        assert_eq!(rx.0.try_recv().unwrap().message, "after");
        assert_eq!(
            logs.inner.dropped[LogType::Api.index()].load(Ordering::Relaxed),
            0
        );
    }
}
