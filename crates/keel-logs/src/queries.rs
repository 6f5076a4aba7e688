//! Logs Insights queries: StartQuery, GetQueryResults, StopQuery and DescribeQueries. The
//! `@ptr` of a result row is the pointer GetLogRecord (in [`crate::events`]) resolves.
//!
//! A query is parsed once (`keel-insights`), then runs in the background over the event
//! store's scan, holding at most its memory budget. At most [`RUNNING_AT_ONCE`] queries scan at
//! a time (the machine's cores); the others wait as `Scheduled`. CloudWatch's account limit of
//! 100 concurrent queries is enforced at StartQuery. GetQueryResults answers partial results
//! while a query runs. A query running longer than 60 minutes stops as `Timeout`.
//!
//! Query records are ephemeral, as in CloudWatch: they live in this process's memory, results
//! included, for 7 days after they finish (CloudWatch keeps results that long) and at most
//! [`KEPT_QUERIES`] of them; a restart forgets them. Nothing about a query is durable state.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use keel_api::RequestContext;
use keel_awsmodel::logs::{
    DescribeQueriesRequest, DescribeQueriesResponse, GetQueryResultsRequest,
    GetQueryResultsResponse, QueryInfo, QueryLanguage, QueryStatistics, QueryStatus, ResultField,
    StartQueryRequest, StartQueryResponse, StopQueryRequest, StopQueryResponse,
};
use keel_insights::{Execution, Query};
use keel_logstore::{LogStore, Position, ScanRequest};
use parking_lot::Mutex;
use tokio::sync::Semaphore;

use crate::events::{log_record_pointer, retention_cutoff};
use crate::groups::load_group;
use crate::service::LogsService;
use crate::{LogsError, paging};

/// CloudWatch Logs' limit on concurrent Insights queries per account and region.
pub const MAX_CONCURRENT_QUERIES: usize = 100;
/// CloudWatch's limit on log groups in one query.
pub const MAX_GROUPS_PER_QUERY: usize = 50;
/// Queries stop after 60 minutes of running, as CloudWatch's do.
pub const QUERY_TIMEOUT: Duration = Duration::from_secs(60 * 60);
/// How long finished queries and their results are kept (CloudWatch: 7 days).
pub const RESULT_RETENTION: Duration = Duration::from_secs(7 * 24 * 3600);
/// Finished queries kept at most, oldest dropped first.
pub const KEPT_QUERIES: usize = 1000;
/// GetQueryResults returns at most this many rows per call.
const MAX_ROWS_PER_PAGE: usize = 10_000;
/// Memory one running query may hold for its groups and rows.
const QUERY_BUDGET_BYTES: usize = 256 << 20;

/// Scanning queries at once: one per core, so queries never starve request handling.
pub static RUNNING_AT_ONCE: std::sync::LazyLock<usize> = std::sync::LazyLock::new(|| {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .max(2)
});

struct QueryRecord {
    id: String,
    account: String,
    region: String,
    query_string: String,
    groups: Vec<String>,
    /// Each group's key in the event store and the oldest timestamp its retention keeps.
    sources: Vec<(String, i64)>,
    create_time: i64,
    user_identity: Option<String>,
    returns_events: bool,
    cancel: AtomicBool,
    state: Mutex<RunState>,
}

struct RunState {
    status: QueryStatus,
    execution: Execution,
    groups_scanned: u64,
    /// Events (and their message bytes) the store's prefilter passed over: scanned, as
    /// CloudWatch counts `recordsScanned`, though never handed to the evaluator.
    prefiltered: (u64, u64),
    started: Option<Instant>,
    /// Wall-clock milliseconds the query ran for, once it ended.
    duration_ms: Option<i64>,
    finished_at: Option<Instant>,
}

/// Every query this process knows of.
pub struct QueryManager {
    queries: Mutex<HashMap<String, Arc<QueryRecord>>>,
    running: Arc<Semaphore>,
}

impl Default for QueryManager {
    fn default() -> Self {
        Self {
            queries: Mutex::new(HashMap::new()),
            running: Arc::new(Semaphore::new(*RUNNING_AT_ONCE)),
        }
    }
}

