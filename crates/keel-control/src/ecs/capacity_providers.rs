//! Capacity providers: the API surface and ECS's validation. FARGATE and FARGATE_SPOT always
//! exist, as in ECS. Keel stores Auto Scaling group providers and reports them; the scaling
//! machinery behind them comes with a later issue, and nothing pretends it runs.
//!
//! Strategy rules (ECS developer guide, "Capacity provider strategies"): only one item may set a
//! base; FARGATE/FARGATE_SPOT cannot be mixed with Auto Scaling group providers; every provider
//! named must be associated with the cluster.

use keel_api::RequestContext;
use keel_awsmodel::ecs::{
    CapacityProvider, CapacityProviderField, CapacityProviderStatus, CapacityProviderStrategyItem,
    CapacityProviderUpdateStatus, CreateCapacityProviderRequest, CreateCapacityProviderResponse,
    DeleteCapacityProviderRequest, DeleteCapacityProviderResponse,
    DescribeCapacityProvidersRequest, DescribeCapacityProvidersResponse, Failure,
    PutClusterCapacityProvidersRequest, PutClusterCapacityProvidersResponse,
    UpdateCapacityProviderRequest, UpdateCapacityProviderResponse,
};
use keel_store::{Compare, Txn};
use keel_types::EcsResource;

use crate::ControlPlane;
use crate::ecs::clusters::{self, ClusterRecord};
use crate::ecs::resources::{self, ecs_arn};
use crate::ecs::tags;
use crate::error::EcsError;
use crate::pagination;
use crate::state::{self, Versioned};

pub const FARGATE: &str = "FARGATE";
pub const FARGATE_SPOT: &str = "FARGATE_SPOT";

pub fn is_fargate(name: &str) -> bool {
    name == FARGATE || name == FARGATE_SPOT
}

fn builtin(ctx: &RequestContext, name: &str) -> CapacityProvider {
    CapacityProvider {
        capacity_provider_arn: Some(ecs_arn(
            ctx,
            EcsResource::CapacityProvider { name: name.into() },
        )),
        name: Some(name.to_string()),
        status: Some(CapacityProviderStatus::Active),
        tags: Some(Vec::new()),
        ..Default::default()
    }
}

/// The name a capacity-provider reference (name or ARN) stands for.
fn provider_name(ctx: &RequestContext, reference: &str) -> String {
    match resources::parse_local_arn(ctx, reference) {
        Some(EcsResource::CapacityProvider { name }) => name,
        _ => reference.to_string(),
    }
}

async fn load(
    cp: &ControlPlane,
    ctx: &RequestContext,
    name: &str,
) -> Result<Option<Versioned<CapacityProvider>>, EcsError> {
    state::get(
        &*cp.store,
        &state::capacity_provider_key(&ctx.scope.region, name),
    )
    .await
}

/// An ACTIVE provider by name (built-ins included).
async fn active(
    cp: &ControlPlane,
    ctx: &RequestContext,
    name: &str,
) -> Result<Option<CapacityProvider>, EcsError> {
    if is_fargate(name) {
        return Ok(Some(builtin(ctx, name)));
    }
    Ok(load(cp, ctx, name)
        .await?
        .map(|r| r.value)
        .filter(|p| p.status == Some(CapacityProviderStatus::Active)))
}

/// Checks a capacity-provider strategy against ECS's rules. `associated` lists the providers the
/// cluster has; `None` skips that check.
pub fn validate_strategy(
    strategy: &[CapacityProviderStrategyItem],
    associated: Option<&[String]>,
) -> Result<(), EcsError> {
    if strategy.len() > 20 {
        return Err(EcsError::invalid(
            "A capacity provider strategy can have at most 20 items.",
        ));
    }
    let with_base = strategy.iter().filter(|i| i.base.unwrap_or(0) > 0).count();
    if with_base > 1 {
        return Err(EcsError::invalid(
            "Only one capacity provider in a capacity provider strategy can have a base defined.",
        ));
    }
    let fargate = strategy
        .iter()
        .filter(|i| is_fargate(&i.capacity_provider))
        .count();
    if fargate > 0 && fargate < strategy.len() {
        return Err(EcsError::invalid(
            "A capacity provider strategy cannot contain a mix of capacity providers using Auto Scaling groups and Fargate providers. Specify one or the other and try again.",
        ));
    }
    let mut seen = std::collections::HashSet::new();
    for item in strategy {
        if !seen.insert(item.capacity_provider.as_str()) {
            return Err(EcsError::invalid(format!(
                "The capacity provider {} appears more than once in the strategy.",
                item.capacity_provider
            )));
        }
        if let Some(associated) = associated
            && !associated.contains(&item.capacity_provider)
        {
            return Err(EcsError::invalid(
                "The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with the cluster or specify a valid capacity provider and try again.",
            ));
        }
    }
    if !strategy.is_empty() && strategy.iter().all(|i| i.weight.unwrap_or(0) == 0) {
        return Err(EcsError::invalid(
            "At least one capacity provider in a capacity provider strategy must have a weight greater than zero.",
        ));
    }
    Ok(())
}

