//! Metric filters: PutMetricFilter, DescribeMetricFilters, DeleteMetricFilter. A filter's
//! pattern and value references are checked when it is put; the metric values it produces are
//! computed from ingested events once the log store and the metrics service exist.

use keel_api::RequestContext;
use keel_awsmodel::logs::{
    DeleteMetricFilterRequest, DescribeMetricFiltersRequest, DescribeMetricFiltersResponse,
    MetricFilter, PutMetricFilterRequest,
};
use keel_store::{Compare, KeyValue, Op, RangeRequest, Txn};

use crate::groups::{Empty, load_group};
use crate::patterns::parse_pattern;
use crate::service::LogsService;
use crate::{LogsError, paging};

/// Metric filters per log group, as CloudWatch Logs allows.
const MAX_FILTERS_PER_GROUP: usize = 100;

/// Ends a group's name in a key. It sorts below every character a group name may hold, so a
/// group's filters are exactly the keys under its prefix (never those of a group whose name
/// extends it) and filters list in group-name order.
const GROUP_END: char = '\u{1}';

fn filters_prefix(region: &str) -> String {
    format!("/logs/{region}/metric-filters/")
}

fn group_filters_prefix(region: &str, group: &str) -> String {
    format!("{}{group}{GROUP_END}", filters_prefix(region))
}

fn filter_key(region: &str, group: &str, filter: &str) -> String {
    format!("{}{filter}", group_filters_prefix(region, group))
}

fn check_value(
    pattern: &keel_logpattern::Pattern,
    value: &str,
    what: &str,
) -> Result<(), LogsError> {
    let numeric = value.parse::<f64>().is_ok_and(f64::is_finite);
    if numeric || pattern.accepts_value_reference(value) {
        Ok(())
    } else {
        Err(LogsError::invalid(format!(
            "Invalid {what} '{value}': it must be a number or name a field of the filter pattern."
        )))
    }
}

pub async fn put_metric_filter(
    svc: &LogsService,
    ctx: &RequestContext,
    req: PutMetricFilterRequest,
) -> Result<Empty, LogsError> {
    let pattern = parse_pattern(&req.filter_pattern)?;
    for t in &req.metric_transformations {
        check_value(&pattern, &t.metric_value, "metricValue")?;
        let dimensions = t.dimensions.as_ref().map_or(0, |d| d.len());
        if dimensions > 3 {
            return Err(LogsError::invalid(
                "A metric transformation can have at most 3 dimensions.",
            ));
        }
        if dimensions > 0 && t.default_value.is_some() {
            return Err(LogsError::invalid(
                "A metric transformation with dimensions cannot have a default value.",
            ));
        }
        for value in t.dimensions.iter().flat_map(|d| d.values()) {
            check_value(&pattern, value, "dimension value")?;
        }
    }
    // The group must exist; its revision guards against a delete racing with this put.
    let (_, group_key, group_revision) = load_group(svc, ctx, &req.log_group_name).await?;
    let region = &ctx.scope.region;
    let key = filter_key(region, &req.log_group_name, &req.filter_name);
    let existing = svc
        .store
        .range(RangeRequest::prefix(group_filters_prefix(region, &req.log_group_name)).count_only())
        .await?
        .count;
    let current = svc.store.get(&key).await?;
    if current.is_none() && existing >= MAX_FILTERS_PER_GROUP {
        return Err(LogsError::LimitExceeded(format!(
            "Resource limit exceeded: a log group can have at most {MAX_FILTERS_PER_GROUP} metric filters."
        )));
    }
    let creation_time = match &current {
        Some(kv) => decode(kv)?.creation_time,
        None => Some(keel_types::time::now_millis()),
    };
    let record = MetricFilter {
        filter_name: Some(req.filter_name.clone()),
        filter_pattern: Some(req.filter_pattern.clone()),
        metric_transformations: Some(req.metric_transformations.clone()),
        creation_time,
        log_group_name: Some(req.log_group_name.clone()),
        apply_on_transformed_logs: req.apply_on_transformed_logs,
        field_selection_criteria: req.field_selection_criteria.clone(),
        emit_system_field_dimensions: req.emit_system_field_dimensions.clone(),
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

fn decode(kv: &KeyValue) -> Result<MetricFilter, LogsError> {
    Ok(serde_json::from_slice(&kv.value)?)
}

pub async fn describe_metric_filters(
    svc: &LogsService,
    ctx: &RequestContext,
    req: DescribeMetricFiltersRequest,
) -> Result<DescribeMetricFiltersResponse, LogsError> {
    if req.filter_name_prefix.is_some() && req.log_group_name.is_none() {
        return Err(LogsError::invalid(
            "If you specify filterNamePrefix, you must also specify logGroupName.",
        ));
    }
    if req.metric_name.is_some() != req.metric_namespace.is_some() {
        return Err(LogsError::invalid(
            "metricName and metricNamespace must be specified together.",
        ));
    }
    let region = &ctx.scope.region;
    let prefix = match &req.log_group_name {
        Some(group) => {
            load_group(svc, ctx, group).await?;
            format!(
                "{}{}",
                group_filters_prefix(region, group),
                req.filter_name_prefix.as_deref().unwrap_or("")
            )
        }
        None => filters_prefix(region),
    };
    let limit = usize::try_from(req.limit.unwrap_or(50)).unwrap_or(50);
    let after = req.next_token.as_deref().map(paging::decode).transpose()?;
    let wanted = |f: &MetricFilter| match (&req.metric_name, &req.metric_namespace) {
        (Some(name), Some(namespace)) => f
            .metric_transformations
            .iter()
            .flatten()
            .any(|t| &t.metric_name == name && &t.metric_namespace == namespace),
        _ => true,
    };
    let (filters, next_token) = paging::page(svc, &prefix, after, limit, |kv| {
        Ok(Some(decode(kv)?).filter(wanted))
    })
    .await?;
    Ok(DescribeMetricFiltersResponse {
        metric_filters: Some(filters),
        next_token,
    })
}

pub async fn delete_metric_filter(
    svc: &LogsService,
    ctx: &RequestContext,
    req: DeleteMetricFilterRequest,
) -> Result<Empty, LogsError> {
    load_group(svc, ctx, &req.log_group_name).await?;
    let key = filter_key(&ctx.scope.region, &req.log_group_name, &req.filter_name);
    let txn = Txn::new()
        .when(vec![Compare::exists(key.clone())])
        .and_then(vec![Op::delete(key)]);
    if svc.store.txn(txn).await?.succeeded {
        Ok(Empty {})
    } else {
        Err(LogsError::ResourceNotFound(
            "The specified metric filter does not exist.".into(),
        ))
    }
}

/// How many metric filters `group` has (DescribeLogGroups' metricFilterCount).
pub async fn count_for_group(
    svc: &LogsService,
    region: &str,
    group: &str,
) -> Result<i32, LogsError> {
    let count = svc
        .store
        .range(RangeRequest::prefix(group_filters_prefix(region, group)).count_only())
        .await?
        .count;
    Ok(i32::try_from(count).unwrap_or(i32::MAX))
}

/// Deletes every metric filter of `group` (used when the group is deleted).
pub fn delete_all_op(region: &str, group: &str) -> Op {
    Op::delete_prefix(group_filters_prefix(region, group))
}
