//! From an ECS task definition (plus RunTask's overrides) to the typed specs a runtime creates.
//!
//! [`plan_task`] is a pure function: given the task definition, the overrides and everything
//! the agent has decided ([`TaskContext`]: names, host address, environment-file contents, ...)
//! it returns a [`TaskPlan`]: the volumes to provide, the pause container when the task needs
//! shared namespaces, and one [`ContainerPlan`] per container with its [`ContainerSpec`] and
//! the members only the agent acts on (essential, dependsOn, timeouts, restart policy, log
//! shipping).
//!
//! Semantics follow amazon-ecs-agent (`agent/api/task/task.go`: `dockerConfig`,
//! `dockerHostConfig`, `getDockerResources`, `dockerPortMap`, `dockerHostBinds`, ...) and the
//! ECS developer guide's "Task definition parameters". Where ECS's control plane translates a
//! member into Docker's create body before the agent sees it, the translation here follows the
//! guide's "maps to X in the Docker create-container API" notes. docs/ARCHITECTURE.md has the
//! member-by-member table.

pub mod envfile;
mod support;

use std::collections::BTreeMap;
use std::time::Duration;

use keel_awsmodel::ecs::{
    CPUArchitecture, ContainerDefinition, ContainerDependency, ContainerOverride,
    DeviceCgroupPermission, IpcMode as EcsIpcMode, LogDriver, NetworkMode as EcsNetworkMode,
    PidMode, Scope, TaskDefinition, TaskOverride, TransportProtocol, VersionConsistency,
};
use serde::{Deserialize, Serialize};

use crate::labels;
use crate::spec::{
    ContainerSpec, Device, HealthCheck, IpcMode, LogSpec, Mount, MountSource, NamespaceMode,
    NetworkMode, PortPublish, Protocol, Tmpfs, Ulimit, VolumeSpec, VolumesFrom,
};

pub use support::{MAX_RANGE_PORTS, Unsupported, UnsupportedError, check_supported};

/// ECS's name for the task's namespace-holding container.
pub const PAUSE_CONTAINER_NAME: &str = "~internal~ecs~pause";

/// Linux CPU shares bounds; ECS turns 0 (or nothing) into 2 because Docker would read 0 as
/// 1024 (`agent/api/task/task_linux.go`, `dockerCPUShares`).
pub const MIN_CPU_SHARES: u64 = 2;
pub const MAX_CPU_SHARES: u64 = 262_144;
/// The ECS agent raises smaller memory limits to this (`DockerContainerMinimumMemoryInBytes`).
pub const MIN_MEMORY_BYTES: u64 = 4 * 1024 * 1024;
/// `ECS_CONTAINER_STOP_TIMEOUT`'s default.
pub const DEFAULT_STOP_TIMEOUT: Duration = Duration::from_secs(30);
/// ECS's default `restartPolicy.restartAttemptPeriod`.
pub const DEFAULT_RESTART_ATTEMPT_PERIOD: Duration = Duration::from_secs(300);
/// The buffer the ECS agent sets for `mode: non-blocking` without `max-buffer-size`.
pub const DEFAULT_NON_BLOCKING_BUFFER: &str = "10m";

/// How the runtime keeps an `awslogs` container's output until the agent has read it
/// (Docker's `local` driver: `max-size`, `max-file`, uncompressed). The disk it may use is
/// `max_size × max_files` per container; a reader further behind than that loses the oldest
/// lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalLogFiles {
    /// One file's size in Docker's units (`20m`).
    pub max_size: String,
    pub max_files: u32,
}

impl Default for LocalLogFiles {
    /// Docker's own defaults for the `local` driver (20 MiB × 5), without compression: a
    /// compressed rotated file is decompressed again by every read that reaches it.
    fn default() -> Self {
        Self {
            max_size: "20m".to_string(),
            max_files: 5,
        }
    }
}

const MIB: u64 = 1024 * 1024;

/// The image and command of the pause container that holds a task's shared namespaces.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PauseImage {
    pub image: String,
    /// A command that sleeps until signalled; the container runs with an init process, which
    /// reaps orphans of a shared PID namespace and forwards the stop signal.
    pub command: Vec<String>,
}

