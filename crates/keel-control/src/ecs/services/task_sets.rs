//! Task sets, for services with the EXTERNAL deployment controller: CreateTaskSet,
//! DescribeTaskSets, UpdateTaskSet, DeleteTaskSet, UpdateServicePrimaryTaskSet.
//!
//! With EXTERNAL, an outside controller does the rollout: it creates task sets (each a task
//! definition plus launch settings), scales each to a percentage of the service's desired
//! count, and says which one is PRIMARY. Keel keeps every task set at its computed desired
//! count (`ceil(desiredCount * scale / 100)`), replacing tasks that stop, and reports each
//! set's stability. A task set is stored as one of the service's deployment records, marked by
//! its `task_set` member; its tasks carry its id in `startedBy`.
//! <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-external.html>

use keel_api::RequestContext;
use keel_awsmodel::Timestamp;
use keel_awsmodel::ecs::{
    CreateServiceRequest, CreateServiceResponse, CreateTaskSetRequest, CreateTaskSetResponse,
    DeleteTaskSetRequest, DeleteTaskSetResponse, DeploymentController, DeploymentControllerType,
    DeploymentRolloutState, DescribeTaskSetsRequest, DescribeTaskSetsResponse, Failure, LaunchType,
    PropagateTags, Scale, ScaleUnit, SchedulingStrategy, Service, SettingName, StabilityStatus,
    Tag, TaskSet, TaskSetField, UpdateServicePrimaryTaskSetRequest,
    UpdateServicePrimaryTaskSetResponse, UpdateServiceRequest, UpdateTaskSetRequest,
    UpdateTaskSetResponse,
};
use keel_store::{Compare, Op, Txn};
use keel_types::EcsResource;
use serde::{Deserialize, Serialize};

use super::{DeploymentExtras, DeploymentRecord, ServiceRecord};
use crate::ControlPlane;
use crate::ecs::clusters::ClusterRecord;
use crate::ecs::resources::{self, ecs_arn};
use crate::ecs::tasks::TaskRecord;
use crate::ecs::{account_settings, tags, tasks};
use crate::error::EcsError;
use crate::state::{self, Versioned};

/// What makes a deployment record a task set.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct TaskSetInfo {
    pub arn: String,
    pub external_id: Option<String>,
    pub scale: Scale,
    #[serde(default)]
    pub tags: Vec<Tag>,
    pub stability_status: StabilityStatus,
    pub stability_status_at: Timestamp,
    #[serde(default)]
    pub client_token: Option<String>,
}

/// `ceil(desiredCount * scale% / 100)`.
pub fn computed_desired_count(desired: i32, scale: &Scale) -> i32 {
    let percent = scale.value.unwrap_or(100.0).clamp(0.0, 100.0);
    ((f64::from(desired.max(0)) * percent) / 100.0).ceil() as i32
}

fn validate_scale(scale: &Scale) -> Result<Scale, EcsError> {
    let value = scale.value.unwrap_or(100.0);
    if !(0.0..=100.0).contains(&value) || value.is_nan() {
        return Err(EcsError::invalid("scale value must be between 0 and 100."));
    }
    Ok(Scale {
        value: Some(value),
        unit: Some(scale.unit.unwrap_or(ScaleUnit::Percent)),
    })
}

fn not_external() -> EcsError {
    EcsError::invalid(
        "Task sets are only supported for services with the EXTERNAL deployment controller.",
    )
}

fn not_found() -> EcsError {
    EcsError::TaskSetNotFound("The specified task set does not exist.".into())
}

