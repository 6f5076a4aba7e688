//! Log events: PutLogEvents, GetLogEvents, FilterLogEvents, GetLogRecord, and the internal
//! ingest path of the host agent ([`LogsService::ingest`]).
//!
//! Events live in the event store (`keel-logstore`) under the group's store key
//! ([`crate::groups::GroupRecord::events_key`]), which names the group's incarnation, so a
//! group deleted and created again starts empty.
//!
//! Reads never return events older than the group's retention: the cutoff is applied to every
//! read here, and the retention task ([`crate::retention`]) makes the store forget them and
//! frees their space.

use std::sync::Arc;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use keel_api::RequestContext;
use keel_awsmodel::logs::{
    FilterLogEventsRequest, FilterLogEventsResponse, FilteredLogEvent, GetLogEventsRequest,
    GetLogEventsResponse, GetLogRecordRequest, GetLogRecordResponse, OutputLogEvent,
    PutLogEventsRequest, PutLogEventsResponse, RejectedLogEventsInfo,
};
use keel_logstore::{Direction, Event, NewEvent, Position, ScanRequest, StreamFilter};

use crate::LogsError;
use crate::groups::{GroupRecord, load_group, resolve_group_name};
use crate::patterns::parse_pattern;
use crate::rules::{self, InputEvent};
use crate::service::LogsService;

/// GetLogEvents and FilterLogEvents answer at most this many message bytes per page.
pub const MAX_PAGE_BYTES: usize = 1_048_576;
/// Default and largest page size, in events.
pub const MAX_PAGE_EVENTS: usize = 10_000;
/// FilterLogEvents reads at most this many raw bytes per call before answering with what it
/// found and a token to go on from (as CloudWatch, it may answer a partial or empty page).
pub const FILTER_SCAN_BUDGET: u64 = 256 << 20;

const DAY_MS: i64 = 24 * 3600 * 1000;

/// The oldest timestamp a read may return for a group with this retention, at `now`.
pub fn retention_cutoff(retention_days: Option<i32>, now: i64) -> i64 {
    retention_days.map_or(i64::MIN, |d| now - i64::from(d) * DAY_MS)
}

/// 56 decimal digits: the timestamp (offset to be non-negative) and the sequence number, 20
/// digits each, then 16 zeros, the shape of CloudWatch's event ids and token bodies.
fn position_digits(p: Position) -> String {
    let ts = (i128::from(p.timestamp) + (1i128 << 63)) as u64;
    format!("{ts:020}{:020}{:016}", p.seq, 0)
}

fn parse_position_digits(digits: &str) -> Option<Position> {
    if digits.len() != 56 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let ts: u64 = digits[..20].parse().ok()?;
    let seq: u64 = digits[20..40].parse().ok()?;
    Some(Position {
        timestamp: (i128::from(ts) - (1i128 << 63)) as i64,
        seq,
    })
}

/// A GetLogEvents token: `f/<digits>/s` reads forward after the position, `b/<digits>/s`
/// backward before it (CloudWatch's token shape).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum StreamToken {
    Forward(Position),
    Backward(Position),
}

impl StreamToken {
    fn encode(self) -> String {
        match self {
            Self::Forward(p) => format!("f/{}/s", position_digits(p)),
            Self::Backward(p) => format!("b/{}/s", position_digits(p)),
        }
    }

    fn parse(token: &str) -> Result<Self, LogsError> {
        let invalid = || LogsError::invalid("The specified nextToken is invalid.");
        let body = token.strip_suffix("/s").ok_or_else(invalid)?;
        if let Some(d) = body.strip_prefix("f/") {
            parse_position_digits(d)
                .map(Self::Forward)
                .ok_or_else(invalid)
        } else if let Some(d) = body.strip_prefix("b/") {
            parse_position_digits(d)
                .map(Self::Backward)
                .ok_or_else(invalid)
        } else {
            Err(invalid())
        }
    }
}

/// The event id FilterLogEvents reports: unique per event, stable across calls.
pub(crate) fn event_id(p: Position) -> String {
    position_digits(p)
}

/// Runs blocking store reads off the async workers.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, LogsError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|err| LogsError::Internal(format!("read task failed: {err}")))
}

