//! CreateService, UpdateService, DeleteService, DescribeServices, ListServices,
//! ListServicesByNamespace.

use keel_api::RequestContext;
use keel_awsmodel::Timestamp;
use keel_awsmodel::ecs::{
    CreateServiceRequest, CreateServiceResponse, DeleteServiceRequest, DeleteServiceResponse,
    DeploymentCircuitBreaker, DeploymentConfiguration, DeploymentController,
    DeploymentControllerType, DeploymentRolloutState, DeploymentStrategy, DescribeServicesRequest,
    DescribeServicesResponse, Failure, LaunchType, ListServicesByNamespaceRequest,
    ListServicesByNamespaceResponse, ListServicesRequest, ListServicesResponse,
    PlacementConstraint, PlacementStrategy, PropagateTags, SchedulingStrategy, Service,
    ServiceDeployment, ServiceDeploymentCircuitBreaker, ServiceDeploymentRollbackMonitorsStatus,
    ServiceDeploymentStatus, ServiceField, ServiceRevision, ServiceRevisionSummary, SettingName,
    UpdateServiceRequest, UpdateServiceResponse,
};
use keel_store::{Compare, Op, Txn};
use keel_types::EcsResource;

use super::{DeploymentExtras, DeploymentRecord, ServiceRecord};
use crate::ControlPlane;
use crate::ecs::clusters::ClusterRecord;
use crate::ecs::resources::{self, ecs_arn};
use crate::ecs::task_definitions::TaskDefinitionRecord;
use crate::ecs::{account_settings, tags, tasks};
use crate::error::EcsError;
use crate::pagination;
use crate::state::{self, Versioned};

/// The deployment configuration with ECS's defaults filled in: a REPLICA service keeps 100%
/// and may go to 200%; a DAEMON service may stop all (0%) and never exceeds one task per
/// instance (100%). The circuit breaker is off unless asked for.
pub(crate) fn deployment_configuration(
    given: Option<&DeploymentConfiguration>,
    current: Option<&DeploymentConfiguration>,
    strategy: SchedulingStrategy,
) -> Result<DeploymentConfiguration, EcsError> {
    let mut config = current.cloned().unwrap_or_default();
    if let Some(given) = given {
        if given.maximum_percent.is_some() {
            config.maximum_percent = given.maximum_percent;
        }
        if given.minimum_healthy_percent.is_some() {
            config.minimum_healthy_percent = given.minimum_healthy_percent;
        }
        if given.deployment_circuit_breaker.is_some() {
            config.deployment_circuit_breaker = given.deployment_circuit_breaker.clone();
        }
        if given.alarms.is_some() {
            config.alarms = given.alarms.clone();
        }
        if given.strategy.is_some() {
            config.strategy = given.strategy;
        }
        for (name, set) in [
            ("bakeTimeInMinutes", given.bake_time_in_minutes.is_some()),
            ("lifecycleHooks", given.lifecycle_hooks.is_some()),
            ("linearConfiguration", given.linear_configuration.is_some()),
            ("canaryConfiguration", given.canary_configuration.is_some()),
        ] {
            if set
                && given.strategy.unwrap_or(DeploymentStrategy::Rolling)
                    == DeploymentStrategy::Rolling
            {
                return Err(EcsError::invalid(format!(
                    "{name} is only valid with the BLUE_GREEN, LINEAR or CANARY deployment strategies."
                )));
            }
        }
    }
    let daemon = strategy == SchedulingStrategy::Daemon;
    let max = *config
        .maximum_percent
        .get_or_insert(if daemon { 100 } else { 200 });
    let min = *config
        .minimum_healthy_percent
        .get_or_insert(if daemon { 0 } else { 100 });
    config
        .deployment_circuit_breaker
        .get_or_insert(DeploymentCircuitBreaker {
            enable: false,
            rollback: false,
            ..Default::default()
        });
    config.strategy.get_or_insert(DeploymentStrategy::Rolling);
    if !(0..=100).contains(&min) {
        return Err(EcsError::invalid(
            "minimumHealthyPercent must be between 0 and 100.",
        ));
    }
    if daemon && max != 100 {
        return Err(EcsError::invalid(
            "The maximumPercent of a DAEMON service must be 100.",
        ));
    }
    if !daemon && max < 100 {
        // Below 100% a REPLICA service could never run its desired count.
        return Err(EcsError::invalid(
            "maximumPercent must be at least 100 for a REPLICA service.",
        ));
    }
    if max < min {
        return Err(EcsError::invalid(
            "maximumPercent must be greater than or equal to minimumHealthyPercent.",
        ));
    }
    if config.strategy != Some(DeploymentStrategy::Rolling) {
        return Err(EcsError::UnsupportedFeature(format!(
            "Keel supports the ROLLING deployment strategy; {} needs load balancers, which Keel does not route yet.",
            config.strategy.map(|s| s.as_str()).unwrap_or("")
        )));
    }
    if let Some(breaker) = &config.deployment_circuit_breaker
        && let Some(threshold) = &breaker.threshold_configuration
        && threshold.value < 1
    {
        return Err(EcsError::invalid(
            "thresholdConfiguration value must be at least 1.",
        ));
    }
    Ok(config)
}

