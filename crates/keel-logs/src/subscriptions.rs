//! Subscription filters and destinations: PutSubscriptionFilter, DescribeSubscriptionFilters,
//! DeleteSubscriptionFilter, PutDestination, PutDestinationPolicy, DescribeDestinations,
//! DeleteDestination.
//!
//! Keel delivers only to what it can reach itself: a log group of the same account and region,
//! or a destination whose target is one. Amazon services (Kinesis, Firehose, Lambda) are refused
//! with a clear reason rather than accepted and never delivered to. Records live under
//! `/logs/REGION/subscription-filters/GROUP\u{1}NAME` and `/logs/REGION/destinations/NAME`.

use keel_api::RequestContext;
use keel_awsmodel::logs::{
    DeleteDestinationRequest, DeleteSubscriptionFilterRequest, DescribeDestinationsRequest,
    DescribeDestinationsResponse, DescribeSubscriptionFiltersRequest,
    DescribeSubscriptionFiltersResponse, Destination, Distribution, PutDestinationPolicyRequest,
    PutDestinationRequest, PutDestinationResponse, PutSubscriptionFilterRequest,
    SubscriptionFilter,
};
use keel_store::{Compare, Op, RangeRequest, Txn};

use crate::groups::{Empty, load_group};
use crate::patterns::parse_pattern;
use crate::service::LogsService;
use crate::{LogsError, paging};

/// Subscription filters per log group, as CloudWatch Logs allows.
const MAX_FILTERS_PER_GROUP: usize = 2;
/// Ends a group name in keys; sorts below every character a group name may hold.
const GROUP_END: char = '\u{1}';

fn filters_prefix(region: &str, group: &str) -> String {
    format!("/logs/{region}/subscription-filters/{group}{GROUP_END}")
}

fn destination_key(region: &str, name: &str) -> String {
    format!("/logs/{region}/destinations/{name}")
}

fn destination_arn(ctx: &RequestContext, name: &str) -> String {
    format!(
        "arn:aws:logs:{}:{}:destination:{name}",
        ctx.scope.region, ctx.scope.account_id
    )
}

/// Deletes every subscription filter of `group` (used when the group is deleted).
pub fn delete_all_op(region: &str, group: &str) -> Op {
    Op::delete_prefix(filters_prefix(region, group))
}

/// The log group a Keel-reachable ARN delivers into, checking it exists.
async fn reachable_group(
    svc: &LogsService,
    ctx: &RequestContext,
    arn: &str,
    what: &str,
) -> Result<String, LogsError> {
    let group_prefix = format!(
        "arn:aws:logs:{}:{}:log-group:",
        ctx.scope.region, ctx.scope.account_id
    );
    let destination_prefix = format!(
        "arn:aws:logs:{}:{}:destination:",
        ctx.scope.region, ctx.scope.account_id
    );
    if let Some(name) = arn.strip_prefix(&group_prefix) {
        let name = name.trim_end_matches(":*");
        load_group(svc, ctx, name).await.map_err(|_| {
            LogsError::invalid(format!(
                "The {what} {arn} names a log group that does not exist."
            ))
        })?;
        return Ok(name.to_string());
    }
    if let Some(name) = arn.strip_prefix(&destination_prefix) {
        let kv = svc
            .store
            .get(&destination_key(&ctx.scope.region, name))
            .await?
            .ok_or_else(|| {
                LogsError::invalid(format!(
                    "The {what} {arn} names a destination that does not exist."
                ))
            })?;
        let destination: Destination = serde_json::from_slice(&kv.value)?;
        let target = destination.target_arn.unwrap_or_default();
        let group = target
            .strip_prefix(&group_prefix)
            .map(|n| n.trim_end_matches(":*").to_string())
            .unwrap_or_default();
        return Ok(group);
    }
    Err(LogsError::invalid(format!(
        "Keel cannot deliver to {arn}: the {what} must be a log group or a Keel destination in {} of account {}.",
        ctx.scope.region, ctx.scope.account_id
    )))
}

