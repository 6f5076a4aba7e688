//! Tasks: RunTask, StartTask, StopTask, DescribeTasks, ListTasks, and the state-change
//! submissions (SubmitTaskStateChange, SubmitContainerStateChange) an agent makes.
//!
//! Lifecycle as ECS defines it (see `keel_types::lifecycle`): a placed task starts PROVISIONING
//! with desiredStatus RUNNING; the agent that owns its instance moves it forward. A task no
//! agent has picked up yet (still PROVISIONING) is stopped directly by StopTask. Resources
//! (CPU, memory, static ports) are held from placement until the task reaches STOPPED, when ECS
//! releases them.

use std::collections::HashMap;
use std::sync::Arc;

use keel_api::RequestContext;
use keel_awsmodel::Timestamp;
use keel_awsmodel::ecs::{
    Compatibility, Connectivity, Container, ContainerOverride, ContainerStateChange,
    DescribeTasksRequest, DescribeTasksResponse, DesiredStatus, Failure, HealthStatus, LaunchType,
    ListTasksRequest, ListTasksResponse, NetworkBinding, NetworkConfiguration, NetworkMode,
    PropagateTags, RunTaskRequest, RunTaskResponse, SettingName, StartTaskRequest,
    StartTaskResponse, StopTaskRequest, StopTaskResponse, SubmitContainerStateChangeRequest,
    SubmitContainerStateChangeResponse, SubmitTaskStateChangeRequest,
    SubmitTaskStateChangeResponse, Tag, Task, TaskDefinition, TaskDefinitionStatus, TaskField,
    TaskOverride, TaskStopCode, TransportProtocol,
};
use keel_scheduler::{Constraint, ConstraintError, Demand, Strategy};
use keel_store::{Compare, Op, Txn};
use keel_types::{EcsResource, TaskStatus};
use serde::{Deserialize, Serialize};

use crate::ControlPlane;
use crate::batch::{BatchQueue, Gate, Queued};
use crate::ecs::clusters::ClusterRecord;
use crate::ecs::container_instances::{self, InstanceRecord};
use crate::ecs::eni;
use crate::ecs::resources::{self, ecs_arn};
use crate::ecs::task_definitions::{self, TaskDefinitionRecord, validate as td_validate};
use crate::ecs::{account_settings, capacity_providers, tags};
use crate::error::EcsError;
use crate::pagination;
use crate::state::{self, Versioned};

/// ECS allows 1-10 tasks per RunTask call.
pub const MAX_RUN_TASK_COUNT: i32 = 10;

/// Resources a task holds on its instance until it stops.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Reservation {
    pub cpu: i64,
    pub memory: i64,
    pub tcp_ports: Vec<u16>,
    pub udp_ports: Vec<u16>,
    /// GPUs from the containers' resourceRequirements, and the ids placement assigned.
    #[serde(default)]
    pub gpus: u32,
    #[serde(default)]
    pub gpu_ids: Vec<String>,
    /// Port mappings whose host port Docker picks from the dynamic range.
    #[serde(default)]
    pub dynamic_tcp: u32,
    #[serde(default)]
    pub dynamic_udp: u32,
}

impl From<&Reservation> for Demand {
    fn from(r: &Reservation) -> Self {
        Demand {
            cpu: r.cpu,
            memory: r.memory,
            gpus: r.gpus,
            tcp_ports: r.tcp_ports.clone(),
            udp_ports: r.udp_ports.clone(),
            dynamic_tcp: r.dynamic_tcp,
            dynamic_udp: r.dynamic_udp,
        }
    }
}

/// A task as stored.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TaskRecord {
    pub id: String,
    pub cluster: String,
    pub family: String,
    /// The wire form (tags are kept in `tags`).
    pub task: Task,
    pub container_instance_id: Option<String>,
    pub reservation: Reservation,
    pub resources_released: bool,
    #[serde(default)]
    pub service_name: Option<String>,
    #[serde(default)]
    pub tags: Vec<Tag>,
    /// The highest state-change sequence number the agent protocol applied to this task (0:
    /// none). A change whose `seq` is not greater is a replay and is ignored.
    #[serde(default)]
    pub agent_seq: u64,
}

impl TaskRecord {
    pub fn last_status(&self) -> TaskStatus {
        self.task
            .last_status
            .as_deref()
            .and_then(|s| s.parse().ok())
            .unwrap_or(TaskStatus::Provisioning)
    }

    pub fn desired_status(&self) -> &str {
        self.task.desired_status.as_deref().unwrap_or("RUNNING")
    }

    fn launch_type(&self) -> LaunchType {
        self.task.launch_type.unwrap_or(LaunchType::Ec2)
    }
}

/// Task counts ECS reports per cluster.
#[derive(Clone, Copy, Debug, Default)]
pub struct TaskCounts {
    pub running_ec2: usize,
    pub running_fargate: usize,
    pub running_external: usize,
    pub pending_ec2: usize,
    pub pending_fargate: usize,
    pub pending_external: usize,
    /// Tasks past RUNNING but not yet STOPPED.
    pub stopping: usize,
}

impl TaskCounts {
    pub fn running(&self) -> usize {
        self.running_ec2 + self.running_fargate + self.running_external
    }
    pub fn pending(&self) -> usize {
        self.pending_ec2 + self.pending_fargate + self.pending_external
    }
    /// Tasks that are not STOPPED.
    pub fn active(&self) -> usize {
        self.running() + self.pending() + self.stopping
    }
}

/// Every task record of a cluster, STOPPED ones included.
pub async fn cluster_tasks(
    cp: &ControlPlane,
    region: &str,
    cluster: &str,
) -> Result<Vec<Versioned<TaskRecord>>, EcsError> {
    tasks_in_cluster(cp, region, cluster).await
}

async fn tasks_in_cluster(
    cp: &ControlPlane,
    region: &str,
    cluster: &str,
) -> Result<Vec<Versioned<TaskRecord>>, EcsError> {
    state::list(&*cp.store, &state::tasks_prefix(region, cluster)).await
}

pub async fn cluster_task_counts(
    cp: &ControlPlane,
    region: &str,
    cluster: &str,
) -> Result<TaskCounts, EcsError> {
    let mut counts = TaskCounts::default();
    for rec in tasks_in_cluster(cp, region, cluster).await? {
        let status = rec.value.last_status();
        let launch = rec.value.launch_type();
        let slot = match status {
            TaskStatus::Running => match launch {
                LaunchType::Fargate => &mut counts.running_fargate,
                LaunchType::External => &mut counts.running_external,
                _ => &mut counts.running_ec2,
            },
            TaskStatus::Stopped => continue,
            s if s.is_pending() => match launch {
                LaunchType::Fargate => &mut counts.pending_fargate,
                LaunchType::External => &mut counts.pending_external,
                _ => &mut counts.pending_ec2,
            },
            _ => &mut counts.stopping,
        };
        *slot += 1;
    }
    Ok(counts)
}

/// Running and pending task counts on one instance.
#[derive(Clone, Copy, Debug, Default)]
pub struct InstanceTaskCounts {
    pub running: usize,
    pub pending: usize,
}

pub async fn instance_task_counts(
    cp: &ControlPlane,
    region: &str,
    cluster: &str,
    instance_id: &str,
) -> Result<InstanceTaskCounts, EcsError> {
    let mut counts = InstanceTaskCounts::default();
    for rec in tasks_in_cluster(cp, region, cluster).await? {
        if rec.value.container_instance_id.as_deref() != Some(instance_id) {
            continue;
        }
        match rec.value.last_status() {
            TaskStatus::Running => counts.running += 1,
            s if s.is_pending() => counts.pending += 1,
            _ => {}
        }
    }
    Ok(counts)
}

fn container_override<'a>(
    overrides: &'a TaskOverride,
    name: &str,
) -> Option<&'a ContainerOverride> {
    overrides
        .container_overrides
        .iter()
        .flatten()
        .find(|o| o.name.as_deref() == Some(name))
}