fn active(status: QueryStatus) -> bool {
    matches!(status, QueryStatus::Scheduled | QueryStatus::Running)
}

impl QueryManager {
    /// Drops finished queries past their retention, and the oldest beyond [`KEPT_QUERIES`].
    fn expire(&self) {
        let mut queries = self.queries.lock();
        queries.retain(|_, q| {
            q.state
                .lock()
                .finished_at
                .is_none_or(|t| t.elapsed() < RESULT_RETENTION)
        });
        let finished = queries
            .values()
            .filter(|q| !active(q.state.lock().status))
            .count();
        if finished > KEPT_QUERIES {
            let mut by_age: Vec<(i64, String)> = queries
                .values()
                .filter(|q| !active(q.state.lock().status))
                .map(|q| (q.create_time, q.id.clone()))
                .collect();
            by_age.sort();
            for (_, id) in by_age.into_iter().take(finished - KEPT_QUERIES) {
                queries.remove(&id);
            }
        }
    }

    fn find(&self, ctx: &RequestContext, id: &str) -> Result<Arc<QueryRecord>, LogsError> {
        self.queries
            .lock()
            .get(id)
            .filter(|q| q.account == ctx.scope.account_id && q.region == ctx.scope.region)
            .cloned()
            .ok_or_else(|| LogsError::ResourceNotFound("Query does not exist.".into()))
    }
}

/// A group named by ARN (`arn:aws:logs:REGION:ACCOUNT:log-group:NAME`) or by name.
fn group_from_identifier(id: &str) -> String {
    id.split_once(":log-group:")
        .map(|(_, rest)| rest.trim_end_matches(":*").to_string())
        .unwrap_or_else(|| id.to_string())
}

