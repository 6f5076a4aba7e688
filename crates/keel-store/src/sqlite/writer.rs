//! The single writer thread and its group commit.
//!
//! Callers send [`Request`]s over a channel. The writer takes the first queued request, drains
//! whatever else is queued (up to `max_batch`), and runs the whole batch inside one SQLite
//! transaction, each request in its own `SAVEPOINT` so a failing one is rolled back alone while
//! later requests still see the effects of earlier ones. One `COMMIT` (one fsync of the WAL)
//! makes the batch durable; only then are watch events published (in revision order) and the
//! callers answered. While a batch is being fsynced, new requests queue up and form the next
//! batch, which is where the throughput comes from.
//!
//! The writer also expires leases: it owns the only write connection, so expiry is naturally
//! serialized with txns that attach keys to leases.

use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use parking_lot::{Mutex, RwLock};
use rusqlite::Connection;
use tokio::sync::{broadcast, oneshot};

use super::query;
use super::schema::Recovered;
use crate::checkpoint::Checkpointer;
use crate::engine::{self, Backend};
use crate::watch::EventBatch;
use crate::{
    KeyValue, LeaseId, RangeRequest, Revision, StoreError, Txn, TxnResponse, WatchEvent,
    lease_deadline,
};

pub(crate) type Reply<T> = oneshot::Sender<Result<T, StoreError>>;

pub(crate) enum Request {
    Txn(Txn, Reply<TxnResponse>),
    LeaseGrant(Duration, Reply<LeaseId>),
    LeaseRevoke(LeaseId, Reply<()>),
    Compact(Revision, Reply<()>),
    /// Finish what was queued before, checkpoint, close the connection.
    Close(Reply<()>),
}

/// In-memory lease deadline. The writer removes a lease from the map before revoking it on
/// expiry, so a keep-alive racing with expiry fails rather than resurrecting it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LeaseClock {
    pub ttl: Duration,
    pub deadline: Instant,
}

/// The committed state, in memory: every `get` and `range` is served from here, so a read is a
/// map lookup rather than a SQLite read transaction (two `fcntl` locks and a B-tree descent).
/// The writer updates it after each commit is durable and before anyone is answered, so a read
/// that starts after a write was acknowledged sees it. It costs memory in proportion to the
/// control plane's state, which is small (tasks are purged after their retention; log data
/// lives in the log store, not here).
pub(crate) struct Committed {
    pub kvs: BTreeMap<String, KeyValue>,
    pub revision: Revision,
}

/// State shared between the writer, the store handle and the read pool.
pub(crate) struct Shared {
    pub committed: RwLock<Committed>,
    /// Last committed revision (published after the commit, before watch events).
    pub revision: AtomicI64,
    pub compacted: AtomicI64,
    pub leases: Mutex<HashMap<LeaseId, LeaseClock>>,
    pub closed: AtomicBool,
}

enum Work {
    Txn(Txn),
    Grant(Duration),
    /// `expired` is set when the writer revokes an expired lease on its own.
    Revoke {
        id: LeaseId,
        expired: Option<LeaseClock>,
    },
    Compact(Revision),
}

enum ReplyTo {
    Txn(Reply<TxnResponse>),
    Lease(Reply<LeaseId>),
    Unit(Reply<()>),
    Nobody,
}

enum Outcome {
    Txn(TxnResponse),
    Lease(LeaseId),
    Unit,
}

/// What to apply to shared in-memory state once the batch is durable.
enum Effect {
    None,
    Granted(LeaseId, Duration),
    Revoked(LeaseId),
}

impl ReplyTo {
    fn send(self, result: Result<Outcome, StoreError>) {
        // A caller that stopped waiting is not an error.
        let mismatch = || StoreError::Backend("internal error: mismatched writer reply".into());
        match self {
            ReplyTo::Txn(tx) => {
                let _ = tx.send(result.and_then(|o| match o {
                    Outcome::Txn(t) => Ok(t),
                    _ => Err(mismatch()),
                }));
            }
            ReplyTo::Lease(tx) => {
                let _ = tx.send(result.and_then(|o| match o {
                    Outcome::Lease(id) => Ok(id),
                    _ => Err(mismatch()),
                }));
            }
            ReplyTo::Unit(tx) => {
                let _ = tx.send(result.map(|_| ()));
            }
            ReplyTo::Nobody => {
                if let Err(e) = result {
                    tracing::warn!(error = %e, "background store operation failed");
                }
            }
        }
    }
}

struct Job {
    work: Work,
    reply: ReplyTo,
    result: Result<Outcome, StoreError>,
    events: Vec<WatchEvent>,
    effect: Effect,
}

