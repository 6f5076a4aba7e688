//! Model check: random op sequences applied to `MemoryStore` (the model) and `SqliteStore`
//! must produce identical responses, final state and watch history.

use std::time::Duration;

use futures::StreamExt;
use keel_store::{
    CmpOp, CmpTarget, Compare, KeyRange, MemoryStore, Op, RangeRequest, SqliteStore, Store, Txn,
};
use proptest::prelude::*;

const KEYS: &[&str] = &["a", "a/1", "a/2", "a/b/c", "ab", "b", "b/1", ""];

fn key() -> impl Strategy<Value = String> {
    prop::sample::select(KEYS).prop_map(str::to_owned)
}

fn value() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(prop::sample::select(vec![b'x', b'y', 0u8]), 0..3)
}

fn key_range() -> impl Strategy<Value = KeyRange> {
    prop_oneof![
        key().prop_map(KeyRange::Key),
        prop::sample::select(vec!["", "a", "a/", "b", "z"])
            .prop_map(|p| KeyRange::Prefix(p.into())),
        (key(), key()).prop_map(|(start, end)| KeyRange::Between { start, end }),
    ]
}

fn range_req() -> impl Strategy<Value = RangeRequest> {
    (
        key_range(),
        prop::option::of(key()),
        prop::option::of(0usize..4),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(range, start_after, limit, keys_only, count_only)| RangeRequest {
                range,
                start_after,
                limit,
                keys_only,
                count_only,
            },
        )
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (key(), value(), prop::option::of(1i64..4))
            .prop_map(|(key, value, lease)| Op::Put { key, value, lease }),
        2 => key_range().prop_map(|range| Op::Delete { range }),
        1 => range_req().prop_map(Op::Range),
    ]
}

fn compare() -> impl Strategy<Value = Compare> {
    let op = prop::sample::select(vec![
        CmpOp::Equal,
        CmpOp::NotEqual,
        CmpOp::Greater,
        CmpOp::Less,
    ]);
    let target = prop_oneof![
        (0i64..4).prop_map(CmpTarget::Version),
        (0i64..12).prop_map(CmpTarget::CreateRevision),
        (0i64..12).prop_map(CmpTarget::ModRevision),
        value().prop_map(CmpTarget::Value),
    ];
    (key(), op, target).prop_map(|(key, op, target)| Compare { key, op, target })
}

#[derive(Clone, Debug)]
enum Action {
    Txn(Txn),
    Put(String, Vec<u8>),
    Range(RangeRequest),
    Get(String),
    LeaseGrant,
    LeaseRevoke(i64),
    Compact(i64),
}

fn action() -> impl Strategy<Value = Action> {
    let txn = (
        prop::collection::vec(compare(), 0..3),
        prop::collection::vec(op(), 0..4),
        prop::collection::vec(op(), 0..3),
    )
        .prop_map(|(compare, success, failure)| Txn {
            compare,
            success,
            failure,
        });
    prop_oneof![
        6 => txn.prop_map(Action::Txn),
        4 => (key(), value()).prop_map(|(k, v)| Action::Put(k, v)),
        2 => range_req().prop_map(Action::Range),
        1 => key().prop_map(Action::Get),
        1 => Just(Action::LeaseGrant),
        1 => (1i64..5).prop_map(Action::LeaseRevoke),
        1 => (0i64..15).prop_map(Action::Compact),
    ]
}

/// Runs one action and renders the result for comparison.
async fn run(s: &dyn Store, a: &Action) -> String {
    match a {
        Action::Txn(t) => format!("{:?}", s.txn(t.clone()).await),
        Action::Put(k, v) => format!("{:?}", s.put(k, v.clone()).await),
        Action::Range(r) => format!("{:?}", s.range(r.clone()).await),
        Action::Get(k) => format!("{:?}", s.get(k).await),
        Action::LeaseGrant => format!("{:?}", s.lease_grant(Duration::from_secs(600)).await),
        Action::LeaseRevoke(id) => format!("{:?}", s.lease_revoke(*id).await),
        Action::Compact(rev) => format!("{:?}", s.compact(*rev).await),
    }
}

/// The full event history still available, as rendered events.
async fn history(s: &dyn Store) -> Vec<String> {
    let rev = s.put("~end", vec![]).await.unwrap();
    // Find the first watchable revision (both stores must agree on the compaction point).
    let mut start = 1;
    let mut w = loop {
        match s.watch("", Some(start)).await {
            Ok(w) => break w,
            Err(keel_store::StoreError::Compacted { .. }) => start += 1,
            Err(e) => panic!("watch: {e}"),
        }
    };
    let mut out = vec![format!("start={start}")];
    loop {
        let ev = tokio::time::timeout(Duration::from_secs(10), w.next())
            .await
            .expect("watch timed out")
            .expect("stream ended")
            .expect("watch error");
        if ev.kv.mod_revision == rev {
            break;
        }
        out.push(format!("{ev:?}"));
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn sqlite_matches_memory_model(actions in prop::collection::vec(action(), 1..40)) {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(async {
            let dir = tempfile::tempdir().unwrap();
            let model = MemoryStore::new();
            let sqlite = SqliteStore::open(&dir.path().join("db")).unwrap();
            for (i, a) in actions.iter().enumerate() {
                let expected = run(&model, a).await;
                let got = run(&sqlite, a).await;
                prop_assert_eq!(&got, &expected, "action #{}: {:?}", i, a);
            }
            let all = RangeRequest::prefix("");
            prop_assert_eq!(
                format!("{:?}", sqlite.range(all.clone()).await.unwrap().kvs),
                format!("{:?}", model.range(all).await.unwrap().kvs)
            );
            prop_assert_eq!(history(&sqlite).await, history(&model).await);
            sqlite.close().await.unwrap();
            Ok(())
        })?;
    }
}
