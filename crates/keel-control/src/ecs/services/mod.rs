//! Services: the records, their wire form, and the API (CreateService, UpdateService,
//! DeleteService, DescribeServices, ListServices, ListServicesByNamespace).
//!
//! A service record holds what the user asked for (the configuration of the wire `Service`),
//! the service's deployments (ECS's `deployments[]`, plus the newer service-deployment view)
//! and its event log. Counts (running, pending, per deployment) are never stored: they are
//! computed from the task records when described, as cluster counts are. The reconciler
//! (`crate::reconcile`) is what makes tasks follow the record.
//!
//! Tasks a service starts carry `group: service:NAME` and `startedBy: ecs-svc/...` (the id of
//! the deployment that started them), as ECS sets them; that is how a task is attributed to a
//! deployment.

pub mod api;
pub mod deployments;
pub mod protection;
pub mod task_sets;

use std::collections::BTreeSet;

use keel_api::RequestContext;
use keel_awsmodel::Timestamp;
use keel_awsmodel::ecs::{
    CapacityProviderStrategyItem, Deployment, DeploymentConfiguration, DeploymentRolloutState,
    LaunchType, NetworkConfiguration, SchedulingStrategy, Service, ServiceDeployment,
    ServiceDeploymentStatus, ServiceEvent, Tag,
};
use keel_types::EcsResource;
use serde::{Deserialize, Serialize};

use crate::ControlPlane;
use crate::ecs::resources;
use crate::ecs::tasks::TaskRecord;
use crate::error::EcsError;
use crate::state::{self, Versioned};

pub use api::{
    create_service, delete_service, describe_services, list_services, list_services_by_namespace,
    update_service,
};

/// ECS shows the 100 most recent service events.
/// <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-event-messages.html>
pub const MAX_EVENTS: usize = 100;

/// Finished deployments kept for ListServiceDeployments / DescribeServiceDeployments.
pub const MAX_DEPLOYMENT_HISTORY: usize = 50;

/// One entry of ECS's `deployments[]`: a task definition and the configuration its tasks
/// start with, plus the rollout's progress.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct DeploymentRecord {
    /// `ecs-svc/` and 19 digits, as ECS names deployments; tasks carry it in `startedBy`.
    pub id: String,
    /// PRIMARY, ACTIVE or INACTIVE (finished; kept only as history).
    pub status: String,
    pub task_definition: String,
    pub launch_type: Option<LaunchType>,
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    pub platform_version: Option<String>,
    pub network_configuration: Option<NetworkConfiguration>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub rollout_state: DeploymentRolloutState,
    pub rollout_state_reason: String,
    /// Tasks of this deployment that failed (stopped before running, or exited), as the
    /// circuit breaker counts them.
    pub failed_tasks: i32,
    /// Which stopped tasks were already counted, so a restart never counts one twice. Ids of
    /// tasks that no longer exist are dropped.
    #[serde(default)]
    pub counted_failures: BTreeSet<String>,
    /// The service revision this deployment runs.
    pub service_revision_arn: String,
    /// The service deployment (newer API view) this deployment belongs to. A rollback's
    /// deployment belongs to the service deployment it rolls back.
    pub service_deployment_arn: String,
    /// Options that are stored and reported; their machinery arrives with later work.
    #[serde(default)]
    pub extras: DeploymentExtras,
    /// Set when this is a task set of an EXTERNAL service (status PRIMARY, ACTIVE, DRAINING).
    #[serde(default)]
    pub task_set: Option<task_sets::TaskSetInfo>,
}

/// Options of a deployment Keel stores and reports but does not act on yet (load balancers,
/// service discovery, Service Connect, volume and VPC Lattice configurations).
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct DeploymentExtras {
    pub load_balancers: Option<Vec<keel_awsmodel::ecs::LoadBalancer>>,
    pub service_registries: Option<Vec<keel_awsmodel::ecs::ServiceRegistry>>,
    pub service_connect_configuration: Option<keel_awsmodel::ecs::ServiceConnectConfiguration>,
    pub volume_configurations: Option<Vec<keel_awsmodel::ecs::ServiceVolumeConfiguration>>,
    pub vpc_lattice_configurations: Option<Vec<keel_awsmodel::ecs::VpcLatticeConfiguration>>,
}

