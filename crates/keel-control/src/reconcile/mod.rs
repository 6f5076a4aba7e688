//! The service reconciler: keeps every service's tasks at what its record asks for.
//!
//! Level-triggered and stateless. A round for one service reads the service, its cluster's
//! tasks, instances and task protections from the store, asks the pure planner
//! ([`plan`]) what to stop and start, places new tasks with the scheduler (`keel_scheduler`, the same engine RunTask uses), and commits
//! everything the round decided — task stops, new tasks, the instances' resources, the
//! service's events and deployment states — in one transaction guarded by the revision of
//! every record it read and changed. A round that loses a race is redone from a fresh read. So
//! a crash at any point leaves either the whole round or none of it, and the next round (after
//! a restart too) recomputes everything from the store: no task is leaked or started twice.
//!
//! Rounds are triggered by a store watch on `/ecs/` (a change to a service, a task or an
//! instance marks its cluster dirty) and by a periodic resync of every service, which also
//! catches what only time changes (protection expiring, health-check grace periods).

pub mod plan;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use futures::StreamExt;
use keel_api::RequestContext;
use keel_awsmodel::Timestamp;
use keel_awsmodel::ecs::{
    DeploymentConfiguration, DeploymentRolloutState, HealthStatus, PropagateTags,
    SchedulingStrategy, ServiceDeploymentRollbackMonitorsStatus, ServiceDeploymentStatus,
    TaskStopCode, ThresholdType,
};
use keel_store::{Compare, Op, RangeRequest, Txn};
use keel_types::{Scope, TaskStatus};
use tokio::sync::watch;
use tracing::{debug, warn};

use crate::ControlPlane;
use crate::ecs::clusters::ClusterRecord;
use crate::ecs::container_instances::{self, InstanceRecord};
use crate::ecs::services::{self, DeploymentRecord, ServiceRecord, protection};
use crate::ecs::task_definitions;
use crate::ecs::tasks::{self, LaunchSpec, TaskRecord, TaskStateUpdate};
use crate::error::EcsError;
use crate::state::{self, Versioned};
use plan::{Bounds, DaemonHost, Decision, Host, Phase, StopReason, TaskView};

/// The circuit breaker's threshold for a deployment configuration and desired count.
pub fn threshold_for(config: &DeploymentConfiguration, desired: i32) -> u32 {
    let breaker = config
        .deployment_circuit_breaker
        .clone()
        .unwrap_or_default();
    let (kind, value) = match &breaker.threshold_configuration {
        Some(t) => (
            match t.r#type {
                ThresholdType::Count => plan::ThresholdKind::Count,
                ThresholdType::BoundedPercent => plan::ThresholdKind::BoundedPercent,
                ThresholdType::UnboundedPercent => plan::ThresholdKind::UnboundedPercent,
            },
            u32::try_from(t.value).unwrap_or(1),
        ),
        None => (plan::ThresholdKind::BoundedPercent, 50),
    };
    plan::failure_threshold(u32::try_from(desired).unwrap_or(0), kind, value)
}

fn service_ctx(region: &str, account: &str) -> RequestContext {
    let mut ctx = RequestContext::new(
        keel_types::ids::new_uuid(),
        Scope::new(account.to_string(), region.to_string()),
    );
    ctx.user_agent = Some("keel-service-scheduler".into());
    ctx
}

/// Turns the current primary into a rollback to the last deployment that completed. The new
/// primary belongs to the same service deployment, which records the rollback. `false` when
/// there is nothing to roll back to.
pub fn start_rollback(
    _ctx: &RequestContext,
    record: &mut ServiceRecord,
    reason: &str,
    now: Timestamp,
) -> Result<bool, EcsError> {
    let Some(last) = record.last_completed.clone() else {
        return Ok(false);
    };
    let Some(failed) = record.primary().cloned() else {
        return Ok(false);
    };
    let id = services::new_deployment_id();
    for d in record.deployments.iter_mut().filter(|d| d.is_primary()) {
        d.status = "ACTIVE".into();
        d.updated_at = now;
    }
    let rollback = DeploymentRecord {
        id: id.clone(),
        status: "PRIMARY".into(),
        created_at: now,
        updated_at: now,
        rollout_state: DeploymentRolloutState::InProgress,
        rollout_state_reason: format!(
            "ECS deployment circuit breaker: rolling back to deploymentId {}.",
            last.id
        ),
        failed_tasks: 0,
        counted_failures: BTreeSet::new(),
        service_deployment_arn: failed.service_deployment_arn.clone(),
        ..last.clone()
    };
    if let Some(sd) = record.service_deployment_mut(&failed.service_deployment_arn) {
        sd.status = Some(ServiceDeploymentStatus::RollbackInProgress);
        sd.status_reason = Some(reason.to_string());
        sd.updated_at = Some(now);
        sd.rollback = Some(keel_awsmodel::ecs::Rollback {
            reason: Some(reason.to_string()),
            started_at: Some(now),
            service_revision_arn: Some(last.service_revision_arn.clone()),
        });
    }
    record.service.task_definition = Some(last.task_definition.clone());
    record.deployments.insert(0, rollback);
    record.steady = false;
    let message = format!(
        "({}) rolling back to deployment {id}.",
        service_label(record)
    );
    record.push_event(message, now);
    record.trim_history();
    Ok(true)
}

