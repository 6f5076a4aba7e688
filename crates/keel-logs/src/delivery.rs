//! Subscription filter delivery: events stored in a log group that match one of its
//! subscription filters are written into the filter's destination, a log group of the same
//! account and region (named directly, or as the target of a Keel destination).
//!
//! # What is delivered
//!
//! One event per matching source event, with the source event's timestamp and message, into
//! the destination group's stream `SOURCE-GROUP/SOURCE-STREAM` (created on demand; a name past
//! 512 characters is cut and ends in a hash of the whole). The ingestion time is the delivery's.
//! CloudWatch itself delivers to Kinesis, Firehose and Lambda as gzipped JSON records that
//! carry the source group, stream and events; a log group keeps the same facts in the stream
//! name and the events themselves.
//!
//! # At least once
//!
//! Every filter has a cursor in the control-plane store (`/logs-delivery/REGION/GROUP\u{1}NAME`,
//! [`DeliveryState`]), written with the filter. It is a place in the source group's events by
//! the event store's sequence numbers, which number durable records in commit order across
//! the store: `delivered_through` says every event numbered up to it is done. The worker takes
//! the store's [`last_seq`](keel_logstore::LogStore::last_seq), reads the group's events
//! numbered after the cursor and up to it in time order, in chunks (the position reached in a
//! range is kept in `in_progress`), matches them against the filter pattern, appends the
//! matching ones to the destination (durable when it answers), and only then moves the cursor
//! past the chunk. A crash (`kill -9`) between the destination's write and the cursor's
//! delivers that chunk again after the restart: duplicates stay within one chunk
//! ([`DeliveryOptions::chunk_events`] events) per filter, and nothing is skipped. Matching
//! happens here, in the worker, never on the ingest path: PutLogEvents and the agent's ingest
//! path do not know about filters.
//!
//! # When the destination refuses
//!
//! A chunk whose destination cannot be written (the group or the destination was deleted) is
//! retried with exponential backoff ([`DeliveryOptions::retry_min`] doubling up to
//! [`DeliveryOptions::retry_max`]); the filter waits meanwhile, keeping its place, so
//! recreating the destination delivers everything. When it has failed for
//! [`DeliveryOptions::give_up_after`] (24 hours, as long as CloudWatch retries), chunks that
//! still fail are counted in `undeliverable_events` and passed over, each tried once, until a
//! delivery works again. The cursor keeps the counts, the attempts and the last error; every
//! failure is logged as a warning with the filter and the error. Events that leave the source
//! group by retention before the filter reaches them are not delivered.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use keel_awsmodel::logs::SubscriptionFilter;
use keel_logpattern::Pattern;
use keel_logstore::{Direction, Event, LogStore, NewEvent, Position, ScanRequest};
use keel_store::{Compare, KeyValue, Op, Txn};
use serde::{Deserialize, Serialize};
use tokio::sync::watch;

use crate::LogsError;
use crate::service::LogsService;
use crate::subscriptions::{self, DELIVERY_PREFIX};

/// A stream name's longest length.
const MAX_STREAM_NAME: usize = 512;

/// How the delivery worker paces itself; the defaults suit a server.
#[derive(Clone, Debug)]
pub struct DeliveryOptions {
    /// How often the worker looks for new events when it has caught up.
    pub poll_interval: Duration,
    /// Matching events per chunk: the most a crash can deliver twice, per filter.
    pub chunk_events: usize,
    /// Message bytes per chunk.
    pub chunk_bytes: usize,
    /// Raw bytes a chunk's read may go through before it stops where it got to (a filter that
    /// matches little still records its progress).
    pub scan_budget: u64,
    /// Chunks one filter delivers in one pass before the next filter has its turn.
    pub chunks_per_pass: usize,
    /// The first retry's delay after a failed delivery; it doubles with each failure.
    pub retry_min: Duration,
    pub retry_max: Duration,
    /// How long a filter keeps retrying one chunk before counting what fails as undeliverable.
    pub give_up_after: Duration,
}

impl Default for DeliveryOptions {
    fn default() -> Self {
        Self {
            poll_interval: Duration::from_secs(1),
            chunk_events: 1000,
            chunk_bytes: 1 << 20,
            scan_budget: 16 << 20,
            chunks_per_pass: 64,
            retry_min: Duration::from_secs(1),
            retry_max: Duration::from_secs(300),
            give_up_after: Duration::from_secs(24 * 3600),
        }
    }
}

