//! The server side of the agent protocol (`keel_agent_protocol`): register, heartbeat, the
//! desired-state long poll and state changes, as engine calls with no HTTP in them (the routes
//! in the binary authenticate and authorize, then call these).
//!
//! * **Sessions.** Register grants a store lease of `ControlConfig::agent_lease_ttl` and writes,
//!   in one transaction with the container-instance record, a session key
//!   `/agent/sessions/REGION/CLUSTER/ID` attached to it (and an index key
//!   `/agent/instances/REGION/CLUSTER/ID`, without a lease). Heartbeats keep the lease alive.
//!   When it expires the store deletes the session key; [`run_monitor`] sees the delete on its
//!   watch and sets the instance's `agent_connected = false` and `agent_disconnected_at`, unless
//!   the agent registered again meanwhile. The monitor also sweeps the index at start and
//!   every [`SWEEP_INTERVAL`], for deletes it could not see (a restart, a lagging watch).
//! * **Binding.** Register stores the caller's principal in the instance record; every call
//!   naming the instance must come from that principal, or the root key, else
//!   [`AgentError::Forbidden`].
//! * **Desired state.** [`poll_tasks`] reads the cluster's tasks on the instance whose record
//!   changed after the agent's revision; when none did, it waits on a store watch for one.
//!   Revision 0, a revision ahead of the store or one whose history is compacted answers the
//!   complete set (`resync`).
//! * **State changes.** Each change goes through `tasks::apply_task_update_seq` with its `seq`:
//!   applied only if greater than the task's stored `agent_seq`, which is stored in the same
//!   transaction; acknowledged either way.
//! * **Task roles.** [`task_role`] says which IAM role a task-credentials call may be answered
//!   with: the task's `taskRoleArn` (RunTask's override, else the task definition's), for a task
//!   on the caller's instance that has not stopped. Assuming the role is the identity service's.

mod monitor;
mod poll;

use std::collections::BTreeMap;

use keel_agent_protocol::{
    HeartbeatRequest, HeartbeatResponse, RegisterRequest, RegisterResponse, RejectedChange,
    StateRequest, StateResponse, TaskCredentialsRequest, TaskStateChange,
};
use keel_api::{CallerKind, RequestContext};
use keel_awsmodel::ecs::{ContainerStateChange, SettingName};
use keel_store::{Compare, Op, Txn};
use keel_types::{EcsResource, TaskStatus};
use serde::{Deserialize, Serialize};
use tracing::{debug, info};

use crate::ControlPlane;
use crate::ecs::container_instances::{self, InstanceRecord, Registered};
use crate::ecs::resources::{self, ecs_arn};
use crate::ecs::tasks::{self, TaskStateUpdate};
use crate::ecs::{account_settings, attributes, clusters};
use crate::error::EcsError;
use crate::state::{self, Versioned};

pub use monitor::{SWEEP_INTERVAL, mark_disconnected, run_monitor, sweep};
pub use poll::poll_tasks;

/// Why an agent call failed. Each maps to one status and `__type` ([`AgentError::status`],
/// [`AgentError::code`]).
#[derive(Debug, thiserror::Error)]
pub enum AgentError {
    #[error("{0}")]
    Invalid(String),
    #[error("Cluster not found.")]
    ClusterNotFound,
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    InstanceNotFound(String),
    #[error("{0}")]
    SessionNotFound(String),
    #[error("The resource is being modified concurrently; please retry.")]
    Contention,
    #[error("internal error: {0}")]
    Internal(String),
}

impl AgentError {
    pub fn status(&self) -> u16 {
        match self {
            AgentError::Invalid(_) | AgentError::ClusterNotFound => 400,
            AgentError::Forbidden(_) => 403,
            AgentError::InstanceNotFound(_) => 404,
            AgentError::SessionNotFound(_) => 410,
            AgentError::Contention => 503,
            AgentError::Internal(_) => 500,
        }
    }