/// Validates the providers and default strategy a cluster is given.
pub async fn validate_cluster_providers(
    cp: &ControlPlane,
    ctx: &RequestContext,
    cluster: &str,
    providers: &[String],
    strategy: &[CapacityProviderStrategyItem],
) -> Result<(), EcsError> {
    for name in providers {
        match active(cp, ctx, name).await? {
            None => {
                return Err(EcsError::invalid(format!(
                    "The specified capacity provider '{name}' does not exist. Specify a valid capacity provider and try again."
                )));
            }
            Some(provider) => {
                if let Some(owner) = provider.cluster.as_deref()
                    && owner != cluster
                {
                    return Err(EcsError::invalid(format!(
                        "The specified capacity provider '{name}' is already associated with another cluster."
                    )));
                }
            }
        }
    }
    validate_strategy(strategy, Some(providers))
}

pub async fn create_capacity_provider(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: CreateCapacityProviderRequest,
) -> Result<CreateCapacityProviderResponse, EcsError> {
    let name = req.name.clone();
    let lower = name.to_ascii_lowercase();
    if !resources::is_valid_name(&name)
        || ["aws", "ecs", "fargate"]
            .iter()
            .any(|p| lower.starts_with(p))
    {
        return Err(EcsError::client(
            "The specified capacity provider name is invalid. Up to 255 characters are allowed, including letters (upper and lowercase), numbers, underscores, and hyphens. The name cannot be prefixed with \"aws\", \"ecs\", or \"fargate\".",
        ));
    }
    match (
        &req.auto_scaling_group_provider,
        &req.managed_instances_provider,
    ) {
        (None, None) => {
            return Err(EcsError::invalid(
                "A capacity provider must specify either autoScalingGroupProvider or managedInstancesProvider.",
            ));
        }
        (Some(_), Some(_)) => {
            return Err(EcsError::invalid(
                "Specify either autoScalingGroupProvider or managedInstancesProvider, not both.",
            ));
        }
        (None, Some(_)) if req.cluster.is_none() => {
            return Err(EcsError::invalid(
                "cluster is required when creating a capacity provider with managedInstancesProvider.",
            ));
        }
        _ => {}
    }
    let cluster = match req.cluster.as_deref() {
        Some(c) => Some(
            resources::active_cluster(cp, ctx, Some(c))
                .await?
                .value
                .name,
        ),
        None => None,
    };
    let provider_tags = req.tags.clone().unwrap_or_default();
    tags::validate(&provider_tags)?;
    let key = state::capacity_provider_key(&ctx.scope.region, &name);
    let existing = load(cp, ctx, &name).await?;
    if existing
        .as_ref()
        .is_some_and(|r| r.value.status != Some(CapacityProviderStatus::Inactive))
    {
        return Err(EcsError::client(format!(
            "The specified capacity provider '{name}' already exists. To change the configuration of an existing capacity provider, update the capacity provider."
        )));
    }
    let provider = CapacityProvider {
        capacity_provider_arn: Some(ecs_arn(
            ctx,
            EcsResource::CapacityProvider { name: name.clone() },
        )),
        name: Some(name.clone()),
        cluster,
        status: Some(CapacityProviderStatus::Active),
        auto_scaling_group_provider: req.auto_scaling_group_provider.clone(),
        managed_instances_provider: req.managed_instances_provider.clone().map(|m| {
            serde_json::from_value(serde_json::to_value(m).unwrap_or_default()).unwrap_or_default()
        }),
        update_status: Some(CapacityProviderUpdateStatus::CreateComplete),
        tags: Some(provider_tags),
        ..Default::default()
    };
    let guard = match &existing {
        Some(r) => Compare::mod_revision_eq(key.clone(), r.mod_revision),
        None => Compare::absent(key.clone()),
    };
    let txn = Txn::new()
        .when(vec![guard])
        .and_then(vec![state::put_op(&key, &provider)?]);
    if !cp.store.txn(txn).await?.succeeded {
        return Err(EcsError::client(format!(
            "The specified capacity provider '{name}' already exists."
        )));
    }
    Ok(CreateCapacityProviderResponse {
        capacity_provider: Some(provider),
    })
}