/// Everything about a task the agent decides; `plan_task` adds no choices of its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskContext {
    pub task_arn: String,
    /// The cluster as the agent is configured (ECS puts this in `com.amazonaws.ecs.cluster`).
    pub cluster: String,
    pub family: String,
    pub revision: i32,
    /// Makes runtime names unique on the host (`keel-FAMILY-REV-NAME-SUFFIX`). The agent keeps
    /// it with the task so a restarted agent derives the same names.
    pub name_suffix: String,
    /// The region ECS injects as `AWS_REGION`/`AWS_DEFAULT_REGION` unless set otherwise.
    pub region: Option<String>,
    /// The host address ports are published on (the agent's setting, default 127.0.0.1).
    pub host_ip: String,
    /// The runtime network the pause container of an awsvpc task joins (its address is the
    /// task's address).
    pub awsvpc_network: String,
    /// Publish awsvpc port mappings on `host_ip` too (at the container port), so tasks are
    /// reachable on the host's address as well as on the task's own.
    pub awsvpc_publish_ports: bool,
    pub pause: PauseImage,
    /// Stop grace for containers without `stopTimeout` (`ECS_CONTAINER_STOP_TIMEOUT`).
    pub default_stop_timeout: Duration,
    /// Labels the agent adds to everything it creates (they lose to ECS's own labels).
    pub extra_labels: BTreeMap<String, String>,
    /// Variables the agent injects into every container (task metadata endpoint,
    /// credentials); they win over the task definition's, as ECS's injected ones do.
    pub extra_env: Vec<(String, String)>,
    /// The parsed contents of each container's environment files, in the order the container
    /// definition (or its override) lists them, read by [`envfile::read_files`].
    pub environment_files: BTreeMap<String, Vec<Vec<(String, String)>>>,
    /// Variables the image of each container already sets (from [`crate::ImageInfo::env`]),
    /// so region injection leaves an image's own choice alone.
    pub image_env: BTreeMap<String, Vec<String>>,
    /// The host's CPU architecture as Rust names it (`x86_64`, `aarch64`).
    pub host_arch: String,
    /// The GPU ids placement assigned to each container (ECS's `containers[].gpuIds`), by
    /// container name.
    pub gpu_ids: BTreeMap<String, Vec<String>>,
    /// The files an `awslogs` container's output is kept in until the agent reads it.
    pub local_log_files: LocalLogFiles,
}

impl TaskContext {
    pub fn new(
        task_arn: impl Into<String>,
        cluster: impl Into<String>,
        family: impl Into<String>,
        revision: i32,
        name_suffix: impl Into<String>,
        pause: PauseImage,
    ) -> Self {
        Self {
            task_arn: task_arn.into(),
            cluster: cluster.into(),
            family: family.into(),
            revision,
            name_suffix: name_suffix.into(),
            region: None,
            host_ip: "127.0.0.1".to_string(),
            awsvpc_network: "bridge".to_string(),
            awsvpc_publish_ports: false,
            pause,
            default_stop_timeout: DEFAULT_STOP_TIMEOUT,
            extra_labels: BTreeMap::new(),
            extra_env: Vec::new(),
            environment_files: BTreeMap::new(),
            image_env: BTreeMap::new(),
            host_arch: std::env::consts::ARCH.to_string(),
            gpu_ids: BTreeMap::new(),
            local_log_files: LocalLogFiles::default(),
        }
    }

    /// The runtime name of a task container or volume: `keel-FAMILY-REV-PART-SUFFIX`, with the
    /// part reduced to letters, digits and hyphens as the ECS agent does.
    pub fn runtime_name(&self, part: &str) -> String {
        let clean: String = part
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        format!(
            "keel-{}-{}-{clean}-{}",
            self.family, self.revision, self.name_suffix
        )
    }

    pub fn pause_name(&self) -> String {
        self.runtime_name("internalpause")
    }

    /// The five labels the ECS agent puts on each container it creates.
    fn task_labels(&self, container_name: &str) -> BTreeMap<String, String> {
        let mut out = self.extra_labels.clone();
        out.insert(labels::TASK_ARN.into(), self.task_arn.clone());
        out.insert(labels::CONTAINER_NAME.into(), container_name.into());
        out.insert(labels::CLUSTER.into(), self.cluster.clone());
        out.insert(labels::TASK_DEFINITION_FAMILY.into(), self.family.clone());
        out.insert(
            labels::TASK_DEFINITION_VERSION.into(),
            self.revision.to_string(),
        );
        out
    }
}

/// What the agent creates for a task, in order: volumes, the pause container, the containers
/// (respecting `dependsOn`, which the plan records but does not order).
#[derive(Clone, Debug, PartialEq)]
pub struct TaskPlan {
    pub volumes: Vec<VolumePlan>,
    /// Present for awsvpc, `pidMode: task` and `ipcMode: task`; create and start it first,
    /// stop and remove it last.
    pub pause: Option<ContainerSpec>,
    /// In task-definition order.
    pub containers: Vec<ContainerPlan>,
}

impl TaskPlan {
    pub fn container(&self, name: &str) -> Option<&ContainerPlan> {
        self.containers.iter().find(|c| c.name == name)
    }
}

/// One of the task definition's volumes, as the host provides it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VolumePlan {
    /// The volume's name in the task definition.
    pub name: String,
    pub kind: VolumeKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VolumeKind {
    /// `host.sourcePath`: bind-mounted; nothing to create.
    HostPath(String),
    /// Created for this task before its containers and removed when it stops: `host` without a
    /// source path (task scratch space) and `dockerVolumeConfiguration` with scope `task`.
    TaskScoped(VolumeSpec),
    /// `dockerVolumeConfiguration` with scope `shared`: outlives the task. With
    /// `autoprovision` the agent creates it when missing; without, it must already exist.
    Shared {
        spec: VolumeSpec,
        autoprovision: bool,
    },
}