/// A filter's delivery cursor and counters, as kept in the control-plane store.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeliveryState {
    pub region: String,
    pub account_id: String,
    pub log_group_name: String,
    pub filter_name: String,
    /// The source group's key in the event store (its incarnation).
    pub source_key: String,
    /// Every event of the source group numbered up to this is delivered (or counted
    /// undeliverable).
    pub delivered_through: u64,
    /// The range being worked through, when a pass stopped inside one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_progress: Option<InProgress>,
    /// Events written into the destination (a chunk delivered again after a crash counts
    /// twice).
    #[serde(default)]
    pub delivered_events: u64,
    /// Matching events that could not be delivered and were passed over.
    #[serde(default)]
    pub undeliverable_events: u64,
    /// Failed attempts since the last delivery that worked.
    #[serde(default)]
    pub attempts: u32,
    /// When deliveries started failing (ms), if they are failing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failing_since: Option<i64>,
    /// Not before this time (ms) is the next attempt made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
}

/// Events numbered in `(delivered_through, through]`, of which those up to `after` (in time
/// order) are done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InProgress {
    pub through: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_timestamp: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_seq: Option<u64>,
}

impl InProgress {
    fn after(&self) -> Option<Position> {
        Some(Position {
            timestamp: self.after_timestamp?,
            seq: self.after_seq?,
        })
    }

    fn set_after(&mut self, p: Position) {
        self.after_timestamp = Some(p.timestamp);
        self.after_seq = Some(p.seq);
    }
}

impl DeliveryState {
    /// A new filter's cursor: it delivers events numbered after `from`.
    pub fn new(
        region: &str,
        account_id: &str,
        group: &str,
        filter: &str,
        source_key: String,
        from: u64,
    ) -> Self {
        Self {
            region: region.to_string(),
            account_id: account_id.to_string(),
            log_group_name: group.to_string(),
            filter_name: filter.to_string(),
            source_key,
            delivered_through: from,
            in_progress: None,
            delivered_events: 0,
            undeliverable_events: 0,
            attempts: 0,
            failing_since: None,
            retry_at: None,
            last_error: None,
        }
    }

    fn key(&self) -> String {
        subscriptions::delivery_key(&self.region, &self.log_group_name, &self.filter_name)
    }
}

/// A cursor moved past ranges with nothing to deliver, in memory (see
/// `LogsService::deliver_filter`): valid while the stored cursor is at `revision`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Skipped {
    pub revision: i64,
    pub delivered_through: u64,
    /// When the cursor was first moved in memory only (ms).
    pub since: i64,
}

/// How long a cursor moves in memory only before it is written anyway, so a restart does not
/// read much again.
const SKIP_AT_MOST_MS: i64 = 30_000;

/// What one pass did, over every filter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DeliveryReport {
    pub filters: u64,
    /// Events written into destinations.
    pub delivered: u64,
    /// Events counted undeliverable in this pass.
    pub undeliverable: u64,
    /// Attempts that failed (each logged).
    pub failures: u64,
    /// Some filter stopped with more to deliver (the next pass starts at once).
    pub more: bool,
}

/// The stream a source stream's events are delivered into.
pub fn delivered_stream_name(source_group: &str, source_stream: &str) -> String {
    let name = format!("{source_group}/{source_stream}");
    if name.len() <= MAX_STREAM_NAME {
        return name;
    }
    // Stable across builds, so the same long name always maps to the same stream.
    let hash = keel_types::ids::stable_hash(&name);
    let mut cut = MAX_STREAM_NAME - 17;
    while !name.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}-{hash:016x}", &name[..cut])
}

/// What one read of a range gave: matching events in time order, and where the range's next
/// read starts (`None`: the range is done).
struct Chunk {
    events: Vec<Event>,
    resume: Option<Position>,
}

