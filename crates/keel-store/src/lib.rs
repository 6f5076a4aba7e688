//! `keel-store`: the durable state store of Keel's control plane.
//!
//! The store is a revisioned key-value store shaped like etcd v3, so that an etcd backend can be
//! added later without changing callers:
//!
//! * every mutating transaction bumps a store-wide [`Revision`] by exactly one, and every key it
//!   writes carries that revision as its `mod_revision`;
//! * transactions are `compare -> success | failure` with etcd's comparison semantics;
//! * watches deliver [`WatchEvent`]s in revision order, exactly once, and can resume from a past
//!   revision until that revision is compacted;
//! * leases attach keys to a TTL; when the lease expires or is revoked its keys are deleted.
//!
//! Backends:
//!
//! * [`SqliteStore`] — embedded SQLite (WAL, `synchronous=FULL`, group commit); the default.
//! * [`MemoryStore`] — in-process, non-durable; meant for unit tests of other crates.
//!
//! Both backends run the same conformance suite ([`store_conformance_suite!`]).

pub mod checkpoint;
pub(crate) mod engine;
mod kvmap;
mod memory;
mod sqlite;
#[doc(hidden)]
pub mod testsuite;
pub(crate) mod watch;

use std::ops::Bound;
use std::time::Duration;

pub use memory::MemoryStore;
pub use sqlite::{SqliteOptions, SqliteStore};

/// Store-wide revision. Strictly increasing, starts at 1 for the first write; 0 means "never".
pub type Revision = i64;
/// Identifier of a lease, as returned by [`Store::lease_grant`].
pub type LeaseId = i64;

/// A key with its value and bookkeeping, as in etcd's `mvccpb.KeyValue`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyValue {
    pub key: String,
    pub value: Vec<u8>,
    /// Revision of the write that created the key (reset when the key is deleted and recreated).
    pub create_revision: Revision,
    /// Revision of the last write to the key.
    pub mod_revision: Revision,
    /// Number of writes since the key was (re)created; 1 after creation.
    pub version: i64,
    pub lease: Option<LeaseId>,
}

/// What a [`Compare`] looks at, and the value it compares against.
#[derive(Clone, Debug)]
pub enum CmpTarget {
    Version(i64),
    CreateRevision(Revision),
    ModRevision(Revision),
    Value(Vec<u8>),
}

#[derive(Clone, Copy, Debug)]
pub enum CmpOp {
    Equal,
    NotEqual,
    Greater,
    Less,
}

/// One guard of a [`Txn`].
///
/// etcd semantics: an absent key has version 0 and create/mod revision 0; `Value` comparisons on
/// an absent key are always false (whatever the operator).
#[derive(Clone, Debug)]
pub struct Compare {
    pub key: String,
    pub op: CmpOp,
    pub target: CmpTarget,
}

impl Compare {
    pub fn new(key: impl Into<String>, op: CmpOp, target: CmpTarget) -> Self {
        Self {
            key: key.into(),
            op,
            target,
        }
    }
    /// The key does not exist (version == 0).
    pub fn absent(key: impl Into<String>) -> Self {
        Self::new(key, CmpOp::Equal, CmpTarget::Version(0))
    }
    /// The key exists (version > 0).
    pub fn exists(key: impl Into<String>) -> Self {
        Self::new(key, CmpOp::Greater, CmpTarget::Version(0))
    }
    pub fn mod_revision_eq(key: impl Into<String>, rev: Revision) -> Self {
        Self::new(key, CmpOp::Equal, CmpTarget::ModRevision(rev))
    }
    pub fn version_eq(key: impl Into<String>, version: i64) -> Self {
        Self::new(key, CmpOp::Equal, CmpTarget::Version(version))
    }
    pub fn value_eq(key: impl Into<String>, value: impl Into<Vec<u8>>) -> Self {
        Self::new(key, CmpOp::Equal, CmpTarget::Value(value.into()))
    }

