//! Log streams: CreateLogStream, DeleteLogStream, DescribeLogStreams.
//!
//! Streams live in the event store with their events and statistics (not in the control-plane
//! store): the ingest path creates them on demand at the rate tasks start, and
//! DescribeLogStreams reads a stream's creation time and statistics from the one place that
//! updates them. The group's record (in the control-plane store) must exist for any of these.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use keel_api::RequestContext;
use keel_awsmodel::logs::{
    CreateLogStreamRequest, DeleteLogStreamRequest, DescribeLogStreamsRequest,
    DescribeLogStreamsResponse, LogStream, OrderBy,
};
use keel_logstore::{LogStoreError, StreamInfo, StreamOrder, StreamStats};

use crate::groups::{Empty, group_arn, load_group, resolve_group_name};
use crate::service::LogsService;
use crate::{LogsError, rules};

pub async fn create_log_stream(
    svc: &LogsService,
    ctx: &RequestContext,
    req: CreateLogStreamRequest,
) -> Result<Empty, LogsError> {
    rules::check_stream_name(&req.log_stream_name)?;
    let (group, _, _) = load_group(svc, ctx, &req.log_group_name).await?;
    svc.events
        .create_stream(
            &group.events_key(&ctx.scope.region),
            &req.log_stream_name,
            keel_types::time::now_millis(),
        )
        .await?;
    Ok(Empty {})
}

pub async fn delete_log_stream(
    svc: &LogsService,
    ctx: &RequestContext,
    req: DeleteLogStreamRequest,
) -> Result<Empty, LogsError> {
    let (group, _, _) = load_group(svc, ctx, &req.log_group_name).await?;
    svc.events
        .delete_stream(&group.events_key(&ctx.scope.region), &req.log_stream_name)
        .await?;
    Ok(Empty {})
}

/// DescribeLogStreams' token: the last stream returned, with its last event time when the
/// order is by it.
fn encode_token(order: OrderBy, last: &StreamInfo) -> String {
    let text = match order {
        OrderBy::LastEventTime => format!(
            "t{}:{}",
            last.stats.last_event_timestamp.unwrap_or(0),
            last.name
        ),
        _ => format!("n{}", last.name),
    };
    URL_SAFE_NO_PAD.encode(text)
}

fn decode_token(order: OrderBy, token: &str) -> Result<StreamInfo, LogsError> {
    let invalid = || LogsError::invalid("The specified nextToken is not valid.");
    let text = URL_SAFE_NO_PAD
        .decode(token)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .ok_or_else(invalid)?;
    let (name, last_event) = match (order, text.split_at_checked(1)) {
        (OrderBy::LastEventTime, Some(("t", rest))) => {
            let (ts, name) = rest.split_once(':').ok_or_else(invalid)?;
            (
                name.to_string(),
                Some(ts.parse::<i64>().map_err(|_| invalid())?),
            )
        }
        (OrderBy::LogStreamName, Some(("n", name))) => (name.to_string(), None),
        _ => return Err(invalid()),
    };
    Ok(StreamInfo {
        name,
        creation_time: 0,
        stored_bytes: 0,
        stats: StreamStats {
            last_event_timestamp: last_event,
            ..StreamStats::default()
        },
    })
}

pub async fn describe_log_streams(
    svc: &LogsService,
    ctx: &RequestContext,
    req: DescribeLogStreamsRequest,
) -> Result<DescribeLogStreamsResponse, LogsError> {
    let name = resolve_group_name(
        req.log_group_name.as_ref(),
        req.log_group_identifier.as_ref(),
    )?;
    let order = req.order_by.unwrap_or(OrderBy::LogStreamName);
    if order == OrderBy::LastEventTime && req.log_stream_name_prefix.is_some() {
        return Err(LogsError::invalid(
            "Cannot order by LastEventTime with a logStreamNamePrefix.",
        ));
    }
    let (group, _, _) = load_group(svc, ctx, &name).await?;
    let limit = usize::try_from(req.limit.unwrap_or(50)).unwrap_or(50);
    let after = req
        .next_token
        .as_deref()
        .map(|t| decode_token(order, t))
        .transpose()?;
    let descending = req.descending.unwrap_or(false);
    let store_order = match (order, descending) {
        (OrderBy::LastEventTime, false) => StreamOrder::LastEventAscending,
        (OrderBy::LastEventTime, true) => StreamOrder::LastEventDescending,
        (_, false) => StreamOrder::NameAscending,
        (_, true) => StreamOrder::NameDescending,
    };
    let (page, more) = svc.events.list_streams(
        &group.events_key(&ctx.scope.region),
        req.log_stream_name_prefix.as_deref().unwrap_or(""),
        store_order,
        after.as_ref(),
        limit,
    );
    let next_token = more
        .then(|| page.last().map(|s| encode_token(order, s)))
        .flatten();
    let arn_prefix = group_arn(ctx, &name);
    Ok(DescribeLogStreamsResponse {
        log_streams: Some(
            page.into_iter()
                .map(|s| LogStream {
                    arn: Some(format!("{arn_prefix}:log-stream:{}", s.name)),
                    log_stream_name: Some(s.name),
                    creation_time: Some(s.creation_time),
                    first_event_timestamp: s.stats.first_event_timestamp,
                    last_event_timestamp: s.stats.last_event_timestamp,
                    last_ingestion_time: s.stats.last_ingestion_time,
                    // Ignored by PutLogEvents; still reported for clients that read it.
                    upload_sequence_token: Some(format!("{:056}", s.stats.event_count)),
                    // CloudWatch reports 0 for streams since 2019 (groups carry the size).
                    stored_bytes: Some(0),
                })
                .collect(),
        ),
        next_token,
    })
}

/// Stream records as versions before the event store kept them in the control-plane store.
#[derive(serde::Deserialize)]
struct LegacyStreamRecord {
    name: String,
    creation_time: i64,
}

impl LogsService {
    /// Moves stream records left in the control-plane store by earlier versions
    /// (`/logs/REGION/streams/GROUP\u{1}STREAM`) into the event store; run once at start.
    /// Returns how many were moved.
    pub async fn migrate_stream_records(&self) -> Result<usize, LogsError> {
        let page = self
            .store
            .range(keel_store::RangeRequest::prefix("/logs/".to_string()))
            .await?;
        let mut moved = 0;
        for kv in &page.kvs {
            let mut parts = kv.key.splitn(5, '/').skip(2);
            let (Some(region), Some("streams"), Some(rest)) =
                (parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            let Some((group_name, _)) = rest.split_once('\u{1}') else {
                continue;
            };
            let Ok(record) = serde_json::from_slice::<LegacyStreamRecord>(&kv.value) else {
                continue;
            };
            if let Ok(group) = crate::groups::load_group_in(self, region, group_name).await {
                match self
                    .events
                    .create_stream(
                        &group.events_key(region),
                        &record.name,
                        record.creation_time,
                    )
                    .await
                {
                    Ok(()) | Err(LogStoreError::StreamExists) => {}
                    Err(err) => return Err(err.into()),
                }
            }
            self.store
                .txn(keel_store::Txn::new().and_then(vec![keel_store::Op::delete(kv.key.clone())]))
                .await?;
            moved += 1;
        }
        Ok(moved)
    }
}
