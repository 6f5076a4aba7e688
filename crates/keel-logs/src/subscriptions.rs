//! Subscription filters and destinations: PutSubscriptionFilter, DescribeSubscriptionFilters,
//! DeleteSubscriptionFilter, PutDestination, PutDestinationPolicy, DescribeDestinations,
//! DeleteDestination.
//!
//! Keel delivers only to what it can reach itself: a log group of the same account and region,
//! or a destination whose target is one. Amazon services (Kinesis, Firehose, Lambda) are refused
//! with a clear reason rather than accepted and never delivered to. Records live under
//! `/logs/REGION/subscription-filters/GROUP\u{1}NAME` and `/logs/REGION/destinations/NAME`;
//! each filter's delivery cursor under `/logs-delivery/REGION/GROUP\u{1}NAME`, written with the
//! filter and deleted with it (see [`crate::delivery`], which delivers).
//!
//! Delivery never goes around in a loop: a filter (or a destination's new target) that would
//! make a group's events come back to it, directly or through other groups' filters, is refused
//! with InvalidParameterException. Changes that could close a loop are serialized, so two
//! concurrent calls cannot each add half of one.

use keel_api::RequestContext;
use keel_awsmodel::logs::{
    DeleteDestinationRequest, DeleteSubscriptionFilterRequest, DescribeDestinationsRequest,
    DescribeDestinationsResponse, DescribeSubscriptionFiltersRequest,
    DescribeSubscriptionFiltersResponse, Destination, Distribution, PutDestinationPolicyRequest,
    PutDestinationRequest, PutDestinationResponse, PutSubscriptionFilterRequest,
    SubscriptionFilter,
};
use std::collections::{BTreeMap, BTreeSet, VecDeque};

use keel_store::{Compare, Op, RangeRequest, Txn};

use crate::delivery::DeliveryState;
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

/// A subscription filter's record.
pub(crate) fn filter_key(region: &str, group: &str, name: &str) -> String {
    format!("{}{name}", filters_prefix(region, group))
}

fn destination_key(region: &str, name: &str) -> String {
    format!("/logs/{region}/destinations/{name}")
}

/// Every delivery cursor, of every region.
pub(crate) const DELIVERY_PREFIX: &str = "/logs-delivery/";

fn deliveries_prefix(region: &str, group: &str) -> String {
    format!("{DELIVERY_PREFIX}{region}/{group}{GROUP_END}")
}

/// A subscription filter's delivery cursor.
pub(crate) fn delivery_key(region: &str, group: &str, name: &str) -> String {
    format!("{}{name}", deliveries_prefix(region, group))
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

/// Deletes the delivery cursors of every subscription filter of `group` (with the group).
pub fn delete_all_deliveries_op(region: &str, group: &str) -> Op {
    Op::delete_prefix(deliveries_prefix(region, group))
}

fn group_arn_prefix(region: &str, account: &str) -> String {
    format!("arn:aws:logs:{region}:{account}:log-group:")
}

fn destination_arn_prefix(region: &str, account: &str) -> String {
    format!("arn:aws:logs:{region}:{account}:destination:")
}

/// The log group name in a log group ARN of this region and account (`...:log-group:NAME` or
/// `...:log-group:NAME:*`).
fn group_in_arn<'a>(arn: &'a str, region: &str, account: &str) -> Option<&'a str> {
    arn.strip_prefix(&group_arn_prefix(region, account))
        .map(|name| name.trim_end_matches(":*"))
}

/// Where a filter's `destinationArn` delivers to now: the log group it names, or the target
/// group of the Keel destination it names. Errors say why it cannot be delivered to (the
/// delivery worker records them; PutSubscriptionFilter answers them).
pub(crate) async fn resolve_destination(
    svc: &LogsService,
    region: &str,
    account: &str,
    arn: &str,
    what: &str,
) -> Result<String, LogsError> {
    if let Some(name) = group_in_arn(arn, region, account) {
        crate::groups::load_group_in(svc, region, name)
            .await
            .map_err(|err| match err {
                LogsError::LogGroupNotFound => LogsError::invalid(format!(
                    "The {what} {arn} names a log group that does not exist."
                )),
                other => other,
            })?;
        return Ok(name.to_string());
    }
    if let Some(name) = arn.strip_prefix(&destination_arn_prefix(region, account)) {
        let kv = svc
            .store
            .get(&destination_key(region, name))
            .await?
            .ok_or_else(|| {
                LogsError::invalid(format!(
                    "The {what} {arn} names a destination that does not exist."
                ))
            })?;
        let destination: Destination = serde_json::from_slice(&kv.value)?;
        let target = destination.target_arn.unwrap_or_default();
        return group_in_arn(&target, region, account)
            .map(str::to_string)
            .ok_or_else(|| {
                LogsError::invalid(format!(
                    "The destination {arn} targets {target}, which is not a log group Keel can deliver to."
                ))
            });
    }
    Err(LogsError::invalid(format!(
        "Keel cannot deliver to {arn}: the {what} must be a log group or a Keel destination in {region} of account {account}."
    )))
}

