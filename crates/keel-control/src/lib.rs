//! Keel's control plane.
//!
//! The ECS engine owns ECS state: each API operation is a handler in `ecs/<resource>.rs` that
//! takes the typed request (already validated against the botocore model by the edge), applies
//! ECS's own rules, and reads or writes records through the store with compare-and-swap
//! transactions. Placement decisions come from the pure `keel-scheduler` and are re-checked at
//! commit time. Background loops (the stopped-task janitor) live in [`background`]; the
//! service reconciler lives in [`reconcile`]; the server side of the agent protocol (and its
//! lease monitor) in [`agent`].

pub mod agent;
pub mod background;
mod batch;
pub mod ecs;
pub mod error;
pub mod events;
pub mod pagination;
pub mod reconcile;
pub mod state;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use keel_store::Store;

pub use ecs::EcsService;
pub use error::EcsError;

/// Control-plane settings.
#[derive(Clone, Debug)]
pub struct ControlConfig {
    /// How long STOPPED tasks stay describable. ECS keeps them about an hour.
    pub stopped_task_retention: Duration,
    /// How often the janitor looks for expired records.
    pub janitor_interval: Duration,
    /// How much store history (what a watch can replay) is kept; older history is compacted.
    pub history_window: Duration,
    /// How often the service reconciler looks at every service even when nothing changed
    /// (protection expiry, health-check grace periods, missed watch events).
    pub service_resync_interval: Duration,
    /// How long an instance's agent may stay disconnected before the service reconciler
    /// treats its tasks as lost and replaces them elsewhere.
    pub agent_lost_grace: Duration,
    /// How long an agent-protocol session lives without a heartbeat; agents heartbeat every
    /// third of it.
    pub agent_lease_ttl: Duration,
}

impl Default for ControlConfig {
    fn default() -> Self {
        Self {
            stopped_task_retention: Duration::from_secs(3600),
            janitor_interval: Duration::from_secs(30),
            // As the Kubernetes API server compacts etcd: every five minutes.
            history_window: Duration::from_secs(300),
            service_resync_interval: Duration::from_secs(10),
            agent_lost_grace: Duration::from_secs(300),
            agent_lease_ttl: Duration::from_secs(30),
        }
    }
}

/// Launch queues by (region, cluster).
type LaunchQueues = HashMap<(String, String), Arc<ecs::tasks::LaunchQueue>>;

/// Decoded tasks kept for reads: a few KiB each, so some MiB at most.
const TASK_CACHE_RECORDS: usize = 4_096;

/// The control plane: the store plus the rules that act on it. Cloning shares everything.
#[derive(Clone)]
pub struct ControlPlane {
    pub(crate) store: Arc<dyn Store>,
    pub(crate) config: ControlConfig,
    /// Per (region, cluster): RunTask/StartTask placements batched into one commit.
    pub(crate) launches: Arc<parking_lot::Mutex<LaunchQueues>>,
    /// Set when the server begins to shut down: long polls answer at once.
    pub(crate) stopping: Arc<tokio::sync::watch::Sender<bool>>,
    /// Tasks as last decoded, for DescribeTasks.
    pub(crate) task_cache: Arc<state::DecodedCache<ecs::tasks::TaskRecord>>,
}

impl ControlPlane {
    pub fn new(store: Arc<dyn Store>, config: ControlConfig) -> Arc<Self> {
        Arc::new(Self {
            store,
            config,
            launches: Arc::default(),
            stopping: Arc::new(tokio::sync::watch::Sender::new(false)),
            task_cache: Arc::new(state::DecodedCache::new(TASK_CACHE_RECORDS)),
        })
    }

    /// The server is shutting down: waiting agent polls answer now instead of holding the
    /// graceful shutdown for up to their 30 s.
    pub fn begin_shutdown(&self) {
        self.stopping.send_replace(true);
    }

    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }

    pub fn config(&self) -> &ControlConfig {
        &self.config
    }
}