    pub fn code(&self) -> &'static str {
        use keel_agent_protocol as p;
        match self {
            AgentError::Invalid(_) => p::INVALID_PARAMETER,
            AgentError::ClusterNotFound => p::CLUSTER_NOT_FOUND,
            AgentError::Forbidden(_) => p::ACCESS_DENIED,
            AgentError::InstanceNotFound(_) => p::INSTANCE_NOT_FOUND,
            AgentError::SessionNotFound(_) => p::SESSION_NOT_FOUND,
            AgentError::Contention | AgentError::Internal(_) => p::SERVER_ERROR,
        }
    }
}

impl From<EcsError> for AgentError {
    fn from(err: EcsError) -> Self {
        match err {
            EcsError::ClusterNotFound => AgentError::ClusterNotFound,
            EcsError::Contention => AgentError::Contention,
            EcsError::Internal(m) => AgentError::Internal(m),
            other => AgentError::Invalid(other.to_string()),
        }
    }
}

impl From<keel_store::StoreError> for AgentError {
    fn from(err: keel_store::StoreError) -> Self {
        AgentError::Internal(err.to_string())
    }
}

impl From<serde_json::Error> for AgentError {
    fn from(err: serde_json::Error) -> Self {
        AgentError::Internal(format!("corrupt record: {err}"))
    }
}

/// The store key of an instance's live session (attached to the session's lease).
pub fn session_key(region: &str, cluster: &str, id: &str) -> String {
    format!("{SESSIONS_PREFIX}{region}/{cluster}/{id}")
}
pub const SESSIONS_PREFIX: &str = "/agent/sessions/";

/// The index of instances registered through the agent protocol (no lease), which the
/// monitor's sweep walks.
pub fn instance_index_key(region: &str, cluster: &str, id: &str) -> String {
    format!("{INSTANCE_INDEX_PREFIX}{region}/{cluster}/{id}")
}
pub const INSTANCE_INDEX_PREFIX: &str = "/agent/instances/";

/// What the session key holds.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SessionRecord {
    pub session_id: String,
    pub lease: keel_store::LeaseId,
    pub instance_arn: String,
    pub principal: Option<String>,
    pub started_ms: i64,
}

/// The ARNs an agent call acts on, for authorization before anything is read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    pub cluster: String,
    pub cluster_arn: String,
    /// The named instance's ARN (`None` for register without one).
    pub instance_arn: Option<String>,
    pub instance_id: Option<String>,
}

/// Resolves the cluster (name or ARN) and the instance (id or ARN) a call names.
pub fn target(
    ctx: &RequestContext,
    cluster: &str,
    instance: Option<&str>,
) -> Result<Target, AgentError> {
    if cluster.trim().is_empty() {
        return Err(AgentError::Invalid("cluster is required.".into()));
    }
    let name = resources::cluster_name(ctx, Some(cluster))?;
    let cluster_arn = resources::cluster_arn(ctx, &name);
    let (instance_arn, instance_id) = match instance {
        None => (None, None),
        Some(reference) => {
            let id = container_instances::instance_id(ctx, &name, reference).ok_or_else(|| {
                AgentError::Invalid(format!(
                    "{reference:?} is not a container instance of cluster {name}."
                ))
            })?;
            let arn = if reference.starts_with("arn:") {
                reference.to_string()
            } else {
                ecs_arn(
                    ctx,
                    EcsResource::ContainerInstance {
                        cluster: Some(name.clone()),
                        id: id.clone(),
                    },
                )
            };
            (Some(arn), Some(id))
        }
    };
    Ok(Target {
        cluster: name,
        cluster_arn,
        instance_arn,
        instance_id,
    })
}

/// The principal an instance is bound to when `ctx`'s caller registers it: the IAM user, the
/// role behind a role session (sessions come and go; the role stays), or root.
fn caller_principal(ctx: &RequestContext) -> Option<String> {
    match &ctx.caller {
        Some(c) if c.kind == CallerKind::Unverified => None,
        Some(_) => Some(resources::caller_principal(ctx)),
        None => ctx.principal_arn.clone(),
    }
}

