//! The awslogs driver, agent side: each `awslogs` container's output is read back from the
//! runtime ([`keel_runtime::Runtime::logs`], from a persisted [`LogCursor`]), grouped into
//! events (one per line, or per multi-line message with `awslogs-multiline-pattern` /
//! `awslogs-datetime-format`), batched and put through a [`LogSink`].
//!
//! * `mode: blocking` (the default) never drops: the reader waits for the sink.
//! * `mode: non-blocking` keeps up to `max-buffer-size` bytes of events waiting for the sink
//!   and drops (and counts) what does not fit.
//!
//! The cursor is persisted after each acknowledged batch, so a restarted agent continues after
//! the last line the sink acknowledged (or dropped). A batch the sink stored whose answer was
//! lost (a crash before the cursor's write, a timed-out put) is found again by reading the
//! stream's tail ([`LogSink::stored_tail`]) before the next put, and not sent twice.

use std::collections::{BTreeMap, VecDeque};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use async_trait::async_trait;
use futures::StreamExt;
use keel_runtime::mapping::{AwsLogs, DEFAULT_NON_BLOCKING_BUFFER, LogMode, TaskContext};
use keel_runtime::{LogCursor, LogLine, LogOptions, LogStream};
use parking_lot::Mutex;
use regex::Regex;
use tokio::sync::{Notify, watch};
use tokio::time::Instant;

use crate::agent::Shared;
use crate::config::LogShipping;
use crate::model::DesiredTask;
use crate::store::CursorFile;

/// Where a container's events go.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct LogTarget {
    pub region: String,
    /// `awslogs-group`.
    pub group: String,
    /// `PREFIX/CONTAINER-NAME/TASK-ID` with `awslogs-stream-prefix`, else the container id.
    pub stream: String,
    /// `awslogs-create-group`.
    pub create_group: bool,
}

/// One log event: milliseconds since the epoch and the message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogEvent {
    pub timestamp: i64,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct SinkError(pub String);

/// Receives container output. An `Ok` means the events are stored (durably): the agent then
/// moves its cursor past them. Failures are retried (the agent never drops an event the
/// buffer holds), so the batch is lent, not given: a sink copies only what it must keep.
#[async_trait]
pub trait LogSink: Send + Sync {
    async fn put(&self, target: &LogTarget, events: &[LogEvent]) -> Result<(), SinkError>;

    /// The last `limit` events stored in the target's stream, oldest first (empty when the
    /// stream does not exist); `None` when the sink cannot tell. After a failed put, or when a
    /// restarted agent resumes, a batch may already be stored (the answer was lost, or the
    /// agent died before moving its cursor): the shipper compares the batch with this and
    /// skips what is already there, so nothing is stored twice.
    async fn stored_tail(
        &self,
        _target: &LogTarget,
        _limit: usize,
    ) -> Result<Option<Vec<LogEvent>>, SinkError> {
        Ok(None)
    }
}

/// How many leading events of `batch` are the stream's last stored events (`tail`, oldest
/// first): the largest `k` with `tail[len - k..] == batch[..k]`. A batch is stored whole or
/// not at all, so after a lost answer the overlap is that batch exactly.
pub fn already_stored(tail: &[LogEvent], batch: &[LogEvent]) -> usize {
    (1..=tail.len().min(batch.len()))
        .rev()
        .find(|&k| tail[tail.len() - k..] == batch[..k])
        .unwrap_or(0)
}

/// CloudWatch's largest event message: 256 KiB less the 26 bytes counted per event.
pub const MAX_EVENT_BYTES: usize = 262_144 - 26;
/// What CloudWatch counts per event on top of its message.
pub const EVENT_OVERHEAD: usize = 26;
const DAY_MS: i64 = 86_400_000;
/// A shipper's queue keeps room for this many events; more is given back once it drains.
const SHRINK_BELOW: usize = 256;
/// How long a finished container's stream may stay quiet before its shipper stops reading.
const DRAIN_IDLE: Duration = Duration::from_secs(2);

