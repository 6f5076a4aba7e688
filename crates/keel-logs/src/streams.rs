//! Log streams: CreateLogStream, DeleteLogStream, DescribeLogStreams.
//!
//! A stream's existence and creation time are records in the control-plane store under
//! `/logs/REGION/streams/GROUP\u{1}STREAM`; its events and event statistics belong to the event
//! store. Deleting a group deletes its streams in the same transaction.

use keel_api::RequestContext;
use keel_awsmodel::logs::{
    CreateLogStreamRequest, DeleteLogStreamRequest, DescribeLogStreamsRequest,
    DescribeLogStreamsResponse, LogStream, OrderBy,
};
use keel_store::{Compare, Op, Txn};
use serde::{Deserialize, Serialize};

use crate::groups::{Empty, group_arn, load_group};
use crate::service::LogsService;
use crate::{LogsError, paging, rules};

/// Ends a group name in keys; sorts below every character a group name may hold.
const GROUP_END: char = '\u{1}';

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct StreamRecord {
    pub name: String,
    pub creation_time: i64,
}

fn streams_prefix(region: &str, group: &str) -> String {
    format!("/logs/{region}/streams/{group}{GROUP_END}")
}

fn stream_key(region: &str, group: &str, stream: &str) -> String {
    format!("{}{stream}", streams_prefix(region, group))
}

/// Deletes every stream record of `group` (used when the group is deleted).
pub fn delete_all_op(region: &str, group: &str) -> Op {
    Op::delete_prefix(streams_prefix(region, group))
}

/// `DescribeLogStreams` accepts the group by name or by ARN (`logGroupIdentifier`).
fn group_name(req: &DescribeLogStreamsRequest) -> Result<String, LogsError> {
    match (&req.log_group_name, &req.log_group_identifier) {
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

pub async fn create_log_stream(
    svc: &LogsService,
    ctx: &RequestContext,
    req: CreateLogStreamRequest,
) -> Result<Empty, LogsError> {
    rules::check_stream_name(&req.log_stream_name)?;
    let (_, group_key, group_revision) = load_group(svc, ctx, &req.log_group_name).await?;
    let key = stream_key(&ctx.scope.region, &req.log_group_name, &req.log_stream_name);
    let record = StreamRecord {
        name: req.log_stream_name,
        creation_time: keel_types::time::now_millis(),
    };
    // Guarded by the group's revision so a stream is never created in a group being deleted.
    let txn = Txn::new()
        .when(vec![
            Compare::mod_revision_eq(group_key, group_revision),
            Compare::absent(key.clone()),
        ])
        .and_then(vec![Op::put(key.clone(), serde_json::to_vec(&record)?)]);
    if svc.store.txn(txn).await?.succeeded {
        return Ok(Empty {});
    }
    if svc.store.get(&key).await?.is_some() {
        Err(LogsError::LogStreamExists)
    } else {
        Err(LogsError::OperationAborted(
            "The log group changed while the stream was being created. Retry your request.".into(),
        ))
    }
}

pub async fn delete_log_stream(
    svc: &LogsService,
    ctx: &RequestContext,
    req: DeleteLogStreamRequest,
) -> Result<Empty, LogsError> {
    load_group(svc, ctx, &req.log_group_name).await?;
    let key = stream_key(&ctx.scope.region, &req.log_group_name, &req.log_stream_name);
    let txn = Txn::new()
        .when(vec![Compare::exists(key.clone())])
        .and_then(vec![Op::delete(key)]);
    if svc.store.txn(txn).await?.succeeded {
        Ok(Empty {})
    } else {
        Err(LogsError::LogStreamNotFound)
    }
}

pub async fn describe_log_streams(
    svc: &LogsService,
    ctx: &RequestContext,
    req: DescribeLogStreamsRequest,
) -> Result<DescribeLogStreamsResponse, LogsError> {
    let group = group_name(&req)?;
    let order = req.order_by.unwrap_or(OrderBy::LogStreamName);
    if order == OrderBy::LastEventTime && req.log_stream_name_prefix.is_some() {
        return Err(LogsError::invalid(
            "Cannot order by LastEventTime with a logStreamNamePrefix.",
        ));
    }
    load_group(svc, ctx, &group).await?;
    let limit = usize::try_from(req.limit.unwrap_or(50)).unwrap_or(50);
    let prefix = format!(
        "{}{}",
        streams_prefix(&ctx.scope.region, &group),
        req.log_stream_name_prefix.as_deref().unwrap_or("")
    );
    // Streams have no events yet, so LastEventTime orders like the name; descending order
    // walks the same sequence backwards. Either way the token is the last stream returned.
    let mut all: Vec<StreamRecord> = paging::page(svc, &prefix, None, usize::MAX, |kv| {
        Ok(Some(serde_json::from_slice::<StreamRecord>(&kv.value)?))
    })
    .await?
    .0;
    if req.descending.unwrap_or(false) {
        all.reverse();
    }
    let start = match req.next_token.as_deref().map(paging::decode).transpose()? {
        Some(after) => all
            .iter()
            .position(|s| s.name == after)
            .map(|i| i + 1)
            .ok_or_else(|| LogsError::invalid("The specified nextToken is not valid."))?,
        None => 0,
    };
    let page: Vec<&StreamRecord> = all.iter().skip(start).take(limit).collect();
    let next_token = (start + page.len() < all.len())
        .then(|| page.last().map(|s| paging::encode(&s.name)))
        .flatten();
    let arn_prefix = group_arn(ctx, &group);
    Ok(DescribeLogStreamsResponse {
        log_streams: Some(
            page.into_iter()
                .map(|s| LogStream {
                    log_stream_name: Some(s.name.clone()),
                    creation_time: Some(s.creation_time),
                    arn: Some(format!("{arn_prefix}:log-stream:{}", s.name)),
                    stored_bytes: Some(0),
                    ..LogStream::default()
                })
                .collect(),
        ),
        next_token,
    })
}