/// Placement strategies and constraints as Keel's service scheduler applies them.
pub(crate) fn validate_placement(
    strategies: Option<&[PlacementStrategy]>,
    constraints: Option<&[PlacementConstraint]>,
    scheduling: SchedulingStrategy,
) -> Result<(), EcsError> {
    let strategies = strategies.unwrap_or_default();
    if scheduling == SchedulingStrategy::Daemon && !strategies.is_empty() {
        return Err(EcsError::invalid(
            "Placement strategies are not supported with a DAEMON scheduling strategy.",
        ));
    }
    if strategies.len() > 5 {
        return Err(EcsError::invalid(
            "You can specify a maximum of 5 placement strategies per service.",
        ));
    }
    for (n, strategy) in strategies.iter().enumerate() {
        let kind = strategy.r#type.map(|t| t.as_str()).unwrap_or("");
        keel_scheduler::Strategy::parse(kind, strategy.field.as_deref())
            .map_err(|e| EcsError::invalid(format!("placementStrategy.{}: {e}", n + 1)))?;
    }
    let constraints = constraints.unwrap_or_default();
    if constraints.len() > keel_scheduler::MAX_CONSTRAINTS {
        return Err(EcsError::invalid(
            "You can specify a maximum of 10 placement constraints per service.",
        ));
    }
    for (n, constraint) in constraints.iter().enumerate() {
        let kind = constraint.r#type.map(|t| t.as_str()).unwrap_or("");
        let field = format!("placementConstraints.{}", n + 1);
        keel_scheduler::Constraint::parse(kind, constraint.expression.as_deref()).map_err(
            |err| match err {
                keel_scheduler::ConstraintError::Expression(e) => EcsError::invalid(format!(
                    "{field}: invalid cluster query expression '{}': {e}.",
                    constraint.expression.as_deref().unwrap_or("")
                )),
                keel_scheduler::ConstraintError::Invalid(message) => {
                    EcsError::invalid(format!("{field}: {message}"))
                }
            },
        )?;
    }
    Ok(())
}

/// A service's launch settings, checked against its cluster and task definition.
struct Launch {
    launch_type: LaunchType,
    capacity_provider_strategy: Option<Vec<keel_awsmodel::ecs::CapacityProviderStrategyItem>>,
    platform_version: Option<String>,
}

fn resolve_launch(
    cluster: &ClusterRecord,
    td: &TaskDefinitionRecord,
    launch_type: Option<LaunchType>,
    strategy: Option<&[keel_awsmodel::ecs::CapacityProviderStrategyItem]>,
    platform_version: Option<&str>,
    network: Option<&keel_awsmodel::ecs::NetworkConfiguration>,
) -> Result<Launch, EcsError> {
    let (launch, _provider) = tasks::choose_launch(cluster, launch_type, strategy)?;
    tasks::check_compatibility(&td.task_definition, launch)?;
    tasks::validate_network(&td.task_definition, network, launch)?;
    let explicit_strategy = strategy.filter(|s| !s.is_empty()).map(<[_]>::to_vec);
    Ok(Launch {
        launch_type: launch,
        capacity_provider_strategy: explicit_strategy.clone(),
        platform_version: (launch == LaunchType::Fargate).then(|| {
            platform_version
                .filter(|v| *v != "LATEST")
                .unwrap_or("1.4.0")
                .to_string()
        }),
    })
}

/// Tells the user, in the service's own event log, which of its options Keel keeps without
/// acting on them yet, so nothing is silently pretended to work.
fn stored_only_notes(service: &str, extras: &DeploymentExtras, config: &Service) -> Vec<String> {
    let mut notes = Vec::new();
    let mut note = |what: &str| {
        notes.push(format!(
            "(service {service}) has {what} configured; Keel stores and reports it but does not act on it yet."
        ))
    };
    if extras
        .load_balancers
        .as_ref()
        .is_some_and(|l| !l.is_empty())
    {
        note("loadBalancers");
    }
    if extras
        .service_registries
        .as_ref()
        .is_some_and(|l| !l.is_empty())
    {
        note("serviceRegistries");
    }
    if extras
        .service_connect_configuration
        .as_ref()
        .is_some_and(|c| c.enabled)
    {
        note("serviceConnectConfiguration");
    }
    if extras
        .volume_configurations
        .as_ref()
        .is_some_and(|l| !l.is_empty())
    {
        note("volumeConfigurations");
    }
    if extras
        .vpc_lattice_configurations
        .as_ref()
        .is_some_and(|l| !l.is_empty())
    {
        note("vpcLatticeConfigurations");
    }
    if config
        .deployment_configuration
        .as_ref()
        .and_then(|c| c.alarms.as_ref())
        .is_some_and(|a| a.enable)
    {
        note("deployment alarms (alarm-based rollback needs CloudWatch alarms)");
    }
    if config.availability_zone_rebalancing
        == Some(keel_awsmodel::ecs::AvailabilityZoneRebalancing::Enabled)
    {
        note("availabilityZoneRebalancing");
    }
    notes
}

