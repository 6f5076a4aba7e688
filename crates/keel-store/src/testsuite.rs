//! Backend conformance suite: every backend must pass every test here.
//!
//! ```ignore
//! keel_store::store_conformance_suite!(keel_store::MemoryStore::new());
//! ```
//!
//! The expression is evaluated inside each (async) test and must yield something implementing
//! [`IntoTestStore`]: a store, or a [`TestStore`] that also keeps a guard (e.g. a temp dir)
//! alive. The invoking crate needs `tokio` (with `macros` and `rt-multi-thread`) as a
//! (dev-)dependency.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::any::Any;
use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;

use crate::{
    CmpOp, CmpTarget, Compare, EventKind, KeyRange, KeyValue, MemoryStore, Op, OpResponse,
    RangeRequest, Revision, SqliteStore, Store, StoreError, Txn, WatchEvent, WatchStream,
};

/// A store under test plus whatever must outlive it.
pub struct TestStore {
    pub store: Arc<dyn Store>,
    _guard: Option<Box<dyn Any + Send + Sync>>,
}

impl TestStore {
    pub fn new(store: impl Store) -> Self {
        Self {
            store: Arc::new(store),
            _guard: None,
        }
    }
    pub fn with_guard(store: impl Store, guard: impl Any + Send + Sync) -> Self {
        Self {
            store: Arc::new(store),
            _guard: Some(Box::new(guard)),
        }
    }
    /// Closes the store (ignoring `Closed`) before the guard goes away.
    pub async fn finish(self) {
        let _ = self.store.close().await;
    }
}

pub trait IntoTestStore {
    fn into_test_store(self) -> TestStore;
}
impl IntoTestStore for TestStore {
    fn into_test_store(self) -> TestStore {
        self
    }
}
impl IntoTestStore for MemoryStore {
    fn into_test_store(self) -> TestStore {
        TestStore::new(self)
    }
}
impl IntoTestStore for SqliteStore {
    fn into_test_store(self) -> TestStore {
        TestStore::new(self)
    }
}