impl Job {
    fn new(work: Work, reply: ReplyTo) -> Self {
        Self {
            work,
            reply,
            result: Err(StoreError::Backend("not executed".into())),
            events: Vec::new(),
            effect: Effect::None,
        }
    }
}

pub(crate) struct WriterConfig {
    pub max_batch: usize,
    pub lease_check_interval: Duration,
}

pub(crate) struct Writer {
    conn: Connection,
    rx: mpsc::Receiver<Request>,
    shared: Arc<Shared>,
    events: broadcast::Sender<EventBatch>,
    config: WriterConfig,
    rev: Revision,
    compacted: Revision,
    next_lease: LeaseId,
    checkpointer: Checkpointer,
    overlay: Overlay,
    /// Held for the writer's lifetime: one process, one writer per database.
    _lock: File,
}

/// Writes of the batch in progress that SQLite holds but the in-memory [`Committed`] view does
/// not have yet: `job` for the job being executed (dropped if it fails), `batch` for the jobs
/// before it (dropped if the commit fails). `None` is a deleted key.
#[derive(Default)]
struct Overlay {
    batch: HashMap<String, Option<KeyValue>>,
    job: HashMap<String, Option<KeyValue>>,
}

impl Overlay {
    fn job_done(&mut self) {
        self.batch.extend(self.job.drain());
    }
    fn job_failed(&mut self) {
        self.job.clear();
    }
    fn clear(&mut self) {
        self.batch.clear();
        self.job.clear();
    }
}

/// The engine's view of the write connection (inside the current savepoint). Point reads (a
/// compare's target, a put's previous value) come from the committed view plus the overlay,
/// not from SQLite: on the write path that read was most of the writer's time, decoding rows
/// and their overflow pages again. Ranges and leases still read SQLite, which holds everything
/// the batch has written so far.
struct SqlBackend<'a> {
    conn: &'a Connection,
    committed: &'a RwLock<Committed>,
    overlay: &'a mut Overlay,
}

impl Backend for SqlBackend<'_> {
    fn get(&mut self, key: &str) -> Result<Option<KeyValue>, StoreError> {
        if let Some(kv) = self
            .overlay
            .job
            .get(key)
            .or_else(|| self.overlay.batch.get(key))
        {
            return Ok(kv.clone());
        }
        Ok(self.committed.read().kvs.get(key).cloned())
    }
    fn range(&mut self, req: &RangeRequest) -> Result<(Vec<KeyValue>, bool, usize), StoreError> {
        Ok(query::range(self.conn, req)?)
    }
    fn lease_exists(&mut self, id: LeaseId) -> Result<bool, StoreError> {
        Ok(query::lease_exists(self.conn, id)?)
    }
    fn lease_keys(&mut self, id: LeaseId) -> Result<Vec<String>, StoreError> {
        Ok(query::lease_keys(self.conn, id)?)
    }
    fn write_kv(&mut self, kv: &KeyValue, _prev: Option<&KeyValue>) -> Result<(), StoreError> {
        query::upsert_kv(self.conn, kv)?;
        self.overlay.job.insert(kv.key.clone(), Some(kv.clone()));
        Ok(())
    }
    fn remove_kv(&mut self, kv: &KeyValue) -> Result<(), StoreError> {
        query::delete_kv(self.conn, &kv.key)?;
        self.overlay.job.insert(kv.key.clone(), None);
        Ok(())
    }
}

fn exec_sql(conn: &Connection, sql: &str) -> rusqlite::Result<()> {
    conn.prepare_cached(sql)?.execute([])?;
    Ok(())
}

fn unix_millis() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

impl Writer {
    pub(crate) fn new(
        conn: Connection,
        rx: mpsc::Receiver<Request>,
        shared: Arc<Shared>,
        events: broadcast::Sender<EventBatch>,
        recovered: &Recovered,
        config: WriterConfig,
        lock: File,
        checkpointer: Checkpointer,
    ) -> Self {
        Self {
            conn,
            rx,
            shared,
            events,
            config,
            rev: recovered.revision,
            compacted: recovered.compacted,
            next_lease: recovered.next_lease,
            checkpointer,
            overlay: Overlay::default(),
            _lock: lock,
        }
    }