async fn sleep_for(wait: Option<Duration>) {
    match wait {
        Some(d) => tokio::time::sleep(d).await,
        None => std::future::pending().await,
    }
}

#[derive(Debug, Default)]
pub(crate) struct LogCounters {
    shipped: AtomicU64,
    dropped: AtomicU64,
}

impl LogCounters {
    pub fn shipped(&self) -> u64 {
        self.shipped.load(Ordering::Relaxed)
    }
    pub fn dropped(&self) -> u64 {
        self.dropped.load(Ordering::Relaxed)
    }
}

/// What the owner loop tells a shipper about its container.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RunState {
    /// Incremented at each (re)start.
    pub generation: u64,
    /// The container has stopped for good: read what is left and finish.
    pub finished: bool,
}

/// `max-buffer-size` as Docker reads it (`4096`, `64k`, `10m`, `1g`; binary units).
pub fn parse_size(text: &str) -> Option<usize> {
    let lower = text.trim().to_ascii_lowercase();
    let digits_end = lower
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(lower.len());
    let (number, unit) = lower.split_at(digits_end);
    let value: f64 = number.parse().ok()?;
    let unit = unit.trim();
    let unit = unit
        .strip_suffix("ib")
        .or_else(|| unit.strip_suffix('b'))
        .unwrap_or(unit);
    let scale: f64 = match unit {
        "" => 1.0,
        "k" => 1024.0,
        "m" => 1024.0 * 1024.0,
        "g" => 1024.0 * 1024.0 * 1024.0,
        "t" => 1024.0 * 1024.0 * 1024.0 * 1024.0,
        _ => return None,
    };
    let bytes = value * scale;
    (bytes.is_finite() && bytes >= 1.0).then_some(bytes as usize)
}

/// `awslogs-datetime-format` (strftime) as the regular expression Docker's awslogs driver
/// matches at the start of a line.
pub fn datetime_regex(format: &str) -> String {
    let mut out = String::from("^");
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push_str(&regex::escape(&c.to_string()));
            continue;
        }
        let Some(spec) = chars.next() else {
            out.push('%');
            break;
        };
        let piece = match spec {
            'a' => "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)",
            'A' => "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)",
            'b' => "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",
            'B' => {
                "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
            }
            'd' => "(?:0[1-9]|[12][0-9]|3[01])",
            'f' => r"\d{6}",
            'H' => "(?:[01][0-9]|2[0-3])",
            'I' => "(?:0[0-9]|1[0-2])",
            'j' => "(?:00[1-9]|0[1-9][0-9]|[12][0-9][0-9]|3[0-5][0-9]|36[0-6])",
            'L' => r"\.\d{3}",
            'm' => "(?:0[1-9]|1[0-2])",
            'M' => "[0-5][0-9]",
            'p' => "[AP]M",
            'S' => "[0-5][0-9]",
            'y' => r"\d{2}",
            'Y' => r"\d{4}",
            'z' => r"[+-]\d{4}",
            'Z' => "[A-Z]{1,4}T",
            '%' => "%",
            other => {
                // Unknown directives match themselves, as literal text.
                out.push_str(&regex::escape(&format!("%{other}")));
                continue;
            }
        };
        out.push_str(piece);
    }
    out
}

/// Where an event starts.
fn start_pattern(options: &AwsLogs) -> Option<Regex> {
    // Docker: the datetime format wins over the multi-line pattern.
    let (source, text) = match (&options.datetime_format, &options.multiline_pattern) {
        (Some(format), _) => ("awslogs-datetime-format", datetime_regex(format)),
        (None, Some(pattern)) => ("awslogs-multiline-pattern", pattern.clone()),
        (None, None) => return None,
    };
    match Regex::new(&text) {
        Ok(regex) => Some(regex),
        Err(error) => {
            tracing::warn!(option = source, %error, "invalid pattern; one event per line");
            None
        }
    }
}