/// One task container: its spec and what the agent does with it.
#[derive(Clone, Debug, PartialEq)]
pub struct ContainerPlan {
    /// The container's name in the task definition.
    pub name: String,
    pub essential: bool,
    pub spec: ContainerSpec,
    pub depends_on: Vec<ContainerDependency>,
    /// How long to wait for dependencies before giving up (`startTimeout`); `None` means the
    /// agent's default (`ECS_CONTAINER_START_TIMEOUT`).
    pub start_timeout: Option<Duration>,
    /// Grace between SIGTERM and SIGKILL when stopping (`stopTimeout` or the agent default).
    pub stop_timeout: Duration,
    /// ECS's in-place restart policy; the agent restarts, the runtime's own policy stays off.
    pub restart_policy: Option<RestartPolicy>,
    /// `awslogs`: the agent reads the container's output and ships it to this log group.
    pub awslogs: Option<AwsLogs>,
    /// `versionConsistency: enabled` (the default): resolve the image digest once and create
    /// the container from it.
    pub pin_image_digest: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RestartPolicy {
    pub ignored_exit_codes: Vec<i32>,
    /// A container must have run this long before it may be restarted again.
    pub restart_attempt_period: Duration,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogMode {
    Blocking,
    NonBlocking,
}

/// The awslogs options of a container, for the agent's log shipping.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AwsLogs {
    pub group: String,
    pub region: Option<String>,
    pub stream_prefix: Option<String>,
    pub create_group: bool,
    pub datetime_format: Option<String>,
    pub multiline_pattern: Option<String>,
    pub mode: LogMode,
    pub max_buffer_size: Option<String>,
    pub endpoint: Option<String>,
}

impl AwsLogs {
    /// The log stream ECS writes to: `PREFIX/CONTAINER-NAME/TASK-ID` with a prefix, else the
    /// runtime's container id (Docker's awslogs driver default).
    pub fn stream_name(&self, container_name: &str, task_id: &str, container_id: &str) -> String {
        match self.stream_prefix.as_deref().filter(|p| !p.is_empty()) {
            Some(prefix) => format!("{prefix}/{container_name}/{task_id}"),
            None => container_id.to_string(),
        }
    }
}

/// Why a task cannot be planned on this host.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error(transparent)]
    Unsupported(#[from] UnsupportedError),
    /// Something only the host can tell (architecture, a missing environment file).
    #[error("{member}: {reason}")]
    Host { member: String, reason: String },
}

/// GPUs a container asks for: the sum of its `GPU` resourceRequirements.
pub fn gpu_count(container: &ContainerDefinition) -> usize {
    container
        .resource_requirements
        .iter()
        .flatten()
        .filter(|r| r.r#type == keel_awsmodel::ecs::ResourceType::Gpu)
        .filter_map(|r| r.value.as_deref()?.parse::<usize>().ok())
        .sum()
}

/// A task's GPU ids shared out as ECS does: each container that asks for GPUs takes its count,
/// in container-definition order. Containers asking for none are not in the map.
pub fn share_gpus(td: &TaskDefinition, ids: &[String]) -> BTreeMap<String, Vec<String>> {
    let mut ids = ids.iter();
    td.container_definitions
        .iter()
        .flatten()
        .filter_map(|c| {
            let count = gpu_count(c);
            (count > 0).then(|| {
                let name = c.name.clone().unwrap_or_default();
                (name, ids.by_ref().take(count).cloned().collect())
            })
        })
        .collect()
}

/// The `environmentFiles` values each container's environment comes from: the override's list
/// when RunTask gives one (it replaces the definition's), else the definition's. The agent reads
/// them with [`envfile::read_files`] and puts the result in
/// [`TaskContext::environment_files`].
pub fn environment_file_values(
    task_definition: &TaskDefinition,
    overrides: Option<&TaskOverride>,
) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for def in task_definition.container_definitions.iter().flatten() {
        let name = def.name.clone().unwrap_or_default();
        let over = overrides
            .and_then(|o| o.container_overrides.as_ref())
            .and_then(|list| {
                list.iter()
                    .find(|o| o.name.as_deref() == Some(name.as_str()))
            })
            .and_then(|o| o.environment_files.as_ref());
        let files = over.or(def.environment_files.as_ref());
        let values: Vec<String> = files
            .into_iter()
            .flatten()
            .map(|f| f.value.clone())
            .collect();
        if !values.is_empty() {
            out.insert(name, values);
        }
    }
    out
}

/// `FROM-TO` of a `containerPortRange`.
pub(crate) fn parse_port_range(text: &str) -> Option<(u16, u16)> {
    let (lo, hi) = text.split_once('-')?;
    let lo: u16 = lo.trim().parse().ok()?;
    let hi: u16 = hi.trim().parse().ok()?;
    (lo >= 1 && lo <= hi).then_some((lo, hi))
}

/// ECS task memory text (`"512"`, `"2 GB"`) in MiB.
fn parse_task_memory(text: &str) -> Option<u64> {
    let lower = text.trim().to_ascii_lowercase();
    if let Some(gb) = lower.strip_suffix("gb") {
        let mib = gb.trim().parse::<f64>().ok()? * 1024.0;
        return (mib.fract() == 0.0 && mib > 0.0).then_some(mib as u64);
    }
    lower.parse::<u64>().ok().filter(|v| *v > 0)
}

fn mib_to_bytes(mib: i32) -> u64 {
    u64::try_from(mib).unwrap_or(0) * MIB
}

fn secs(value: i32) -> Duration {
    Duration::from_secs(u64::try_from(value).unwrap_or(0))
}

/// An ordered environment where setting a key again replaces it in place.
#[derive(Default)]
struct Env(Vec<(String, String)>);

impl Env {
    fn set(&mut self, key: &str, value: &str) {
        match self.0.iter_mut().find(|(k, _)| k == key) {
            Some(entry) => entry.1 = value.to_string(),
            None => self.0.push((key.to_string(), value.to_string())),
        }
    }
    fn set_if_absent(&mut self, key: &str, value: &str) {
        if !self.has(key) {
            self.0.push((key.to_string(), value.to_string()));
        }
    }
    fn has(&self, key: &str) -> bool {
        self.0.iter().any(|(k, _)| k == key)
    }
}

/// Builds the plan for a task. Checks [`check_supported`] first, then what only the host knows.
pub fn plan_task(
    task_definition: &TaskDefinition,
    overrides: Option<&TaskOverride>,
    ctx: &TaskContext,
) -> Result<TaskPlan, PlanError> {
    check_supported(task_definition, overrides)?;
    check_host(task_definition, ctx)?;

    let mode = task_definition
        .network_mode
        .unwrap_or(EcsNetworkMode::Bridge);
    let containers = task_definition
        .container_definitions
        .as_deref()
        .unwrap_or_default();
    let needs_pause = mode == EcsNetworkMode::Awsvpc
        || task_definition.pid_mode == Some(PidMode::Task)
        || task_definition.ipc_mode == Some(EcsIpcMode::Task);
    let pause_name = needs_pause.then(|| ctx.pause_name());

    let volumes = plan_volumes(task_definition, ctx);
    let runtime_names: BTreeMap<&str, String> = containers
        .iter()
        .filter_map(|c| c.name.as_deref())
        .map(|n| (n, ctx.runtime_name(n)))
        .collect();
    let task_memory_mib = overrides
        .and_then(|o| o.memory.as_deref())
        .or(task_definition.memory.as_deref())
        .and_then(parse_task_memory);

    let mut planned = Vec::with_capacity(containers.len());
    for container in containers {
        let name = container.name.clone().unwrap_or_default();
        let container_override = overrides
            .and_then(|o| o.container_overrides.as_ref())
            .and_then(|list| {
                list.iter()
                    .find(|o| o.name.as_deref() == Some(name.as_str()))
            });
        let spec = container_spec(&ContainerInput {
            def: container,
            over: container_override,
            task: task_definition,
            ctx,
            mode,
            pause: pause_name.as_deref(),
            volumes: &volumes,
            runtime_names: &runtime_names,
            task_memory_mib,
        });
        planned.push(ContainerPlan {
            essential: container.essential.unwrap_or(true),
            depends_on: container.depends_on.clone().unwrap_or_default(),
            start_timeout: container.start_timeout.map(secs),
            stop_timeout: container
                .stop_timeout
                .map(secs)
                .unwrap_or(ctx.default_stop_timeout),
            restart_policy: container
                .restart_policy
                .as_ref()
                .filter(|p| p.enabled)
                .map(|p| RestartPolicy {
                    ignored_exit_codes: p.ignored_exit_codes.clone().unwrap_or_default(),
                    restart_attempt_period: p
                        .restart_attempt_period
                        .map(secs)
                        .unwrap_or(DEFAULT_RESTART_ATTEMPT_PERIOD),
                }),
            awslogs: awslogs(container, ctx),
            pin_image_digest: container.version_consistency != Some(VersionConsistency::Disabled),
            spec,
            name,
        });
    }

    let pause = pause_name.map(|name| pause_spec(name, task_definition, ctx, mode));
    Ok(TaskPlan {
        volumes,
        pause,
        containers: planned,
    })
}

fn check_host(task_definition: &TaskDefinition, ctx: &TaskContext) -> Result<(), PlanError> {
    if let Some(arch) = task_definition
        .runtime_platform
        .as_ref()
        .and_then(|p| p.cpu_architecture)
    {
        let wanted = match arch {
            CPUArchitecture::X8664 => "x86_64",
            CPUArchitecture::Arm64 => "aarch64",
        };
        if wanted != ctx.host_arch {
            return Err(PlanError::Host {
                member: "runtimePlatform.cpuArchitecture".into(),
                reason: format!(
                    "the task needs {} and this host is {}",
                    arch.as_str(),
                    ctx.host_arch
                ),
            });
        }
    }
    Ok(())
}

fn plan_volumes(task_definition: &TaskDefinition, ctx: &TaskContext) -> Vec<VolumePlan> {
    let mut out = Vec::new();
    for volume in task_definition.volumes.iter().flatten() {
        let name = volume.name.clone().unwrap_or_default();
        let task_volume_labels = || {
            let mut l = ctx.extra_labels.clone();
            l.insert(labels::TASK_ARN.into(), ctx.task_arn.clone());
            l.insert(labels::CLUSTER.into(), ctx.cluster.clone());
            l
        };
        let kind = if let Some(docker) = &volume.docker_volume_configuration {
            let driver = docker
                .driver
                .clone()
                .filter(|d| !d.is_empty())
                .unwrap_or_else(|| "local".to_string());
            let driver_opts = docker.driver_opts.clone().unwrap_or_default();
            let user_labels = docker.labels.clone().unwrap_or_default();
            if docker.scope == Some(Scope::Shared) {
                VolumeKind::Shared {
                    spec: VolumeSpec {
                        name: name.clone(),
                        driver,
                        driver_opts,
                        labels: user_labels,
                    },
                    autoprovision: docker.autoprovision.unwrap_or(false),
                }
            } else {
                let mut all_labels = user_labels;
                all_labels.extend(task_volume_labels());
                VolumeKind::TaskScoped(VolumeSpec {
                    name: ctx.runtime_name(&name),
                    driver,
                    driver_opts,
                    labels: all_labels,
                })
            }
        } else {
            match volume
                .host
                .as_ref()
                .and_then(|h| h.source_path.clone())
                .filter(|p| !p.is_empty())
            {
                Some(path) => VolumeKind::HostPath(path),
                None => VolumeKind::TaskScoped(VolumeSpec {
                    name: ctx.runtime_name(&name),
                    driver: "local".to_string(),
                    driver_opts: BTreeMap::new(),
                    labels: task_volume_labels(),
                }),
            }
        };
        out.push(VolumePlan { name, kind });
    }
    out
}

struct ContainerInput<'a> {
    def: &'a ContainerDefinition,
    over: Option<&'a ContainerOverride>,
    task: &'a TaskDefinition,
    ctx: &'a TaskContext,
    mode: EcsNetworkMode,
    pause: Option<&'a str>,
    volumes: &'a [VolumePlan],
    runtime_names: &'a BTreeMap<&'a str, String>,
    task_memory_mib: Option<u64>,
}