/// Expands to one `#[tokio::test]` per conformance test, each building a fresh store with
/// `$make`.
#[macro_export]
macro_rules! store_conformance_suite {
    ($make:expr) => {
        $crate::__store_conformance_tests!($make;
            put_then_get,
            get_missing_is_none,
            revisions_start_at_one_and_increase,
            overwrite_bumps_version_keeps_create_revision,
            delete_then_recreate_resets_bookkeeping,
            range_prefix_is_sorted_and_isolated,
            range_between_is_half_open,
            range_pagination,
            range_keys_only_and_count_only,
            range_reports_store_revision,
            txn_compare_version,
            txn_compare_create_revision,
            txn_compare_mod_revision,
            txn_compare_value,
            txn_compare_absent_key,
            txn_all_compares_must_hold,
            txn_branches_and_responses,
            txn_writes_share_one_revision,
            read_only_txn_does_not_bump_revision,
            txn_range_sees_earlier_writes,
            delete_prefix_returns_deleted,
            duplicate_key_in_txn_is_invalid,
            put_with_unknown_lease_fails_atomically,
            watch_from_now,
            watch_from_past_replays_then_live,
            watch_prefix_isolation,
            watch_delete_event_shape,
            watch_during_concurrent_writes_has_no_gaps,
            compaction_rejects_old_watch,
            compact_is_clamped_and_idempotent,
            lease_revoke_deletes_keys,
            lease_keep_alive_prevents_expiry,
            lease_expiry_deletes_keys,
            lease_unknown_is_not_found,
            lease_huge_ttl_is_accepted,
            put_without_lease_detaches_key,
            concurrent_cas_increments_lose_nothing,
            concurrent_puts_get_distinct_revisions,
            close_then_calls_fail,
            close_ends_watch_streams,
        );
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __store_conformance_tests {
    ($make:expr; $($name:ident),* $(,)?) => {
        $(
            #[::tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                let fixture = $crate::testsuite::IntoTestStore::into_test_store($make);
                $crate::testsuite::$name(::std::sync::Arc::clone(&fixture.store)).await;
                fixture.finish().await;
            }
        )*
    };
}

type S = Arc<dyn Store>;

const WAIT: Duration = Duration::from_secs(10);

async fn next_event(w: &mut WatchStream) -> WatchEvent {
    match tokio::time::timeout(WAIT, w.next()).await {
        Ok(Some(Ok(ev))) => ev,
        Ok(Some(Err(e))) => panic!("watch error: {e}"),
        Ok(None) => panic!("watch stream ended"),
        Err(_) => panic!("timed out waiting for a watch event"),
    }
}

/// Asserts that no event arrives within a short while.
async fn assert_quiet(w: &mut WatchStream) {
    if let Ok(item) = tokio::time::timeout(Duration::from_millis(200), w.next()).await {
        panic!("unexpected watch item: {item:?}");
    }
}

async fn put(s: &S, key: &str, value: &str) -> Revision {
    s.put(key, value.as_bytes().to_vec()).await.expect("put")
}

async fn get(s: &S, key: &str) -> Option<KeyValue> {
    s.get(key).await.expect("get")
}

fn keys(kvs: &[KeyValue]) -> Vec<&str> {
    kvs.iter().map(|kv| kv.key.as_str()).collect()
}

async fn cmp_holds(s: &S, cmp: Compare) -> bool {
    let resp = s.txn(Txn::new().when(vec![cmp])).await.expect("txn");
    resp.succeeded
}

pub async fn put_then_get(s: S) {
    let rev = put(&s, "a", "1").await;
    assert_eq!(rev, 1);
    let kv = get(&s, "a").await.expect("present");
    assert_eq!(
        kv,
        KeyValue {
            key: "a".into(),
            value: b"1".to_vec(),
            create_revision: 1,
            mod_revision: 1,
            version: 1,
            lease: None
        }
    );
    // Empty values and odd keys round-trip too.
    put(&s, "", "").await;
    put(&s, "ü/\u{0}/x", "").await;
    assert_eq!(get(&s, "").await.expect("empty key").value, b"");
    assert!(get(&s, "ü/\u{0}/x").await.is_some());
}

pub async fn get_missing_is_none(s: S) {
    assert!(get(&s, "nope").await.is_none());
    put(&s, "nope2", "x").await;
    assert!(get(&s, "nope").await.is_none());
    assert_eq!(s.current_revision().await.unwrap(), 1);
}

pub async fn revisions_start_at_one_and_increase(s: S) {
    assert_eq!(s.current_revision().await.unwrap(), 0);
    for i in 1..=5 {
        assert_eq!(put(&s, &format!("k{i}"), "v").await, i);
        assert_eq!(s.current_revision().await.unwrap(), i);
    }
}

pub async fn overwrite_bumps_version_keeps_create_revision(s: S) {
    put(&s, "other", "x").await;
    let r1 = put(&s, "k", "1").await;
    let r2 = put(&s, "k", "2").await;
    let r3 = put(&s, "k", "3").await;
    assert!(r1 < r2 && r2 < r3);
    let kv = get(&s, "k").await.unwrap();
    assert_eq!(
        (kv.create_revision, kv.mod_revision, kv.version),
        (r1, r3, 3)
    );
    assert_eq!(kv.value, b"3");
}

pub async fn delete_then_recreate_resets_bookkeeping(s: S) {
    put(&s, "k", "1").await;
    put(&s, "k", "2").await;
    let resp = s
        .txn(Txn::new().and_then(vec![Op::delete("k")]))
        .await
        .unwrap();
    assert_eq!(resp.revision, 3);
    assert!(get(&s, "k").await.is_none());
    let r = put(&s, "k", "3").await;
    assert_eq!(r, 4);
    let kv = get(&s, "k").await.unwrap();
    assert_eq!((kv.create_revision, kv.mod_revision, kv.version), (4, 4, 1));
}

pub async fn range_prefix_is_sorted_and_isolated(s: S) {
    for k in ["a/2", "a/1", "a/10", "ab", "a", "b/1", "a/\u{10FFFF}"] {
        put(&s, k, k).await;
    }
    let resp = s.range(RangeRequest::prefix("a/")).await.unwrap();
    assert_eq!(keys(&resp.kvs), vec!["a/1", "a/10", "a/2", "a/\u{10FFFF}"]);
    assert_eq!(resp.count, 4);
    assert!(!resp.more);
    assert_eq!(resp.kvs[0].value, b"a/1");
    let all = s.range(RangeRequest::prefix("")).await.unwrap();
    assert_eq!(all.count, 7);
    let none = s.range(RangeRequest::prefix("zz")).await.unwrap();
    assert!(none.kvs.is_empty() && none.count == 0);
    let exact = s.range(RangeRequest::key("a")).await.unwrap();
    assert_eq!(keys(&exact.kvs), vec!["a"]);
}

pub async fn range_between_is_half_open(s: S) {
    for k in ["a", "b", "c", "d"] {
        put(&s, k, "").await;
    }
    let resp = s.range(RangeRequest::between("b", "d")).await.unwrap();
    assert_eq!(keys(&resp.kvs), vec!["b", "c"]);
    assert_eq!(resp.count, 2);
    let empty = s.range(RangeRequest::between("d", "b")).await.unwrap();
    assert!(empty.kvs.is_empty() && empty.count == 0);
    let same = s.range(RangeRequest::between("b", "b")).await.unwrap();
    assert!(same.kvs.is_empty());
}

pub async fn range_pagination(s: S) {
    for i in 0..10 {
        put(&s, &format!("p/{i:02}"), "v").await;
    }
    put(&s, "q", "v").await;
    let mut seen = Vec::new();
    let mut after: Option<String> = None;
    let mut pages = 0;
    loop {
        let mut req = RangeRequest::prefix("p/").with_limit(3);
        if let Some(a) = &after {
            req = req.after(a.clone());
        }
        let resp = s.range(req).await.unwrap();
        assert_eq!(resp.count, 10, "count ignores limit and start_after");
        pages += 1;
        seen.extend(resp.kvs.iter().map(|kv| kv.key.clone()));
        if !resp.more {
            break;
        }
        assert_eq!(resp.kvs.len(), 3);
        after = resp.kvs.last().map(|kv| kv.key.clone());
    }
    assert_eq!(pages, 4);
    let expected: Vec<String> = (0..10).map(|i| format!("p/{i:02}")).collect();
    assert_eq!(seen, expected);
    // Exact fit: no phantom `more`.
    let resp = s
        .range(RangeRequest::prefix("p/").with_limit(10))
        .await
        .unwrap();
    assert!(!resp.more);
    assert_eq!(resp.kvs.len(), 10);
    // start_after below the range start is harmless, after the end yields nothing.
    let resp = s
        .range(RangeRequest::prefix("p/").after("a"))
        .await
        .unwrap();
    assert_eq!(resp.kvs.len(), 10);
    let resp = s
        .range(RangeRequest::prefix("p/").after("p/09"))
        .await
        .unwrap();
    assert!(resp.kvs.is_empty() && !resp.more);
    // limit 0 means unlimited, as in etcd.
    let resp = s
        .range(RangeRequest::prefix("p/").with_limit(0))
        .await
        .unwrap();
    assert_eq!(resp.kvs.len(), 10);
}

pub async fn range_keys_only_and_count_only(s: S) {
    put(&s, "k/1", "one").await;
    put(&s, "k/2", "two").await;
    let resp = s
        .range(RangeRequest::prefix("k/").keys_only())
        .await
        .unwrap();
    assert_eq!(keys(&resp.kvs), vec!["k/1", "k/2"]);
    assert!(
        resp.kvs
            .iter()
            .all(|kv| kv.value.is_empty() && kv.version == 1)
    );
    let resp = s
        .range(RangeRequest::prefix("k/").count_only())
        .await
        .unwrap();
    assert!(resp.kvs.is_empty());
    assert_eq!(resp.count, 2);
}

pub async fn range_reports_store_revision(s: S) {
    put(&s, "a", "1").await;
    put(&s, "b", "1").await;
    let resp = s.range(RangeRequest::key("a")).await.unwrap();
    assert_eq!(resp.revision, 2);
    let resp = s.range(RangeRequest::key("missing")).await.unwrap();
    assert_eq!(resp.revision, 2);
}

pub async fn txn_compare_version(s: S) {
    put(&s, "k", "1").await;
    put(&s, "k", "2").await; // version 2
    let c = |op, v| Compare::new("k", op, CmpTarget::Version(v));
    assert!(cmp_holds(&s, c(CmpOp::Equal, 2)).await);
    assert!(!cmp_holds(&s, c(CmpOp::Equal, 1)).await);
    assert!(cmp_holds(&s, c(CmpOp::NotEqual, 1)).await);
    assert!(!cmp_holds(&s, c(CmpOp::NotEqual, 2)).await);
    assert!(cmp_holds(&s, c(CmpOp::Greater, 1)).await);
    assert!(!cmp_holds(&s, c(CmpOp::Greater, 2)).await);
    assert!(cmp_holds(&s, c(CmpOp::Less, 3)).await);
    assert!(!cmp_holds(&s, c(CmpOp::Less, 2)).await);
    assert!(cmp_holds(&s, Compare::version_eq("k", 2)).await);
    assert!(cmp_holds(&s, Compare::exists("k")).await);
    assert!(!cmp_holds(&s, Compare::absent("k")).await);
}

pub async fn txn_compare_create_revision(s: S) {
    put(&s, "x", "1").await;
    put(&s, "k", "1").await; // create 2
    put(&s, "k", "2").await;
    let c = |op, r| Compare::new("k", op, CmpTarget::CreateRevision(r));
    assert!(cmp_holds(&s, c(CmpOp::Equal, 2)).await);
    assert!(!cmp_holds(&s, c(CmpOp::Equal, 3)).await);
    assert!(cmp_holds(&s, c(CmpOp::NotEqual, 3)).await);
    assert!(cmp_holds(&s, c(CmpOp::Greater, 1)).await);
    assert!(!cmp_holds(&s, c(CmpOp::Greater, 2)).await);
    assert!(cmp_holds(&s, c(CmpOp::Less, 3)).await);
    assert!(!cmp_holds(&s, c(CmpOp::Less, 2)).await);
}

pub async fn txn_compare_mod_revision(s: S) {
    put(&s, "k", "1").await;
    let r = put(&s, "k", "2").await;
    let c = |op, r| Compare::new("k", op, CmpTarget::ModRevision(r));
    assert!(cmp_holds(&s, Compare::mod_revision_eq("k", r)).await);
    assert!(!cmp_holds(&s, c(CmpOp::Equal, r - 1)).await);
    assert!(cmp_holds(&s, c(CmpOp::NotEqual, r - 1)).await);
    assert!(cmp_holds(&s, c(CmpOp::Greater, r - 1)).await);
    assert!(!cmp_holds(&s, c(CmpOp::Greater, r)).await);
    assert!(cmp_holds(&s, c(CmpOp::Less, r + 1)).await);
    assert!(!cmp_holds(&s, c(CmpOp::Less, r)).await);
}

pub async fn txn_compare_value(s: S) {
    put(&s, "k", "bcd").await;
    let c = |op, v: &str| Compare::new("k", op, CmpTarget::Value(v.as_bytes().to_vec()));
    assert!(cmp_holds(&s, c(CmpOp::Equal, "bcd")).await);
    assert!(cmp_holds(&s, Compare::value_eq("k", "bcd")).await);
    assert!(!cmp_holds(&s, c(CmpOp::Equal, "bc")).await);
    assert!(cmp_holds(&s, c(CmpOp::NotEqual, "bc")).await);
    assert!(!cmp_holds(&s, c(CmpOp::NotEqual, "bcd")).await);
    // Byte-wise lexicographic order.
    assert!(cmp_holds(&s, c(CmpOp::Greater, "bc")).await);
    assert!(cmp_holds(&s, c(CmpOp::Greater, "abz")).await);
    assert!(!cmp_holds(&s, c(CmpOp::Greater, "bcd")).await);
    assert!(cmp_holds(&s, c(CmpOp::Less, "bcda")).await);
    assert!(cmp_holds(&s, c(CmpOp::Less, "c")).await);
    assert!(!cmp_holds(&s, c(CmpOp::Less, "bcd")).await);
}

pub async fn txn_compare_absent_key(s: S) {
    put(&s, "other", "x").await;
    let ops = [CmpOp::Equal, CmpOp::NotEqual, CmpOp::Greater, CmpOp::Less];
    // Numeric targets see zeros.
    for (target, holds) in [
        (CmpTarget::Version(0), [true, false, false, false]),
        (CmpTarget::Version(1), [false, true, false, true]),
        (CmpTarget::CreateRevision(0), [true, false, false, false]),
        (CmpTarget::ModRevision(0), [true, false, false, false]),
        (CmpTarget::ModRevision(1), [false, true, false, true]),
        (CmpTarget::ModRevision(-1), [false, true, true, false]),
    ] {
        for (op, expected) in ops.iter().zip(holds) {
            let cmp = Compare::new("absent", *op, target.clone());
            assert_eq!(cmp_holds(&s, cmp.clone()).await, expected, "{cmp:?}");
        }
    }
    // Value comparisons on an absent key are always false.
    for op in ops {
        for v in ["", "a"] {
            let cmp = Compare::new("absent", op, CmpTarget::Value(v.as_bytes().to_vec()));
            assert!(!cmp_holds(&s, cmp.clone()).await, "{cmp:?}");
        }
    }
    assert!(cmp_holds(&s, Compare::absent("absent")).await);
    assert!(!cmp_holds(&s, Compare::exists("absent")).await);
    // A deleted key is absent again.
    put(&s, "gone", "x").await;
    s.txn(Txn::new().and_then(vec![Op::delete("gone")]))
        .await
        .unwrap();
    assert!(cmp_holds(&s, Compare::absent("gone")).await);
    assert!(cmp_holds(&s, Compare::mod_revision_eq("gone", 0)).await);
}

pub async fn txn_all_compares_must_hold(s: S) {
    put(&s, "a", "1").await;
    put(&s, "b", "2").await;
    let ok = s
        .txn(Txn::new().when(vec![
            Compare::value_eq("a", "1"),
            Compare::value_eq("b", "2"),
        ]))
        .await
        .unwrap();
    assert!(ok.succeeded);
    let bad = s
        .txn(Txn::new().when(vec![
            Compare::value_eq("a", "1"),
            Compare::value_eq("b", "x"),
        ]))
        .await
        .unwrap();
    assert!(!bad.succeeded);
    let empty = s.txn(Txn::new()).await.unwrap();
    assert!(empty.succeeded, "no compares means success");
}

pub async fn txn_branches_and_responses(s: S) {
    put(&s, "k", "old").await;
    let txn = |expect: &str| {
        Txn::new()
            .when(vec![Compare::value_eq("k", expect)])
            .and_then(vec![Op::put("k", "new"), Op::get("k")])
            .or_else(vec![Op::get("k"), Op::put("fail", "1")])
    };
    let resp = s.txn(txn("nope")).await.unwrap();
    assert!(!resp.succeeded);
    assert_eq!(resp.revision, 2);
    assert_eq!(resp.responses.len(), 2);
    match &resp.responses[0] {
        OpResponse::Range(r) => assert_eq!(r.kvs[0].value, b"old"),
        other => panic!("unexpected {other:?}"),
    }
    match &resp.responses[1] {
        OpResponse::Put { prev } => assert!(prev.is_none()),
        other => panic!("unexpected {other:?}"),
    }
    assert!(get(&s, "fail").await.is_some());
    assert_eq!(get(&s, "k").await.unwrap().value, b"old");

    let resp = s.txn(txn("old")).await.unwrap();
    assert!(resp.succeeded);
    assert_eq!(resp.revision, 3);
    match &resp.responses[0] {
        OpResponse::Put { prev } => assert_eq!(prev.as_ref().unwrap().value, b"old"),
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(get(&s, "k").await.unwrap().value, b"new");
}

pub async fn txn_writes_share_one_revision(s: S) {
    put(&s, "d/1", "x").await;
    put(&s, "d/2", "x").await;
    let resp = s
        .txn(Txn::new().and_then(vec![
            Op::put("a", "1"),
            Op::put("b", "2"),
            Op::delete_prefix("d/"),
        ]))
        .await
        .unwrap();
    assert_eq!(resp.revision, 3);
    assert_eq!(s.current_revision().await.unwrap(), 3);
    assert_eq!(get(&s, "a").await.unwrap().mod_revision, 3);
    assert_eq!(get(&s, "b").await.unwrap().mod_revision, 3);
    let mut w = s.watch("", Some(3)).await.unwrap();
    let mut evs = Vec::new();
    for _ in 0..4 {
        evs.push(next_event(&mut w).await);
    }
    assert!(evs.iter().all(|e| e.kv.mod_revision == 3));
    let kinds: Vec<_> = evs
        .iter()
        .map(|e| (e.kind.clone(), e.kv.key.clone()))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (EventKind::Put, "a".to_owned()),
            (EventKind::Put, "b".to_owned()),
            (EventKind::Delete, "d/1".to_owned()),
            (EventKind::Delete, "d/2".to_owned()),
        ]
    );
}