fn later(a: LogCursor, b: LogCursor) -> LogCursor {
    if (b.time, b.lines_at_time) > (a.time, a.lines_at_time) {
        b
    } else {
        a
    }
}

fn earlier(a: LogCursor, b: LogCursor) -> LogCursor {
    if (b.time, b.lines_at_time) < (a.time, a.lines_at_time) {
        b
    } else {
        a
    }
}

/// Puts a batch in timestamp order, keeping the read order of equal stamps: the log service
/// (as CloudWatch) refuses a put whose events are not chronological, and the runtime's stamps
/// can go back (a line of one stream stamped just before a line of the other; Docker 20.10
/// replaying part of a rotated log file to a follower).
fn chronological(batch: &mut [LogEvent]) {
    if !batch.is_sorted_by_key(|e| e.timestamp) {
        batch.sort_by_key(|e| e.timestamp); // stable
    }
}

/// A finished event with the position after its last line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Grouped {
    pub event: LogEvent,
    pub lines: u64,
    pub cursor_after: LogCursor,
}

struct Open {
    timestamp: i64,
    message: String,
    lines: u64,
    cursor_after: LogCursor,
}

struct Partial {
    bytes: Vec<u8>,
    timestamp: i64,
    /// The position before its first piece.
    before: LogCursor,
}

/// Turns runtime lines into events: joins a long line's pieces, groups multi-line messages,
/// splits what is longer than an event may be.
pub(crate) struct Grouper {
    starts: Option<Regex>,
    open: Option<Open>,
    partial: BTreeMap<u8, Partial>,
}

impl Grouper {
    pub fn new(starts: Option<Regex>) -> Self {
        Self {
            starts,
            open: None,
            partial: BTreeMap::new(),
        }
    }

    pub fn has_open(&self) -> bool {
        self.open.is_some()
    }

    /// Feeds one runtime line; `before`/`after` are the read cursor around it.
    pub fn feed(
        &mut self,
        line: &LogLine,
        before: LogCursor,
        after: LogCursor,
        out: &mut Vec<Grouped>,
    ) {
        let key = match line.stream {
            LogStream::Stdout => 0,
            LogStream::Stderr => 1,
        };
        let timestamp = line.time.unix_millis();
        if line.partial {
            let piece = self.partial.entry(key).or_insert_with(|| Partial {
                bytes: Vec::new(),
                timestamp,
                before,
            });
            piece.bytes.extend_from_slice(&line.message);
            return;
        }
        let (bytes, timestamp) = match self.partial.remove(&key) {
            Some(mut piece) => {
                piece.bytes.extend_from_slice(&line.message);
                (piece.bytes, piece.timestamp)
            }
            None => (line.message.to_vec(), timestamp),
        };
        let text = String::from_utf8_lossy(&bytes).into_owned();
        // (timestamp, message, lines, position after it). Pieces of a split line other than
        // its last end "before" the line: until the last piece is shipped, the line is re-read.
        let mut emitted: Vec<(i64, String, u64, LogCursor)> = Vec::new();
        let mut chunks = split_message(&text);
        let last = chunks.pop().unwrap_or_default();
        match &self.starts {
            None => {
                for chunk in chunks {
                    emitted.push((timestamp, chunk, 0, before));
                }
                emitted.push((timestamp, last, 1, after));
            }
            Some(starts) => {
                let new_event = starts.is_match(&text);
                match self.open.take() {
                    Some(mut open)
                        if !new_event
                            && chunks.is_empty()
                            && open.message.len() + 1 + last.len() <= MAX_EVENT_BYTES =>
                    {
                        open.message.push('\n');
                        open.message.push_str(&last);
                        open.lines += 1;
                        open.cursor_after = after;
                        self.open = Some(open);
                        return;
                    }
                    Some(open) => {
                        emitted.push((open.timestamp, open.message, open.lines, open.cursor_after))
                    }
                    None => {}
                }
                for chunk in chunks {
                    emitted.push((timestamp, chunk, 0, before));
                }
                self.open = Some(Open {
                    timestamp,
                    message: last,
                    lines: 1,
                    cursor_after: after,
                });
            }
        }
        for (timestamp, message, lines, mut cursor) in emitted {
            // Never past a piece of a long line still being joined.
            for piece in self.partial.values() {
                cursor = earlier(cursor, piece.before);
            }
            out.push(Grouped {
                event: LogEvent { timestamp, message },
                lines,
                cursor_after: cursor,
            });
        }
    }

