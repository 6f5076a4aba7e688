//! Attributes on container instances: PutAttributes, DeleteAttributes, ListAttributes.
//!
//! Rules from the ECS API reference (`Attribute`) and developer guide ("Attributes"): names up
//! to 128 characters of letters, digits, hyphens, underscores, slashes, backslashes and
//! periods; values up to 128 characters that also allow @, colons and spaces, without leading or
//! trailing whitespace; at most 10 custom attributes per resource (ECS-provided `ecs.*` and
//! `com.amazonaws.ecs.*` attributes don't count).

use keel_api::RequestContext;
use keel_awsmodel::ecs::{
    Attribute, DeleteAttributesRequest, DeleteAttributesResponse, ListAttributesRequest,
    ListAttributesResponse, PutAttributesRequest, PutAttributesResponse, TargetType,
};
use keel_store::{Compare, Txn};

use crate::ControlPlane;
use crate::ecs::container_instances::{self, InstanceRecord};
use crate::ecs::resources;
use crate::error::EcsError;
use crate::pagination;
use crate::state::{self, Versioned};

pub const MAX_CUSTOM_ATTRIBUTES: usize = 10;

fn is_builtin(name: &str) -> bool {
    name.starts_with("ecs.") || name.starts_with("com.amazonaws.ecs.")
}

fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 128
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_/\\.".contains(c))
}

fn valid_value(value: &str) -> bool {
    value.len() <= 128
        && value.trim() == value
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.@/\\: ".contains(c))
}

pub fn validate_attributes(attributes: &[Attribute]) -> Result<(), EcsError> {
    for attribute in attributes {
        if !valid_name(&attribute.name) {
            return Err(EcsError::invalid(format!(
                "Attribute name '{}' is invalid: up to 128 letters, numbers, hyphens, underscores, slashes, backslashes or periods are allowed.",
                attribute.name
            )));
        }
        if let Some(value) = &attribute.value
            && !valid_value(value)
        {
            return Err(EcsError::invalid(format!(
                "Attribute value '{value}' for '{}' is invalid: up to 128 letters, numbers, hyphens, underscores, periods, at signs, slashes, backslashes, colons or spaces are allowed, without leading or trailing whitespace.",
                attribute.name
            )));
        }
    }
    Ok(())
}

fn custom_count(record: &InstanceRecord) -> usize {
    record
        .attributes
        .iter()
        .filter(|a| !is_builtin(&a.name))
        .count()
}

/// Applies `change` to every targeted instance in one transaction, so a failure changes nothing.
async fn modify_targets(
    cp: &ControlPlane,
    ctx: &RequestContext,
    cluster_ref: Option<&str>,
    attributes: &[Attribute],
    change: impl Fn(&mut InstanceRecord, &Attribute) -> Result<(), EcsError>,
) -> Result<(), EcsError> {
    let cluster = resources::active_cluster(cp, ctx, cluster_ref).await?;
    for attribute in attributes {
        if attribute
            .target_type
            .is_some_and(|t| t != TargetType::ContainerInstance)
        {
            return Err(EcsError::invalid("targetType must be container-instance."));
        }
    }
    for _ in 0..state::MAX_CAS_ATTEMPTS {
        let mut touched: Vec<Versioned<InstanceRecord>> = Vec::new();
        let mut originals: Vec<(String, i64)> = Vec::new();
        for attribute in attributes {
            let Some(target) = attribute.target_id.as_deref() else {
                return Err(EcsError::invalid(format!(
                    "Attribute '{}' needs a targetId naming a container instance.",
                    attribute.name
                )));
            };
            let id = container_instances::instance_id(ctx, &cluster.value.name, target)
                .ok_or_else(|| EcsError::TargetNotFound(format!("Could not find {target}.")))?;
            let index = match touched.iter().position(|r| r.value.id == id) {
                Some(index) => index,
                None => {
                    let rec = container_instances::load(cp, ctx, &cluster.value.name, &id)
                        .await?
                        .filter(|r| r.value.status != "INACTIVE")
                        .ok_or_else(|| {
                            EcsError::TargetNotFound(format!("Could not find {target}."))
                        })?;
                    originals.push((rec.key.clone(), rec.mod_revision));
                    touched.push(rec);
                    touched.len() - 1
                }
            };
            change(&mut touched[index].value, attribute)?;
        }
        let compares = originals
            .iter()
            .map(|(k, r)| Compare::mod_revision_eq(k.clone(), *r))
            .collect();
        let mut ops = Vec::new();
        for rec in &mut touched {
            rec.value.version += 1;
            ops.push(state::put_op(&rec.key, &rec.value)?);
        }
        if cp
            .store
            .txn(Txn::new().when(compares).and_then(ops))
            .await?
            .succeeded
        {
            return Ok(());
        }
    }
    Err(EcsError::Contention)
}

