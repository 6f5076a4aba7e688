//! Tags on every taggable ECS resource: TagResource, UntagResource, ListTagsForResource.
//!
//! Each taggable record keeps its tags in a top-level `tags` array, so tagging works on the raw
//! JSON without knowing each record type. Limits from the ECS API reference (`Tag`): at most 50
//! tags, keys 1-128 and values 0-256 characters, and the `aws:` prefix is reserved.

use keel_api::RequestContext;
use keel_awsmodel::ecs::{
    ListTagsForResourceRequest, ListTagsForResourceResponse, Tag, TagResourceRequest,
    TagResourceResponse, UntagResourceRequest, UntagResourceResponse,
};
use keel_store::{Compare, Op, Txn};
use keel_types::{Arn, EcsResource};

use crate::ControlPlane;
use crate::ecs::capacity_providers;
use crate::error::EcsError;
use crate::state;

pub const MAX_TAGS: usize = 50;

pub fn validate(tags: &[Tag]) -> Result<(), EcsError> {
    if tags.len() > MAX_TAGS {
        return Err(EcsError::invalid(format!(
            "A resource can have at most {MAX_TAGS} tags."
        )));
    }
    for tag in tags {
        let key = tag.key.as_deref().unwrap_or("");
        validate_key(key)?;
        let value = tag.value.as_deref().unwrap_or("");
        if value.chars().count() > 256 {
            return Err(EcsError::invalid(format!(
                "The tag value for key '{key}' must be at most 256 characters."
            )));
        }
    }
    Ok(())
}

fn validate_key(key: &str) -> Result<(), EcsError> {
    if key.is_empty() || key.chars().count() > 128 {
        return Err(EcsError::invalid(
            "Tag keys must be between 1 and 128 characters.",
        ));
    }
    if key.to_ascii_lowercase().starts_with("aws:") {
        return Err(EcsError::invalid(
            "Tag keys beginning with 'aws:' are reserved for AWS use and cannot be added or removed.",
        ));
    }
    Ok(())
}

/// Where a taggable resource is stored, and the error for a missing one.
fn locate(ctx: &RequestContext, resource_arn: &str) -> Result<(String, EcsError), EcsError> {
    let arn = Arn::parse(resource_arn)
        .map_err(|_| EcsError::invalid(format!("Invalid resource ARN: {resource_arn}")))?;
    let resource = arn
        .ecs_resource()
        .map_err(|_| EcsError::invalid(format!("Invalid resource ARN: {resource_arn}")))?;
    if arn.region != ctx.scope.region || arn.account_id != ctx.scope.account_id {
        return Err(EcsError::ResourceNotFound(
            "The specified resource could not be found.".into(),
        ));
    }
    let region = &ctx.scope.region;
    let not_found =
        || EcsError::ResourceNotFound("The specified resource could not be found.".into());
    Ok(match resource {
        EcsResource::Cluster { name } => {
            (state::cluster_key(region, &name), EcsError::ClusterNotFound)
        }
        EcsResource::TaskDefinition { family, revision } => (
            state::task_definition_key(region, &family, revision),
            not_found(),
        ),
        EcsResource::Task {
            cluster: Some(cluster),
            id,
        } => (state::task_key(region, &cluster, &id), not_found()),
        EcsResource::ContainerInstance {
            cluster: Some(cluster),
            id,
        } => (state::instance_key(region, &cluster, &id), not_found()),
        EcsResource::Service {
            cluster: Some(cluster),
            name,
        } => (
            state::service_key(region, &cluster, &name),
            EcsError::ServiceNotFound,
        ),
        EcsResource::CapacityProvider { name } if !capacity_providers::is_fargate(&name) => {
            (state::capacity_provider_key(region, &name), not_found())
        }
        _ => return Err(not_found()),
    })
}

fn tags_of(record: &serde_json::Value) -> Vec<Tag> {
    record
        .get("tags")
        .and_then(|t| serde_json::from_value(t.clone()).ok())
        .unwrap_or_default()
}