pub async fn put_subscription_filter(
    svc: &LogsService,
    ctx: &RequestContext,
    req: PutSubscriptionFilterRequest,
) -> Result<Empty, LogsError> {
    parse_pattern(&req.filter_pattern)?;
    let (_, group_key, group_revision) = load_group(svc, ctx, &req.log_group_name).await?;
    let into = reachable_group(svc, ctx, &req.destination_arn, "destinationArn").await?;
    if into == req.log_group_name {
        return Err(LogsError::invalid(
            "A log group cannot subscribe to itself.",
        ));
    }
    let region = &ctx.scope.region;
    let prefix = filters_prefix(region, &req.log_group_name);
    let key = format!("{prefix}{}", req.filter_name);
    let current = svc.store.get(&key).await?;
    if current.is_none() {
        let existing = svc
            .store
            .range(RangeRequest::prefix(prefix).count_only())
            .await?
            .count;
        if existing >= MAX_FILTERS_PER_GROUP {
            return Err(LogsError::LimitExceeded("Resource limit exceeded.".into()));
        }
    }
    let creation_time = match &current {
        Some(kv) => serde_json::from_slice::<SubscriptionFilter>(&kv.value)?.creation_time,
        None => Some(keel_types::time::now_millis()),
    };
    let record = SubscriptionFilter {
        filter_name: Some(req.filter_name.clone()),
        log_group_name: Some(req.log_group_name.clone()),
        filter_pattern: Some(req.filter_pattern),
        destination_arn: Some(req.destination_arn),
        role_arn: req.role_arn,
        distribution: Some(req.distribution.unwrap_or(Distribution::ByLogStream)),
        apply_on_transformed_logs: req.apply_on_transformed_logs,
        creation_time,
        field_selection_criteria: req.field_selection_criteria,
        emit_system_fields: req.emit_system_fields,
    };
    let guard = match &current {
        Some(kv) => Compare::mod_revision_eq(key.clone(), kv.mod_revision),
        None => Compare::absent(key.clone()),
    };
    let txn = Txn::new()
        .when(vec![
            Compare::mod_revision_eq(group_key, group_revision),
            guard,
        ])
        .and_then(vec![Op::put(key, serde_json::to_vec(&record)?)]);
    if svc.store.txn(txn).await?.succeeded {
        Ok(Empty {})
    } else {
        Err(LogsError::OperationAborted(
            "Multiple concurrent requests to update the same resource were in conflict. Retry your request."
                .into(),
        ))
    }
}

pub async fn describe_subscription_filters(
    svc: &LogsService,
    ctx: &RequestContext,
    req: DescribeSubscriptionFiltersRequest,
) -> Result<DescribeSubscriptionFiltersResponse, LogsError> {
    load_group(svc, ctx, &req.log_group_name).await?;
    let prefix = format!(
        "{}{}",
        filters_prefix(&ctx.scope.region, &req.log_group_name),
        req.filter_name_prefix.as_deref().unwrap_or("")
    );
    let limit = usize::try_from(req.limit.unwrap_or(50)).unwrap_or(50);
    let after = req.next_token.as_deref().map(paging::decode).transpose()?;
    let (filters, next_token) = paging::page(svc, &prefix, after, limit, |kv| {
        Ok(Some(serde_json::from_slice::<SubscriptionFilter>(
            &kv.value,
        )?))
    })
    .await?;
    Ok(DescribeSubscriptionFiltersResponse {
        subscription_filters: Some(filters),
        next_token,
    })
}

pub async fn delete_subscription_filter(
    svc: &LogsService,
    ctx: &RequestContext,
    req: DeleteSubscriptionFilterRequest,
) -> Result<Empty, LogsError> {
    load_group(svc, ctx, &req.log_group_name).await?;
    let key = format!(
        "{}{}",
        filters_prefix(&ctx.scope.region, &req.log_group_name),
        req.filter_name
    );
    let txn = Txn::new()
        .when(vec![Compare::exists(key.clone())])
        .and_then(vec![Op::delete(key)]);
    if svc.store.txn(txn).await?.succeeded {
        Ok(Empty {})
    } else {
        Err(LogsError::ResourceNotFound(
            "The specified subscription filter does not exist.".into(),
        ))
    }
}

