//! Backend-independent transaction semantics.
//!
//! Both backends implement the small [`Backend`] trait over their storage and run every txn and
//! lease revocation through [`apply_txn`] / [`apply_lease_revoke`], so compare evaluation,
//! revision/version bookkeeping and event generation are identical by construction.

use std::collections::HashSet;

use crate::{
    EventKind, KeyRange, KeyValue, LeaseId, Op, OpResponse, RangeRequest, RangeResponse, Revision,
    StoreError, Txn, TxnResponse, WatchEvent,
};

/// Storage primitives a backend provides to the engine. Calls happen inside whatever atomicity
/// scope the backend uses (a lock, a SQLite savepoint).
pub(crate) trait Backend {
    fn get(&mut self, key: &str) -> Result<Option<KeyValue>, StoreError>;
    /// Matching kvs (honouring `start_after`, `limit`, `keys_only`, `count_only`), whether more
    /// matched after the last returned kv, and the total count of the range.
    fn range(&mut self, req: &RangeRequest) -> Result<(Vec<KeyValue>, bool, usize), StoreError>;
    fn lease_exists(&mut self, id: LeaseId) -> Result<bool, StoreError>;
    /// Keys currently attached to the lease, in key order.
    fn lease_keys(&mut self, id: LeaseId) -> Result<Vec<String>, StoreError>;
    /// Inserts or replaces `kv`; `prev` is its previous state.
    fn write_kv(&mut self, kv: &KeyValue, prev: Option<&KeyValue>) -> Result<(), StoreError>;
    fn remove_kv(&mut self, kv: &KeyValue) -> Result<(), StoreError>;
}

/// The result of applying a mutation: the new store revision and the events it produced.
pub(crate) struct Applied<T> {
    pub value: T,
    pub revision: Revision,
    pub events: Vec<WatchEvent>,
}

/// Rejects txns whose branches write a key twice (etcd's "duplicate key given in txn request").
/// Both branches are checked, whichever runs, as etcd does.
pub(crate) fn validate_txn(txn: &Txn) -> Result<(), StoreError> {
    for (name, ops) in [("success", &txn.success), ("failure", &txn.failure)] {
        let mut puts = HashSet::new();
        let deletes: Vec<&KeyRange> = ops
            .iter()
            .filter_map(|op| match op {
                Op::Delete { range } => Some(range),
                _ => None,
            })
            .collect();
        for op in ops {
            if let Op::Put { key, .. } = op {
                if !puts.insert(key.as_str()) {
                    return Err(StoreError::InvalidTxn(format!(
                        "duplicate put of key {key:?} in {name} branch"
                    )));
                }
                if deletes.iter().any(|r| r.contains(key)) {
                    return Err(StoreError::InvalidTxn(format!(
                        "key {key:?} is both put and deleted in {name} branch"
                    )));
                }
            }
        }
    }
    Ok(())
}

fn tombstone(key: &str, rev: Revision) -> KeyValue {
    KeyValue {
        key: key.to_owned(),
        value: Vec::new(),
        create_revision: 0,
        mod_revision: rev,
        version: 0,
        lease: None,
    }
}

/// Deletes every key of `range`, recording events at `rev`.
fn delete_range<B: Backend>(
    b: &mut B,
    range: &KeyRange,
    rev: Revision,
    events: &mut Vec<WatchEvent>,
) -> Result<Vec<KeyValue>, StoreError> {
    let (deleted, _, _) = b.range(&RangeRequest::new(range.clone()))?;
    for kv in &deleted {
        b.remove_kv(kv)?;
        events.push(WatchEvent {
            kind: EventKind::Delete,
            kv: tombstone(&kv.key, rev),
            prev_kv: Some(kv.clone()),
        });
    }
    Ok(deleted)
}

/// Applies a txn on top of store revision `current`. On error the caller must discard any
/// partial writes (the engine validates everything it can before writing, so for the in-memory
/// backend errors never leave partial state).
pub(crate) fn apply_txn<B: Backend>(
    b: &mut B,
    current: Revision,
    txn: &Txn,
) -> Result<Applied<TxnResponse>, StoreError> {
    validate_txn(txn)?;
    let mut succeeded = true;
    for cmp in &txn.compare {
        let kv = b.get(&cmp.key)?;
        if !cmp.matches(kv.as_ref()) {
            succeeded = false;
            break;
        }
    }
    let ops = if succeeded {
        &txn.success
    } else {
        &txn.failure
    };
    for op in ops {
        if let Op::Put {
            lease: Some(id), ..
        } = op
            && !b.lease_exists(*id)?
        {
            return Err(StoreError::LeaseNotFound(*id));
        }
    }

    let rev = current + 1;
    let mut changed = false;
    let mut events = Vec::new();
    let mut responses = Vec::with_capacity(ops.len());
    for op in ops {
        let resp = match op {
            Op::Put { key, value, lease } => {
                let prev = b.get(key)?;
                let kv = KeyValue {
                    key: key.clone(),
                    value: value.clone(),
                    create_revision: prev.as_ref().map_or(rev, |p| p.create_revision),
                    mod_revision: rev,
                    version: prev.as_ref().map_or(0, |p| p.version) + 1,
                    lease: *lease,
                };
                b.write_kv(&kv, prev.as_ref())?;
                changed = true;
                events.push(WatchEvent {
                    kind: EventKind::Put,
                    kv,
                    prev_kv: prev.clone(),
                });
                OpResponse::Put { prev }
            }
            Op::Delete { range } => {
                let deleted = delete_range(b, range, rev, &mut events)?;
                changed |= !deleted.is_empty();
                OpResponse::Delete { deleted }
            }
            Op::Range(req) => {
                let (kvs, more, count) = b.range(req)?;
                let revision = if changed { rev } else { current };
                OpResponse::Range(RangeResponse {
                    kvs,
                    more,
                    count,
                    revision,
                })
            }
        };
        responses.push(resp);
    }
    let revision = if changed { rev } else { current };
    Ok(Applied {
        value: TxnResponse {
            succeeded,
            revision,
            responses,
        },
        revision,
        events,
    })
}

/// Deletes the keys attached to lease `id` on top of store revision `current`. The caller checks
/// that the lease exists and removes the lease itself.
pub(crate) fn apply_lease_revoke<B: Backend>(
    b: &mut B,
    current: Revision,
    id: LeaseId,
) -> Result<Applied<()>, StoreError> {
    let rev = current + 1;
    let mut events = Vec::new();
    for key in b.lease_keys(id)? {
        delete_range(b, &KeyRange::Key(key), rev, &mut events)?;
    }
    let revision = if events.is_empty() { current } else { rev };
    Ok(Applied {
        value: (),
        revision,
        events,
    })
}
