//! `keel-logstore`: Keel's embedded, durable store of CloudWatch Logs events.
//!
//! Log groups hold log streams; streams hold events (timestamp in ms, a message, the ingestion
//! time). The store knows groups by an opaque key chosen by its caller (`keel-logs` uses
//! `REGION:NAME:INCARNATION`, so a group deleted and created again never sees its old
//! events); a group exists here once it has a stream.
//!
//! # Guarantees
//!
//! - **Durable when acknowledged.** [`LogStore::append`] and every other write answer only
//!   after their WAL record is fsynced; concurrent writers share one fsync (group commit).
//!   `kill -9` at any point loses nothing that was acknowledged.
//! - **Bounded memory.** Unsealed events are buffered per stream and sealed into compressed
//!   blocks when a buffer reaches `block_bytes`; all buffers are sealed when the WAL reaches
//!   `wal_roll_bytes`, so buffered data never exceeds that. The index costs about 100 bytes
//!   per sealed block (a block holds `block_bytes` of raw events), whatever is stored.
//! - **Order.** Reads return events ordered by (timestamp, sequence), the sequence being the
//!   store-wide arrival order, as CloudWatch orders events with equal timestamps.
//! - **Deletes and expiry are immediate for readers.** Deleting a stream or group, or expiring
//!   a group's old events, hides them from every read started afterwards; the space comes back
//!   later (group files at once, the rest through [`LogStore::reclaim`]). An expiry covers the
//!   events stored when it is made, never an event acknowledged after it.
//! - **Damage is reported, never a panic.** A block or record that does not check out is
//!   skipped, counted in [`LogStore::counters`] and logged once with its file and offset;
//!   recovery keeps every good block around it (see `docs/ARCHITECTURE.md`, "Recovery").
//!
//! # On disk
//!
//! ```text
//! DIR/LOCK                          exclusive lock of the directory
//! DIR/catalog                       checkpoint: groups, streams, statistics, as of a WAL seq
//! DIR/wal/<first seq>.wal           CRC-framed records since the checkpoint
//! DIR/groups/<group id>/<n>.seg     sealed blocks of one group, appended to, then immutable
//! ```
//!
//! See `docs/ARCHITECTURE.md` ("The log event store") for the design and its reasons.
//!
//! # Reading: the scan API
//!
//! Everything that reads events (GetLogEvents, FilterLogEvents, the Logs Insights engine,
//! subscription catch-up) goes through [`LogStore::scan`]:
//!
//! ```no_run
//! # use keel_logstore::*;
//! # use std::sync::Arc;
//! # fn demo(store: &LogStore) {
//! let request = ScanRequest::new(vec!["us-east-1:/app/web:1".into()], 1_700_000_000_000, 1_700_000_900_000)
//!     .streams(StreamFilter::Prefix("web/".into()))
//!     .direction(Direction::Ascending)
//!     // A cheap test on the raw message, run before an event is materialised.
//!     .prefilter(Arc::new(|message: &str| message.contains("ERROR")));
//! let mut scan = store.scan(request);
//! for event in scan.by_ref().take(1000) {
//!     println!("{} {} {}", event.stream, event.timestamp, event.message);
//! }
//! // Where to resume: every selected event before this position has been returned.
//! let resume_after = scan.frontier().map(|p| p.before(Direction::Ascending));
//! # }
//! ```
//!
//! A scan is an [`Iterator`] of [`Event`]s (group key, stream name, timestamp, ingestion time,
//! sequence, message) across any number of groups and streams, merged in time order (or
//! reverse with [`Direction::Descending`]); only blocks overlapping the time range and the
//! selected streams are read, and only when the merge reaches them. `after` resumes past a
//! [`Position`]; `min_seq` keeps only events ingested at or after a sequence number (to catch
//! up after a subscription lagged). [`Scan::scanned_bytes`] lets a caller bound the work per
//! call, and [`Scan::frontier`] says where to resume. The iterator does blocking reads: drive
//! it from a blocking thread.
//!
//! # Following new events: subscriptions
//!
//! [`LogStore::subscribe`] returns a `tokio::sync::broadcast` receiver of [`Appended`]
//! batches for one group: every append to any of its streams, after it is durable, in commit
//! order. Sequence numbers let a consumer track what it has seen; a lagged receiver catches up
//! by scanning with `min_seq`. A group's channel is dropped once its receivers are gone, and
//! closed when the group is deleted.