    pub(crate) fn run(mut self) {
        let interval = self.config.lease_check_interval;
        let max_batch = self.config.max_batch.max(1);
        let mut next_check = lease_deadline(Instant::now(), interval);
        loop {
            let wait = next_check.saturating_duration_since(Instant::now());
            let first = match self.rx.recv_timeout(wait) {
                Ok(req) => Some(req),
                Err(mpsc::RecvTimeoutError::Timeout) => None,
                // Every handle is gone: the store was dropped without `close`.
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            };
            // Checked on every wake-up so a busy writer still expires leases on time.
            if Instant::now() >= next_check {
                self.expire_leases();
                next_check = lease_deadline(Instant::now(), interval);
            }
            let mut jobs = Vec::new();
            let mut close = None;
            let mut next = first;
            while let Some(req) = next {
                match req {
                    Request::Close(reply) => {
                        close = Some(reply);
                        break;
                    }
                    Request::Txn(t, r) => jobs.push(Job::new(Work::Txn(t), ReplyTo::Txn(r))),
                    Request::LeaseGrant(ttl, r) => {
                        jobs.push(Job::new(Work::Grant(ttl), ReplyTo::Lease(r)))
                    }
                    Request::LeaseRevoke(id, r) => jobs.push(Job::new(
                        Work::Revoke { id, expired: None },
                        ReplyTo::Unit(r),
                    )),
                    Request::Compact(rev, r) => {
                        jobs.push(Job::new(Work::Compact(rev), ReplyTo::Unit(r)))
                    }
                }
                if jobs.len() >= max_batch {
                    break;
                }
                next = self.rx.try_recv().ok();
            }
            if !jobs.is_empty() {
                self.run_batch(jobs);
            }
            if let Some(reply) = close {
                self.shutdown(Some(reply));
                return;
            }
        }
        self.shutdown(None);
    }

    fn shutdown(mut self, reply: Option<Reply<()>>) {
        self.shared.closed.store(true, Ordering::SeqCst);
        // Anything queued behind the close request is refused.
        while let Ok(req) = self.rx.try_recv() {
            match req {
                Request::Txn(_, r) => ReplyTo::Txn(r).send(Err(StoreError::Closed)),
                Request::LeaseGrant(_, r) => ReplyTo::Lease(r).send(Err(StoreError::Closed)),
                Request::LeaseRevoke(_, r) | Request::Compact(_, r) | Request::Close(r) => {
                    ReplyTo::Unit(r).send(Err(StoreError::Closed))
                }
            }
        }
        self.checkpointer.stop();
        // Fold the WAL back into the main file so the database is self-contained at rest.
        let checkpoint = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .map_err(StoreError::from);
        let closed = self.conn.close().map_err(|(_, e)| StoreError::from(e));
        let result = checkpoint.and(closed);
        if let Err(e) = &result {
            tracing::warn!(error = %e, "error while closing sqlite store");
        }
        if let Some(reply) = reply {
            let _ = reply.send(result);
        }
    }

    fn expire_leases(&mut self) {
        let now = Instant::now();
        let mut expired: Vec<(LeaseId, LeaseClock)> = {
            let mut leases = self.shared.leases.lock();
            let ids: Vec<LeaseId> = leases
                .iter()
                .filter(|(_, c)| c.deadline <= now)
                .map(|(id, _)| *id)
                .collect();
            ids.into_iter()
                .filter_map(|id| leases.remove(&id).map(|c| (id, c)))
                .collect()
        };
        if expired.is_empty() {
            return;
        }
        expired.sort_unstable_by_key(|(id, _)| *id);
        tracing::debug!(count = expired.len(), "revoking expired leases");
        let jobs = expired
            .into_iter()
            .map(|(id, clock)| {
                Job::new(
                    Work::Revoke {
                        id,
                        expired: Some(clock),
                    },
                    ReplyTo::Nobody,
                )
            })
            .collect();
        self.run_batch(jobs);
    }

    fn run_batch(&mut self, mut jobs: Vec<Job>) {
        let saved = (self.rev, self.compacted, self.next_lease);
        let executed = self.execute_jobs(&mut jobs);
        // Committed or not, the batch's writes are in the committed view (below) or nowhere.
        self.overlay.clear();
        if let Err(e) = executed {
            // The group commit failed as a whole: nothing in it is durable, so every caller
            // gets the error and in-memory counters go back to the last committed state.
            tracing::error!(error = %e, jobs = jobs.len(), "sqlite group commit failed");
            if !self.conn.is_autocommit()
                && let Err(e) = self.conn.execute_batch("ROLLBACK")
            {
                tracing::error!(error = %e, "rollback after failed commit failed");
            }
            (self.rev, self.compacted, self.next_lease) = saved;
            let msg = e.to_string();
            for job in jobs {
                if let Work::Revoke {
                    id,
                    expired: Some(clock),
                } = job.work
                {
                    // Retry on the next expiry check.
                    let retry = LeaseClock {
                        deadline: Instant::now(),
                        ..clock
                    };
                    self.shared.leases.lock().insert(id, retry);
                }
                job.reply.send(Err(StoreError::Backend(msg.clone())));
            }
            return;
        }

        {
            let mut committed = self.shared.committed.write();
            for job in &jobs {
                crate::kvmap::apply(&mut committed.kvs, &job.events);
            }
            committed.revision = self.rev;
        }
        self.shared.revision.store(self.rev, Ordering::SeqCst);
        self.shared
            .compacted
            .store(self.compacted, Ordering::SeqCst);
        {
            let mut leases = self.shared.leases.lock();
            let now = Instant::now();
            for job in &jobs {
                match job.effect {
                    Effect::Granted(id, ttl) => {
                        leases.insert(
                            id,
                            LeaseClock {
                                ttl,
                                deadline: lease_deadline(now, ttl),
                            },
                        );
                    }
                    Effect::Revoked(id) => {
                        leases.remove(&id);
                    }
                    Effect::None => {}
                }
            }
        }
        let events: Vec<WatchEvent> = jobs
            .iter_mut()
            .flat_map(|j| std::mem::take(&mut j.events))
            .collect();
        if !events.is_empty() {
            // No receivers is fine.
            let _ = self.events.send(Arc::new(events));
        }
        for job in jobs {
            job.reply.send(job.result);
        }
        self.checkpointer.committed(&self.conn);
    }

