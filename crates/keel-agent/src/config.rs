//! The agent's settings. Defaults are amazon-ecs-agent's where it has one.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use keel_runtime::Timeouts;
use keel_runtime::image::ImagePolicy;
use keel_runtime::mapping::{DEFAULT_STOP_TIMEOUT, PauseImage};

use crate::awslogs::LogSink;
use crate::task_credentials::TaskCredentials;

/// The label carrying the id of the agent that created a container or volume, so several
/// agents sharing one runtime each find only their own.
pub const AGENT_ID_LABEL: &str = "org.keel.agent.id";

#[derive(Clone)]
pub struct AgentConfig {
    /// The cluster name put in `com.amazonaws.ecs.cluster` on every container.
    pub cluster: String,
    /// The region injected as `AWS_REGION` and used for awslogs without `awslogs-region`;
    /// `None` takes the region of each task's cluster ARN.
    pub region: Option<String>,
    /// The agent's id (the [`AGENT_ID_LABEL`] value). `None`: generated on first start and
    /// kept in the state directory.
    pub agent_id: Option<String>,
    /// Where ports are published (default 127.0.0.1).
    pub host_ip: String,
    /// `ECS_IMAGE_PULL_BEHAVIOR` and pull retries.
    pub image_policy: ImagePolicy,
    /// The image and command of the pause container (awsvpc, `pidMode`/`ipcMode` task).
    pub pause: PauseImage,
    /// The runtime network awsvpc tasks' pause containers join.
    pub awsvpc_network: String,
    pub awsvpc_publish_ports: bool,
    /// `ECS_CONTAINER_STOP_TIMEOUT`: the grace for containers without `stopTimeout`.
    pub default_stop_timeout: Duration,
    /// `ECS_ENGINE_TASK_CLEANUP_WAIT_DURATION`: how long a stopped task's containers and
    /// task-scoped volumes are kept before they are removed (default 3 h).
    pub cleanup_delay: Duration,
    /// The longest each runtime call may take; the agent bounds every call by these itself
    /// too, so a driver that hangs cannot stall a task.
    pub timeouts: Timeouts,
    /// Labels added to everything the agent creates.
    pub extra_labels: BTreeMap<String, String>,
    /// Variables added to every container.
    pub extra_env: Vec<(String, String)>,
    /// How long to wait before subscribing to runtime events again after the stream broke.
    pub events_retry_delay: Duration,
    /// How long a forgotten task's ARN is remembered, so a stale desired state cannot start
    /// it again.
    pub forget_retention: Duration,
    pub logs: LogShipping,
    /// Where awslogs output goes; without one, awslogs containers run but nothing is shipped
    /// (their output stays in the runtime, and is shipped once an agent with a sink runs).
    pub log_sink: Option<Arc<dyn LogSink>>,
    /// The credentials endpoint of task IAM roles; without one, tasks with a role are still
    /// run but their containers get no credentials (the agent does not advertise the
    /// `task-iam-role` capability then, so placement sends it none).
    pub task_credentials: Option<Arc<TaskCredentials>>,
}

impl fmt::Debug for AgentConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AgentConfig")
            .field("cluster", &self.cluster)
            .field("region", &self.region)
            .field("agent_id", &self.agent_id)
            .field("host_ip", &self.host_ip)
            .field("image_policy", &self.image_policy)
            .field("default_stop_timeout", &self.default_stop_timeout)
            .field("cleanup_delay", &self.cleanup_delay)
            .field("log_sink", &self.log_sink.is_some())
            .field("task_credentials", &self.task_credentials)
            .finish_non_exhaustive()
    }
}

/// How awslogs output is batched and retried.
#[derive(Clone, Debug)]
pub struct LogShipping {
    /// A batch is sent when no more output is waiting for this long (or when full).
    pub flush_interval: Duration,
    /// A multi-line event still open is sent after this long without a new line (Docker's
    /// awslogs driver: 5 s).
    pub multiline_flush: Duration,
    /// PutLogEvents' limits: 10,000 events and 1,048,576 bytes counting 26 per event.
    pub max_batch_events: usize,
    pub max_batch_bytes: usize,
    /// Retry delays of a failed put, doubling from the first to the most.
    pub retry_first: Duration,
    pub retry_max: Duration,
    /// The runtime's files for an awslogs container's output (Docker's `local` driver's
    /// `max-size` and `max-file`): the disk per container, and how far the shipper may fall
    /// behind the container before the oldest lines are lost.
    pub files: keel_runtime::mapping::LocalLogFiles,
}

impl Default for LogShipping {
    fn default() -> Self {
        Self {
            flush_interval: Duration::from_millis(200),
            multiline_flush: Duration::from_secs(5),
            max_batch_events: 10_000,
            max_batch_bytes: 1_048_576,
            retry_first: Duration::from_millis(200),
            retry_max: Duration::from_secs(30),
            files: keel_runtime::mapping::LocalLogFiles::default(),
        }
    }
}

impl AgentConfig {
    pub fn new(cluster: impl Into<String>, pause: PauseImage) -> Self {
        Self {
            cluster: cluster.into(),
            region: None,
            agent_id: None,
            host_ip: "127.0.0.1".into(),
            image_policy: ImagePolicy::default(),
            pause,
            awsvpc_network: "bridge".into(),
            awsvpc_publish_ports: false,
            default_stop_timeout: DEFAULT_STOP_TIMEOUT,
            cleanup_delay: Duration::from_secs(3 * 3600),
            timeouts: Timeouts::default(),
            extra_labels: BTreeMap::new(),
            extra_env: Vec::new(),
            events_retry_delay: Duration::from_secs(1),
            forget_retention: Duration::from_secs(24 * 3600),
            logs: LogShipping::default(),
            log_sink: None,
            task_credentials: None,
        }
    }
}