fn service_label(record: &ServiceRecord) -> String {
    format!("service {}", record.name)
}

/// One round's working state.
struct Round {
    record: ServiceRecord,
    /// Tasks changed or created this round, by id, with the revision they were read at (0 for
    /// new ones).
    tasks: BTreeMap<String, (i64, TaskRecord)>,
    instances: Vec<Versioned<InstanceRecord>>,
    working: Vec<InstanceRecord>,
    touched: Vec<bool>,
    extra_ops: Vec<Op>,
    changed: bool,
}

/// What one round did, for logs and tests.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub started: usize,
    pub stopped: usize,
    pub wrote: bool,
}

/// Reconciles one service once. Idempotent: a round with nothing to do writes nothing.
pub async fn reconcile_service(
    cp: &ControlPlane,
    region: &str,
    cluster: &str,
    name: &str,
) -> Result<Outcome, EcsError> {
    for _ in 0..state::MAX_CAS_ATTEMPTS {
        if let Some(outcome) = try_round(cp, region, cluster, name).await? {
            return Ok(outcome);
        }
    }
    Err(EcsError::Contention)
}

/// `None` when the commit lost a race.
async fn try_round(
    cp: &ControlPlane,
    region: &str,
    cluster_name: &str,
    name: &str,
) -> Result<Option<Outcome>, EcsError> {
    let key = state::service_key(region, cluster_name, name);
    let Some(svc): Option<Versioned<ServiceRecord>> = state::get(&*cp.store, &key).await? else {
        cp.store
            .txn(
                Txn::new().and_then(vec![Op::delete(state::service_index_key(
                    region,
                    cluster_name,
                    name,
                ))]),
            )
            .await?;
        return Ok(Some(Outcome::default()));
    };
    if svc.value.status == "INACTIVE" {
        return Ok(Some(Outcome::default()));
    }
    let cluster: Option<Versioned<ClusterRecord>> =
        state::get(&*cp.store, &state::cluster_key(region, cluster_name)).await?;
    let Some(cluster) = cluster.filter(|c| c.value.status == "ACTIVE") else {
        return Ok(Some(Outcome::default()));
    };
    let all_tasks = tasks::cluster_tasks(cp, region, cluster_name).await?;
    let instances = container_instances::all_in_cluster(cp, region, cluster_name).await?;
    let now = crate::ecs::resources::now();
    let now_ms = now.as_millis();
    let protected = protection::protected_tasks(cp, region, cluster_name, now_ms).await?;
    let ctx = service_ctx(region, &svc.value.account_id);

    let mut round = Round {
        record: svc.value.clone(),
        tasks: BTreeMap::new(),
        working: instances.iter().map(|i| i.value.clone()).collect(),
        touched: vec![false; instances.len()],
        instances,
        extra_ops: Vec::new(),
        changed: false,
    };
    let deleting = round.record.status == "DRAINING";
    let mine: Vec<&Versioned<TaskRecord>> = all_tasks
        .iter()
        .filter(|t| t.value.service_name.as_deref() == Some(name))
        .collect();
    let revisions: HashMap<&str, i64> = mine
        .iter()
        .map(|t| (t.value.id.as_str(), t.mod_revision))
        .collect();

    count_failures(&mut round, &mine);
    check_breaker(&ctx, &mut round, now)?;

    let grace_ms = i64::from(
        round
            .record
            .service
            .health_check_grace_period_seconds
            .unwrap_or(0),
    ) * 1000;
    let grace = i64::try_from(cp.config.agent_lost_grace.as_millis()).unwrap_or(i64::MAX);
    let instance_host: HashMap<&str, Host> = round
        .instances
        .iter()
        .map(|i| (i.value.id.as_str(), host_of(&i.value, now_ms, grace)))
        .collect();
    let views: Vec<TaskView> = mine
        .iter()
        .map(|t| &t.value)
        .filter(|t| t.last_status() != TaskStatus::Stopped)
        .map(|t| TaskView {
            id: t.id.clone(),
            deployment: t.task.started_by.clone().unwrap_or_default(),
            instance: t.container_instance_id.clone().unwrap_or_default(),
            phase: phase_of(t, now_ms, grace_ms),
            stopping: t.desired_status() == "STOPPED",
            protected: !deleting && protected.contains_key(&t.id),
            host: t
                .container_instance_id
                .as_deref()
                .and_then(|id| instance_host.get(id).copied())
                .unwrap_or(Host::Lost),
        })
        .collect();

    let outcome = if round.record.is_external() {
        external_round(
            cp,
            &ctx,
            &mut round,
            &cluster.value,
            &mine,
            &views,
            deleting,
            now,
        )
        .await?
    } else {
        match ecs_round(
            cp,
            &ctx,
            &mut round,
            &cluster.value,
            &mine,
            &views,
            deleting,
            now,
        )
        .await?
        {
            Some(outcome) => outcome,
            None => return Ok(Some(Outcome::default())),
        }
    };
    if deleting && views.is_empty() {
        round.record.status = "INACTIVE".into();
        round.record.deleted_at = Some(now);
        round.changed = true;
        round.extra_ops.push(Op::delete(state::service_index_key(
            region,
            cluster_name,
            name,
        )));
        round.extra_ops.push(Op::put(
            state::inactive_service_index_key(now_ms, region, cluster_name, name),
            Vec::new(),
        ));
    }

    let mut outcome = outcome;
    if !round.changed && round.tasks.is_empty() {
        return Ok(Some(outcome));
    }
    let mut compares = vec![Compare::mod_revision_eq(key.clone(), svc.mod_revision)];
    let mut ops = vec![state::put_op(&key, &round.record)?];
    for (id, (revision, task)) in &round.tasks {
        let task_key = state::task_key(region, cluster_name, id);
        match revisions.get(id.as_str()) {
            Some(rev) => compares.push(Compare::mod_revision_eq(task_key.clone(), *rev)),
            None => {
                debug_assert_eq!(*revision, 0);
                compares.push(Compare::absent(task_key.clone()));
            }
        }
        ops.push(state::put_op(&task_key, task)?);
    }
    for (index, touched) in round.touched.iter().enumerate() {
        if *touched {
            let before = &round.instances[index];
            compares.push(Compare::mod_revision_eq(
                before.key.clone(),
                before.mod_revision,
            ));
            ops.push(state::put_op(&before.key, &round.working[index])?);
        }
    }
    ops.append(&mut round.extra_ops);
    let done = cp
        .store
        .txn(Txn::new().when(compares).and_then(ops))
        .await?;
    if !done.succeeded {
        return Ok(None);
    }
    outcome.wrote = true;
    Ok(Some(outcome))
}

