//! Scans: a k-way merge, in (timestamp, seq) order or its reverse, over the sealed blocks and
//! unsealed buffers that a request's streams and time range select.
//!
//! A scan takes a snapshot under the read lock (which blocks, which buffered events) and then
//! reads without any lock. Blocks are opened lazily: in ascending order a block is decoded only
//! once the merge reaches its first timestamp, so a scan that stops early reads little, and at
//! any moment only blocks overlapping the merge's current time are held in memory.

use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;
use std::sync::Arc;

use std::borrow::Cow;

use crate::block::{EventRun, RawEvent};
use crate::damage::DamageLog;
use crate::segment;
use crate::state::{BlockRef, State};
use crate::{Direction, Event, Position, ScanRequest, StreamFilter};

/// Where a source's events come from.
enum Body {
    Block(BlockRef),
    Buffer(EventRun),
}

struct Source {
    group: Arc<str>,
    stream: Arc<str>,
    min_ts: i64,
    max_ts: i64,
    /// The request's lower time bound, raised to the group's expiry point for a source
    /// stored before that expiry.
    lower: i64,
    body: Option<Body>,
    /// Once opened: the run, its messages, and the indices of its selected events in scan
    /// order.
    run: EventRun,
    text: Messages,
    selected: Vec<u32>,
    cursor: usize,
}

impl Source {
    fn head(&self) -> Option<Position> {
        let i = *self.selected.get(self.cursor)? as usize;
        let e = &self.run.events[i];
        Some(Position {
            timestamp: e.timestamp,
            seq: e.seq,
        })
    }
}

/// A run's messages, checked as UTF-8 once for the whole run (messages are stored from
/// `String`s, so every message boundary is a character boundary) rather than once per
/// message; bytes that are not UTF-8 (damage a CRC missed) read lossily.
#[derive(Default)]
enum Messages {
    #[default]
    None,
    Text(String),
    Bytes(Vec<u8>),
}

impl Messages {
    /// Takes the run's arena, less what comes before its first message (a decoded block's
    /// columns).
    fn split(mut run: EventRun) -> (EventRun, Messages) {
        let mut arena = std::mem::take(&mut run.arena);
        let start = run.events.iter().map(|e| e.start).min().unwrap_or(0);
        if start > 0 {
            arena.drain(..(start as usize).min(arena.len()));
            for e in run.events.iter_mut() {
                e.start -= start;
            }
        }
        let text = match String::from_utf8(arena) {
            Ok(text) => Messages::Text(text),
            Err(err) => Messages::Bytes(err.into_bytes()),
        };
        (run, text)
    }

    fn get(&self, e: &RawEvent) -> Cow<'_, str> {
        let range = e.start as usize..(e.start + e.len) as usize;
        match self {
            Messages::Text(text) => match text.get(range.clone()) {
                Some(m) => Cow::Borrowed(m),
                None => String::from_utf8_lossy(text.as_bytes().get(range).unwrap_or_default()),
            },
            Messages::Bytes(bytes) => String::from_utf8_lossy(bytes.get(range).unwrap_or_default()),
            Messages::None => Cow::Borrowed(""),
        }
    }
}

/// An iterator over the events a [`ScanRequest`] selects, in its direction's order.
pub struct Scan {
    request: ScanRequest,
    /// Sources not yet opened, in the order they are reached (ascending: by min timestamp;
    /// descending: by max timestamp, latest first). Stored reversed so `pop` gives the next.
    pending: Vec<Source>,
    opened: Vec<Source>,
    /// Opened sources by their head position (reversed for ascending scans).
    heap_asc: BinaryHeap<Reverse<(Position, usize)>>,
    heap_desc: BinaryHeap<(Position, usize)>,
    scanned_bytes: u64,
    scanned_events: u64,
    damage: Arc<DamageLog>,
}

fn in_bounds(req: &ScanRequest, lower: i64, p: Position) -> bool {
    if p.timestamp < lower.max(req.start_time) || p.timestamp >= req.end_time {
        return false;
    }
    match (req.direction, req.after) {
        (_, None) => true,
        (Direction::Ascending, Some(after)) => p > after,
        (Direction::Descending, Some(after)) => p < after,
    }
}

