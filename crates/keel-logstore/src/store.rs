//! [`LogStore`]: opening (recovery), the write API (through the writer thread), reads, and
//! space reclamation.

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use parking_lot::{Mutex, RwLock};
use tokio::sync::{broadcast, mpsc, oneshot};

use crate::block::HEADER_FRAME_LEN;
use crate::catalog::{Checkpoint, sync_dir};
use crate::damage::DamageLog;
use crate::scan::Scan;
use crate::segment::{self, SegmentFile, Source};
use crate::state::{BlockRef, SegmentState, State};
use crate::wal::{self, WalRecord};
use crate::writer::{self, Command, Writer};
use crate::{
    AppendOutcome, Appended, Counters, GroupInfo, LogStoreError, LogStoreOptions, NewEvent,
    ReclaimReport, ScanRequest, StreamInfo, StreamOrder,
};

pub(crate) struct Shared {
    pub dir: PathBuf,
    pub options: LogStoreOptions,
    pub state: RwLock<State>,
    /// Serialises space reclamation (segment drops and compactions).
    maintenance: Mutex<()>,
    /// Held while a block is appended to a group's active segment and indexed, so reclamation
    /// can retire an active segment without racing an append to it.
    pub seal_lock: Mutex<()>,
    /// Damage found on disk, counted and logged once per place.
    pub damage: Arc<DamageLog>,
    _lock: File,
}

/// The embedded event store. Cheap to share behind an `Arc`; every method takes `&self`.
pub struct LogStore {
    shared: Arc<Shared>,
    tx: mpsc::Sender<Command>,
    writer: Mutex<Option<std::thread::JoinHandle<()>>>,
}

impl std::fmt::Debug for LogStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LogStore")
            .field("dir", &self.shared.dir)
            .finish()
    }
}

/// Parses `<16 hex digits>.<ext>`.
fn parse_hex_name(name: &str, ext: &str) -> Option<u64> {
    let hex = name.strip_suffix(ext)?.strip_suffix('.')?;
    (hex.len() == 16)
        .then(|| u64::from_str_radix(hex, 16).ok())
        .flatten()
}

/// A segment file at most this long with neither a readable header nor a block is what a
/// crash during its creation leaves (a header is a few dozen bytes at most).
const MAX_EMPTY_SEGMENT: u64 = 64;

fn io_invalid(msg: String) -> LogStoreError {
    LogStoreError::Corrupt(msg)
}

impl LogStore {
    /// Opens (creating if needed) the store in `dir`, recovering from whatever state a crash
    /// left: the catalog checkpoint, then the segments (torn tails cut), then the WAL records
    /// after the checkpoint (torn tail cut). Finishes with a checkpoint, so a store reopened
    /// after a crash starts from a clean WAL.
    pub fn open(dir: &Path, options: LogStoreOptions) -> Result<Self, LogStoreError> {
        std::fs::create_dir_all(writer::wal_dir(dir))?;
        std::fs::create_dir_all(dir.join("groups"))?;
        let lock = File::create(dir.join("LOCK"))?;
        lock.try_lock().map_err(|_| {
            LogStoreError::Io(std::io::Error::new(
                std::io::ErrorKind::WouldBlock,
                format!("log store {} is in use by another process", dir.display()),
            ))
        })?;

        // 1. The checkpoint.
        let checkpoint = match std::fs::read(dir.join("catalog")) {
            Ok(bytes) => Checkpoint::decode(&bytes)
                .map_err(|err| io_invalid(format!("{}/catalog: {err}", dir.display())))?,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Checkpoint::default(),
            Err(err) => return Err(err.into()),
        };
        let mut state = State::from_checkpoint(&checkpoint);
        let damage = Arc::new(DamageLog::default());

        // 2. The segments, by group directory.
        let mut scanned: HashMap<u64, Vec<(SegmentFile, segment::Scanned)>> = HashMap::new();
        let mut sealed: HashMap<u64, SealedRanges> = HashMap::new();
        for entry in std::fs::read_dir(dir.join("groups"))? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(group) = (name.len() == 16)
                .then(|| u64::from_str_radix(&name, 16).ok())
                .flatten()
            else {
                continue;
            };
            let mut files = Vec::new();
            for seg in std::fs::read_dir(entry.path())? {
                let path = seg?.path();
                let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
                if name.ends_with(".seg.tmp") {
                    // An unfinished compaction; the segments it copied from are intact.
                    tracing::info!(segment = %path.display(), "removing the output of an unfinished log compaction");
                    std::fs::remove_file(&path)?;
                    continue;
                }
                let Some(number) = segment::parse_segment_name(name) else {
                    continue;
                };
                match SegmentFile::open(&path, number) {
                    Ok((file, mut scan)) => {
                        // Blocks sealed since the checkpoint were never fsynced: a crash can
                        // leave a header whose payload did not reach the disk. Their events
                        // are still in the WAL; such a block is left out (dead space), so
                        // they are replayed from there rather than skipped.
                        scan.blocks.retain(|(offset, meta)| {
                            if meta.min_seq <= checkpoint.seq
                                || segment::payload_checks_out(&file, *offset, meta)
                            {
                                return true;
                            }
                            tracing::info!(segment = %path.display(), offset, "leaving out an unsynced log block whose payload did not reach the disk; its events come from the WAL");
                            scan.dropped_bytes += meta.disk_len();
                            false
                        });
                        if let Some(err) = &scan.stopped {
                            tracing::warn!(segment = %path.display(), %err, valid_len = scan.valid_len, "cut the tail of a log segment");
                        }
                        if let Some(err) = &scan.header_damaged {
                            damage.report(
                                &path,
                                0,
                                err,
                                "the segment header is damaged; its blocks were found by searching",
                            );
                        }
                        for d in &scan.damaged {
                            damage.report(&path, d.offset, &d.error, &format!("skipped {} damaged bytes up to the next good block; the events there are lost unless the WAL still holds them", d.len));
                        }
                        files.push((file, scan));
                    }
                    Err(err) => {
                        let len = std::fs::metadata(&path).map_or(0, |m| m.len());
                        if len <= MAX_EMPTY_SEGMENT {
                            // The file was being created when the process died (its header is
                            // fsynced before any block goes in), so it holds nothing.
                            tracing::info!(segment = %path.display(), %err, "removing an empty log segment left by a crash");
                            std::fs::remove_file(&path)?;
                        } else {
                            // Nothing in it checks out: keep it aside for inspection.
                            let aside = path.with_extension("seg.corrupt");
                            damage.report(
                                &path,
                                0,
                                &err,
                                &format!("no readable block; set aside as {}", aside.display()),
                            );
                            std::fs::rename(&path, &aside)?;
                        }
                    }
                }
            }
            // A compacted segment replaces others; drop any that survived the crash.
            let replaced: HashSet<u64> = files
                .iter()
                .flat_map(|(_, s)| s.replaces.iter().copied())
                .collect();
            files.retain(|(file, _)| {
                if replaced.contains(&file.number) {
                    let _ = std::fs::remove_file(&file.path);
                    false
                } else {
                    true
                }
            });
            for (_, scan) in &files {
                for (_, meta) in &scan.blocks {
                    sealed.entry(meta.stream).or_default().add(meta);
                }
            }
            scanned.insert(group, files);
        }