pub async fn start_query(
    svc: &LogsService,
    ctx: &RequestContext,
    req: StartQueryRequest,
) -> Result<StartQueryResponse, LogsError> {
    if let Some(language) = req.query_language
        && language != QueryLanguage::Cwli
    {
        return Err(LogsError::invalid(format!(
            "Keel runs Logs Insights QL (CWLI) queries only, not {}.",
            language.as_str()
        )));
    }
    let groups: Vec<String> = match (
        &req.log_group_name,
        &req.log_group_names,
        &req.log_group_identifiers,
    ) {
        (Some(name), None, None) => vec![name.clone()],
        (None, Some(names), None) => names.clone(),
        (None, None, Some(ids)) => ids.iter().map(|i| group_from_identifier(i)).collect(),
        (None, None, None) => {
            return Err(LogsError::invalid(
                "Specify exactly one of logGroupName, logGroupNames or logGroupIdentifiers.",
            ));
        }
        _ => {
            return Err(LogsError::invalid(
                "logGroupName, logGroupNames and logGroupIdentifiers are mutually exclusive; specify exactly one.",
            ));
        }
    };
    if groups.is_empty() {
        return Err(LogsError::invalid(
            "Specify at least one log group to query.",
        ));
    }
    if groups.len() > MAX_GROUPS_PER_QUERY {
        return Err(LogsError::invalid(format!(
            "A query can include up to {MAX_GROUPS_PER_QUERY} log groups; this one names {}.",
            groups.len()
        )));
    }
    if req.end_time < req.start_time {
        return Err(LogsError::invalid(
            "endTime must be greater than or equal to startTime.",
        ));
    }
    let query = Query::parse(&req.query_string).map_err(|err| LogsError::MalformedQuery {
        message: err.message().to_string(),
        start: err.start(),
        end: err.end(),
    })?;
    let now = keel_types::time::now_millis();
    let mut sources = Vec::with_capacity(groups.len());
    for group in &groups {
        let (record, _, _) = load_group(svc, ctx, group).await.map_err(|err| match err {
            LogsError::LogGroupNotFound => LogsError::ResourceNotFound(format!(
                "Log group '{group}' does not exist for account ID '{}'",
                ctx.scope.account_id
            )),
            other => other,
        })?;
        sources.push((
            record.events_key(&ctx.scope.region),
            retention_cutoff(record.retention_in_days, now),
        ));
    }
    let manager = &svc.queries;
    manager.expire();
    {
        let queries = manager.queries.lock();
        let running = queries
            .values()
            .filter(|q| {
                q.account == ctx.scope.account_id
                    && q.region == ctx.scope.region
                    && active(q.state.lock().status)
            })
            .count();
        if running >= MAX_CONCURRENT_QUERIES {
            return Err(LogsError::LimitExceeded(format!(
                "Account maximum query concurrency limit of [{MAX_CONCURRENT_QUERIES}] reached."
            )));
        }
    }
    let limit = req.limit.map(|l| usize::try_from(l).unwrap_or(1));
    let record = Arc::new(QueryRecord {
        id: keel_types::ids::new_uuid(),
        account: ctx.scope.account_id.clone(),
        region: ctx.scope.region.clone(),
        query_string: req.query_string.clone(),
        groups,
        sources,
        create_time: now,
        user_identity: ctx.principal_arn.clone(),
        returns_events: query.returns_events(),
        cancel: AtomicBool::new(false),
        state: Mutex::new(RunState {
            status: QueryStatus::Scheduled,
            execution: query.run_with_budget(limit, QUERY_BUDGET_BYTES),
            groups_scanned: 0,
            prefiltered: (0, 0),
            started: None,
            duration_ms: None,
            finished_at: None,
        }),
    });
    manager
        .queries
        .lock()
        .insert(record.id.clone(), record.clone());
    let from_ms = req.start_time.saturating_mul(1000);
    // The end second is inclusive: every millisecond in it counts.
    let to_ms = req.end_time.saturating_mul(1000).saturating_add(999);
    let must_contain = query.message_must_contain();
    let events = svc.events.clone();
    let semaphore = manager.running.clone();
    let id = record.id.clone();
    let query_id = record.id.clone();
    tokio::spawn(async move {
        let Ok(_permit) = semaphore.acquire_owned().await else {
            return;
        };
        if record.cancel.load(Ordering::Acquire) {
            return;
        }
        {
            let mut state = record.state.lock();
            state.status = QueryStatus::Running;
            state.started = Some(Instant::now());
        }
        let run = record.clone();
        let result = tokio::task::spawn_blocking(move || {
            scan(&run, events.as_ref(), from_ms, to_ms, &must_contain)
        })
        .await;
        let mut state = record.state.lock();
        let status = match result {
            Ok(status) => status,
            Err(err) => {
                tracing::error!(query_id = %id, %err, "query task failed");
                QueryStatus::Failed
            }
        };
        if state.status == QueryStatus::Running {
            state.status = status;
        }
        state.duration_ms = state
            .started
            .map(|s| i64::try_from(s.elapsed().as_millis()).unwrap_or(i64::MAX));
        state.finished_at = Some(Instant::now());
    });
    Ok(StartQueryResponse {
        query_id: Some(query_id),
    })
}

/// An event's identity in result rows: its position in the store, from which `@ptr` is made.
fn event_id(position: Position) -> u128 {
    (u128::from(position.timestamp as u64) << 64) | u128::from(position.seq)
}

fn position_of(id: u128) -> Position {
    Position {
        timestamp: (id >> 64) as u64 as i64,
        seq: id as u64,
    }
}