    /// Ends the open multi-line message (no more lines for a while, or the output ended).
    pub fn flush(&mut self, out: &mut Vec<Grouped>) {
        if let Some(open) = self.open.take() {
            let mut cursor = open.cursor_after;
            for piece in self.partial.values() {
                cursor = earlier(cursor, piece.before);
            }
            out.push(Grouped {
                event: LogEvent {
                    timestamp: open.timestamp,
                    message: open.message,
                },
                lines: open.lines,
                cursor_after: cursor,
            });
        }
    }
}

/// Splits text into pieces of at most [`MAX_EVENT_BYTES`], at character boundaries.
fn split_message(text: &str) -> Vec<String> {
    if text.len() <= MAX_EVENT_BYTES {
        return vec![text.to_string()];
    }
    let mut out = Vec::new();
    let mut rest = text;
    while rest.len() > MAX_EVENT_BYTES {
        let mut cut = MAX_EVENT_BYTES;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push(rest[..cut].to_string());
        rest = &rest[cut..];
    }
    out.push(rest.to_string());
    out
}

struct Queued {
    event: LogEvent,
    size: usize,
    cursor_after: LogCursor,
    arrived: Instant,
}

#[derive(Default)]
struct QueueState {
    events: VecDeque<Queued>,
    bytes: usize,
    closed: bool,
    /// Past lines dropped while nothing was queued: persist once what is in flight is acked.
    skip: Option<LogCursor>,
}

enum SendStep {
    Done,
    Skip(LogCursor),
    Wait(Option<Instant>),
    Put {
        batch: Vec<LogEvent>,
        positions: [Option<LogCursor>; 2],
    },
}

#[derive(Default)]
struct Queue {
    state: Mutex<QueueState>,
    data: Notify,
    space: Notify,
}

/// Ships one container's output.
pub(crate) struct Shipper {
    shared: Arc<Shared>,
    sink: Arc<dyn LogSink>,
    task_id: String,
    container: String,
    id: String,
    target: LogTarget,
    mode: LogMode,
    limit: usize,
    starts: Option<Regex>,
    settings: LogShipping,
    counters: Arc<LogCounters>,
    queue: Queue,
}

impl Shipper {
    pub fn new(
        shared: Arc<Shared>,
        sink: Arc<dyn LogSink>,
        task: &DesiredTask,
        container: &str,
        id: String,
        options: &AwsLogs,
        ctx: &TaskContext,
    ) -> Self {
        let region = options
            .region
            .clone()
            .or_else(|| ctx.region.clone())
            .unwrap_or_else(|| "us-east-1".to_string());
        let target = LogTarget {
            region,
            group: options.group.clone(),
            stream: options.stream_name(container, task.task_id(), &id),
            create_group: options.create_group,
        };
        let settings = shared.config.logs.clone();
        let limit = match options.mode {
            // One full batch waiting while one is being put: enough to keep the sink busy, and
            // the runtime keeps the rest (see `keel_runtime::mapping::LocalLogFiles`). Room for
            // one more of the largest events, so that the queue does reach a full batch (and
            // sends it at once) rather than stop just short of it and wait for the flush.
            LogMode::Blocking => settings.max_batch_bytes + MAX_EVENT_BYTES + EVENT_OVERHEAD,
            LogMode::NonBlocking => options
                .max_buffer_size
                .as_deref()
                .and_then(parse_size)
                .or_else(|| parse_size(DEFAULT_NON_BLOCKING_BUFFER))
                .unwrap_or(10 << 20),
        };
        let counters = shared
            .log_counters
            .lock()
            .entry((task.task_arn.clone(), container.to_string()))
            .or_default()
            .clone();
        Self {
            sink,
            task_id: task.task_id().to_string(),
            container: container.to_string(),
            id,
            target,
            mode: options.mode,
            limit,
            starts: start_pattern(options),
            settings,
            counters,
            queue: Queue::default(),
            shared,
        }
    }

