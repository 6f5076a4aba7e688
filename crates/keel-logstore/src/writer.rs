//! The writer thread: the only code that appends to the WAL or changes the store's state.
//!
//! It takes every command queued since its last commit, validates each against the state plus
//! the effects of the commands before it in the same batch, encodes all of them into one WAL
//! write, fsyncs once (group commit: many callers share one fsync), applies the effects to the
//! in-memory state, and only then answers. Then it seals full buffers into blocks and, when the
//! WAL has grown past its limit, checkpoints.

use std::collections::{HashMap, HashSet};
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tokio::sync::{mpsc, oneshot};

use crate::block::{self, EventRun};
use crate::catalog::sync_dir;
use crate::segment::SegmentFile;
use crate::state::{BlockRef, SegmentState, State};
use crate::store::Shared;
use crate::wal::{self, WalRecord};
use crate::{AppendOutcome, LogStoreError, NewEvent};

type Reply<T> = oneshot::Sender<Result<T, LogStoreError>>;

pub enum Command {
    Append {
        group: String,
        stream: String,
        /// Create the stream (with this creation time) if it does not exist.
        create: Option<i64>,
        ingestion_time: i64,
        events: Vec<NewEvent>,
        reply: Reply<AppendOutcome>,
    },
    CreateStream {
        group: String,
        stream: String,
        creation_time: i64,
        reply: Reply<()>,
    },
    DeleteStream {
        group: String,
        stream: String,
        reply: Reply<()>,
    },
    DeleteGroup {
        group: String,
        reply: Reply<bool>,
    },
    Expire {
        group: String,
        before: i64,
        reply: Reply<bool>,
    },
    Checkpoint {
        reply: Reply<()>,
    },
    /// Checkpoint only if the WAL still holds events deleted or expired since the last one.
    PurgeWal {
        reply: Reply<bool>,
    },
    Close {
        reply: Reply<()>,
    },
}

/// What one validated command does to the state, in WAL order.
enum Effect {
    CreateGroup {
        id: u64,
        key: String,
    },
    CreateStream {
        group: u64,
        id: u64,
        name: String,
        creation_time: i64,
    },
    Events {
        stream: u64,
        first_seq: u64,
        ingestion_time: i64,
        events: Vec<NewEvent>,
    },
    DeleteStream {
        id: u64,
    },
    DeleteGroup {
        id: u64,
    },
    Expire {
        group: u64,
        before: i64,
        seq: u64,
    },
}

/// Commands run after the batch's commit.
enum Control {
    Checkpoint(Reply<()>),
    PurgeWal(Reply<bool>),
    Close(Reply<()>),
}

enum Answer {
    Append(Reply<AppendOutcome>, Result<AppendOutcome, LogStoreError>),
    Unit(Reply<()>, Result<(), LogStoreError>),
    Bool(Reply<bool>, Result<bool, LogStoreError>),
}

/// A failure after validation (the WAL write) turns every success into that failure.
fn failing<T>(failure: Option<&str>, r: Result<T, LogStoreError>) -> Result<T, LogStoreError> {
    match (failure, r) {
        (Some(msg), Ok(_)) => Err(LogStoreError::Failed(msg.to_string())),
        (_, r) => r,
    }
}

impl Answer {
    fn send(self, failure: Option<&str>) {
        match self {
            Answer::Append(tx, r) => {
                let _ = tx.send(failing(failure, r));
            }
            Answer::Unit(tx, r) => {
                let _ = tx.send(failing(failure, r));
            }
            Answer::Bool(tx, r) => {
                let _ = tx.send(failing(failure, r));
            }
        }
    }
}

pub struct Writer {
    shared: Arc<Shared>,
    wal: File,
    wal_path: PathBuf,
    wal_len: u64,
    /// Segments appended to since the last checkpoint (fsynced by it).
    dirty: HashMap<(u64, u64), Arc<SegmentFile>>,
    failed: Option<String>,
}

pub fn wal_dir(dir: &Path) -> PathBuf {
    dir.join("wal")
}

pub fn group_dir(dir: &Path, group: u64) -> PathBuf {
    dir.join("groups").join(format!("{group:016x}"))
}

fn open_wal(dir: &Path, first_seq: u64) -> std::io::Result<(File, PathBuf)> {
    let wal_dir = wal_dir(dir);
    let path = wal_dir.join(format!("{first_seq:016x}.wal"));
    // A file of that name can only hold a torn tail from before the checkpoint that covers it.
    let file = OpenOptions::new()
        .create(true)
        .write(true)
        .truncate(true)
        .open(&path)?;
    sync_dir(&wal_dir)?;
    Ok((file, path))
}