fn protocol(p: Option<TransportProtocol>) -> Protocol {
    match p {
        Some(TransportProtocol::Udp) => Protocol::Udp,
        _ => Protocol::Tcp,
    }
}

fn container_spec(input: &ContainerInput<'_>) -> ContainerSpec {
    let ContainerInput {
        def,
        over,
        task,
        ctx,
        mode,
        pause,
        ..
    } = input;
    let name = def.name.as_deref().unwrap_or("");
    let mut spec = ContainerSpec::new(
        ctx.runtime_name(name),
        def.image.clone().unwrap_or_default(),
    );
    spec.entrypoint = def.entry_point.clone().filter(|e| !e.is_empty());
    spec.command = over
        .and_then(|o| o.command.clone())
        .or_else(|| def.command.clone())
        .filter(|c| !c.is_empty());
    spec.env = environment(input);
    spec.working_dir = def.working_directory.clone();
    spec.user = def.user.clone();
    spec.hostname = def.hostname.clone();

    // Labels: the user's, then the agent's, then ECS's own, which always win.
    let mut all_labels = def.docker_labels.clone().unwrap_or_default();
    all_labels.extend(ctx.task_labels(name));
    spec.labels = all_labels;

    // Resources.
    let cpu = over.and_then(|o| o.cpu).or(def.cpu).unwrap_or(0);
    spec.resources.cpu_shares = Some(
        u64::try_from(cpu)
            .unwrap_or(0)
            .clamp(MIN_CPU_SHARES, MAX_CPU_SHARES),
    );
    let memory = over
        .and_then(|o| o.memory)
        .or(def.memory)
        .map(mib_to_bytes)
        // Without a container limit, a task-level limit still bounds each container.
        .or(input.task_memory_mib.map(|m| m * MIB))
        .map(|bytes| bytes.max(MIN_MEMORY_BYTES));
    spec.resources.memory_bytes = memory;
    spec.resources.memory_reservation_bytes = over
        .and_then(|o| o.memory_reservation)
        .or(def.memory_reservation)
        .map(mib_to_bytes);
    // GPUs: the ids placement chose, as the ECS agent passes them (NVIDIA_VISIBLE_DEVICES
    // for the NVIDIA container runtime, and a device request for Docker's GPU support).
    if let Some(ids) = ctx.gpu_ids.get(name).filter(|ids| !ids.is_empty()) {
        spec.resources.gpus = ids.clone();
        spec.env.retain(|(k, _)| k != "NVIDIA_VISIBLE_DEVICES");
        spec.env
            .push(("NVIDIA_VISIBLE_DEVICES".to_string(), ids.join(",")));
    }
    spec.resources.ulimits = def
        .ulimits
        .iter()
        .flatten()
        .map(|u| Ulimit {
            name: u.name.as_str().to_string(),
            soft: i64::from(u.soft_limit),
            hard: i64::from(u.hard_limit),
        })
        .collect();

    if let Some(linux) = &def.linux_parameters {
        if let Some(caps) = &linux.capabilities {
            spec.security.cap_add = caps.add.clone().unwrap_or_default();
            spec.security.cap_drop = caps.drop.clone().unwrap_or_default();
        }
        spec.security.init = linux.init_process_enabled.unwrap_or(false);
        spec.resources.shm_size_bytes = linux.shared_memory_size.map(mib_to_bytes);
        if let Some(max_swap) = linux.max_swap {
            // maxSwap is swap on top of the memory limit; 0 means no swap.
            let limit = memory.unwrap_or(0);
            spec.resources.memory_swap_bytes =
                Some(i64::try_from(limit + mib_to_bytes(max_swap)).unwrap_or(i64::MAX));
            // ECS ignores swappiness unless maxSwap is set.
            spec.resources.memory_swappiness = linux.swappiness.and_then(|s| u8::try_from(s).ok());
        }
        spec.tmpfs = linux
            .tmpfs
            .iter()
            .flatten()
            .map(|t| {
                let mut options = vec![format!("size={}m", t.size)];
                options.extend(t.mount_options.iter().flatten().cloned());
                Tmpfs {
                    target: t.container_path.clone(),
                    options: options.join(","),
                }
            })
            .collect();
        spec.resources.devices = linux
            .devices
            .iter()
            .flatten()
            .map(|d| Device {
                host_path: d.host_path.clone(),
                container_path: d
                    .container_path
                    .clone()
                    .unwrap_or_else(|| d.host_path.clone()),
                permissions: match d.permissions.as_deref() {
                    None | Some([]) => "rwm".to_string(),
                    Some(list) => ["r", "w", "m"]
                        .iter()
                        .zip([
                            DeviceCgroupPermission::Read,
                            DeviceCgroupPermission::Write,
                            DeviceCgroupPermission::Mknod,
                        ])
                        .filter(|(_, p)| list.contains(p))
                        .map(|(c, _)| *c)
                        .collect(),
                },
            })
            .collect();
    }

    // Security.
    spec.security.privileged = def.privileged.unwrap_or(false);
    spec.security.read_only_rootfs = def.readonly_root_filesystem.unwrap_or(false);
    spec.security.security_opt = def
        .docker_security_options
        .iter()
        .flatten()
        .map(|o| match o.split_once(':') {
            // Docker deprecated the `key:value` form; `key=value` means the same.
            Some((key, value)) => format!("{key}={value}"),
            None => o.clone(),
        })
        .collect();
    for control in def.system_controls.iter().flatten() {
        let key = control.namespace.clone().unwrap_or_default();
        // A namespace the task shares is the pause container's; its sysctls go there.
        if task_wide_sysctl(&key, task, *mode) {
            continue;
        }
        spec.security
            .sysctls
            .insert(key, control.value.clone().unwrap_or_default());
    }

    // Network.
    spec.network.disabled = def.disable_networking.unwrap_or(false);
    spec.network.dns_servers = def.dns_servers.clone().unwrap_or_default();
    spec.network.dns_search = def.dns_search_domains.clone().unwrap_or_default();
    spec.network.extra_hosts = def
        .extra_hosts
        .iter()
        .flatten()
        .map(|h| (h.hostname.clone(), h.ip_address.clone()))
        .collect();
    let ports = container_ports(def);
    spec.network.mode = match mode {
        EcsNetworkMode::Bridge => NetworkMode::Bridge,
        EcsNetworkMode::Host => NetworkMode::Host,
        EcsNetworkMode::None => NetworkMode::None,
        EcsNetworkMode::Awsvpc => NetworkMode::Container(pause.unwrap_or_default().to_string()),
    };
    if *mode != EcsNetworkMode::Awsvpc {
        spec.network.exposed = ports
            .iter()
            .map(|(port, proto, _)| (*port, *proto))
            .collect();
    }
    if *mode == EcsNetworkMode::Bridge {
        spec.network.ports = ports
            .iter()
            .map(|(port, proto, host)| PortPublish {
                container_port: *port,
                protocol: *proto,
                host_ip: ctx.host_ip.clone(),
                host_port: *host,
            })
            .collect();
        spec.network.links = def
            .links
            .iter()
            .flatten()
            .map(|link| {
                let (target, alias) = link.split_once(':').unwrap_or((link, link));
                let runtime = input
                    .runtime_names
                    .get(target)
                    .cloned()
                    .unwrap_or_else(|| target.to_string());
                (runtime, alias.to_string())
            })
            .collect();
    }
    spec.pid_mode = match task.pid_mode {
        Some(PidMode::Host) => Some(NamespaceMode::Host),
        Some(PidMode::Task) => pause.map(|p| NamespaceMode::Container(p.to_string())),
        None => None,
    };
    spec.ipc_mode = match task.ipc_mode {
        Some(EcsIpcMode::Host) => Some(IpcMode::Host),
        Some(EcsIpcMode::None) => Some(IpcMode::None),
        Some(EcsIpcMode::Task) => pause.map(|p| IpcMode::Container(p.to_string())),
        None => None,
    };

    // Storage.
    spec.mounts = def
        .mount_points
        .iter()
        .flatten()
        .filter_map(|m| {
            let source = m.source_volume.as_deref()?;
            let volume = input.volumes.iter().find(|v| v.name == source)?;
            let source = match &volume.kind {
                VolumeKind::HostPath(path) => MountSource::Bind(path.clone()),
                VolumeKind::TaskScoped(spec) | VolumeKind::Shared { spec, .. } => {
                    MountSource::Volume(spec.name.clone())
                }
            };
            Some(Mount {
                source,
                target: m.container_path.clone().unwrap_or_default(),
                read_only: m.read_only.unwrap_or(false),
            })
        })
        .collect();
    spec.volumes_from = def
        .volumes_from
        .iter()
        .flatten()
        .filter_map(|v| {
            let source = v.source_container.as_deref()?;
            Some(VolumesFrom {
                container: input.runtime_names.get(source)?.clone(),
                read_only: v.read_only.unwrap_or(false),
            })
        })
        .collect();

    spec.interactive = def.interactive.unwrap_or(false);
    spec.tty = def.pseudo_terminal.unwrap_or(false);
    spec.stop_timeout = Some(
        def.stop_timeout
            .map(secs)
            .unwrap_or(ctx.default_stop_timeout),
    );
    spec.health_check = def.health_check.as_ref().map(|h| HealthCheck {
        test: h.command.clone(),
        interval: secs(h.interval.unwrap_or(30)),
        timeout: secs(h.timeout.unwrap_or(5)),
        retries: u32::try_from(h.retries.unwrap_or(3)).unwrap_or(3),
        start_period: secs(h.start_period.unwrap_or(0)),
    });
    spec.log = log_spec(def, &ctx.local_log_files);
    spec
}

