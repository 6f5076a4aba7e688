//! Embedded SQLite backend, the default store.
//!
//! * Writes go to a single writer thread that group-commits (see [`writer`]); a txn's future
//!   resolves only after its batch's `COMMIT` fsynced the WAL (`journal_mode=WAL`,
//!   `synchronous=FULL`).
//! * Reads use a small pool of separate connections on blocking threads; WAL lets them run
//!   concurrently with the writer, each on a consistent snapshot.
//! * Watches subscribe to an in-process broadcast fed by the writer after each commit and
//!   replay older events from the `history` table (see [`crate::watch`]).
//! * A `<db>.lock` file next to the database is locked by the writer so that two processes (or
//!   two stores in one process) never write the same database.
//!
//! The schema is documented in [`schema`].

mod query;
pub(crate) mod schema;
mod writer;

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use parking_lot::{Mutex, RwLock};
use rusqlite::Connection;
use tokio::sync::{broadcast, oneshot};

use crate::watch::{self, EventBatch, ReplaySource};
use crate::{
    KeyValue, LEASE_CHECK_INTERVAL, LeaseId, RangeRequest, RangeResponse, Revision, Store,
    StoreError, Txn, TxnResponse, WatchEvent, WatchStream, lease_deadline,
};
use writer::{Committed, LeaseClock, Reply, Request, Shared, Writer, WriterConfig};

/// Tuning knobs for [`SqliteStore::open_with`]. Durability settings are deliberately not
/// configurable.
#[derive(Clone, Debug)]
pub struct SqliteOptions {
    /// Maximum number of requests committed together in one SQLite transaction.
    pub max_batch: usize,
    /// Idle read connections kept open.
    pub read_pool_size: usize,
    /// Broadcast capacity in commits; a watcher further behind gets `WatcherLagged`.
    pub watch_buffer: usize,
    /// History events fetched per query when a watch replays the past.
    pub replay_page_size: usize,
    /// How often expired leases are looked for.
    pub lease_check_interval: Duration,
    /// `PRAGMA mmap_size` for the writer and the read connections (0: no memory-mapped reads).
    pub mmap_size: u64,
}

impl Default for SqliteOptions {
    fn default() -> Self {
        Self {
            max_batch: 256,
            read_pool_size: 8,
            watch_buffer: 4096,
            replay_page_size: 1024,
            lease_check_interval: LEASE_CHECK_INTERVAL,
            mmap_size: 256 << 20,
        }
    }
}

/// Durable [`Store`] on an embedded SQLite database. Cloning shares the same store.
#[derive(Clone)]
pub struct SqliteStore {
    inner: Arc<Inner>,
}

struct Inner {
    /// `None` once closed. Dropping the last sender stops the writer.
    requests: Mutex<Option<mpsc::Sender<Request>>>,
    /// Used to subscribe watchers; `None` once closed.
    events: Mutex<Option<broadcast::Sender<EventBatch>>>,
    shared: Arc<Shared>,
    readers: Arc<ReaderPool>,
    replay_page_size: usize,
}

struct ReaderPool {
    path: PathBuf,
    idle: Mutex<Vec<Connection>>,
    max_idle: usize,
    mmap_size: u64,
    shared: Arc<Shared>,
}

impl ReaderPool {
    fn with_conn<T>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        if self.shared.closed.load(Ordering::SeqCst) {
            return Err(StoreError::Closed);
        }
        let pooled = self.idle.lock().pop();
        let conn = match pooled {
            Some(c) => c,
            None => schema::open_reader(&self.path, self.mmap_size)?,
        };
        let result = f(&conn);
        if !self.shared.closed.load(Ordering::SeqCst) {
            let mut idle = self.idle.lock();
            if idle.len() < self.max_idle {
                idle.push(conn);
            }
        }
        result
    }

    /// Runs a read on a blocking thread so it never stalls the async runtime.
    async fn run<T: Send + 'static>(
        self: &Arc<Self>,
        f: impl FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let pool = Arc::clone(self);
        tokio::task::spawn_blocking(move || pool.with_conn(f))
            .await
            .map_err(|e| StoreError::Backend(format!("read task failed: {e}")))?
    }
}

fn lock_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

fn acquire_lock(path: &Path) -> Result<File, StoreError> {
    let lock_path = lock_path(path);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|e| StoreError::Backend(format!("cannot open {}: {e}", lock_path.display())))?;
    // A store dropped without `close` releases the lock when its writer thread finishes,
    // shortly after the drop; wait a little for that before declaring the database busy.
    let deadline = Instant::now() + LOCK_WAIT;
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(file),
            Err(std::fs::TryLockError::WouldBlock) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(StoreError::Backend(format!(
                    "database {} is already open ({} is locked)",
                    path.display(),
                    lock_path.display()
                )));
            }
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(StoreError::Backend(format!(
                    "cannot lock {}: {e}",
                    lock_path.display()
                )));
            }
        }
    }
}