fn read_chunk(
    store: &LogStore,
    state: &DeliveryState,
    range: InProgress,
    pattern: Arc<Pattern>,
    options: &DeliveryOptions,
) -> Chunk {
    let after = range.after();
    let request = ScanRequest::all(vec![state.source_key.clone()])
        .min_seq(state.delivered_through.saturating_add(1))
        .after(after)
        .prefilter(Arc::new(move |message: &str| pattern.matches(message)));
    let mut scan = store.scan(request);
    let mut events: Vec<Event> = Vec::new();
    let mut bytes = 0usize;
    loop {
        if scan.scanned_bytes() >= options.scan_budget {
            let Some(frontier) = scan.frontier() else {
                return Chunk {
                    events,
                    resume: None,
                };
            };
            let resume = frontier.before(Direction::Ascending);
            let reached = events.last().map(Event::position).or(after);
            // Stop only where that is progress; otherwise read on.
            if reached.is_none_or(|p| resume > p) {
                return Chunk {
                    events,
                    resume: Some(resume),
                };
            }
        }
        let Some(event) = scan.next() else {
            return Chunk {
                events,
                resume: None,
            };
        };
        // Numbered after the range: the next range has it.
        if event.seq > range.through {
            continue;
        }
        bytes += event.message.len() + crate::rules::EVENT_OVERHEAD_BYTES;
        events.push(event);
        if events.len() >= options.chunk_events.max(1) || bytes >= options.chunk_bytes {
            let resume = events.last().map(Event::position);
            return Chunk { events, resume };
        }
    }
}

fn backoff(options: &DeliveryOptions, attempts: u32) -> Duration {
    let factor = 2u32.saturating_pow(attempts.saturating_sub(1).min(30));
    options
        .retry_min
        .saturating_mul(factor)
        .min(options.retry_max)
}