/// `(container port, protocol, host port)` for every port a container's mappings name,
/// ranges expanded; host port `None` lets the runtime pick.
fn container_ports(def: &ContainerDefinition) -> Vec<(u16, Protocol, Option<u16>)> {
    let mut out = Vec::new();
    for mapping in def.port_mappings.iter().flatten() {
        let proto = protocol(mapping.protocol);
        if let Some(port) = mapping.container_port.and_then(|p| u16::try_from(p).ok()) {
            let host = mapping
                .host_port
                .and_then(|p| u16::try_from(p).ok())
                .filter(|p| *p != 0);
            out.push((port, proto, host));
        } else if let Some((lo, hi)) = mapping
            .container_port_range
            .as_deref()
            .and_then(parse_port_range)
        {
            out.extend((lo..=hi).map(|p| (p, proto, None)));
        }
    }
    out
}

fn environment(input: &ContainerInput<'_>) -> Vec<(String, String)> {
    let ContainerInput { def, over, ctx, .. } = input;
    let name = def.name.as_deref().unwrap_or("");
    let mut env = Env::default();
    for pair in def.environment.iter().flatten() {
        if let Some(key) = pair.name.as_deref() {
            env.set(key, pair.value.as_deref().unwrap_or(""));
        }
    }
    for pair in over
        .and_then(|o| o.environment.as_ref())
        .into_iter()
        .flatten()
    {
        if let Some(key) = pair.name.as_deref() {
            env.set(key, pair.value.as_deref().unwrap_or(""));
        }
    }
    // Files lose to `environment`, and an earlier file to a later one.
    for file in ctx.environment_files.get(name).into_iter().flatten() {
        for (key, value) in file {
            env.set_if_absent(key, value);
        }
    }
    if let Some(region) = &ctx.region {
        let image_sets = |key: &str| {
            ctx.image_env
                .get(name)
                .is_some_and(|vars| vars.iter().any(|v| v.split('=').next() == Some(key)))
        };
        let user_sets = env.has("AWS_REGION") || env.has("AWS_DEFAULT_REGION");
        if !user_sets && !image_sets("AWS_REGION") && !image_sets("AWS_DEFAULT_REGION") {
            env.set("AWS_REGION", region);
            env.set("AWS_DEFAULT_REGION", region);
        }
    }
    for (key, value) in &ctx.extra_env {
        env.set(key, value);
    }
    env.0
}