    pub async fn run(self, state: watch::Receiver<RunState>) {
        let file = match self.shared.dir.load_cursor(&self.task_id, &self.container) {
            Ok(file) => file.unwrap_or_default(),
            Err(error) => {
                tracing::error!(task = %self.task_id, container = %self.container, %error, "unreadable log cursor; shipping from the start");
                CursorFile::default()
            }
        };
        self.counters
            .shipped
            .store(file.shipped_events, Ordering::Relaxed);
        self.counters
            .dropped
            .store(file.dropped_lines, Ordering::Relaxed);
        tokio::join!(self.read(state, file.cursor), self.send(file));
    }

    /// Reads the container's output into the queue.
    async fn read(&self, mut state: watch::Receiver<RunState>, mut cursor: Option<LogCursor>) {
        let mut grouper = Grouper::new(self.starts.clone());
        let mut out = Vec::new();
        loop {
            let finished = state.borrow_and_update().finished;
            let options = LogOptions {
                follow: !finished,
                ..LogOptions::follow_from(cursor)
            };
            let mut lines = self.shared.runtime.logs(&self.id, options);
            // Once the container is done, what is left is read until the stream ends or goes
            // quiet (a container that could not be stopped keeps its stream open).
            let mut draining = finished;
            loop {
                let wait = if grouper.has_open() {
                    Some(self.settings.multiline_flush)
                } else if draining {
                    Some(DRAIN_IDLE)
                } else {
                    None
                };
                let next = tokio::select! {
                    next = lines.next() => Some(next),
                    _ = sleep_for(wait) => None,
                    changed = state.changed(), if !draining => {
                        if changed.is_err() || state.borrow().finished {
                            draining = true;
                        }
                        continue;
                    }
                };
                match next {
                    None => {
                        if grouper.has_open() {
                            grouper.flush(&mut out);
                            self.push_all(&mut out).await;
                        } else if draining {
                            break;
                        }
                    }
                    Some(None) => break,
                    Some(Some(Ok(line))) => {
                        let before = cursor.unwrap_or_default();
                        let mut after = before;
                        after.advance(&line);
                        cursor = Some(after);
                        grouper.feed(&line, before, after, &mut out);
                        self.push_all(&mut out).await;
                    }
                    Some(Some(Err(error))) => {
                        if !error.is_not_found() {
                            tracing::warn!(container = %self.container, %error, "reading container output failed");
                        }
                        break;
                    }
                }
            }
            let finished = finished || draining;
            grouper.flush(&mut out);
            self.push_all(&mut out).await;
            if finished {
                break;
            }
            // Until the container starts again or is done; look again now and then in case
            // the stream ended for another reason than an exit.
            tokio::select! {
                changed = state.changed() => {
                    if changed.is_err() {
                        break;
                    }
                }
                _ = tokio::time::sleep(Duration::from_secs(1)) => {}
            }
        }
        let mut q = self.queue.state.lock();
        q.closed = true;
        drop(q);
        self.queue.data.notify_one();
    }

    async fn push_all(&self, out: &mut Vec<Grouped>) {
        for grouped in out.drain(..) {
            self.push(grouped).await;
        }
    }

    async fn push(&self, grouped: Grouped) {
        let mut grouped = Some(grouped);
        while let Some(item) = grouped.take() {
            if let Err(back) = self.try_push(item) {
                grouped = Some(back);
                self.queue.space.notified().await;
            }
        }
    }