fn rejected_info(v: &rules::BatchVerdict) -> Option<RejectedLogEventsInfo> {
    let idx = |i: usize| i32::try_from(i).unwrap_or(i32::MAX);
    let info = RejectedLogEventsInfo {
        too_new_log_event_start_index: v.too_new_start_index.map(idx),
        too_old_log_event_end_index: v.too_old_end_index.map(idx),
        expired_log_event_end_index: v.expired_end_index.map(idx),
    };
    (info != RejectedLogEventsInfo::default()).then_some(info)
}

pub async fn put_log_events(
    svc: &LogsService,
    ctx: &RequestContext,
    req: PutLogEventsRequest,
) -> Result<PutLogEventsResponse, LogsError> {
    // The sequence token is accepted and ignored, as CloudWatch does now.
    let (group, _, _) = load_group(svc, ctx, &req.log_group_name).await?;
    let now = keel_types::time::now_millis();
    let events: Vec<InputEvent> = req
        .log_events
        .into_iter()
        .map(|e| InputEvent {
            timestamp: e.timestamp,
            message: e.message,
        })
        .collect();
    let verdict = rules::check_batch(&events, now, group.retention_in_days)?;
    let key = group.events_key(&ctx.scope.region);
    let accepted: Vec<NewEvent> = events
        .into_iter()
        .skip(verdict.accepted.start)
        .take(verdict.accepted.len())
        .map(|e| NewEvent {
            timestamp: e.timestamp,
            message: e.message,
        })
        .collect();
    let last_seq = if accepted.is_empty() {
        // Nothing to store, but a missing stream is still an error.
        svc.events
            .stream(&key, &req.log_stream_name)
            .ok_or(LogsError::LogStreamNotFound)?;
        None
    } else {
        let outcome = svc
            .events
            .append(&key, &req.log_stream_name, None, now, accepted)
            .await?;
        Some(outcome.last_seq)
    };
    Ok(PutLogEventsResponse {
        next_sequence_token: Some(format!("{:056}", last_seq.unwrap_or(0))),
        rejected_log_events_info: rejected_info(&verdict),
        rejected_entity_info: None,
    })
}

fn output(e: &Event) -> OutputLogEvent {
    OutputLogEvent {
        timestamp: Some(e.timestamp),
        message: Some(e.message.clone()),
        ingestion_time: Some(e.ingestion_time),
    }
}

/// Takes events from a scan up to `limit` events and [`MAX_PAGE_BYTES`] of messages (at least
/// one event, whatever its size).
fn take_page(scan: impl Iterator<Item = Event>, limit: usize) -> Vec<Event> {
    let mut out = Vec::new();
    let mut bytes = 0usize;
    for event in scan {
        bytes += event.message.len() + rules::EVENT_OVERHEAD_BYTES;
        if !out.is_empty() && bytes > MAX_PAGE_BYTES {
            break;
        }
        out.push(event);
        if out.len() >= limit {
            break;
        }
    }
    out
}

fn page_limit(limit: Option<i32>) -> usize {
    limit
        .and_then(|l| usize::try_from(l).ok())
        .filter(|l| *l > 0)
        .map_or(MAX_PAGE_EVENTS, |l| l.min(MAX_PAGE_EVENTS))
}