/// Resolves names against the state plus this batch's earlier effects.
#[derive(Default)]
struct Overlay {
    groups: HashMap<String, Option<u64>>,
    streams: HashMap<(u64, String), Option<u64>>,
}

impl Overlay {
    fn group(&self, state: &State, key: &str) -> Option<u64> {
        match self.groups.get(key) {
            Some(v) => *v,
            None => state.groups.get(key).map(|g| g.id),
        }
    }

    fn stream(&self, state: &State, group: u64, name: &str) -> Option<u64> {
        match self.streams.get(&(group, name.to_string())) {
            Some(v) => *v,
            None => state
                .group_by_id(group)
                .and_then(|g| g.streams.get(name).copied()),
        }
    }
}

impl Writer {
    pub fn new(shared: Arc<Shared>) -> Result<Self, LogStoreError> {
        let first_seq = shared.state.read().next_seq;
        let (wal, wal_path) = open_wal(&shared.dir, first_seq)?;
        Ok(Self {
            shared,
            wal,
            wal_path,
            wal_len: 0,
            dirty: HashMap::new(),
            failed: None,
        })
    }

    pub fn run(mut self, mut rx: mpsc::Receiver<Command>) {
        let mut batch = Vec::new();
        while let Some(first) = rx.blocking_recv() {
            batch.push(first);
            let mut bytes = 0usize;
            while bytes < 16 << 20 {
                match rx.try_recv() {
                    Ok(cmd) => {
                        if let Command::Append { events, .. } = &cmd {
                            bytes += events.iter().map(|e| e.message.len() + 26).sum::<usize>();
                        }
                        batch.push(cmd);
                    }
                    Err(_) => break,
                }
            }
            if self.process(&mut batch) {
                return;
            }
        }
        // Every handle dropped without close: everything acknowledged is in the WAL already.
    }