/// The container's log driver. `awslogs` output is read back by the agent, so the runtime
/// keeps it in its compact rotating `local` driver, with explicit bounds and no compression;
/// the other drivers are the runtime's own.
fn log_spec(def: &ContainerDefinition, files: &LocalLogFiles) -> LogSpec {
    let Some(config) = &def.log_configuration else {
        return LogSpec::Default;
    };
    let options = config.options.clone().unwrap_or_default();
    match config.log_driver {
        LogDriver::Awslogs => {
            let mut local = BTreeMap::new();
            local.insert("max-size".to_string(), files.max_size.clone());
            local.insert("max-file".to_string(), files.max_files.max(1).to_string());
            local.insert("compress".to_string(), "false".to_string());
            if let Some(mode) = options.get("mode") {
                local.insert("mode".to_string(), mode.clone());
                if mode == "non-blocking" {
                    local.insert(
                        "max-buffer-size".to_string(),
                        options
                            .get("max-buffer-size")
                            .cloned()
                            .unwrap_or_else(|| DEFAULT_NON_BLOCKING_BUFFER.to_string()),
                    );
                }
            }
            LogSpec::Driver {
                name: "local".to_string(),
                options: local,
            }
        }
        driver => {
            let mut options = options;
            if options.get("mode").map(String::as_str) == Some("non-blocking") {
                options
                    .entry("max-buffer-size".to_string())
                    .or_insert_with(|| DEFAULT_NON_BLOCKING_BUFFER.to_string());
            }
            LogSpec::Driver {
                name: driver.as_str().to_string(),
                options,
            }
        }
    }
}