pub async fn get_log_events(
    svc: &LogsService,
    ctx: &RequestContext,
    req: GetLogEventsRequest,
) -> Result<GetLogEventsResponse, LogsError> {
    let name = resolve_group_name(
        req.log_group_name.as_ref(),
        req.log_group_identifier.as_ref(),
    )?;
    let (group, _, _) = load_group(svc, ctx, &name).await?;
    let key = group.events_key(&ctx.scope.region);
    if svc.events.stream(&key, &req.log_stream_name).is_none() {
        return Err(LogsError::LogStreamNotFound);
    }
    let token = req
        .next_token
        .as_deref()
        .map(StreamToken::parse)
        .transpose()?;
    let limit = page_limit(req.limit);
    let cutoff = retention_cutoff(group.retention_in_days, keel_types::time::now_millis());
    let start = req.start_time.unwrap_or(i64::MIN).max(cutoff);
    let end = req.end_time.unwrap_or(i64::MAX);
    let base = ScanRequest::new(vec![key], start, end)
        .streams(StreamFilter::Names(vec![req.log_stream_name.clone()]));
    // Where each direction starts when there is no token.
    let head = Position {
        timestamp: start,
        seq: 0,
    }
    .before(Direction::Ascending);
    let tail = Position {
        timestamp: end,
        seq: 0,
    };
    let (forward, from) = match token {
        Some(StreamToken::Forward(p)) => (true, Some(p)),
        Some(StreamToken::Backward(p)) => (false, Some(p)),
        None => (req.start_from_head.unwrap_or(false), None),
    };
    let events = svc.events.clone();
    let request = if forward {
        base.direction(Direction::Ascending).after(from)
    } else {
        base.direction(Direction::Descending).after(from)
    };
    let mut page = blocking(move || take_page(events.scan(request), limit)).await?;
    if !forward {
        page.reverse();
    }
    let (next_forward, next_backward) = match (page.first(), page.last()) {
        (Some(first), Some(last)) => (
            StreamToken::Forward(last.position()),
            StreamToken::Backward(first.position()),
        ),
        // Nothing (more): the token asked with comes back unchanged, so a reader polling the
        // end of a stream sees the same token until something new arrives.
        _ => match token {
            Some(StreamToken::Forward(p)) => (
                StreamToken::Forward(p),
                StreamToken::Backward(p.before(Direction::Descending)),
            ),
            Some(StreamToken::Backward(p)) => (
                StreamToken::Forward(p.before(Direction::Ascending)),
                StreamToken::Backward(p),
            ),
            None => (StreamToken::Forward(head), StreamToken::Backward(tail)),
        },
    };
    Ok(GetLogEventsResponse {
        events: Some(page.iter().map(output).collect()),
        next_forward_token: Some(next_forward.encode()),
        next_backward_token: Some(next_backward.encode()),
    })
}

/// FilterLogEvents' token: the direction and the position to resume after.
fn encode_filter_token(direction: Direction, p: Position) -> String {
    let d = match direction {
        Direction::Ascending => 'a',
        Direction::Descending => 'd',
    };
    URL_SAFE_NO_PAD.encode(format!("{d}{}", position_digits(p)))
}

fn decode_filter_token(token: &str) -> Result<(Direction, Position), LogsError> {
    let invalid = || LogsError::invalid("The specified nextToken is not valid.");
    let text = URL_SAFE_NO_PAD
        .decode(token)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .ok_or_else(invalid)?;
    let direction = match text.chars().next() {
        Some('a') => Direction::Ascending,
        Some('d') => Direction::Descending,
        _ => return Err(invalid()),
    };
    let p = parse_position_digits(&text[1..]).ok_or_else(invalid)?;
    Ok((direction, p))
}

