//! Log groups: CreateLogGroup, DeleteLogGroup, DescribeLogGroups, ListLogGroups, retention
//! policies, and tags (TagLogGroup family and TagResource family).

use std::collections::BTreeMap;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use keel_api::RequestContext;
use keel_awsmodel::logs::{
    CreateLogGroupRequest, DeleteLogGroupRequest, DeleteRetentionPolicyRequest,
    DescribeLogGroupsRequest, DescribeLogGroupsResponse, ListLogGroupsRequest,
    ListLogGroupsResponse, ListTagsForResourceRequest, ListTagsForResourceResponse,
    ListTagsLogGroupRequest, ListTagsLogGroupResponse, LogGroup, LogGroupClass, LogGroupSummary,
    PutRetentionPolicyRequest, TagLogGroupRequest, TagResourceRequest, UntagLogGroupRequest,
    UntagResourceRequest,
};
use keel_store::{Compare, KeyValue, Op, RangeRequest, Txn};
use serde::{Deserialize, Serialize};

use crate::service::LogsService;
use crate::{LogsError, metric_filters, rules, subscriptions};

/// Tags per resource, as CloudWatch Logs allows.
const MAX_TAGS: usize = 50;
/// Read-modify-write attempts before giving up on a contended record.
const MAX_ATTEMPTS: usize = 16;

/// An operation's empty answer (`{}`).
#[derive(Debug, Default, Serialize)]
pub struct Empty {}

/// What the store keeps for a log group.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct GroupRecord {
    pub name: String,
    pub creation_time: i64,
    pub retention_in_days: Option<i32>,
    pub kms_key_id: Option<String>,
    pub log_group_class: LogGroupClass,
    pub deletion_protection_enabled: bool,
    pub tags: BTreeMap<String, String>,
    /// Names this incarnation of the group in the event store, so a group deleted and created
    /// again under the same name starts without events. Records written before the event
    /// store existed have none; their creation time stands in.
    #[serde(default)]
    pub uid: String,
}

impl GroupRecord {
    fn new(name: &str) -> Self {
        Self {
            name: name.to_string(),
            creation_time: keel_types::time::now_millis(),
            retention_in_days: None,
            kms_key_id: None,
            log_group_class: LogGroupClass::Standard,
            deletion_protection_enabled: false,
            tags: BTreeMap::new(),
            uid: uuid::Uuid::new_v4().simple().to_string(),
        }
    }

    /// The group's key in the event store: `REGION:NAME:INCARNATION` (names hold no `:`).
    pub fn events_key(&self, region: &str) -> String {
        let incarnation = if self.uid.is_empty() {
            self.creation_time.to_string()
        } else {
            self.uid.clone()
        };
        format!("{region}:{}:{incarnation}", self.name)
    }
}

/// Operations that take a group by name or by ARN (`logGroupIdentifier`): exactly one.
pub fn resolve_group_name(
    name: Option<&String>,
    identifier: Option<&String>,
) -> Result<String, LogsError> {
    match (name, identifier) {
        (Some(_), Some(_)) => Err(LogsError::invalid(
            "LogGroupName and LogGroupIdentifier are mutually exclusive parameters.",
        )),
        (Some(name), None) => Ok(name.clone()),
        (None, Some(id)) => Ok(id
            .split_once(":log-group:")
            .map(|(_, rest)| rest.trim_end_matches(":*").to_string())
            .unwrap_or_else(|| id.clone())),
        (None, None) => Err(LogsError::invalid(
            "Either logGroupName or logGroupIdentifier must be specified.",
        )),
    }
}

pub(crate) fn group_key(region: &str, name: &str) -> String {
    format!("/logs/{region}/groups/{name}")
}

pub(crate) fn groups_prefix(region: &str) -> String {
    format!("/logs/{region}/groups/")
}

/// `arn:aws:logs:REGION:ACCOUNT:log-group:NAME` (DescribeLogGroups' `arn` adds `:*`).
pub fn group_arn(ctx: &RequestContext, name: &str) -> String {
    format!(
        "arn:aws:logs:{}:{}:log-group:{name}",
        ctx.scope.region, ctx.scope.account_id
    )
}

