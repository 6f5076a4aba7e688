//! The in-memory state behind the store's lock: groups, streams, their unsealed buffers and the
//! sparse block index. Only the writer thread and maintenance change it.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use tokio::sync::broadcast;

use crate::block::{BlockMeta, EventRun};
use crate::catalog::{Checkpoint, GroupEntry, StreamEntry, StreamStats};
use crate::segment::SegmentFile;
use crate::{Appended, Event};

/// A sealed block the index points at.
#[derive(Clone, Debug)]
pub struct BlockRef {
    pub segment: Arc<SegmentFile>,
    pub offset: u64,
    pub meta: BlockMeta,
}

#[derive(Debug)]
pub struct SegmentState {
    pub file: Arc<SegmentFile>,
    /// Bytes of blocks still readable (their stream lives and they hold unexpired events).
    pub live_bytes: u64,
    pub live_blocks: u64,
    /// Bytes of blocks no read returns any more: deleted streams, fully expired blocks.
    pub dead_bytes: u64,
}

/// A group's expiry: the events stored before sequence `seq` with timestamps before `before`
/// are expired (never returned, deleted as space allows). Events appended later are not
/// affected, whatever their timestamps: the caller accepted them under its own rules (a
/// retention lengthened since, say), and acknowledged events are kept until a later expiry
/// passes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Expiry {
    pub before: i64,
    pub seq: u64,
}

impl Expiry {
    pub const NONE: Expiry = Expiry {
        before: i64::MIN,
        seq: 0,
    };

    pub fn hides(&self, timestamp: i64, seq: u64) -> bool {
        timestamp < self.before && seq < self.seq
    }

    /// Whether every event of the block is expired.
    pub fn hides_block(&self, meta: &BlockMeta) -> bool {
        self.hides(meta.max_ts, meta.max_seq)
    }

    /// The earliest timestamp a read may return from a block: its events before `before`
    /// are hidden when the whole block was stored before the expiry. (A block sealed after
    /// it holds no hidden event: buffered events were dropped when the expiry came.)
    pub fn floor_for(&self, meta: &BlockMeta) -> i64 {
        if meta.max_seq < self.seq {
            self.before
        } else {
            i64::MIN
        }
    }
}

#[derive(Debug)]
pub struct GroupState {
    pub id: u64,
    pub key: Arc<str>,
    pub expiry: Expiry,
    pub streams: BTreeMap<String, u64>,
    pub segments: BTreeMap<u64, SegmentState>,
    /// The segment new blocks go to.
    pub active: Option<u64>,
    pub next_segment: u64,
}

#[derive(Debug)]
pub struct StreamState {
    pub id: u64,
    pub group: u64,
    pub name: Arc<str>,
    pub creation_time: i64,
    pub stats: StreamStats,
    /// Events not yet sealed, in arrival order.
    pub buffer: EventRun,
    pub blocks: Vec<BlockRef>,
}

impl StreamState {
    pub fn buffered_bytes(&self) -> usize {
        self.buffer.arena.len() + self.buffer.events.len() * 32
    }

    /// Its live blocks' bytes plus its unsealed message bytes.
    pub fn stored_bytes(&self) -> u64 {
        self.blocks.iter().map(|b| b.meta.disk_len()).sum::<u64>() + self.buffer.arena.len() as u64
    }
}

#[derive(Debug, Default)]
pub struct State {
    pub groups: HashMap<Arc<str>, GroupState>,
    pub group_keys: HashMap<u64, Arc<str>>,
    pub streams: HashMap<u64, StreamState>,
    pub next_seq: u64,
    pub next_group: u64,
    pub next_stream: u64,
    /// Bytes buffered across all streams.
    pub buffered: usize,
    /// The sequence the last checkpoint covers: the WAL holds only events after it.
    pub checkpoint_seq: u64,
    /// Whether the WAL still holds a copy of events deleted or expired since the last
    /// checkpoint (buffered ones, or ones in blocks sealed since): only a checkpoint removes
    /// that copy.
    pub wal_holds_forgotten: bool,
    pub subscribers: HashMap<Arc<str>, broadcast::Sender<Arc<Appended>>>,
}

impl State {
    pub fn group_by_id(&self, id: u64) -> Option<&GroupState> {
        self.groups.get(self.group_keys.get(&id)?)
    }

    pub fn group_by_id_mut(&mut self, id: u64) -> Option<&mut GroupState> {
        let key = self.group_keys.get(&id)?.clone();
        self.groups.get_mut(&key)
    }