pub async fn filter_log_events(
    svc: &LogsService,
    ctx: &RequestContext,
    req: FilterLogEventsRequest,
) -> Result<FilterLogEventsResponse, LogsError> {
    let name = resolve_group_name(
        req.log_group_name.as_ref(),
        req.log_group_identifier.as_ref(),
    )?;
    let streams = match (req.log_stream_names, req.log_stream_name_prefix) {
        (Some(_), Some(_)) => {
            return Err(LogsError::invalid(
                "logStreamNames and logStreamNamePrefix are mutually exclusive parameters.",
            ));
        }
        (Some(names), None) => StreamFilter::Names(names),
        (None, Some(prefix)) => StreamFilter::Prefix(prefix),
        (None, None) => StreamFilter::All,
    };
    let pattern = match req.filter_pattern.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(text) => Some(Arc::new(parse_pattern(text)?)),
    };
    let (group, _, _) = load_group(svc, ctx, &name).await?;
    let key = group.events_key(&ctx.scope.region);
    let (direction, after) = match req.next_token.as_deref() {
        Some(token) => {
            let (d, p) = decode_filter_token(token)?;
            (d, Some(p))
        }
        None if req.start_from_head == Some(false) => (Direction::Descending, None),
        None => (Direction::Ascending, None),
    };
    let limit = page_limit(req.limit);
    let cutoff = retention_cutoff(group.retention_in_days, keel_types::time::now_millis());
    let start = req.start_time.unwrap_or(i64::MIN).max(cutoff);
    // FilterLogEvents' endTime is inclusive ("later than this time are not returned").
    let end = req.end_time.map_or(i64::MAX, |t| t.saturating_add(1));
    let mut request = ScanRequest::new(vec![key], start, end)
        .streams(streams)
        .direction(direction)
        .after(after);
    if let Some(pattern) = pattern {
        request = request.prefilter(Arc::new(move |message: &str| pattern.matches(message)));
    }
    let events = svc.events.clone();
    let (page, next) = blocking(move || {
        let mut scan = events.scan(request);
        let mut page: Vec<Event> = Vec::new();
        let mut bytes = 0usize;
        loop {
            if scan.scanned_bytes() >= FILTER_SCAN_BUDGET {
                // Out of budget: resume where the scan got to.
                let next = scan.frontier().map(|p| p.before(direction));
                return (page, next);
            }
            let Some(event) = scan.next() else {
                return (page, None);
            };
            bytes += event.message.len() + rules::EVENT_OVERHEAD_BYTES;
            if page.len() >= limit || (!page.is_empty() && bytes > MAX_PAGE_BYTES) {
                let next = page.last().map(Event::position);
                return (page, next);
            }
            page.push(event);
        }
    })
    .await?;
    Ok(FilterLogEventsResponse {
        events: Some(
            page.iter()
                .map(|e| FilteredLogEvent {
                    log_stream_name: Some(e.stream.to_string()),
                    timestamp: Some(e.timestamp),
                    message: Some(e.message.clone()),
                    ingestion_time: Some(e.ingestion_time),
                    event_id: Some(event_id(e.position())),
                })
                .collect(),
        ),
        // No longer supported by CloudWatch: always an empty list.
        searched_log_streams: Some(Vec::new()),
        next_token: next.map(|p| encode_filter_token(direction, p)),
    })
}

/// The `@ptr` of an event: what GetLogRecord takes to find it again. The stream may be left
/// out (Insights result rows do not carry it): the position alone finds the event in its group.
pub fn log_record_pointer(group_name: &str, stream: Option<&str>, position: Position) -> String {
    let digits = position_digits(position);
    URL_SAFE_NO_PAD.encode(match stream {
        Some(stream) => format!("{digits}\n{group_name}\n{stream}"),
        None => format!("{digits}\n{group_name}"),
    })
}

fn parse_log_record_pointer(ptr: &str) -> Option<(String, Option<String>, Position)> {
    let text = String::from_utf8(URL_SAFE_NO_PAD.decode(ptr).ok()?).ok()?;
    let mut parts = text.splitn(3, '\n');
    let position = parse_position_digits(parts.next()?)?;
    let group = parts.next()?.to_string();
    let stream = parts.next().map(str::to_string);
    Some((group, stream, position))
}

pub async fn get_log_record(
    svc: &LogsService,
    ctx: &RequestContext,
    req: GetLogRecordRequest,
) -> Result<GetLogRecordResponse, LogsError> {
    let (group_name, stream, position) = parse_log_record_pointer(&req.log_record_pointer)
        .ok_or_else(|| LogsError::invalid("The specified logRecordPointer is not valid."))?;
    let (group, _, _) = load_group(svc, ctx, &group_name).await?;
    let key = group.events_key(&ctx.scope.region);
    let cutoff = retention_cutoff(group.retention_in_days, keel_types::time::now_millis());
    let request = ScanRequest::new(
        vec![key],
        position.timestamp.max(cutoff),
        position.timestamp.saturating_add(1),
    )
    .streams(match &stream {
        Some(stream) => StreamFilter::Names(vec![stream.clone()]),
        None => StreamFilter::All,
    });
    let events = svc.events.clone();
    let found = blocking(move || events.scan(request).find(|e| e.seq == position.seq)).await?;
    let event = found.ok_or_else(|| {
        LogsError::ResourceNotFound("The specified log record does not exist.".into())
    })?;
    // As in CloudWatch, the fields Insights discovers in a JSON message come with it.
    let discovered = keel_insights::discover_fields(&event.message);
    let record = discovered
        .into_iter()
        .chain(
            [
                ("@message", event.message.clone()),
                ("@timestamp", event.timestamp.to_string()),
                ("@ingestionTime", event.ingestion_time.to_string()),
                ("@logStream", event.stream.to_string()),
                ("@log", format!("{}:{}", ctx.scope.account_id, group_name)),
                ("@ptr", req.log_record_pointer.clone()),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v)),
        )
        .collect();
    Ok(GetLogRecordResponse {
        log_record: Some(record),
    })
}