impl GroupRecord {
    fn render(&self, ctx: &RequestContext) -> LogGroup {
        let arn = group_arn(ctx, &self.name);
        LogGroup {
            log_group_name: Some(self.name.clone()),
            creation_time: Some(self.creation_time),
            retention_in_days: self.retention_in_days,
            metric_filter_count: Some(0),
            arn: Some(format!("{arn}:*")),
            stored_bytes: Some(0), // filled in from the event store by the caller
            kms_key_id: self.kms_key_id.clone(),
            log_group_class: Some(self.log_group_class),
            log_group_arn: Some(arn),
            deletion_protection_enabled: Some(self.deletion_protection_enabled),
            ..LogGroup::default()
        }
    }
}

pub(crate) fn decode(kv: &KeyValue) -> Result<GroupRecord, LogsError> {
    Ok(serde_json::from_slice(&kv.value)?)
}

async fn load(
    svc: &LogsService,
    ctx: &RequestContext,
    name: &str,
) -> Result<(GroupRecord, i64), LogsError> {
    load_in(svc, &ctx.scope.region, name).await
}

async fn load_in(
    svc: &LogsService,
    region: &str,
    name: &str,
) -> Result<(GroupRecord, i64), LogsError> {
    let kv = svc
        .store
        .get(&group_key(region, name))
        .await?
        .ok_or(LogsError::LogGroupNotFound)?;
    Ok((decode(&kv)?, kv.mod_revision))
}

/// A group's record in `region`, or ResourceNotFoundException.
pub async fn load_group_in(
    svc: &LogsService,
    region: &str,
    name: &str,
) -> Result<GroupRecord, LogsError> {
    Ok(load_in(svc, region, name).await?.0)
}

/// Stores a new group record; false if the group exists.
async fn insert_group(
    svc: &LogsService,
    region: &str,
    record: &GroupRecord,
) -> Result<bool, LogsError> {
    let key = group_key(region, &record.name);
    let txn = Txn::new()
        .when(vec![Compare::absent(key.clone())])
        .and_then(vec![Op::put(key, serde_json::to_vec(record)?)]);
    Ok(svc.store.txn(txn).await?.succeeded)
}

/// The group, created with CreateLogGroup's defaults if it does not exist (the awslogs
/// driver's `awslogs-create-group`); concurrent callers all get the one group.
pub async fn ensure_group(
    svc: &LogsService,
    region: &str,
    name: &str,
) -> Result<GroupRecord, LogsError> {
    for _ in 0..MAX_ATTEMPTS {
        match load_in(svc, region, name).await {
            Ok((record, _)) => return Ok(record),
            Err(LogsError::LogGroupNotFound) => {
                let record = GroupRecord::new(name);
                if insert_group(svc, region, &record).await? {
                    return Ok(record);
                }
            }
            Err(other) => return Err(other),
        }
    }
    Err(LogsError::OperationAborted(
        "The log group is being created and deleted concurrently. Retry your request.".into(),
    ))
}

/// A group's record with its key and revision, or ResourceNotFoundException.
pub async fn load_group(
    svc: &LogsService,
    ctx: &RequestContext,
    name: &str,
) -> Result<(GroupRecord, String, i64), LogsError> {
    let (record, revision) = load(svc, ctx, name).await?;
    Ok((record, group_key(&ctx.scope.region, name), revision))
}

/// Applies `change` to a group's record with compare-and-swap, retrying on contention.
async fn modify(
    svc: &LogsService,
    ctx: &RequestContext,
    name: &str,
    change: impl Fn(&mut GroupRecord) -> Result<(), LogsError>,
) -> Result<GroupRecord, LogsError> {
    let key = group_key(&ctx.scope.region, name);
    for _ in 0..MAX_ATTEMPTS {
        let (mut record, revision) = load(svc, ctx, name).await?;
        change(&mut record)?;
        let txn = Txn::new()
            .when(vec![Compare::mod_revision_eq(key.clone(), revision)])
            .and_then(vec![Op::put(key.clone(), serde_json::to_vec(&record)?)]);
        if svc.store.txn(txn).await?.succeeded {
            return Ok(record);
        }
    }
    Err(LogsError::OperationAborted(
        "Multiple concurrent requests to update the same resource were in conflict. Retry your request."
            .into(),
    ))
}