    /// Handles one batch; returns true when the store was closed.
    fn process(&mut self, batch: &mut Vec<Command>) -> bool {
        let mut answers = Vec::with_capacity(batch.len());
        let mut effects = Vec::new();
        let mut wal_bytes = Vec::new();
        let mut control = Vec::new();
        {
            let state = self.shared.state.read();
            let mut overlay = Overlay::default();
            let mut next_seq = state.next_seq;
            let mut next_group = state.next_group;
            let mut next_stream = state.next_stream;
            let mut take_seq = |n: u64| {
                let s = next_seq;
                next_seq += n;
                s
            };
            for cmd in batch.drain(..) {
                match cmd {
                    Command::Append {
                        group,
                        stream,
                        create,
                        ingestion_time,
                        events,
                        reply,
                    } => {
                        let gid = overlay.group(&state, &group);
                        let sid = gid.and_then(|g| overlay.stream(&state, g, &stream));
                        let sid = match (gid, sid, create) {
                            (_, Some(sid), _) => sid,
                            (_, None, None) => {
                                answers.push(Answer::Append(
                                    reply,
                                    Err(LogStoreError::StreamNotFound),
                                ));
                                continue;
                            }
                            (gid, None, Some(creation_time)) => {
                                let gid = gid.unwrap_or_else(|| {
                                    let id = next_group;
                                    next_group += 1;
                                    let seq = take_seq(1);
                                    WalRecord::CreateGroup {
                                        seq,
                                        group: id,
                                        key: group.clone(),
                                    }
                                    .encode(&mut wal_bytes);
                                    effects.push(Effect::CreateGroup {
                                        id,
                                        key: group.clone(),
                                    });
                                    overlay.groups.insert(group.clone(), Some(id));
                                    id
                                });
                                let sid = next_stream;
                                next_stream += 1;
                                let seq = take_seq(1);
                                WalRecord::CreateStream {
                                    seq,
                                    group: gid,
                                    stream: sid,
                                    name: stream.clone(),
                                    creation_time,
                                }
                                .encode(&mut wal_bytes);
                                effects.push(Effect::CreateStream {
                                    group: gid,
                                    id: sid,
                                    name: stream.clone(),
                                    creation_time,
                                });
                                overlay.streams.insert((gid, stream.clone()), Some(sid));
                                sid
                            }
                        };
                        if events.is_empty() {
                            answers.push(Answer::Append(
                                reply,
                                Ok(AppendOutcome {
                                    first_seq: 0,
                                    last_seq: 0,
                                }),
                            ));
                            continue;
                        }
                        let first_seq = take_seq(events.len() as u64);
                        let refs: Vec<(i64, &[u8])> = events
                            .iter()
                            .map(|e| (e.timestamp, e.message.as_bytes()))
                            .collect();
                        wal::encode_events(&mut wal_bytes, first_seq, sid, ingestion_time, &refs);
                        let last_seq = first_seq + events.len() as u64 - 1;
                        effects.push(Effect::Events {
                            stream: sid,
                            first_seq,
                            ingestion_time,
                            events,
                        });
                        answers.push(Answer::Append(
                            reply,
                            Ok(AppendOutcome {
                                first_seq,
                                last_seq,
                            }),
                        ));
                    }
                    Command::CreateStream {
                        group,
                        stream,
                        creation_time,
                        reply,
                    } => {
                        let gid = overlay.group(&state, &group);
                        if gid
                            .and_then(|g| overlay.stream(&state, g, &stream))
                            .is_some()
                        {
                            answers.push(Answer::Unit(reply, Err(LogStoreError::StreamExists)));
                            continue;
                        }
                        let gid = gid.unwrap_or_else(|| {
                            let id = next_group;
                            next_group += 1;
                            let seq = take_seq(1);
                            WalRecord::CreateGroup {
                                seq,
                                group: id,
                                key: group.clone(),
                            }
                            .encode(&mut wal_bytes);
                            effects.push(Effect::CreateGroup {
                                id,
                                key: group.clone(),
                            });
                            overlay.groups.insert(group.clone(), Some(id));
                            id
                        });
                        let sid = next_stream;
                        next_stream += 1;
                        let seq = take_seq(1);
                        WalRecord::CreateStream {
                            seq,
                            group: gid,
                            stream: sid,
                            name: stream.clone(),
                            creation_time,
                        }
                        .encode(&mut wal_bytes);
                        effects.push(Effect::CreateStream {
                            group: gid,
                            id: sid,
                            name: stream.clone(),
                            creation_time,
                        });
                        overlay.streams.insert((gid, stream), Some(sid));
                        answers.push(Answer::Unit(reply, Ok(())));
                    }
                    Command::DeleteStream {
                        group,
                        stream,
                        reply,
                    } => {
                        let gid = overlay.group(&state, &group);
                        let Some((gid, sid)) =
                            gid.and_then(|g| Some((g, overlay.stream(&state, g, &stream)?)))
                        else {
                            answers.push(Answer::Unit(reply, Err(LogStoreError::StreamNotFound)));
                            continue;
                        };
                        let seq = take_seq(1);
                        WalRecord::DeleteStream { seq, stream: sid }.encode(&mut wal_bytes);
                        effects.push(Effect::DeleteStream { id: sid });
                        overlay.streams.insert((gid, stream), None);
                        answers.push(Answer::Unit(reply, Ok(())));
                    }
                    Command::DeleteGroup { group, reply } => {
                        let Some(gid) = overlay.group(&state, &group) else {
                            answers.push(Answer::Bool(reply, Ok(false)));
                            continue;
                        };
                        let seq = take_seq(1);
                        WalRecord::DeleteGroup { seq, group: gid }.encode(&mut wal_bytes);
                        effects.push(Effect::DeleteGroup { id: gid });
                        overlay.groups.insert(group, None);
                        overlay.streams.retain(|(g, _), _| *g != gid);
                        answers.push(Answer::Bool(reply, Ok(true)));
                    }
                    Command::Expire {
                        group,
                        before,
                        reply,
                    } => {
                        // An expiry that covers no stored event changes nothing a read
                        // could see: it is not written at all (no WAL write, no fsync).
                        let gid = overlay
                            .group(&state, &group)
                            .filter(|gid| state.would_expire(*gid, before));
                        let expired = gid.is_some();
                        if let Some(gid) = gid {
                            let seq = take_seq(1);
                            WalRecord::Expire {
                                seq,
                                group: gid,
                                before,
                            }
                            .encode(&mut wal_bytes);
                            effects.push(Effect::Expire {
                                group: gid,
                                before,
                                seq,
                            });
                        }
                        answers.push(Answer::Bool(reply, Ok(expired)));
                    }
                    Command::Checkpoint { reply } => control.push(Control::Checkpoint(reply)),
                    Command::PurgeWal { reply } => control.push(Control::PurgeWal(reply)),
                    Command::Close { reply } => control.push(Control::Close(reply)),
                }
            }
            drop(state);
            if self.failed.is_none() && !wal_bytes.is_empty() {
                if let Err(err) = self.write_wal(&wal_bytes) {
                    tracing::error!(%err, "log store WAL write failed; refusing further writes");
                    self.failed = Some(err.to_string());
                } else {
                    self.apply(effects, next_seq, next_group, next_stream);
                }
            }
        }
        let failure = self.failed.clone();
        for answer in answers {
            answer.send(failure.as_deref());
        }
        if self.failed.is_none()
            && let Err(err) = self.after_commit()
        {
            tracing::error!(%err, "log store sealing failed; refusing further writes");
            self.failed = Some(err.to_string());
        }
        let mut closing = false;
        for command in control {
            let failed = self
                .failed
                .as_ref()
                .map(|msg| LogStoreError::Failed(msg.clone()));
            match command {
                Control::Checkpoint(reply) => {
                    let _ = reply.send(failed.map_or_else(|| self.checkpoint(), Err));
                }
                Control::Close(reply) => {
                    // Closing stops the writer, whether or not the last checkpoint works.
                    closing = true;
                    let _ = reply.send(failed.map_or_else(|| self.checkpoint(), Err));
                }
                Control::PurgeWal(reply) => {
                    let needed = self.shared.state.read().wal_holds_forgotten;
                    let _ = reply.send(match failed {
                        Some(err) => Err(err),
                        None if needed => self.checkpoint().map(|()| true),
                        None => Ok(false),
                    });
                }
            }
        }
        closing
    }