    /// Evaluates the comparison against the current state of the key.
    pub(crate) fn matches(&self, current: Option<&KeyValue>) -> bool {
        use std::cmp::Ordering;
        let ord: Ordering = match (&self.target, current) {
            // etcd: comparing the value of a missing key is false for every operator.
            (CmpTarget::Value(_), None) => return false,
            (CmpTarget::Value(v), Some(kv)) => kv.value.as_slice().cmp(v.as_slice()),
            (CmpTarget::Version(v), kv) => kv.map_or(0, |kv| kv.version).cmp(v),
            (CmpTarget::CreateRevision(r), kv) => kv.map_or(0, |kv| kv.create_revision).cmp(r),
            (CmpTarget::ModRevision(r), kv) => kv.map_or(0, |kv| kv.mod_revision).cmp(r),
        };
        match self.op {
            CmpOp::Equal => ord == Ordering::Equal,
            CmpOp::NotEqual => ord != Ordering::Equal,
            CmpOp::Greater => ord == Ordering::Greater,
            CmpOp::Less => ord == Ordering::Less,
        }
    }
}

/// A set of keys. Keys compare byte-wise (UTF-8 order), like etcd.
#[derive(Clone, Debug)]
pub enum KeyRange {
    /// Exactly one key.
    Key(String),
    /// Every key starting with the prefix (the empty prefix is every key).
    Prefix(String),
    /// `start <= key < end`.
    Between { start: String, end: String },
}

impl KeyRange {
    pub fn contains(&self, key: &str) -> bool {
        match self {
            KeyRange::Key(k) => key == k,
            KeyRange::Prefix(p) => key.starts_with(p.as_str()),
            KeyRange::Between { start, end } => key >= start.as_str() && key < end.as_str(),
        }
    }

    /// Lower (inclusive) and upper bound of the range in key order. `Key` yields
    /// `[k, k]`; a prefix whose successor does not exist yields an unbounded upper end.
    pub(crate) fn bounds(&self) -> (String, Bound<String>) {
        match self {
            KeyRange::Key(k) => (k.clone(), Bound::Included(k.clone())),
            KeyRange::Prefix(p) => (
                p.clone(),
                prefix_end(p).map_or(Bound::Unbounded, Bound::Excluded),
            ),
            KeyRange::Between { start, end } => (start.clone(), Bound::Excluded(end.clone())),
        }
    }
}

/// The smallest string greater than every string starting with `prefix`, if one exists.
///
/// UTF-8 byte order equals code point order, so bumping the last bumpable char and truncating
/// after it gives the successor.
pub(crate) fn prefix_end(prefix: &str) -> Option<String> {
    let mut chars: Vec<char> = prefix.chars().collect();
    while let Some(c) = chars.pop() {
        let next = match c {
            '\u{D7FF}' => Some('\u{E000}'),
            c => char::from_u32(u32::from(c) + 1),
        };
        if let Some(n) = next {
            chars.push(n);
            return Some(chars.into_iter().collect());
        }
    }
    None
}

/// A read of a [`KeyRange`].
#[derive(Clone, Debug)]
pub struct RangeRequest {
    pub range: KeyRange,
    /// For pagination: only keys strictly greater than this.
    pub start_after: Option<String>,
    /// Maximum number of kvs returned; `None` or `Some(0)` means unlimited (as etcd's 0).
    pub limit: Option<usize>,
    /// Return keys and bookkeeping but empty values.
    pub keys_only: bool,
    /// Return only `count` (no kvs).
    pub count_only: bool,
}

impl RangeRequest {
    pub fn new(range: KeyRange) -> Self {
        Self {
            range,
            start_after: None,
            limit: None,
            keys_only: false,
            count_only: false,
        }
    }
    pub fn key(key: impl Into<String>) -> Self {
        Self::new(KeyRange::Key(key.into()))
    }
    pub fn prefix(prefix: impl Into<String>) -> Self {
        Self::new(KeyRange::Prefix(prefix.into()))
    }
    pub fn between(start: impl Into<String>, end: impl Into<String>) -> Self {
        Self::new(KeyRange::Between {
            start: start.into(),
            end: end.into(),
        })
    }
    pub fn with_limit(mut self, limit: usize) -> Self {
        self.limit = Some(limit);
        self
    }
    pub fn after(mut self, key: impl Into<String>) -> Self {
        self.start_after = Some(key.into());
        self
    }
    pub fn keys_only(mut self) -> Self {
        self.keys_only = true;
        self
    }
    pub fn count_only(mut self) -> Self {
        self.count_only = true;
        self
    }