/// Feeds every group's events to the query; returns how it ended. Blocking: the store's scan
/// reads segment files.
fn scan(
    record: &QueryRecord,
    events: &LogStore,
    from_ms: i64,
    to_ms: i64,
    must_contain: &[String],
) -> QueryStatus {
    /// Events pushed between checks of cancellation and the clock.
    const CHECK_EVERY: usize = 1024;
    let started = Instant::now();
    let prefilter: Option<keel_logstore::Prefilter> = (!must_contain.is_empty()).then(|| {
        let needles: Vec<String> = must_contain.to_vec();
        Arc::new(move |message: &str| needles.iter().all(|n| message.contains(n.as_str())))
            as keel_logstore::Prefilter
    });
    for (group, (key, cutoff)) in record.groups.iter().zip(&record.sources) {
        let log = format!("{}:{group}", record.account);
        let mut request = ScanRequest::new(
            vec![key.clone()],
            from_ms.max(*cutoff),
            to_ms.saturating_add(1),
        );
        if let Some(filter) = &prefilter {
            request = request.prefilter(filter.clone());
        }
        let mut scan = events.scan(request);
        let before = record.state.lock().prefiltered;
        let (mut pushed_events, mut pushed_bytes) = (0u64, 0u64);
        loop {
            if record.cancel.load(Ordering::Acquire) {
                return QueryStatus::Cancelled;
            }
            if started.elapsed() > QUERY_TIMEOUT {
                return QueryStatus::Timeout;
            }
            let batch: Vec<keel_logstore::Event> = scan.by_ref().take(CHECK_EVERY).collect();
            if batch.is_empty() {
                break;
            }
            let mut state = record.state.lock();
            for e in &batch {
                pushed_events += 1;
                pushed_bytes += e.message.len() as u64;
                state.execution.push(&keel_insights::Event {
                    timestamp: e.timestamp,
                    ingestion_time: e.ingestion_time,
                    log_stream: &e.stream,
                    log: &log,
                    message: &e.message,
                    id: event_id(e.position()),
                });
            }
            if prefilter.is_some() {
                // The store counts 16 bytes of metadata per event it looked at.
                let looked_at = scan.scanned_events();
                let message_bytes = scan.scanned_bytes().saturating_sub(16 * looked_at);
                state.prefiltered = (
                    before.0 + looked_at.saturating_sub(pushed_events),
                    before.1 + message_bytes.saturating_sub(pushed_bytes),
                );
            }
            if state.execution.over_budget().is_some() {
                return QueryStatus::Failed;
            }
        }
        record.state.lock().groups_scanned += 1;
    }
    QueryStatus::Complete
}

pub async fn get_query_results(
    svc: &LogsService,
    ctx: &RequestContext,
    req: GetQueryResultsRequest,
) -> Result<GetQueryResultsResponse, LogsError> {
    let record = svc.queries.find(ctx, &req.query_id)?;
    let (status, results, counters, groups_scanned, prefiltered) = {
        let state = record.state.lock();
        (
            state.status,
            state.execution.results(),
            state.execution.counters(),
            state.groups_scanned,
            state.prefiltered,
        )
    };
    let page_size = req
        .max_items
        .map(|m| usize::try_from(m).unwrap_or(0))
        .filter(|m| *m > 0)
        .unwrap_or(MAX_ROWS_PER_PAGE)
        .min(MAX_ROWS_PER_PAGE);
    let start = match req.next_token.as_deref() {
        Some(token) => paging::decode(token)?
            .parse::<usize>()
            .map_err(|_| LogsError::invalid("The specified nextToken is not valid."))?,
        None => 0,
    };
    let total = results.rows.len();
    let rows: Vec<Vec<ResultField>> = results
        .rows
        .into_iter()
        .skip(start)
        .take(page_size)
        .map(|row| {
            let mut fields: Vec<ResultField> = row
                .fields
                .into_iter()
                .map(|(field, value)| ResultField {
                    field: Some(field),
                    value: Some(value),
                })
                .collect();
            if record.returns_events
                && let Some((log, id)) = row.event
            {
                let group = log.split_once(':').map_or(log.as_str(), |(_, g)| g);
                fields.push(ResultField {
                    field: Some("@ptr".into()),
                    value: Some(log_record_pointer(group, None, position_of(id))),
                });
            }
            fields
        })
        .collect();
    let next_token = (!active(status) && start + rows.len() < total)
        .then(|| paging::encode(&(start + rows.len()).to_string()));
    Ok(GetQueryResultsResponse {
        query_language: Some(QueryLanguage::Cwli),
        results: Some(rows),
        statistics: Some(QueryStatistics {
            records_matched: Some(counters.records_matched as f64),
            records_scanned: Some((counters.records_scanned + prefiltered.0) as f64),
            bytes_scanned: Some((counters.bytes_scanned + prefiltered.1) as f64),
            log_groups_scanned: Some(groups_scanned as f64),
            ..QueryStatistics::default()
        }),
        status: Some(status),
        encryption_key: None,
        next_token,
    })
}