/// One round of an ECS-controller service: the primary deployment's plan. `None` when the
/// service has no primary deployment.
#[allow(clippy::too_many_arguments)]
async fn ecs_round(
    cp: &ControlPlane,
    ctx: &RequestContext,
    round: &mut Round,
    cluster: &ClusterRecord,
    mine: &[&Versioned<TaskRecord>],
    views: &[TaskView],
    deleting: bool,
    now: Timestamp,
) -> Result<Option<Outcome>, EcsError> {
    let Some(primary) = round.record.primary().cloned() else {
        return Ok(None);
    };
    let config = round.record.deployment_configuration();
    let may_start = !deleting && primary.rollout_state != DeploymentRolloutState::Failed;
    let daemon = round.record.scheduling_strategy() == SchedulingStrategy::Daemon;
    let (decision, eligible_hosts) = if daemon {
        let hosts: Vec<DaemonHost> = round
            .instances
            .iter()
            .filter(|i| i.value.status != "INACTIVE")
            .map(|i| DaemonHost {
                instance: i.value.id.clone(),
                eligible: !deleting && i.value.status == "ACTIVE" && i.value.agent_connected,
            })
            .collect();
        let eligible = hosts.iter().filter(|h| h.eligible).count();
        (
            plan::plan_daemon(
                u32::try_from(config.minimum_healthy_percent.unwrap_or(0)).unwrap_or(0),
                &primary.id,
                &hosts,
                views,
                may_start,
            ),
            eligible,
        )
    } else {
        let bounds = Bounds {
            desired: u32::try_from(round.record.desired_count()).unwrap_or(0),
            minimum_healthy_percent: u32::try_from(config.minimum_healthy_percent.unwrap_or(100))
                .unwrap_or(100),
            maximum_percent: u32::try_from(config.maximum_percent.unwrap_or(200)).unwrap_or(200),
        };
        (plan::plan_replica(bounds, &primary.id, views, may_start), 0)
    };

    let mut outcome = Outcome::default();
    apply_stops(round, &decision, mine, &primary, now)?;
    outcome.stopped = decision.stop.len();
    outcome.started = apply_starts(cp, ctx, round, cluster, &decision, &primary, now).await?;

    // Deployments and steady state, judged on the tasks as this round leaves them.
    let after: Vec<TaskView> = views
        .iter()
        .filter(|v| !decision.stop.iter().any(|(id, _)| *id == v.id))
        .cloned()
        .collect();
    if daemon && !deleting && round.record.service.desired_count != Some(eligible_hosts as i32) {
        // A DAEMON service's desired count is the number of instances it should run on.
        round.record.service.desired_count = Some(eligible_hosts as i32);
        round.changed = true;
    }
    let desired = if daemon {
        eligible_hosts as u32
    } else {
        u32::try_from(round.record.desired_count()).unwrap_or(0)
    };
    let stopping_left = views.iter().any(|v| v.stopping);
    let steady = outcome.started == 0
        && decision.stop.is_empty()
        && !stopping_left
        && plan::is_steady(desired, &primary.id, &after);
    settle_deployments(round, &after, steady, now);
    Ok(Some(outcome))
}