/// How long `open` waits for another writer of the same database to let go.
const LOCK_WAIT: Duration = Duration::from_secs(2);

impl SqliteStore {
    /// Opens (creating if needed) the database at `path` with default options.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        Self::open_with(path, SqliteOptions::default())
    }

    /// Opens (creating if needed) the database at `path`. Recovers revision, compaction point
    /// and leases. Does not need a tokio runtime.
    pub fn open_with(path: &Path, opts: SqliteOptions) -> Result<Self, StoreError> {
        let lock = acquire_lock(path)?;
        let (conn, recovered) = schema::open_writer(path, opts.mmap_size)?;
        let checkpointer =
            crate::checkpoint::Checkpointer::start(&conn, path, "keel-store-checkpoint")
                .map_err(|e| StoreError::Backend(e.to_string()))?;
        // Leases surviving a restart get a fresh full TTL (as etcd does on leader change):
        // the time spent down must not expire them before their holders can reconnect.
        let now = Instant::now();
        let leases: HashMap<LeaseId, LeaseClock> = recovered
            .leases
            .iter()
            .map(|&(id, ttl)| {
                (
                    id,
                    LeaseClock {
                        ttl,
                        deadline: lease_deadline(now, ttl),
                    },
                )
            })
            .collect();
        let kvs = query::load_all(&conn)?
            .into_iter()
            .map(|kv| (kv.key.clone(), kv))
            .collect();
        let shared = Arc::new(Shared {
            committed: RwLock::new(Committed {
                kvs,
                revision: recovered.revision,
            }),
            revision: AtomicI64::new(recovered.revision),
            compacted: AtomicI64::new(recovered.compacted),
            leases: Mutex::new(leases),
            closed: AtomicBool::new(false),
        });
        let (events, _) = broadcast::channel(opts.watch_buffer.max(1));
        let (tx, rx) = mpsc::channel();
        let writer = Writer::new(
            conn,
            rx,
            Arc::clone(&shared),
            events.clone(),
            &recovered,
            WriterConfig {
                max_batch: opts.max_batch,
                lease_check_interval: opts.lease_check_interval,
            },
            lock,
            checkpointer,
        );
        std::thread::Builder::new()
            .name("keel-store-writer".into())
            .spawn(move || writer.run())
            .map_err(|e| StoreError::Backend(format!("cannot start writer thread: {e}")))?;
        let readers = Arc::new(ReaderPool {
            path: path.to_owned(),
            idle: Mutex::new(Vec::new()),
            max_idle: opts.read_pool_size,
            mmap_size: opts.mmap_size,
            shared: Arc::clone(&shared),
        });
        Ok(Self {
            inner: Arc::new(Inner {
                requests: Mutex::new(Some(tx)),
                events: Mutex::new(Some(events)),
                shared,
                readers,
                replay_page_size: opts.replay_page_size.max(1),
            }),
        })
    }

    fn check_open(&self) -> Result<(), StoreError> {
        if self.inner.shared.closed.load(Ordering::SeqCst) {
            Err(StoreError::Closed)
        } else {
            Ok(())
        }
    }

    async fn request<T>(&self, make: impl FnOnce(Reply<T>) -> Request) -> Result<T, StoreError> {
        self.check_open()?;
        let sender = self
            .inner
            .requests
            .lock()
            .clone()
            .ok_or(StoreError::Closed)?;
        let (tx, rx) = oneshot::channel();
        sender.send(make(tx)).map_err(|_| StoreError::Closed)?;
        // The writer dropping the reply means it shut down first.
        rx.await.map_err(|_| StoreError::Closed)?
    }
}

/// Pages the `history` table for a watch starting in the past.
struct SqliteReplay {
    readers: Arc<ReaderPool>,
    prefix: String,
    start: Revision,
    /// (rev, seq) of the last event read.
    cursor: (Revision, i64),
    page_size: usize,
    done: bool,
}