pub async fn describe_capacity_providers(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: DescribeCapacityProvidersRequest,
) -> Result<DescribeCapacityProvidersResponse, EcsError> {
    let include_tags = req
        .include
        .unwrap_or_default()
        .contains(&CapacityProviderField::Tags);
    let strip = |mut p: CapacityProvider| {
        if !include_tags {
            p.tags = None;
        }
        p
    };
    match req.capacity_providers.filter(|l| !l.is_empty()) {
        Some(references) => {
            let mut found = Vec::new();
            let mut failures = Vec::new();
            for reference in references {
                let name = provider_name(ctx, &reference);
                let provider = if is_fargate(&name) {
                    Some(builtin(ctx, &name))
                } else {
                    load(cp, ctx, &name).await?.map(|r| r.value)
                };
                match provider {
                    Some(p) => found.push(strip(p)),
                    None => failures.push(Failure {
                        arn: Some(reference),
                        reason: Some("MISSING".into()),
                        detail: None,
                    }),
                }
            }
            Ok(DescribeCapacityProvidersResponse {
                capacity_providers: Some(found),
                failures: Some(failures),
                next_token: None,
            })
        }
        None => {
            let page = pagination::page_size(req.max_results, 10, 10)?;
            let mut all = vec![builtin(ctx, FARGATE), builtin(ctx, FARGATE_SPOT)];
            let stored: Vec<Versioned<CapacityProvider>> = state::list(
                &*cp.store,
                &state::capacity_providers_prefix(&ctx.scope.region),
            )
            .await?;
            all.extend(stored.into_iter().map(|r| r.value));
            let (page_items, next_token) = pagination::paginate(
                "DescribeCapacityProviders",
                all,
                |p| p.name.clone().unwrap_or_default(),
                req.next_token.as_deref(),
                page,
            )?;
            Ok(DescribeCapacityProvidersResponse {
                capacity_providers: Some(page_items.into_iter().map(strip).collect()),
                failures: Some(Vec::new()),
                next_token,
            })
        }
    }
}

/// Read-modify-write of a stored (non built-in) provider.
async fn modify(
    cp: &ControlPlane,
    ctx: &RequestContext,
    reference: &str,
    mut change: impl FnMut(&mut CapacityProvider) -> Result<(), EcsError>,
) -> Result<CapacityProvider, EcsError> {
    let name = provider_name(ctx, reference);
    if is_fargate(&name) {
        return Err(EcsError::client(format!(
            "The capacity provider {name} is managed by Keel and cannot be modified."
        )));
    }
    for _ in 0..state::MAX_CAS_ATTEMPTS {
        let Some(rec) = load(cp, ctx, &name).await? else {
            return Err(EcsError::client(format!(
                "The specified capacity provider '{name}' does not exist."
            )));
        };
        let mut provider = rec.value.clone();
        change(&mut provider)?;
        let txn = Txn::new()
            .when(vec![Compare::mod_revision_eq(
                rec.key.clone(),
                rec.mod_revision,
            )])
            .and_then(vec![state::put_op(&rec.key, &provider)?]);
        if cp.store.txn(txn).await?.succeeded {
            return Ok(provider);
        }
    }
    Err(EcsError::Contention)
}

pub async fn update_capacity_provider(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: UpdateCapacityProviderRequest,
) -> Result<UpdateCapacityProviderResponse, EcsError> {
    let provider = modify(cp, ctx, &req.name, |provider| {
        if provider.status != Some(CapacityProviderStatus::Active) {
            return Err(EcsError::client(
                "The specified capacity provider is not ACTIVE.",
            ));
        }
        if let Some(update) = &req.auto_scaling_group_provider {
            let asg = provider
                .auto_scaling_group_provider
                .get_or_insert_with(Default::default);
            if let Some(scaling) = &update.managed_scaling {
                asg.managed_scaling = Some(scaling.clone());
            }
            if let Some(protection) = update.managed_termination_protection {
                asg.managed_termination_protection = Some(protection);
            }
            if let Some(draining) = update.managed_draining {
                asg.managed_draining = Some(draining);
            }
        }
        if let Some(update) = &req.managed_instances_provider {
            let patch = serde_json::to_value(update).unwrap_or_default();
            let mut current =
                serde_json::to_value(&provider.managed_instances_provider).unwrap_or_default();
            if let (Some(current), Some(patch)) = (current.as_object_mut(), patch.as_object()) {
                for (k, v) in patch {
                    current.insert(k.clone(), v.clone());
                }
            } else {
                current = patch;
            }
            provider.managed_instances_provider = serde_json::from_value(current).ok();
        }
        provider.update_status = Some(CapacityProviderUpdateStatus::UpdateComplete);
        Ok(())
    })
    .await?;
    Ok(UpdateCapacityProviderResponse {
        capacity_provider: Some(provider),
    })
}