/// One round of an EXTERNAL service: every task set held at its computed desired count.
#[allow(clippy::too_many_arguments)]
async fn external_round(
    cp: &ControlPlane,
    ctx: &RequestContext,
    round: &mut Round,
    cluster: &ClusterRecord,
    mine: &[&Versioned<TaskRecord>],
    views: &[TaskView],
    deleting: bool,
    now: Timestamp,
) -> Result<Outcome, EcsError> {
    let config = round.record.deployment_configuration();
    let mut outcome = Outcome::default();
    let sets: Vec<DeploymentRecord> = round.record.task_sets().cloned().collect();
    // Tasks of task sets that no longer exist go too.
    let orphans: Vec<(String, StopReason)> = views
        .iter()
        .filter(|v| !v.stopping && !sets.iter().any(|s| s.id == v.deployment))
        .map(|v| (v.id.clone(), StopReason::Deployment))
        .collect();
    if !orphans.is_empty() {
        let decision = Decision {
            stop: orphans,
            ..Default::default()
        };
        apply_stops(
            round,
            &decision,
            mine,
            &sets.first().cloned().unwrap_or_else(|| placeholder(now)),
            now,
        )?;
        outcome.stopped += decision.stop.len();
    }
    let mut all_steady = true;
    for set in &sets {
        let info = set.task_set.as_ref().expect("task sets only");
        let draining = deleting || set.status == "DRAINING";
        let desired = if draining {
            0
        } else {
            services::task_sets::computed_desired_count(round.record.desired_count(), &info.scale)
        };
        let own: Vec<TaskView> = views
            .iter()
            .filter(|v| v.deployment == set.id)
            .cloned()
            .collect();
        let bounds = Bounds {
            desired: u32::try_from(desired).unwrap_or(0),
            minimum_healthy_percent: u32::try_from(config.minimum_healthy_percent.unwrap_or(100))
                .unwrap_or(100),
            maximum_percent: u32::try_from(config.maximum_percent.unwrap_or(200)).unwrap_or(200),
        };
        let decision = plan::plan_replica(bounds, &set.id, &own, !draining);
        apply_stops(round, &decision, mine, set, now)?;
        let started = apply_starts(cp, ctx, round, cluster, &decision, set, now).await?;
        outcome.stopped += decision.stop.len();
        outcome.started += started;
        let after: Vec<TaskView> = own
            .iter()
            .filter(|v| !decision.stop.iter().any(|(id, _)| *id == v.id))
            .cloned()
            .collect();
        let steady = started == 0
            && decision.stop.is_empty()
            && !own.iter().any(|v| v.stopping)
            && plan::is_steady(bounds.desired, &set.id, &after);
        all_steady &= steady;
        let stability = if steady {
            keel_awsmodel::ecs::StabilityStatus::SteadyState
        } else {
            keel_awsmodel::ecs::StabilityStatus::Stabilizing
        };
        if let Some(d) = round.record.deployments.iter_mut().find(|d| d.id == set.id) {
            if draining && own.is_empty() {
                d.status = "INACTIVE".into();
                d.updated_at = now;
                round.changed = true;
            } else if let Some(info) = d.task_set.as_mut()
                && info.stability_status != stability
            {
                info.stability_status = stability;
                info.stability_status_at = now;
                round.changed = true;
            }
        }
    }
    let label = service_label(&round.record);
    let steady = all_steady && !sets.is_empty() && outcome.started == 0 && outcome.stopped == 0;
    if steady && !round.record.steady {
        round.record.steady = true;
        round
            .record
            .push_event(format!("({label}) has reached a steady state."), now);
        round.changed = true;
    } else if !steady && round.record.steady {
        round.record.steady = false;
        round.changed = true;
    }
    Ok(outcome)
}

/// A deployment to attribute orphan stops to when a service has no task set left.
fn placeholder(now: Timestamp) -> DeploymentRecord {
    DeploymentRecord {
        id: String::new(),
        status: "INACTIVE".into(),
        task_definition: String::new(),
        launch_type: None,
        capacity_provider_strategy: None,
        platform_version: None,
        network_configuration: None,
        created_at: now,
        updated_at: now,
        rollout_state: DeploymentRolloutState::Completed,
        rollout_state_reason: String::new(),
        failed_tasks: 0,
        counted_failures: BTreeSet::new(),
        service_revision_arn: String::new(),
        service_deployment_arn: String::new(),
        extras: Default::default(),
        task_set: None,
    }
}

/// What an instance means for the service tasks on it.
fn host_of(instance: &InstanceRecord, now_ms: i64, agent_lost_grace_ms: i64) -> Host {
    let lost_agent = !instance.agent_connected
        && instance
            .agent_disconnected_at
            .is_some_and(|t| now_ms.saturating_sub(t.as_millis()) >= agent_lost_grace_ms);
    match instance.status.as_str() {
        _ if lost_agent => Host::Lost,
        "ACTIVE" => Host::Active,
        "DRAINING" => Host::Draining,
        _ => Host::Lost,
    }
}

fn phase_of(task: &TaskRecord, now_ms: i64, grace_ms: i64) -> Phase {
    if task.last_status() < TaskStatus::Running {
        return Phase::Pending;
    }
    let has_checks = task
        .task
        .containers
        .iter()
        .flatten()
        .any(|c| c.health_status.is_some());
    if !has_checks {
        return Phase::Healthy;
    }
    match task.task.health_status {
        Some(HealthStatus::Healthy) => Phase::Healthy,
        Some(HealthStatus::Unhealthy) => {
            let started = task.task.started_at.map(|t| t.as_millis()).unwrap_or(0);
            if now_ms - started < grace_ms {
                Phase::Running
            } else {
                Phase::Unhealthy
            }
        }
        _ => Phase::Running,
    }
}