        for ranges in sealed.values_mut() {
            ranges.sort();
        }

        // 3. The WAL after the checkpoint, in order.
        let mut wal_files: Vec<(u64, PathBuf)> = std::fs::read_dir(writer::wal_dir(dir))?
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                parse_hex_name(&name, "wal").map(|n| (n, e.path()))
            })
            .collect();
        wal_files.sort();
        let mut set_aside = Vec::new();
        for (_, path) in &wal_files {
            let data = std::fs::read(path)?;
            let contents = wal::read_wal(&data);
            match &contents.stopped {
                Some(err) if contents.damaged => {
                    let aside = path.with_extension("wal.corrupt");
                    damage.report(path, contents.valid_len as u64, err, &format!("the WAL stops at a damaged record: later records in this file are not replayed; set aside as {}", aside.display()));
                    set_aside.push((path.clone(), aside));
                }
                Some(err) => {
                    tracing::warn!(wal = %path.display(), %err, valid_len = contents.valid_len, "log store WAL ends with a torn record");
                }
                None => {}
            }
            for record in contents.records {
                if record.last_seq() <= checkpoint.seq {
                    continue;
                }
                replay(&mut state, record, &sealed);
            }
        }
        // What a damaged WAL holds past the damage stays on disk for inspection (the
        // checkpoint below deletes the WAL files).
        for (path, aside) in &set_aside {
            std::fs::rename(path, aside)?;
        }
        if !set_aside.is_empty() {
            sync_dir(&writer::wal_dir(dir))?;
        }

        // 4. Attach sealed blocks to live streams; everything else is dead space.
        let groups_dir = dir.join("groups");
        for (group, files) in scanned {
            let Some(key) = state.group_keys.get(&group).cloned() else {
                let path = writer::group_dir(dir, group);
                tracing::info!(dir = %path.display(), "removing the files of a deleted log group");
                std::fs::remove_dir_all(&path)?;
                continue;
            };
            let mut max_number = 0;
            // A block seen twice (a compacted segment whose header was damaged, so the
            // segment it replaced was not known to be replaced) counts once.
            let mut seen = HashSet::new();
            for (file, scan) in files {
                max_number = max_number.max(file.number);
                let file = Arc::new(file);
                let expiry = state.groups[&key].expiry;
                let mut seg = SegmentState {
                    file: file.clone(),
                    live_bytes: 0,
                    live_blocks: 0,
                    dead_bytes: scan.damaged.iter().map(|d| d.len).sum::<u64>()
                        + scan.dropped_bytes,
                };
                for (offset, meta) in scan.blocks {
                    let live = !expiry.hides_block(&meta)
                        && seen.insert((meta.stream, meta.min_seq, meta.max_seq))
                        && state
                            .streams
                            .get(&meta.stream)
                            .is_some_and(|s| s.group == group);
                    if live {
                        seg.live_bytes += meta.disk_len();
                        seg.live_blocks += 1;
                        if let Some(s) = state.streams.get_mut(&meta.stream) {
                            s.blocks.push(BlockRef {
                                segment: file.clone(),
                                offset,
                                meta,
                            });
                        }
                    } else {
                        seg.dead_bytes += meta.disk_len();
                    }
                }
                let g = state.groups.get_mut(&key).expect("group exists");
                g.segments.insert(file.number, seg);
            }
            let g = state.groups.get_mut(&key).expect("group exists");
            g.next_segment = max_number + 1;
        }
        for s in state.streams.values_mut() {
            s.blocks.sort_by_key(|b| b.meta.min_seq);
        }
        sync_dir(&groups_dir)?;

        let shared = Arc::new(Shared {
            dir: dir.to_path_buf(),
            options,
            state: RwLock::new(state),
            maintenance: Mutex::new(()),
            seal_lock: Mutex::new(()),
            damage,
            _lock: lock,
        });
        let mut writer = Writer::new(shared.clone())?;
        writer.checkpoint()?;
        let (tx, rx) = mpsc::channel(shared.options.queue_depth.max(1));
        let handle = std::thread::Builder::new()
            .name("keel-logstore-wal".into())
            .spawn(move || writer.run(rx))?;
        Ok(Self {
            shared,
            tx,
            writer: Mutex::new(Some(handle)),
        })
    }

    pub fn dir(&self) -> &Path {
        &self.shared.dir
    }

    async fn call<T>(
        &self,
        make: impl FnOnce(oneshot::Sender<Result<T, LogStoreError>>) -> Command,
    ) -> Result<T, LogStoreError> {
        let (reply, rx) = oneshot::channel();
        self.tx
            .send(make(reply))
            .await
            .map_err(|_| LogStoreError::Closed)?;
        rx.await.map_err(|_| LogStoreError::Closed)?
    }

    /// Appends events to a stream, durably: the answer comes after the WAL write holding them
    /// was fsynced. With `create_stream` set (to the creation time), a missing stream is created
    /// first, in the same commit. Events need not be in order; each gets the next sequence
    /// number in the order given.
    pub async fn append(
        &self,
        group: &str,
        stream: &str,
        create_stream: Option<i64>,
        ingestion_time: i64,
        events: Vec<NewEvent>,
    ) -> Result<AppendOutcome, LogStoreError> {
        self.call(|reply| Command::Append {
            group: group.to_string(),
            stream: stream.to_string(),
            create: create_stream,
            ingestion_time,
            events,
            reply,
        })
        .await
    }

    /// [`append`](Self::append) for threads outside an async runtime.
    pub fn append_blocking(
        &self,
        group: &str,
        stream: &str,
        create_stream: Option<i64>,
        ingestion_time: i64,
        events: Vec<NewEvent>,
    ) -> Result<AppendOutcome, LogStoreError> {
        let (reply, rx) = oneshot::channel();
        self.tx
            .blocking_send(Command::Append {
                group: group.to_string(),
                stream: stream.to_string(),
                create: create_stream,
                ingestion_time,
                events,
                reply,
            })
            .map_err(|_| LogStoreError::Closed)?;
        rx.blocking_recv().map_err(|_| LogStoreError::Closed)?
    }

    /// Creates an empty stream; [`LogStoreError::StreamExists`] if it is there.
    pub async fn create_stream(
        &self,
        group: &str,
        stream: &str,
        creation_time: i64,
    ) -> Result<(), LogStoreError> {
        self.call(|reply| Command::CreateStream {
            group: group.to_string(),
            stream: stream.to_string(),
            creation_time,
            reply,
        })
        .await
    }

    /// Deletes a stream: its events are unreadable when this returns; their space comes back
    /// when [`reclaim`](Self::reclaim) rewrites or drops the segments holding them.
    pub async fn delete_stream(&self, group: &str, stream: &str) -> Result<(), LogStoreError> {
        self.call(|reply| Command::DeleteStream {
            group: group.to_string(),
            stream: stream.to_string(),
            reply,
        })
        .await
    }

    /// Deletes a group and every stream in it; its files are removed before this returns.
    /// Returns whether the store knew the group.
    pub async fn delete_group(&self, group: &str) -> Result<bool, LogStoreError> {
        self.call(|reply| Command::DeleteGroup {
            group: group.to_string(),
            reply,
        })
        .await
    }

    /// Expires the group's events stored so far with timestamps before `before` (durably; the
    /// point only moves forward: an earlier one changes nothing). They are never returned
    /// again; [`reclaim`](Self::reclaim) frees their space (after a
    /// [`checkpoint`](Self::checkpoint), the WAL's copy too). Events appended afterwards are
    /// kept whatever their timestamps: what to accept is the caller's rule (a retention may
    /// have grown since), and an acknowledged event stays until a later expiry passes it.
    /// Returns whether any stored event expired.
    pub async fn expire(&self, group: &str, before: i64) -> Result<bool, LogStoreError> {
        self.call(|reply| Command::Expire {
            group: group.to_string(),
            before,
            reply,
        })
        .await
    }

    /// Seals every buffer, fsyncs and checkpoints (normally done as the WAL fills).
    pub async fn checkpoint(&self) -> Result<(), LogStoreError> {
        self.call(|reply| Command::Checkpoint { reply }).await
    }

    /// Checkpoints if the WAL still holds a copy of events deleted or expired since the last
    /// checkpoint, so that copy goes too; returns whether it checkpointed. Unlike
    /// [`checkpoint`](Self::checkpoint) it leaves the buffers alone when there is nothing to
    /// purge (a checkpoint seals every buffer into a block, however small).
    pub async fn purge_wal(&self) -> Result<bool, LogStoreError> {
        self.call(|reply| Command::PurgeWal { reply }).await
    }

    /// Checkpoints and stops the writer. Later writes answer [`LogStoreError::Closed`].
    pub async fn close(&self) -> Result<(), LogStoreError> {
        let result = self.call(|reply| Command::Close { reply }).await;
        let handle = self.writer.lock().take();
        if let Some(handle) = handle {
            let _ = tokio::task::spawn_blocking(move || handle.join()).await;
        }
        result
    }

    /// [`close`](Self::close) for threads outside an async runtime.
    pub fn close_blocking(&self) -> Result<(), LogStoreError> {
        let (reply, rx) = oneshot::channel();
        self.tx
            .blocking_send(Command::Close { reply })
            .map_err(|_| LogStoreError::Closed)?;
        let result = rx.blocking_recv().map_err(|_| LogStoreError::Closed)?;
        if let Some(handle) = self.writer.lock().take() {
            let _ = handle.join();
        }
        result
    }

    /// Starts a scan. Cheap: it snapshots the index under a read lock; events are read as the
    /// iterator is advanced, without holding any lock. The iterator does blocking file reads:
    /// in async code, drive it from `spawn_blocking`.
    pub fn scan(&self, request: ScanRequest) -> Scan {
        let state = self.shared.state.read();
        Scan::new(&state, request, self.shared.damage.clone())
    }

    /// Follows a group's newly stored events: each message is one append's events (after they
    /// are durable), for every stream of the group. A receiver that falls more than
    /// `subscriber_capacity` appends behind gets `RecvError::Lagged` and should catch up
    /// with a [`scan`](Self::scan) using `min_seq` (the last sequence it saw, plus one).
    ///
    /// A group's channel lives while it has receivers: channels whose receivers are all gone
    /// are dropped here, at the group's next append, and with the group.
    pub fn subscribe(&self, group: &str) -> broadcast::Receiver<Arc<Appended>> {
        let mut state = self.shared.state.write();
        let capacity = self.shared.options.subscriber_capacity.max(1);
        state.subscribers.retain(|_, tx| tx.receiver_count() > 0);
        state
            .subscribers
            .entry(Arc::from(group))
            .or_insert_with(|| broadcast::channel(capacity).0)
            .subscribe()
    }

    /// One stream's details, if it exists.
    pub fn stream(&self, group: &str, stream: &str) -> Option<StreamInfo> {
        let state = self.shared.state.read();
        let id = state.stream_id(group, stream)?;
        state.streams.get(&id).map(StreamInfo::of)
    }

    /// Up to `limit` streams of a group in `order`, after the stream `after` (by name, or by
    /// (last event time, name)), whose names start with `prefix`; and whether more follow.
    pub fn list_streams(
        &self,
        group: &str,
        prefix: &str,
        order: StreamOrder,
        after: Option<&StreamInfo>,
        limit: usize,
    ) -> (Vec<StreamInfo>, bool) {
        let state = self.shared.state.read();
        let Some(g) = state.groups.get(group) else {
            return (Vec::new(), false);
        };
        let info = |id: &u64| state.streams.get(id).map(StreamInfo::of);
        let mut out: Vec<StreamInfo> = match order {
            StreamOrder::NameAscending => {
                let start = match after {
                    Some(a) if a.name.as_str() >= prefix => {
                        std::ops::Bound::Excluded(a.name.clone())
                    }
                    _ => std::ops::Bound::Included(prefix.to_string()),
                };
                let mut out: Vec<StreamInfo> = g
                    .streams
                    .range((start, std::ops::Bound::Unbounded))
                    .take_while(|(name, _)| name.starts_with(prefix))
                    .take(limit.saturating_add(1))
                    .filter_map(|(_, id)| info(id))
                    .collect();
                let more = out.len() > limit;
                out.truncate(limit);
                return (out, more);
            }
            StreamOrder::NameDescending => {
                let mut all: Vec<StreamInfo> = g
                    .streams
                    .iter()
                    .filter(|(name, _)| name.starts_with(prefix))
                    .filter(|(name, _)| after.is_none_or(|a| name.as_str() < a.name.as_str()))
                    .filter_map(|(_, id)| info(id))
                    .collect();
                all.reverse();
                all
            }
            StreamOrder::LastEventAscending | StreamOrder::LastEventDescending => {
                let key =
                    |s: &StreamInfo| (s.stats.last_event_timestamp.unwrap_or(0), s.name.clone());
                let descending = order == StreamOrder::LastEventDescending;
                let mut all: Vec<StreamInfo> = g
                    .streams
                    .iter()
                    .filter(|(name, _)| name.starts_with(prefix))
                    .filter_map(|(_, id)| info(id))
                    .filter(|s| match after {
                        None => true,
                        Some(a) if descending => key(s) < key(a),
                        Some(a) => key(s) > key(a),
                    })
                    .collect();
                all.sort_by_key(key);
                if descending {
                    all.reverse();
                }
                all
            }
        };
        let more = out.len() > limit;
        out.truncate(limit);
        (out, more)
    }

    /// A group's size, if the store knows it (a group without streams is unknown here).
    pub fn group(&self, group: &str) -> Option<GroupInfo> {
        let state = self.shared.state.read();
        let g = state.groups.get(group)?;
        Some(GroupInfo {
            stored_bytes: g
                .streams
                .values()
                .filter_map(|id| state.streams.get(id))
                .map(|s| s.stored_bytes())
                .sum(),
            disk_bytes: g
                .segments
                .values()
                .map(|s| s.live_bytes + s.dead_bytes)
                .sum(),
            streams: g.streams.len(),
            expire_before: g.expiry.before,
        })
    }

    /// The keys of every group the store holds.
    pub fn groups(&self) -> Vec<String> {
        let state = self.shared.state.read();
        let mut keys: Vec<String> = state.groups.keys().map(|k| k.to_string()).collect();
        keys.sort();
        keys
    }

    /// Checks the space accounting against the index, for tests: each segment's live bytes
    /// and blocks are exactly those of the blocks its group's streams point at, no stream
    /// points at a segment its group does not list, and live plus dead bytes fit in the file.
    #[doc(hidden)]
    pub fn verify_accounting(&self) -> Result<(), String> {
        let state = self.shared.state.read();
        for g in state.groups.values() {
            let mut live: HashMap<u64, (u64, u64)> = HashMap::new();
            for id in g.streams.values() {
                let Some(s) = state.streams.get(id) else {
                    return Err(format!("group {} lists a missing stream {id}", g.key));
                };
                for b in &s.blocks {
                    if !g.segments.contains_key(&b.segment.number) {
                        return Err(format!(
                            "stream {} points at segment {} its group does not list",
                            s.name, b.segment.number
                        ));
                    }
                    let e = live.entry(b.segment.number).or_default();
                    e.0 += b.meta.disk_len();
                    e.1 += 1;
                }
            }
            for (number, seg) in &g.segments {
                let (bytes, blocks) = live.get(number).copied().unwrap_or_default();
                if (seg.live_bytes, seg.live_blocks) != (bytes, blocks) {
                    return Err(format!(
                        "group {} segment {number}: accounted {} live bytes in {} blocks, the index has {bytes} in {blocks}",
                        g.key, seg.live_bytes, seg.live_blocks
                    ));
                }
                if seg.live_bytes + seg.dead_bytes > seg.file.len() {
                    return Err(format!(
                        "group {} segment {number}: {} live and {} dead bytes in a file of {}",
                        g.key,
                        seg.live_bytes,
                        seg.dead_bytes,
                        seg.file.len()
                    ));
                }
            }
        }
        Ok(())
    }

    /// The store's counters.
    pub fn counters(&self) -> Counters {
        let state = self.shared.state.read();
        Counters {
            subscribed_groups: state.subscribers.len(),
            damaged: self.shared.damage.count(),
        }
    }

    /// The highest sequence number given to a durable record (0 before the first one). Every
    /// event with a sequence number up to it is readable now (unless deleted or expired): one
    /// writer numbers records in commit order and applies each commit whole, under the lock
    /// scans snapshot under, so a scan started after this call sees all of them. A number seen
    /// here is never given again, across restarts too (it was durable before it was applied).
    /// This is what a consumer that follows a group by sequence number (subscription delivery)
    /// records as "done up to".
    pub fn last_seq(&self) -> u64 {
        self.shared.state.read().next_seq.saturating_sub(1)
    }

    /// Bytes held in unsealed buffers across the store (bounded by the WAL roll size).
    pub fn buffered_bytes(&self) -> usize {
        self.shared.state.read().buffered
    }

    /// Frees the space of deleted and expired events: drops segments (other than the ones
    /// being appended to) with nothing live in them, and rewrites those at least
    /// `options.compact_dead_ratio` dead, copying their live blocks (still compressed) to a
    /// new segment. It also brings forward the `first_event_timestamp` of streams whose first
    /// events expired (see [`StreamStats`]). Blocking file IO; run it from a background thread.
    pub fn reclaim(&self) -> Result<ReclaimReport, LogStoreError> {
        let _guard = self.shared.maintenance.lock();
        self.refresh_first_timestamps();
        let mut report = ReclaimReport::default();
        let ratio = self.shared.options.compact_dead_ratio;
        let worth = |s: &SegmentState| {
            let total = s.live_bytes + s.dead_bytes;
            s.live_blocks == 0 || (s.dead_bytes > 0 && s.dead_bytes as f64 >= ratio * total as f64)
        };
        // An active segment worth reclaiming is retired first: the next block starts a new one.
        {
            let _seal = self.shared.seal_lock.lock();
            let mut state = self.shared.state.write();
            for g in state.groups.values_mut() {
                if let Some(n) = g.active
                    && g.segments.get(&n).is_some_and(worth)
                {
                    g.active = None;
                }
            }
        }
        let candidates: Vec<(u64, u64, bool)> = {
            let state = self.shared.state.read();
            state
                .groups
                .values()
                .flat_map(|g| {
                    g.segments.values().filter_map(move |s| {
                        if g.active == Some(s.file.number) {
                            return None;
                        }
                        let total = s.live_bytes + s.dead_bytes;
                        if s.live_blocks == 0 {
                            Some((g.id, s.file.number, true))
                        } else if s.dead_bytes > 0 && s.dead_bytes as f64 >= ratio * total as f64 {
                            Some((g.id, s.file.number, false))
                        } else {
                            None
                        }
                    })
                })
                .collect()
        };
        for (group, number, empty) in candidates {
            if empty {
                report.freed_bytes += self.drop_segment(group, number)?;
                report.segments_dropped += 1;
            } else {
                report.freed_bytes += self.compact_segment(group, number)?;
                report.segments_compacted += 1;
            }
        }
        Ok(report)
    }

    /// Sets the `first_event_timestamp` of each stream whose first event expired to its
    /// earliest retained event's (none if nothing is retained). Only a block that straddles
    /// the expiry point, when nothing else could hold an earlier event, is read for it; the
    /// rest comes from the index. A stream appended to meanwhile is left for the next call.
    fn refresh_first_timestamps(&self) {
        struct Job {
            stream: u64,
            seen: (Option<i64>, u64),
            known: Option<i64>,
            before: i64,
            straddling: Vec<BlockRef>,
        }
        let jobs: Vec<Job> = {
            let state = self.shared.state.read();
            state
                .groups
                .values()
                .flat_map(|g| g.streams.values().map(move |id| (g.expiry, *id)))
                .filter_map(|(expiry, id)| {
                    let s = state.streams.get(&id)?;
                    let first = s.stats.first_event_timestamp?;
                    if first >= expiry.before {
                        return None;
                    }
                    // Buffered events and blocks sealed after the expiry are all retained;
                    // a block from before it keeps the events at or after its point.
                    let mut known = s.buffer.events.iter().map(|e| e.timestamp).min();
                    let mut straddling = Vec::new();
                    for b in &s.blocks {
                        let floor = expiry.floor_for(&b.meta);
                        if b.meta.min_ts >= floor {
                            known = Some(known.map_or(b.meta.min_ts, |k| k.min(b.meta.min_ts)));
                        } else {
                            straddling.push(b.clone());
                        }
                    }
                    if known.is_some_and(|k| k <= expiry.before) {
                        straddling.clear();
                    }
                    straddling.sort_by_key(|b| b.meta.min_ts);
                    Some(Job {
                        stream: id,
                        seen: (Some(first), s.stats.event_count),
                        known,
                        before: expiry.before,
                        straddling,
                    })
                })
                .collect()
        };
        for job in jobs {
            let mut first = job.known;
            for b in &job.straddling {
                // Nothing retained can be earlier than the expiry point.
                if first.is_some_and(|f| f <= job.before) {
                    break;
                }
                match segment::read_block(&*b.segment, b.offset, &b.meta) {
                    Ok(run) => {
                        let retained = run
                            .events
                            .iter()
                            .map(|e| e.timestamp)
                            .find(|ts| *ts >= job.before);
                        if let Some(ts) = retained {
                            first = Some(first.map_or(ts, |f| f.min(ts)));
                        }
                    }
                    Err(err) => self.shared.damage.report(
                        &b.segment.path,
                        b.offset,
                        &err,
                        "a log block does not decode; reads skip it",
                    ),
                }
            }
            let mut state = self.shared.state.write();
            if let Some(s) = state.streams.get_mut(&job.stream)
                && (s.stats.first_event_timestamp, s.stats.event_count) == job.seen
            {
                s.stats.first_event_timestamp = first;
            }
        }
    }

    fn drop_segment(&self, group: u64, number: u64) -> Result<u64, LogStoreError> {
        let removed = {
            let mut state = self.shared.state.write();
            let Some(g) = state.group_by_id_mut(group) else {
                return Ok(0);
            };
            match g.segments.get(&number) {
                Some(s) if s.live_blocks == 0 && g.active != Some(number) => {
                    g.segments.remove(&number)
                }
                _ => None,
            }
        };
        let Some(seg) = removed else { return Ok(0) };
        let bytes = seg.file.len();
        match std::fs::remove_file(&seg.file.path) {
            Ok(()) => {}
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
            Err(err) => return Err(err.into()),
        }
        if let Some(parent) = seg.file.path.parent() {
            let _ = sync_dir(parent);
        }
        Ok(bytes)
    }

    fn compact_segment(&self, group: u64, number: u64) -> Result<u64, LogStoreError> {
        // The live blocks, as of now.
        let (old, blocks, new_number) = {
            let mut state = self.shared.state.write();
            let State {
                groups,
                group_keys,
                streams,
                ..
            } = &mut *state;
            let Some(g) = group_keys.get(&group).and_then(|k| groups.get_mut(k)) else {
                return Ok(0);
            };
            let Some(old) = g.segments.get(&number).map(|s| s.file.clone()) else {
                return Ok(0);
            };
            let blocks: Vec<BlockRef> = g
                .streams
                .values()
                .filter_map(|id| streams.get(id))
                .flat_map(|s| {
                    s.blocks
                        .iter()
                        .filter(|b| b.segment.number == number)
                        .cloned()
                })
                .collect();
            let n = g.next_segment;
            g.next_segment += 1;
            (old, blocks, n)
        };
        let dir = writer::group_dir(&self.shared.dir, group);
        let new = match SegmentFile::create_replacement(&dir, new_number, &[number]) {
            Ok(f) => Arc::new(f),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(0),
            Err(err) => return Err(err.into()),
        };
        let copied = (|| -> Result<HashMap<(u64, u64), BlockRef>, LogStoreError> {
            let mut moved = HashMap::new();
            let mut buf = Vec::new();
            for b in &blocks {
                buf.resize(b.meta.disk_len() as usize, 0);
                old.read_exact_at(&mut buf, b.offset)?;
                // Copy only what still checks out; a damaged block is left behind.
                if let Err(err) = crate::block::decode_payload(&b.meta, &buf[HEADER_FRAME_LEN..]) {
                    self.shared.damage.report(
                        &old.path,
                        b.offset,
                        &err,
                        "a log block does not decode; compaction drops it",
                    );
                    continue;
                }
                #[cfg(test)]
                tests::maybe_crash();
                let offset = new.append(&buf)?;
                moved.insert(
                    (b.meta.stream, b.offset),
                    BlockRef {
                        segment: new.clone(),
                        offset,
                        meta: b.meta,
                    },
                );
            }
            // Only a complete, synced copy takes the old segment's place.
            new.persist()?;
            Ok(moved)
        })();
        let mut moved = match copied {
            Ok(moved) => moved,
            Err(err) => {
                let _ = std::fs::remove_file(segment::temp_path(&dir, new_number));
                // The group deleted meanwhile took its directory: nothing left to compact.
                if self.shared.state.read().group_by_id(group).is_none() {
                    return Ok(0);
                }
                return Err(err);
            }
        };
        // Swap the index over to the new segment, then delete the old file.
        {
            let mut state = self.shared.state.write();
            let State {
                groups,
                group_keys,
                streams,
                ..
            } = &mut *state;
            let Some(g) = group_keys.get(&group).and_then(|k| groups.get_mut(k)) else {
                let _ = std::fs::remove_file(&new.path);
                return Ok(0);
            };
            let mut seg = SegmentState {
                file: new.clone(),
                live_bytes: 0,
                live_blocks: 0,
                dead_bytes: 0,
            };
            for id in g.streams.values() {
                let Some(s) = streams.get_mut(id) else {
                    continue;
                };
                let mut kept = Vec::with_capacity(s.blocks.len());
                for b in s.blocks.drain(..) {
                    if b.segment.number != number {
                        kept.push(b);
                    } else if let Some(m) = moved.remove(&(b.meta.stream, b.offset)) {
                        seg.live_bytes += m.meta.disk_len();
                        seg.live_blocks += 1;
                        kept.push(m);
                    }
                }
                s.blocks = kept;
            }
            // Blocks copied but no longer live (deleted or expired meanwhile).
            seg.dead_bytes = moved.values().map(|b| b.meta.disk_len()).sum();
            g.segments.remove(&number);
            g.segments.insert(new_number, seg);
        }
        let freed = old.len().saturating_sub(new.len());
        match std::fs::remove_file(&old.path).and_then(|()| sync_dir(&dir)) {
            Ok(()) => Ok(freed),
            // The group was deleted meanwhile, its directory with it.
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(0),
            Err(err) => Err(err.into()),
        }
    }
}