    /// The effective limit (`None` = unlimited).
    pub(crate) fn effective_limit(&self) -> Option<usize> {
        self.limit.filter(|&n| n > 0)
    }
}

#[derive(Clone, Debug)]
pub struct RangeResponse {
    pub kvs: Vec<KeyValue>,
    /// More keys matched after the last returned one (pagination).
    pub more: bool,
    /// Total number of matching keys, ignoring `limit` and `start_after`.
    pub count: usize,
    /// Store revision when read.
    pub revision: Revision,
}

#[derive(Clone, Debug)]
pub enum Op {
    Put {
        key: String,
        value: Vec<u8>,
        lease: Option<LeaseId>,
    },
    Delete {
        range: KeyRange,
    },
    Range(RangeRequest),
}

impl Op {
    pub fn put(key: impl Into<String>, value: impl Into<Vec<u8>>) -> Self {
        Op::Put {
            key: key.into(),
            value: value.into(),
            lease: None,
        }
    }
    pub fn put_with_lease(
        key: impl Into<String>,
        value: impl Into<Vec<u8>>,
        lease: LeaseId,
    ) -> Self {
        Op::Put {
            key: key.into(),
            value: value.into(),
            lease: Some(lease),
        }
    }
    pub fn delete(key: impl Into<String>) -> Self {
        Op::Delete {
            range: KeyRange::Key(key.into()),
        }
    }
    pub fn delete_prefix(prefix: impl Into<String>) -> Self {
        Op::Delete {
            range: KeyRange::Prefix(prefix.into()),
        }
    }
    pub fn get(key: impl Into<String>) -> Self {
        Op::Range(RangeRequest::key(key))
    }
}

#[derive(Clone, Debug)]
pub enum OpResponse {
    Put { prev: Option<KeyValue> },
    Delete { deleted: Vec<KeyValue> },
    Range(RangeResponse),
}

/// `if all(compare) { success } else { failure }`, atomically.
///
/// A txn whose chosen branch changes something bumps the revision by exactly 1 and all its writes
/// share that revision. Read-only txns (and deletes that match nothing) don't bump. Writing the
/// same key twice in one branch (two puts, or a put inside a deleted range) is
/// [`StoreError::InvalidTxn`], as in etcd.
#[derive(Clone, Debug, Default)]
pub struct Txn {
    pub compare: Vec<Compare>,
    pub success: Vec<Op>,
    pub failure: Vec<Op>,
}

impl Txn {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn when(mut self, compare: Vec<Compare>) -> Self {
        self.compare = compare;
        self
    }
    pub fn and_then(mut self, ops: Vec<Op>) -> Self {
        self.success = ops;
        self
    }
    pub fn or_else(mut self, ops: Vec<Op>) -> Self {
        self.failure = ops;
        self
    }
}

#[derive(Clone, Debug)]
pub struct TxnResponse {
    pub succeeded: bool,
    /// Store revision after the txn (the txn's own revision if it wrote).
    pub revision: Revision,
    /// One response per op of the branch that ran.
    pub responses: Vec<OpResponse>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventKind {
    Put,
    Delete,
}

#[derive(Clone, Debug)]
pub struct WatchEvent {
    pub kind: EventKind,
    /// For `Delete`: the key, `mod_revision` = the deleting revision, empty value, zero
    /// create revision/version and no lease (as etcd).
    pub kv: KeyValue,
    /// The key's state before this event, if it existed.
    pub prev_kv: Option<KeyValue>,
}

pub type WatchStream = futures::stream::BoxStream<'static, Result<WatchEvent, StoreError>>;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("required revision {requested} has been compacted (compacted through {compacted})")]
    Compacted {
        requested: Revision,
        compacted: Revision,
    },
    #[error("lease {0} not found")]
    LeaseNotFound(LeaseId),
    #[error("invalid transaction: {0}")]
    InvalidTxn(String),
    #[error("store is closed")]
    Closed,
    #[error("watcher fell too far behind")]
    WatcherLagged,
    #[error("store backend error: {0}")]
    Backend(String),
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Backend(e.to_string())
    }
}