impl DeploymentRecord {
    pub fn is_primary(&self) -> bool {
        self.status == "PRIMARY"
    }
}

/// A service as stored.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ServiceRecord {
    pub name: String,
    pub arn: String,
    pub cluster: String,
    pub account_id: String,
    /// The configuration, in wire form (counts, deployments and events are filled in when
    /// rendered).
    pub service: Service,
    /// ACTIVE, DRAINING (being deleted) or INACTIVE (deleted).
    pub status: String,
    /// PRIMARY first, then ACTIVE ones, then INACTIVE history (newest first).
    pub deployments: Vec<DeploymentRecord>,
    /// The newer service-deployment view, newest first.
    pub service_deployments: Vec<ServiceDeployment>,
    /// Newest first, at most [`MAX_EVENTS`].
    pub events: Vec<ServiceEvent>,
    #[serde(default)]
    pub tags: Vec<Tag>,
    /// The CreateService clientToken and the request it came with.
    #[serde(default)]
    pub client_token: Option<(String, String)>,
    /// The last deployment that COMPLETED: what a circuit-breaker rollback restores.
    #[serde(default)]
    pub last_completed: Option<DeploymentRecord>,
    /// Whether the steady-state event was written for the current state.
    #[serde(default)]
    pub steady: bool,
    /// When the service became INACTIVE.
    #[serde(default)]
    pub deleted_at: Option<Timestamp>,
}

impl ServiceRecord {
    /// The primary deployment (ECS controller; task sets are not deployments).
    pub fn primary(&self) -> Option<&DeploymentRecord> {
        self.deployments
            .iter()
            .find(|d| d.is_primary() && d.task_set.is_none())
    }

    pub fn primary_mut(&mut self) -> Option<&mut DeploymentRecord> {
        self.deployments
            .iter_mut()
            .find(|d| d.is_primary() && d.task_set.is_none())
    }

    pub fn scheduling_strategy(&self) -> SchedulingStrategy {
        self.service
            .scheduling_strategy
            .unwrap_or(SchedulingStrategy::Replica)
    }

    pub fn desired_count(&self) -> i32 {
        self.service.desired_count.unwrap_or(0)
    }

    pub fn deployment_configuration(&self) -> DeploymentConfiguration {
        self.service
            .deployment_configuration
            .clone()
            .unwrap_or_default()
    }

    /// Prepends an event, keeping at most [`MAX_EVENTS`].
    pub fn push_event(&mut self, message: String, at: Timestamp) {
        self.events.insert(
            0,
            ServiceEvent {
                id: Some(keel_types::ids::new_uuid()),
                created_at: Some(at),
                message: Some(message),
            },
        );
        self.events.truncate(MAX_EVENTS);
    }

    /// Like [`Self::push_event`], but ECS omits a message that repeats the latest one until
    /// the cause is resolved or six hours pass.
    pub fn push_event_once(&mut self, message: String, at: Timestamp) {
        const SIX_HOURS_MS: i64 = 6 * 3600 * 1000;
        if let Some(latest) = self.events.first()
            && latest.message.as_deref() == Some(message.as_str())
            && latest
                .created_at
                .is_some_and(|t| at.as_millis() - t.as_millis() < SIX_HOURS_MS)
        {
            return;
        }
        self.push_event(message, at);
    }

    pub fn service_deployment_mut(&mut self, arn: &str) -> Option<&mut ServiceDeployment> {
        self.service_deployments
            .iter_mut()
            .find(|d| d.service_deployment_arn.as_deref() == Some(arn))
    }