/// Counts the primary deployment's tasks that failed since the last round.
fn count_failures(round: &mut Round, mine: &[&Versioned<TaskRecord>]) {
    let present: BTreeSet<&str> = mine.iter().map(|t| t.value.id.as_str()).collect();
    let Some(primary) = round.record.primary_mut() else {
        return;
    };
    let before = primary.counted_failures.len();
    primary
        .counted_failures
        .retain(|id| present.contains(id.as_str()));
    let mut changed = primary.counted_failures.len() != before;
    if primary.rollout_state == DeploymentRolloutState::InProgress {
        for task in mine.iter().map(|t| &t.value) {
            let failed = task.last_status() == TaskStatus::Stopped
                && task.task.started_by.as_deref() == Some(primary.id.as_str())
                && matches!(
                    task.task.stop_code,
                    Some(TaskStopCode::EssentialContainerExited)
                        | Some(TaskStopCode::TaskFailedToStart)
                );
            if failed && primary.counted_failures.insert(task.id.clone()) {
                primary.failed_tasks += 1;
                changed = true;
            }
        }
    }
    if changed {
        round.changed = true;
    }
}

/// Trips the circuit breaker once the primary's failures reach the threshold.
fn check_breaker(ctx: &RequestContext, round: &mut Round, now: Timestamp) -> Result<(), EcsError> {
    let config = round.record.deployment_configuration();
    let breaker = config
        .deployment_circuit_breaker
        .clone()
        .unwrap_or_default();
    let threshold = threshold_for(&config, round.record.desired_count());
    let label = service_label(&round.record);
    let Some(primary) = round.record.primary_mut() else {
        return Ok(());
    };
    let failures = primary.failed_tasks;
    let sd_arn = primary.service_deployment_arn.clone();
    // The rollback's deployment belongs to the same service deployment and starts from zero
    // failures: once the breaker has tripped, its count stays what tripped it.
    if let Some(sd) = round.record.service_deployment_mut(&sd_arn)
        && let Some(cb) = sd.deployment_circuit_breaker.as_mut()
        && cb.status != Some(ServiceDeploymentRollbackMonitorsStatus::Triggered)
        && cb.failure_count != Some(failures)
    {
        cb.failure_count = Some(failures);
        cb.threshold = Some(threshold as i32);
        round.changed = true;
    }
    let primary = round.record.primary_mut().expect("checked above");
    if !breaker.enable
        || primary.rollout_state != DeploymentRolloutState::InProgress
        || (failures as u32) < threshold
    {
        return Ok(());
    }
    let id = primary.id.clone();
    primary.rollout_state = DeploymentRolloutState::Failed;
    primary.rollout_state_reason = "ECS deployment circuit breaker: tasks failed to start.".into();
    primary.updated_at = now;
    round.changed = true;
    round.record.steady = false;
    round.record.push_event(
        format!("({label}) (deployment {id}) deployment failed: tasks failed to start."),
        now,
    );
    let reason = "ECS deployment circuit breaker: tasks failed to start.".to_string();
    let mut rolled_back = false;
    if breaker.rollback {
        rolled_back = start_rollback(ctx, &mut round.record, &reason, now)?;
    }
    if let Some(sd) = round.record.service_deployment_mut(&sd_arn) {
        if let Some(cb) = sd.deployment_circuit_breaker.as_mut() {
            cb.status = Some(ServiceDeploymentRollbackMonitorsStatus::Triggered);
        }
        if !rolled_back {
            sd.status = Some(if breaker.rollback {
                ServiceDeploymentStatus::RollbackFailed
            } else {
                ServiceDeploymentStatus::Stopped
            });
            sd.status_reason = Some(reason);
            sd.stopped_at = Some(now);
            sd.finished_at = Some(now);
            sd.updated_at = Some(now);
        }
    }
    Ok(())
}

fn apply_stops(
    round: &mut Round,
    decision: &Decision,
    mine: &[&Versioned<TaskRecord>],
    primary: &DeploymentRecord,
    now: Timestamp,
) -> Result<(), EcsError> {
    if decision.stop.is_empty() {
        return Ok(());
    }
    let label = service_label(&round.record);
    let mut ids = Vec::new();
    for (id, reason) in &decision.stop {
        let Some(original) = mine.iter().find(|t| t.value.id == *id) else {
            continue;
        };
        let mut record = original.value.clone();
        let lost = *reason == StopReason::Lost;
        let update = TaskStateUpdate {
            desired_stopped: Some((
                TaskStopCode::ServiceSchedulerInitiated,
                reason.message(&primary.id),
            )),
            // Nothing runs a task no agent took (PROVISIONING) or whose instance is gone.
            last_status: (lost || record.last_status() == TaskStatus::Provisioning)
                .then_some(TaskStatus::Stopped),
            ..Default::default()
        };
        let before = record.last_status();
        tasks::apply_to_record(&mut record, &update, now);
        if record.last_status() == TaskStatus::Stopped && before != TaskStatus::Stopped {
            release_on_instance(round, &record);
            record.resources_released = true;
            round.extra_ops.push(Op::put(
                state::stopped_task_index_key(
                    now.as_millis(),
                    &round.instances_region(),
                    &record.cluster,
                    &record.id,
                ),
                Vec::new(),
            ));
        }
        if *reason == StopReason::Unhealthy
            && let Some(p) = round.record.primary_mut()
            && record.task.started_by.as_deref() == Some(p.id.as_str())
            && p.rollout_state == DeploymentRolloutState::InProgress
            && p.counted_failures.insert(record.id.clone())
        {
            p.failed_tasks += 1;
        }
        ids.push(format!("(task {})", record.id));
        round
            .tasks
            .insert(id.clone(), (original.mod_revision, record));
    }
    let message = format!(
        "({label}) has stopped {} running tasks: {}.",
        ids.len(),
        ids.join(" ")
    );
    round.record.push_event(message, now);
    round.changed = true;
    Ok(())
}