fn check_tags(tags: &BTreeMap<String, String>) -> Result<(), LogsError> {
    if tags
        .keys()
        .any(|k| k.to_ascii_lowercase().starts_with("aws:"))
    {
        return Err(LogsError::invalid(
            "Tag keys prefixed with 'aws:' are reserved for AWS use.",
        ));
    }
    Ok(())
}

fn merge_tags(record: &mut GroupRecord, tags: &BTreeMap<String, String>) -> Result<(), LogsError> {
    check_tags(tags)?;
    let mut merged = record.tags.clone();
    merged.extend(tags.iter().map(|(k, v)| (k.clone(), v.clone())));
    if merged.len() > MAX_TAGS {
        return Err(LogsError::TooManyTags(format!(
            "A resource can have no more than {MAX_TAGS} tags."
        )));
    }
    record.tags = merged;
    Ok(())
}

pub async fn create_log_group(
    svc: &LogsService,
    ctx: &RequestContext,
    req: CreateLogGroupRequest,
) -> Result<Empty, LogsError> {
    rules::check_group_name(&req.log_group_name)?;
    let tags = req.tags.unwrap_or_default();
    check_tags(&tags)?;
    if tags.len() > MAX_TAGS {
        return Err(LogsError::invalid(format!(
            "A log group can have no more than {MAX_TAGS} tags."
        )));
    }
    let record = GroupRecord {
        kms_key_id: req.kms_key_id,
        log_group_class: req.log_group_class.unwrap_or(LogGroupClass::Standard),
        deletion_protection_enabled: req.deletion_protection_enabled.unwrap_or(false),
        tags,
        ..GroupRecord::new(&req.log_group_name)
    };
    if insert_group(svc, &ctx.scope.region, &record).await? {
        Ok(Empty {})
    } else {
        Err(LogsError::LogGroupExists)
    }
}

pub async fn delete_log_group(
    svc: &LogsService,
    ctx: &RequestContext,
    req: DeleteLogGroupRequest,
) -> Result<Empty, LogsError> {
    let key = group_key(&ctx.scope.region, &req.log_group_name);
    let (record, revision) = load(svc, ctx, &req.log_group_name).await?;
    if record.deletion_protection_enabled {
        return Err(LogsError::Validation(format!(
            "Log group {} has deletion protection enabled; disable it before deleting the log group.",
            req.log_group_name
        )));
    }
    // The group's metric and subscription filters (and their delivery cursors) go with it, in
    // the same transaction.
    let txn = Txn::new()
        .when(vec![Compare::mod_revision_eq(key.clone(), revision)])
        .and_then(vec![
            Op::delete(key),
            metric_filters::delete_all_op(&ctx.scope.region, &req.log_group_name),
            subscriptions::delete_all_op(&ctx.scope.region, &req.log_group_name),
            subscriptions::delete_all_deliveries_op(&ctx.scope.region, &req.log_group_name),
        ]);
    if svc.store.txn(txn).await?.succeeded {
        // Then its streams and events. Were the process to die in between, the events are
        // already unreachable (a new group of that name has another incarnation) and the
        // retention task deletes them as an orphan.
        svc.events
            .delete_group(&record.events_key(&ctx.scope.region))
            .await?;
        Ok(Empty {})
    } else {
        Err(LogsError::OperationAborted(
            "The log group was modified while it was being deleted. Retry your request.".into(),
        ))
    }
}

/// An opaque page token: the last group name returned.
fn encode_token(last: &str) -> String {
    URL_SAFE_NO_PAD.encode(last)
}

fn decode_token(token: &str) -> Result<String, LogsError> {
    URL_SAFE_NO_PAD
        .decode(token)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .ok_or_else(|| LogsError::invalid("The specified nextToken is not valid."))
}