/// Whether the caller may act for `record`: the principal bound to it, or root (and callers
/// the server does not verify, or in-process callers with no caller at all).
fn check_binding(ctx: &RequestContext, record: &InstanceRecord) -> Result<(), AgentError> {
    let Some(caller) = &ctx.caller else {
        return Ok(());
    };
    match caller.kind {
        CallerKind::Root | CallerKind::Unverified => Ok(()),
        CallerKind::IamUser | CallerKind::AssumedRole => {
            let principal = resources::caller_principal(ctx);
            if record.agent_principal.as_deref() == Some(principal.as_str()) {
                Ok(())
            } else {
                Err(AgentError::Forbidden(format!(
                    "User: {} is not the agent of container instance {}",
                    caller.arn, record.arn
                )))
            }
        }
    }
}

fn lease_ttl_ms(cp: &ControlPlane) -> u64 {
    u64::try_from(cp.config.agent_lease_ttl.as_millis()).unwrap_or(u64::MAX)
}

/// How often an agent should heartbeat: a third of the lease, so two heartbeats may be lost.
fn heartbeat_interval_ms(cp: &ControlPlane) -> u64 {
    (lease_ttl_ms(cp) / 3).max(100)
}

fn check_register(req: &RegisterRequest) -> Result<Registered, AgentError> {
    if req.agent_id.is_empty() || req.agent_id.len() > 255 {
        return Err(AgentError::Invalid(
            "agentId must be 1 to 255 characters.".into(),
        ));
    }
    let r = &req.resources;
    let max = i64::from(i32::MAX);
    if !(0..=max).contains(&r.cpu) || !(0..=max).contains(&r.memory) {
        return Err(AgentError::Invalid(format!(
            "resources.cpu and resources.memory must be between 0 and {max}."
        )));
    }
    if r.gpu_ids.len() > 64 || r.reserved_ports.len() > 100 || r.reserved_udp_ports.len() > 100 {
        return Err(AgentError::Invalid(
            "At most 100 reserved ports per protocol and 64 GPUs can be registered.".into(),
        ));
    }
    if let Some(id) = &req.ec2_instance_id
        && (id.is_empty() || id.len() > 64)
    {
        return Err(AgentError::Invalid(
            "ec2InstanceId must be 1 to 64 characters.".into(),
        ));
    }
    attributes::validate_attributes(&req.attributes)?;
    let mut gpus = r.gpu_ids.clone();
    gpus.dedup();
    Ok(Registered {
        cpu: r.cpu,
        memory: r.memory,
        tcp: r.reserved_ports.iter().copied().collect(),
        udp: r.reserved_udp_ports.iter().copied().collect(),
        gpus,
    })
}