impl Round {
    /// The region of the records this round works on (every key starts `/ecs/REGION/`).
    fn instances_region(&self) -> String {
        self.record
            .arn
            .split(':')
            .nth(3)
            .unwrap_or_default()
            .to_string()
    }
}

fn release_on_instance(round: &mut Round, task: &TaskRecord) {
    let Some(instance_id) = task.container_instance_id.as_deref() else {
        return;
    };
    if task.resources_released {
        return;
    }
    if let Some(index) = round.working.iter().position(|i| i.id == instance_id) {
        let group = task.task.group.as_deref().unwrap_or("");
        tasks::release(&mut round.working[index], group, &task.reservation);
        round.touched[index] = true;
    }
}

#[allow(clippy::too_many_arguments)]
async fn apply_starts(
    cp: &ControlPlane,
    ctx: &RequestContext,
    round: &mut Round,
    cluster: &ClusterRecord,
    decision: &Decision,
    primary: &DeploymentRecord,
    now: Timestamp,
) -> Result<usize, EcsError> {
    let wanted = decision.start as usize + decision.start_on.len();
    if wanted == 0 {
        return Ok(0);
    }
    let label = service_label(&round.record);
    let td = task_definitions::resolve(cp, ctx, &primary.task_definition)
        .await?
        .ok_or_else(|| {
            EcsError::Internal(format!(
                "task definition {} is gone",
                primary.task_definition
            ))
        })?
        .value;
    let (launch_type, provider) = tasks::choose_launch(
        cluster,
        primary
            .launch_type
            .filter(|_| primary.capacity_provider_strategy.is_none()),
        primary.capacity_provider_strategy.as_deref(),
    )?;
    let overrides = keel_awsmodel::ecs::TaskOverride::default();
    let reservation = tasks::reservation(&td.task_definition, &overrides)?;
    let service = &round.record.service;
    // The service's strategies (else ECS's service default) and its constraints together with
    // the task definition's, read exactly as RunTask reads them.
    let (strategies, constraints) = tasks::placement(
        &td.task_definition,
        service.placement_strategy.as_deref(),
        service.placement_constraints.as_deref(),
    )?;
    let strategies = if strategies.is_empty() {
        keel_scheduler::Strategy::service_default()
    } else {
        strategies
    };
    let managed = service.enable_ecs_managed_tags.unwrap_or(false);
    let mut task_tags = tasks::task_tags(
        match service.propagate_tags {
            Some(PropagateTags::Service) => Some(&round.record.tags),
            _ => None,
        },
        service.propagate_tags,
        &td,
        managed,
        &cluster.name,
    )?;
    if managed {
        task_tags.push(keel_awsmodel::ecs::Tag {
            key: Some("aws:ecs:serviceName".into()),
            value: Some(round.record.name.clone()),
        });
    }
    let spec = LaunchSpec {
        subnet: crate::ecs::tasks::first_subnet(primary.network_configuration.as_ref()),
        cluster: cluster.clone(),
        td,
        overrides,
        launch_type,
        capacity_provider_name: provider,
        platform_version: primary.platform_version.clone(),
        group: format!("service:{}", round.record.name),
        started_by: Some(primary.id.clone()),
        tags: task_tags,
        enable_execute_command: service.enable_execute_command.unwrap_or(false),
        reservation: reservation.clone(),
        strategies,
        constraints,
    };
    let long_arns = crate::ecs::account_settings::long_arn_format(
        cp,
        ctx,
        keel_awsmodel::ecs::SettingName::TaskLongArnFormat,
    )
    .await?;
    // The instances placement may use, in the scheduler's terms. Each instance record counts
    // the tasks of every group on it, so spread and distinctInstance see this service's tasks.
    let pool: Vec<usize> = (0..round.working.len())
        .filter(|i| round.working[*i].status != "INACTIVE")
        .collect();
    let mut scheduler = keel_scheduler::Scheduler::new(
        pool.iter()
            .map(|i| round.working[*i].to_scheduler())
            .collect(),
    );
    let mut chosen: Vec<usize> = Vec::new();
    let mut unplaced = 0;
    let mut rejections = Vec::new();
    if decision.start > 0 {
        let request = tasks::scheduler_request(&spec, decision.start);
        let plan = scheduler.place(&request, tasks::placement_seed());
        chosen.extend(plan.placements.iter().map(|p| pool[*p]));
        unplaced += plan.unplaced as usize;
        rejections = plan
            .rejections
            .iter()
            .map(|(p, r)| (pool[*p], *r))
            .collect();
    }
    // DAEMON: one task on each named instance; only what the instance must have for the task
    // decides, as for StartTask.
    let request = tasks::scheduler_request(&spec, 1);
    for instance in &decision.start_on {
        let Some(position) = pool.iter().position(|i| round.working[*i].id == *instance) else {
            continue;
        };
        match scheduler.place_on(&request, &[position])[0] {
            Ok(()) => chosen.push(pool[position]),
            Err(reason) => {
                unplaced += 1;
                rejections.push((pool[position], reason));
            }
        }
    }
    let mut started = Vec::new();
    for index in chosen {
        let mut task = tasks::new_task_record(ctx, &spec, &round.working[index], long_arns, now);
        task.service_name = Some(round.record.name.clone());
        tasks::take_for_task(
            &mut round.working[index],
            &spec.group,
            &mut task,
            &spec.td.task_definition,
        );
        round.touched[index] = true;
        started.push(format!("(task {})", task.id));
        round.tasks.insert(task.id.clone(), (0, task));
    }
    if !started.is_empty() {
        let message = format!(
            "({label}) has started {} tasks: {}.",
            started.len(),
            started.join(" ")
        );
        round.record.push_event(message, now);
        round.changed = true;
    }
    if unplaced > 0 {
        let reason = unplaced_reason(round, &rejections);
        let message = format!(
            "({label}) was unable to place a task because no container instance met all of its requirements. {reason} For more information, see the Troubleshooting section of the Amazon ECS Developer Guide."
        );
        let before = round.record.events.len();
        let first = round.record.events.first().cloned();
        round.record.push_event_once(message, now);
        if round.record.events.len() != before || round.record.events.first() != first.as_ref() {
            round.changed = true;
        }
        round.record.steady = false;
    }
    Ok(started.len())
}