    fn write_wal(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.wal.write_all(bytes)?;
        self.wal.sync_data()?;
        self.wal_len += bytes.len() as u64;
        Ok(())
    }

    fn apply(&mut self, effects: Vec<Effect>, next_seq: u64, next_group: u64, next_stream: u64) {
        let mut removed_groups = Vec::new();
        {
            let mut state = self.shared.state.write();
            for effect in effects {
                match effect {
                    Effect::CreateGroup { id, key } => state.create_group(id, &key),
                    Effect::CreateStream {
                        group,
                        id,
                        name,
                        creation_time,
                    } => state.create_stream(group, id, &name, creation_time),
                    Effect::Events {
                        stream,
                        first_seq,
                        ingestion_time,
                        events,
                    } => {
                        state.append(
                            stream,
                            first_seq,
                            ingestion_time,
                            events.iter().map(|e| (e.timestamp, e.message.as_bytes())),
                            |_| false,
                        );
                    }
                    Effect::DeleteStream { id } => state.delete_stream(id),
                    Effect::DeleteGroup { id } => {
                        if let Some(g) = state.delete_group(id) {
                            removed_groups.push(g);
                        }
                    }
                    Effect::Expire { group, before, seq } => {
                        state.expire(group, before, seq);
                    }
                }
            }
            state.next_seq = next_seq;
            state.next_group = state.next_group.max(next_group);
            state.next_stream = state.next_stream.max(next_stream);
        }
        // A deleted group's events are unreadable from here on; its files go now.
        for g in removed_groups {
            self.dirty.retain(|(group, _), _| *group != g.id);
            let dir = group_dir(&self.shared.dir, g.id);
            if let Err(err) = std::fs::remove_dir_all(&dir)
                && err.kind() != std::io::ErrorKind::NotFound
            {
                tracing::warn!(dir = %dir.display(), %err, "could not remove a deleted log group's files; they are removed at the next open");
            }
        }
    }

    /// Seals full buffers; checkpoints when the WAL is past its limit.
    fn after_commit(&mut self) -> Result<(), LogStoreError> {
        let full: Vec<u64> = {
            let state = self.shared.state.read();
            state
                .streams
                .values()
                .filter(|s| s.buffer.arena.len() >= self.shared.options.block_bytes)
                .map(|s| s.id)
                .collect()
        };
        for id in full {
            self.seal(id)?;
        }
        if self.wal_len >= self.shared.options.wal_roll_bytes {
            self.checkpoint()?;
        }
        Ok(())
    }