    /// Queues an event, or drops it (non-blocking mode) when the buffer is full; in blocking
    /// mode gives it back to wait for space.
    fn try_push(&self, grouped: Grouped) -> Result<(), Grouped> {
        let size = grouped.event.message.len() + EVENT_OVERHEAD;
        let mut q = self.queue.state.lock();
        let fits = q.events.is_empty() || q.bytes + size <= self.limit;
        if fits {
            q.bytes += size;
            q.events.push_back(Queued {
                event: grouped.event,
                size,
                cursor_after: grouped.cursor_after,
                arrived: Instant::now(),
            });
        } else if self.mode == LogMode::NonBlocking {
            self.counters
                .dropped
                .fetch_add(grouped.lines, Ordering::Relaxed);
            let position = grouped.cursor_after;
            match q.events.back_mut() {
                // The dropped lines come after the last queued event: once it is shipped the
                // cursor may pass them too.
                Some(tail) => tail.cursor_after = later(tail.cursor_after, position),
                None => q.skip = Some(q.skip.map_or(position, |s| later(s, position))),
            }
        } else {
            return Err(grouped);
        }
        drop(q);
        self.queue.data.notify_one();
        Ok(())
    }

    /// What the sender does next, decided under the queue's lock.
    fn next_step(&self) -> SendStep {
        let mut q = self.queue.state.lock();
        if q.events.is_empty() {
            if let Some(skip) = q.skip.take() {
                return SendStep::Skip(skip);
            }
            if q.closed {
                return SendStep::Done;
            }
            return SendStep::Wait(None);
        }
        let full = q.events.len() >= self.settings.max_batch_events
            || q.bytes >= self.settings.max_batch_bytes;
        let oldest = q
            .events
            .front()
            .map(|e| e.arrived)
            .unwrap_or_else(Instant::now);
        let due = oldest + self.settings.flush_interval;
        if !full && !q.closed && Instant::now() < due {
            return SendStep::Wait(Some(due));
        }
        let mut batch = Vec::new();
        let mut bytes = 0;
        let first_ts = q.events.front().map(|e| e.event.timestamp).unwrap_or(0);
        let mut last = None;
        while let Some(next) = q.events.front() {
            if !batch.is_empty()
                && (batch.len() >= self.settings.max_batch_events
                    || bytes + next.size > self.settings.max_batch_bytes
                    || (next.event.timestamp - first_ts).abs() >= DAY_MS)
            {
                break;
            }
            let Some(item) = q.events.pop_front() else {
                break;
            };
            q.bytes -= item.size;
            bytes += item.size;
            last = Some(item.cursor_after);
            batch.push(item.event);
        }
        chronological(&mut batch);
        // The queue grows to what the byte limit lets in (thousands of small events while the
        // sink is slow) and a VecDeque never gives that back by itself: a container that once
        // fell behind would keep its largest queue for good.
        if q.events.len() < SHRINK_BELOW && q.events.capacity() > 4 * SHRINK_BELOW {
            q.events.shrink_to(SHRINK_BELOW);
        }
        SendStep::Put {
            batch,
            positions: [last, q.skip.take()],
        }
    }

    /// Puts batches through the sink, persisting the cursor after each.
    async fn send(&self, mut file: CursorFile) {
        // A resumed shipper may find its first batch stored already (see `stored_tail`).
        let mut uncertain = file.cursor.is_some();
        loop {
            match self.next_step() {
                SendStep::Done => return,
                SendStep::Skip(skip) => {
                    file.cursor = Some(file.cursor.map_or(skip, |c| later(c, skip)));
                    self.save(&file);
                }
                SendStep::Wait(None) => self.queue.data.notified().await,
                SendStep::Wait(Some(due)) => {
                    let _ = tokio::time::timeout_at(due, self.queue.data.notified()).await;
                }
                SendStep::Put { batch, positions } => {
                    self.queue.space.notify_one();
                    let count = batch.len() as u64;
                    self.put(batch, &mut uncertain).await;
                    for position in positions.into_iter().flatten() {
                        file.cursor = Some(file.cursor.map_or(position, |c| later(c, position)));
                    }
                    file.shipped_events += count;
                    self.counters.shipped.fetch_add(count, Ordering::Relaxed);
                    self.save(&file);
                }
            }
        }
    }

