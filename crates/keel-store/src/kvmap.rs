//! Range reads over an ordered in-memory map of current key-values: the whole state of the
//! in-memory backend, and the SQLite backend's read view of its committed state.

use std::collections::BTreeMap;
use std::ops::Bound;

use crate::{EventKind, KeyValue, RangeRequest, WatchEvent};

fn is_empty_range(lower: &Bound<String>, upper: &Bound<String>) -> bool {
    match (lower, upper) {
        (Bound::Unbounded, _) | (_, Bound::Unbounded) => false,
        (Bound::Included(l), Bound::Included(u)) => l > u,
        (Bound::Included(l) | Bound::Excluded(l), Bound::Included(u) | Bound::Excluded(u)) => {
            l >= u
        }
    }
}

/// See [`crate::engine::Backend::range`]: one page, whether there is more, and the total count.
pub(crate) fn range(
    kvs: &BTreeMap<String, KeyValue>,
    req: &RangeRequest,
) -> (Vec<KeyValue>, bool, usize) {
    let (lo, hi) = req.range.bounds();
    let full_lower = Bound::Included(lo.clone());
    if is_empty_range(&full_lower, &hi) {
        return (Vec::new(), false, 0);
    }
    let count = kvs.range::<String, _>((full_lower, hi.clone())).count();
    if req.count_only {
        return (Vec::new(), false, count);
    }
    let lower = match &req.start_after {
        Some(a) if *a >= lo => Bound::Excluded(a.clone()),
        _ => Bound::Included(lo),
    };
    if is_empty_range(&lower, &hi) {
        return (Vec::new(), false, count);
    }
    let mut iter = kvs.range::<String, _>((lower, hi));
    let limit = req.effective_limit().unwrap_or(usize::MAX);
    let mut page = Vec::new();
    for (_, kv) in iter.by_ref().take(limit) {
        let mut kv = kv.clone();
        if req.keys_only {
            kv.value.clear();
        }
        page.push(kv);
    }
    let more = iter.next().is_some();
    (page, more, count)
}

/// Brings `kvs` up to date with committed events, in order.
pub(crate) fn apply(kvs: &mut BTreeMap<String, KeyValue>, events: &[WatchEvent]) {
    for ev in events {
        match ev.kind {
            EventKind::Put => {
                kvs.insert(ev.kv.key.clone(), ev.kv.clone());
            }
            EventKind::Delete => {
                kvs.remove(&ev.kv.key);
            }
        }
    }
}