/// A record that no longer counts as existing for tagging (deleted clusters, providers).
fn is_gone(key: &str, record: &serde_json::Value) -> bool {
    let status = record.get("status").and_then(|s| s.as_str()).unwrap_or("");
    (key.contains("/clusters/")
        || key.contains("/capacity-providers/")
        || key.contains("/services/"))
        && status == "INACTIVE"
}

async fn modify_tags(
    cp: &ControlPlane,
    ctx: &RequestContext,
    resource_arn: &str,
    change: impl Fn(&mut Vec<Tag>) -> Result<(), EcsError>,
) -> Result<(), EcsError> {
    let (key, missing) = locate(ctx, resource_arn)?;
    for _ in 0..state::MAX_CAS_ATTEMPTS {
        let Some(kv) = cp.store.get(&key).await? else {
            return Err(missing);
        };
        let mut record: serde_json::Value = serde_json::from_slice(&kv.value)?;
        if is_gone(&key, &record) {
            return Err(missing);
        }
        let mut tags = tags_of(&record);
        change(&mut tags)?;
        validate(&tags)?;
        if let Some(object) = record.as_object_mut() {
            object.insert("tags".into(), serde_json::to_value(&tags)?);
        }
        let txn = Txn::new()
            .when(vec![Compare::mod_revision_eq(key.clone(), kv.mod_revision)])
            .and_then(vec![Op::put(key.clone(), serde_json::to_vec(&record)?)]);
        if cp.store.txn(txn).await?.succeeded {
            return Ok(());
        }
    }
    Err(EcsError::Contention)
}

pub async fn tag_resource(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: TagResourceRequest,
) -> Result<TagResourceResponse, EcsError> {
    validate(&req.tags)?;
    modify_tags(cp, ctx, &req.resource_arn, |tags| {
        for new in &req.tags {
            match tags.iter_mut().find(|t| t.key == new.key) {
                Some(existing) => existing.value = new.value.clone(),
                None => tags.push(new.clone()),
            }
        }
        Ok(())
    })
    .await?;
    Ok(TagResourceResponse::default())
}

pub async fn untag_resource(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: UntagResourceRequest,
) -> Result<UntagResourceResponse, EcsError> {
    for key in &req.tag_keys {
        validate_key(key)?;
    }
    modify_tags(cp, ctx, &req.resource_arn, |tags| {
        tags.retain(|t| !req.tag_keys.iter().any(|k| Some(k) == t.key.as_ref()));
        Ok(())
    })
    .await?;
    Ok(UntagResourceResponse::default())
}

pub async fn list_tags_for_resource(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: ListTagsForResourceRequest,
) -> Result<ListTagsForResourceResponse, EcsError> {
    // ResourceNotFoundException is not among this operation's errors in the model, so SDKs
    // could not decode it; a missing resource is an invalid parameter here.
    let as_modelled = |err: EcsError| match err {
        EcsError::ResourceNotFound(message) => EcsError::invalid(message),
        other => other,
    };
    let (key, missing) = locate(ctx, &req.resource_arn).map_err(as_modelled)?;
    let missing = as_modelled(missing);
    let Some(kv) = cp.store.get(&key).await? else {
        return Err(missing);
    };
    let record: serde_json::Value = serde_json::from_slice(&kv.value)?;
    if is_gone(&key, &record) {
        return Err(missing);
    }
    Ok(ListTagsForResourceResponse {
        tags: Some(tags_of(&record)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(k: &str, v: &str) -> Tag {
        Tag {
            key: Some(k.into()),
            value: Some(v.into()),
        }
    }

    #[test]
    fn tag_limits_follow_ecs() {
        assert!(validate(&[tag("team", "core")]).is_ok());
        assert!(validate(&[tag("aws:x", "y")]).is_err());
        assert!(validate(&[tag("AWS:x", "y")]).is_err());
        assert!(validate(&[tag("", "y")]).is_err());
        assert!(validate(&[tag(&"k".repeat(129), "y")]).is_err());
        assert!(validate(&[tag("k", &"v".repeat(257))]).is_err());
        let many: Vec<Tag> = (0..51).map(|i| tag(&format!("k{i}"), "v")).collect();
        assert!(validate(&many).is_err());
    }
}
