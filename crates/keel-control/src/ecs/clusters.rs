//! Clusters: CreateCluster, DescribeClusters, ListClusters, DeleteCluster, UpdateCluster,
//! UpdateClusterSettings.
//!
//! A deleted cluster is kept as INACTIVE (still describable, as in ECS); creating it again makes
//! it ACTIVE. CreateCluster on an ACTIVE name returns the existing cluster (idempotent).

use keel_api::RequestContext;
use keel_awsmodel::ecs::{
    Cluster, ClusterConfiguration, ClusterField, ClusterServiceConnectDefaults, ClusterSetting,
    ClusterSettingName, CreateClusterRequest, CreateClusterResponse, DeleteClusterRequest,
    DeleteClusterResponse, DescribeClustersRequest, DescribeClustersResponse, Failure,
    KeyValuePair, ListClustersRequest, ListClustersResponse, Tag, UpdateClusterRequest,
    UpdateClusterResponse, UpdateClusterSettingsRequest, UpdateClusterSettingsResponse,
};
use keel_store::{Compare, Txn};
use serde::{Deserialize, Serialize};

use crate::ControlPlane;
use crate::ecs::resources::{self, DEFAULT_CLUSTER, cluster_arn};
use crate::ecs::{account_settings, capacity_providers, container_instances, tags, tasks};
use crate::error::EcsError;
use crate::pagination;
use crate::state::{self, Versioned};

/// A cluster as stored.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ClusterRecord {
    pub name: String,
    pub arn: String,
    /// ACTIVE or INACTIVE.
    pub status: String,
    #[serde(default)]
    pub settings: Vec<ClusterSetting>,
    #[serde(default)]
    pub configuration: Option<ClusterConfiguration>,
    #[serde(default)]
    pub capacity_providers: Vec<String>,
    #[serde(default)]
    pub default_capacity_provider_strategy: Vec<keel_awsmodel::ecs::CapacityProviderStrategyItem>,
    #[serde(default)]
    pub service_connect_defaults: Option<ClusterServiceConnectDefaults>,
    #[serde(default)]
    pub tags: Vec<Tag>,
}

const CONTAINER_INSIGHTS_VALUES: [&str; 3] = ["enabled", "disabled", "enhanced"];

fn validate_settings(settings: &[ClusterSetting]) -> Result<(), EcsError> {
    for setting in settings {
        let value = setting.value.as_deref().unwrap_or("");
        match setting.name {
            Some(ClusterSettingName::ContainerInsights) | None => {
                if !CONTAINER_INSIGHTS_VALUES.contains(&value) {
                    return Err(EcsError::invalid(format!(
                        "The value '{value}' is not valid for the containerInsights setting. Valid values are: enabled, disabled, enhanced."
                    )));
                }
            }
        }
    }
    Ok(())
}

/// Merges `updates` into `settings` by name.
fn merge_settings(settings: &mut Vec<ClusterSetting>, updates: Vec<ClusterSetting>) {
    for update in updates {
        match settings.iter_mut().find(|s| s.name == update.name) {
            Some(existing) => *existing = update,
            None => settings.push(update),
        }
    }
}

pub async fn create_cluster(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: CreateClusterRequest,
) -> Result<CreateClusterResponse, EcsError> {
    let name = req
        .cluster_name
        .clone()
        .unwrap_or_else(|| DEFAULT_CLUSTER.to_string());
    if !resources::is_valid_name(&name) {
        return Err(EcsError::invalid(
            "Cluster name must be 1-255 characters: letters, numbers, hyphens and underscores.",
        ));
    }
    let new_tags = req.tags.clone().unwrap_or_default();
    tags::validate(&new_tags)?;
    let mut settings = account_settings::default_cluster_settings(cp, ctx).await?;
    let requested_settings = req.settings.clone().unwrap_or_default();
    validate_settings(&requested_settings)?;
    merge_settings(&mut settings, requested_settings);
    let providers = req.capacity_providers.clone().unwrap_or_default();
    let strategy = req
        .default_capacity_provider_strategy
        .clone()
        .unwrap_or_default();
    capacity_providers::validate_cluster_providers(cp, ctx, &name, &providers, &strategy).await?;

    let key = state::cluster_key(&ctx.scope.region, &name);
    for _ in 0..state::MAX_CAS_ATTEMPTS {
        let existing: Option<Versioned<ClusterRecord>> = state::get(&*cp.store, &key).await?;
        if let Some(rec) = &existing
            && rec.value.status == "ACTIVE"
        {
            let cluster = render(cp, ctx, &rec.value, &all_fields()).await?;
            return Ok(CreateClusterResponse {
                cluster: Some(cluster),
            });
        }
        let record = ClusterRecord {
            name: name.clone(),
            arn: cluster_arn(ctx, &name),
            status: "ACTIVE".into(),
            settings: settings.clone(),
            configuration: req.configuration.clone(),
            capacity_providers: providers.clone(),
            default_capacity_provider_strategy: strategy.clone(),
            service_connect_defaults: req.service_connect_defaults.as_ref().map(|d| {
                ClusterServiceConnectDefaults {
                    namespace: Some(d.namespace.clone()),
                }
            }),
            tags: new_tags.clone(),
        };
        let guard = match &existing {
            Some(rec) => Compare::mod_revision_eq(key.clone(), rec.mod_revision),
            None => Compare::absent(key.clone()),
        };
        let txn = Txn::new()
            .when(vec![guard])
            .and_then(vec![state::put_op(&key, &record)?]);
        if cp.store.txn(txn).await?.succeeded {
            let cluster = render(cp, ctx, &record, &all_fields()).await?;
            return Ok(CreateClusterResponse {
                cluster: Some(cluster),
            });
        }
    }
    Err(EcsError::Contention)
}