impl Drop for LogStore {
    fn drop(&mut self) {
        // Without `close`, the writer ends when the channel closes; what was acknowledged is
        // in the WAL and recovered at the next open.
        if let Some(handle) = self.writer.get_mut().take() {
            let (tx, _) = mpsc::channel(1);
            drop(std::mem::replace(&mut self.tx, tx));
            let _ = handle.join();
        }
    }
}

/// The sequence ranges of one stream's blocks found in the segments. A block holds every
/// event its stream was given between its first and last sequence numbers (a buffer is sealed
/// whole), so an event is in a block exactly when its sequence falls in one of these ranges.
#[derive(Default)]
struct SealedRanges(Vec<(u64, u64)>);

impl SealedRanges {
    fn add(&mut self, meta: &crate::block::BlockMeta) {
        self.0.push((meta.min_seq, meta.max_seq));
    }

    fn sort(&mut self) {
        self.0.sort_unstable();
    }

    fn contains(&self, seq: u64) -> bool {
        let i = self.0.partition_point(|(min, _)| *min <= seq);
        i > 0 && self.0[i - 1].1 >= seq
    }
}

/// Applies one WAL record during recovery. Events a sealed block already holds count in the
/// statistics but are not buffered again; every other event is (a block that did not reach
/// the disk, even one older than a block that did, is rebuilt from here).
fn replay(state: &mut State, record: WalRecord, sealed: &HashMap<u64, SealedRanges>) {
    let last = record.last_seq();
    match record {
        WalRecord::CreateGroup { group, key, .. } => {
            if !state.groups.contains_key(key.as_str()) {
                state.create_group(group, &key);
            }
        }
        WalRecord::CreateStream {
            group,
            stream,
            name,
            creation_time,
            ..
        } => {
            if state.group_keys.contains_key(&group) {
                state.create_stream(group, stream, &name, creation_time);
            }
        }
        WalRecord::Events {
            first_seq,
            stream,
            ingestion_time,
            events,
        } => {
            let ranges = sealed.get(&stream);
            state.append(
                stream,
                first_seq,
                ingestion_time,
                events.iter().map(|(t, m)| (*t, m.as_slice())),
                |seq| ranges.is_some_and(|r| r.contains(seq)),
            );
        }
        WalRecord::DeleteStream { stream, .. } => state.delete_stream(stream),
        WalRecord::DeleteGroup { group, .. } => {
            state.delete_group(group);
        }
        WalRecord::Expire { seq, group, before } => {
            state.expire(group, before, seq);
        }
    }
    state.next_seq = state.next_seq.max(last + 1);
}

