//! In-memory backend: everything under one mutex. Not durable; meant for unit tests of other
//! crates and as the reference model for the SQLite backend's property tests.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::sync::{Arc, Weak, mpsc};
use std::time::{Duration, Instant};

use parking_lot::Mutex;
use tokio::sync::broadcast;

use crate::engine::{self, Applied, Backend};
use crate::watch::{self, EventBatch};
use crate::{
    KeyValue, LEASE_CHECK_INTERVAL, LeaseId, RangeRequest, RangeResponse, Revision, Store,
    StoreError, Txn, TxnResponse, WatchEvent, WatchStream, lease_deadline,
};

/// Broadcast capacity, in commits. A watcher more than this many commits behind gets
/// `WatcherLagged`.
const WATCH_BUFFER: usize = 4096;

/// Non-durable [`Store`] kept entirely in memory. Cloning shares the same store.
#[derive(Clone)]
pub struct MemoryStore {
    inner: Arc<Inner>,
}

struct Inner {
    state: Mutex<MemState>,
    // Dropping the store drops this sender, which wakes and stops the lease thread.
    _stop_lease_thread: mpsc::Sender<()>,
}

struct MemLease {
    ttl: Duration,
    deadline: Instant,
    keys: BTreeSet<String>,
}

struct MemState {
    kvs: BTreeMap<String, KeyValue>,
    leases: HashMap<LeaseId, MemLease>,
    revision: Revision,
    compacted: Revision,
    next_lease: LeaseId,
    history: VecDeque<WatchEvent>,
    /// `None` once closed.
    events: Option<broadcast::Sender<EventBatch>>,
}

impl Default for MemoryStore {
    fn default() -> Self {
        Self::new()
    }
}

impl MemoryStore {
    pub fn new() -> Self {
        let (events, _) = broadcast::channel(WATCH_BUFFER);
        let (stop_tx, stop_rx) = mpsc::channel::<()>();
        let inner = Arc::new(Inner {
            state: Mutex::new(MemState {
                kvs: BTreeMap::new(),
                leases: HashMap::new(),
                revision: 0,
                compacted: 0,
                next_lease: 1,
                history: VecDeque::new(),
                events: Some(events),
            }),
            _stop_lease_thread: stop_tx,
        });
        let weak = Arc::downgrade(&inner);
        // A plain thread rather than a tokio task so the store can be created outside a runtime.
        let spawned = std::thread::Builder::new()
            .name("keel-store-mem-lease".into())
            .spawn(move || lease_expiry_loop(weak, stop_rx));
        if let Err(e) = spawned {
            tracing::error!(error = %e, "failed to start lease expiry thread; leases will not expire");
        }
        Self { inner }
    }
}

fn lease_expiry_loop(weak: Weak<Inner>, stop: mpsc::Receiver<()>) {
    while let Err(mpsc::RecvTimeoutError::Timeout) = stop.recv_timeout(LEASE_CHECK_INTERVAL) {
        let Some(inner) = weak.upgrade() else { return };
        inner.state.lock().expire_leases(Instant::now());
    }
}

impl MemState {
    fn check_open(&self) -> Result<(), StoreError> {
        if self.events.is_none() {
            Err(StoreError::Closed)
        } else {
            Ok(())
        }
    }

    fn commit<T>(&mut self, applied: Applied<T>) -> T {
        self.revision = applied.revision;
        if !applied.events.is_empty() {
            self.history.extend(applied.events.iter().cloned());
            if let Some(tx) = &self.events {
                // No receivers is fine.
                let _ = tx.send(Arc::new(applied.events));
            }
        }
        applied.value
    }

    fn revoke(&mut self, id: LeaseId) -> Result<(), StoreError> {
        if !self.leases.contains_key(&id) {
            return Err(StoreError::LeaseNotFound(id));
        }
        let rev = self.revision;
        let applied = engine::apply_lease_revoke(self, rev, id)?;
        self.leases.remove(&id);
        self.commit(applied);
        Ok(())
    }

    fn expire_leases(&mut self, now: Instant) {
        if self.events.is_none() {
            return;
        }
        let mut expired: Vec<LeaseId> = self
            .leases
            .iter()
            .filter(|(_, l)| l.deadline <= now)
            .map(|(id, _)| *id)
            .collect();
        expired.sort_unstable();
        for id in expired {
            if let Err(e) = self.revoke(id) {
                tracing::warn!(lease = id, error = %e, "failed to revoke expired lease");
            }
        }
    }
}

impl Backend for MemState {
    fn get(&mut self, key: &str) -> Result<Option<KeyValue>, StoreError> {
        Ok(self.kvs.get(key).cloned())
    }

    fn range(&mut self, req: &RangeRequest) -> Result<(Vec<KeyValue>, bool, usize), StoreError> {
        Ok(crate::kvmap::range(&self.kvs, req))
    }