pub async fn put_attributes(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: PutAttributesRequest,
) -> Result<PutAttributesResponse, EcsError> {
    if req.attributes.is_empty() || req.attributes.len() > MAX_CUSTOM_ATTRIBUTES {
        return Err(EcsError::invalid(
            "attributes must contain between 1 and 10 items.",
        ));
    }
    validate_attributes(&req.attributes)?;
    modify_targets(cp, ctx, req.cluster.as_deref(), &req.attributes, |record, attribute| {
        match record.attributes.iter_mut().find(|a| a.name == attribute.name) {
            Some(existing) => existing.value = attribute.value.clone(),
            None => record.attributes.push(Attribute {
                name: attribute.name.clone(),
                value: attribute.value.clone(),
                ..Default::default()
            }),
        }
        if custom_count(record) > MAX_CUSTOM_ATTRIBUTES {
            return Err(EcsError::AttributeLimitExceeded(format!(
                "You can apply up to {MAX_CUSTOM_ATTRIBUTES} custom attributes for each resource."
            )));
        }
        Ok(())
    })
    .await?;
    Ok(PutAttributesResponse {
        attributes: Some(req.attributes),
    })
}

pub async fn delete_attributes(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: DeleteAttributesRequest,
) -> Result<DeleteAttributesResponse, EcsError> {
    if req.attributes.is_empty() {
        return Err(EcsError::invalid("attributes must not be empty."));
    }
    modify_targets(
        cp,
        ctx,
        req.cluster.as_deref(),
        &req.attributes,
        |record, attribute| {
            record.attributes.retain(|a| a.name != attribute.name);
            Ok(())
        },
    )
    .await?;
    Ok(DeleteAttributesResponse {
        attributes: Some(req.attributes),
    })
}

pub async fn list_attributes(
    cp: &ControlPlane,
    ctx: &RequestContext,
    req: ListAttributesRequest,
) -> Result<ListAttributesResponse, EcsError> {
    let cluster = resources::active_cluster(cp, ctx, req.cluster.as_deref()).await?;
    let page = pagination::page_size(req.max_results, 100, 100)?;
    if req.attribute_value.is_some() && req.attribute_name.is_none() {
        return Err(EcsError::invalid(
            "attributeValue can only be used together with attributeName.",
        ));
    }
    let records =
        container_instances::all_in_cluster(cp, &ctx.scope.region, &cluster.value.name).await?;
    let mut found = Vec::new();
    for rec in records.iter().filter(|r| r.value.status != "INACTIVE") {
        for attribute in &rec.value.attributes {
            if req
                .attribute_name
                .as_ref()
                .is_some_and(|n| *n != attribute.name)
            {
                continue;
            }
            if req.attribute_value.is_some() && req.attribute_value != attribute.value {
                continue;
            }
            found.push(Attribute {
                name: attribute.name.clone(),
                value: attribute.value.clone(),
                target_type: Some(req.target_type),
                target_id: Some(rec.value.arn.clone()),
            });
        }
    }
    let (attributes, next_token) = pagination::paginate(
        "ListAttributes",
        found,
        |a| format!("{}\u{0}{}", a.target_id.clone().unwrap_or_default(), a.name),
        req.next_token.as_deref(),
        page,
    )?;
    Ok(ListAttributesResponse {
        attributes: Some(attributes),
        next_token,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_values_follow_ecs_character_rules() {
        assert!(valid_name("stack/tier.web_1-a"));
        assert!(!valid_name(""));
        assert!(!valid_name("has space"));
        assert!(!valid_name(&"a".repeat(129)));
        assert!(valid_value("us-east-1a @x:y/z"));
        assert!(!valid_value(" leading"));
        assert!(!valid_value("semi;colon"));
    }
}
