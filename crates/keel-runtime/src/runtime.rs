//! The `Runtime` trait: one call per runtime operation, each bounded by its own timeout.

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use futures::stream::BoxStream;

use crate::error::RuntimeError;
use crate::events::{EventFilter, LabelSelector, RuntimeEvent};
use crate::info::{
    ContainerId, ContainerInfo, ContainerSummary, ImageInfo, RuntimeVersion, VolumeInfo,
};
use crate::logs::{LogLine, LogOptions};
use crate::spec::{ContainerSpec, VolumeSpec};

/// Events until the runtime's stream ends; it ends with an error if the connection breaks.
pub type EventStream = BoxStream<'static, Result<RuntimeEvent, RuntimeError>>;

/// Log lines, in the order the runtime stored them.
pub type LogLines = BoxStream<'static, Result<LogLine, RuntimeError>>;

/// A container runtime as the host agent drives it.
///
/// Calls do one thing each and decide nothing: which image to pull when, what to do when a
/// container dies, when to give up on a stop, what a health change means for the task, all
/// belong to the caller. `id` arguments accept the runtime's id or the container's name.
///
/// Every call is bounded by the driver's [`Timeouts`] and fails with
/// [`RuntimeError::Timeout`] past it. Dropping a call's future abandons the request, so a
/// caller can impose a shorter deadline with `tokio::time::timeout`.
#[async_trait]
pub trait Runtime: Send + Sync {
    /// The driver's name (`docker`, `fake`).
    fn name(&self) -> &'static str;

    async fn version(&self) -> Result<RuntimeVersion, RuntimeError>;

    /// The stored image for a reference, or `None` if there is none.
    async fn inspect_image(&self, reference: &str) -> Result<Option<ImageInfo>, RuntimeError>;

    /// Pulls from the image's registry and returns what is stored afterwards. A reference
    /// without a tag pulls `:latest`. Failures are [`RuntimeError::Failed`] with operation
    /// `PullImage`, whose [`RuntimeError::ecs_reason`] is ECS's `CannotPullContainerError: ...`.
    async fn pull_image(
        &self,
        reference: &str,
        options: &PullOptions,
    ) -> Result<ImageInfo, RuntimeError>;

    /// Makes an image from a root filesystem (a tar archive) and tags it `reference`: how an
    /// image the agent carries itself, such as the built-in [`pause`](crate::pause) image,
    /// reaches a host without a registry. Returns what is stored afterwards.
    async fn import_image(
        &self,
        reference: &str,
        rootfs: Vec<u8>,
    ) -> Result<ImageInfo, RuntimeError>;

    async fn create_container(&self, spec: &ContainerSpec) -> Result<ContainerId, RuntimeError>;

    async fn start_container(&self, id: &str) -> Result<(), RuntimeError>;

    /// Sends the container's stop signal (SIGTERM unless the image says otherwise), waits up to
    /// `grace`, then SIGKILL. Returns when the container has stopped. Stopping a container that
    /// is not running succeeds.
    async fn stop_container(&self, id: &str, grace: Duration) -> Result<(), RuntimeError>;

    /// Sends a signal (`SIGKILL`, `SIGHUP`, ...) to the container's main process.
    async fn kill_container(&self, id: &str, signal: &str) -> Result<(), RuntimeError>;

    async fn remove_container(&self, id: &str, options: RemoveOptions) -> Result<(), RuntimeError>;

    /// [`RuntimeError::NoSuchContainer`] when there is none.
    async fn inspect_container(&self, id: &str) -> Result<ContainerInfo, RuntimeError>;

    /// Waits until the container is not running and returns its exit code. Not bounded by a
    /// timeout: it lasts as long as the container runs.
    async fn wait_container(&self, id: &str) -> Result<i64, RuntimeError>;

    /// Every container (running or not) that carries all the labels: how a restarted agent
    /// finds the containers of its tasks.
    async fn list_managed(
        &self,
        labels: &[LabelSelector],
    ) -> Result<Vec<ContainerSummary>, RuntimeError>;

    /// Container events from the moment of this call (or replayed from `filter.since`), live
    /// after that. The stream ends, with an error, when the runtime connection breaks; subscribe
    /// again from the last event's time.
    fn events(&self, filter: EventFilter) -> EventStream;

    /// A container's output. With `follow`, the stream stays open until the container stops.
    fn logs(&self, id: &str, options: LogOptions) -> LogLines;

    async fn create_volume(&self, spec: &VolumeSpec) -> Result<VolumeInfo, RuntimeError>;

    async fn inspect_volume(&self, name: &str) -> Result<Option<VolumeInfo>, RuntimeError>;

    /// Removing a volume that does not exist succeeds.
    async fn remove_volume(&self, name: &str) -> Result<(), RuntimeError>;

    async fn list_managed_volumes(
        &self,
        labels: &[LabelSelector],
    ) -> Result<Vec<VolumeInfo>, RuntimeError>;
}