impl Scan {
    pub(crate) fn new(state: &State, request: ScanRequest, damage: Arc<DamageLog>) -> Self {
        let mut pending = Vec::new();
        let (lo, hi) = request.time_window();
        for key in &request.groups {
            let Some(group) = state.groups.get(key.as_str()) else {
                continue;
            };
            let expiry = group.expiry;
            let selected: Vec<u64> = match &request.streams {
                StreamFilter::All => group.streams.values().copied().collect(),
                StreamFilter::Prefix(prefix) => group
                    .streams
                    .range(prefix.clone()..)
                    .take_while(|(name, _)| name.starts_with(prefix.as_str()))
                    .map(|(_, id)| *id)
                    .collect(),
                StreamFilter::Names(names) => names
                    .iter()
                    .filter_map(|n| group.streams.get(n).copied())
                    .collect(),
            };
            for id in selected {
                let Some(stream) = state.streams.get(&id) else {
                    continue;
                };
                for b in &stream.blocks {
                    let lo = lo.max(expiry.floor_for(&b.meta));
                    if !b.meta.overlaps(lo, hi) {
                        continue;
                    }
                    if request.min_seq.is_some_and(|m| b.meta.max_seq < m) {
                        continue;
                    }
                    pending.push(Source {
                        group: group.key.clone(),
                        stream: stream.name.clone(),
                        min_ts: b.meta.min_ts,
                        max_ts: b.meta.max_ts,
                        lower: lo,
                        body: Some(Body::Block(b.clone())),
                        run: EventRun::default(),
                        text: Messages::default(),
                        selected: Vec::new(),
                        cursor: 0,
                    });
                }
                let mut run = EventRun::default();
                // Buffered events the expiry covered were dropped when it came.
                for e in &stream.buffer.events {
                    if e.timestamp >= lo
                        && e.timestamp < hi
                        && request.min_seq.is_none_or(|m| e.seq >= m)
                    {
                        run.push(
                            e.timestamp,
                            e.seq,
                            e.ingestion_time,
                            stream.buffer.message(e),
                        );
                    }
                }
                if !run.events.is_empty() {
                    run.sort();
                    pending.push(Source {
                        group: group.key.clone(),
                        stream: stream.name.clone(),
                        min_ts: run.events[0].timestamp,
                        max_ts: run.events[run.events.len() - 1].timestamp,
                        lower: lo,
                        body: Some(Body::Buffer(run)),
                        run: EventRun::default(),
                        text: Messages::default(),
                        selected: Vec::new(),
                        cursor: 0,
                    });
                }
            }
        }
        // `pending` pops from the end: put the first source to reach last.
        match request.direction {
            Direction::Ascending => pending.sort_by_key(|s| Reverse(s.min_ts)),
            Direction::Descending => pending.sort_by_key(|s| s.max_ts),
        }
        Self {
            request,
            pending,
            opened: Vec::new(),
            heap_asc: BinaryHeap::new(),
            heap_desc: BinaryHeap::new(),
            scanned_bytes: 0,
            scanned_events: 0,
            damage,
        }
    }

    /// Raw (uncompressed) bytes of the blocks and buffers read so far.
    pub fn scanned_bytes(&self) -> u64 {
        self.scanned_bytes
    }

    /// Events looked at so far (whether or not they passed the prefilter).
    pub fn scanned_events(&self) -> u64 {
        self.scanned_events
    }

    /// The position the scan has reached: every selected event before it (in scan order) has
    /// been returned already. Resuming with `after` set to this position's predecessor (see
    /// [`Position::before`]) misses nothing. `None` once the scan is exhausted.
    pub fn frontier(&self) -> Option<Position> {
        let head = match self.request.direction {
            Direction::Ascending => self.heap_asc.peek().map(|Reverse((p, _))| *p),
            Direction::Descending => self.heap_desc.peek().map(|(p, _)| *p),
        };
        let next = self.pending.last().map(|s| match self.request.direction {
            Direction::Ascending => Position {
                timestamp: s.min_ts,
                seq: 0,
            },
            Direction::Descending => Position {
                timestamp: s.max_ts,
                seq: u64::MAX,
            },
        });
        match (head, next, self.request.direction) {
            (Some(a), Some(b), Direction::Ascending) => Some(a.min(b)),
            (Some(a), Some(b), Direction::Descending) => Some(a.max(b)),
            (a, b, _) => a.or(b),
        }
    }