impl ServiceRecord {
    pub fn is_external(&self) -> bool {
        self.service
            .deployment_controller
            .as_ref()
            .is_some_and(|c| c.r#type == DeploymentControllerType::External)
    }

    /// Task sets that are not gone.
    pub fn task_sets(&self) -> impl Iterator<Item = &DeploymentRecord> {
        self.deployments
            .iter()
            .filter(|d| d.task_set.is_some() && d.status != "INACTIVE")
    }

    fn find_task_set(&self, reference: &str) -> Option<usize> {
        self.deployments.iter().position(|d| {
            d.status != "INACTIVE"
                && d.task_set
                    .as_ref()
                    .is_some_and(|t| t.arn == reference || d.id == reference)
        })
    }
}

/// The wire form of a task set.
pub fn render_task_set(
    record: &ServiceRecord,
    d: &DeploymentRecord,
    tasks: &[&TaskRecord],
    include_tags: bool,
) -> TaskSet {
    let info = d.task_set.as_ref().expect("a task set");
    let counts = super::count(tasks, Some(&d.id));
    TaskSet {
        id: Some(d.id.clone()),
        task_set_arn: Some(info.arn.clone()),
        service_arn: Some(record.arn.clone()),
        cluster_arn: record.service.cluster_arn.clone(),
        external_id: info.external_id.clone(),
        status: Some(d.status.clone()),
        task_definition: Some(d.task_definition.clone()),
        computed_desired_count: Some(if d.status == "DRAINING" {
            0
        } else {
            computed_desired_count(record.desired_count(), &info.scale)
        }),
        pending_count: Some(counts.pending),
        running_count: Some(counts.running),
        created_at: Some(d.created_at),
        updated_at: Some(d.updated_at),
        launch_type: d.launch_type,
        capacity_provider_strategy: d.capacity_provider_strategy.clone(),
        platform_version: d.platform_version.clone(),
        platform_family: (d.launch_type == Some(LaunchType::Fargate)).then(|| "Linux".into()),
        network_configuration: d.network_configuration.clone(),
        load_balancers: Some(d.extras.load_balancers.clone().unwrap_or_default()),
        service_registries: Some(d.extras.service_registries.clone().unwrap_or_default()),
        scale: Some(info.scale.clone()),
        stability_status: Some(info.stability_status),
        stability_status_at: Some(info.stability_status_at),
        tags: include_tags.then(|| info.tags.clone()),
        ..Default::default()
    }
}

/// CreateService with `deploymentController: EXTERNAL`: the service holds the desired count
/// and placement; task sets bring the task definitions.
pub(crate) async fn create_external_service(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: CreateServiceRequest,
    cluster: &Versioned<ClusterRecord>,
    existing: Option<&Versioned<ServiceRecord>>,
    canonical: String,
) -> Result<CreateServiceResponse, EcsError> {
    if req.scheduling_strategy == Some(SchedulingStrategy::Daemon) {
        return Err(EcsError::invalid(
            "The EXTERNAL deployment controller supports the REPLICA scheduling strategy only.",
        ));
    }
    for (name, given) in [
        ("taskDefinition", req.task_definition.is_some()),
        ("launchType", req.launch_type.is_some()),
        (
            "capacityProviderStrategy",
            req.capacity_provider_strategy.is_some(),
        ),
        ("platformVersion", req.platform_version.is_some()),
        ("networkConfiguration", req.network_configuration.is_some()),
        ("loadBalancers", req.load_balancers.is_some()),
        ("serviceRegistries", req.service_registries.is_some()),
        (
            "serviceConnectConfiguration",
            req.service_connect_configuration.is_some(),
        ),
    ] {
        if given {
            return Err(EcsError::invalid(format!(
                "{name} is not valid for a service with the EXTERNAL deployment controller; give it to CreateTaskSet."
            )));
        }
    }
    if req
        .deployment_configuration
        .as_ref()
        .and_then(|c| c.deployment_circuit_breaker.as_ref())
        .is_some_and(|b| b.enable)
    {
        return Err(EcsError::invalid(
            "The deployment circuit breaker is only supported with the ECS deployment controller.",
        ));
    }
    let desired = req
        .desired_count
        .ok_or_else(|| EcsError::invalid("desiredCount is required for a REPLICA service."))?;
    if desired < 0 {
        return Err(EcsError::invalid("desiredCount cannot be negative."));
    }
    let config = super::api::deployment_configuration(
        req.deployment_configuration.as_ref(),
        None,
        SchedulingStrategy::Replica,
    )?;
    super::api::validate_placement(
        req.placement_strategy.as_deref(),
        req.placement_constraints.as_deref(),
        SchedulingStrategy::Replica,
    )?;
    let new_tags = req.tags.clone().unwrap_or_default();
    tags::validate(&new_tags)?;
    let long =
        account_settings::long_arn_format(cp, ctx, SettingName::ServiceLongArnFormat).await?;
    let name = req.service_name.clone();
    let arn = ecs_arn(
        ctx,
        EcsResource::Service {
            cluster: long.then(|| cluster.value.name.clone()),
            name: name.clone(),
        },
    );
    let now = resources::now();
    let record = ServiceRecord {
        name: name.clone(),
        arn: arn.clone(),
        cluster: cluster.value.name.clone(),
        account_id: ctx.scope.account_id.clone(),
        service: Service {
            service_arn: Some(arn),
            service_name: Some(name.clone()),
            cluster_arn: Some(cluster.value.arn.clone()),
            load_balancers: Some(Vec::new()),
            service_registries: Some(Vec::new()),
            desired_count: Some(desired),
            deployment_configuration: Some(config),
            role_arn: req.role.clone(),
            created_at: Some(now),
            placement_constraints: Some(req.placement_constraints.clone().unwrap_or_default()),
            placement_strategy: Some(req.placement_strategy.clone().unwrap_or_default()),
            health_check_grace_period_seconds: req.health_check_grace_period_seconds,
            scheduling_strategy: Some(SchedulingStrategy::Replica),
            deployment_controller: Some(DeploymentController {
                r#type: DeploymentControllerType::External,
            }),
            created_by: Some(resources::caller_principal(ctx)),
            enable_ecs_managed_tags: Some(req.enable_ecs_managed_tags.unwrap_or(false)),
            propagate_tags: Some(req.propagate_tags.unwrap_or(PropagateTags::None)),
            enable_execute_command: Some(req.enable_execute_command.unwrap_or(false)),
            ..Default::default()
        },
        status: "ACTIVE".into(),
        deployments: Vec::new(),
        service_deployments: Vec::new(),
        events: Vec::new(),
        tags: new_tags,
        client_token: req.client_token.clone().map(|t| (t, canonical)),
        last_completed: None,
        steady: false,
        deleted_at: None,
    };
    let region = &ctx.scope.region;
    let key = state::service_key(region, &record.cluster, &name);
    let guard = match existing {
        Some(rec) => Compare::mod_revision_eq(key.clone(), rec.mod_revision),
        None => Compare::absent(key.clone()),
    };
    let txn = Txn::new().when(vec![guard]).and_then(vec![
        state::put_op(&key, &record)?,
        Op::put(
            state::service_index_key(region, &record.cluster, &name),
            Vec::new(),
        ),
    ]);
    if !cp.store.txn(txn).await?.succeeded {
        return Err(EcsError::invalid("Creation of service was not idempotent."));
    }
    Ok(CreateServiceResponse {
        service: Some(super::render(&record, &[], false)),
    })
}

/// The UpdateService members an EXTERNAL service takes; the rest belong to its task sets.
pub(crate) fn update_external(
    record: &mut ServiceRecord,
    req: &UpdateServiceRequest,
) -> Result<(), EcsError> {
    for (name, given) in [
        ("taskDefinition", req.task_definition.is_some()),
        ("forceNewDeployment", req.force_new_deployment == Some(true)),
        (
            "capacityProviderStrategy",
            req.capacity_provider_strategy.is_some(),
        ),
        ("platformVersion", req.platform_version.is_some()),
        ("networkConfiguration", req.network_configuration.is_some()),
        ("loadBalancers", req.load_balancers.is_some()),
        ("serviceRegistries", req.service_registries.is_some()),
        (
            "serviceConnectConfiguration",
            req.service_connect_configuration.is_some(),
        ),
    ] {
        if given {
            return Err(EcsError::invalid(format!(
                "{name} cannot be updated on a service with the EXTERNAL deployment controller; use task sets."
            )));
        }
    }
    if let Some(desired) = req.desired_count {
        if desired < 0 {
            return Err(EcsError::invalid("desiredCount cannot be negative."));
        }
        record.service.desired_count = Some(desired);
        record.steady = false;
    }
    if req.deployment_configuration.is_some() {
        record.service.deployment_configuration = Some(super::api::deployment_configuration(
            req.deployment_configuration.as_ref(),
            record.service.deployment_configuration.as_ref(),
            SchedulingStrategy::Replica,
        )?);
    }
    if req.placement_strategy.is_some() || req.placement_constraints.is_some() {
        let strategies = req
            .placement_strategy
            .clone()
            .or(record.service.placement_strategy.clone());
        let constraints = req
            .placement_constraints
            .clone()
            .or(record.service.placement_constraints.clone());
        super::api::validate_placement(
            strategies.as_deref(),
            constraints.as_deref(),
            SchedulingStrategy::Replica,
        )?;
        record.service.placement_strategy = strategies;
        record.service.placement_constraints = constraints;
    }
    if let Some(grace) = req.health_check_grace_period_seconds {
        record.service.health_check_grace_period_seconds = Some(grace);
    }
    if let Some(v) = req.enable_execute_command {
        record.service.enable_execute_command = Some(v);
    }
    if let Some(v) = req.propagate_tags {
        record.service.propagate_tags = Some(v);
    }
    if let Some(v) = req.enable_ecs_managed_tags {
        record.service.enable_ecs_managed_tags = Some(v);
    }
    Ok(())
}

/// Applies `change` to an ACTIVE EXTERNAL service with compare-and-swap.
async fn modify(
    cp: &ControlPlane,
    ctx: &RequestContext,
    cluster: &str,
    service: &str,
    mut change: impl FnMut(&mut ServiceRecord, Timestamp) -> Result<(usize, Vec<Op>), EcsError>,
) -> Result<(ServiceRecord, usize), EcsError> {
    let cluster = resources::active_cluster(cp, ctx, Some(cluster)).await?;
    for _ in 0..state::MAX_CAS_ATTEMPTS {
        let rec = super::load_live(cp, ctx, &cluster.value.name, service).await?;
        if !rec.value.is_external() {
            return Err(not_external());
        }
        if rec.value.status != "ACTIVE" {
            return Err(EcsError::ServiceNotActive);
        }
        let mut record = rec.value.clone();
        let (index, mut extra) = change(&mut record, resources::now())?;
        let mut ops = vec![state::put_op(&rec.key, &record)?];
        ops.append(&mut extra);
        let txn = Txn::new()
            .when(vec![Compare::mod_revision_eq(
                rec.key.clone(),
                rec.mod_revision,
            )])
            .and_then(ops);
        if cp.store.txn(txn).await?.succeeded {
            return Ok((record, index));
        }
    }
    Err(EcsError::Contention)
}

async fn rendered(
    cp: &ControlPlane,
    ctx: &RequestContext,
    record: &ServiceRecord,
    index: usize,
) -> Result<TaskSet, EcsError> {
    let all = tasks::cluster_tasks(cp, &ctx.scope.region, &record.cluster).await?;
    let mine = super::tasks_of(&record.name, &all);
    Ok(render_task_set(
        record,
        &record.deployments[index],
        &mine,
        false,
    ))
}

pub async fn create_task_set(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: CreateTaskSetRequest,
) -> Result<CreateTaskSetResponse, EcsError> {
    let cluster = resources::active_cluster(cp, ctx, Some(&req.cluster)).await?;
    let td = tasks::runnable_task_definition(cp, ctx, &req.task_definition).await?;
    let (launch, _) = tasks::choose_launch(
        &cluster.value,
        req.launch_type,
        req.capacity_provider_strategy.as_deref(),
    )?;
    tasks::check_compatibility(&td.task_definition, launch)?;
    tasks::validate_network(
        &td.task_definition,
        req.network_configuration.as_ref(),
        launch,
    )?;
    let scale = validate_scale(&req.scale.clone().unwrap_or(Scale {
        value: Some(100.0),
        unit: Some(ScaleUnit::Percent),
    }))?;
    let new_tags = req.tags.clone().unwrap_or_default();
    tags::validate(&new_tags)?;
    if let Some(external) = &req.external_id
        && external.len() > 255
    {
        return Err(EcsError::invalid(
            "externalId can be at most 255 characters.",
        ));
    }
    let td_arn = td
        .task_definition
        .task_definition_arn
        .clone()
        .unwrap_or_default();
    let region = ctx.scope.region.clone();
    let (record, index) = modify(cp, ctx, &req.cluster, &req.service, |record, now| {
        if let Some(token) = &req.client_token
            && let Some(index) = record.deployments.iter().position(|d| {
                d.status != "INACTIVE"
                    && d.task_set.as_ref().and_then(|t| t.client_token.as_ref()) == Some(token)
            })
        {
            return Ok((index, Vec::new()));
        }
        let id = super::new_deployment_id();
        let arn = format!(
            "arn:aws:ecs:{region}:{}:task-set/{}/{}/{id}",
            record.account_id, record.cluster, record.name
        );
        let primary = record.task_sets().next().is_none();
        let fargate = launch == LaunchType::Fargate;
        record.deployments.push(DeploymentRecord {
            id,
            status: if primary { "PRIMARY" } else { "ACTIVE" }.into(),
            task_definition: td_arn.clone(),
            launch_type: req
                .capacity_provider_strategy
                .as_ref()
                .is_none_or(|s| s.is_empty())
                .then_some(launch),
            capacity_provider_strategy: req
                .capacity_provider_strategy
                .clone()
                .filter(|s| !s.is_empty()),
            platform_version: fargate.then(|| {
                req.platform_version
                    .clone()
                    .filter(|v| v != "LATEST")
                    .unwrap_or_else(|| "1.4.0".into())
            }),
            network_configuration: req.network_configuration.clone(),
            created_at: now,
            updated_at: now,
            rollout_state: DeploymentRolloutState::InProgress,
            rollout_state_reason: String::new(),
            failed_tasks: 0,
            counted_failures: Default::default(),
            service_revision_arn: String::new(),
            service_deployment_arn: String::new(),
            extras: DeploymentExtras {
                load_balancers: req.load_balancers.clone(),
                service_registries: req.service_registries.clone(),
                ..Default::default()
            },
            task_set: Some(TaskSetInfo {
                arn,
                external_id: req.external_id.clone(),
                scale: scale.clone(),
                tags: new_tags.clone(),
                stability_status: StabilityStatus::Stabilizing,
                stability_status_at: now,
                client_token: req.client_token.clone(),
            }),
        });
        if primary {
            record.service.task_definition = Some(td_arn.clone());
        }
        record.steady = false;
        Ok((record.deployments.len() - 1, Vec::new()))
    })
    .await?;
    Ok(CreateTaskSetResponse {
        task_set: Some(rendered(cp, ctx, &record, index).await?),
    })
}

pub async fn describe_task_sets(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: DescribeTaskSetsRequest,
) -> Result<DescribeTaskSetsResponse, EcsError> {
    let cluster = resources::active_cluster(cp, ctx, Some(&req.cluster)).await?;
    let rec = super::load_live(cp, ctx, &cluster.value.name, &req.service).await?;
    if !rec.value.is_external() {
        return Err(not_external());
    }
    let include_tags = req
        .include
        .unwrap_or_default()
        .contains(&TaskSetField::Tags);
    let all = tasks::cluster_tasks(cp, &ctx.scope.region, &cluster.value.name).await?;
    let mine = super::tasks_of(&rec.value.name, &all);
    let mut found = Vec::new();
    let mut failures = Vec::new();
    match &req.task_sets {
        Some(references) => {
            for reference in references {
                match rec.value.find_task_set(reference) {
                    Some(i) => found.push(render_task_set(
                        &rec.value,
                        &rec.value.deployments[i],
                        &mine,
                        include_tags,
                    )),
                    None => failures.push(Failure {
                        arn: Some(reference.clone()),
                        reason: Some("MISSING".into()),
                        detail: None,
                    }),
                }
            }
        }
        None => {
            for d in rec.value.task_sets() {
                found.push(render_task_set(&rec.value, d, &mine, include_tags));
            }
        }
    }
    Ok(DescribeTaskSetsResponse {
        task_sets: Some(found),
        failures: Some(failures),
    })
}

pub async fn update_task_set(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: UpdateTaskSetRequest,
) -> Result<UpdateTaskSetResponse, EcsError> {
    let scale = validate_scale(&req.scale)?;
    let (record, index) = modify(cp, ctx, &req.cluster, &req.service, |record, now| {
        let index = record.find_task_set(&req.task_set).ok_or_else(not_found)?;
        let d = &mut record.deployments[index];
        if d.status == "DRAINING" {
            return Err(EcsError::invalid("The task set is being deleted."));
        }
        if let Some(info) = d.task_set.as_mut() {
            info.scale = scale.clone();
        }
        d.updated_at = now;
        record.steady = false;
        Ok((index, Vec::new()))
    })
    .await?;
    Ok(UpdateTaskSetResponse {
        task_set: Some(rendered(cp, ctx, &record, index).await?),
    })
}

pub async fn delete_task_set(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: DeleteTaskSetRequest,
) -> Result<DeleteTaskSetResponse, EcsError> {
    let all_before = {
        let cluster = resources::active_cluster(cp, ctx, Some(&req.cluster)).await?;
        tasks::cluster_tasks(cp, &ctx.scope.region, &cluster.value.name).await?
    };
    let (record, index) = modify(cp, ctx, &req.cluster, &req.service, |record, now| {
        let index = record.find_task_set(&req.task_set).ok_or_else(not_found)?;
        let mine = super::tasks_of(&record.name, &all_before);
        let d = &record.deployments[index];
        let counts = super::count(&mine, Some(&d.id));
        let scaled = d
            .task_set
            .as_ref()
            .is_some_and(|t| computed_desired_count(record.desired_count(), &t.scale) > 0);
        if req.force != Some(true) && (scaled || counts.running + counts.pending > 0) {
            return Err(EcsError::invalid(
                "The task set cannot be deleted while it is scaled above 0; scale it to 0 or use force.",
            ));
        }
        let d = &mut record.deployments[index];
        d.status = "DRAINING".into();
        d.updated_at = now;
        Ok((index, Vec::new()))
    })
    .await?;
    Ok(DeleteTaskSetResponse {
        task_set: Some(rendered(cp, ctx, &record, index).await?),
    })
}

pub async fn update_service_primary_task_set(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: UpdateServicePrimaryTaskSetRequest,
) -> Result<UpdateServicePrimaryTaskSetResponse, EcsError> {
    let (record, index) = modify(cp, ctx, &req.cluster, &req.service, |record, now| {
        let index = record
            .find_task_set(&req.primary_task_set)
            .ok_or_else(not_found)?;
        if record.deployments[index].status == "DRAINING" {
            return Err(EcsError::invalid(
                "A task set that is being deleted cannot be primary.",
            ));
        }
        for (i, d) in record.deployments.iter_mut().enumerate() {
            if d.task_set.is_none() || d.status == "INACTIVE" || d.status == "DRAINING" {
                continue;
            }
            let status = if i == index { "PRIMARY" } else { "ACTIVE" };
            if d.status != status {
                d.status = status.into();
                d.updated_at = now;
            }
        }
        record.service.task_definition = Some(record.deployments[index].task_definition.clone());
        Ok((index, Vec::new()))
    })
    .await?;
    Ok(UpdateServicePrimaryTaskSetResponse {
        task_set: Some(rendered(cp, ctx, &record, index).await?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computed_desired_count_rounds_up() {
        let scale = |v| Scale {
            value: Some(v),
            unit: Some(ScaleUnit::Percent),
        };
        assert_eq!(computed_desired_count(10, &scale(50.0)), 5);
        assert_eq!(computed_desired_count(3, &scale(50.0)), 2);
        assert_eq!(computed_desired_count(3, &scale(0.0)), 0);
        assert_eq!(computed_desired_count(3, &scale(100.0)), 3);
        assert_eq!(computed_desired_count(0, &scale(100.0)), 0);
    }
}