#[async_trait]
impl<R: Runtime + ?Sized> Runtime for Arc<R> {
    fn name(&self) -> &'static str {
        (**self).name()
    }
    async fn version(&self) -> Result<RuntimeVersion, RuntimeError> {
        (**self).version().await
    }
    async fn inspect_image(&self, reference: &str) -> Result<Option<ImageInfo>, RuntimeError> {
        (**self).inspect_image(reference).await
    }
    async fn pull_image(
        &self,
        reference: &str,
        options: &PullOptions,
    ) -> Result<ImageInfo, RuntimeError> {
        (**self).pull_image(reference, options).await
    }
    async fn import_image(
        &self,
        reference: &str,
        rootfs: Vec<u8>,
    ) -> Result<ImageInfo, RuntimeError> {
        (**self).import_image(reference, rootfs).await
    }
    async fn create_container(&self, spec: &ContainerSpec) -> Result<ContainerId, RuntimeError> {
        (**self).create_container(spec).await
    }
    async fn start_container(&self, id: &str) -> Result<(), RuntimeError> {
        (**self).start_container(id).await
    }
    async fn stop_container(&self, id: &str, grace: Duration) -> Result<(), RuntimeError> {
        (**self).stop_container(id, grace).await
    }
    async fn kill_container(&self, id: &str, signal: &str) -> Result<(), RuntimeError> {
        (**self).kill_container(id, signal).await
    }
    async fn remove_container(&self, id: &str, options: RemoveOptions) -> Result<(), RuntimeError> {
        (**self).remove_container(id, options).await
    }
    async fn inspect_container(&self, id: &str) -> Result<ContainerInfo, RuntimeError> {
        (**self).inspect_container(id).await
    }
    async fn wait_container(&self, id: &str) -> Result<i64, RuntimeError> {
        (**self).wait_container(id).await
    }
    async fn list_managed(
        &self,
        labels: &[LabelSelector],
    ) -> Result<Vec<ContainerSummary>, RuntimeError> {
        (**self).list_managed(labels).await
    }
    fn events(&self, filter: EventFilter) -> EventStream {
        (**self).events(filter)
    }
    fn logs(&self, id: &str, options: LogOptions) -> LogLines {
        (**self).logs(id, options)
    }
    async fn create_volume(&self, spec: &VolumeSpec) -> Result<VolumeInfo, RuntimeError> {
        (**self).create_volume(spec).await
    }
    async fn inspect_volume(&self, name: &str) -> Result<Option<VolumeInfo>, RuntimeError> {
        (**self).inspect_volume(name).await
    }
    async fn remove_volume(&self, name: &str) -> Result<(), RuntimeError> {
        (**self).remove_volume(name).await
    }
    async fn list_managed_volumes(
        &self,
        labels: &[LabelSelector],
    ) -> Result<Vec<VolumeInfo>, RuntimeError> {
        (**self).list_managed_volumes(labels).await
    }
}

/// Registry credentials for a pull.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RegistryAuth {
    pub username: String,
    pub password: String,
    /// The registry host; empty means the image's own.
    pub server: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PullOptions {
    pub auth: Option<RegistryAuth>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RemoveOptions {
    /// Remove even if running (kills it first).
    pub force: bool,
    /// Also remove the container's anonymous volumes (the ECS agent does).
    pub volumes: bool,
}

/// The longest each call may take. The defaults are amazon-ecs-agent's on Linux
/// (`agent/dockerclient/timeout.go`, `agent/config/config_unix.go`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timeouts {
    pub version: Duration,
    pub inspect_container: Duration,
    pub inspect_image: Duration,
    /// `ECS_CONTAINER_CREATE_TIMEOUT`.
    pub create: Duration,
    /// `ECS_CONTAINER_START_TIMEOUT`.
    pub start: Duration,
    /// Added to a stop's grace period: the stop request may take grace + this.
    pub stop_buffer: Duration,
    pub kill: Duration,
    pub remove: Duration,
    pub list_containers: Duration,
    /// `ECS_IMAGE_PULL_TIMEOUT`: the whole pull.
    pub pull: Duration,
    /// From asking to pull until the first progress message.
    pub pull_begin: Duration,
    /// `ECS_IMAGE_PULL_INACTIVITY_TIMEOUT`: the longest gap between progress messages.
    pub pull_inactivity: Duration,
    /// Making an image from a root filesystem (the ECS agent's `LoadImageTimeout`).
    pub import: Duration,
    pub create_volume: Duration,
    pub inspect_volume: Duration,
    pub remove_volume: Duration,
    pub list_volumes: Duration,
    /// Until a streaming call (events, logs, wait) has its response.
    pub stream_open: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        let minutes = |m: u64| Duration::from_secs(m * 60);
        Self {
            version: Duration::from_secs(10),
            inspect_container: Duration::from_secs(30),
            inspect_image: Duration::from_secs(30),
            create: minutes(4),
            start: minutes(3),
            stop_buffer: minutes(2),
            kill: Duration::from_secs(30),
            remove: minutes(5),
            list_containers: minutes(10),
            pull: minutes(120),
            pull_begin: minutes(5),
            pull_inactivity: minutes(1),
            import: minutes(10),
            create_volume: minutes(5),
            inspect_volume: minutes(5),
            remove_volume: minutes(5),
            list_volumes: minutes(5),
            stream_open: Duration::from_secs(30),
        }
    }
}