/// A batch from the host agent's log driver.
#[derive(Clone, Debug)]
pub struct IngestBatch {
    pub region: String,
    pub log_group: String,
    pub log_stream: String,
    /// In any order: the batch is sorted by timestamp (stable) before the rules apply.
    pub events: Vec<InputEvent>,
    /// Create the log group if it does not exist (the awslogs driver's `awslogs-create-group`).
    pub create_group: bool,
}

/// What happened to an ingested batch; the accepted events are durable.
#[derive(Clone, Debug, PartialEq)]
pub struct IngestOutcome {
    pub accepted: usize,
    /// Events not stored (too old, too new, or past retention), as PutLogEvents reports them.
    pub rejected: Option<RejectedLogEventsInfo>,
}

impl LogsService {
    /// The host agent's ingest path: the same rules as PutLogEvents (batch size, event size,
    /// 24-hour span, too old / too new / expired events reported and not stored), the stream
    /// created on demand, the group created on demand when asked. Answers once the accepted
    /// events are durable.
    pub async fn ingest(&self, mut batch: IngestBatch) -> Result<IngestOutcome, LogsError> {
        rules::check_group_name(&batch.log_group)?;
        rules::check_stream_name(&batch.log_stream)?;
        batch.events.sort_by_key(|e| e.timestamp);
        let group: GroupRecord = if batch.create_group {
            crate::groups::ensure_group(self, &batch.region, &batch.log_group).await?
        } else {
            crate::groups::load_group_in(self, &batch.region, &batch.log_group).await?
        };
        let now = keel_types::time::now_millis();
        let verdict = rules::check_batch(&batch.events, now, group.retention_in_days)?;
        let accepted: Vec<NewEvent> = batch
            .events
            .into_iter()
            .skip(verdict.accepted.start)
            .take(verdict.accepted.len())
            .map(|e| NewEvent {
                timestamp: e.timestamp,
                message: e.message,
            })
            .collect();
        let count = accepted.len();
        self.events
            .append(
                &group.events_key(&batch.region),
                &batch.log_stream,
                Some(now),
                now,
                accepted,
            )
            .await?;
        Ok(IngestOutcome {
            accepted: count,
            rejected: rejected_info(&verdict),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn tokens_round_trip(ts in any::<i64>(), seq in any::<u64>()) {
            let p = Position { timestamp: ts, seq };
            prop_assert_eq!(StreamToken::parse(&StreamToken::Forward(p).encode()).unwrap(), StreamToken::Forward(p));
            prop_assert_eq!(StreamToken::parse(&StreamToken::Backward(p).encode()).unwrap(), StreamToken::Backward(p));
            prop_assert_eq!(decode_filter_token(&encode_filter_token(Direction::Descending, p)).unwrap(), (Direction::Descending, p));
            let ptr = log_record_pointer("/g", Some("s/1"), p);
            prop_assert_eq!(parse_log_record_pointer(&ptr).unwrap(), ("/g".to_string(), Some("s/1".to_string()), p));
            let ptr = log_record_pointer("/g", None, p);
            prop_assert_eq!(parse_log_record_pointer(&ptr).unwrap(), ("/g".to_string(), None, p));
        }
    }

    #[test]
    fn tokens_have_cloudwatch_shape_and_bad_ones_are_refused() {
        let t = StreamToken::Forward(Position {
            timestamp: 1_700_000_000_000,
            seq: 7,
        })
        .encode();
        assert!(t.starts_with("f/") && t.ends_with("/s"), "{t}");
        assert_eq!(t.len(), 2 + 56 + 2);
        for bad in ["", "f//s", "x/123/s", "f/12ab/s", &t[..t.len() - 2]] {
            assert!(StreamToken::parse(bad).is_err(), "{bad}");
        }
        assert!(decode_filter_token("!!").is_err());
        assert_eq!(retention_cutoff(None, 5), i64::MIN);
        assert_eq!(retention_cutoff(Some(1), DAY_MS), 0);
    }
}
