//! Keel's host agent engine: runs the ECS tasks assigned to one host through a
//! [`keel_runtime::Runtime`], with ECS's semantics, and reports what happens to them.
//!
//! It knows nothing of how it talks to the server: the server's desired state comes in through
//! [`Agent::apply_desired`], state changes go out through the outbox ([`Agent::outbox`],
//! [`Agent::subscribe`], [`Agent::ack`], or [`Agent::deliver`] with an [`Uplink`]).
//!
//! * [`model`] — [`DesiredTask`] and [`TaskStateChange`] (per-task `seq`, statuses, exit
//!   codes, reasons, bindings, health, stop codes).
//! * One owner loop per task (a tokio task) alone moves the task's known state forward; runtime
//!   events and desired-state changes reach it as messages; every runtime call is bounded by
//!   its timeout ([`keel_runtime::Timeouts`]).
//! * State lives under the state directory, written atomically; a new [`Agent`] on the same
//!   directory re-adopts running containers without restarting them, learns of exits that
//!   happened while it was down, and resends unacknowledged changes in order.
//! * [`awslogs`] — reads `awslogs` containers' output from the runtime and ships it through a
//!   [`LogSink`], resuming after the last line the sink acknowledged.
//!
//! ```no_run
//! # async fn run(rt: keel_runtime::fake::FakeRuntime, task: keel_agent::DesiredTask) -> Result<(), keel_agent::AgentError> {
//! use keel_agent::{Agent, AgentConfig};
//! use keel_runtime::mapping::PauseImage;
//!
//! let pause = PauseImage { image: "keel-test/busybox:latest".into(), command: vec!["sleep".into(), "2147483647".into()] };
//! let agent = Agent::new(rt, "/var/lib/keel-agent", AgentConfig::new("default", pause)).await?;
//! let mut changes = agent.subscribe();
//! agent.apply_desired(vec![task])?;
//! while let Ok(change) = changes.recv().await {
//!     println!("{} #{}: {}", change.task_arn, change.seq, change.last_status);
//!     agent.ack(&change.task_arn, change.seq);
//! }
//! # Ok(()) }
//! ```

mod agent;
pub mod awslogs;
pub mod config;
#[cfg(feature = "link")]
pub mod link;
pub mod model;
mod owner;
#[cfg(feature = "logs-service")]
pub mod sink;
mod store;
pub mod task_credentials;

pub use agent::{Agent, AgentError, LogStats, Uplink, UplinkError};
pub use awslogs::{LogEvent, LogSink, LogTarget, SinkError};
pub use config::{AGENT_ID_LABEL, AgentConfig, LogShipping};
pub use model::{
    ContainerStateChange, ContainerStatus, DesiredStatus, DesiredTask, HealthStatus,
    NetworkBinding, StopCode, TaskStateChange,
};