    /// Moves finished deployments to the history and trims it.
    pub fn trim_history(&mut self) {
        let (mut live, mut done): (Vec<_>, Vec<_>) = std::mem::take(&mut self.deployments)
            .into_iter()
            .partition(|d| d.status != "INACTIVE");
        live.sort_by_key(|d| !d.is_primary());
        done.sort_by_key(|d| std::cmp::Reverse(d.updated_at.as_millis()));
        done.truncate(MAX_DEPLOYMENT_HISTORY);
        live.extend(done);
        self.deployments = live;
        self.service_deployments.truncate(MAX_DEPLOYMENT_HISTORY);
    }
}

/// `ecs-svc/` and 19 digits.
pub fn new_deployment_id() -> String {
    let hex = keel_types::ids::new_hex_id();
    let number = u64::from_str_radix(&hex[..16], 16).unwrap_or(0) % 9_000_000_000_000_000_000
        + 1_000_000_000_000_000_000;
    format!("ecs-svc/{number}")
}

/// The service id of service-revision and service-deployment ARNs: 22 letters and digits.
pub fn new_resource_id() -> String {
    let hex = keel_types::ids::new_hex_id();
    let mut out = String::new();
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for pair in hex.as_bytes().chunks(2).take(22) {
        let byte = u8::from_str_radix(std::str::from_utf8(pair).unwrap_or("0"), 16).unwrap_or(0);
        out.push(ALPHABET[usize::from(byte) % ALPHABET.len()] as char);
    }
    while out.len() < 22 {
        out.push('0');
    }
    out
}

pub fn service_revision_arn(region: &str, account: &str, cluster: &str, service: &str) -> String {
    let number = new_deployment_id()
        .trim_start_matches("ecs-svc/")
        .to_string();
    format!("arn:aws:ecs:{region}:{account}:service-revision/{cluster}/{service}/{number}")
}

pub fn service_deployment_arn(region: &str, account: &str, cluster: &str, service: &str) -> String {
    format!(
        "arn:aws:ecs:{region}:{account}:service-deployment/{cluster}/{service}/{}",
        new_resource_id()
    )
}

/// `(region, account, cluster, service, id)` of a service-revision or service-deployment ARN.
pub fn parse_child_arn(arn: &str, kind: &str) -> Option<(String, String, String, String, String)> {
    let rest = arn.strip_prefix("arn:aws:ecs:")?;
    let mut parts = rest.splitn(3, ':');
    let region = parts.next()?.to_string();
    let account = parts.next()?.to_string();
    let resource = parts.next()?;
    let path = resource.strip_prefix(kind)?.strip_prefix('/')?;
    let segments: Vec<&str> = path.split('/').collect();
    match segments.as_slice() {
        [cluster, service, id] if !cluster.is_empty() && !service.is_empty() && !id.is_empty() => {
            Some((
                region,
                account,
                (*cluster).to_string(),
                (*service).to_string(),
                (*id).to_string(),
            ))
        }
        _ => None,
    }
}

/// The service name a reference (name, short ARN or long ARN) names within `cluster`.
pub fn service_name(ctx: &RequestContext, cluster: &str, reference: &str) -> Option<String> {
    if reference.starts_with("arn:") {
        return match resources::parse_local_arn(ctx, reference)? {
            EcsResource::Service {
                cluster: Some(c),
                name,
            } if c == cluster => Some(name),
            EcsResource::Service {
                cluster: None,
                name,
            } => Some(name),
            _ => None,
        };
    }
    resources::is_valid_name(reference).then(|| reference.to_string())
}

/// Loads a service record by reference, whatever its status.
pub async fn load(
    cp: &ControlPlane,
    ctx: &RequestContext,
    cluster: &str,
    reference: &str,
) -> Result<Option<Versioned<ServiceRecord>>, EcsError> {
    let Some(name) = service_name(ctx, cluster, reference) else {
        return Ok(None);
    };
    state::get(
        &*cp.store,
        &state::service_key(&ctx.scope.region, cluster, &name),
    )
    .await
}