    fn open(&mut self, mut source: Source) {
        let run = match source.body.take() {
            Some(Body::Buffer(run)) => run,
            Some(Body::Block(b)) => match segment::read_block(&*b.segment, b.offset, &b.meta) {
                Ok(run) => run,
                Err(err) => {
                    self.damage.report(
                        &b.segment.path,
                        b.offset,
                        &err,
                        "a log block does not decode; reads skip it",
                    );
                    return;
                }
            },
            None => return,
        };
        let message_bytes: u64 = run.events.iter().map(|e| u64::from(e.len)).sum();
        self.scanned_bytes += message_bytes + run.events.len() as u64 * 16;
        self.scanned_events += run.events.len() as u64;
        let (run, text) = Messages::split(run);
        let req = &self.request;
        let lower = source.lower;
        let mut selected: Vec<u32> = Vec::new();
        for (i, e) in run.events.iter().enumerate() {
            let p = Position {
                timestamp: e.timestamp,
                seq: e.seq,
            };
            if !in_bounds(req, lower, p) || req.min_seq.is_some_and(|m| e.seq < m) {
                continue;
            }
            if let Some(filter) = &req.prefilter
                && !filter(&text.get(e))
            {
                continue;
            }
            selected.push(i as u32);
        }
        if selected.is_empty() {
            return;
        }
        if req.direction == Direction::Descending {
            selected.reverse();
        }
        source.run = run;
        source.text = text;
        source.selected = selected;
        let idx = self.opened.len();
        let head = source.head();
        self.opened.push(source);
        if let Some(p) = head {
            self.push_head(p, idx);
        }
    }

    fn push_head(&mut self, p: Position, idx: usize) {
        match self.request.direction {
            Direction::Ascending => self.heap_asc.push(Reverse((p, idx))),
            Direction::Descending => self.heap_desc.push((p, idx)),
        }
    }

    /// Opens every pending source that could hold the next event in order.
    fn fill(&mut self) {
        loop {
            let Some(next) = self.pending.last() else {
                return;
            };
            let reach = match self.request.direction {
                Direction::Ascending => match self.heap_asc.peek() {
                    None => true,
                    Some(Reverse((p, _))) => next.min_ts <= p.timestamp,
                },
                Direction::Descending => match self.heap_desc.peek() {
                    None => true,
                    Some((p, _)) => next.max_ts >= p.timestamp,
                },
            };
            if !reach {
                return;
            }
            let source = self.pending.pop().expect("peeked");
            self.open(source);
        }
    }
}

impl Iterator for Scan {
    type Item = Event;

    fn next(&mut self) -> Option<Event> {
        self.fill();
        let idx = match self.request.direction {
            Direction::Ascending => self.heap_asc.pop()?.0.1,
            Direction::Descending => self.heap_desc.pop()?.1,
        };
        let source = &mut self.opened[idx];
        let i = source.selected[source.cursor] as usize;
        source.cursor += 1;
        let e = source.run.events[i];
        let event = Event {
            group: source.group.clone(),
            stream: source.stream.clone(),
            timestamp: e.timestamp,
            ingestion_time: e.ingestion_time,
            seq: e.seq,
            message: source.text.get(&e).into_owned(),
        };
        match source.head() {
            Some(p) => self.push_head(p, idx),
            None => {
                // Exhausted: free its memory now rather than at the end of the scan.
                source.run = EventRun::default();
                source.text = Messages::default();
                source.selected = Vec::new();
            }
        }
        Some(event)
    }
}

impl PartialOrd for Position {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Position {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.timestamp, self.seq).cmp(&(other.timestamp, other.seq))
    }
}