/// Every group of the region whose name passes `keep`, in name order, after `after`.
async fn groups_page(
    svc: &LogsService,
    ctx: &RequestContext,
    prefix: &str,
    after: Option<String>,
    limit: usize,
    keep: impl Fn(&GroupRecord) -> bool,
) -> Result<(Vec<GroupRecord>, Option<String>), LogsError> {
    let base = groups_prefix(&ctx.scope.region);
    let mut out = Vec::new();
    let mut cursor = after.map(|name| format!("{base}{name}"));
    loop {
        let mut req = RangeRequest::prefix(format!("{base}{prefix}")).with_limit(1000);
        if let Some(key) = cursor.take() {
            req = req.after(key);
        }
        let page = svc.store.range(req).await?;
        for kv in &page.kvs {
            let record = decode(kv)?;
            if keep(&record) {
                if out.len() == limit {
                    let last: &GroupRecord = out.last().expect("limit >= 1");
                    return Ok((out.clone(), Some(encode_token(&last.name))));
                }
                out.push(record);
            }
        }
        match (page.more, page.kvs.last()) {
            (true, Some(last)) => cursor = Some(last.key.clone()),
            _ => return Ok((out, None)),
        }
    }
}

pub async fn describe_log_groups(
    svc: &LogsService,
    ctx: &RequestContext,
    req: DescribeLogGroupsRequest,
) -> Result<DescribeLogGroupsResponse, LogsError> {
    if req.log_group_name_prefix.is_some() && req.log_group_name_pattern.is_some() {
        return Err(LogsError::invalid(
            "LogGroupNamePrefix and LogGroupNamePattern are mutually exclusive parameters.",
        ));
    }
    let limit = usize::try_from(req.limit.unwrap_or(50)).unwrap_or(50);
    let after = req.next_token.as_deref().map(decode_token).transpose()?;
    let pattern = req.log_group_name_pattern.map(|p| p.to_lowercase());
    let identifiers: Option<Vec<String>> = req.log_group_identifiers.map(|ids| {
        ids.into_iter()
            .map(|id| {
                // A group ARN names the group after `log-group:`.
                id.split_once(":log-group:")
                    .map(|(_, rest)| rest.trim_end_matches(":*").to_string())
                    .unwrap_or(id)
            })
            .collect()
    });
    let class = req.log_group_class;
    let (groups, next_token) = groups_page(
        svc,
        ctx,
        req.log_group_name_prefix.as_deref().unwrap_or(""),
        after,
        limit,
        |g| {
            pattern
                .as_ref()
                .is_none_or(|p| g.name.to_lowercase().contains(p.as_str()))
                && identifiers.as_ref().is_none_or(|ids| ids.contains(&g.name))
                && class.is_none_or(|c| g.log_group_class == c)
        },
    )
    .await?;
    let mut rendered = Vec::with_capacity(groups.len());
    for group in &groups {
        let mut g = group.render(ctx);
        g.stored_bytes = Some(
            svc.events
                .group(&group.events_key(&ctx.scope.region))
                .map_or(0, |info| {
                    i64::try_from(info.stored_bytes).unwrap_or(i64::MAX)
                }),
        );
        g.metric_filter_count =
            Some(metric_filters::count_for_group(svc, &ctx.scope.region, &group.name).await?);
        rendered.push(g);
    }
    Ok(DescribeLogGroupsResponse {
        log_groups: Some(rendered),
        next_token,
    })
}

pub async fn list_log_groups(
    svc: &LogsService,
    ctx: &RequestContext,
    req: ListLogGroupsRequest,
) -> Result<ListLogGroupsResponse, LogsError> {
    let limit = usize::try_from(req.limit.unwrap_or(50)).unwrap_or(50);
    let after = req.next_token.as_deref().map(decode_token).transpose()?;
    // ListLogGroups' pattern is a case-sensitive substring, or `^prefix`.
    let pattern = req.log_group_name_pattern.clone();
    let class = req.log_group_class;
    let (groups, next_token) = groups_page(svc, ctx, "", after, limit, |g| {
        let name_ok = match pattern.as_deref() {
            None => true,
            Some(p) => match p.strip_prefix('^') {
                Some(prefix) => g.name.starts_with(prefix),
                None => g.name.contains(p),
            },
        };
        name_ok && class.is_none_or(|c| g.log_group_class == c)
    })
    .await?;
    Ok(ListLogGroupsResponse {
        log_groups: Some(
            groups
                .iter()
                .map(|g| LogGroupSummary {
                    log_group_name: Some(g.name.clone()),
                    log_group_arn: Some(group_arn(ctx, &g.name)),
                    log_group_class: Some(g.log_group_class),
                })
                .collect(),
        ),
        next_token,
    })
}