/// Loads a service that is not INACTIVE, or ServiceNotFound.
pub async fn load_live(
    cp: &ControlPlane,
    ctx: &RequestContext,
    cluster: &str,
    reference: &str,
) -> Result<Versioned<ServiceRecord>, EcsError> {
    load(cp, ctx, cluster, reference)
        .await?
        .filter(|r| r.value.status != "INACTIVE")
        .ok_or(EcsError::ServiceNotFound)
}

pub async fn all_in_cluster(
    cp: &ControlPlane,
    region: &str,
    cluster: &str,
) -> Result<Vec<Versioned<ServiceRecord>>, EcsError> {
    state::list(&*cp.store, &state::services_prefix(region, cluster)).await
}

/// Services that are ACTIVE or DRAINING, as DeleteCluster and cluster counts see them.
pub async fn live_count(cp: &ControlPlane, region: &str, cluster: &str) -> Result<usize, EcsError> {
    Ok(all_in_cluster(cp, region, cluster)
        .await?
        .iter()
        .filter(|s| s.value.status != "INACTIVE")
        .count())
}

/// Counts of a service's tasks that are not STOPPED and still desired RUNNING.
#[derive(Clone, Copy, Debug, Default)]
pub struct Counts {
    pub running: i32,
    pub pending: i32,
}

pub fn count(tasks: &[&TaskRecord], deployment: Option<&str>) -> Counts {
    let mut counts = Counts::default();
    for task in tasks {
        if task.desired_status() != "RUNNING" {
            continue;
        }
        if let Some(id) = deployment
            && task.task.started_by.as_deref() != Some(id)
        {
            continue;
        }
        match task.last_status() {
            keel_types::TaskStatus::Running => counts.running += 1,
            s if s.is_pending() => counts.pending += 1,
            _ => {}
        }
    }
    counts
}

/// The service's tasks among a cluster's.
pub fn tasks_of<'a>(name: &str, tasks: &'a [Versioned<TaskRecord>]) -> Vec<&'a TaskRecord> {
    tasks
        .iter()
        .map(|t| &t.value)
        .filter(|t| t.service_name.as_deref() == Some(name))
        .collect()
}

/// The wire form of a deployment.
pub fn render_deployment(d: &DeploymentRecord, desired: i32, tasks: &[&TaskRecord]) -> Deployment {
    let counts = count(tasks, Some(&d.id));
    let desired = if d.is_primary() {
        desired
    } else {
        counts.running + counts.pending
    };
    let fargate = d.launch_type == Some(LaunchType::Fargate);
    Deployment {
        id: Some(d.id.clone()),
        status: Some(d.status.clone()),
        task_definition: Some(d.task_definition.clone()),
        desired_count: Some(desired),
        pending_count: Some(counts.pending),
        running_count: Some(counts.running),
        failed_tasks: Some(d.failed_tasks),
        created_at: Some(d.created_at),
        updated_at: Some(d.updated_at),
        capacity_provider_strategy: d.capacity_provider_strategy.clone(),
        launch_type: d.launch_type,
        platform_version: d.platform_version.clone(),
        platform_family: fargate.then(|| "Linux".into()),
        network_configuration: d.network_configuration.clone(),
        rollout_state: Some(d.rollout_state),
        rollout_state_reason: Some(d.rollout_state_reason.clone()),
        service_connect_configuration: d.extras.service_connect_configuration.clone(),
        volume_configurations: d.extras.volume_configurations.clone(),
        vpc_lattice_configurations: d.extras.vpc_lattice_configurations.clone(),
        ..Default::default()
    }
}