    fn lease_exists(&mut self, id: LeaseId) -> Result<bool, StoreError> {
        Ok(self.leases.contains_key(&id))
    }

    fn lease_keys(&mut self, id: LeaseId) -> Result<Vec<String>, StoreError> {
        Ok(self
            .leases
            .get(&id)
            .map(|l| l.keys.iter().cloned().collect())
            .unwrap_or_default())
    }

    fn write_kv(&mut self, kv: &KeyValue, prev: Option<&KeyValue>) -> Result<(), StoreError> {
        if let Some(old) = prev.and_then(|p| p.lease)
            && let Some(l) = self.leases.get_mut(&old)
        {
            l.keys.remove(&kv.key);
        }
        if let Some(new) = kv.lease
            && let Some(l) = self.leases.get_mut(&new)
        {
            l.keys.insert(kv.key.clone());
        }
        self.kvs.insert(kv.key.clone(), kv.clone());
        Ok(())
    }

    fn remove_kv(&mut self, kv: &KeyValue) -> Result<(), StoreError> {
        if let Some(old) = kv.lease
            && let Some(l) = self.leases.get_mut(&old)
        {
            l.keys.remove(&kv.key);
        }
        self.kvs.remove(&kv.key);
        Ok(())
    }
}

#[async_trait::async_trait]
impl Store for MemoryStore {
    async fn range(&self, req: RangeRequest) -> Result<RangeResponse, StoreError> {
        let mut st = self.inner.state.lock();
        st.check_open()?;
        let (kvs, more, count) = Backend::range(&mut *st, &req)?;
        Ok(RangeResponse {
            kvs,
            more,
            count,
            revision: st.revision,
        })
    }

    async fn txn(&self, txn: Txn) -> Result<TxnResponse, StoreError> {
        let mut st = self.inner.state.lock();
        st.check_open()?;
        let rev = st.revision;
        // The engine validates and checks leases before writing, so an error leaves no trace.
        let applied = engine::apply_txn(&mut *st, rev, &txn)?;
        Ok(st.commit(applied))
    }

    async fn watch(
        &self,
        prefix: &str,
        start: Option<Revision>,
    ) -> Result<WatchStream, StoreError> {
        let st = self.inner.state.lock();
        let Some(tx) = &st.events else {
            return Err(StoreError::Closed);
        };
        // Under the lock nothing can commit between reading history and subscribing.
        let rx = tx.subscribe();
        let (start, initial) = match start {
            None => (st.revision + 1, Vec::new()),
            Some(s) => {
                let s = s.max(1);
                if s <= st.compacted {
                    return Err(StoreError::Compacted {
                        requested: s,
                        compacted: st.compacted,
                    });
                }
                let initial = st
                    .history
                    .iter()
                    .filter(|ev| ev.kv.mod_revision >= s && ev.kv.key.starts_with(prefix))
                    .cloned()
                    .collect();
                (s, initial)
            }
        };
        Ok(watch::build_stream(
            prefix.to_owned(),
            start,
            initial,
            None,
            rx,
        ))
    }

    async fn current_revision(&self) -> Result<Revision, StoreError> {
        let st = self.inner.state.lock();
        st.check_open()?;
        Ok(st.revision)
    }

    async fn lease_grant(&self, ttl: Duration) -> Result<LeaseId, StoreError> {
        let mut st = self.inner.state.lock();
        st.check_open()?;
        let id = st.next_lease;
        st.next_lease += 1;
        let deadline = lease_deadline(Instant::now(), ttl);
        st.leases.insert(
            id,
            MemLease {
                ttl,
                deadline,
                keys: BTreeSet::new(),
            },
        );
        Ok(id)
    }

    async fn lease_keep_alive(&self, id: LeaseId) -> Result<(), StoreError> {
        let mut st = self.inner.state.lock();
        st.check_open()?;
        let lease = st
            .leases
            .get_mut(&id)
            .ok_or(StoreError::LeaseNotFound(id))?;
        lease.deadline = lease_deadline(Instant::now(), lease.ttl);
        Ok(())
    }

    async fn lease_revoke(&self, id: LeaseId) -> Result<(), StoreError> {
        let mut st = self.inner.state.lock();
        st.check_open()?;
        st.revoke(id)
    }

    async fn compact(&self, through: Revision) -> Result<(), StoreError> {
        let mut st = self.inner.state.lock();
        st.check_open()?;
        let through = through.min(st.revision);
        if through <= st.compacted {
            return Ok(());
        }
        while st
            .history
            .front()
            .is_some_and(|ev| ev.kv.mod_revision <= through)
        {
            st.history.pop_front();
        }
        st.compacted = through;
        Ok(())
    }

    async fn close(&self) -> Result<(), StoreError> {
        let mut st = self.inner.state.lock();
        st.check_open()?;
        // Dropping the sender ends every watch stream with `Closed`.
        st.events = None;
        Ok(())
    }
}