fn unplaced_reason(round: &Round, rejections: &[(usize, keel_scheduler::Reason)]) -> String {
    use keel_scheduler::Reason;
    // The instance that came closest: turned away for a resource rather than for what it is.
    let closeness = |r: &Reason| match r {
        Reason::Ports | Reason::PortsUdp => 6,
        Reason::Memory => 5,
        Reason::Cpu => 4,
        Reason::Gpu => 3,
        Reason::Attribute => 2,
        Reason::MemberOf | Reason::DistinctInstance => 1,
        Reason::Agent | Reason::Inactive => 0,
    };
    let Some((index, rejection)) = rejections.iter().max_by_key(|(_, r)| closeness(r)).copied()
    else {
        return "Reason: No Container Instances were found in your cluster.".into();
    };
    let id = &round.working[index].id;
    let what = match rejection {
        Reason::Cpu => "has insufficient CPU units available.",
        Reason::Memory => "has insufficient memory available.",
        Reason::Ports | Reason::PortsUdp => "is already using a port required by your task.",
        Reason::Gpu => "has insufficient GPU available.",
        Reason::Attribute => "is missing an attribute required by your task.",
        Reason::MemberOf | Reason::DistinctInstance => {
            "encountered error \"placement constraint unsatisfied\"."
        }
        Reason::Agent => "has its agent disconnected.",
        Reason::Inactive => "is not ACTIVE.",
    };
    format!("The closest matching (container-instance {id}) {what}")
}

/// Completes the primary once the service is steady, retires deployments whose tasks are
/// gone, and writes the steady-state event.
fn settle_deployments(round: &mut Round, after: &[TaskView], steady: bool, now: Timestamp) {
    let label = service_label(&round.record);
    let live: BTreeSet<&str> = after
        .iter()
        .map(|t| t.deployment.as_str())
        .chain(
            round
                .tasks
                .values()
                .filter(|(_, t)| {
                    t.last_status() != TaskStatus::Stopped && t.desired_status() == "RUNNING"
                })
                .filter_map(|(_, t)| t.task.started_by.as_deref()),
        )
        .collect();
    let mut completed: Option<DeploymentRecord> = None;
    for d in round.record.deployments.iter_mut() {
        if d.status == "ACTIVE" && !live.contains(d.id.as_str()) {
            d.status = "INACTIVE".into();
            d.updated_at = now;
            round.changed = true;
        }
        if d.is_primary() && steady && d.rollout_state == DeploymentRolloutState::InProgress {
            d.rollout_state = DeploymentRolloutState::Completed;
            d.rollout_state_reason = format!("ECS deployment {} completed.", d.id);
            d.updated_at = now;
            completed = Some(d.clone());
            round.changed = true;
        }
    }
    if let Some(done) = completed {
        round.record.push_event(
            format!("({label}) (deployment {}) deployment completed.", done.id),
            now,
        );
        if let Some(sd) = round
            .record
            .service_deployment_mut(&done.service_deployment_arn)
        {
            let rollback = sd.rollback.is_some();
            sd.status = Some(services::finished_status(rollback, true));
            sd.status_reason = Some(if rollback {
                "Service deployment rolled back successfully.".into()
            } else {
                "Service deployment completed successfully.".into()
            });
            sd.finished_at = Some(now);
            sd.updated_at = Some(now);
            if let Some(cb) = sd.deployment_circuit_breaker.as_mut()
                && cb.status == Some(ServiceDeploymentRollbackMonitorsStatus::Monitoring)
            {
                cb.status = Some(ServiceDeploymentRollbackMonitorsStatus::MonitoringComplete);
            }
        }
        round.record.last_completed = Some(done);
        round.record.trim_history();
    }
    if steady && !round.record.steady {
        round.record.steady = true;
        round
            .record
            .push_event(format!("({label}) has reached a steady state."), now);
        round.changed = true;
    } else if !steady && round.record.steady {
        round.record.steady = false;
        round.changed = true;
    }
}