pub async fn read_only_txn_does_not_bump_revision(s: S) {
    put(&s, "a", "1").await;
    let resp = s
        .txn(Txn::new().and_then(vec![Op::get("a"), Op::get("zz")]))
        .await
        .unwrap();
    assert_eq!(resp.revision, 1);
    let resp = s
        .txn(
            Txn::new()
                .when(vec![Compare::absent("a")])
                .and_then(vec![Op::put("b", "")]),
        )
        .await
        .unwrap();
    assert!(!resp.succeeded);
    assert_eq!(resp.revision, 1);
    // Deleting nothing changes nothing.
    let resp = s
        .txn(Txn::new().and_then(vec![Op::delete("missing")]))
        .await
        .unwrap();
    assert_eq!(resp.revision, 1);
    match &resp.responses[0] {
        OpResponse::Delete { deleted } => assert!(deleted.is_empty()),
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(s.current_revision().await.unwrap(), 1);
    assert_eq!(put(&s, "c", "").await, 2);
}

pub async fn txn_range_sees_earlier_writes(s: S) {
    put(&s, "k", "old").await;
    let resp = s
        .txn(Txn::new().and_then(vec![
            Op::get("k"),
            Op::put("k", "new"),
            Op::get("k"),
            Op::Range(RangeRequest::prefix("")),
        ]))
        .await
        .unwrap();
    let values: Vec<Vec<u8>> = resp
        .responses
        .iter()
        .filter_map(|r| match r {
            OpResponse::Range(r) => r.kvs.first().map(|kv| kv.value.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(
        values,
        vec![b"old".to_vec(), b"new".to_vec(), b"new".to_vec()]
    );
}

pub async fn delete_prefix_returns_deleted(s: S) {
    for k in ["x/1", "x/2", "x/3", "xy", "y"] {
        put(&s, k, k).await;
    }
    let resp = s
        .txn(Txn::new().and_then(vec![Op::delete_prefix("x/")]))
        .await
        .unwrap();
    assert_eq!(resp.revision, 6);
    match &resp.responses[0] {
        OpResponse::Delete { deleted } => {
            assert_eq!(keys(deleted), vec!["x/1", "x/2", "x/3"]);
            assert_eq!(deleted[1].value, b"x/2");
            assert_eq!(deleted[1].mod_revision, 2);
        }
        other => panic!("unexpected {other:?}"),
    }
    let left = s.range(RangeRequest::prefix("")).await.unwrap();
    assert_eq!(keys(&left.kvs), vec!["xy", "y"]);
    // Between-delete.
    let resp = s
        .txn(Txn::new().and_then(vec![Op::Delete {
            range: KeyRange::Between {
                start: "xy".into(),
                end: "y".into(),
            },
        }]))
        .await
        .unwrap();
    match &resp.responses[0] {
        OpResponse::Delete { deleted } => assert_eq!(keys(deleted), vec!["xy"]),
        other => panic!("unexpected {other:?}"),
    }
}

pub async fn duplicate_key_in_txn_is_invalid(s: S) {
    put(&s, "k", "0").await;
    let bad = [
        Txn::new().and_then(vec![Op::put("a", "1"), Op::put("a", "2")]),
        Txn::new().and_then(vec![Op::put("p/a", "1"), Op::delete_prefix("p/")]),
        Txn::new().and_then(vec![Op::delete("k"), Op::put("k", "2")]),
        // The branch that would not run is validated too (as etcd).
        Txn::new()
            .when(vec![Compare::exists("k")])
            .and_then(vec![Op::put("ok", "1")])
            .or_else(vec![Op::put("b", "1"), Op::put("b", "2")]),
    ];
    for txn in bad {
        match s.txn(txn.clone()).await {
            Err(StoreError::InvalidTxn(_)) => {}
            other => panic!("expected InvalidTxn for {txn:?}, got {other:?}"),
        }
    }
    assert_eq!(s.current_revision().await.unwrap(), 1);
    assert_eq!(get(&s, "k").await.unwrap().value, b"0");
    assert!(get(&s, "a").await.is_none());
    assert!(get(&s, "ok").await.is_none());
    // Two deletes of the same key and put+get of the same key are fine.
    let ok = s
        .txn(Txn::new().and_then(vec![
            Op::delete("k"),
            Op::delete("k"),
            Op::put("z", "1"),
            Op::get("z"),
        ]))
        .await
        .unwrap();
    assert_eq!(ok.revision, 2);
}

pub async fn put_with_unknown_lease_fails_atomically(s: S) {
    put(&s, "k", "0").await;
    let txn = Txn::new().and_then(vec![Op::put("k", "1"), Op::put_with_lease("l", "1", 4242)]);
    match s.txn(txn).await {
        Err(StoreError::LeaseNotFound(4242)) => {}
        other => panic!("expected LeaseNotFound, got {other:?}"),
    }
    assert_eq!(get(&s, "k").await.unwrap().value, b"0");
    assert!(get(&s, "l").await.is_none());
    assert_eq!(s.current_revision().await.unwrap(), 1);
    // The store keeps working afterwards.
    assert_eq!(put(&s, "k", "2").await, 2);
}

pub async fn watch_from_now(s: S) {
    put(&s, "w/old", "1").await;
    let mut w = s.watch("w/", None).await.unwrap();
    assert_quiet(&mut w).await;
    put(&s, "w/new", "2").await;
    let ev = next_event(&mut w).await;
    assert_eq!(ev.kind, EventKind::Put);
    assert_eq!(ev.kv.key, "w/new");
    assert_eq!(ev.kv.mod_revision, 2);
    assert!(ev.prev_kv.is_none());
    put(&s, "w/old", "3").await;
    let ev = next_event(&mut w).await;
    assert_eq!(ev.kv.key, "w/old");
    assert_eq!(ev.kv.version, 2);
    assert_eq!(ev.prev_kv.unwrap().value, b"1");
}

pub async fn watch_from_past_replays_then_live(s: S) {
    for i in 1..=10 {
        put(&s, &format!("r/{i}"), "v").await;
    }
    let mut w = s.watch("r/", Some(4)).await.unwrap();
    for i in 11..=15 {
        put(&s, &format!("r/{i}"), "v").await;
    }
    for rev in 4..=15 {
        let ev = next_event(&mut w).await;
        assert_eq!(ev.kv.mod_revision, rev);
        assert_eq!(ev.kv.key, format!("r/{rev}"));
    }
    assert_quiet(&mut w).await;
    // Watching from revision 0 or 1 replays everything.
    let mut w = s.watch("r/", Some(0)).await.unwrap();
    assert_eq!(next_event(&mut w).await.kv.mod_revision, 1);
    // A start in the future only yields events from that revision on.
    let mut w = s.watch("r/", Some(17)).await.unwrap();
    put(&s, "r/16", "v").await;
    put(&s, "r/17", "v").await;
    assert_eq!(next_event(&mut w).await.kv.mod_revision, 17);
}

pub async fn watch_prefix_isolation(s: S) {
    let mut wa = s.watch("a/", Some(1)).await.unwrap();
    let mut wab = s.watch("ab", None).await.unwrap();
    put(&s, "ab", "1").await;
    put(&s, "a/1", "1").await;
    put(&s, "b/1", "1").await;
    put(&s, "a", "1").await;
    put(&s, "a/2", "1").await;
    assert_eq!(next_event(&mut wa).await.kv.key, "a/1");
    assert_eq!(next_event(&mut wa).await.kv.key, "a/2");
    assert_quiet(&mut wa).await;
    assert_eq!(next_event(&mut wab).await.kv.key, "ab");
    assert_quiet(&mut wab).await;
}

pub async fn watch_delete_event_shape(s: S) {
    put(&s, "k", "v").await;
    let mut w = s.watch("k", None).await.unwrap();
    let resp = s
        .txn(Txn::new().and_then(vec![Op::delete("k")]))
        .await
        .unwrap();
    let ev = next_event(&mut w).await;
    assert_eq!(ev.kind, EventKind::Delete);
    assert_eq!(ev.kv.key, "k");
    assert_eq!(ev.kv.mod_revision, resp.revision);
    assert!(ev.kv.value.is_empty());
    let prev = ev.prev_kv.expect("prev_kv");
    assert_eq!(
        (prev.value.as_slice(), prev.mod_revision),
        (b"v".as_slice(), 1)
    );
    // Replay yields the same shape.
    let mut w = s.watch("k", Some(2)).await.unwrap();
    let ev = next_event(&mut w).await;
    assert_eq!(ev.kind, EventKind::Delete);
    assert_eq!(ev.prev_kv.unwrap().value, b"v");
}

pub async fn watch_during_concurrent_writes_has_no_gaps(s: S) {
    const WRITERS: usize = 4;
    const PER_WRITER: usize = 40;
    let total = WRITERS * PER_WRITER;
    let mut live = s.watch("c/", None).await.unwrap();
    let mut handles = Vec::new();
    for w in 0..WRITERS {
        let s = Arc::clone(&s);
        handles.push(tokio::spawn(async move {
            for i in 0..PER_WRITER {
                s.put(&format!("c/{w}/{i}"), vec![1]).await.unwrap();
                tokio::task::yield_now().await;
            }
        }));
    }
    // Start watching while writes are in flight, from the beginning: replay + live overlap.
    while s.current_revision().await.unwrap() < 10 {
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    let mut w = s.watch("c/", Some(1)).await.unwrap();
    for rev in 1..=total {
        let ev = next_event(&mut w).await;
        assert_eq!(ev.kv.mod_revision, rev as Revision, "gap or duplicate");
    }
    assert_quiet(&mut w).await;
    for h in handles {
        h.await.unwrap();
    }
    // The watch started before any write sees everything live.
    for rev in 1..=total {
        assert_eq!(next_event(&mut live).await.kv.mod_revision, rev as Revision);
    }
}

pub async fn compaction_rejects_old_watch(s: S) {
    for i in 1..=6 {
        put(&s, &format!("k{i}"), "v").await;
    }
    s.compact(4).await.unwrap();
    for start in [1, 3, 4] {
        match s.watch("", Some(start)).await {
            Err(StoreError::Compacted {
                requested,
                compacted,
            }) => {
                assert_eq!((requested, compacted), (start, 4));
            }
            Ok(_) => panic!("watch from {start} should fail after compaction"),
            Err(e) => panic!("unexpected error {e}"),
        }
    }
    let mut w = s.watch("", Some(5)).await.unwrap();
    assert_eq!(next_event(&mut w).await.kv.mod_revision, 5);
    assert_eq!(next_event(&mut w).await.kv.mod_revision, 6);
    // Data is untouched by compaction.
    assert_eq!(s.range(RangeRequest::prefix("k")).await.unwrap().count, 6);
}

pub async fn compact_is_clamped_and_idempotent(s: S) {
    put(&s, "a", "").await;
    put(&s, "b", "").await;
    s.compact(2).await.unwrap();
    s.compact(1).await.unwrap();
    s.compact(2).await.unwrap();
    // Compacting beyond the current revision compacts through the current revision only.
    s.compact(100).await.unwrap();
    assert_eq!(s.current_revision().await.unwrap(), 2);
    put(&s, "c", "").await;
    let mut w = s.watch("", Some(3)).await.unwrap();
    assert_eq!(next_event(&mut w).await.kv.key, "c");
}

pub async fn lease_revoke_deletes_keys(s: S) {
    let lease = s.lease_grant(Duration::from_secs(60)).await.unwrap();
    let other = s.lease_grant(Duration::from_secs(60)).await.unwrap();
    assert_ne!(lease, other);
    s.txn(Txn::new().and_then(vec![
        Op::put_with_lease("l/1", "a", lease),
        Op::put_with_lease("l/2", "b", lease),
        Op::put_with_lease("l/3", "c", other),
        Op::put("l/4", "d"),
    ]))
    .await
    .unwrap();
    assert_eq!(get(&s, "l/1").await.unwrap().lease, Some(lease));
    let mut w = s.watch("l/", None).await.unwrap();
    s.lease_revoke(lease).await.unwrap();
    let e1 = next_event(&mut w).await;
    let e2 = next_event(&mut w).await;
    assert_eq!(
        (e1.kind.clone(), e1.kv.key.as_str()),
        (EventKind::Delete, "l/1")
    );
    assert_eq!(
        (e2.kind.clone(), e2.kv.key.as_str()),
        (EventKind::Delete, "l/2")
    );
    assert_eq!(
        e1.kv.mod_revision, 2,
        "one revision for the whole revocation"
    );
    assert_eq!(e2.kv.mod_revision, 2);
    let left = s.range(RangeRequest::prefix("l/")).await.unwrap();
    assert_eq!(keys(&left.kvs), vec!["l/3", "l/4"]);
    assert!(
        matches!(s.lease_keep_alive(lease).await, Err(StoreError::LeaseNotFound(id)) if id == lease)
    );
    assert!(matches!(
        s.lease_revoke(lease).await,
        Err(StoreError::LeaseNotFound(_))
    ));
    match s
        .txn(Txn::new().and_then(vec![Op::put_with_lease("l/5", "", lease)]))
        .await
    {
        Err(StoreError::LeaseNotFound(_)) => {}
        other => panic!("expected LeaseNotFound, got {other:?}"),
    }
    // Revoking a lease without keys does not bump the revision.
    let empty = s.lease_grant(Duration::from_secs(60)).await.unwrap();
    let rev = s.current_revision().await.unwrap();
    s.lease_revoke(empty).await.unwrap();
    assert_eq!(s.current_revision().await.unwrap(), rev);
}

pub async fn lease_keep_alive_prevents_expiry(s: S) {
    // Generous margins: a keep-alive would have to be ~1.7 s late to lose the lease.
    let lease = s.lease_grant(Duration::from_millis(2000)).await.unwrap();
    s.txn(Txn::new().and_then(vec![Op::put_with_lease("ka", "v", lease)]))
        .await
        .unwrap();
    for _ in 0..10 {
        tokio::time::sleep(Duration::from_millis(250)).await;
        s.lease_keep_alive(lease).await.unwrap();
    }
    assert!(
        get(&s, "ka").await.is_some(),
        "kept-alive lease must not expire"
    );
    s.lease_revoke(lease).await.unwrap();
}

pub async fn lease_expiry_deletes_keys(s: S) {
    let lease = s.lease_grant(Duration::from_millis(300)).await.unwrap();
    s.txn(Txn::new().and_then(vec![
        Op::put_with_lease("e/1", "a", lease),
        Op::put_with_lease("e/2", "b", lease),
    ]))
    .await
    .unwrap();
    put(&s, "e/3", "c").await;
    // From revision 3 rather than "now": the lease may already have expired on a slow machine.
    let mut w = s.watch("e/", Some(3)).await.unwrap();
    let e1 = next_event(&mut w).await;
    let e2 = next_event(&mut w).await;
    assert_eq!(
        (e1.kind.clone(), e1.kv.key.as_str()),
        (EventKind::Delete, "e/1")
    );
    assert_eq!(
        (e2.kind.clone(), e2.kv.key.as_str()),
        (EventKind::Delete, "e/2")
    );
    assert_eq!(e1.kv.mod_revision, 3);
    assert!(get(&s, "e/1").await.is_none());
    assert!(get(&s, "e/3").await.is_some());
    assert!(matches!(
        s.lease_keep_alive(lease).await,
        Err(StoreError::LeaseNotFound(_))
    ));
    assert_eq!(s.current_revision().await.unwrap(), 3);
}

pub async fn lease_huge_ttl_is_accepted(s: S) {
    let lease = s.lease_grant(Duration::MAX).await.unwrap();
    s.txn(Txn::new().and_then(vec![Op::put_with_lease("forever", "v", lease)]))
        .await
        .unwrap();
    s.lease_keep_alive(lease).await.unwrap();
    let zero = s.lease_grant(Duration::ZERO).await.unwrap();
    // A zero TTL expires at the next check; the put may or may not win that race.
    let _ = s
        .txn(Txn::new().and_then(vec![Op::put_with_lease("never", "v", zero)]))
        .await;
    let deadline = tokio::time::Instant::now() + WAIT;
    while s.lease_keep_alive(zero).await.is_ok() {
        assert!(
            tokio::time::Instant::now() < deadline,
            "zero-TTL lease never expired"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(get(&s, "never").await.is_none());
    assert!(get(&s, "forever").await.is_some());
    s.lease_revoke(lease).await.unwrap();
}

pub async fn lease_unknown_is_not_found(s: S) {
    assert!(matches!(
        s.lease_keep_alive(99).await,
        Err(StoreError::LeaseNotFound(99))
    ));
    assert!(matches!(
        s.lease_revoke(99).await,
        Err(StoreError::LeaseNotFound(99))
    ));
    assert_eq!(s.current_revision().await.unwrap(), 0);
}

pub async fn put_without_lease_detaches_key(s: S) {
    let lease = s.lease_grant(Duration::from_secs(60)).await.unwrap();
    s.txn(Txn::new().and_then(vec![Op::put_with_lease("k", "1", lease)]))
        .await
        .unwrap();
    put(&s, "k", "2").await;
    assert_eq!(get(&s, "k").await.unwrap().lease, None);
    s.lease_revoke(lease).await.unwrap();
    assert_eq!(get(&s, "k").await.unwrap().value, b"2");
    assert_eq!(s.current_revision().await.unwrap(), 2);
}

pub async fn concurrent_cas_increments_lose_nothing(s: S) {
    const TASKS: usize = 8;
    const INCREMENTS: usize = 50;
    let mut handles = Vec::new();
    for _ in 0..TASKS {
        let s = Arc::clone(&s);
        handles.push(tokio::spawn(async move {
            let mut current = s.get("counter").await.unwrap();
            let mut done = 0;
            while done < INCREMENTS {
                let (guard, n) = match &current {
                    None => (Compare::absent("counter"), 0u64),
                    Some(kv) => {
                        let n = std::str::from_utf8(&kv.value)
                            .unwrap()
                            .parse::<u64>()
                            .unwrap();
                        (Compare::mod_revision_eq("counter", kv.mod_revision), n)
                    }
                };
                let resp = s
                    .txn(
                        Txn::new()
                            .when(vec![guard])
                            .and_then(vec![Op::put("counter", (n + 1).to_string())])
                            .or_else(vec![Op::get("counter")]),
                    )
                    .await
                    .unwrap();
                if resp.succeeded {
                    done += 1;
                    current = Some(KeyValue {
                        key: "counter".into(),
                        value: (n + 1).to_string().into_bytes(),
                        create_revision: 0,
                        mod_revision: resp.revision,
                        version: 0,
                        lease: None,
                    });
                } else {
                    current = match resp.responses.into_iter().next() {
                        Some(OpResponse::Range(r)) => r.kvs.into_iter().next(),
                        other => panic!("unexpected {other:?}"),
                    };
                }
            }
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    let kv = get(&s, "counter").await.unwrap();
    assert_eq!(kv.value, (TASKS * INCREMENTS).to_string().into_bytes());
    assert_eq!(kv.version, (TASKS * INCREMENTS) as i64);
}

pub async fn concurrent_puts_get_distinct_revisions(s: S) {
    let mut handles = Vec::new();
    for t in 0..16 {
        let s = Arc::clone(&s);
        handles.push(tokio::spawn(async move {
            let mut revs = Vec::new();
            for i in 0..10 {
                revs.push(s.put(&format!("t/{t}/{i}"), vec![0]).await.unwrap());
            }
            revs
        }));
    }
    let mut all = Vec::new();
    for h in handles {
        let revs = h.await.unwrap();
        assert!(
            revs.windows(2).all(|w| w[0] < w[1]),
            "a caller's revisions increase"
        );
        all.extend(revs);
    }
    all.sort_unstable();
    let expected: Vec<Revision> = (1..=160).collect();
    assert_eq!(all, expected);
    assert_eq!(s.current_revision().await.unwrap(), 160);
}

fn assert_closed<T: std::fmt::Debug>(what: &str, r: Result<T, StoreError>) {
    match r {
        Err(StoreError::Closed) => {}
        other => panic!("{what} after close: expected Closed, got {other:?}"),
    }
}

pub async fn close_then_calls_fail(s: S) {
    put(&s, "k", "v").await;
    let lease = s.lease_grant(Duration::from_secs(60)).await.unwrap();
    s.close().await.unwrap();
    assert_closed("put", s.put("k", vec![]).await);
    assert_closed("get", s.get("k").await);
    assert_closed("range", s.range(RangeRequest::prefix("")).await);
    assert_closed("txn", s.txn(Txn::new()).await);
    assert_closed("watch", s.watch("", None).await.map(|_| ()));
    assert_closed("current_revision", s.current_revision().await);
    assert_closed("lease_grant", s.lease_grant(Duration::from_secs(1)).await);
    assert_closed("lease_keep_alive", s.lease_keep_alive(lease).await);
    assert_closed("lease_revoke", s.lease_revoke(lease).await);
    assert_closed("compact", s.compact(1).await);
    assert_closed("close", s.close().await);
}

pub async fn close_ends_watch_streams(s: S) {
    let mut w = s.watch("", None).await.unwrap();
    put(&s, "k", "v").await;
    assert_eq!(next_event(&mut w).await.kv.key, "k");
    s.close().await.unwrap();
    match tokio::time::timeout(WAIT, w.next()).await {
        Ok(Some(Err(StoreError::Closed)) | None) => {}
        other => panic!("expected the stream to end with Closed, got {other:?}"),
    }
}
