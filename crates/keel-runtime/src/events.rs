//! Container events a runtime streams to the agent, and label selectors to narrow them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::info::{ContainerId, HealthStatus};
use crate::time::Timestamp;

/// Something that happened to a container.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuntimeEvent {
    /// When the runtime says it happened (nanoseconds); pass the last one seen as
    /// [`EventFilter::since`] when re-subscribing.
    pub time: Timestamp,
    pub container: ContainerId,
    /// The container's runtime name, when the runtime sends it.
    pub name: Option<String>,
    /// The container's labels as sent with the event, so an event can be routed to the task
    /// that owns the container (`com.amazonaws.ecs.task-arn`) without an inspect.
    pub labels: BTreeMap<String, String>,
    pub kind: EventKind,
}

impl RuntimeEvent {
    pub fn label(&self, key: &str) -> Option<&str> {
        self.labels.get(key).map(String::as_str)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EventKind {
    Created,
    Started,
    /// The container's main process ended. Docker sends `exitCode` with it.
    Died {
        exit_code: Option<i64>,
    },
    /// A process in the container was killed by the OOM killer. The container dies only if
    /// it was the main process; a `Died` event follows then.
    OutOfMemory,
    /// A signal was sent (`docker kill`, or the SIGTERM/SIGKILL of a stop).
    Killed {
        signal: Option<String>,
    },
    /// A stop request finished.
    Stopped,
    /// The container was removed.
    Destroyed,
    /// The runtime's health check changed the container's health.
    Health(HealthStatus),
    Paused,
    Unpaused,
    Restarted,
    /// An event Keel does not interpret (Docker's action word).
    Other(String),
}

/// `key` (any value) or `key=value`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LabelSelector {
    pub key: String,
    pub value: Option<String>,
}

impl LabelSelector {
    pub fn has(key: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            value: None,
        }
    }

    pub fn eq(key: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            value: Some(value.into()),
        }
    }

    /// Docker's filter syntax: `key` or `key=value`.
    pub fn to_filter(&self) -> String {
        match &self.value {
            Some(v) => format!("{}={v}", self.key),
            None => self.key.clone(),
        }
    }

    pub fn matches(&self, labels: &BTreeMap<String, String>) -> bool {
        match (&self.value, labels.get(&self.key)) {
            (_, None) => false,
            (None, Some(_)) => true,
            (Some(want), Some(have)) => want == have,
        }
    }
}

/// Whether labels satisfy every selector.
pub fn matches_all(selectors: &[LabelSelector], labels: &BTreeMap<String, String>) -> bool {
    selectors.iter().all(|s| s.matches(labels))
}

/// Which events to stream.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EventFilter {
    /// Replay events from this time on before streaming live ones (the runtime keeps a bounded
    /// history). Events at exactly this time may be delivered again; consumers treat events
    /// as hints and inspect, so a repeat is harmless.
    pub since: Option<Timestamp>,
    /// Only containers carrying all these labels.
    pub labels: Vec<LabelSelector>,
}