    pub fn stream_id(&self, group: &str, stream: &str) -> Option<u64> {
        self.groups.get(group)?.streams.get(stream).copied()
    }

    pub fn create_group(&mut self, id: u64, key: &str) {
        let key: Arc<str> = Arc::from(key);
        self.group_keys.insert(id, key.clone());
        self.groups.insert(
            key.clone(),
            GroupState {
                id,
                key,
                expiry: Expiry::NONE,
                streams: BTreeMap::new(),
                segments: BTreeMap::new(),
                active: None,
                next_segment: 1,
            },
        );
        self.next_group = self.next_group.max(id + 1);
    }

    pub fn create_stream(&mut self, group: u64, id: u64, name: &str, creation_time: i64) {
        let name: Arc<str> = Arc::from(name);
        if let Some(g) = self.group_by_id_mut(group) {
            g.streams.insert(name.to_string(), id);
        }
        self.streams.insert(
            id,
            StreamState {
                id,
                group,
                name,
                creation_time,
                stats: StreamStats::default(),
                buffer: EventRun::default(),
                blocks: Vec::new(),
            },
        );
        self.next_stream = self.next_stream.max(id + 1);
    }

    /// Removes a stream; its blocks' bytes become dead in their segments.
    pub fn delete_stream(&mut self, id: u64) {
        let Some(stream) = self.streams.remove(&id) else {
            return;
        };
        self.buffered = self.buffered.saturating_sub(stream.buffered_bytes());
        self.wal_holds_forgotten |= self.in_wal(&stream);
        if let Some(g) = self.group_by_id_mut(stream.group) {
            g.streams.remove(&*stream.name);
            for b in &stream.blocks {
                if let Some(seg) = g.segments.get_mut(&b.segment.number) {
                    seg.live_bytes -= b.meta.disk_len();
                    seg.live_blocks -= 1;
                    seg.dead_bytes += b.meta.disk_len();
                }
            }
        }
    }

    /// Removes a group, its streams and its subscription channel (its subscribers see the
    /// channel close); returns it if it existed.
    pub fn delete_group(&mut self, id: u64) -> Option<GroupState> {
        let key = self.group_keys.remove(&id)?;
        let group = self.groups.remove(&key)?;
        self.subscribers.remove(&key);
        for stream in group.streams.values() {
            if let Some(s) = self.streams.remove(stream) {
                self.buffered = self.buffered.saturating_sub(s.buffered_bytes());
                self.wal_holds_forgotten |= self.in_wal(&s);
            }
        }
        Some(group)
    }

    /// Whether some of the stream's events are still in the WAL (buffered, or sealed since
    /// the last checkpoint: a checkpoint seals every buffer).
    fn in_wal(&self, s: &StreamState) -> bool {
        !s.buffer.events.is_empty()
            || s.blocks
                .iter()
                .any(|b| b.meta.min_seq > self.checkpoint_seq)
    }

    /// Whether an expiry to `before` would expire any stored event.
    pub fn would_expire(&self, group: u64, before: i64) -> bool {
        let Some(g) = self.group_by_id(group) else {
            return false;
        };
        before > g.expiry.before
            && g.streams
                .values()
                .filter_map(|id| self.streams.get(id))
                .any(|s| {
                    s.blocks.iter().any(|b| b.meta.min_ts < before)
                        || s.buffer.events.iter().any(|e| e.timestamp < before)
                })
    }

    /// Expires the group's events stored before sequence `seq` (the expiry's own) with
    /// timestamps before `before`: blocks wholly before it become dead and buffered events
    /// before it are dropped. A point not past the current one changes nothing. Returns
    /// whether any stored event expired.
    pub fn expire(&mut self, group: u64, before: i64, seq: u64) -> bool {
        let Some(key) = self.group_keys.get(&group).cloned() else {
            return false;
        };
        let Some(g) = self.groups.get_mut(&key) else {
            return false;
        };
        if before <= g.expiry.before {
            return false;
        }
        g.expiry = Expiry { before, seq };
        let expiry = g.expiry;
        let mut expired = false;
        let mut in_wal = false;
        for id in g.streams.values() {
            let Some(s) = self.streams.get_mut(id) else {
                continue;
            };
            s.blocks.retain(|b| {
                if b.meta.min_ts < before {
                    expired = true;
                    // Sealed since the checkpoint: the WAL still has these events.
                    in_wal |= b.meta.min_seq > self.checkpoint_seq;
                }
                if !expiry.hides_block(&b.meta) {
                    return true;
                }
                if let Some(seg) = g.segments.get_mut(&b.segment.number) {
                    seg.live_bytes -= b.meta.disk_len();
                    seg.live_blocks -= 1;
                    seg.dead_bytes += b.meta.disk_len();
                }
                false
            });
            if s.buffer
                .events
                .iter()
                .any(|e| expiry.hides(e.timestamp, e.seq))
            {
                expired = true;
                in_wal = true;
                let old = std::mem::take(&mut s.buffer);
                let before_bytes = old.arena.len() + old.events.len() * 32;
                for e in old
                    .events
                    .iter()
                    .filter(|e| !expiry.hides(e.timestamp, e.seq))
                {
                    s.buffer
                        .push(e.timestamp, e.seq, e.ingestion_time, old.message(e));
                }
                self.buffered = self.buffered.saturating_sub(before_bytes) + s.buffered_bytes();
            }
        }
        self.wal_holds_forgotten |= in_wal;
        expired
    }