fn in_progress_reason(id: &str) -> String {
    format!("ECS deployment {id} in progress.")
}

/// What a new deployment needs to know.
pub(crate) struct NewDeployment<'a> {
    pub(crate) ctx: &'a RequestContext,
    pub(crate) record: &'a ServiceRecord,
    pub(crate) task_definition: String,
    pub(crate) launch_type: Option<LaunchType>,
    pub(crate) capacity_provider_strategy:
        Option<Vec<keel_awsmodel::ecs::CapacityProviderStrategyItem>>,
    pub(crate) platform_version: Option<String>,
    pub(crate) network_configuration: Option<keel_awsmodel::ecs::NetworkConfiguration>,
    pub(crate) extras: DeploymentExtras,
    pub(crate) now: Timestamp,
}

/// A deployment, its immutable service revision and the service deployment that tracks it.
pub(crate) fn new_deployment(
    new: NewDeployment<'_>,
) -> (DeploymentRecord, ServiceRevision, ServiceDeployment) {
    let region = &new.ctx.scope.region;
    let account = &new.record.account_id;
    let cluster = &new.record.cluster;
    let name = &new.record.name;
    let id = super::new_deployment_id();
    let revision_arn = super::service_revision_arn(region, account, cluster, name);
    let deployment_arn = super::service_deployment_arn(region, account, cluster, name);
    let fargate = new.launch_type == Some(LaunchType::Fargate);
    let revision = ServiceRevision {
        service_revision_arn: Some(revision_arn.clone()),
        service_arn: Some(new.record.arn.clone()),
        cluster_arn: new.record.service.cluster_arn.clone(),
        task_definition: Some(new.task_definition.clone()),
        capacity_provider_strategy: new.capacity_provider_strategy.clone(),
        launch_type: new.launch_type,
        platform_version: new.platform_version.clone(),
        platform_family: fargate.then(|| "Linux".into()),
        load_balancers: new.extras.load_balancers.clone(),
        service_registries: new.extras.service_registries.clone(),
        network_configuration: new.network_configuration.clone(),
        service_connect_configuration: new.extras.service_connect_configuration.clone(),
        volume_configurations: new.extras.volume_configurations.clone(),
        vpc_lattice_configurations: new.extras.vpc_lattice_configurations.clone(),
        created_at: Some(new.now),
        guard_duty_enabled: Some(false),
        ..Default::default()
    };
    let config = new.record.deployment_configuration();
    let breaker = config
        .deployment_circuit_breaker
        .clone()
        .unwrap_or_default();
    let sources: Vec<ServiceRevisionSummary> = new
        .record
        .deployments
        .iter()
        .filter(|d| d.status != "INACTIVE")
        .map(|d| ServiceRevisionSummary {
            arn: Some(d.service_revision_arn.clone()),
            ..Default::default()
        })
        .collect();
    let service_deployment = ServiceDeployment {
        service_deployment_arn: Some(deployment_arn.clone()),
        service_arn: Some(new.record.arn.clone()),
        cluster_arn: new.record.service.cluster_arn.clone(),
        created_at: Some(new.now),
        started_at: Some(new.now),
        updated_at: Some(new.now),
        source_service_revisions: Some(sources),
        target_service_revision: Some(ServiceRevisionSummary {
            arn: Some(revision_arn.clone()),
            requested_task_count: new.record.service.desired_count,
            running_task_count: Some(0),
            pending_task_count: Some(0),
            ..Default::default()
        }),
        status: Some(ServiceDeploymentStatus::InProgress),
        deployment_configuration: Some(config.clone()),
        deployment_circuit_breaker: Some(ServiceDeploymentCircuitBreaker {
            status: Some(if breaker.enable {
                ServiceDeploymentRollbackMonitorsStatus::Monitoring
            } else {
                ServiceDeploymentRollbackMonitorsStatus::Disabled
            }),
            failure_count: Some(0),
            threshold: Some(
                crate::reconcile::threshold_for(&config, new.record.desired_count()) as i32,
            ),
        }),
        // Alarm-based rollback needs CloudWatch alarms: reported as not monitoring.
        alarms: Some(keel_awsmodel::ecs::ServiceDeploymentAlarms {
            status: Some(ServiceDeploymentRollbackMonitorsStatus::Disabled),
            alarm_names: config.alarms.as_ref().map(|a| a.alarm_names.clone()),
            triggered_alarm_names: Some(Vec::new()),
        }),
        ..Default::default()
    };
    let deployment = DeploymentRecord {
        rollout_state_reason: in_progress_reason(&id),
        id,
        status: "PRIMARY".into(),
        task_definition: new.task_definition,
        launch_type: new.launch_type,
        capacity_provider_strategy: new.capacity_provider_strategy,
        platform_version: new.platform_version,
        network_configuration: new.network_configuration,
        created_at: new.now,
        updated_at: new.now,
        rollout_state: DeploymentRolloutState::InProgress,
        failed_tasks: 0,
        counted_failures: Default::default(),
        service_revision_arn: revision_arn,
        service_deployment_arn: deployment_arn,
        extras: new.extras,
        task_set: None,
    };
    (deployment, revision, service_deployment)
}