/// Register: creates the container instance, or re-registers it (same ARN, or the same agent
/// id from the same principal), binds it to the caller, and starts a session.
pub async fn register(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: RegisterRequest,
) -> Result<RegisterResponse, AgentError> {
    let registered = check_register(&req)?;
    let target = target(ctx, &req.cluster, req.container_instance_arn.as_deref())?;
    if target.cluster == resources::DEFAULT_CLUSTER {
        clusters::ensure_default_cluster(cp, ctx).await?;
    }
    let cluster = resources::active_cluster(cp, ctx, Some(&target.cluster)).await?;
    let region = ctx.scope.region.clone();
    let principal = caller_principal(ctx);
    let ttl = cp.config.agent_lease_ttl;
    for _ in 0..state::MAX_CAS_ATTEMPTS {
        let existing = match &target.instance_id {
            Some(id) => {
                let found: Option<Versioned<InstanceRecord>> = state::get(
                    &*cp.store,
                    &state::instance_key(&region, &cluster.value.name, id),
                )
                .await?;
                let found = found
                    .filter(|r| r.value.status != "INACTIVE")
                    .ok_or_else(|| {
                        AgentError::InstanceNotFound(
                            "The referenced container instance is not registered.".into(),
                        )
                    })?;
                check_binding(ctx, &found.value)?;
                Some(found)
            }
            None => container_instances::all_in_cluster(cp, &region, &cluster.value.name)
                .await?
                .into_iter()
                .find(|r| {
                    r.value.status != "INACTIVE"
                        && r.value.agent_id.as_deref() == Some(req.agent_id.as_str())
                        && r.value.agent_principal == principal
                }),
        };
        let session_id = keel_types::ids::new_uuid();
        let now = resources::now();
        let record = match &existing {
            Some(rec) => InstanceRecord {
                registered_cpu: registered.cpu,
                registered_memory: registered.memory,
                reserved_tcp_ports: registered.tcp.clone(),
                reserved_udp_ports: registered.udp.clone(),
                gpu_ids: registered.gpus.clone(),
                attributes: container_instances::merge_attributes(
                    rec.value.attributes.clone(),
                    req.attributes.clone(),
                ),
                version_info: req.version_info.clone().or(rec.value.version_info.clone()),
                agent_connected: true,
                agent_disconnected_at: None,
                agent_principal: principal.clone(),
                agent_session: Some(session_id.clone()),
                agent_id: Some(req.agent_id.clone()),
                version: rec.value.version + 1,
                ..rec.value.clone()
            },
            None => {
                let id = keel_types::ids::new_hex_id();
                let long = account_settings::long_arn_format(
                    cp,
                    ctx,
                    SettingName::ContainerInstanceLongArnFormat,
                )
                .await?;
                let arn = ecs_arn(
                    ctx,
                    EcsResource::ContainerInstance {
                        cluster: long.then(|| cluster.value.name.clone()),
                        id: id.clone(),
                    },
                );
                InstanceRecord {
                    id,
                    arn,
                    cluster: cluster.value.name.clone(),
                    ec2_instance_id: req
                        .ec2_instance_id
                        .clone()
                        .unwrap_or_else(|| container_instances::ec2_instance_id(None)),
                    status: "ACTIVE".into(),
                    agent_connected: true,
                    registered_cpu: registered.cpu,
                    registered_memory: registered.memory,
                    reserved_tcp_ports: registered.tcp.clone(),
                    reserved_udp_ports: registered.udp.clone(),
                    used_cpu: 0,
                    used_memory: 0,
                    used_tcp_ports: Vec::new(),
                    used_udp_ports: Vec::new(),
                    attributes: req.attributes.clone(),
                    version_info: req.version_info.clone(),
                    registered_at: now,
                    version: 1,
                    tags: Vec::new(),
                    gpu_ids: registered.gpus.clone(),
                    used_gpu_ids: Vec::new(),
                    dynamic_tcp_used: 0,
                    dynamic_udp_used: 0,
                    task_groups: Default::default(),
                    running_tasks: 0,
                    agent_disconnected_at: None,
                    agent_principal: principal.clone(),
                    agent_session: Some(session_id.clone()),
                    agent_id: Some(req.agent_id.clone()),
                }
            }
        };
        let key = state::instance_key(&region, &record.cluster, &record.id);
        let skey = session_key(&region, &record.cluster, &record.id);
        let old_session: Option<SessionRecord> = match &existing {
            Some(_) => cp
                .store
                .get(&skey)
                .await?
                .and_then(|kv| serde_json::from_slice(&kv.value).ok()),
            None => None,
        };
        let lease = cp.store.lease_grant(ttl).await?;
        let session = SessionRecord {
            session_id: session_id.clone(),
            lease,
            instance_arn: record.arn.clone(),
            principal: principal.clone(),
            started_ms: now.as_millis(),
        };
        let guard = match &existing {
            Some(rec) => Compare::mod_revision_eq(key.clone(), rec.mod_revision),
            None => Compare::absent(key.clone()),
        };
        let txn = Txn::new().when(vec![guard]).and_then(vec![
            state::put_op(&key, &record)?,
            Op::put_with_lease(skey, serde_json::to_vec(&session)?, lease),
            Op::put(
                instance_index_key(&region, &record.cluster, &record.id),
                Vec::new(),
            ),
        ]);
        if !cp.store.txn(txn).await?.succeeded {
            let _ = cp.store.lease_revoke(lease).await;
            continue;
        }
        // The session key moved to the new lease; the old lease holds nothing now.
        if let Some(old) = old_session {
            let _ = cp.store.lease_revoke(old.lease).await;
        }
        info!(
            instance = %record.arn,
            cluster = %record.cluster,
            reregistered = existing.is_some(),
            "agent registered"
        );
        return Ok(RegisterResponse {
            container_instance_arn: record.arn,
            cluster_arn: cluster.value.arn.clone(),
            session_id,
            heartbeat_interval_ms: heartbeat_interval_ms(cp),
            lease_ttl_ms: lease_ttl_ms(cp),
        });
    }
    Err(AgentError::Contention)
}