impl StreamInfo {
    fn of(s: &crate::state::StreamState) -> Self {
        StreamInfo {
            name: s.name.to_string(),
            creation_time: s.creation_time,
            stats: s.stats,
            stored_bytes: s.stored_bytes(),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;
    use crate::NewEvent;

    thread_local! {
        /// Blocks a compaction on this thread may copy before it stops as if the process died.
        static COMPACT_CRASH_AFTER: Cell<Option<usize>> = const { Cell::new(None) };
    }

    /// Stands for the process dying in the middle of a compaction: unwinds past every cleanup.
    pub(super) fn maybe_crash() {
        COMPACT_CRASH_AFTER.with(|c| match c.get() {
            Some(0) => panic!("simulated crash during compaction"),
            Some(n) => c.set(Some(n - 1)),
            None => {}
        })
    }

    fn messages(store: &LogStore, group: &str) -> Vec<String> {
        store
            .scan(ScanRequest::all(vec![group.into()]))
            .map(|e| e.message)
            .collect()
    }

    /// `last_seq` covers every durable record, survives a reopen and never goes back.
    #[tokio::test]
    async fn last_seq_follows_commits_and_survives_a_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let store = LogStore::open(dir.path(), LogStoreOptions::default()).unwrap();
        let start = store.last_seq();
        let event = |m: &str| NewEvent {
            timestamp: 1,
            message: m.into(),
        };
        let out = store
            .append("g", "s", Some(1), 1, vec![event("a"), event("b")])
            .await
            .unwrap();
        assert!(out.first_seq > start);
        assert_eq!(store.last_seq(), out.last_seq);
        let seen: Vec<u64> = store
            .scan(ScanRequest::all(vec!["g".into()]).min_seq(start + 1))
            .map(|e| e.seq)
            .collect();
        assert!(seen.iter().all(|s| *s <= store.last_seq()) && seen.len() == 2);
        let before = store.last_seq();
        store.close().await.unwrap();
        drop(store);
        let store = LogStore::open(dir.path(), LogStoreOptions::default()).unwrap();
        assert!(store.last_seq() >= before);
        let out = store
            .append("g", "s", None, 1, vec![event("c")])
            .await
            .unwrap();
        assert!(out.first_seq > before);
        store.close().await.unwrap();
    }

    /// A compaction that dies after copying some of a segment's live blocks (before the index
    /// swap and the old file's removal) must lose nothing: the old segment is still the one
    /// that counts at the next open.
    #[tokio::test]
    async fn a_crash_during_compaction_loses_no_block() {
        let dir = tempfile::tempdir().unwrap();
        let options = LogStoreOptions {
            block_bytes: 512,
            segment_bytes: 1 << 20,
            ..LogStoreOptions::default()
        };
        const G: &str = "us-east-1:/c:1";
        let store = LogStore::open(dir.path(), options.clone()).unwrap();
        for i in 0..40 {
            let stream = if i % 2 == 0 { "keep" } else { "drop" };
            let events = (0..8)
                .map(|j| NewEvent {
                    timestamp: i * 10 + j,
                    message: format!("{stream} {i} {j} {}", "x".repeat(40)),
                })
                .collect();
            store.append(G, stream, Some(0), 0, events).await.unwrap();
        }
        store.checkpoint().await.unwrap();
        store.delete_stream(G, "drop").await.unwrap();
        let want = messages(&store, G);
        assert_eq!(want.len(), 20 * 8);
        COMPACT_CRASH_AFTER.with(|c| c.set(Some(3)));
        let crashed =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| store.reclaim())).is_err();
        assert!(crashed, "the failpoint stops the compaction");
        COMPACT_CRASH_AFTER.with(|c| c.set(None));
        drop(store);
        let store = LogStore::open(dir.path(), options).unwrap();
        let got = messages(&store, G);
        assert_eq!(
            got.len(),
            want.len(),
            "events lost to the interrupted compaction"
        );
        assert_eq!(got, want);
        // And a compaction that finishes still gives the space back.
        let report = store.reclaim().unwrap();
        assert_eq!(report.segments_compacted, 1, "{report:?}");
        assert_eq!(messages(&store, G), want);
    }
}