    fn save(&self, file: &CursorFile) {
        let mut file = file.clone();
        file.dropped_lines = self.counters.dropped();
        if let Err(error) = self
            .shared
            .dir
            .save_cursor(&self.task_id, &self.container, &file)
        {
            tracing::error!(container = %self.container, %error, "cannot persist log cursor");
        }
    }

    /// Until the sink takes the batch: it is never dropped. When `uncertain`, what the stream
    /// already holds of it is skipped first.
    async fn put(&self, mut events: Vec<LogEvent>, uncertain: &mut bool) {
        let mut delay = self.settings.retry_first;
        loop {
            if *uncertain {
                match self.sink.stored_tail(&self.target, events.len()).await {
                    Ok(Some(tail)) => {
                        let skip = already_stored(&tail, &events);
                        if skip > 0 {
                            tracing::info!(group = %self.target.group, stream = %self.target.stream, skip, "events already stored; not sending them again");
                            events.drain(..skip);
                        }
                        *uncertain = false;
                    }
                    Ok(None) => *uncertain = false,
                    Err(error) => {
                        tracing::warn!(group = %self.target.group, stream = %self.target.stream, %error, "cannot read the stream's tail; retrying");
                        tokio::time::sleep(delay).await;
                        delay = (delay * 2).min(self.settings.retry_max);
                        continue;
                    }
                }
                if events.is_empty() {
                    return;
                }
            }
            match self.sink.put(&self.target, &events).await {
                Ok(()) => return,
                Err(error) => {
                    *uncertain = true;
                    tracing::warn!(group = %self.target.group, stream = %self.target.stream, %error, "log sink refused a batch; retrying");
                    tokio::time::sleep(delay).await;
                    delay = (delay * 2).min(self.settings.retry_max);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stored_overlap_is_found_exactly() {
        let ev = |t: i64, m: &str| LogEvent {
            timestamp: t,
            message: m.to_string(),
        };
        let tail = vec![ev(1, "a"), ev(2, "b"), ev(3, "c")];
        // The whole lost batch, then new lines.
        assert_eq!(
            already_stored(&tail, &[ev(2, "b"), ev(3, "c"), ev(4, "d")]),
            2
        );
        assert_eq!(already_stored(&tail, &[ev(3, "c")]), 1);
        // Nothing of it stored.
        assert_eq!(already_stored(&tail, &[ev(4, "d"), ev(5, "e")]), 0);
        assert_eq!(already_stored(&[], &[ev(1, "a")]), 0);
        // Same text at another time is another event.
        assert_eq!(already_stored(&tail, &[ev(9, "c")]), 0);
        // The batch lies wholly inside the tail's end.
        assert_eq!(
            already_stored(&tail, &[ev(1, "a"), ev(2, "b"), ev(3, "c")]),
            3
        );
    }
    use bytes::Bytes;
    use keel_runtime::Timestamp;

    fn line(ms: i64, text: &str, partial: bool) -> LogLine {
        LogLine {
            stream: LogStream::Stdout,
            time: Timestamp::from_unix_millis(ms),
            message: Bytes::copy_from_slice(text.as_bytes()),
            partial,
        }
    }

    fn group(starts: Option<&str>, lines: &[LogLine]) -> Vec<Grouped> {
        let mut g = Grouper::new(starts.map(|s| Regex::new(s).unwrap()));
        let mut cursor = LogCursor::default();
        let mut out = Vec::new();
        for l in lines {
            let before = cursor;
            cursor.advance(l);
            g.feed(l, before, cursor, &mut out);
        }
        g.flush(&mut out);
        out
    }

    #[test]
    fn batches_go_out_in_timestamp_order_keeping_ties_in_read_order() {
        let event = |timestamp, message: &str| LogEvent {
            timestamp,
            message: message.into(),
        };
        let mut batch = vec![
            event(5, "a"),
            event(7, "b"),
            event(3, "c"),
            event(7, "d"),
            event(5, "e"),
        ];
        chronological(&mut batch);
        let order: Vec<_> = batch.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(order, ["c", "a", "e", "b", "d"]);
    }

    #[test]
    fn sizes_parse_as_docker_reads_them() {
        assert_eq!(parse_size("4096"), Some(4096));
        assert_eq!(parse_size("64k"), Some(65_536));
        assert_eq!(parse_size("10m"), Some(10 << 20));
        assert_eq!(parse_size("1GB"), Some(1 << 30));
        assert_eq!(parse_size("2MiB"), Some(2 << 20));
        assert_eq!(parse_size("lots"), None);
        assert_eq!(parse_size("0"), None);
    }

    #[test]
    fn datetime_formats_become_anchored_patterns() {
        let re = Regex::new(&datetime_regex("%Y-%m-%d %H:%M:%S")).unwrap();
        assert!(re.is_match("2026-12-01 10:59:03 started"));
        assert!(!re.is_match("  at 2026-12-01 10:59:03"));
        assert!(!re.is_match("2026-13-01 10:59:03"));
        let re = Regex::new(&datetime_regex("[%b %d, %Y %I:%M:%S %p]")).unwrap();
        assert!(re.is_match("[Dec 01, 2026 10:59:03 PM] x"));
    }

    #[test]
    fn every_line_is_an_event_without_a_pattern() {
        let out = group(None, &[line(1, "a", false), line(2, "b", false)]);
        let messages: Vec<_> = out.iter().map(|g| g.event.message.as_str()).collect();
        assert_eq!(messages, ["a", "b"]);
        assert_eq!(out[1].cursor_after.lines_at_time, 1);
        assert_eq!(out[1].event.timestamp, 2);
    }

    #[test]
    fn multiline_pattern_groups_continuation_lines() {
        let lines = [
            line(1, "INFO start", false),
            line(2, "ERROR boom", false),
            line(3, "  at frame 1", false),
            line(4, "  at frame 2", false),
            line(5, "INFO done", false),
        ];
        let out = group(Some("^(INFO|ERROR)"), &lines);
        let messages: Vec<_> = out.iter().map(|g| g.event.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "INFO start",
                "ERROR boom\n  at frame 1\n  at frame 2",
                "INFO done"
            ]
        );
        assert_eq!(out[1].event.timestamp, 2);
        assert_eq!(out[1].lines, 3);
        // An event's position is right before the line that started the next one.
        assert_eq!(out[1].cursor_after.time, Timestamp::from_unix_millis(4));
        assert_eq!(out[2].cursor_after.time, Timestamp::from_unix_millis(5));
    }

    #[test]
    fn partial_pieces_are_joined_into_one_line() {
        let out = group(
            None,
            &[
                line(1, "abc", true),
                line(1, "def", true),
                line(2, "ghi", false),
            ],
        );
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].event.message, "abcdefghi");
        assert_eq!(out[0].event.timestamp, 1);
    }

    #[test]
    fn long_lines_are_split_at_the_event_limit() {
        let long = "é".repeat(MAX_EVENT_BYTES); // two bytes each
        let out = group(None, &[line(1, &long, false)]);
        assert_eq!(out.len(), 2);
        assert!(out.iter().all(|g| g.event.message.len() <= MAX_EVENT_BYTES));
        let joined: String = out.iter().map(|g| g.event.message.as_str()).collect();
        assert_eq!(joined, long);
    }
}