mod block;
mod catalog;
pub mod codec;
mod damage;
mod error;
pub mod fuzz;
mod scan;
mod segment;
mod state;
mod store;
mod wal;
mod writer;

use std::sync::Arc;

pub use catalog::StreamStats;
pub use error::LogStoreError;
pub use scan::Scan;
pub use store::LogStore;

/// Tuning; the defaults suit a server.
#[derive(Clone, Debug)]
pub struct LogStoreOptions {
    /// A stream's buffer is sealed into a block when its messages reach this many bytes.
    pub block_bytes: usize,
    /// When the WAL reaches this size, every buffer is sealed and a checkpoint written; this
    /// bounds both memory for buffers and the WAL replayed after a crash.
    pub wal_roll_bytes: u64,
    /// A group's segment file is rolled at this size.
    pub segment_bytes: u64,
    /// zstd level for blocks.
    pub compression_level: i32,
    /// Segments at least this fraction dead are rewritten by [`LogStore::reclaim`].
    pub compact_dead_ratio: f64,
    /// Commands queued for the writer before callers wait (backpressure).
    pub queue_depth: usize,
    /// Appends a subscriber may fall behind before it is told it lagged.
    pub subscriber_capacity: usize,
}

impl Default for LogStoreOptions {
    fn default() -> Self {
        Self {
            block_bytes: 256 << 10,
            wal_roll_bytes: 64 << 20,
            segment_bytes: 64 << 20,
            compression_level: 3,
            compact_dead_ratio: 0.5,
            queue_depth: 4096,
            subscriber_capacity: 4096,
        }
    }
}

/// An event to append.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewEvent {
    pub timestamp: i64,
    pub message: String,
}

/// What an append was given: its events took sequence numbers `first_seq..=last_seq`
/// (both 0 when it had no events).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AppendOutcome {
    pub first_seq: u64,
    pub last_seq: u64,
}

/// A stored event, as scans return it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub group: Arc<str>,
    pub stream: Arc<str>,
    pub timestamp: i64,
    pub ingestion_time: i64,
    /// Store-wide arrival order; unique per event.
    pub seq: u64,
    pub message: String,
}

impl Event {
    pub fn position(&self) -> Position {
        Position {
            timestamp: self.timestamp,
            seq: self.seq,
        }
    }
}

/// One append's events, as subscribers receive them.
#[derive(Clone, Debug)]
pub struct Appended {
    pub group: Arc<str>,
    pub stream: Arc<str>,
    pub events: Vec<Event>,
}

/// A place in the (timestamp, seq) order of events.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Position {
    pub timestamp: i64,
    pub seq: u64,
}

impl Position {
    /// The position just before this one in `direction`'s order: resuming a scan "after" it
    /// starts at this position itself.
    pub fn before(self, direction: Direction) -> Position {
        match direction {
            Direction::Ascending => match self.seq.checked_sub(1) {
                Some(seq) => Position { seq, ..self },
                None => Position {
                    timestamp: self.timestamp.saturating_sub(1),
                    seq: u64::MAX,
                },
            },
            Direction::Descending => match self.seq.checked_add(1) {
                Some(seq) => Position { seq, ..self },
                None => Position {
                    timestamp: self.timestamp.saturating_add(1),
                    seq: 0,
                },
            },
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Direction {
    /// Oldest first.
    #[default]
    Ascending,
    /// Newest first.
    Descending,
}

/// Which streams of the scanned groups to read.
#[derive(Clone, Debug, Default)]
pub enum StreamFilter {
    #[default]
    All,
    Prefix(String),
    Names(Vec<String>),
}

/// A test on a raw message; events failing it are skipped before being materialised.
pub type Prefilter = Arc<dyn Fn(&str) -> bool + Send + Sync>;

/// What to scan. Times are milliseconds; `start_time` inclusive, `end_time` exclusive.
#[derive(Clone)]
pub struct ScanRequest {
    pub groups: Vec<String>,
    pub streams: StreamFilter,
    pub start_time: i64,
    pub end_time: i64,
    pub direction: Direction,
    /// Only events strictly after this position in the scan's direction.
    pub after: Option<Position>,
    /// Only events with a sequence number at least this.
    pub min_seq: Option<u64>,
    pub prefilter: Option<Prefilter>,
}

impl std::fmt::Debug for ScanRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ScanRequest")
            .field("groups", &self.groups)
            .field("streams", &self.streams)
            .field("start_time", &self.start_time)
            .field("end_time", &self.end_time)
            .field("direction", &self.direction)
            .field("after", &self.after)
            .field("min_seq", &self.min_seq)
            .field("prefilter", &self.prefilter.is_some())
            .finish()
    }
}

impl ScanRequest {
    pub fn new(groups: Vec<String>, start_time: i64, end_time: i64) -> Self {
        Self {
            groups,
            streams: StreamFilter::All,
            start_time,
            end_time,
            direction: Direction::Ascending,
            after: None,
            min_seq: None,
            prefilter: None,
        }
    }