pub async fn put_retention_policy(
    svc: &LogsService,
    ctx: &RequestContext,
    req: PutRetentionPolicyRequest,
) -> Result<Empty, LogsError> {
    rules::check_retention(req.retention_in_days)?;
    modify(svc, ctx, &req.log_group_name, |g| {
        g.retention_in_days = Some(req.retention_in_days);
        Ok(())
    })
    .await?;
    Ok(Empty {})
}

pub async fn delete_retention_policy(
    svc: &LogsService,
    ctx: &RequestContext,
    req: DeleteRetentionPolicyRequest,
) -> Result<Empty, LogsError> {
    modify(svc, ctx, &req.log_group_name, |g| {
        g.retention_in_days = None;
        Ok(())
    })
    .await?;
    Ok(Empty {})
}

pub async fn tag_log_group(
    svc: &LogsService,
    ctx: &RequestContext,
    req: TagLogGroupRequest,
) -> Result<Empty, LogsError> {
    modify(svc, ctx, &req.log_group_name, |g| merge_tags(g, &req.tags)).await?;
    Ok(Empty {})
}

pub async fn untag_log_group(
    svc: &LogsService,
    ctx: &RequestContext,
    req: UntagLogGroupRequest,
) -> Result<Empty, LogsError> {
    modify(svc, ctx, &req.log_group_name, |g| {
        for key in &req.tags {
            g.tags.remove(key);
        }
        Ok(())
    })
    .await?;
    Ok(Empty {})
}

pub async fn list_tags_log_group(
    svc: &LogsService,
    ctx: &RequestContext,
    req: ListTagsLogGroupRequest,
) -> Result<ListTagsLogGroupResponse, LogsError> {
    let (record, _) = load(svc, ctx, &req.log_group_name).await?;
    Ok(ListTagsLogGroupResponse {
        tags: Some(record.tags),
    })
}

/// The group a resource ARN names, if it is a log group of this account and region.
fn group_of_arn(ctx: &RequestContext, arn: &str) -> Result<String, LogsError> {
    let prefix = format!(
        "arn:aws:logs:{}:{}:log-group:",
        ctx.scope.region, ctx.scope.account_id
    );
    match arn.strip_prefix(&prefix) {
        Some(name) if !name.is_empty() => Ok(name.trim_end_matches(":*").to_string()),
        _ if arn.starts_with("arn:aws:logs:") => Err(LogsError::ResourceNotFound(format!(
            "The specified resource does not exist: {arn}"
        ))),
        _ => Err(LogsError::invalid(format!(
            "The specified resource ARN is not valid: {arn}"
        ))),
    }
}

fn missing_resource(arn: &str) -> impl Fn(LogsError) -> LogsError + '_ {
    move |err| match err {
        LogsError::LogGroupNotFound => {
            LogsError::ResourceNotFound(format!("The specified resource does not exist: {arn}"))
        }
        other => other,
    }
}

pub async fn tag_resource(
    svc: &LogsService,
    ctx: &RequestContext,
    req: TagResourceRequest,
) -> Result<Empty, LogsError> {
    let name = group_of_arn(ctx, &req.resource_arn)?;
    modify(svc, ctx, &name, |g| merge_tags(g, &req.tags))
        .await
        .map_err(missing_resource(&req.resource_arn))?;
    Ok(Empty {})
}

pub async fn untag_resource(
    svc: &LogsService,
    ctx: &RequestContext,
    req: UntagResourceRequest,
) -> Result<Empty, LogsError> {
    let name = group_of_arn(ctx, &req.resource_arn)?;
    modify(svc, ctx, &name, |g| {
        for key in &req.tag_keys {
            g.tags.remove(key);
        }
        Ok(())
    })
    .await
    .map_err(missing_resource(&req.resource_arn))?;
    Ok(Empty {})
}

pub async fn list_tags_for_resource(
    svc: &LogsService,
    ctx: &RequestContext,
    req: ListTagsForResourceRequest,
) -> Result<ListTagsForResourceResponse, LogsError> {
    let name = group_of_arn(ctx, &req.resource_arn)?;
    let (record, _) = load(svc, ctx, &name)
        .await
        .map_err(missing_resource(&req.resource_arn))?;
    Ok(ListTagsForResourceResponse {
        tags: Some(record.tags),
    })
}