pub async fn delete_capacity_provider(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: DeleteCapacityProviderRequest,
) -> Result<DeleteCapacityProviderResponse, EcsError> {
    let name = provider_name(ctx, &req.capacity_provider);
    let clusters: Vec<Versioned<ClusterRecord>> =
        state::list(&*cp.store, &state::clusters_prefix(&ctx.scope.region)).await?;
    // Only providers no cluster uses can be deleted. ECS answers the attempt with the provider
    // still ACTIVE and the failure in updateStatus/updateStatusReason, not with an error.
    let users: Vec<&str> = clusters
        .iter()
        .filter(|c| {
            c.value.status == "ACTIVE"
                && (c.value.capacity_providers.contains(&name)
                    || c.value
                        .default_capacity_provider_strategy
                        .iter()
                        .any(|i| i.capacity_provider == name))
        })
        .map(|c| c.value.name.as_str())
        .collect();
    if !users.is_empty() {
        let reason = format!(
            "The capacity provider cannot be deleted because it is associated with cluster: {}. Remove the capacity provider from the cluster and try again.",
            users.join(", ")
        );
        let provider = modify(cp, ctx, &name, |provider| {
            provider.update_status = Some(CapacityProviderUpdateStatus::DeleteFailed);
            provider.update_status_reason = Some(reason.clone());
            Ok(())
        })
        .await?;
        return Ok(DeleteCapacityProviderResponse {
            capacity_provider: Some(provider),
        });
    }
    let provider = modify(cp, ctx, &name, |provider| {
        provider.status = Some(CapacityProviderStatus::Inactive);
        provider.update_status = Some(CapacityProviderUpdateStatus::DeleteComplete);
        Ok(())
    })
    .await?;
    Ok(DeleteCapacityProviderResponse {
        capacity_provider: Some(provider),
    })
}

pub async fn put_cluster_capacity_providers(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: PutClusterCapacityProvidersRequest,
) -> Result<PutClusterCapacityProvidersResponse, EcsError> {
    let cluster = resources::active_cluster(cp, ctx, Some(&req.cluster)).await?;
    let providers: Vec<String> = req
        .capacity_providers
        .iter()
        .map(|p| provider_name(ctx, p))
        .collect();
    validate_cluster_providers(
        cp,
        ctx,
        &cluster.value.name,
        &providers,
        &req.default_capacity_provider_strategy,
    )
    .await?;
    let record = clusters::modify_cluster(cp, ctx, &req.cluster, |record| {
        record.capacity_providers = providers.clone();
        record.default_capacity_provider_strategy = req.default_capacity_provider_strategy.clone();
        Ok(())
    })
    .await?;
    let cluster = clusters::render(
        cp,
        ctx,
        &record,
        &[
            keel_awsmodel::ecs::ClusterField::Settings,
            keel_awsmodel::ecs::ClusterField::Tags,
        ],
    )
    .await?;
    Ok(PutClusterCapacityProvidersResponse {
        cluster: Some(cluster),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(name: &str, base: Option<i32>, weight: Option<i32>) -> CapacityProviderStrategyItem {
        CapacityProviderStrategyItem {
            capacity_provider: name.into(),
            base,
            weight,
        }
    }

    #[test]
    fn strategy_rules_match_ecs() {
        assert!(validate_strategy(&[item("FARGATE", Some(1), Some(1))], None).is_ok());
        assert!(
            validate_strategy(
                &[item("a", Some(1), Some(1)), item("b", Some(2), Some(1))],
                None
            )
            .is_err(),
            "two bases"
        );
        assert!(
            validate_strategy(
                &[item("FARGATE", None, Some(1)), item("asg", None, Some(1))],
                None
            )
            .is_err(),
            "mixed fargate and asg"
        );
        let associated = vec!["a".to_string()];
        assert!(validate_strategy(&[item("b", None, Some(1))], Some(&associated)).is_err());
        assert!(
            validate_strategy(&[item("a", None, Some(0))], None).is_err(),
            "all zero weights"
        );
    }
}