fn awslogs(def: &ContainerDefinition, ctx: &TaskContext) -> Option<AwsLogs> {
    let config = def.log_configuration.as_ref()?;
    if config.log_driver != LogDriver::Awslogs {
        return None;
    }
    let options = config.options.clone().unwrap_or_default();
    let get = |key: &str| options.get(key).cloned().filter(|v| !v.is_empty());
    Some(AwsLogs {
        group: get("awslogs-group").unwrap_or_default(),
        region: get("awslogs-region").or_else(|| ctx.region.clone()),
        stream_prefix: get("awslogs-stream-prefix"),
        create_group: get("awslogs-create-group").as_deref() == Some("true"),
        datetime_format: get("awslogs-datetime-format"),
        multiline_pattern: get("awslogs-multiline-pattern"),
        mode: if get("mode").as_deref() == Some("non-blocking") {
            LogMode::NonBlocking
        } else {
            LogMode::Blocking
        },
        max_buffer_size: get("max-buffer-size"),
        endpoint: get("awslogs-endpoint"),
    })
}

/// Whether a sysctl belongs to a namespace the whole task shares through its pause container:
/// `net.*` with awsvpc, the IPC ones with `ipcMode: task`. ECS: such values apply to every
/// container of the task, and the last container's win.
fn task_wide_sysctl(key: &str, task: &TaskDefinition, mode: EcsNetworkMode) -> bool {
    (mode == EcsNetworkMode::Awsvpc && key.starts_with("net."))
        || (task.ipc_mode == Some(EcsIpcMode::Task) && support::is_ipc_sysctl(key))
}