pub async fn put_destination(
    svc: &LogsService,
    ctx: &RequestContext,
    req: PutDestinationRequest,
) -> Result<PutDestinationResponse, LogsError> {
    let group_prefix = format!(
        "arn:aws:logs:{}:{}:log-group:",
        ctx.scope.region, ctx.scope.account_id
    );
    if !req.target_arn.starts_with(&group_prefix) {
        return Err(LogsError::invalid(format!(
            "Keel cannot deliver to {}: a destination's targetArn must be a log group in {} of account {}.",
            req.target_arn, ctx.scope.region, ctx.scope.account_id
        )));
    }
    reachable_group(svc, ctx, &req.target_arn, "targetArn").await?;
    let key = destination_key(&ctx.scope.region, &req.destination_name);
    let current = svc.store.get(&key).await?;
    let previous: Option<Destination> = current
        .as_ref()
        .map(|kv| serde_json::from_slice(&kv.value))
        .transpose()?;
    let destination = Destination {
        destination_name: Some(req.destination_name.clone()),
        target_arn: Some(req.target_arn),
        role_arn: Some(req.role_arn),
        access_policy: previous.as_ref().and_then(|p| p.access_policy.clone()),
        arn: Some(destination_arn(ctx, &req.destination_name)),
        creation_time: previous
            .as_ref()
            .and_then(|p| p.creation_time)
            .or(Some(keel_types::time::now_millis())),
    };
    let guard = match &current {
        Some(kv) => Compare::mod_revision_eq(key.clone(), kv.mod_revision),
        None => Compare::absent(key.clone()),
    };
    let txn = Txn::new()
        .when(vec![guard])
        .and_then(vec![Op::put(key, serde_json::to_vec(&destination)?)]);
    if svc.store.txn(txn).await?.succeeded {
        Ok(PutDestinationResponse {
            destination: Some(destination),
        })
    } else {
        Err(LogsError::OperationAborted(
            "Multiple concurrent requests to update the same resource were in conflict. Retry your request."
                .into(),
        ))
    }
}

pub async fn put_destination_policy(
    svc: &LogsService,
    ctx: &RequestContext,
    req: PutDestinationPolicyRequest,
) -> Result<Empty, LogsError> {
    if !serde_json::from_str::<serde_json::Value>(&req.access_policy).is_ok_and(|v| v.is_object()) {
        return Err(LogsError::invalid(
            "The access policy is not a valid JSON object.",
        ));
    }
    let key = destination_key(&ctx.scope.region, &req.destination_name);
    let kv = svc.store.get(&key).await?.ok_or_else(|| {
        LogsError::ResourceNotFound("The specified destination does not exist.".into())
    })?;
    let mut destination: Destination = serde_json::from_slice(&kv.value)?;
    destination.access_policy = Some(req.access_policy);
    let txn = Txn::new()
        .when(vec![Compare::mod_revision_eq(key.clone(), kv.mod_revision)])
        .and_then(vec![Op::put(key, serde_json::to_vec(&destination)?)]);
    if svc.store.txn(txn).await?.succeeded {
        Ok(Empty {})
    } else {
        Err(LogsError::OperationAborted(
            "Multiple concurrent requests to update the same resource were in conflict. Retry your request."
                .into(),
        ))
    }
}

pub async fn describe_destinations(
    svc: &LogsService,
    ctx: &RequestContext,
    req: DescribeDestinationsRequest,
) -> Result<DescribeDestinationsResponse, LogsError> {
    let prefix = format!(
        "{}{}",
        destination_key(&ctx.scope.region, ""),
        req.destination_name_prefix.as_deref().unwrap_or("")
    );
    let limit = usize::try_from(req.limit.unwrap_or(50)).unwrap_or(50);
    let after = req.next_token.as_deref().map(paging::decode).transpose()?;
    let (destinations, next_token) = paging::page(svc, &prefix, after, limit, |kv| {
        Ok(Some(serde_json::from_slice::<Destination>(&kv.value)?))
    })
    .await?;
    Ok(DescribeDestinationsResponse {
        destinations: Some(destinations),
        next_token,
    })
}

pub async fn delete_destination(
    svc: &LogsService,
    ctx: &RequestContext,
    req: DeleteDestinationRequest,
) -> Result<Empty, LogsError> {
    let key = destination_key(&ctx.scope.region, &req.destination_name);
    let txn = Txn::new()
        .when(vec![Compare::exists(key.clone())])
        .and_then(vec![Op::delete(key)]);
    if svc.store.txn(txn).await?.succeeded {
        Ok(Empty {})
    } else {
        Err(LogsError::ResourceNotFound(
            "The specified destination does not exist.".into(),
        ))
    }
}