    /// Compresses a stream's buffer into a block in its group's active segment.
    fn seal(&mut self, stream: u64) -> Result<(), LogStoreError> {
        let level = self.shared.options.compression_level;
        let (group, encoded) = {
            let state = self.shared.state.read();
            let Some(s) = state.streams.get(&stream) else {
                return Ok(());
            };
            if s.buffer.events.is_empty() {
                return Ok(());
            }
            let mut run: EventRun = s.buffer.clone();
            run.sort();
            (s.group, block::encode(stream, &run, level)?)
        };
        let (meta, bytes) = encoded;
        let shared = self.shared.clone();
        let _seal = shared.seal_lock.lock();
        let Some(segment) = self.active_segment(group)? else {
            return Ok(());
        };
        let offset = segment.append(&bytes)?;
        self.dirty.insert((group, segment.number), segment.clone());
        let mut state = self.shared.state.write();
        let State {
            streams,
            groups,
            group_keys,
            buffered,
            ..
        } = &mut *state;
        let Some(s) = streams.get_mut(&stream) else {
            return Ok(());
        };
        *buffered = buffered.saturating_sub(s.buffered_bytes());
        s.buffer = EventRun::default();
        let Some(g) = group_keys.get(&group).and_then(|k| groups.get_mut(k)) else {
            return Ok(());
        };
        let Some(seg) = g.segments.get_mut(&segment.number) else {
            return Ok(());
        };
        let expired = g.expiry.hides_block(&meta);
        if expired {
            seg.dead_bytes += meta.disk_len();
        } else {
            seg.live_bytes += meta.disk_len();
            seg.live_blocks += 1;
            s.blocks.push(BlockRef {
                segment,
                offset,
                meta,
            });
        }
        Ok(())
    }

    /// The group's segment for new blocks, rolling to a new one when it is full; `None` if the
    /// group is gone.
    fn active_segment(&mut self, group: u64) -> Result<Option<Arc<SegmentFile>>, LogStoreError> {
        let limit = self.shared.options.segment_bytes;
        let number = {
            let mut state = self.shared.state.write();
            let Some(g) = state.group_by_id_mut(group) else {
                return Ok(None);
            };
            let current = g
                .active
                .and_then(|n| g.segments.get(&n))
                .map(|s| s.file.clone());
            if let Some(file) = current.filter(|f| file_len(f) < limit) {
                return Ok(Some(file));
            }
            g.next_segment += 1;
            g.next_segment - 1
        };
        let dir = group_dir(&self.shared.dir, group);
        if !dir.exists() {
            std::fs::create_dir_all(&dir)?;
            sync_dir(&self.shared.dir.join("groups"))?;
        }
        let file = Arc::new(SegmentFile::create(&dir, number, &[])?);
        let mut state = self.shared.state.write();
        if let Some(g) = state.group_by_id_mut(group) {
            g.segments.insert(
                number,
                SegmentState {
                    file: file.clone(),
                    live_bytes: 0,
                    live_blocks: 0,
                    dead_bytes: 0,
                },
            );
            g.active = Some(number);
        }
        Ok(Some(file))
    }

    /// Seals every buffer, fsyncs the segments, writes the catalog and starts a new WAL file;
    /// the older WAL files are then deleted.
    pub fn checkpoint(&mut self) -> Result<(), LogStoreError> {
        let pending: Vec<u64> = {
            let state = self.shared.state.read();
            state
                .streams
                .values()
                .filter(|s| !s.buffer.events.is_empty())
                .map(|s| s.id)
                .collect()
        };
        for id in pending {
            self.seal(id)?;
        }
        for segment in self.dirty.values() {
            segment.sync()?;
        }
        self.dirty.clear();
        let checkpoint = self.shared.state.read().checkpoint();
        checkpoint.write(&self.shared.dir)?;
        {
            let mut state = self.shared.state.write();
            state.checkpoint_seq = checkpoint.seq;
            state.wal_holds_forgotten = false;
        }
        let (wal, path) = open_wal(&self.shared.dir, checkpoint.seq + 1)?;
        self.wal_path = path;
        self.wal = wal;
        self.wal_len = 0;
        remove_wal_files_except(&self.shared.dir, &self.wal_path)?;
        Ok(())
    }
}

fn file_len(file: &SegmentFile) -> u64 {
    crate::segment::Source::len(file)
}

/// Deletes every WAL file but `keep`.
pub fn remove_wal_files_except(dir: &Path, keep: &Path) -> std::io::Result<()> {
    let wal_dir = wal_dir(dir);
    let mut removed = HashSet::new();
    for entry in std::fs::read_dir(&wal_dir)? {
        let path = entry?.path();
        if path != keep && path.extension().is_some_and(|e| e == "wal") {
            std::fs::remove_file(&path)?;
            removed.insert(path);
        }
    }
    if !removed.is_empty() {
        sync_dir(&wal_dir)?;
    }
    Ok(())
}