    /// Runs the batch in one transaction. Per-job errors are stored in the job; an `Err` here
    /// means the transaction as a whole failed.
    fn execute_jobs(&mut self, jobs: &mut [Job]) -> rusqlite::Result<()> {
        exec_sql(&self.conn, "BEGIN IMMEDIATE")?;
        // Each job runs in a savepoint so that a failing one is undone alone, except a lone
        // job: it needs no savepoint (and no statement journal), the whole transaction goes.
        let savepoints = jobs.len() > 1;
        for job in jobs.iter_mut() {
            if savepoints {
                exec_sql(&self.conn, "SAVEPOINT job")?;
            }
            match self.exec(&job.work) {
                Ok((outcome, events, effect)) => {
                    if savepoints {
                        exec_sql(&self.conn, "RELEASE job")?;
                    }
                    self.overlay.job_done();
                    job.result = Ok(outcome);
                    job.events = events;
                    job.effect = effect;
                }
                Err(e) => {
                    self.overlay.job_failed();
                    job.result = Err(e);
                    if !savepoints {
                        return exec_sql(&self.conn, "ROLLBACK");
                    }
                    exec_sql(&self.conn, "ROLLBACK TO job")?;
                    exec_sql(&self.conn, "RELEASE job")?;
                }
            }
        }
        query::write_meta(&self.conn, self.rev, self.compacted, self.next_lease)?;
        exec_sql(&self.conn, "COMMIT")
    }

    fn backend(&mut self) -> SqlBackend<'_> {
        SqlBackend {
            conn: &self.conn,
            committed: &self.shared.committed,
            overlay: &mut self.overlay,
        }
    }

    fn record(&self, events: &[WatchEvent]) -> Result<(), StoreError> {
        for (seq, ev) in events.iter().enumerate() {
            query::insert_history(&self.conn, seq, ev)?;
        }
        Ok(())
    }

    /// Executes one job inside its savepoint. Writer counters change only on success.
    fn exec(&mut self, work: &Work) -> Result<(Outcome, Vec<WatchEvent>, Effect), StoreError> {
        match work {
            Work::Txn(txn) => {
                let applied = {
                    let rev = self.rev;
                    engine::apply_txn(&mut self.backend(), rev, txn)?
                };
                self.record(&applied.events)?;
                self.rev = applied.revision;
                Ok((Outcome::Txn(applied.value), applied.events, Effect::None))
            }
            Work::Grant(ttl) => {
                let id = self.next_lease;
                let ttl_ms = i64::try_from(ttl.as_millis()).unwrap_or(i64::MAX);
                query::insert_lease(&self.conn, id, ttl_ms, unix_millis())?;
                self.next_lease = id + 1;
                Ok((Outcome::Lease(id), Vec::new(), Effect::Granted(id, *ttl)))
            }
            Work::Revoke { id, .. } => {
                if !query::lease_exists(&self.conn, *id)? {
                    return Err(StoreError::LeaseNotFound(*id));
                }
                let rev = self.rev;
                let applied = engine::apply_lease_revoke(&mut self.backend(), rev, *id)?;
                self.record(&applied.events)?;
                query::delete_lease(&self.conn, *id)?;
                self.rev = applied.revision;
                Ok((Outcome::Unit, applied.events, Effect::Revoked(*id)))
            }
            Work::Compact(through) => {
                let through = (*through).min(self.rev);
                if through > self.compacted {
                    query::delete_history_through(&self.conn, through)?;
                    self.compacted = through;
                }
                Ok((Outcome::Unit, Vec::new(), Effect::None))
            }
        }
    }
}