/// The log group a Keel-reachable ARN delivers into, checking it exists.
async fn reachable_group(
    svc: &LogsService,
    ctx: &RequestContext,
    arn: &str,
    what: &str,
) -> Result<String, LogsError> {
    let (region, account) = (&ctx.scope.region, &ctx.scope.account_id);
    if let Some(name) = group_in_arn(arn, region, account) {
        load_group(svc, ctx, name).await.map_err(|_| {
            LogsError::invalid(format!(
                "The {what} {arn} names a log group that does not exist."
            ))
        })?;
        return Ok(name.to_string());
    }
    resolve_destination(svc, region, account, arn, what).await
}

/// The delivery graph of a region: which groups each group's filters deliver into, with
/// `change` applied (a filter replaced or added, a destination's target changed).
struct Graph {
    /// (source group, filter name) → destination ARN.
    filters: BTreeMap<(String, String), String>,
    /// Destination ARN → the group it targets.
    destinations: BTreeMap<String, String>,
}

impl Graph {
    async fn load(svc: &LogsService, region: &str, account: &str) -> Result<Self, LogsError> {
        let mut filters = BTreeMap::new();
        for kv in range_all(svc, format!("/logs/{region}/subscription-filters/")).await? {
            let f: SubscriptionFilter = serde_json::from_slice(&kv.value)?;
            if let (Some(group), Some(name), Some(arn)) =
                (f.log_group_name, f.filter_name, f.destination_arn)
            {
                filters.insert((group, name), arn);
            }
        }
        let mut destinations = BTreeMap::new();
        for kv in range_all(svc, destination_key(region, "")).await? {
            let d: Destination = serde_json::from_slice(&kv.value)?;
            if let (Some(arn), Some(target)) = (d.arn, d.target_arn)
                && let Some(group) = group_in_arn(&target, region, account)
            {
                destinations.insert(arn, group.to_string());
            }
        }
        Ok(Self {
            filters,
            destinations,
        })
    }

    /// The group an ARN delivers into, if it is one this graph knows.
    fn target(&self, arn: &str, region: &str, account: &str) -> Option<String> {
        group_in_arn(arn, region, account)
            .map(str::to_string)
            .or_else(|| self.destinations.get(arn).cloned())
    }

    /// A path of groups from `from` to `to` along filters, if there is one.
    fn path(&self, from: &str, to: &str, region: &str, account: &str) -> Option<Vec<String>> {
        let mut next: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for ((source, _), arn) in &self.filters {
            if let Some(target) = self.target(arn, region, account) {
                next.entry(source.clone()).or_default().insert(target);
            }
        }
        let mut came_from: BTreeMap<String, String> = BTreeMap::new();
        let mut queue = VecDeque::from([from.to_string()]);
        let mut seen = BTreeSet::from([from.to_string()]);
        while let Some(group) = queue.pop_front() {
            if group == to {
                let mut path = vec![group];
                while let Some(prev) = came_from.get(path.last().unwrap_or(&String::new())) {
                    path.push(prev.clone());
                }
                path.reverse();
                return Some(path);
            }
            for target in next.get(&group).into_iter().flatten() {
                if seen.insert(target.clone()) {
                    came_from.insert(target.clone(), group.clone());
                    queue.push_back(target.clone());
                }
            }
        }
        None
    }
}

pub(crate) async fn range_all(
    svc: &LogsService,
    prefix: String,
) -> Result<Vec<keel_store::KeyValue>, LogsError> {
    let mut out = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let mut req = RangeRequest::prefix(prefix.clone()).with_limit(1000);
        if let Some(key) = after.take() {
            req = req.after(key);
        }
        let page = svc.store.range(req).await?;
        let more = page.more;
        out.extend(page.kvs);
        match (more, out.last()) {
            (true, Some(last)) => after = Some(last.key.clone()),
            _ => return Ok(out),
        }
    }
}

/// The refusal of a change after which `source`'s events would come back to it along `path`
/// (the groups from the new target to `source`).
fn loop_error(source: &str, path: &[String]) -> LogsError {
    let cycle: Vec<&str> = std::iter::once(source)
        .chain(path.iter().map(String::as_str))
        .collect();
    LogsError::invalid(format!(
        "Keel refuses a subscription delivery loop: events of {source} would be delivered back to it ({}) and around again forever.",
        cycle.join(" -> ")
    ))
}

