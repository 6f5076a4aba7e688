//! Keel's container runtimes: what the host agent drives to run ECS tasks for real.
//!
//! # The pieces
//!
//! * [`Runtime`] — one async call per runtime operation (inspect/pull an image, create, start,
//!   stop with a grace period, kill, remove, inspect, wait, list by label, volumes), each
//!   bounded by its own timeout ([`Timeouts`], amazon-ecs-agent's defaults), plus two streams:
//!   container [`events`](Runtime::events) and a container's [`logs`](Runtime::logs).
//! * `docker::DockerRuntime` — the Docker Engine API over `/var/run/docker.sock` (bollard;
//!   the `docker` feature, on by default).
//! * [`FakeRuntime`](fake::FakeRuntime) — records every call and simulates containers, scripted
//!   per container ([`fake::Behavior`]): exit codes, OOM kills, SIGTERM handling, health
//!   transitions, output, injected failures and hangs. It passes the same conformance suite
//!   ([`conformance`]) as the Docker driver.
//! * [`mapping`] — the pure function from an ECS task definition (+ RunTask overrides) to
//!   typed [`ContainerSpec`]s: [`mapping::plan_task`]; and [`mapping::check_supported`], which
//!   refuses, naming the member, what Docker cannot express.
//! * [`image::ensure_image`] — `ECS_IMAGE_PULL_BEHAVIOR` (default / always / once /
//!   prefer-cached) on top of any runtime; it never pulls the built-in [`pause`] image but
//!   imports it from the binary.
//!
//! # Driving a task (the agent's owner loop)
//!
//! The runtime decides nothing: the owner loop of each task calls it step by step and decides
//! what each result means. A typical start:
//!
//! ```no_run
//! # async fn start(rt: &dyn keel_runtime::Runtime,
//! #                td: &keel_awsmodel::ecs::TaskDefinition,
//! #                ctx: &keel_runtime::mapping::TaskContext) -> Result<(), Box<dyn std::error::Error>> {
//! use keel_runtime::image::{ensure_image, ImagePolicy};
//! use keel_runtime::mapping::{plan_task, VolumeKind};
//! use keel_runtime::PullOptions;
//!
//! let plan = plan_task(td, None, ctx)?;          // refuses unsupported members, by name
//! for volume in &plan.volumes {
//!     if let VolumeKind::TaskScoped(spec) = &volume.kind {
//!         rt.create_volume(spec).await?;
//!     }
//! }
//! if let Some(pause) = &plan.pause {              // awsvpc / pidMode task / ipcMode task
//!     let id = rt.create_container(pause).await?;
//!     rt.start_container(id.as_str()).await?;
//! }
//! for container in &plan.containers {             // (in dependsOn order, in a real agent)
//!     let image = ensure_image(rt, &container.spec.image, &ImagePolicy::default(), false,
//!                              &PullOptions::default()).await
//!         .map_err(|e| e.ecs_reason())?;          // "CannotPullContainerError: ..."
//!     let _digest = image.image.digest_for(&container.spec.image);
//!     let id = rt.create_container(&container.spec).await?;
//!     rt.start_container(id.as_str()).await?;
//!     let info = rt.inspect_container(id.as_str()).await?; // host ports chosen, health, ...
//!     let _ = info.ports;
//! }
//! # Ok(()) }
//! ```
//!
//! Names are decided before create ([`mapping::TaskContext::runtime_name`]) and every container
//! carries ECS's labels ([`labels`]), so a restarted agent finds its containers with
//! [`Runtime::list_managed`] even when it died between asking for a create and hearing back.
//!
//! # Events
//!
//! [`Runtime::events`] streams [`RuntimeEvent`]s — created, started, died (with exit code),
//! OOM, killed (signal), stopped, destroyed, health changes — each with the container's labels,
//! so the agent can route an event to the task owning the container (`com.amazonaws.ecs.task-arn`)
//! without an inspect. The stream starts at the moment of the call, so subscribe before creating
//! the containers to watch. Treat events as hints: on one, inspect the container and act on its
//! state. The stream ends with an error when the runtime connection breaks; subscribe again with
//! [`EventFilter::since`] set to the last event's time (events at that instant may repeat) and
//! reconcile with `list_managed` + `inspect_container`.
//!
//! # Logs
//!
//! [`Runtime::logs`] yields [`LogLine`]s with their stream (stdout/stderr) and the runtime's
//! nanosecond timestamp. Keep a [`LogCursor`], [`advance`](LogCursor::advance) it for each line
//! shipped, persist it, and pass it as [`LogOptions::after`] after a restart: the stream
//! continues after exactly the last line shipped. For this the container's output must stay
//! readable in the runtime: `awslogs` containers are created with Docker's `local` driver (the
//! agent, not Docker, ships to the log service); `json-file` keeps Docker's json-file with the
//! given options; the other Docker drivers are passed through and are not read back.
//!
//! # Testing an agent with the fake
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")] async fn main() {
//! use std::time::Duration;
//! use keel_runtime::fake::{Behavior, Call, FakeRuntime, Matcher};
//! use keel_runtime::{ContainerSpec, Runtime};
//!
//! let fake = FakeRuntime::new();
//! fake.add_image("web:1");
//! fake.on_container(Matcher::Name("web".into()), Behavior::exits(Duration::from_secs(5), 3));
//!
//! let id = fake.create_container(&ContainerSpec::new("web", "web:1")).await.unwrap();
//! fake.start_container(id.as_str()).await.unwrap();
//! assert_eq!(fake.wait_container(id.as_str()).await.unwrap(), 3);
//! assert_eq!(fake.created()[0].image, "web:1");
//! assert!(matches!(fake.calls()[1], Call::StartContainer(_)));
//! # }
//! ```
//!
//! Use `#[tokio::test(start_paused = true)]` and time is virtual: grace periods, health
//! intervals and scripted exits elapse instantly.

pub mod conformance;
#[cfg(feature = "docker")]
pub mod docker;
pub mod error;
pub mod events;
pub mod fake;
pub mod image;
pub mod info;
pub mod labels;
pub mod logs;
pub mod mapping;
pub mod pause;
pub mod runtime;
pub mod spec;
pub mod time;

pub use error::{Operation, RuntimeError};
pub use events::{EventFilter, EventKind, LabelSelector, RuntimeEvent};
pub use info::{
    ContainerId, ContainerInfo, ContainerState, ContainerStatus, ContainerSummary, Health,
    HealthStatus, ImageInfo, MountInfo, PortBinding, RuntimeVersion, VolumeInfo,
};
pub use logs::{LogCursor, LogLine, LogOptions, LogStream};
pub use runtime::{
    EventStream, LogLines, PullOptions, RegistryAuth, RemoveOptions, Runtime, Timeouts,
};
pub use spec::{ContainerSpec, LogSpec, NetworkMode, VolumeSpec};
pub use time::Timestamp;