fn all_fields() -> Vec<ClusterField> {
    vec![
        ClusterField::Settings,
        ClusterField::Configurations,
        ClusterField::Tags,
    ]
}

/// The wire form of a cluster, with counts computed from the store.
pub async fn render(
    cp: &ControlPlane,
    ctx: &RequestContext,
    record: &ClusterRecord,
    include: &[ClusterField],
) -> Result<Cluster, EcsError> {
    let region = &ctx.scope.region;
    let instances = container_instances::registered_count(cp, region, &record.name).await?;
    let counts = tasks::cluster_task_counts(cp, region, &record.name).await?;
    let statistics = include.contains(&ClusterField::Statistics).then(|| {
        let stat = |name: &str, value: usize| KeyValuePair {
            name: Some(name.to_string()),
            value: Some(value.to_string()),
        };
        vec![
            stat("runningEC2TasksCount", counts.running_ec2),
            stat("runningFargateTasksCount", counts.running_fargate),
            stat("runningExternalTasksCount", counts.running_external),
            stat("pendingEC2TasksCount", counts.pending_ec2),
            stat("pendingFargateTasksCount", counts.pending_fargate),
            stat("pendingExternalTasksCount", counts.pending_external),
            stat("activeEC2ServiceCount", 0),
            stat("activeFargateServiceCount", 0),
            stat("drainingEC2ServiceCount", 0),
            stat("drainingFargateServiceCount", 0),
        ]
    });
    let as_i32 = |n: usize| i32::try_from(n).unwrap_or(i32::MAX);
    Ok(Cluster {
        cluster_arn: Some(record.arn.clone()),
        cluster_name: Some(record.name.clone()),
        status: Some(record.status.clone()),
        registered_container_instances_count: Some(as_i32(instances)),
        running_tasks_count: Some(as_i32(counts.running())),
        pending_tasks_count: Some(as_i32(counts.pending())),
        active_services_count: Some(as_i32(
            crate::ecs::services::live_count(cp, region, &record.name).await?,
        )),
        statistics,
        tags: include
            .contains(&ClusterField::Tags)
            .then(|| record.tags.clone()),
        settings: include
            .contains(&ClusterField::Settings)
            .then(|| record.settings.clone()),
        configuration: if include.contains(&ClusterField::Configurations) {
            record.configuration.clone()
        } else {
            None
        },
        capacity_providers: Some(record.capacity_providers.clone()),
        default_capacity_provider_strategy: Some(record.default_capacity_provider_strategy.clone()),
        service_connect_defaults: record.service_connect_defaults.clone(),
        ..Default::default()
    })
}

pub async fn describe_clusters(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: DescribeClustersRequest,
) -> Result<DescribeClustersResponse, EcsError> {
    let names = match req.clusters {
        Some(list) if !list.is_empty() => list,
        _ => vec![DEFAULT_CLUSTER.to_string()],
    };
    if names.len() > 100 {
        return Err(EcsError::invalid("clusters can have at most 100 items."));
    }
    let include = req.include.unwrap_or_default();
    let mut clusters = Vec::new();
    let mut failures = Vec::new();
    for reference in names {
        let missing = |arn: String| Failure {
            arn: Some(arn),
            reason: Some("MISSING".into()),
            detail: None,
        };
        let Ok(name) = resources::cluster_name(ctx, Some(&reference)) else {
            failures.push(missing(reference));
            continue;
        };
        let record: Option<Versioned<ClusterRecord>> =
            state::get(&*cp.store, &state::cluster_key(&ctx.scope.region, &name)).await?;
        match record {
            Some(rec) => clusters.push(render(cp, ctx, &rec.value, &include).await?),
            None => failures.push(missing(cluster_arn(ctx, &name))),
        }
    }
    Ok(DescribeClustersResponse {
        clusters: Some(clusters),
        failures: Some(failures),
    })
}

