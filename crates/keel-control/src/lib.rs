//! Keel's control plane.
//!
//! The ECS engine owns ECS state: each API operation is a handler in `ecs/<resource>.rs` that
//! takes the typed request (already validated against the botocore model by the edge), applies
//! ECS's own rules, and reads or writes records through the store with compare-and-swap
//! transactions. Placement decisions come from the pure `keel-scheduler` and are re-checked at
//! commit time. Background loops (the stopped-task janitor) live in [`background`].

pub mod background;
pub mod ecs;
pub mod error;
pub mod pagination;
pub mod state;

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
}

impl Default for ControlConfig {
    fn default() -> Self {
        Self {
            stopped_task_retention: Duration::from_secs(3600),
            janitor_interval: Duration::from_secs(30),
        }
    }
}

/// The control plane: the store plus the rules that act on it.
pub struct ControlPlane {
    pub(crate) store: Arc<dyn Store>,
    pub(crate) config: ControlConfig,
}

impl ControlPlane {
    pub fn new(store: Arc<dyn Store>, config: ControlConfig) -> Arc<Self> {
        Arc::new(Self { store, config })
    }

    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }

    pub fn config(&self) -> &ControlConfig {
        &self.config
    }
}