/// What a task of `td` with `overrides` reserves on an instance, as ECS counts it.
pub fn reservation(td: &TaskDefinition, overrides: &TaskOverride) -> Result<Reservation, EcsError> {
    let mode = td.network_mode.unwrap_or(NetworkMode::Bridge);
    let mut cpu_sum = 0i64;
    let mut memory_sum = 0i64;
    let mut tcp_ports = Vec::new();
    let mut udp_ports = Vec::new();
    let (mut dynamic_tcp, mut dynamic_udp, mut gpus) = (0u32, 0u32, 0u32);
    for container in td.container_definitions.iter().flatten() {
        gpus += u32::try_from(keel_runtime::mapping::gpu_count(container)).unwrap_or(u32::MAX);
        let name = container.name.as_deref().unwrap_or("");
        let over = container_override(overrides, name);
        cpu_sum += i64::from(over.and_then(|o| o.cpu).or(container.cpu).unwrap_or(0));
        let memory = over.and_then(|o| o.memory).or(container.memory);
        let reservation = over
            .and_then(|o| o.memory_reservation)
            .or(container.memory_reservation);
        memory_sum += i64::from(memory.or(reservation).unwrap_or(0));
        for mapping in container.port_mappings.iter().flatten() {
            let host_port = match mode {
                NetworkMode::Bridge => mapping.host_port.filter(|p| *p > 0),
                NetworkMode::Host => mapping
                    .host_port
                    .filter(|p| *p > 0)
                    .or(mapping.container_port),
                // awsvpc tasks get their own network namespace; none has no ports.
                NetworkMode::Awsvpc | NetworkMode::None => None,
            };
            let udp = mapping.protocol == Some(TransportProtocol::Udp);
            match host_port.and_then(|p| u16::try_from(p).ok()) {
                Some(port) if udp => udp_ports.push(port),
                Some(port) => tcp_ports.push(port),
                // Bridge mode without a host port: Docker picks one from the dynamic range.
                None if mode == NetworkMode::Bridge && mapping.container_port.is_some() => {
                    if udp {
                        dynamic_udp += 1;
                    } else {
                        dynamic_tcp += 1;
                    }
                }
                None => {}
            }
        }
    }
    let task_cpu = overrides.cpu.as_deref().or(td.cpu.as_deref());
    let task_memory = overrides.memory.as_deref().or(td.memory.as_deref());
    let cpu = match task_cpu {
        Some(text) => td_validate::parse_task_cpu(text)
            .ok_or_else(|| EcsError::invalid(format!("Invalid task cpu override '{text}'.")))?,
        None => cpu_sum,
    };
    let memory = match task_memory {
        Some(text) => td_validate::parse_task_memory(text)
            .ok_or_else(|| EcsError::invalid(format!("Invalid task memory override '{text}'.")))?,
        None => memory_sum,
    };
    Ok(Reservation {
        cpu,
        memory,
        tcp_ports,
        udp_ports,
        gpus,
        gpu_ids: Vec::new(),
        dynamic_tcp,
        dynamic_udp,
    })
}

/// What RunTask, StartTask and the service scheduler share once a launch is understood.
pub(crate) struct LaunchSpec {
    pub(crate) cluster: ClusterRecord,
    pub(crate) td: TaskDefinitionRecord,
    pub(crate) overrides: TaskOverride,
    pub(crate) launch_type: LaunchType,
    pub(crate) capacity_provider_name: Option<String>,
    pub(crate) platform_version: Option<String>,
    pub(crate) group: String,
    pub(crate) started_by: Option<String>,
    pub(crate) tags: Vec<Tag>,
    pub(crate) enable_execute_command: bool,
    pub(crate) reservation: Reservation,
    /// An awsvpc task's subnet (the first of its network configuration's), shown on its
    /// network interface attachment.
    pub(crate) subnet: Option<String>,
    /// Placement, as the scheduler reads it.
    pub(crate) strategies: Vec<Strategy>,
    pub(crate) constraints: Vec<Constraint>,
}