/// A Firehose destination must be a delivery stream of this region and account the operator
/// configured an endpoint for, and CloudWatch requires a role to write to it.
fn check_firehose(
    svc: &LogsService,
    region: &str,
    account: &str,
    arn: &str,
    role_arn: Option<&str>,
) -> Result<(), LogsError> {
    if svc.firehose.for_arn(arn, region, account).is_none() {
        // CloudWatch's answer when it cannot reach the stream.
        return Err(LogsError::invalid(format!(
            "Could not deliver test message to specified Firehose stream. Check if the given \
             Firehose stream is in ACTIVE state. ({arn} is not a delivery stream configured \
             with --logs-firehose-endpoint in {region} of account {account}.)"
        )));
    }
    let Some(role) = role_arn.filter(|r| !r.is_empty()) else {
        return Err(LogsError::invalid(
            "roleArn is required when the destinationArn is a Firehose delivery stream.",
        ));
    };
    let source = format!("arn:aws:logs:{region}:{account}:*");
    if let Some(trust) = svc.role_trust.get()
        && !trust.service_may_assume(role, crate::firehose::LOGS_PRINCIPAL, &source)
    {
        return Err(LogsError::invalid(format!(
            "Could not deliver test message to specified Firehose stream. Check if the given \
             Firehose stream is in ACTIVE state. (The role {role} does not exist or does not \
             trust {} to assume it.)",
            crate::firehose::LOGS_PRINCIPAL
        )));
    }
    Ok(())
}

pub async fn put_subscription_filter(
    svc: &LogsService,
    ctx: &RequestContext,
    req: PutSubscriptionFilterRequest,
) -> Result<Empty, LogsError> {
    parse_pattern(&req.filter_pattern)?;
    let (group, group_key, group_revision) = load_group(svc, ctx, &req.log_group_name).await?;
    let region = &ctx.scope.region;
    let account = &ctx.scope.account_id;
    // From the loop check to the write, no other change can close a loop.
    let _changes = svc.subscription_changes.lock().await;
    if crate::firehose::is_firehose_arn(&req.destination_arn) {
        // A stream the operator configured; events leave Keel there, so no loop can form.
        check_firehose(
            svc,
            region,
            account,
            &req.destination_arn,
            req.role_arn.as_deref(),
        )?;
    } else {
        let into = reachable_group(svc, ctx, &req.destination_arn, "destinationArn").await?;
        if into == req.log_group_name {
            return Err(LogsError::invalid(
                "A log group cannot subscribe to itself.",
            ));
        }
        let mut graph = Graph::load(svc, region, account).await?;
        graph
            .filters
            .remove(&(req.log_group_name.clone(), req.filter_name.clone()));
        if let Some(path) = graph.path(&into, &req.log_group_name, region, account) {
            return Err(loop_error(&req.log_group_name, &path));
        }
    }
    let prefix = filters_prefix(region, &req.log_group_name);
    let key = format!("{prefix}{}", req.filter_name);
    let current = svc.store.get(&key).await?;
    let cursor_key = delivery_key(region, &req.log_group_name, &req.filter_name);
    let cursor_exists = svc.store.get(&cursor_key).await?.is_some();
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
    let mut compares = vec![Compare::mod_revision_eq(group_key, group_revision), guard];
    let mut ops = vec![Op::put(key, serde_json::to_vec(&record)?)];
    if !cursor_exists {
        // A new filter delivers what is stored from now on, as in CloudWatch; updating a
        // filter keeps its place.
        let cursor = DeliveryState::new(
            region,
            account,
            &req.log_group_name,
            &req.filter_name,
            group.events_key(region),
            svc.events.last_seq(),
        );
        compares.push(Compare::absent(cursor_key.clone()));
        ops.push(Op::put(cursor_key, serde_json::to_vec(&cursor)?));
    }
    let txn = Txn::new().when(compares).and_then(ops);
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
    let key = filter_key(&ctx.scope.region, &req.log_group_name, &req.filter_name);
    let cursor = delivery_key(&ctx.scope.region, &req.log_group_name, &req.filter_name);
    let txn = Txn::new()
        .when(vec![Compare::exists(key.clone())])
        .and_then(vec![Op::delete(key), Op::delete(cursor)]);
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
    let target = reachable_group(svc, ctx, &req.target_arn, "targetArn").await?;
    let (region, account) = (&ctx.scope.region, &ctx.scope.account_id);
    let arn = destination_arn(ctx, &req.destination_name);
    // Filters already delivering through this destination must not end up in a loop.
    let _changes = svc.subscription_changes.lock().await;
    let mut graph = Graph::load(svc, region, account).await?;
    graph.destinations.insert(arn.clone(), target.clone());
    let sources: BTreeSet<String> = graph
        .filters
        .iter()
        .filter(|(_, a)| **a == arn)
        .map(|((source, _), _)| source.clone())
        .collect();
    for source in sources {
        if source == target {
            return Err(LogsError::invalid(format!(
                "Keel refuses a delivery loop: log group {source} delivers to this destination, which cannot target it."
            )));
        }
        if let Some(path) = graph.path(&target, &source, region, account) {
            return Err(loop_error(&source, &path));
        }
    }
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
        arn: Some(arn),
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