fn millis(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

impl LogsService {
    /// Every filter's delivery state, in key order.
    pub async fn subscription_deliveries(&self) -> Result<Vec<DeliveryState>, LogsError> {
        subscriptions::range_all(self, DELIVERY_PREFIX.to_string())
            .await?
            .iter()
            .map(|kv| Ok(serde_json::from_slice(&kv.value)?))
            .collect()
    }

    /// Gives a cursor to every subscription filter without one (filters stored before
    /// delivery existed): they deliver what is stored from now on. Returns how many it made.
    pub async fn ensure_delivery_cursors(&self, account_id: &str) -> Result<u64, LogsError> {
        let mut made = 0;
        for kv in subscriptions::range_all(self, "/logs/".to_string()).await? {
            // `/logs/REGION/subscription-filters/GROUP\u{1}NAME`
            let mut parts = kv.key.splitn(5, '/').skip(2);
            let (Some(region), Some("subscription-filters")) = (parts.next(), parts.next()) else {
                continue;
            };
            let filter: SubscriptionFilter = serde_json::from_slice(&kv.value)?;
            let (Some(group), Some(name)) = (filter.log_group_name, filter.filter_name) else {
                continue;
            };
            let cursor_key = subscriptions::delivery_key(region, &group, &name);
            if self.store.get(&cursor_key).await?.is_some() {
                continue;
            }
            let Ok(record) = crate::groups::load_group_in(self, region, &group).await else {
                continue;
            };
            let state = DeliveryState::new(
                region,
                account_id,
                &group,
                &name,
                record.events_key(region),
                self.events.last_seq(),
            );
            let txn = Txn::new()
                .when(vec![
                    Compare::mod_revision_eq(kv.key.clone(), kv.mod_revision),
                    Compare::absent(cursor_key.clone()),
                ])
                .and_then(vec![Op::put(cursor_key, serde_json::to_vec(&state)?)]);
            if self.store.txn(txn).await?.succeeded {
                made += 1;
            }
        }
        Ok(made)
    }

    /// One delivery pass over every filter (see the module docs). Failures are logged and
    /// counted, never the end of the pass.
    pub async fn deliver_subscriptions(&self, options: &DeliveryOptions) -> DeliveryReport {
        let mut report = DeliveryReport::default();
        let cursors = match subscriptions::range_all(self, DELIVERY_PREFIX.to_string()).await {
            Ok(cursors) => cursors,
            Err(err) => {
                tracing::warn!(%err, "subscription delivery: cannot list the delivery cursors");
                report.failures += 1;
                return report;
            }
        };
        let mut patterns: HashMap<String, Arc<Pattern>> = HashMap::new();
        let live: std::collections::HashSet<&str> =
            cursors.iter().map(|kv| kv.key.as_str()).collect();
        self.delivery_skips
            .lock()
            .retain(|key, _| live.contains(key.as_str()));
        for kv in cursors {
            report.filters += 1;
            if let Err(err) = self
                .deliver_filter(&kv, options, &mut patterns, &mut report)
                .await
            {
                tracing::warn!(cursor = %kv.key, %err, "subscription delivery: a filter's pass failed");
                report.failures += 1;
            }
        }
        report
    }

    /// Writes a cursor if no one changed it since `revision`; false when someone did (the
    /// filter was deleted or its group with it).
    async fn save_cursor(
        &self,
        state: &DeliveryState,
        revision: &mut i64,
    ) -> Result<bool, LogsError> {
        let key = state.key();
        let txn = Txn::new()
            .when(vec![Compare::mod_revision_eq(key.clone(), *revision)])
            .and_then(vec![Op::put(key, serde_json::to_vec(state)?)]);
        let response = self.store.txn(txn).await?;
        if response.succeeded {
            *revision = response.revision;
        }
        Ok(response.succeeded)
    }

    async fn deliver_filter(
        &self,
        kv: &KeyValue,
        options: &DeliveryOptions,
        patterns: &mut HashMap<String, Arc<Pattern>>,
        report: &mut DeliveryReport,
    ) -> Result<(), LogsError> {
        let mut state: DeliveryState = serde_json::from_slice(&kv.value)?;
        let mut revision = kv.mod_revision;
        let mut skipping_since = None;
        if let Some(skip) = self.delivery_skips.lock().get(&kv.key)
            && skip.revision == revision
            && state.in_progress.is_none()
        {
            state.delivered_through = state.delivered_through.max(skip.delivered_through);
            skipping_since = Some(skip.since);
        }
        let last = self.events.last_seq();
        if state.delivered_through > last {
            // The event store holds fewer records than the cursor covers: it is not the
            // store the cursor was made for. Start again from its end.
            tracing::warn!(cursor = %kv.key, delivered_through = state.delivered_through, last, "subscription delivery: the event store is behind a cursor; restarting it at the store's end");
            state.delivered_through = last;
            state.in_progress = None;
            self.save_cursor(&state, &mut revision).await?;
        }
        if state.in_progress.is_none() && state.delivered_through >= last {
            return Ok(());
        }
        let now = keel_types::time::now_millis();
        if state.retry_at.is_some_and(|at| now < at) {
            return Ok(());
        }
        let filter_key =
            subscriptions::filter_key(&state.region, &state.log_group_name, &state.filter_name);
        let Some(filter_kv) = self.store.get(&filter_key).await? else {
            // The filter is gone (its group too, maybe): so is its cursor.
            let txn = Txn::new()
                .when(vec![Compare::mod_revision_eq(kv.key.clone(), revision)])
                .and_then(vec![Op::delete(kv.key.clone())]);
            self.store.txn(txn).await?;
            return Ok(());
        };
        let filter: SubscriptionFilter = serde_json::from_slice(&filter_kv.value)?;
        let text = filter.filter_pattern.clone().unwrap_or_default();
        let pattern = match patterns.get(&text) {
            Some(p) => p.clone(),
            None => {
                let p = Arc::new(crate::patterns::parse_pattern(&text)?);
                patterns.insert(text, p.clone());
                p
            }
        };
        for _ in 0..options.chunks_per_pass.max(1) {
            let range = *state.in_progress.get_or_insert(InProgress {
                through: last,
                after_timestamp: None,
                after_seq: None,
            });
            let chunk = {
                let events = self.events.clone();
                let (state, pattern, options) = (state.clone(), pattern.clone(), options.clone());
                tokio::task::spawn_blocking(move || {
                    read_chunk(&events, &state, range, pattern, &options)
                })
                .await
                .map_err(|err| LogsError::Internal(format!("delivery read failed: {err}")))?
            };
            let count = chunk.events.len() as u64;
            // A whole range with nothing to deliver moves the cursor in memory only (for up to
            // SKIP_AT_MOST_MS): were the process to die, reading the range again delivers
            // nothing twice. This keeps the store from being written every pass for every
            // filter while other groups log.
            let now = keel_types::time::now_millis();
            let nothing_happened = chunk.events.is_empty()
                && skipping_since.is_none_or(|since| now.saturating_sub(since) < SKIP_AT_MOST_MS)
                && chunk.resume.is_none()
                && range.after().is_none()
                && state.attempts == 0
                && state.failing_since.is_none()
                && state.last_error.is_none();
            if nothing_happened {
                state.delivered_through = range.through;
                state.in_progress = None;
                self.delivery_skips.lock().insert(
                    kv.key.clone(),
                    Skipped {
                        revision,
                        delivered_through: range.through,
                        since: skipping_since.unwrap_or(now),
                    },
                );
                return Ok(());
            }
            let outcome = if chunk.events.is_empty() {
                Ok(())
            } else {
                self.write_delivery(&state, &filter, chunk.events).await
            };
            let now = keel_types::time::now_millis();
            match outcome {
                Ok(()) => {
                    state.delivered_events += count;
                    report.delivered += count;
                    state.attempts = 0;
                    state.failing_since = None;
                    state.retry_at = None;
                    state.last_error = None;
                }
                Err(err) => {
                    report.failures += 1;
                    let since = *state.failing_since.get_or_insert(now);
                    state.attempts = state.attempts.saturating_add(1);
                    state.last_error = Some(err.to_string());
                    if now.saturating_sub(since) >= millis(options.give_up_after) {
                        tracing::warn!(
                            group = %state.log_group_name, filter = %state.filter_name,
                            destination = filter.destination_arn.as_deref().unwrap_or(""),
                            %err, events = count, failing_since = since,
                            "subscription delivery: passing over events that could not be delivered"
                        );
                        state.undeliverable_events += count;
                        report.undeliverable += count;
                        state.retry_at = None;
                    } else {
                        let delay = backoff(options, state.attempts);
                        tracing::warn!(
                            group = %state.log_group_name, filter = %state.filter_name,
                            destination = filter.destination_arn.as_deref().unwrap_or(""),
                            %err, attempts = state.attempts, retry_in = ?delay,
                            "subscription delivery failed; retrying"
                        );
                        state.retry_at = Some(now.saturating_add(millis(delay)));
                        self.save_cursor(&state, &mut revision).await?;
                        return Ok(());
                    }
                }
            }
            match (chunk.resume, state.in_progress.as_mut()) {
                (Some(p), Some(range)) => range.set_after(p),
                _ => {
                    state.delivered_through = range.through;
                    state.in_progress = None;
                }
            }
            self.delivery_skips.lock().remove(&kv.key);
            if !self.save_cursor(&state, &mut revision).await? || state.in_progress.is_none() {
                return Ok(());
            }
        }
        report.more = true;
        Ok(())
    }

    /// Appends a chunk's events to the filter's destination, one append per source stream;
    /// each is durable when it answers.
    async fn write_delivery(
        &self,
        state: &DeliveryState,
        filter: &SubscriptionFilter,
        events: Vec<Event>,
    ) -> Result<(), LogsError> {
        let arn = filter.destination_arn.as_deref().unwrap_or_default();
        if crate::firehose::is_firehose_arn(arn) {
            return self.post_to_firehose(state, filter, arn, events).await;
        }
        let target = subscriptions::resolve_destination(
            self,
            &state.region,
            &state.account_id,
            arn,
            "destination",
        )
        .await?;
        if target == state.log_group_name {
            return Err(LogsError::invalid(format!(
                "The destination {arn} delivers into the filter's own log group."
            )));
        }
        let group = crate::groups::load_group_in(self, &state.region, &target)
            .await
            .map_err(|err| match err {
                LogsError::LogGroupNotFound => LogsError::ResourceNotFound(format!(
                    "The destination log group {target} does not exist."
                )),
                other => other,
            })?;
        let key = group.events_key(&state.region);
        let mut by_stream: Vec<(Arc<str>, Vec<NewEvent>)> = Vec::new();
        for event in events {
            let new = NewEvent {
                timestamp: event.timestamp,
                message: event.message,
            };
            match by_stream.iter_mut().find(|(s, _)| *s == event.stream) {
                Some((_, list)) => list.push(new),
                None => by_stream.push((event.stream, vec![new])),
            }
        }
        let now = keel_types::time::now_millis();
        for (stream, events) in by_stream {
            let name = delivered_stream_name(&state.log_group_name, &stream);
            self.events
                .append(&key, &name, Some(now), now, events)
                .await?;
        }
        Ok(())
    }
}

impl LogsService {
    /// Posts a chunk to the endpoint of the Firehose delivery stream `arn` names: one record
    /// per source stream, all in one request, acknowledged by a 200 (see [`crate::firehose`]).
    async fn post_to_firehose(
        &self,
        state: &DeliveryState,
        filter: &SubscriptionFilter,
        arn: &str,
        events: Vec<Event>,
    ) -> Result<(), LogsError> {
        let uri = self
            .firehose
            .for_arn(arn, &state.region, &state.account_id)
            .ok_or_else(|| {
                LogsError::invalid(format!(
                    "The Firehose delivery stream {arn} has no endpoint configured (--logs-firehose-endpoint)."
                ))
            })?;
        let mut by_stream: Vec<(Arc<str>, Vec<crate::firehose::RecordEvent<'_>>)> = Vec::new();
        for event in &events {
            let entry = (
                crate::events::event_id(event.position()),
                event.timestamp,
                event.message.as_str(),
            );
            match by_stream.iter_mut().find(|(s, _)| *s == event.stream) {
                Some((_, list)) => list.push(entry),
                None => by_stream.push((event.stream.clone(), vec![entry])),
            }
        }
        let filter_name = filter.filter_name.as_deref().unwrap_or_default();
        let records: Vec<Vec<u8>> = by_stream
            .iter()
            .map(|(stream, list)| {
                crate::firehose::data_message(
                    &state.account_id,
                    &state.log_group_name,
                    stream,
                    filter_name,
                    list,
                )
            })
            .collect();
        let request_id = keel_types::ids::new_uuid();
        let body =
            crate::firehose::request_body(&request_id, keel_types::time::now_millis(), &records);
        crate::firehose::post(uri, arn, &request_id, body).await
    }
}

/// Delivers subscription filters' events until `stop` turns true: gives filters stored before
/// delivery existed a cursor, then runs [`LogsService::deliver_subscriptions`] every
/// `poll_interval`, or at once while a pass left more to do. A pass that panics is logged as
/// an error and does not end the task.
pub async fn run(
    svc: Arc<LogsService>,
    account_id: String,
    options: DeliveryOptions,
    mut stop: watch::Receiver<bool>,
) {
    match svc.ensure_delivery_cursors(&account_id).await {
        Ok(0) => {}
        Ok(made) => tracing::info!(
            made,
            "subscription filters without a delivery cursor now deliver from here"
        ),
        Err(err) => {
            tracing::warn!(%err, "subscription delivery: cannot give existing filters a cursor")
        }
    }
    let options = Arc::new(options);
    loop {
        let pass = tokio::spawn({
            let (svc, options) = (svc.clone(), options.clone());
            async move { svc.deliver_subscriptions(&options).await }
        });
        let more = match pass.await {
            Ok(report) => {
                if report.delivered > 0 || report.undeliverable > 0 {
                    tracing::debug!(?report, "subscription delivery pass");
                }
                report.more
            }
            Err(err) => {
                tracing::error!(%err, "subscription delivery pass panicked");
                false
            }
        };
        if *stop.borrow() {
            return;
        }
        if more {
            tokio::task::yield_now().await;
            continue;
        }
        if crate::stopped_after(&mut stop, tokio::time::sleep(options.poll_interval)).await {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delivered_stream_names_fit_and_stay_apart() {
        assert_eq!(delivered_stream_name("/app/web", "web/1"), "/app/web/web/1");
        let long_group = "g".repeat(400);
        let a = delivered_stream_name(&long_group, &"é".repeat(200));
        let b = delivered_stream_name(&long_group, &format!("{}x", "é".repeat(200)));
        assert!(a.len() <= MAX_STREAM_NAME && b.len() <= MAX_STREAM_NAME);
        assert_ne!(a, b);
        assert_eq!(a, delivered_stream_name(&long_group, &"é".repeat(200)));
    }

    #[test]
    fn backoff_doubles_up_to_its_ceiling() {
        let options = DeliveryOptions::default();
        assert_eq!(backoff(&options, 1), Duration::from_secs(1));
        assert_eq!(backoff(&options, 2), Duration::from_secs(2));
        assert_eq!(backoff(&options, 4), Duration::from_secs(8));
        assert_eq!(backoff(&options, 40), Duration::from_secs(300));
    }

    #[test]
    fn cursors_read_back_what_earlier_records_left_out() {
        let state: DeliveryState = serde_json::from_str(
            r#"{"region":"r","accountId":"1","logGroupName":"g","filterName":"f","sourceKey":"k","deliveredThrough":7}"#,
        )
        .unwrap();
        assert_eq!(state, DeliveryState::new("r", "1", "g", "f", "k".into(), 7));
    }
}
