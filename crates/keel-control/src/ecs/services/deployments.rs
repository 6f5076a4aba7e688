//! The service-deployment view: ListServiceDeployments, DescribeServiceDeployments,
//! DescribeServiceRevisions, StopServiceDeployment.
//!
//! Each service deployment tracks one rollout from its source revisions to a target revision;
//! a circuit-breaker rollback (or StopServiceDeployment with ROLLBACK) stays within the same
//! service deployment, recorded in its `rollback` member, as ECS reports it.

use keel_api::RequestContext;
use keel_awsmodel::ecs::{
    DescribeServiceDeploymentsRequest, DescribeServiceDeploymentsResponse,
    DescribeServiceRevisionsRequest, DescribeServiceRevisionsResponse, Failure,
    ListServiceDeploymentsRequest, ListServiceDeploymentsResponse, ServiceDeployment,
    ServiceDeploymentBrief, ServiceDeploymentStatus, ServiceRevision, StopServiceDeploymentRequest,
    StopServiceDeploymentResponse, StopServiceDeploymentStopType,
};
use keel_store::{Compare, Txn};

use super::ServiceRecord;
use crate::ControlPlane;
use crate::ecs::resources;
use crate::ecs::tasks::TaskRecord;
use crate::error::EcsError;
use crate::pagination;
use crate::state::{self, Versioned};

/// Fills in the task counts of a service deployment's target revision from the tasks.
fn with_counts(
    record: &ServiceRecord,
    sd: &ServiceDeployment,
    tasks: &[Versioned<TaskRecord>],
) -> ServiceDeployment {
    let mut out = sd.clone();
    let mine = super::tasks_of(&record.name, tasks);
    let target = sd
        .target_service_revision
        .as_ref()
        .and_then(|t| t.arn.clone());
    if let Some(summary) = out.target_service_revision.as_mut() {
        let ids: Vec<&str> = record
            .deployments
            .iter()
            .filter(|d| Some(&d.service_revision_arn) == target.as_ref())
            .map(|d| d.id.as_str())
            .collect();
        let mut running = 0;
        let mut pending = 0;
        for id in ids {
            let c = super::count(&mine, Some(id));
            running += c.running;
            pending += c.pending;
        }
        summary.running_task_count = Some(running);
        summary.pending_task_count = Some(pending);
        summary.requested_task_count = Some(record.desired_count());
    }
    out
}

fn in_window(sd: &ServiceDeployment, window: Option<&keel_awsmodel::ecs::CreatedAt>) -> bool {
    let Some(window) = window else { return true };
    let created = sd.created_at.map(|t| t.as_millis()).unwrap_or(0);
    window.after.is_none_or(|a| created >= a.as_millis())
        && window.before.is_none_or(|b| created <= b.as_millis())
}

pub async fn list_service_deployments(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: ListServiceDeploymentsRequest,
) -> Result<ListServiceDeploymentsResponse, EcsError> {
    let cluster = resources::active_cluster(cp, ctx, req.cluster.as_deref()).await?;
    let page = pagination::page_size(req.max_results, 20, 100)?;
    let rec = super::load(cp, ctx, &cluster.value.name, &req.service)
        .await?
        .ok_or(EcsError::ServiceNotFound)?;
    let wanted = req.status.clone().unwrap_or_default();
    // Newest first; the key orders by position so pages are stable as new ones arrive at the
    // front (a token names the last ARN seen).
    let briefs: Vec<(String, ServiceDeploymentBrief)> = rec
        .value
        .service_deployments
        .iter()
        .filter(|sd| wanted.is_empty() || sd.status.is_some_and(|s| wanted.contains(&s)))
        .filter(|sd| in_window(sd, req.created_at.as_ref()))
        .enumerate()
        .map(|(i, sd)| {
            (
                format!("{i:06}"),
                ServiceDeploymentBrief {
                    service_deployment_arn: sd.service_deployment_arn.clone(),
                    service_arn: sd.service_arn.clone(),
                    cluster_arn: sd.cluster_arn.clone(),
                    started_at: sd.started_at,
                    created_at: sd.created_at,
                    finished_at: sd.finished_at,
                    target_service_revision_arn: sd
                        .target_service_revision
                        .as_ref()
                        .and_then(|t| t.arn.clone()),
                    status: sd.status,
                    status_reason: sd.status_reason.clone(),
                },
            )
        })
        .collect();
    let (briefs, next_token) = pagination::paginate(
        "ListServiceDeployments",
        briefs,
        |(key, _)| key.clone(),
        req.next_token.as_deref(),
        page,
    )?;
    Ok(ListServiceDeploymentsResponse {
        service_deployments: Some(briefs.into_iter().map(|(_, b)| b).collect()),
        next_token,
    })
}