#[async_trait::async_trait]
impl ReplaySource for SqliteReplay {
    async fn next_page(&mut self) -> Result<Option<Vec<WatchEvent>>, StoreError> {
        if self.done {
            return Ok(None);
        }
        let (prefix, cursor, start, page_size) =
            (self.prefix.clone(), self.cursor, self.start, self.page_size);
        let rows = self
            .readers
            .run(move |conn| {
                let tx = conn.unchecked_transaction()?;
                let (_, compacted) = query::read_meta(&tx)?;
                // Compaction may have removed rows after the cursor: report it rather than
                // silently skipping events. (Conservative when the cursor's revision was
                // already read completely.)
                if compacted >= cursor.0 {
                    return Err(StoreError::Compacted {
                        requested: start,
                        compacted,
                    });
                }
                Ok(query::history_page(&tx, &prefix, cursor, page_size)?)
            })
            .await?;
        if rows.len() < self.page_size {
            // The snapshot's history is exhausted; later commits come from the broadcast.
            self.done = true;
        }
        let Some((seq, last)) = rows.last() else {
            return Ok(None);
        };
        self.cursor = (last.kv.mod_revision, *seq);
        Ok(Some(rows.into_iter().map(|(_, ev)| ev).collect()))
    }
}

#[async_trait::async_trait]
impl Store for SqliteStore {
    async fn range(&self, req: RangeRequest) -> Result<RangeResponse, StoreError> {
        self.check_open()?;
        let committed = self.inner.shared.committed.read();
        let (kvs, more, count) = crate::kvmap::range(&committed.kvs, &req);
        Ok(RangeResponse {
            kvs,
            more,
            count,
            revision: committed.revision,
        })
    }

    async fn get(&self, key: &str) -> Result<Option<KeyValue>, StoreError> {
        self.check_open()?;
        Ok(self.inner.shared.committed.read().kvs.get(key).cloned())
    }

    async fn txn(&self, txn: Txn) -> Result<TxnResponse, StoreError> {
        // Cheap validation before queueing, so the writer never sees malformed txns.
        self.check_open()?;
        crate::engine::validate_txn(&txn)?;
        self.request(|reply| Request::Txn(txn, reply)).await
    }

    async fn watch(
        &self,
        prefix: &str,
        start: Option<Revision>,
    ) -> Result<WatchStream, StoreError> {
        self.check_open()?;
        // Subscribe before reading anything (see crate::watch for why this is gap-free).
        let rx = self
            .inner
            .events
            .lock()
            .as_ref()
            .ok_or(StoreError::Closed)?
            .subscribe();
        let Some(start) = start else {
            let start = self.inner.shared.revision.load(Ordering::SeqCst) + 1;
            return Ok(watch::build_stream(
                prefix.to_owned(),
                start,
                Vec::new(),
                None,
                rx,
            ));
        };
        let start = start.max(1);
        let mut replay = SqliteReplay {
            readers: Arc::clone(&self.inner.readers),
            prefix: prefix.to_owned(),
            start,
            cursor: (start, -1),
            page_size: self.inner.replay_page_size,
            done: false,
        };
        // Read the first page eagerly so a compacted start fails here, not in the stream.
        let initial = replay.next_page().await?.unwrap_or_default();
        let replay: Option<Box<dyn ReplaySource>> = if replay.done {
            None
        } else {
            Some(Box::new(replay))
        };
        Ok(watch::build_stream(
            prefix.to_owned(),
            start,
            initial,
            replay,
            rx,
        ))
    }

    async fn current_revision(&self) -> Result<Revision, StoreError> {
        self.check_open()?;
        Ok(self.inner.shared.revision.load(Ordering::SeqCst))
    }

    async fn lease_grant(&self, ttl: Duration) -> Result<LeaseId, StoreError> {
        self.request(|reply| Request::LeaseGrant(ttl, reply)).await
    }

    async fn lease_keep_alive(&self, id: LeaseId) -> Result<(), StoreError> {
        self.check_open()?;
        // Deadlines live in memory only (reopen grants a fresh TTL), so no disk write here.
        let mut leases = self.inner.shared.leases.lock();
        let clock = leases.get_mut(&id).ok_or(StoreError::LeaseNotFound(id))?;
        clock.deadline = lease_deadline(Instant::now(), clock.ttl);
        Ok(())
    }

    async fn lease_revoke(&self, id: LeaseId) -> Result<(), StoreError> {
        self.request(|reply| Request::LeaseRevoke(id, reply)).await
    }

    async fn compact(&self, through: Revision) -> Result<(), StoreError> {
        self.request(|reply| Request::Compact(through, reply)).await
    }

    async fn close(&self) -> Result<(), StoreError> {
        if self.inner.shared.closed.swap(true, Ordering::SeqCst) {
            return Err(StoreError::Closed);
        }
        let sender = self.inner.requests.lock().take();
        self.inner.events.lock().take();
        let result = match sender {
            Some(sender) => {
                let (tx, rx) = oneshot::channel();
                match sender.send(Request::Close(tx)) {
                    // The writer replies after checkpointing and closing its connection.
                    Ok(()) => rx.await.unwrap_or(Ok(())),
                    Err(_) => Ok(()),
                }
            }
            None => Ok(()),
        };
        self.inner.readers.idle.lock().clear();
        result
    }
}