/// Loads the instance a call names, checks the caller is its agent and that `session_id` is its
/// live session; returns the instance and the session.
async fn session_of(
    cp: &ControlPlane,
    ctx: &RequestContext,
    cluster: &str,
    instance: &str,
    session_id: &str,
) -> Result<(Versioned<InstanceRecord>, SessionRecord), AgentError> {
    let target = target(ctx, cluster, Some(instance))?;
    let record = instance_for_call(cp, ctx, &target).await?;
    let lost = || {
        AgentError::SessionNotFound(
            "The session is not known (its lease expired or it was replaced); register again."
                .into(),
        )
    };
    let skey = session_key(&ctx.scope.region, &record.value.cluster, &record.value.id);
    let session: SessionRecord = match cp.store.get(&skey).await? {
        Some(kv) => serde_json::from_slice(&kv.value)?,
        None => return Err(lost()),
    };
    if session.session_id != session_id {
        return Err(lost());
    }
    Ok((record, session))
}

/// The (registered) instance a call names, if the caller is its agent.
async fn instance_for_call(
    cp: &ControlPlane,
    ctx: &RequestContext,
    target: &Target,
) -> Result<Versioned<InstanceRecord>, AgentError> {
    resources::active_cluster(cp, ctx, Some(&target.cluster)).await?;
    let id = target
        .instance_id
        .as_deref()
        .ok_or_else(|| AgentError::Invalid("containerInstanceArn is required.".into()))?;
    let record: Versioned<InstanceRecord> = state::get(
        &*cp.store,
        &state::instance_key(&ctx.scope.region, &target.cluster, id),
    )
    .await?
    .ok_or_else(|| {
        AgentError::InstanceNotFound("The container instance is not registered.".into())
    })?;
    check_binding(ctx, &record.value)?;
    if record.value.status == "INACTIVE" {
        return Err(AgentError::InstanceNotFound(
            "The container instance was deregistered.".into(),
        ));
    }
    Ok(record)
}

/// Heartbeat: keeps the session's lease alive (and the instance connected).
pub async fn heartbeat(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: HeartbeatRequest,
) -> Result<HeartbeatResponse, AgentError> {
    let (record, session) = session_of(
        cp,
        ctx,
        &req.cluster,
        &req.container_instance_arn,
        &req.session_id,
    )
    .await?;
    match cp.store.lease_keep_alive(session.lease).await {
        Ok(()) => {}
        Err(keel_store::StoreError::LeaseNotFound(_)) => {
            return Err(AgentError::SessionNotFound(
                "The session's lease expired; register again.".into(),
            ));
        }
        Err(err) => return Err(err.into()),
    }
    if !record.value.agent_connected {
        // The lease is alive, so the instance is connected, whatever raced with us.
        mark_connected(cp, &record.key, &session.session_id).await?;
    }
    debug!(instance = %record.value.arn, "agent heartbeat");
    Ok(HeartbeatResponse {
        heartbeat_interval_ms: heartbeat_interval_ms(cp),
        lease_ttl_ms: lease_ttl_ms(cp),
    })
}