/// Runs the reconciler until `shutdown` turns true.
pub async fn run_reconciler(cp: Arc<ControlPlane>, mut shutdown: watch::Receiver<bool>) {
    let resync = cp.config.service_resync_interval;
    loop {
        let start = match cp.store.current_revision().await {
            Ok(rev) => rev + 1,
            Err(err) => {
                warn!(%err, "reconciler could not read the store revision");
                tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                continue;
            }
        };
        let mut events = match cp.store.watch("/ecs/", Some(start)).await {
            Ok(stream) => stream,
            Err(err) => {
                warn!(%err, "reconciler could not watch the store");
                tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                continue;
            }
        };
        // Everything, once: after a restart this is what recomputes every service.
        resync_all(&cp).await;
        let mut tick = tokio::time::interval(resync);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        tick.tick().await;
        loop {
            tokio::select! {
                event = events.next() => {
                    let mut dirty = BTreeSet::new();
                    match event {
                        Some(Ok(event)) => mark(&mut dirty, &event.kv.key),
                        Some(Err(err)) => {
                            debug!(%err, "reconciler watch ended; resubscribing");
                            break;
                        }
                        None => break,
                    }
                    // Coalesce whatever else has already arrived.
                    let mut ended = false;
                    while let Some(next) = futures::FutureExt::now_or_never(events.next()) {
                        match next {
                            Some(Ok(event)) => mark(&mut dirty, &event.kv.key),
                            _ => { ended = true; break; }
                        }
                    }
                    for (region, cluster) in dirty {
                        reconcile_cluster(&cp, &region, &cluster).await;
                    }
                    if ended { break; }
                }
                _ = tick.tick() => resync_all(&cp).await,
                changed = shutdown.changed() => {
                    if changed.is_err() || *shutdown.borrow() {
                        return;
                    }
                }
            }
        }
    }
}

/// `(region, cluster)` of a key under `/ecs/REGION/{services,tasks,instances,task-protection}/CLUSTER/...`.
fn mark(dirty: &mut BTreeSet<(String, String)>, key: &str) {
    let mut parts = key.trim_start_matches('/').split('/');
    let (Some("ecs"), Some(region), Some(kind), Some(cluster)) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return;
    };
    if matches!(kind, "services" | "tasks" | "instances" | "task-protection") {
        dirty.insert((region.to_string(), cluster.to_string()));
    }
}

async fn reconcile_cluster(cp: &ControlPlane, region: &str, cluster: &str) {
    let prefix = format!("{}{region}/{cluster}/", state::SERVICE_INDEX_PREFIX);
    let names = match cp
        .store
        .range(RangeRequest::prefix(prefix.clone()).keys_only())
        .await
    {
        Ok(page) => page
            .kvs
            .into_iter()
            .map(|kv| kv.key[prefix.len()..].to_string())
            .collect::<Vec<_>>(),
        Err(err) => {
            warn!(%err, "reconciler could not list services");
            return;
        }
    };
    for name in names {
        match reconcile_service(cp, region, cluster, &name).await {
            Ok(outcome) if outcome.wrote => {
                debug!(region, cluster, service = %name, ?outcome, "reconciled service")
            }
            Ok(_) => {}
            Err(err) => warn!(%err, region, cluster, service = %name, "service round failed"),
        }
    }
}

async fn resync_all(cp: &ControlPlane) {
    let page = match cp
        .store
        .range(RangeRequest::prefix(state::SERVICE_INDEX_PREFIX).keys_only())
        .await
    {
        Ok(page) => page,
        Err(err) => {
            warn!(%err, "reconciler could not list services");
            return;
        }
    };
    let mut clusters = BTreeSet::new();
    for kv in &page.kvs {
        let rest = &kv.key[state::SERVICE_INDEX_PREFIX.len()..];
        let mut parts = rest.splitn(3, '/');
        if let (Some(region), Some(cluster)) = (parts.next(), parts.next()) {
            clusters.insert((region.to_string(), cluster.to_string()));
        }
    }
    for (region, cluster) in clusters {
        reconcile_cluster(cp, &region, &cluster).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn instance(status: &str, connected: bool, disconnected_at: Option<i64>) -> InstanceRecord {
        serde_json::from_value(serde_json::json!({
            "id": "i", "arn": "arn", "cluster": "c", "ec2_instance_id": "i-1", "status": status,
            "agent_connected": connected, "registered_cpu": 1, "registered_memory": 1,
            "reserved_tcp_ports": [], "reserved_udp_ports": [], "used_cpu": 0, "used_memory": 0,
            "used_tcp_ports": [], "used_udp_ports": [], "registered_at": 0, "version": 1,
            "agent_disconnected_at": disconnected_at.map(|ms| ms as f64 / 1000.0),
        }))
        .unwrap()
    }

    #[test]
    fn an_agent_is_lost_only_past_its_grace_period() {
        let grace = 300_000;
        assert_eq!(
            host_of(&instance("ACTIVE", true, None), 1_000_000, grace),
            Host::Active
        );
        assert_eq!(
            host_of(&instance("DRAINING", true, None), 1_000_000, grace),
            Host::Draining
        );
        assert_eq!(
            host_of(&instance("INACTIVE", false, None), 1_000_000, grace),
            Host::Lost
        );
        // Disconnected, but not for long: its tasks are still there.
        assert_eq!(
            host_of(&instance("ACTIVE", false, Some(900_000)), 1_000_000, grace),
            Host::Active
        );
        assert_eq!(
            host_of(&instance("ACTIVE", false, Some(600_000)), 1_000_000, grace),
            Host::Lost
        );
        // Disconnected with no time recorded: nothing to judge by, so not lost.
        assert_eq!(
            host_of(&instance("ACTIVE", false, None), 1_000_000, grace),
            Host::Active
        );
    }
}