/// The service record a service-deployment or service-revision ARN belongs to.
async fn owner(
    cp: &ControlPlane,
    ctx: &RequestContext,
    arn: &str,
    kind: &str,
) -> Result<Option<(Versioned<ServiceRecord>, String)>, EcsError> {
    let Some((region, account, cluster, service, id)) = super::parse_child_arn(arn, kind) else {
        return Ok(None);
    };
    if region != ctx.scope.region || account != ctx.scope.account_id {
        return Ok(None);
    }
    let record: Option<Versioned<ServiceRecord>> =
        state::get(&*cp.store, &state::service_key(&region, &cluster, &service)).await?;
    Ok(record.map(|r| (r, id)))
}

pub async fn describe_service_deployments(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: DescribeServiceDeploymentsRequest,
) -> Result<DescribeServiceDeploymentsResponse, EcsError> {
    if req.service_deployment_arns.is_empty() || req.service_deployment_arns.len() > 20 {
        return Err(EcsError::invalid(
            "serviceDeploymentArns must contain between 1 and 20 items.",
        ));
    }
    let mut found = Vec::new();
    let mut failures = Vec::new();
    for arn in &req.service_deployment_arns {
        let hit = match owner(cp, ctx, arn, "service-deployment").await? {
            Some((rec, _)) => {
                let tasks =
                    crate::ecs::tasks::cluster_tasks(cp, &ctx.scope.region, &rec.value.cluster)
                        .await?;
                rec.value
                    .service_deployments
                    .iter()
                    .find(|sd| sd.service_deployment_arn.as_deref() == Some(arn))
                    .map(|sd| with_counts(&rec.value, sd, &tasks))
            }
            None => None,
        };
        match hit {
            Some(sd) => found.push(sd),
            None => failures.push(Failure {
                arn: Some(arn.clone()),
                reason: Some("MISSING".into()),
                detail: None,
            }),
        }
    }
    Ok(DescribeServiceDeploymentsResponse {
        service_deployments: Some(found),
        failures: Some(failures),
    })
}

pub async fn describe_service_revisions(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: DescribeServiceRevisionsRequest,
) -> Result<DescribeServiceRevisionsResponse, EcsError> {
    if req.service_revision_arns.is_empty() || req.service_revision_arns.len() > 20 {
        return Err(EcsError::invalid(
            "serviceRevisionArns must contain between 1 and 20 items.",
        ));
    }
    let mut found = Vec::new();
    let mut failures = Vec::new();
    for arn in &req.service_revision_arns {
        let revision = match super::parse_child_arn(arn, "service-revision") {
            Some((region, account, cluster, service, id))
                if region == ctx.scope.region && account == ctx.scope.account_id =>
            {
                state::get::<ServiceRevision>(
                    &*cp.store,
                    &state::service_revision_key(&region, &cluster, &service, &id),
                )
                .await?
            }
            _ => None,
        };
        match revision {
            Some(rev) => found.push(rev.value),
            None => failures.push(Failure {
                arn: Some(arn.clone()),
                reason: Some("MISSING".into()),
                detail: None,
            }),
        }
    }
    Ok(DescribeServiceRevisionsResponse {
        service_revisions: Some(found),
        failures: Some(failures),
    })
}

/// Stops an in-progress rolling deployment by rolling back to the last revision that
/// completed (ECS's ROLLBACK, the default stop type). ABORT is a blue/green notion.
pub async fn stop_service_deployment(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: StopServiceDeploymentRequest,
) -> Result<StopServiceDeploymentResponse, EcsError> {
    let stop_type = req
        .stop_type
        .unwrap_or(StopServiceDeploymentStopType::Rollback);
    if stop_type == StopServiceDeploymentStopType::Abort {
        return Err(EcsError::invalid(
            "The ABORT stop type is only supported for BLUE_GREEN deployments.",
        ));
    }
    let arn = req.service_deployment_arn.clone();
    for _ in 0..state::MAX_CAS_ATTEMPTS {
        let (rec, _) = owner(cp, ctx, &arn, "service-deployment")
            .await?
            .ok_or_else(|| {
                EcsError::ServiceDeploymentNotFound("The service deployment does not exist.".into())
            })?;
        let mut record = rec.value.clone();
        let Some(sd) = record
            .service_deployments
            .iter()
            .find(|sd| sd.service_deployment_arn.as_deref() == Some(arn.as_str()))
        else {
            return Err(EcsError::ServiceDeploymentNotFound(
                "The service deployment does not exist.".into(),
            ));
        };
        if sd.status != Some(ServiceDeploymentStatus::InProgress) {
            return Err(EcsError::Conflict {
                resource_ids: vec![arn.clone()],
            });
        }
        let now = resources::now();
        let reason = "Service deployment rolled back because of a stop request.".to_string();
        if !crate::reconcile::start_rollback(ctx, &mut record, &reason, now)? {
            return Err(EcsError::invalid(
                "The service has no completed deployment to roll back to.",
            ));
        }
        let txn = Txn::new()
            .when(vec![Compare::mod_revision_eq(
                rec.key.clone(),
                rec.mod_revision,
            )])
            .and_then(vec![state::put_op(&rec.key, &record)?]);
        if cp.store.txn(txn).await?.succeeded {
            return Ok(StopServiceDeploymentResponse {
                service_deployment_arn: Some(arn),
            });
        }
    }
    Err(EcsError::Contention)
}