pub async fn list_clusters(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: ListClustersRequest,
) -> Result<ListClustersResponse, EcsError> {
    let page = pagination::page_size(req.max_results, 100, 100)?;
    let records: Vec<Versioned<ClusterRecord>> =
        state::list(&*cp.store, &state::clusters_prefix(&ctx.scope.region)).await?;
    let arns: Vec<String> = records
        .into_iter()
        .filter(|r| r.value.status == "ACTIVE")
        .map(|r| r.value.arn)
        .collect();
    let (arns, next_token) = pagination::paginate(
        "ListClusters",
        arns,
        Clone::clone,
        req.next_token.as_deref(),
        page,
    )?;
    Ok(ListClustersResponse {
        cluster_arns: Some(arns),
        next_token,
    })
}

pub async fn delete_cluster(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: DeleteClusterRequest,
) -> Result<DeleteClusterResponse, EcsError> {
    let region = ctx.scope.region.clone();
    for _ in 0..state::MAX_CAS_ATTEMPTS {
        let rec = resources::active_cluster(cp, ctx, Some(&req.cluster)).await?;
        if crate::ecs::services::live_count(cp, &region, &rec.value.name).await? > 0 {
            return Err(EcsError::ClusterContainsServices);
        }
        if container_instances::registered_count(cp, &region, &rec.value.name).await? > 0 {
            return Err(EcsError::ClusterContainsContainerInstances);
        }
        if tasks::cluster_task_counts(cp, &region, &rec.value.name)
            .await?
            .active()
            > 0
        {
            return Err(EcsError::ClusterContainsTasks);
        }
        let mut record = rec.value.clone();
        record.status = "INACTIVE".into();
        let txn = Txn::new()
            .when(vec![Compare::mod_revision_eq(
                rec.key.clone(),
                rec.mod_revision,
            )])
            .and_then(vec![state::put_op(&rec.key, &record)?]);
        if cp.store.txn(txn).await?.succeeded {
            let cluster = render(cp, ctx, &record, &all_fields()).await?;
            return Ok(DeleteClusterResponse {
                cluster: Some(cluster),
            });
        }
    }
    Err(EcsError::Contention)
}

/// Applies `change` to an ACTIVE cluster with compare-and-swap, retrying on conflict.
pub async fn modify_cluster(
    cp: &ControlPlane,
    ctx: &RequestContext,
    cluster: &str,
    mut change: impl FnMut(&mut ClusterRecord) -> Result<(), EcsError>,
) -> Result<ClusterRecord, EcsError> {
    for _ in 0..state::MAX_CAS_ATTEMPTS {
        let rec = resources::active_cluster(cp, ctx, Some(cluster)).await?;
        let mut record = rec.value.clone();
        change(&mut record)?;
        let txn = Txn::new()
            .when(vec![Compare::mod_revision_eq(
                rec.key.clone(),
                rec.mod_revision,
            )])
            .and_then(vec![state::put_op(&rec.key, &record)?]);
        if cp.store.txn(txn).await?.succeeded {
            return Ok(record);
        }
    }
    Err(EcsError::Contention)
}

pub async fn update_cluster(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: UpdateClusterRequest,
) -> Result<UpdateClusterResponse, EcsError> {
    let settings = req.settings.clone().unwrap_or_default();
    validate_settings(&settings)?;
    let record = modify_cluster(cp, ctx, &req.cluster, |record| {
        merge_settings(&mut record.settings, settings.clone());
        if let Some(configuration) = &req.configuration {
            record.configuration = Some(configuration.clone());
        }
        if let Some(defaults) = &req.service_connect_defaults {
            record.service_connect_defaults = Some(ClusterServiceConnectDefaults {
                namespace: Some(defaults.namespace.clone()),
            });
        }
        Ok(())
    })
    .await?;
    let cluster = render(cp, ctx, &record, &all_fields()).await?;
    Ok(UpdateClusterResponse {
        cluster: Some(cluster),
    })
}

pub async fn update_cluster_settings(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: UpdateClusterSettingsRequest,
) -> Result<UpdateClusterSettingsResponse, EcsError> {
    validate_settings(&req.settings)?;
    let record = modify_cluster(cp, ctx, &req.cluster, |record| {
        merge_settings(&mut record.settings, req.settings.clone());
        Ok(())
    })
    .await?;
    let cluster = render(cp, ctx, &record, &all_fields()).await?;
    Ok(UpdateClusterSettingsResponse {
        cluster: Some(cluster),
    })
}

/// Makes sure the `default` cluster exists (ECS creates it when an instance registers to it).
pub async fn ensure_default_cluster(
    cp: &ControlPlane,
    ctx: &RequestContext,
) -> Result<(), EcsError> {
    let key = state::cluster_key(&ctx.scope.region, DEFAULT_CLUSTER);
    let existing: Option<Versioned<ClusterRecord>> = state::get(&*cp.store, &key).await?;
    if existing.is_some_and(|r| r.value.status == "ACTIVE") {
        return Ok(());
    }
    create_cluster(
        cp,
        ctx,
        CreateClusterRequest {
            cluster_name: Some(DEFAULT_CLUSTER.into()),
            ..Default::default()
        },
    )
    .await
    .map(|_| ())
}