    /// Every event of the groups.
    pub fn all(groups: Vec<String>) -> Self {
        Self::new(groups, i64::MIN, i64::MAX)
    }

    pub fn streams(mut self, streams: StreamFilter) -> Self {
        self.streams = streams;
        self
    }

    pub fn direction(mut self, direction: Direction) -> Self {
        self.direction = direction;
        self
    }

    pub fn after(mut self, position: Option<Position>) -> Self {
        self.after = position;
        self
    }

    pub fn min_seq(mut self, seq: u64) -> Self {
        self.min_seq = Some(seq);
        self
    }

    pub fn prefilter(mut self, filter: Prefilter) -> Self {
        self.prefilter = Some(filter);
        self
    }

    /// The time window after narrowing by `after`: [lo, hi).
    pub(crate) fn time_window(&self) -> (i64, i64) {
        let (mut lo, mut hi) = (self.start_time, self.end_time);
        match (self.direction, self.after) {
            (Direction::Ascending, Some(p)) => lo = lo.max(p.timestamp),
            (Direction::Descending, Some(p)) => hi = hi.min(p.timestamp.saturating_add(1)),
            _ => {}
        }
        (lo, hi)
    }
}

/// A stream's details.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StreamInfo {
    pub name: String,
    pub creation_time: i64,
    pub stats: StreamStats,
    /// Bytes of the stream's live data: its compressed blocks holding unexpired events plus
    /// its unsealed message bytes. A group's [`GroupInfo::stored_bytes`] is the sum over its
    /// streams.
    pub stored_bytes: u64,
}

/// Orders for [`LogStore::list_streams`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StreamOrder {
    NameAscending,
    NameDescending,
    /// By last event timestamp (streams without events count as 0), then name.
    LastEventAscending,
    LastEventDescending,
}

/// A group's size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GroupInfo {
    /// Bytes of live data: compressed blocks plus unsealed message bytes, the sum of its
    /// streams' [`StreamInfo::stored_bytes`].
    pub stored_bytes: u64,
    /// Bytes of the group's segment files, dead blocks included.
    pub disk_bytes: u64,
    pub streams: usize,
    /// The latest expiry point: events stored before it with earlier timestamps are expired.
    pub expire_before: i64,
}

/// The store's running counters, for logs and metrics.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counters {
    /// Groups with a subscription channel held open (each has at least one receiver, or had
    /// one since the last append to the group).
    pub subscribed_groups: usize,
    /// Places where stored data was found damaged since the store opened, each counted once
    /// (and logged once as a warning with its file and offset): blocks that do not decode
    /// (reads skip them), damaged stretches of segments skipped at open, segment files with
    /// nothing readable (set aside as `.corrupt`), WAL files that stop at a damaged record
    /// (set aside as `.corrupt`). A torn tail left by a crash is not damage.
    pub damaged: u64,
}

/// What [`LogStore::reclaim`] did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReclaimReport {
    pub segments_dropped: u64,
    pub segments_compacted: u64,
    pub freed_bytes: u64,
}