pub async fn stop_query(
    svc: &LogsService,
    ctx: &RequestContext,
    req: StopQueryRequest,
) -> Result<StopQueryResponse, LogsError> {
    let record = svc.queries.find(ctx, &req.query_id)?;
    let mut state = record.state.lock();
    if !active(state.status) {
        return Err(LogsError::invalid(format!(
            "Query {} is not running; it is {}.",
            record.id,
            state.status.as_str()
        )));
    }
    record.cancel.store(true, Ordering::Release);
    state.status = QueryStatus::Cancelled;
    if state.finished_at.is_none() {
        state.finished_at = Some(Instant::now());
        state.duration_ms = state
            .started
            .map(|s| i64::try_from(s.elapsed().as_millis()).unwrap_or(i64::MAX));
    }
    Ok(StopQueryResponse {
        success: Some(true),
    })
}

pub async fn describe_queries(
    svc: &LogsService,
    ctx: &RequestContext,
    req: DescribeQueriesRequest,
) -> Result<DescribeQueriesResponse, LogsError> {
    if let Some(language) = req.query_language
        && language != QueryLanguage::Cwli
    {
        return Ok(DescribeQueriesResponse {
            queries: Some(Vec::new()),
            next_token: None,
        });
    }
    svc.queries.expire();
    let mut matching: Vec<(i64, String, QueryInfo)> = svc
        .queries
        .queries
        .lock()
        .values()
        .filter(|q| q.account == ctx.scope.account_id && q.region == ctx.scope.region)
        .filter(|q| {
            req.log_group_name
                .as_ref()
                .is_none_or(|g| q.groups.iter().any(|qg| qg == g))
        })
        .filter_map(|q| {
            let state = q.state.lock();
            if req.status.is_some_and(|s| s != state.status) {
                return None;
            }
            Some((
                q.create_time,
                q.id.clone(),
                QueryInfo {
                    query_language: Some(QueryLanguage::Cwli),
                    query_id: Some(q.id.clone()),
                    query_string: Some(q.query_string.clone()),
                    status: Some(state.status),
                    create_time: Some(q.create_time),
                    log_group_name: q.groups.first().cloned(),
                    query_duration: state.duration_ms,
                    bytes_scanned: Some(
                        (state.execution.counters().bytes_scanned + state.prefiltered.1) as f64,
                    ),
                    user_identity: q.user_identity.clone(),
                },
            ))
        })
        .collect();
    // Newest first; the id breaks ties so pages are stable.
    matching.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let limit = req
        .max_results
        .map(|m| usize::try_from(m).unwrap_or(1000))
        .unwrap_or(1000);
    let start = match req.next_token.as_deref() {
        Some(token) => {
            let after = paging::decode(token)?;
            matching
                .iter()
                .position(|(_, id, _)| *id == after)
                .map(|i| i + 1)
                .ok_or_else(|| LogsError::invalid("The specified nextToken is not valid."))?
        }
        None => 0,
    };
    let page: Vec<QueryInfo> = matching
        .iter()
        .skip(start)
        .take(limit)
        .map(|(_, _, info)| info.clone())
        .collect();
    let next_token = (start + page.len() < matching.len())
        .then(|| {
            page.last()
                .and_then(|q| q.query_id.as_deref())
                .map(paging::encode)
        })
        .flatten();
    Ok(DescribeQueriesResponse {
        queries: Some(page),
        next_token,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_ids_keep_positions() {
        for position in [
            Position {
                timestamp: 0,
                seq: 0,
            },
            Position {
                timestamp: 1_764_000_000_000,
                seq: 42,
            },
            Position {
                timestamp: -5,
                seq: u64::MAX,
            },
            Position {
                timestamp: i64::MIN,
                seq: 1,
            },
        ] {
            assert_eq!(position_of(event_id(position)), position);
        }
    }

    #[test]
    fn identifiers_name_groups() {
        assert_eq!(
            group_from_identifier("arn:aws:logs:us-east-1:000000000000:log-group:/a/b:*"),
            "/a/b"
        );
        assert_eq!(group_from_identifier("/a/b"), "/a/b");
    }
}