/// The CreateService request with its clientToken removed, for idempotency checks.
fn canonical(req: &CreateServiceRequest) -> String {
    let mut value = serde_json::to_value(req).unwrap_or_default();
    if let Some(object) = value.as_object_mut() {
        object.remove("clientToken");
    }
    value.to_string()
}

pub async fn create_service(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: CreateServiceRequest,
) -> Result<CreateServiceResponse, EcsError> {
    let cluster = resources::active_cluster(cp, ctx, req.cluster.as_deref()).await?;
    let name = req.service_name.clone();
    if !resources::is_valid_name(&name) {
        return Err(EcsError::invalid(
            "Service names can have up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens.",
        ));
    }
    if let Some(token) = &req.client_token
        && (token.is_empty() || token.len() > 36)
    {
        return Err(EcsError::invalid("clientToken must be 1-36 characters."));
    }
    let region = ctx.scope.region.clone();
    let key = state::service_key(&region, &cluster.value.name, &name);
    let existing: Option<Versioned<ServiceRecord>> = state::get(&*cp.store, &key).await?;
    if let Some(rec) = &existing
        && rec.value.status != "INACTIVE"
    {
        let same_token = req.client_token.is_some()
            && rec.value.client_token.as_ref().map(|(t, _)| t) == req.client_token.as_ref();
        if same_token && rec.value.client_token.as_ref().map(|(_, c)| c) == Some(&canonical(&req)) {
            let tasks = crate::ecs::tasks::cluster_tasks(cp, &region, &cluster.value.name).await?;
            return Ok(CreateServiceResponse {
                service: Some(super::render(&rec.value, &tasks, false)),
            });
        }
        return Err(EcsError::invalid("Creation of service was not idempotent."));
    }

    let controller = req
        .deployment_controller
        .as_ref()
        .map(|c| c.r#type)
        .unwrap_or(DeploymentControllerType::Ecs);
    match controller {
        DeploymentControllerType::Ecs => {}
        DeploymentControllerType::External => {
            let canonical = canonical(&req);
            return super::task_sets::create_external_service(
                cp,
                ctx,
                req,
                &cluster,
                existing.as_ref(),
                canonical,
            )
            .await;
        }
        other => {
            return Err(EcsError::UnsupportedFeature(format!(
                "Keel supports the ECS and EXTERNAL deployment controllers; {} is not supported yet.",
                other.as_str()
            )));
        }
    }
    let scheduling = req
        .scheduling_strategy
        .unwrap_or(SchedulingStrategy::Replica);
    let desired = match scheduling {
        SchedulingStrategy::Replica => {
            let desired = req.desired_count.ok_or_else(|| {
                EcsError::invalid("desiredCount is required for a REPLICA service.")
            })?;
            if desired < 0 {
                return Err(EcsError::invalid("desiredCount cannot be negative."));
            }
            desired
        }
        SchedulingStrategy::Daemon => {
            if req.desired_count.is_some() {
                return Err(EcsError::invalid(
                    "The daemon scheduling strategy does not support a desired count for services.",
                ));
            }
            0
        }
    };
    let reference = req
        .task_definition
        .as_deref()
        .ok_or_else(|| EcsError::invalid("taskDefinition is required."))?;
    let td = tasks::runnable_task_definition(cp, ctx, reference).await?;
    let launch = resolve_launch(
        &cluster.value,
        &td,
        req.launch_type,
        req.capacity_provider_strategy.as_deref(),
        req.platform_version.as_deref(),
        req.network_configuration.as_ref(),
    )?;
    let deployment_config =
        deployment_configuration(req.deployment_configuration.as_ref(), None, scheduling)?;
    validate_placement(
        req.placement_strategy.as_deref(),
        req.placement_constraints.as_deref(),
        scheduling,
    )?;
    if let Some(grace) = req.health_check_grace_period_seconds
        && !(0..=2_147_483_647).contains(&grace)
    {
        return Err(EcsError::invalid(
            "healthCheckGracePeriodSeconds must be between 0 and 2147483647.",
        ));
    }
    let new_tags = req.tags.clone().unwrap_or_default();
    tags::validate(&new_tags)?;
    let long =
        account_settings::long_arn_format(cp, ctx, SettingName::ServiceLongArnFormat).await?;
    let arn = ecs_arn(
        ctx,
        EcsResource::Service {
            cluster: long.then(|| cluster.value.name.clone()),
            name: name.clone(),
        },
    );
    let now = resources::now();
    let service = Service {
        service_arn: Some(arn.clone()),
        service_name: Some(name.clone()),
        cluster_arn: Some(cluster.value.arn.clone()),
        load_balancers: Some(req.load_balancers.clone().unwrap_or_default()),
        service_registries: Some(req.service_registries.clone().unwrap_or_default()),
        desired_count: Some(desired),
        launch_type: req
            .capacity_provider_strategy
            .as_ref()
            .is_none_or(|s| s.is_empty())
            .then_some(launch.launch_type),
        capacity_provider_strategy: launch.capacity_provider_strategy.clone(),
        platform_version: launch.platform_version.clone(),
        platform_family: (launch.launch_type == LaunchType::Fargate).then(|| "Linux".into()),
        task_definition: td.task_definition.task_definition_arn.clone(),
        deployment_configuration: Some(deployment_config),
        role_arn: req.role.clone(),
        created_at: Some(now),
        placement_constraints: Some(req.placement_constraints.clone().unwrap_or_default()),
        placement_strategy: Some(req.placement_strategy.clone().unwrap_or_default()),
        network_configuration: req.network_configuration.clone(),
        health_check_grace_period_seconds: req.health_check_grace_period_seconds,
        scheduling_strategy: Some(scheduling),
        deployment_controller: Some(DeploymentController {
            r#type: DeploymentControllerType::Ecs,
        }),
        created_by: Some(resources::caller_principal(ctx)),
        enable_ecs_managed_tags: Some(req.enable_ecs_managed_tags.unwrap_or(false)),
        propagate_tags: Some(req.propagate_tags.unwrap_or(PropagateTags::None)),
        enable_execute_command: Some(req.enable_execute_command.unwrap_or(false)),
        availability_zone_rebalancing: Some(
            req.availability_zone_rebalancing
                .unwrap_or(keel_awsmodel::ecs::AvailabilityZoneRebalancing::Disabled),
        ),
        ..Default::default()
    };
    let extras = DeploymentExtras {
        load_balancers: req.load_balancers.clone(),
        service_registries: req.service_registries.clone(),
        service_connect_configuration: req.service_connect_configuration.clone(),
        volume_configurations: req.volume_configurations.clone(),
        vpc_lattice_configurations: req.vpc_lattice_configurations.clone(),
    };
    let mut record = ServiceRecord {
        name: name.clone(),
        arn,
        cluster: cluster.value.name.clone(),
        account_id: ctx.scope.account_id.clone(),
        service,
        status: "ACTIVE".into(),
        deployments: Vec::new(),
        service_deployments: Vec::new(),
        events: Vec::new(),
        tags: new_tags,
        client_token: req.client_token.clone().map(|t| (t, canonical(&req))),
        last_completed: None,
        steady: false,
        deleted_at: None,
    };
    let (deployment, revision, service_deployment) = new_deployment(NewDeployment {
        ctx,
        record: &record,
        task_definition: td
            .task_definition
            .task_definition_arn
            .clone()
            .unwrap_or_default(),
        launch_type: Some(launch.launch_type),
        capacity_provider_strategy: launch.capacity_provider_strategy,
        platform_version: launch.platform_version,
        network_configuration: req.network_configuration.clone(),
        extras: extras.clone(),
        now,
    });
    for note in stored_only_notes(&name, &extras, &record.service) {
        record.push_event(note, now);
    }
    let revision_id = revision
        .service_revision_arn
        .as_deref()
        .and_then(|a| a.rsplit('/').next())
        .unwrap_or_default()
        .to_string();
    record.deployments.push(deployment);
    record.service_deployments.insert(0, service_deployment);

    let guard = match &existing {
        Some(rec) => Compare::mod_revision_eq(key.clone(), rec.mod_revision),
        None => Compare::absent(key.clone()),
    };
    let txn = Txn::new().when(vec![guard]).and_then(vec![
        state::put_op(&key, &record)?,
        state::put_op(
            &state::service_revision_key(&region, &record.cluster, &name, &revision_id),
            &revision,
        )?,
        Op::put(
            state::service_index_key(&region, &record.cluster, &name),
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

pub async fn update_service(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: UpdateServiceRequest,
) -> Result<UpdateServiceResponse, EcsError> {
    let cluster = resources::active_cluster(cp, ctx, req.cluster.as_deref()).await?;
    if req.deployment_controller.is_some() {
        return Err(EcsError::UnsupportedFeature(
            "Keel does not change a service's deployment controller.".into(),
        ));
    }
    let region = ctx.scope.region.clone();
    for _ in 0..state::MAX_CAS_ATTEMPTS {
        let rec = super::load(cp, ctx, &cluster.value.name, &req.service)
            .await?
            .filter(|r| r.value.status != "INACTIVE")
            .ok_or(EcsError::ServiceNotFound)?;
        if rec.value.status != "ACTIVE" {
            return Err(EcsError::ServiceNotActive);
        }
        let mut record = rec.value.clone();
        if record.is_external() {
            super::task_sets::update_external(&mut record, &req)?;
            let txn = Txn::new()
                .when(vec![Compare::mod_revision_eq(
                    rec.key.clone(),
                    rec.mod_revision,
                )])
                .and_then(vec![state::put_op(&rec.key, &record)?]);
            if cp.store.txn(txn).await?.succeeded {
                let tasks = crate::ecs::tasks::cluster_tasks(cp, &region, &record.cluster).await?;
                return Ok(UpdateServiceResponse {
                    service: Some(super::render(&record, &tasks, false)),
                });
            }
            continue;
        }
        let scheduling = record.scheduling_strategy();
        let now = resources::now();
        let mut changed_deployment = req.force_new_deployment == Some(true);

        if let Some(desired) = req.desired_count {
            if scheduling == SchedulingStrategy::Daemon {
                return Err(EcsError::invalid(
                    "The daemon scheduling strategy does not support a desired count for services.",
                ));
            }
            if desired < 0 {
                return Err(EcsError::invalid("desiredCount cannot be negative."));
            }
            if record.service.desired_count != Some(desired) {
                record.steady = false;
            }
            record.service.desired_count = Some(desired);
        }
        let primary = record
            .primary()
            .cloned()
            .ok_or_else(|| EcsError::Internal("service has no primary deployment".into()))?;
        let td = match &req.task_definition {
            Some(reference) => tasks::runnable_task_definition(cp, ctx, reference).await?,
            None => {
                crate::ecs::task_definitions::resolve(cp, ctx, &primary.task_definition)
                    .await?
                    .ok_or_else(|| EcsError::client("TaskDefinition not found."))?
                    .value
            }
        };
        let td_arn = td
            .task_definition
            .task_definition_arn
            .clone()
            .unwrap_or_default();
        if td_arn != primary.task_definition {
            changed_deployment = true;
        }
        let network = req
            .network_configuration
            .clone()
            .or(primary.network_configuration.clone());
        let (launch_type, strategy) = match &req.capacity_provider_strategy {
            Some(s) if !s.is_empty() => (None, Some(s.clone())),
            Some(_) => (primary.launch_type, None),
            None => (
                primary
                    .capacity_provider_strategy
                    .is_none()
                    .then_some(primary.launch_type)
                    .flatten(),
                primary.capacity_provider_strategy.clone(),
            ),
        };
        let launch = resolve_launch(
            &cluster.value,
            &td,
            launch_type,
            strategy.as_deref(),
            req.platform_version
                .as_deref()
                .or(primary.platform_version.as_deref()),
            network.as_ref(),
        )?;
        let mut extras = primary.extras.clone();
        macro_rules! take {
            ($field:ident) => {
                if req.$field.is_some() && req.$field != extras.$field {
                    extras.$field = req.$field.clone();
                    changed_deployment = true;
                }
            };
        }
        take!(load_balancers);
        take!(service_registries);
        take!(service_connect_configuration);
        take!(volume_configurations);
        take!(vpc_lattice_configurations);
        if network != primary.network_configuration
            || Some(launch.launch_type) != primary.launch_type
            || launch.capacity_provider_strategy != primary.capacity_provider_strategy
            || launch.platform_version != primary.platform_version
        {
            changed_deployment = true;
        }
        if req.deployment_configuration.is_some() {
            record.service.deployment_configuration = Some(deployment_configuration(
                req.deployment_configuration.as_ref(),
                record.service.deployment_configuration.as_ref(),
                scheduling,
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
            validate_placement(strategies.as_deref(), constraints.as_deref(), scheduling)?;
            record.service.placement_strategy = strategies;
            record.service.placement_constraints = constraints;
            record.steady = false;
        }
        if let Some(grace) = req.health_check_grace_period_seconds {
            record.service.health_check_grace_period_seconds = Some(grace);
        }
        if let Some(v) = req.enable_execute_command {
            record.service.enable_execute_command = Some(v);
        }
        if let Some(v) = req.enable_ecs_managed_tags {
            record.service.enable_ecs_managed_tags = Some(v);
        }
        if let Some(v) = req.propagate_tags {
            record.service.propagate_tags = Some(v);
        }
        if let Some(v) = req.availability_zone_rebalancing {
            record.service.availability_zone_rebalancing = Some(v);
        }
        record.service.network_configuration = network.clone();
        record.service.launch_type = strategy
            .as_ref()
            .is_none_or(|s| s.is_empty())
            .then_some(launch.launch_type);
        record.service.capacity_provider_strategy = launch.capacity_provider_strategy.clone();
        record.service.platform_version = launch.platform_version.clone();
        record.service.load_balancers = Some(extras.load_balancers.clone().unwrap_or_default());
        record.service.service_registries =
            Some(extras.service_registries.clone().unwrap_or_default());

        let mut ops = Vec::new();
        if changed_deployment {
            let (deployment, revision, service_deployment) = new_deployment(NewDeployment {
                ctx,
                record: &record,
                task_definition: td_arn.clone(),
                launch_type: Some(launch.launch_type),
                capacity_provider_strategy: launch.capacity_provider_strategy,
                platform_version: launch.platform_version,
                network_configuration: network,
                extras: extras.clone(),
                now,
            });
            // The previous primary keeps running until the rollout replaces its tasks; a
            // service deployment still in progress is superseded.
            for d in record.deployments.iter_mut().filter(|d| d.is_primary()) {
                d.status = "ACTIVE".into();
                d.updated_at = now;
            }
            let superseded: Vec<String> = record
                .deployments
                .iter()
                .filter(|d| d.status == "ACTIVE")
                .map(|d| d.service_deployment_arn.clone())
                .collect();
            for sd in &mut record.service_deployments {
                if superseded
                    .iter()
                    .any(|a| sd.service_deployment_arn.as_deref() == Some(a))
                    && matches!(
                        sd.status,
                        Some(ServiceDeploymentStatus::InProgress)
                            | Some(ServiceDeploymentStatus::RollbackInProgress)
                            | Some(ServiceDeploymentStatus::Pending)
                    )
                {
                    sd.status = Some(ServiceDeploymentStatus::Stopped);
                    sd.status_reason = Some(format!(
                        "Superseded by service deployment {}.",
                        service_deployment
                            .service_deployment_arn
                            .as_deref()
                            .unwrap_or("")
                    ));
                    sd.stopped_at = Some(now);
                    sd.updated_at = Some(now);
                }
            }
            let revision_id = revision
                .service_revision_arn
                .as_deref()
                .and_then(|a| a.rsplit('/').next())
                .unwrap_or_default()
                .to_string();
            ops.push(state::put_op(
                &state::service_revision_key(&region, &record.cluster, &record.name, &revision_id),
                &revision,
            )?);
            for note in stored_only_notes(&record.name, &extras, &record.service) {
                record.push_event_once(note, now);
            }
            record.deployments.insert(0, deployment);
            record.service_deployments.insert(0, service_deployment);
            record.service.task_definition = Some(td_arn);
            record.steady = false;
            record.trim_history();
        }
        ops.insert(0, state::put_op(&rec.key, &record)?);
        let txn = Txn::new()
            .when(vec![Compare::mod_revision_eq(
                rec.key.clone(),
                rec.mod_revision,
            )])
            .and_then(ops);
        if cp.store.txn(txn).await?.succeeded {
            let tasks = crate::ecs::tasks::cluster_tasks(cp, &region, &record.cluster).await?;
            return Ok(UpdateServiceResponse {
                service: Some(super::render(&record, &tasks, false)),
            });
        }
    }
    Err(EcsError::Contention)
}

pub async fn delete_service(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: DeleteServiceRequest,
) -> Result<DeleteServiceResponse, EcsError> {
    let cluster = resources::active_cluster(cp, ctx, req.cluster.as_deref()).await?;
    for _ in 0..state::MAX_CAS_ATTEMPTS {
        let rec = super::load_live(cp, ctx, &cluster.value.name, &req.service).await?;
        let mut record = rec.value.clone();
        if record.status == "DRAINING" {
            let tasks =
                crate::ecs::tasks::cluster_tasks(cp, &ctx.scope.region, &record.cluster).await?;
            return Ok(DeleteServiceResponse {
                service: Some(super::render(&record, &tasks, false)),
            });
        }
        if record.scheduling_strategy() == SchedulingStrategy::Replica
            && record.desired_count() > 0
            && req.force != Some(true)
        {
            return Err(EcsError::invalid(
                "The service cannot be stopped while it is scaled above 0.",
            ));
        }
        // DRAINING: the reconciler stops its tasks, then marks it INACTIVE.
        record.status = "DRAINING".into();
        record.service.desired_count = Some(0);
        record.steady = false;
        let txn = Txn::new()
            .when(vec![Compare::mod_revision_eq(
                rec.key.clone(),
                rec.mod_revision,
            )])
            .and_then(vec![state::put_op(&rec.key, &record)?]);
        if cp.store.txn(txn).await?.succeeded {
            let tasks =
                crate::ecs::tasks::cluster_tasks(cp, &ctx.scope.region, &record.cluster).await?;
            return Ok(DeleteServiceResponse {
                service: Some(super::render(&record, &tasks, false)),
            });
        }
    }
    Err(EcsError::Contention)
}

pub async fn describe_services(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: DescribeServicesRequest,
) -> Result<DescribeServicesResponse, EcsError> {
    let cluster = resources::active_cluster(cp, ctx, req.cluster.as_deref()).await?;
    if req.services.is_empty() || req.services.len() > 10 {
        return Err(EcsError::invalid(
            "services must contain between 1 and 10 items.",
        ));
    }
    let include_tags = req
        .include
        .unwrap_or_default()
        .contains(&ServiceField::Tags);
    let tasks =
        crate::ecs::tasks::cluster_tasks(cp, &ctx.scope.region, &cluster.value.name).await?;
    let mut services = Vec::new();
    let mut failures = Vec::new();
    for reference in &req.services {
        match super::load(cp, ctx, &cluster.value.name, reference).await? {
            Some(rec) => services.push(super::render(&rec.value, &tasks, include_tags)),
            None => failures.push(Failure {
                arn: Some(if reference.starts_with("arn:") {
                    reference.clone()
                } else {
                    ecs_arn(
                        ctx,
                        EcsResource::Service {
                            cluster: Some(cluster.value.name.clone()),
                            name: reference.clone(),
                        },
                    )
                }),
                reason: Some("MISSING".into()),
                detail: None,
            }),
        }
    }
    Ok(DescribeServicesResponse {
        services: Some(services),
        failures: Some(failures),
    })
}

pub async fn list_services(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: ListServicesRequest,
) -> Result<ListServicesResponse, EcsError> {
    let cluster = resources::active_cluster(cp, ctx, req.cluster.as_deref()).await?;
    let page = pagination::page_size(req.max_results, 10, 100)?;
    let records = super::all_in_cluster(cp, &ctx.scope.region, &cluster.value.name).await?;
    let arns: Vec<(String, String)> = records
        .into_iter()
        .map(|r| r.value)
        .filter(|s| s.status != "INACTIVE")
        .filter(|s| {
            req.launch_type
                .is_none_or(|l| s.primary().and_then(|d| d.launch_type) == Some(l))
        })
        .filter(|s| {
            req.scheduling_strategy
                .is_none_or(|strategy| s.scheduling_strategy() == strategy)
        })
        .map(|s| (s.name, s.arn))
        .collect();
    let (arns, next_token) = pagination::paginate(
        "ListServices",
        arns,
        |(name, _)| name.clone(),
        req.next_token.as_deref(),
        page,
    )?;
    Ok(ListServicesResponse {
        service_arns: Some(arns.into_iter().map(|(_, arn)| arn).collect()),
        next_token,
    })
}

/// Services whose Service Connect configuration names the namespace (by name or ARN), across
/// the region's clusters.
pub async fn list_services_by_namespace(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: ListServicesByNamespaceRequest,
) -> Result<ListServicesByNamespaceResponse, EcsError> {
    let page = pagination::page_size(req.max_results, 10, 100)?;
    if req.namespace.trim().is_empty() {
        return Err(EcsError::invalid("namespace must not be empty."));
    }
    let namespace = req.namespace.clone();
    let short = namespace
        .rsplit('/')
        .next()
        .unwrap_or(&namespace)
        .to_string();
    let clusters: Vec<Versioned<ClusterRecord>> =
        state::list(&*cp.store, &state::clusters_prefix(&ctx.scope.region)).await?;
    let mut arns = Vec::new();
    for cluster in clusters.iter().filter(|c| c.value.status == "ACTIVE") {
        for rec in super::all_in_cluster(cp, &ctx.scope.region, &cluster.value.name).await? {
            let service = rec.value;
            if service.status == "INACTIVE" {
                continue;
            }
            let matches = service
                .primary()
                .and_then(|d| d.extras.service_connect_configuration.as_ref())
                .and_then(|c| c.namespace.as_deref())
                .is_some_and(|ns| {
                    ns == namespace || ns == short || ns.ends_with(&format!("/{short}"))
                });
            if matches {
                arns.push((format!("{}/{}", service.cluster, service.name), service.arn));
            }
        }
    }
    arns.sort();
    let (arns, next_token) = pagination::paginate(
        "ListServicesByNamespace",
        arns,
        |(key, _)| key.clone(),
        req.next_token.as_deref(),
        page,
    )?;
    Ok(ListServicesByNamespaceResponse {
        service_arns: Some(arns.into_iter().map(|(_, arn)| arn).collect()),
        next_token,
    })
}