/// Reads RunTask's strategies and constraints with the task definition's, as ECS combines
/// them: at most five strategies, at most ten constraints in all.
pub(crate) fn placement(
    td: &TaskDefinition,
    strategies: Option<&[keel_awsmodel::ecs::PlacementStrategy]>,
    constraints: Option<&[keel_awsmodel::ecs::PlacementConstraint]>,
) -> Result<(Vec<Strategy>, Vec<Constraint>), EcsError> {
    let strategies = strategies.unwrap_or_default();
    if strategies.len() > keel_scheduler::MAX_STRATEGIES {
        return Err(EcsError::invalid(format!(
            "You can specify a maximum of {} placement strategies.",
            keel_scheduler::MAX_STRATEGIES
        )));
    }
    let parsed_strategies = strategies
        .iter()
        .map(|s| {
            let kind = s.r#type.map(|t| t.as_str()).unwrap_or("");
            Strategy::parse(kind, s.field.as_deref()).map_err(EcsError::invalid)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let from_request = constraints.unwrap_or_default();
    let from_td = td.placement_constraints.as_deref().unwrap_or_default();
    if from_request.len() + from_td.len() > keel_scheduler::MAX_CONSTRAINTS {
        return Err(EcsError::invalid(format!(
            "You can specify a maximum of {} placement constraints, counting the task definition's.",
            keel_scheduler::MAX_CONSTRAINTS
        )));
    }
    let constraint = |field: &str, kind: &str, expression: Option<&str>| {
        Constraint::parse(kind, expression).map_err(|err| match err {
            ConstraintError::Expression(e) => EcsError::invalid(format!(
                "{field}: invalid cluster query expression '{}': {e}.",
                expression.unwrap_or("")
            )),
            ConstraintError::Invalid(message) => EcsError::invalid(format!("{field}: {message}")),
        })
    };
    let mut parsed = Vec::new();
    for (n, c) in from_td.iter().enumerate() {
        let kind = c.r#type.map(|t| t.as_str()).unwrap_or("");
        parsed.push(constraint(
            &format!("taskDefinition.placementConstraints.{}", n + 1),
            kind,
            c.expression.as_deref(),
        )?);
    }
    for (n, c) in from_request.iter().enumerate() {
        let kind = c.r#type.map(|t| t.as_str()).unwrap_or("");
        parsed.push(constraint(
            &format!("placementConstraints.{}", n + 1),
            kind,
            c.expression.as_deref(),
        )?);
    }
    Ok((parsed_strategies, parsed))
}

enum Targets {
    /// Let placement choose `count` instances.
    Any { count: usize },
    /// StartTask: one task on each named instance.
    Instances(Vec<String>),
}

fn validate_overrides(td: &TaskDefinition, overrides: &TaskOverride) -> Result<(), EcsError> {
    for over in overrides.container_overrides.iter().flatten() {
        let name = over.name.as_deref().unwrap_or("");
        let known = td
            .container_definitions
            .iter()
            .flatten()
            .any(|c| c.name.as_deref() == Some(name));
        if !known {
            return Err(EcsError::invalid(format!(
                "Override for container named {name} is not a container in the TaskDefinition."
            )));
        }
        for value in [over.cpu, over.memory, over.memory_reservation]
            .into_iter()
            .flatten()
        {
            if value < 0 {
                return Err(EcsError::invalid(format!(
                    "Override for container {name} has a negative value."
                )));
            }
        }
    }
    Ok(())
}

/// Refuses, naming each member, what the host's container runtime cannot carry out (secrets,
/// EFS volumes, FireLens, GPUs, ...), so the caller hears it now rather than from a task that
/// stops on its host.
fn check_runnable(td: &TaskDefinition, overrides: &TaskOverride) -> Result<(), EcsError> {
    keel_runtime::mapping::check_supported(td, Some(overrides))
        .map_err(|unsupported| EcsError::client(unsupported.to_string()))
}

/// The first subnet of an awsvpc network configuration.
pub(crate) fn first_subnet(network: Option<&NetworkConfiguration>) -> Option<String> {
    network
        .and_then(|n| n.awsvpc_configuration.as_ref())
        .and_then(|a| a.subnets.first().cloned())
}

pub(crate) fn validate_network(
    td: &TaskDefinition,
    network: Option<&NetworkConfiguration>,
    launch: LaunchType,
) -> Result<(), EcsError> {
    let awsvpc = td.network_mode == Some(NetworkMode::Awsvpc);
    match (
        awsvpc,
        network.and_then(|n| n.awsvpc_configuration.as_ref()),
    ) {
        (true, None) => Err(EcsError::invalid(
            "Network Configuration must be provided when networkMode 'awsvpc' is specified.",
        )),
        (false, Some(_)) => Err(EcsError::invalid(
            "Network Configuration is not valid for the given networkMode of this task definition.",
        )),
        _ if launch == LaunchType::Fargate && !awsvpc => Err(EcsError::invalid(
            "Fargate only supports network mode 'awsvpc'.",
        )),
        _ => Ok(()),
    }
}

pub(crate) fn validate_started_by(started_by: Option<&str>) -> Result<(), EcsError> {
    if let Some(s) = started_by {
        let ok = s.len() <= 128
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_/".contains(c));
        if !ok {
            return Err(EcsError::invalid(
                "startedBy can be up to 128 letters, numbers, hyphens, forward slashes and underscores.",
            ));
        }
    }
    Ok(())
}

/// Loads the task definition a RunTask/StartTask names; it must be ACTIVE.
pub(crate) async fn runnable_task_definition(
    cp: &ControlPlane,
    ctx: &RequestContext,
    reference: &str,
) -> Result<TaskDefinitionRecord, EcsError> {
    let record = task_definitions::resolve(cp, ctx, reference)
        .await?
        .ok_or_else(|| EcsError::client("TaskDefinition not found."))?;
    if record.value.status() != TaskDefinitionStatus::Active {
        return Err(EcsError::client("TaskDefinition is inactive"));
    }
    Ok(record.value)
}

/// Works out launch type and capacity provider as ECS does: an explicit launchType, else an
/// explicit strategy, else the cluster's default strategy, else EC2.
pub(crate) fn choose_launch(
    cluster: &ClusterRecord,
    launch_type: Option<LaunchType>,
    strategy: Option<&[keel_awsmodel::ecs::CapacityProviderStrategyItem]>,
) -> Result<(LaunchType, Option<String>), EcsError> {
    let strategy = strategy.filter(|s| !s.is_empty());
    if launch_type.is_some() && strategy.is_some() {
        return Err(EcsError::invalid(
            "Specifying both a launchType and capacityProviderStrategy is not supported.",
        ));
    }
    if let Some(launch) = launch_type {
        return Ok((launch, None));
    }
    let strategy = match strategy {
        Some(s) => {
            capacity_providers::validate_strategy(s, Some(&cluster.capacity_providers))?;
            s.to_vec()
        }
        None => cluster.default_capacity_provider_strategy.clone(),
    };
    // Weighted choice across providers is the scheduler's job; the first item with a base, else
    // the heaviest, takes the task.
    let chosen = strategy
        .iter()
        .find(|i| i.base.unwrap_or(0) > 0)
        .or_else(|| strategy.iter().max_by_key(|i| i.weight.unwrap_or(0)));
    Ok(match chosen {
        Some(item) if capacity_providers::is_fargate(&item.capacity_provider) => {
            (LaunchType::Fargate, Some(item.capacity_provider.clone()))
        }
        Some(item) => (LaunchType::Ec2, Some(item.capacity_provider.clone())),
        None => (LaunchType::Ec2, None),
    })
}

pub(crate) fn check_compatibility(td: &TaskDefinition, launch: LaunchType) -> Result<(), EcsError> {
    let wanted = match launch {
        LaunchType::Ec2 => Compatibility::Ec2,
        LaunchType::Fargate => Compatibility::Fargate,
        LaunchType::External => Compatibility::External,
        LaunchType::ManagedInstances => Compatibility::ManagedInstances,
    };
    if td.compatibilities.iter().flatten().any(|c| *c == wanted) {
        Ok(())
    } else {
        Err(EcsError::client(format!(
            "Task definition does not support launch_type {}.",
            launch.as_str()
        )))
    }
}

pub(crate) fn task_tags(
    req_tags: Option<&Vec<Tag>>,
    propagate: Option<PropagateTags>,
    td: &TaskDefinitionRecord,
    managed: bool,
    cluster: &str,
) -> Result<Vec<Tag>, EcsError> {
    let mut out = req_tags.cloned().unwrap_or_default();
    tags::validate(&out)?;
    if propagate == Some(PropagateTags::TaskDefinition) {
        for tag in &td.tags {
            if !out.iter().any(|t| t.key == tag.key) {
                out.push(tag.clone());
            }
        }
    }
    if managed {
        out.push(Tag {
            key: Some("aws:ecs:clusterName".into()),
            value: Some(cluster.to_string()),
        });
    }
    Ok(out)
}

pub async fn run_task(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: RunTaskRequest,
) -> Result<RunTaskResponse, EcsError> {
    let count = run_task_count(&req)?;
    let cluster = resources::active_cluster(cp, ctx, req.cluster.as_deref()).await?;
    if let Some(token) = &req.client_token {
        if token.is_empty() || token.len() > 64 {
            return Err(EcsError::invalid("clientToken must be 1-64 characters."));
        }
        if let Some(done) = replay_client_token(
            cp,
            ctx,
            &cluster.value.name,
            token,
            &canonical_request(&req),
        )
        .await?
        {
            return Ok(done);
        }
    }
    let spec = run_task_spec(cp, ctx, &req, cluster.value).await?;
    let token = req
        .client_token
        .as_ref()
        .map(|t| (t.clone(), canonical_request(&req)));
    let (tasks, failures) = launch(cp, ctx, spec, Targets::Any { count }, token).await?;
    Ok(RunTaskResponse {
        tasks: Some(tasks),
        failures: Some(failures),
    })
}

fn run_task_count(req: &RunTaskRequest) -> Result<usize, EcsError> {
    let count = req.count.unwrap_or(1);
    if !(1..=MAX_RUN_TASK_COUNT).contains(&count) {
        return Err(EcsError::invalid(format!(
            "count must be between 1 and {MAX_RUN_TASK_COUNT}."
        )));
    }
    Ok(count as usize)
}

/// Everything RunTask checks before placement, as a launch.
async fn run_task_spec(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: &RunTaskRequest,
    cluster: ClusterRecord,
) -> Result<LaunchSpec, EcsError> {
    let td = runnable_task_definition(cp, ctx, &req.task_definition).await?;
    let (launch_type, capacity_provider_name) = choose_launch(
        &cluster,
        req.launch_type,
        req.capacity_provider_strategy.as_deref(),
    )?;
    check_compatibility(&td.task_definition, launch_type)?;
    validate_network(
        &td.task_definition,
        req.network_configuration.as_ref(),
        launch_type,
    )?;
    validate_started_by(req.started_by.as_deref())?;
    let overrides = req.overrides.clone().unwrap_or_default();
    validate_overrides(&td.task_definition, &overrides)?;
    check_runnable(&td.task_definition, &overrides)?;
    let (strategies, constraints) = placement(
        &td.task_definition,
        req.placement_strategy.as_deref(),
        req.placement_constraints.as_deref(),
    )?;
    let family = td.task_definition.family.clone().unwrap_or_default();
    Ok(LaunchSpec {
        subnet: first_subnet(req.network_configuration.as_ref()),
        reservation: reservation(&td.task_definition, &overrides)?,
        tags: task_tags(
            req.tags.as_ref(),
            req.propagate_tags,
            &td,
            req.enable_ecs_managed_tags.unwrap_or(false),
            &cluster.name,
        )?,
        cluster,
        overrides,
        launch_type,
        capacity_provider_name,
        platform_version: (launch_type == LaunchType::Fargate).then(|| {
            req.platform_version
                .clone()
                .filter(|v| v != "LATEST")
                .unwrap_or_else(|| "1.4.0".into())
        }),
        group: req
            .group
            .clone()
            .unwrap_or_else(|| format!("family:{family}")),
        started_by: req.started_by.clone(),
        enable_execute_command: req.enable_execute_command.unwrap_or(false),
        td,
        // RunTask without a strategy places at random (ECS's default for standalone tasks).
        strategies: if strategies.is_empty() {
            Strategy::run_task_default()
        } else {
            strategies
        },
        constraints,
    })
}

/// RunTask as a dry run (`keel plan`): where each task would go and why every other instance
/// was passed over, in RunTask's own response shape, without storing anything. Each failure
/// names an instance and its reason; `detail` says which task it is about (`task N of M`).
pub async fn plan_run_task(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: RunTaskRequest,
) -> Result<RunTaskResponse, EcsError> {
    let count = run_task_count(&req)?;
    let cluster = resources::active_cluster(cp, ctx, req.cluster.as_deref()).await?;
    let spec = run_task_spec(cp, ctx, &req, cluster.value).await?;
    let long_arns =
        account_settings::long_arn_format(cp, ctx, SettingName::TaskLongArnFormat).await?;
    let snapshot =
        container_instances::all_in_cluster(cp, &ctx.scope.region, &spec.cluster.name).await?;
    let pool: Vec<&InstanceRecord> = snapshot
        .iter()
        .map(|v| &v.value)
        .filter(|r| r.status != "INACTIVE")
        .collect();
    if pool.is_empty() {
        return Err(EcsError::invalid(
            "No Container Instances were found in your cluster.",
        ));
    }
    let scheduler = keel_scheduler::Scheduler::new(pool.iter().map(|r| r.to_scheduler()).collect());
    let request = scheduler_request(&spec, count as u32);
    let now = resources::now();
    let mut tasks = Vec::new();
    let mut failures = Vec::new();
    for (n, task) in scheduler
        .explain(&request, placement_seed())
        .into_iter()
        .enumerate()
    {
        let about = format!("task {} of {count}", n + 1);
        match task.instance {
            Some(index) => {
                let record = new_task_record(ctx, &spec, pool[index], long_arns, now);
                tasks.push(render(&record, false));
            }
            None => failures.push(Failure {
                arn: None,
                reason: Some("NO_INSTANCE".into()),
                detail: Some(format!("{about}: no container instance can take it")),
            }),
        }
        for (index, reason) in task.rejected {
            failures.push(Failure {
                arn: Some(pool[index].arn.clone()),
                reason: Some(reason.as_str().into()),
                detail: Some(about.clone()),
            });
        }
    }
    Ok(RunTaskResponse {
        tasks: Some(tasks),
        failures: Some(failures),
    })
}

/// The scheduler's request for tasks of `spec`.
pub(crate) fn scheduler_request(spec: &LaunchSpec, count: u32) -> keel_scheduler::Request {
    let td = &spec.td.task_definition;
    keel_scheduler::Request {
        demand: Demand::from(&spec.reservation),
        count,
        group: spec.group.clone(),
        strategies: spec.strategies.clone(),
        constraints: spec.constraints.clone(),
        // Fargate capacity is Keel's own hosts standing in for AWS's: the capabilities a task
        // definition requires are the platform's promise there, not an agent's registration.
        required_attributes: if spec.launch_type == LaunchType::Fargate {
            Vec::new()
        } else {
            td.requires_attributes
                .iter()
                .flatten()
                .map(|a| (a.name.clone(), a.value.clone()))
                .collect()
        },
    }
}

/// The scheduler draws nothing of its own; each plan gets a fresh seed.
pub(crate) fn placement_seed() -> u64 {
    let id = keel_types::ids::new_hex_id();
    u64::from_str_radix(&id[..16.min(id.len())], 16).unwrap_or(0)
}

pub async fn start_task(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: StartTaskRequest,
) -> Result<StartTaskResponse, EcsError> {
    if req.container_instances.is_empty() || req.container_instances.len() > 10 {
        return Err(EcsError::invalid(
            "containerInstances must contain between 1 and 10 items.",
        ));
    }
    let cluster = resources::active_cluster(cp, ctx, req.cluster.as_deref()).await?;
    let td = runnable_task_definition(cp, ctx, &req.task_definition).await?;
    check_compatibility(&td.task_definition, LaunchType::Ec2)?;
    validate_network(
        &td.task_definition,
        req.network_configuration.as_ref(),
        LaunchType::Ec2,
    )?;
    validate_started_by(req.started_by.as_deref())?;
    let overrides = req.overrides.clone().unwrap_or_default();
    validate_overrides(&td.task_definition, &overrides)?;
    check_runnable(&td.task_definition, &overrides)?;
    let family = td.task_definition.family.clone().unwrap_or_default();
    let spec = LaunchSpec {
        subnet: first_subnet(req.network_configuration.as_ref()),
        strategies: Vec::new(),
        constraints: Vec::new(),
        reservation: reservation(&td.task_definition, &overrides)?,
        tags: task_tags(
            req.tags.as_ref(),
            req.propagate_tags,
            &td,
            req.enable_ecs_managed_tags.unwrap_or(false),
            &cluster.value.name,
        )?,
        cluster: cluster.value,
        overrides,
        launch_type: LaunchType::Ec2,
        capacity_provider_name: None,
        platform_version: None,
        group: req
            .group
            .clone()
            .unwrap_or_else(|| format!("family:{family}")),
        started_by: req.started_by.clone(),
        enable_execute_command: req.enable_execute_command.unwrap_or(false),
        td,
    };
    let (tasks, failures) = launch(
        cp,
        ctx,
        spec,
        Targets::Instances(req.container_instances.clone()),
        None,
    )
    .await?;
    Ok(StartTaskResponse {
        tasks: Some(tasks),
        failures: Some(failures),
    })
}

/// The request with its clientToken removed, as stored for idempotency checks.
fn canonical_request(req: &RunTaskRequest) -> String {
    let mut value = serde_json::to_value(req).unwrap_or_default();
    if let Some(obj) = value.as_object_mut() {
        obj.remove("clientToken");
    }
    value.to_string()
}

#[derive(Clone, Serialize, Deserialize)]
struct ClientTokenRecord {
    request: String,
    task_arns: Vec<String>,
}

/// A RunTask retried with the same clientToken returns the tasks it started the first time;
/// the same token with a different request is a ConflictException naming those tasks.
async fn replay_client_token(
    cp: &ControlPlane,
    ctx: &RequestContext,
    cluster: &str,
    token: &str,
    canonical: &str,
) -> Result<Option<RunTaskResponse>, EcsError> {
    let key = state::run_task_token_key(&ctx.scope.region, cluster, token);
    let Some(record): Option<Versioned<ClientTokenRecord>> = state::get(&*cp.store, &key).await?
    else {
        return Ok(None);
    };
    if record.value.request != canonical {
        return Err(EcsError::Conflict {
            resource_ids: record.value.task_arns,
        });
    }
    let mut tasks = Vec::new();
    for arn in &record.value.task_arns {
        if let Some(rec) = load_task(cp, ctx, cluster, arn).await? {
            tasks.push(render(&rec.value, false));
        }
    }
    Ok(Some(RunTaskResponse {
        tasks: Some(tasks),
        failures: Some(Vec::new()),
    }))
}

/// What one launch comes to: the tasks started and the placement failures.
type LaunchResult = Result<(Vec<Task>, Vec<Failure>), EcsError>;

/// A RunTask or StartTask waiting to be placed.
pub(crate) struct LaunchJob {
    ctx: RequestContext,
    spec: LaunchSpec,
    targets: Targets,
    client_token: Option<(String, String)>,
    long_arns: bool,
}

/// Launches into one cluster: the jobs waiting for a batch, and what the batches already handed
/// to the store but not yet committed will leave the instances as.
#[derive(Default)]
pub(crate) struct LaunchQueue {
    jobs: BatchQueue<LaunchJob, LaunchResult>,
    in_flight: parking_lot::Mutex<InFlight>,
    /// Signalled whenever a batch in flight settles.
    settled: tokio::sync::Notify,
}

/// Batches committing. Placement is pipelined: once a batch has planned and handed its
/// transaction to the store, the next batch plans while the first waits for its fsync. It
/// plans on the instances as the batches in flight leave them, and its transaction expects
/// exactly those records (by value), so that if a batch ahead of it fails, it fails too and
/// nothing is placed on resources that were never taken.
#[derive(Default)]
struct InFlight {
    next_batch: u64,
    batches: usize,
    /// The latest planned state of every instance a batch in flight changes, by key.
    instances: HashMap<String, Speculative>,
}

#[derive(Clone)]
struct Speculative {
    batch: u64,
    record: InstanceRecord,
    /// The record exactly as that batch writes it.
    bytes: Arc<[u8]>,
}

impl LaunchQueue {
    fn speculative(&self) -> HashMap<String, Speculative> {
        self.in_flight.lock().instances.clone()
    }

    /// Records a batch as in flight, with the instances as it leaves them; returns its number.
    fn start(&self, written: Written) -> u64 {
        let mut in_flight = self.in_flight.lock();
        let batch = in_flight.next_batch;
        in_flight.next_batch += 1;
        in_flight.batches += 1;
        for (key, mut speculative) in written {
            speculative.batch = batch;
            in_flight.instances.insert(key, speculative);
        }
        batch
    }

    /// The batch has committed or failed: its records are the store's business again (unless a
    /// later batch in flight changed them since).
    fn settle(&self, batch: u64) {
        let mut in_flight = self.in_flight.lock();
        in_flight.batches -= 1;
        in_flight.instances.retain(|_, s| s.batch != batch);
        drop(in_flight);
        self.settled.notify_waiters();
    }

    /// Waits until no batch is in flight.
    async fn quiet(&self) {
        loop {
            let notified = self.settled.notified();
            if self.in_flight.lock().batches == 0 {
                return;
            }
            notified.await;
        }
    }
}

/// Places and commits tasks. Launches into the same cluster are batched (see [`BatchQueue`]):
/// each batch is planned on one snapshot of the cluster's instances and committed in one
/// transaction, guarded by the state of the instances it changes, and the next batch plans
/// while it commits (see [`InFlight`]); a batch that loses a race is redone one job at a time.
async fn launch(
    cp: &ControlPlane,
    ctx: &RequestContext,
    spec: LaunchSpec,
    targets: Targets,
    client_token: Option<(String, String)>,
) -> LaunchResult {
    let long_arns =
        account_settings::long_arn_format(cp, ctx, SettingName::TaskLongArnFormat).await?;
    let key = (ctx.scope.region.clone(), spec.cluster.name.clone());
    let queue = Arc::clone(cp.launches.lock().entry(key).or_default());
    let job = LaunchJob {
        ctx: ctx.clone(),
        spec,
        targets,
        client_token,
        long_arns,
    };
    let cluster = job.spec.cluster.name.clone();
    let cp = cp.clone();
    let batches = Arc::clone(&queue);
    let result = queue
        .jobs
        .submit(job, move |jobs, gate| async move {
            launch_batch(&cp, &batches, jobs, gate).await;
        })
        .await
        .unwrap_or_else(|| Err(EcsError::Internal("task launch was abandoned".into())));
    // The control plane's `scheduler` log: where each task went, and why others did not.
    if let Ok((tasks, failures)) = &result {
        for task in tasks {
            tracing::info!(
                target: "keel::scheduler",
                cluster = %cluster,
                task = task.task_arn.as_deref().unwrap_or(""),
                container_instance = task.container_instance_arn.as_deref().unwrap_or(""),
                "task placed"
            );
        }
        for failure in failures {
            tracing::info!(
                target: "keel::scheduler",
                cluster = %cluster,
                arn = failure.arn.as_deref().unwrap_or(""),
                reason = failure.reason.as_deref().unwrap_or(""),
                "placement failed"
            );
        }
    }
    result
}

async fn launch_batch(
    cp: &ControlPlane,
    queue: &LaunchQueue,
    jobs: Vec<Queued<LaunchJob, LaunchResult>>,
    gate: Gate,
) {
    if let Ok(Some(results)) = launch_together(cp, queue, &jobs, gate).await {
        for ((_, reply), result) in jobs.into_iter().zip(results) {
            let _ = reply.send(result);
        }
        return;
    }
    // Lost a race (to another writer, or to a batch ahead that failed), a clientToken was
    // taken meanwhile, or the store failed: one job at a time, alone, where each gets its own
    // retries and its own answer.
    let gate = queue.jobs.exclusive().await;
    queue.quiet().await;
    for (job, reply) in jobs {
        let result = launch_one(cp, &job).await;
        let _ = reply.send(result);
    }
    drop(gate);
}

/// One job, retried on conflict. Runs with the cluster's launches otherwise stopped.
async fn launch_one(cp: &ControlPlane, job: &LaunchJob) -> LaunchResult {
    let batch = [job];
    for _ in 0..state::MAX_CAS_ATTEMPTS {
        let (instances, plans) = plan_batch(cp, &batch, &HashMap::new()).await?;
        let plan = plans.into_iter().next().expect("one plan per job");
        let plan = plan?;
        let (txn, _) = launch_txn(job, &instances, std::slice::from_ref(&plan))?;
        let succeeded = match txn {
            Some(txn) => cp.store.txn(txn).await?.succeeded,
            None => true,
        };
        if succeeded {
            return Ok((plan.tasks(), plan.failures));
        }
        // Lost a race. If it was to the same clientToken, answer as the winner did.
        if let Some((token, canonical)) = &job.client_token
            && let Some(done) =
                replay_client_token(cp, &job.ctx, &job.spec.cluster.name, token, canonical).await?
        {
            return Ok((
                done.tasks.unwrap_or_default(),
                done.failures.unwrap_or_default(),
            ));
        }
    }
    Err(EcsError::Contention)
}

/// Every job of a batch in one transaction, pipelined: plans while holding `gate`, hands the
/// transaction to the store, lets the next batch start and then waits for the commit.
/// `Ok(None)` when the transaction lost a race.
async fn launch_together(
    cp: &ControlPlane,
    queue: &LaunchQueue,
    jobs: &[Queued<LaunchJob, LaunchResult>],
    gate: Gate,
) -> Result<Option<Vec<LaunchResult>>, EcsError> {
    let batch: Vec<&LaunchJob> = jobs.iter().map(|(job, _)| job).collect();
    // Read before the snapshot: a batch that settles in between is then in one or the other.
    let speculative = queue.speculative();
    let (instances, plans) = plan_batch(cp, &batch, &speculative).await?;
    let placed: Vec<JobPlan> = plans
        .iter()
        .filter_map(|p| p.as_ref().ok())
        .cloned()
        .collect();
    let (txn, written) = launch_txn(batch[0], &instances, &placed)?;
    let results = || {
        plans
            .into_iter()
            .map(|plan| plan.map(|p| (p.tasks(), p.failures)))
            .collect()
    };
    let Some(txn) = txn else {
        drop(gate);
        return Ok(Some(results()));
    };
    let mut commit = cp.store.txn(txn);
    // One poll hands the transaction to the store's writer (as the SQLite backend does), so the
    // store sees the batches in the order they were planned. A backend that queued it later
    // would only make the next batch lose its race and be redone.
    let first = futures::poll!(commit.as_mut());
    let number = queue.start(written);
    drop(gate);
    let response = match first {
        std::task::Poll::Ready(response) => response,
        std::task::Poll::Pending => commit.await,
    };
    queue.settle(number);
    if !response?.succeeded {
        return Ok(None);
    }
    Ok(Some(results()))
}
/// The records one job would write.
#[derive(Clone)]
struct JobPlan {
    records: Vec<TaskRecord>,
    failures: Vec<Failure>,
    /// `(key, record)` of the clientToken, when the request carried one.
    token: Option<(String, ClientTokenRecord)>,
}

impl JobPlan {
    fn tasks(&self) -> Vec<Task> {
        self.records.iter().map(|r| render(r, false)).collect()
    }
}

/// The instances as the batch leaves them, and which of them it changed.
struct PlannedInstances {
    snapshot: Vec<Versioned<InstanceRecord>>,
    /// What each instance's record must still be for the batch to commit: as read (its
    /// revision), or as a batch in flight will leave it (its bytes).
    expected: Vec<Expected>,
    working: Vec<InstanceRecord>,
    touched: Vec<bool>,
    /// The snapshot indices of the instances placement considers (all but INACTIVE ones), in
    /// the scheduler's order.
    pool: Vec<usize>,
    scheduler: keel_scheduler::Scheduler,
}

enum Expected {
    ModRevision(keel_store::Revision),
    Value(Arc<[u8]>),
}

type PlanResult = Result<JobPlan, EcsError>;

/// Plans the jobs in order on one snapshot of their cluster's instances, each seeing the
/// resources the ones before it took; instances a batch in flight changes are taken as that
/// batch leaves them.
async fn plan_batch(
    cp: &ControlPlane,
    jobs: &[&LaunchJob],
    speculative: &HashMap<String, Speculative>,
) -> Result<(PlannedInstances, Vec<PlanResult>), EcsError> {
    let first = jobs[0];
    let mut snapshot =
        container_instances::all_in_cluster(cp, &first.ctx.scope.region, &first.spec.cluster.name)
            .await?;
    let expected = snapshot
        .iter_mut()
        .map(|entry| match speculative.get(&entry.key) {
            Some(ahead) => {
                entry.value = ahead.record.clone();
                Expected::Value(Arc::clone(&ahead.bytes))
            }
            None => Expected::ModRevision(entry.mod_revision),
        })
        .collect();
    let pool: Vec<usize> = (0..snapshot.len())
        .filter(|i| snapshot[*i].value.status != "INACTIVE")
        .collect();
    let scheduler = keel_scheduler::Scheduler::new(
        pool.iter()
            .map(|i| snapshot[*i].value.to_scheduler())
            .collect(),
    );
    let mut planned = PlannedInstances {
        working: snapshot.iter().map(|v| v.value.clone()).collect(),
        touched: vec![false; snapshot.len()],
        expected,
        snapshot,
        pool,
        scheduler,
    };
    let now = resources::now();
    let seed = placement_seed();
    let plans = jobs
        .iter()
        .map(|job| plan_job(job, &mut planned, now, seed))
        .collect();
    Ok((planned, plans))
}

fn plan_job(
    job: &LaunchJob,
    planned: &mut PlannedInstances,
    now: Timestamp,
    seed: u64,
) -> Result<JobPlan, EcsError> {
    let (ctx, spec) = (&job.ctx, &job.spec);
    let cluster_name = &spec.cluster.name;
    let mut failures = Vec::new();
    // Which instances (snapshot indices) receive a task, in task order.
    let mut chosen: Vec<usize> = Vec::new();
    match &job.targets {
        Targets::Any { count } => {
            if planned.pool.is_empty() {
                return Err(EcsError::invalid(
                    "No Container Instances were found in your cluster.",
                ));
            }
            let request = scheduler_request(spec, *count as u32);
            let plan = planned.scheduler.place(&request, seed);
            chosen.extend(plan.placements.iter().map(|p| planned.pool[*p]));
            for (index, reason) in &plan.rejections {
                failures.push(Failure {
                    arn: Some(planned.working[planned.pool[*index]].arn.clone()),
                    reason: Some(reason.as_str().to_string()),
                    detail: None,
                });
            }
        }
        Targets::Instances(references) => {
            let request = scheduler_request(spec, 1);
            for reference in references {
                let id = container_instances::instance_id(ctx, cluster_name, reference);
                let found = id.and_then(|id| {
                    planned
                        .pool
                        .iter()
                        .position(|i| planned.working[*i].id == id)
                });
                let Some(position) = found else {
                    failures.push(Failure {
                        arn: Some(reference.clone()),
                        reason: Some("MISSING".into()),
                        detail: None,
                    });
                    continue;
                };
                let index = planned.pool[position];
                match planned.scheduler.place_on(&request, &[position])[0] {
                    Ok(()) => chosen.push(index),
                    Err(reason) => failures.push(Failure {
                        arn: Some(planned.working[index].arn.clone()),
                        reason: Some(reason.as_str().to_string()),
                        detail: None,
                    }),
                }
            }
        }
    }

    let mut records = Vec::new();
    for index in chosen {
        let mut record = new_task_record(ctx, spec, &planned.working[index], job.long_arns, now);
        take_for_task(
            &mut planned.working[index],
            &spec.group,
            &mut record,
            &spec.td.task_definition,
        );
        planned.touched[index] = true;
        records.push(record);
    }
    let token = job.client_token.as_ref().map(|(token, request)| {
        (
            state::run_task_token_key(&ctx.scope.region, cluster_name, token),
            ClientTokenRecord {
                request: request.clone(),
                task_arns: records
                    .iter()
                    .filter_map(|r| r.task.task_arn.clone())
                    .collect(),
            },
        )
    });
    Ok(JobPlan {
        records,
        failures,
        token,
    })
}

/// The instance records a batch writes, by key.
type Written = Vec<(String, Speculative)>;

/// The transaction that commits the plans of one batch (`None` if they write nothing), and the
/// instances as it leaves them.
fn launch_txn(
    any_job: &LaunchJob,
    instances: &PlannedInstances,
    plans: &[JobPlan],
) -> Result<(Option<Txn>, Written), EcsError> {
    let region = &any_job.ctx.scope.region;
    let cluster_name = &any_job.spec.cluster.name;
    let mut compares = Vec::new();
    let mut ops = Vec::new();
    let mut written = Vec::new();
    for (index, touched) in instances.touched.iter().enumerate() {
        if *touched {
            let key = &instances.snapshot[index].key;
            compares.push(match &instances.expected[index] {
                Expected::ModRevision(revision) => Compare::mod_revision_eq(key.clone(), *revision),
                Expected::Value(bytes) => Compare::value_eq(key.clone(), bytes.to_vec()),
            });
            let record = &instances.working[index];
            let bytes: Arc<[u8]> = serde_json::to_vec(record)?.into();
            ops.push(Op::put(key.clone(), bytes.to_vec()));
            written.push((
                key.clone(),
                Speculative {
                    batch: 0,
                    record: record.clone(),
                    bytes,
                },
            ));
        }
    }
    for plan in plans {
        for record in &plan.records {
            ops.push(state::put_op(
                &state::task_key(region, cluster_name, &record.id),
                record,
            )?);
        }
        if let Some((key, token_record)) = &plan.token {
            compares.push(Compare::absent(key.clone()));
            ops.push(state::put_op(key, token_record)?);
        }
    }
    if ops.is_empty() {
        return Ok((None, written));
    }
    Ok((Some(Txn::new().when(compares).and_then(ops)), written))
}

pub(crate) fn new_task_record(
    ctx: &RequestContext,
    spec: &LaunchSpec,
    instance: &InstanceRecord,
    long_arns: bool,
    now: Timestamp,
) -> TaskRecord {
    let id = keel_types::ids::new_ordered_hex_id();
    let cluster = spec.cluster.name.clone();
    let task_arn = ecs_arn(
        ctx,
        EcsResource::Task {
            cluster: long_arns.then(|| cluster.clone()),
            id: id.clone(),
        },
    );
    let td = &spec.td.task_definition;
    let containers = td
        .container_definitions
        .iter()
        .flatten()
        .map(|def| {
            let name = def.name.clone().unwrap_or_default();
            let over = container_override(&spec.overrides, &name);
            Container {
                container_arn: Some(ecs_arn(
                    ctx,
                    EcsResource::Container {
                        cluster: cluster.clone(),
                        task_id: id.clone(),
                        id: keel_types::ids::new_uuid(),
                    },
                )),
                task_arn: Some(task_arn.clone()),
                name: Some(name),
                image: def.image.clone(),
                last_status: Some("PENDING".into()),
                network_bindings: Some(Vec::new()),
                network_interfaces: Some(Vec::new()),
                health_status: def.health_check.as_ref().map(|_| HealthStatus::Unknown),
                cpu: Some(
                    over.and_then(|o| o.cpu)
                        .or(def.cpu)
                        .unwrap_or(0)
                        .to_string(),
                ),
                memory: over
                    .and_then(|o| o.memory)
                    .or(def.memory)
                    .map(|m| m.to_string()),
                memory_reservation: over
                    .and_then(|o| o.memory_reservation)
                    .or(def.memory_reservation)
                    .map(|m| m.to_string()),
                ..Default::default()
            }
        })
        .collect();
    // ECS lists an override entry for every container, filled in where the caller gave one.
    let mut overrides = spec.overrides.clone();
    let given = overrides.container_overrides.take().unwrap_or_default();
    overrides.container_overrides = Some(
        td.container_definitions
            .iter()
            .flatten()
            .map(|def| {
                given
                    .iter()
                    .find(|o| o.name == def.name)
                    .cloned()
                    .unwrap_or_else(|| ContainerOverride {
                        name: def.name.clone(),
                        ..Default::default()
                    })
            })
            .collect(),
    );
    overrides
        .inference_accelerator_overrides
        .get_or_insert_with(Vec::new);
    let task = Task {
        task_arn: Some(task_arn.clone()),
        cluster_arn: Some(spec.cluster.arn.clone()),
        task_definition_arn: td.task_definition_arn.clone(),
        container_instance_arn: (spec.launch_type != LaunchType::Fargate)
            .then(|| instance.arn.clone()),
        containers: Some(containers),
        overrides: Some(overrides),
        last_status: Some(TaskStatus::Provisioning.as_str().into()),
        desired_status: Some("RUNNING".into()),
        cpu: Some(spec.reservation.cpu.to_string()),
        memory: Some(spec.reservation.memory.to_string()),
        created_at: Some(now),
        started_by: spec.started_by.clone(),
        group: Some(spec.group.clone()),
        launch_type: Some(spec.launch_type),
        capacity_provider_name: spec.capacity_provider_name.clone(),
        platform_version: spec.platform_version.clone(),
        platform_family: (spec.launch_type == LaunchType::Fargate).then(|| "Linux".into()),
        availability_zone: instance
            .attribute("ecs.availability-zone")
            .map(str::to_string),
        version: Some(1),
        attachments: Some(
            (td.network_mode == Some(NetworkMode::Awsvpc))
                .then(|| eni::precreated(spec.subnet.as_deref()))
                .into_iter()
                .collect(),
        ),
        attributes: Some(Vec::new()),
        health_status: Some(HealthStatus::Unknown),
        enable_execute_command: Some(spec.enable_execute_command),
        ephemeral_storage: td.ephemeral_storage.clone(),
        inference_accelerators: Some(Vec::new()),
        ..Default::default()
    };
    TaskRecord {
        id,
        cluster,
        family: td.family.clone().unwrap_or_default(),
        task,
        container_instance_id: Some(instance.id.clone()),
        reservation: spec.reservation.clone(),
        resources_released: false,
        service_name: None,
        tags: spec.tags.clone(),
        agent_seq: 0,
    }
}

/// The wire form of a stored task.
pub fn render(record: &TaskRecord, include_tags: bool) -> Task {
    let mut task = record.task.clone();
    task.tags = include_tags.then(|| record.tags.clone());
    task
}

/// The task id a reference (id, short ARN or long ARN) names within `cluster`.
fn task_id(ctx: &RequestContext, cluster: &str, reference: &str) -> Option<String> {
    if reference.starts_with("arn:") {
        return match resources::parse_local_arn(ctx, reference)? {
            EcsResource::Task {
                cluster: Some(c),
                id,
            } if c == cluster => Some(id),
            EcsResource::Task { cluster: None, id } => Some(id),
            _ => None,
        };
    }
    (!reference.is_empty() && !reference.contains('/')).then(|| reference.to_string())
}

/// The store key of the task a reference names within `cluster`, if it can name one there.
fn task_key_of(ctx: &RequestContext, cluster: &str, reference: &str) -> Option<String> {
    let id = task_id(ctx, cluster, reference)?;
    Some(state::task_key(&ctx.scope.region, cluster, &id))
}

pub async fn load_task(
    cp: &ControlPlane,
    ctx: &RequestContext,
    cluster: &str,
    reference: &str,
) -> Result<Option<Versioned<TaskRecord>>, EcsError> {
    match task_key_of(ctx, cluster, reference) {
        Some(key) => state::get(&*cp.store, &key).await,
        None => Ok(None),
    }
}

pub async fn describe_tasks(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: DescribeTasksRequest,
) -> Result<DescribeTasksResponse, EcsError> {
    let cluster = resources::active_cluster(cp, ctx, req.cluster.as_deref()).await?;
    if req.tasks.is_empty() || req.tasks.len() > 100 {
        return Err(EcsError::invalid(
            "tasks must contain between 1 and 100 items.",
        ));
    }
    let include_tags = req.include.unwrap_or_default().contains(&TaskField::Tags);
    let mut tasks = Vec::new();
    let mut failures = Vec::new();
    for reference in &req.tasks {
        let found = match task_key_of(ctx, &cluster.value.name, reference) {
            Some(key) => cp.task_cache.get(&*cp.store, &key).await?,
            None => None,
        };
        match found {
            Some(rec) => tasks.push(render(&rec.value, include_tags)),
            None => {
                let arn = if reference.starts_with("arn:") {
                    reference.clone()
                } else {
                    ecs_arn(
                        ctx,
                        EcsResource::Task {
                            cluster: Some(cluster.value.name.clone()),
                            id: reference.clone(),
                        },
                    )
                };
                failures.push(Failure {
                    arn: Some(arn),
                    reason: Some("MISSING".into()),
                    detail: None,
                });
            }
        }
    }
    Ok(DescribeTasksResponse {
        tasks: Some(tasks),
        failures: Some(failures),
    })
}

pub async fn list_tasks(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: ListTasksRequest,
) -> Result<ListTasksResponse, EcsError> {
    let cluster = resources::active_cluster(cp, ctx, req.cluster.as_deref()).await?;
    let page = pagination::page_size(req.max_results, 100, 100)?;
    if req.started_by.is_some()
        && (req.family.is_some() || req.container_instance.is_some() || req.service_name.is_some())
    {
        return Err(EcsError::invalid(
            "When you specify startedBy as the filter, it must be the only filter that you use.",
        ));
    }
    let service_filter = match &req.service_name {
        Some(reference) => Some(
            crate::ecs::services::load(cp, ctx, &cluster.value.name, reference)
                .await?
                .ok_or(EcsError::ServiceNotFound)?
                .value
                .name,
        ),
        None => None,
    };
    let instance_filter = match &req.container_instance {
        Some(reference) => Some(
            container_instances::instance_id(ctx, &cluster.value.name, reference)
                .ok_or_else(|| EcsError::invalid("Invalid containerInstance."))?,
        ),
        None => None,
    };
    let desired = req.desired_status.unwrap_or(DesiredStatus::Running);
    let records = tasks_in_cluster(cp, &ctx.scope.region, &cluster.value.name).await?;
    let arns: Vec<(String, String)> = records
        .into_iter()
        .map(|r| r.value)
        .filter(|t| t.desired_status() == desired.as_str())
        .filter(|t| req.family.as_ref().is_none_or(|f| *f == t.family))
        .filter(|t| req.started_by.is_none() || t.task.started_by == req.started_by)
        .filter(|t| req.launch_type.is_none_or(|l| t.launch_type() == l))
        .filter(|t| instance_filter.is_none() || t.container_instance_id == instance_filter)
        .filter(|t| service_filter.is_none() || t.service_name == service_filter)
        .filter(|_| req.daemon_name.is_none())
        .filter_map(|t| Some((t.id, t.task.task_arn?)))
        .collect();
    let (arns, next_token) = pagination::paginate(
        "ListTasks",
        arns,
        |(id, _)| id.clone(),
        req.next_token.as_deref(),
        page,
    )?;
    Ok(ListTasksResponse {
        task_arns: Some(arns.into_iter().map(|(_, arn)| arn).collect()),
        next_token,
    })
}

/// A change to a task's state, from StopTask, an agent, or the state-change submissions.
#[derive(Clone, Debug, Default)]
pub struct TaskStateUpdate {
    pub last_status: Option<TaskStatus>,
    pub desired_stopped: Option<(TaskStopCode, String)>,
    pub pull_started_at: Option<Timestamp>,
    pub pull_stopped_at: Option<Timestamp>,
    pub execution_stopped_at: Option<Timestamp>,
    pub reason: Option<String>,
    pub containers: Vec<ContainerStateChange>,
    /// The agent protocol's sequence number of this change: applied only if greater than the
    /// task's `agent_seq`, which it then becomes (in the same transaction).
    pub seq: Option<u64>,
    /// Why the task stopped, as the agent saw it; a stop code set before (StopTask's
    /// `UserInitiated`) is kept.
    pub stop_code: Option<TaskStopCode>,
    /// The task's health.
    pub health_status: Option<HealthStatus>,
    /// Containers' health, by container name.
    pub container_health: Vec<(String, HealthStatus)>,
    /// An awsvpc task's address, once its network namespace exists.
    pub network_interface: Option<eni::TaskAddress>,
}

/// Applies an update to one task with compare-and-swap; when the task reaches STOPPED its
/// resources go back to its instance in the same transaction.
pub async fn apply_task_update(
    cp: &ControlPlane,
    region: &str,
    cluster: &str,
    id: &str,
    update: &TaskStateUpdate,
) -> Result<TaskRecord, EcsError> {
    Ok(apply_task_update_seq(cp, region, cluster, id, update)
        .await?
        .0)
}

/// [`apply_task_update`], telling whether the update was applied: `false` when its `seq` was
/// not greater than the one stored (a replay; nothing is written).
pub async fn apply_task_update_seq(
    cp: &ControlPlane,
    region: &str,
    cluster: &str,
    id: &str,
    update: &TaskStateUpdate,
) -> Result<(TaskRecord, bool), EcsError> {
    let key = state::task_key(region, cluster, id);
    for _ in 0..state::MAX_CAS_ATTEMPTS {
        let rec: Versioned<TaskRecord> = state::get(&*cp.store, &key)
            .await?
            .ok_or_else(|| EcsError::invalid("The referenced task was not found."))?;
        let mut record = rec.value.clone();
        if let Some(seq) = update.seq {
            if seq <= record.agent_seq {
                return Ok((record, false));
            }
            record.agent_seq = seq;
        }
        let now = resources::now();
        let before = record.last_status();
        apply_to_record(&mut record, update, now);
        let after = record.last_status();
        let mut compares = vec![Compare::mod_revision_eq(key.clone(), rec.mod_revision)];
        let mut ops = vec![state::put_op(&key, &record)?];
        let running_changed = (after == TaskStatus::Running) != (before == TaskStatus::Running);
        if after != TaskStatus::Stopped
            && running_changed
            && let Some(instance_id) = &record.container_instance_id
        {
            // runningTasksCount in the cluster query language reads the instance record.
            let ikey = state::instance_key(region, cluster, instance_id);
            if let Some(inst) = state::get::<InstanceRecord>(&*cp.store, &ikey).await? {
                let mut instance = inst.value.clone();
                if after == TaskStatus::Running {
                    instance.running_tasks += 1;
                } else {
                    instance.running_tasks = instance.running_tasks.saturating_sub(1);
                }
                compares.push(Compare::mod_revision_eq(ikey.clone(), inst.mod_revision));
                ops.push(state::put_op(&ikey, &instance)?);
            }
        }
        if after == TaskStatus::Stopped && before != TaskStatus::Stopped {
            if let Some(instance_id) = &record.container_instance_id {
                let ikey = state::instance_key(region, cluster, instance_id);
                if let Some(inst) = state::get::<InstanceRecord>(&*cp.store, &ikey).await? {
                    let mut instance = inst.value.clone();
                    let group = record.task.group.as_deref().unwrap_or("");
                    release(&mut instance, group, &record.reservation);
                    if before == TaskStatus::Running {
                        instance.running_tasks = instance.running_tasks.saturating_sub(1);
                    }
                    compares.push(Compare::mod_revision_eq(ikey.clone(), inst.mod_revision));
                    ops.push(state::put_op(&ikey, &instance)?);
                }
            }
            record.resources_released = true;
            ops[0] = state::put_op(&key, &record)?;
            let stopped_ms = record
                .task
                .stopped_at
                .map(|t| t.as_millis())
                .unwrap_or_else(keel_types::time::now_millis);
            ops.push(Op::put(
                state::stopped_task_index_key(stopped_ms, region, cluster, id),
                Vec::new(),
            ));
        }
        if cp
            .store
            .txn(Txn::new().when(compares).and_then(ops))
            .await?
            .succeeded
        {
            return Ok((record, true));
        }
    }
    Err(EcsError::Contention)
}

/// Order of container statuses: a container's `lastStatus` moves forward only through these
/// (an unknown status is taken as given).
fn container_status_rank(status: &str) -> Option<u8> {
    match status {
        "PENDING" => Some(0),
        "RUNNING" => Some(1),
        "STOPPED" => Some(2),
        _ => None,
    }
}

/// Takes a new task's resources on its instance record ([`take`]) and reports the GPU ids it
/// got on its containers (`gpuIds`), each container with a GPU resourceRequirements taking its
/// count in container-definition order, as ECS shares them out.
pub(crate) fn take_for_task(
    instance: &mut InstanceRecord,
    group: &str,
    record: &mut TaskRecord,
    td: &TaskDefinition,
) {
    take(instance, group, &mut record.reservation);
    let mut shared = keel_runtime::mapping::share_gpus(td, &record.reservation.gpu_ids);
    for container in record.task.containers.iter_mut().flatten() {
        if let Some(ids) = container
            .name
            .as_ref()
            .and_then(|n| shared.remove(n))
            .filter(|ids| !ids.is_empty())
        {
            container.gpu_ids = Some(ids);
        }
    }
}

/// Takes a placed task's resources on its instance record (the inverse of [`release`]),
/// assigning it GPUs by id.
pub(crate) fn take(instance: &mut InstanceRecord, group: &str, reservation: &mut Reservation) {
    let gpus: Vec<String> = instance
        .free_gpu_ids()
        .into_iter()
        .take(reservation.gpus as usize)
        .collect();
    instance.used_gpu_ids.extend(gpus.iter().cloned());
    reservation.gpu_ids = gpus;
    instance.used_cpu += reservation.cpu;
    instance.used_memory += reservation.memory;
    instance.used_tcp_ports.extend(&reservation.tcp_ports);
    instance.used_udp_ports.extend(&reservation.udp_ports);
    instance.dynamic_tcp_used += reservation.dynamic_tcp;
    instance.dynamic_udp_used += reservation.dynamic_udp;
    *instance.task_groups.entry(group.to_string()).or_insert(0) += 1;
}

pub(crate) fn release(instance: &mut InstanceRecord, group: &str, reservation: &Reservation) {
    instance.used_cpu = (instance.used_cpu - reservation.cpu).max(0);
    instance.used_memory = (instance.used_memory - reservation.memory).max(0);
    instance
        .used_gpu_ids
        .retain(|g| !reservation.gpu_ids.contains(g));
    instance.dynamic_tcp_used = instance
        .dynamic_tcp_used
        .saturating_sub(reservation.dynamic_tcp);
    instance.dynamic_udp_used = instance
        .dynamic_udp_used
        .saturating_sub(reservation.dynamic_udp);
    if let Some(n) = instance.task_groups.get_mut(group) {
        *n = n.saturating_sub(1);
        if *n == 0 {
            instance.task_groups.remove(group);
        }
    }
    for port in &reservation.tcp_ports {
        if let Some(pos) = instance.used_tcp_ports.iter().position(|p| p == port) {
            instance.used_tcp_ports.remove(pos);
        }
    }
    for port in &reservation.udp_ports {
        if let Some(pos) = instance.used_udp_ports.iter().position(|p| p == port) {
            instance.used_udp_ports.remove(pos);
        }
    }
}

/// The pure part of a state update: forward-only status, timestamps ECS sets on the way.
pub fn apply_to_record(record: &mut TaskRecord, update: &TaskStateUpdate, now: Timestamp) {
    let task = &mut record.task;
    let mut changed = false;
    if let Some((code, reason)) = &update.desired_stopped
        && task.desired_status.as_deref() != Some("STOPPED")
    {
        task.desired_status = Some("STOPPED".into());
        task.stop_code = Some(*code);
        task.stopped_reason = Some(reason.clone());
        task.stopping_at.get_or_insert(now);
        changed = true;
    }
    if update.pull_started_at.is_some() {
        task.pull_started_at = update.pull_started_at;
    }
    if update.pull_stopped_at.is_some() {
        task.pull_stopped_at = update.pull_stopped_at;
    }
    for change in &update.containers {
        let Some(container) = task
            .containers
            .iter_mut()
            .flatten()
            .find(|c| c.name.as_deref() == change.container_name.as_deref())
        else {
            continue;
        };
        if let Some(status) = &change.status {
            let current = container
                .last_status
                .as_deref()
                .and_then(container_status_rank);
            let backwards = matches!(
                (current, container_status_rank(status)),
                (Some(now), Some(next)) if next < now
            );
            if !backwards {
                container.last_status = Some(status.clone());
            }
        }
        if change.exit_code.is_some() {
            container.exit_code = change.exit_code;
        }
        if change.reason.is_some() {
            container.reason = change.reason.clone();
        }
        if change.runtime_id.is_some() {
            container.runtime_id = change.runtime_id.clone();
        }
        if change.image_digest.is_some() {
            container.image_digest = change.image_digest.clone();
        }
        if let Some(bindings) = &change.network_bindings {
            container.network_bindings = Some(bindings.clone());
        }
        changed = true;
    }
    for (name, health) in &update.container_health {
        if let Some(container) = task
            .containers
            .iter_mut()
            .flatten()
            .find(|c| c.name.as_deref() == Some(name.as_str()))
            && container.health_status != Some(*health)
        {
            container.health_status = Some(*health);
            changed = true;
        }
    }
    if let Some(address) = &update.network_interface {
        changed |= eni::attach(task, address);
    }
    if let Some(health) = update.health_status
        && task.health_status != Some(health)
    {
        task.health_status = Some(health);
        changed = true;
    }
    let current = task
        .last_status
        .as_deref()
        .and_then(|s| s.parse::<TaskStatus>().ok())
        .unwrap_or(TaskStatus::Provisioning);
    if let Some(next) = update.last_status
        && next != current
        && current.can_transition_to(next)
    {
        task.last_status = Some(next.as_str().into());
        changed = true;
        if next >= TaskStatus::Running && task.started_at.is_none() && next != TaskStatus::Stopped {
            task.started_at = Some(now);
            task.connectivity = Some(Connectivity::Connected);
            task.connectivity_at = Some(now);
        }
        if next >= TaskStatus::Deactivating {
            task.stopping_at.get_or_insert(now);
        }
        if next == TaskStatus::Stopped {
            task.stopped_at = Some(now);
            task.execution_stopped_at = Some(update.execution_stopped_at.unwrap_or(now));
            task.desired_status = Some("STOPPED".into());
            task.connectivity = Some(Connectivity::Disconnected);
            if task.stop_code.is_none() {
                task.stop_code = Some(
                    update
                        .stop_code
                        .unwrap_or(TaskStopCode::EssentialContainerExited),
                );
            }
            if task.stopped_reason.is_none() {
                task.stopped_reason = update.reason.clone();
            }
            for container in task.containers.iter_mut().flatten() {
                container.last_status = Some("STOPPED".into());
            }
            eni::delete(task);
        }
    }
    if changed {
        task.version = Some(task.version.unwrap_or(0) + 1);
    }
}

pub async fn stop_task(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: StopTaskRequest,
) -> Result<StopTaskResponse, EcsError> {
    let cluster = resources::active_cluster(cp, ctx, req.cluster.as_deref()).await?;
    let rec = load_task(cp, ctx, &cluster.value.name, &req.task)
        .await?
        .ok_or_else(|| EcsError::invalid("The referenced task was not found."))?;
    let reason = req
        .reason
        .clone()
        .unwrap_or_else(|| "Task stopped by user".into());
    let mut update = TaskStateUpdate {
        desired_stopped: Some((TaskStopCode::UserInitiated, reason)),
        ..Default::default()
    };
    // No agent has taken a PROVISIONING task yet, so nothing runs: it stops at once.
    if rec.value.last_status() == TaskStatus::Provisioning {
        update.last_status = Some(TaskStatus::Stopped);
    }
    let record = apply_task_update(
        cp,
        &ctx.scope.region,
        &cluster.value.name,
        &rec.value.id,
        &update,
    )
    .await?;
    Ok(StopTaskResponse {
        task: Some(render(&record, false)),
    })
}

fn parse_status(text: &str) -> Result<TaskStatus, EcsError> {
    text.parse()
        .map_err(|_| EcsError::invalid(format!("Invalid task status '{text}'.")))
}

pub async fn submit_task_state_change(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: SubmitTaskStateChangeRequest,
) -> Result<SubmitTaskStateChangeResponse, EcsError> {
    let cluster = resources::active_cluster(cp, ctx, req.cluster.as_deref()).await?;
    let reference = req
        .task
        .as_deref()
        .ok_or_else(|| EcsError::invalid("task is required."))?;
    let rec = load_task(cp, ctx, &cluster.value.name, reference)
        .await?
        .ok_or_else(|| EcsError::invalid("The referenced task was not found."))?;
    let update = TaskStateUpdate {
        last_status: req.status.as_deref().map(parse_status).transpose()?,
        pull_started_at: req.pull_started_at,
        pull_stopped_at: req.pull_stopped_at,
        execution_stopped_at: req.execution_stopped_at,
        reason: req.reason.clone(),
        containers: req.containers.clone().unwrap_or_default(),
        ..Default::default()
    };
    apply_task_update(
        cp,
        &ctx.scope.region,
        &cluster.value.name,
        &rec.value.id,
        &update,
    )
    .await?;
    Ok(SubmitTaskStateChangeResponse {
        acknowledgment: Some("true".into()),
    })
}

pub async fn submit_container_state_change(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: SubmitContainerStateChangeRequest,
) -> Result<SubmitContainerStateChangeResponse, EcsError> {
    let cluster = resources::active_cluster(cp, ctx, req.cluster.as_deref()).await?;
    let reference = req
        .task
        .as_deref()
        .ok_or_else(|| EcsError::invalid("task is required."))?;
    let rec = load_task(cp, ctx, &cluster.value.name, reference)
        .await?
        .ok_or_else(|| EcsError::invalid("The referenced task was not found."))?;
    let name = req
        .container_name
        .clone()
        .ok_or_else(|| EcsError::invalid("containerName is required."))?;
    if !rec
        .value
        .task
        .containers
        .iter()
        .flatten()
        .any(|c| c.name.as_deref() == Some(name.as_str()))
    {
        return Err(EcsError::invalid(format!(
            "The task has no container named {name}."
        )));
    }
    let change = ContainerStateChange {
        container_name: Some(name),
        runtime_id: req.runtime_id.clone(),
        status: req.status.clone(),
        exit_code: req.exit_code,
        reason: req.reason.clone(),
        network_bindings: req.network_bindings.clone().map(|b: Vec<NetworkBinding>| b),
        ..Default::default()
    };
    let update = TaskStateUpdate {
        containers: vec![change],
        ..Default::default()
    };
    apply_task_update(
        cp,
        &ctx.scope.region,
        &cluster.value.name,
        &rec.value.id,
        &update,
    )
    .await?;
    Ok(SubmitContainerStateChangeResponse {
        acknowledgment: Some("true".into()),
    })
}