fn pause_spec(
    name: String,
    task: &TaskDefinition,
    ctx: &TaskContext,
    mode: EcsNetworkMode,
) -> ContainerSpec {
    let mut spec = ContainerSpec::new(name, ctx.pause.image.clone());
    spec.command = Some(ctx.pause.command.clone());
    spec.labels = ctx.task_labels(PAUSE_CONTAINER_NAME);
    spec.resources.cpu_shares = Some(MIN_CPU_SHARES);
    spec.security.init = true;
    spec.log = LogSpec::None;
    spec.stop_timeout = Some(ctx.default_stop_timeout);
    if task.ipc_mode == Some(EcsIpcMode::Task) {
        spec.ipc_mode = Some(IpcMode::Shareable);
    }
    for def in task.container_definitions.iter().flatten() {
        for control in def.system_controls.iter().flatten() {
            let key = control.namespace.clone().unwrap_or_default();
            if task_wide_sysctl(&key, task, mode) {
                spec.security
                    .sysctls
                    .insert(key, control.value.clone().unwrap_or_default());
            }
        }
    }
    if mode != EcsNetworkMode::Awsvpc {
        // Only PID/IPC are shared; each container keeps its own network.
        spec.network.mode = NetworkMode::None;
        return spec;
    }
    spec.network.mode = if ctx.awsvpc_network == "bridge" {
        NetworkMode::Bridge
    } else {
        NetworkMode::Named(ctx.awsvpc_network.clone())
    };
    let containers = task.container_definitions.iter().flatten();
    for def in containers.clone() {
        for (port, proto, _) in container_ports(def) {
            spec.network.exposed.push((port, proto));
            if ctx.awsvpc_publish_ports {
                spec.network.ports.push(PortPublish {
                    container_port: port,
                    protocol: proto,
                    host_ip: ctx.host_ip.clone(),
                    host_port: Some(port),
                });
            }
        }
    }
    spec
}

#[cfg(test)]
mod tests;