/// The wire form of a stored service, with counts from `tasks` (the cluster's tasks).
pub fn render(
    record: &ServiceRecord,
    tasks: &[Versioned<TaskRecord>],
    include_tags: bool,
) -> Service {
    let mine = tasks_of(&record.name, tasks);
    let counts = count(&mine, None);
    let desired = record.desired_count();
    let mut service = record.service.clone();
    service.status = Some(record.status.clone());
    service.running_count = Some(counts.running);
    service.pending_count = Some(counts.pending);
    service.desired_count = Some(desired);
    service.deployments = Some(
        record
            .deployments
            .iter()
            .filter(|d| d.status != "INACTIVE" && d.task_set.is_none())
            .map(|d| render_deployment(d, desired, &mine))
            .collect(),
    );
    if record.is_external() {
        service.task_sets = Some(
            record
                .task_sets()
                .map(|d| task_sets::render_task_set(record, d, &mine, include_tags))
                .collect(),
        );
    }
    service.events = Some(record.events.clone());
    if let Some(primary) = record.primary() {
        service.task_definition = Some(primary.task_definition.clone());
        service.current_service_deployment = Some(primary.service_deployment_arn.clone());
        service.current_service_revisions = Some(
            record
                .deployments
                .iter()
                .filter(|d| d.status != "INACTIVE")
                .map(|d| {
                    let c = count(&mine, Some(&d.id));
                    keel_awsmodel::ecs::ServiceCurrentRevisionSummary {
                        arn: Some(d.service_revision_arn.clone()),
                        requested_task_count: Some(if d.is_primary() {
                            desired
                        } else {
                            c.running + c.pending
                        }),
                        running_task_count: Some(c.running),
                        pending_task_count: Some(c.pending),
                    }
                })
                .collect(),
        );
    }
    service.tags = include_tags.then(|| record.tags.clone());
    service
}

/// The service-deployment status a finished rollout leaves.
pub fn finished_status(rollback: bool, ok: bool) -> ServiceDeploymentStatus {
    match (rollback, ok) {
        (false, true) => ServiceDeploymentStatus::Successful,
        (true, true) => ServiceDeploymentStatus::RollbackSuccessful,
        (true, false) => ServiceDeploymentStatus::RollbackFailed,
        (false, false) => ServiceDeploymentStatus::Stopped,
    }
}

/// Deletes services that have been INACTIVE for longer than `stopped_task_retention` (ECS
/// keeps deleted services describable for a while), from the index the reconciler writes when a
/// service becomes INACTIVE. Returns how many were removed.
pub async fn purge_inactive(cp: &ControlPlane, now_ms: i64) -> Result<usize, EcsError> {
    use keel_store::{Compare, KeyRange, Op, RangeRequest, Txn};
    let retention = i64::try_from(cp.config.stopped_task_retention.as_millis()).unwrap_or(i64::MAX);
    let cutoff = now_ms.saturating_sub(retention).max(0);
    let page = cp
        .store
        .range(RangeRequest {
            keys_only: true,
            limit: Some(500),
            ..RangeRequest::new(KeyRange::Between {
                start: state::INACTIVE_SERVICE_INDEX_PREFIX.to_string(),
                end: format!("{}{cutoff:013}", state::INACTIVE_SERVICE_INDEX_PREFIX),
            })
        })
        .await?;
    let mut removed = 0;
    for kv in &page.kvs {
        // /janitor/inactive-services/MS/REGION/CLUSTER/NAME
        let rest = &kv.key[state::INACTIVE_SERVICE_INDEX_PREFIX.len()..];
        let parts: Vec<&str> = rest.splitn(4, '/').collect();
        let mut ops = vec![Op::delete(kv.key.clone())];
        let mut compares = Vec::new();
        if let [_, region, cluster, name] = parts.as_slice() {
            let key = state::service_key(region, cluster, name);
            // A service created again under the name since is not this one.
            if let Some(current) = state::get::<ServiceRecord>(&*cp.store, &key).await?
                && current.value.status == "INACTIVE"
            {
                compares.push(Compare::mod_revision_eq(key.clone(), current.mod_revision));
                ops.push(Op::delete(key));
                removed += 1;
            }
        }
        cp.store
            .txn(Txn::new().when(compares).and_then(ops))
            .await?;
    }
    Ok(removed)
}