async fn mark_connected(cp: &ControlPlane, key: &str, session_id: &str) -> Result<(), AgentError> {
    for _ in 0..state::MAX_CAS_ATTEMPTS {
        let Some(rec) = state::get::<InstanceRecord>(&*cp.store, key).await? else {
            return Ok(());
        };
        if rec.value.agent_connected || rec.value.agent_session.as_deref() != Some(session_id) {
            return Ok(());
        }
        let mut record = rec.value.clone();
        record.agent_connected = true;
        record.agent_disconnected_at = None;
        record.version += 1;
        let txn = Txn::new()
            .when(vec![Compare::mod_revision_eq(key, rec.mod_revision)])
            .and_then(vec![state::put_op(key, &record)?]);
        if cp.store.txn(txn).await?.succeeded {
            return Ok(());
        }
    }
    Err(AgentError::Contention)
}

/// The task id an ARN in a state change names within `cluster`.
fn task_id_of(ctx: &RequestContext, cluster: &str, arn: &str) -> Option<String> {
    match resources::parse_local_arn(ctx, arn)? {
        EcsResource::Task {
            cluster: Some(c),
            id,
        } if c == cluster => Some(id),
        EcsResource::Task { cluster: None, id } => Some(id),
        _ => None,
    }
}

/// Turns one wire change into the engine's update, or says why it cannot be applied.
fn to_update(change: &TaskStateChange) -> Result<TaskStateUpdate, String> {
    let last_status = match change.last_status.as_deref() {
        Some(text) => Some(
            text.parse::<TaskStatus>()
                .map_err(|_| format!("{text:?} is not a task status"))?,
        ),
        None => None,
    };
    let mut containers = Vec::new();
    let mut container_health = Vec::new();
    for c in &change.containers {
        if let Some(status) = c.last_status.as_deref()
            && !matches!(status, "PENDING" | "RUNNING" | "STOPPED")
        {
            return Err(format!(
                "{status:?} is not a container status (PENDING, RUNNING or STOPPED)"
            ));
        }
        containers.push(ContainerStateChange {
            container_name: Some(c.name.clone()),
            image_digest: c.image_digest.clone(),
            runtime_id: c.runtime_id.clone(),
            exit_code: c.exit_code,
            network_bindings: c.network_bindings.clone(),
            reason: c.reason.clone(),
            status: c.last_status.clone(),
        });
        if let Some(health) = c.health_status {
            container_health.push((c.name.clone(), health));
        }
    }
    Ok(TaskStateUpdate {
        last_status,
        desired_stopped: None,
        pull_started_at: change.pull_started_at,
        pull_stopped_at: change.pull_stopped_at,
        execution_stopped_at: change.execution_stopped_at,
        reason: change.stopped_reason.clone(),
        containers,
        seq: Some(change.seq),
        stop_code: change.stop_code,
        health_status: change.health_status,
        container_health,
        network_interface: change
            .private_ipv4_address
            .clone()
            .filter(|ip| !ip.is_empty())
            .map(|ip| crate::ecs::eni::TaskAddress {
                private_ipv4_address: ip,
                mac_address: change.mac_address.clone(),
            }),
    })
}