/// The store interface. See the crate docs for semantics.
#[async_trait::async_trait]
pub trait Store: Send + Sync + 'static {
    async fn range(&self, req: RangeRequest) -> Result<RangeResponse, StoreError>;

    async fn get(&self, key: &str) -> Result<Option<KeyValue>, StoreError> {
        Ok(self
            .range(RangeRequest::key(key))
            .await?
            .kvs
            .into_iter()
            .next())
    }

    /// Unconditional put; returns the revision of the write.
    async fn put(&self, key: &str, value: Vec<u8>) -> Result<Revision, StoreError> {
        let resp = self
            .txn(Txn::new().and_then(vec![Op::put(key, value)]))
            .await?;
        Ok(resp.revision)
    }

    async fn txn(&self, txn: Txn) -> Result<TxnResponse, StoreError>;

    /// Events for keys under `prefix` with revision >= start (None = only future events).
    /// Events arrive in revision order, each exactly once, none missing; a start at or below the
    /// compaction point -> `Err(Compacted)`. A watcher that falls too far behind gets
    /// `Err(WatcherLagged)` and the stream ends; when the store closes the stream yields
    /// `Err(Closed)` and ends.
    async fn watch(&self, prefix: &str, start: Option<Revision>)
    -> Result<WatchStream, StoreError>;

    async fn current_revision(&self) -> Result<Revision, StoreError>;

    async fn lease_grant(&self, ttl: Duration) -> Result<LeaseId, StoreError>;
    /// Resets the TTL; `Err(LeaseNotFound)` if expired/revoked.
    async fn lease_keep_alive(&self, id: LeaseId) -> Result<(), StoreError>;
    /// Revokes the lease and deletes its keys (watchers see Deletes, in one revision).
    async fn lease_revoke(&self, id: LeaseId) -> Result<(), StoreError>;

    /// Drops watch history at or below `through` (clamped to the current revision; compacting
    /// at or below an earlier compaction point is a no-op). Does not bump the revision.
    async fn compact(&self, through: Revision) -> Result<(), StoreError>;

    /// Finishes queued writes, checkpoints and closes; further calls return `Err(Closed)`.
    async fn close(&self) -> Result<(), StoreError>;
}

/// `now + ttl`, saturating (a huge TTL must not panic): such leases effectively never expire.
pub(crate) fn lease_deadline(now: std::time::Instant, ttl: Duration) -> std::time::Instant {
    now.checked_add(ttl)
        .or_else(|| now.checked_add(Duration::from_secs(100 * 365 * 24 * 3600)))
        .unwrap_or(now)
}

/// How often expired leases are looked for by default.
pub(crate) const LEASE_CHECK_INTERVAL: Duration = Duration::from_millis(250);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_end_handles_edges() {
        assert_eq!(prefix_end("abc").as_deref(), Some("abd"));
        assert_eq!(prefix_end(""), None);
        assert_eq!(prefix_end("a\u{10FFFF}").as_deref(), Some("b"));
        assert_eq!(prefix_end("\u{D7FF}").as_deref(), Some("\u{E000}"));
        assert_eq!(prefix_end("\u{10FFFF}"), None);
        let end = prefix_end("a/").unwrap_or_default();
        assert!("a/zzz" < end.as_str() && "a0" >= end.as_str());
    }

    #[test]
    fn compare_absent_semantics() {
        let kv = None;
        assert!(Compare::absent("k").matches(kv));
        assert!(!Compare::exists("k").matches(kv));
        assert!(!Compare::new("k", CmpOp::NotEqual, CmpTarget::Value(vec![1])).matches(kv));
        assert!(Compare::mod_revision_eq("k", 0).matches(kv));
    }
}