    /// Adds events to a stream's buffer (those `sealed` does not say a block holds already)
    /// and statistics; returns them as subscribers see them if anyone subscribed to the group.
    pub fn append(
        &mut self,
        stream: u64,
        first_seq: u64,
        ingestion_time: i64,
        events: impl Iterator<Item = (i64, impl AsRef<[u8]>)>,
        sealed: impl Fn(u64) -> bool,
    ) -> Option<Arc<Appended>> {
        let s = self.streams.get_mut(&stream)?;
        let key = self.group_keys.get(&s.group)?.clone();
        let subscribed = match self.subscribers.get(&key) {
            Some(tx) if tx.receiver_count() > 0 => true,
            Some(_) => {
                // Every subscriber left: the channel goes.
                self.subscribers.remove(&key);
                false
            }
            None => false,
        };
        let mut delivered = Vec::new();
        let before = s.buffered_bytes();
        for (i, (timestamp, message)) in events.enumerate() {
            let seq = first_seq + i as u64;
            let message = message.as_ref();
            s.stats.record(timestamp, ingestion_time, message.len());
            if !sealed(seq) {
                s.buffer.push(timestamp, seq, ingestion_time, message);
            }
            if subscribed {
                delivered.push(Event {
                    group: key.clone(),
                    stream: s.name.clone(),
                    timestamp,
                    ingestion_time,
                    seq,
                    message: String::from_utf8_lossy(message).into_owned(),
                });
            }
        }
        self.buffered += s.buffered_bytes() - before;
        if delivered.is_empty() {
            return None;
        }
        let batch = Arc::new(Appended {
            group: key.clone(),
            stream: s.name.clone(),
            events: delivered,
        });
        if let Some(tx) = self.subscribers.get(&key) {
            let _ = tx.send(batch.clone());
        }
        Some(batch)
    }

    pub fn checkpoint(&self) -> Checkpoint {
        let mut groups: Vec<GroupEntry> = self
            .groups
            .values()
            .map(|g| GroupEntry {
                id: g.id,
                key: g.key.to_string(),
                expire_before: g.expiry.before,
                expire_seq: g.expiry.seq,
            })
            .collect();
        groups.sort_by_key(|g| g.id);
        let mut streams: Vec<StreamEntry> = self
            .streams
            .values()
            .map(|s| StreamEntry {
                id: s.id,
                group: s.group,
                name: s.name.to_string(),
                creation_time: s.creation_time,
                stats: s.stats,
            })
            .collect();
        streams.sort_by_key(|s| s.id);
        Checkpoint {
            seq: self.next_seq - 1,
            next_group: self.next_group,
            next_stream: self.next_stream,
            groups,
            streams,
        }
    }

    pub fn from_checkpoint(cp: &Checkpoint) -> Self {
        let mut state = State {
            next_seq: cp.seq + 1,
            checkpoint_seq: cp.seq,
            next_group: cp.next_group.max(1),
            next_stream: cp.next_stream.max(1),
            ..State::default()
        };
        for g in &cp.groups {
            state.create_group(g.id, &g.key);
            if let Some(gs) = state.group_by_id_mut(g.id) {
                gs.expiry = Expiry {
                    before: g.expire_before,
                    seq: g.expire_seq,
                };
            }
        }
        for s in &cp.streams {
            if state.group_keys.contains_key(&s.group) {
                state.create_stream(s.group, s.id, &s.name, s.creation_time);
                if let Some(ss) = state.streams.get_mut(&s.id) {
                    ss.stats = s.stats;
                }
            }
        }
        state
    }
}