/// State changes: each applied through the task state machine if its `seq` is new, and
/// acknowledged whether applied now, before, or never.
pub async fn submit_state(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: StateRequest,
) -> Result<StateResponse, AgentError> {
    if req.changes.len() > keel_agent_protocol::MAX_STATE_CHANGES {
        return Err(AgentError::Invalid(format!(
            "At most {} changes can be submitted at once.",
            keel_agent_protocol::MAX_STATE_CHANGES
        )));
    }
    let (instance, _session) = session_of(
        cp,
        ctx,
        &req.cluster,
        &req.container_instance_arn,
        &req.session_id,
    )
    .await?;
    let region = ctx.scope.region.clone();
    let cluster = instance.value.cluster.clone();
    let mut acked: BTreeMap<String, u64> = BTreeMap::new();
    let mut rejected = Vec::new();
    for change in &req.changes {
        let mut reject = |reason: String| {
            rejected.push(RejectedChange {
                task_arn: change.task_arn.clone(),
                seq: change.seq,
                reason,
            })
        };
        if change.seq == 0 {
            reject("seq must be 1 or more".into());
        } else if let Some(id) = task_id_of(ctx, &cluster, &change.task_arn) {
            let key = state::task_key(&region, &cluster, &id);
            match state::get::<tasks::TaskRecord>(&*cp.store, &key).await? {
                None => reject("the task does not exist".into()),
                Some(task)
                    if task.value.container_instance_id.as_deref()
                        != Some(instance.value.id.as_str()) =>
                {
                    reject("the task is not on this container instance".into())
                }
                Some(_) => match to_update(change) {
                    Err(reason) => reject(reason),
                    Ok(update) => {
                        match tasks::apply_task_update_seq(cp, &region, &cluster, &id, &update)
                            .await
                        {
                            Ok((_, applied)) => {
                                debug!(task = %change.task_arn, seq = change.seq, applied, "task state change");
                            }
                            // Deleted between the read and the update.
                            Err(EcsError::InvalidParameter(_)) => {
                                reject("the task does not exist".into())
                            }
                            Err(err) => return Err(err.into()),
                        }
                    }
                },
            }
        } else {
            reject("not a task ARN of this cluster".into());
        }
        let entry = acked.entry(change.task_arn.clone()).or_insert(0);
        *entry = (*entry).max(change.seq);
    }
    Ok(StateResponse { acked, rejected })
}

/// The role a task-credentials call is answered with, and the task it is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskRole {
    pub task_arn: String,
    pub task_id: String,
    pub role_arn: String,
}

/// The task role of a task on the caller's instance (see the module's "Task roles").
pub async fn task_role(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: &TaskCredentialsRequest,
) -> Result<TaskRole, AgentError> {
    let (instance, _session) = session_of(
        cp,
        ctx,
        &req.cluster,
        &req.container_instance_arn,
        &req.session_id,
    )
    .await?;
    let cluster = &instance.value.cluster;
    let id = task_id_of(ctx, cluster, &req.task_arn)
        .ok_or_else(|| AgentError::Invalid("not a task ARN of this cluster".into()))?;
    let key = state::task_key(&ctx.scope.region, cluster, &id);
    let task = state::get::<tasks::TaskRecord>(&*cp.store, &key)
        .await?
        .ok_or_else(|| AgentError::Invalid("the task does not exist".into()))?;
    if task.value.container_instance_id.as_deref() != Some(instance.value.id.as_str()) {
        return Err(AgentError::Forbidden(
            "the task is not on this container instance".into(),
        ));
    }
    if task.value.last_status() == TaskStatus::Stopped {
        return Err(AgentError::Invalid("the task has stopped".into()));
    }
    let overridden = task
        .value
        .task
        .overrides
        .as_ref()
        .and_then(|o| o.task_role_arn.clone());
    let role_arn = match overridden.filter(|r| !r.is_empty()) {
        Some(role) => Some(role),
        None => {
            let td_arn = task
                .value
                .task
                .task_definition_arn
                .clone()
                .unwrap_or_default();
            crate::ecs::task_definitions::resolve(cp, ctx, &td_arn)
                .await?
                .and_then(|td| td.value.task_definition.task_role_arn)
                .filter(|r| !r.is_empty())
        }
    };
    let role_arn =
        role_arn.ok_or_else(|| AgentError::Invalid("the task has no task role".into()))?;
    Ok(TaskRole {
        task_arn: task.value.task.task_arn.clone().unwrap_or_default(),
        task_id: id,
        role_arn,
    })
}
