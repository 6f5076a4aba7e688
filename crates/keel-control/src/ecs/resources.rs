//! Naming and lookup shared by the ECS handlers: resolving names-or-ARNs, minting ARNs.

use keel_api::RequestContext;
use keel_awsmodel::Timestamp;
use keel_types::{Arn, EcsResource};

use crate::ControlPlane;
use crate::ecs::clusters::ClusterRecord;
use crate::error::EcsError;
use crate::state::{self, Versioned};

pub const DEFAULT_CLUSTER: &str = "default";

pub fn ecs_arn(ctx: &RequestContext, resource: EcsResource) -> String {
    Arn::ecs(
        &ctx.scope.region,
        &ctx.scope.account_id,
        resource.to_resource_string(),
    )
    .to_string()
}

pub fn cluster_arn(ctx: &RequestContext, name: &str) -> String {
    ecs_arn(
        ctx,
        EcsResource::Cluster {
            name: name.to_string(),
        },
    )
}

/// The identity a request acts as, as ECS keys per-principal account settings: the IAM user,
/// the role behind a role session, else the account's root user.
pub fn caller_principal(ctx: &RequestContext) -> String {
    match &ctx.caller {
        Some(caller) if caller.kind == keel_api::CallerKind::IamUser => caller.arn.clone(),
        Some(caller) if caller.kind == keel_api::CallerKind::AssumedRole => caller
            .session
            .as_ref()
            .map_or_else(|| root_principal(ctx), |s| s.role_arn.clone()),
        _ => root_principal(ctx),
    }
}

/// The account's root user.
pub fn root_principal(ctx: &RequestContext) -> String {
    format!("arn:aws:iam::{}:root", ctx.scope.account_id)
}

pub fn now() -> Timestamp {
    Timestamp::from_millis(keel_types::time::now_millis())
}

/// ECS resource names: 1-255 letters, digits, hyphens and underscores.
pub fn is_valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 255
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Parses an ECS ARN in this request's account and region.
pub fn parse_local_arn(ctx: &RequestContext, text: &str) -> Option<EcsResource> {
    let arn = Arn::parse(text).ok()?;
    if arn.service != "ecs"
        || arn.region != ctx.scope.region
        || arn.account_id != ctx.scope.account_id
    {
        return None;
    }
    arn.ecs_resource().ok()
}

/// The cluster name a `cluster` member refers to (name or ARN; absent means `default`).
/// Unknown forms give ClusterNotFound, as ECS answers for them.
pub fn cluster_name(ctx: &RequestContext, cluster: Option<&str>) -> Result<String, EcsError> {
    let text = cluster
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .unwrap_or(DEFAULT_CLUSTER);
    if text.starts_with("arn:") {
        return match parse_local_arn(ctx, text) {
            Some(EcsResource::Cluster { name }) => Ok(name),
            _ => Err(EcsError::ClusterNotFound),
        };
    }
    if is_valid_name(text) {
        Ok(text.to_string())
    } else {
        Err(EcsError::ClusterNotFound)
    }
}

/// Loads an ACTIVE cluster, or ClusterNotFound.
pub async fn active_cluster(
    cp: &ControlPlane,
    ctx: &RequestContext,
    cluster: Option<&str>,
) -> Result<Versioned<ClusterRecord>, EcsError> {
    let name = cluster_name(ctx, cluster)?;
    let record: Option<Versioned<ClusterRecord>> =
        state::get(&*cp.store, &state::cluster_key(&ctx.scope.region, &name)).await?;
    match record {
        Some(rec) if rec.value.status == "ACTIVE" => Ok(rec),
        _ => Err(EcsError::ClusterNotFound),
    }
}
