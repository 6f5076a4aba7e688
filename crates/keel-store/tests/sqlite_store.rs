//! SQLite-specific behaviour: recovery on reopen, paged watch replay, lagging watchers,
//! single-writer locking.

use std::path::Path;
use std::time::Duration;

use futures::StreamExt;
use keel_store::{
    EventKind, Op, RangeRequest, SqliteOptions, SqliteStore, Store, StoreError, Txn, WatchEvent,
    WatchStream,
};

const WAIT: Duration = Duration::from_secs(10);

async fn next_event(w: &mut WatchStream) -> Result<WatchEvent, StoreError> {
    tokio::time::timeout(WAIT, w.next())
        .await
        .expect("timed out waiting for a watch item")
        .expect("watch stream ended")
}

fn open(path: &Path) -> SqliteStore {
    SqliteStore::open(path).expect("open")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reopen_after_close_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    let (lease, before) = {
        let s = open(&path);
        for i in 0..5 {
            s.put(&format!("k/{i}"), format!("v{i}").into_bytes())
                .await
                .unwrap();
        }
        s.put("k/0", b"again".to_vec()).await.unwrap();
        s.txn(Txn::new().and_then(vec![Op::delete("k/4")]))
            .await
            .unwrap();
        let lease = s.lease_grant(Duration::from_secs(60)).await.unwrap();
        s.txn(Txn::new().and_then(vec![Op::put_with_lease("leased", "x", lease)]))
            .await
            .unwrap();
        s.compact(2).await.unwrap();
        let before = s.range(RangeRequest::prefix("")).await.unwrap();
        assert_eq!(before.revision, 8);
        s.close().await.unwrap();
        (lease, before)
    };

    let s = open(&path);
    assert_eq!(s.current_revision().await.unwrap(), 8);
    let after = s.range(RangeRequest::prefix("")).await.unwrap();
    assert_eq!(after.kvs, before.kvs);
    assert_eq!(after.revision, 8);
    let k0 = s.get("k/0").await.unwrap().unwrap();
    assert_eq!((k0.version, k0.create_revision, k0.mod_revision), (2, 1, 6));
    // The compaction point survives, and history after it is still replayable.
    assert!(matches!(
        s.watch("", Some(2)).await,
        Err(StoreError::Compacted { compacted: 2, .. })
    ));
    let mut w = s.watch("", Some(3)).await.unwrap();
    for rev in 3..=8 {
        assert_eq!(next_event(&mut w).await.unwrap().kv.mod_revision, rev);
    }
    // The lease survives with its key; new leases don't reuse its id.
    s.lease_keep_alive(lease).await.unwrap();
    assert_eq!(s.get("leased").await.unwrap().unwrap().lease, Some(lease));
    let newer = s.lease_grant(Duration::from_secs(60)).await.unwrap();
    assert!(newer > lease);
    // Revisions continue where they left off.
    assert_eq!(s.put("next", vec![]).await.unwrap(), 9);
    s.lease_revoke(lease).await.unwrap();
    assert!(s.get("leased").await.unwrap().is_none());
    let ev = next_event(&mut w).await.unwrap();
    assert_eq!((ev.kv.key.as_str(), ev.kv.mod_revision), ("next", 9));
    let ev = next_event(&mut w).await.unwrap();
    assert_eq!(
        (ev.kind, ev.kv.key.as_str(), ev.kv.mod_revision),
        (EventKind::Delete, "leased", 10)
    );
    s.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reopen_after_drop_without_close() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    {
        let s = open(&path);
        s.put("a", b"1".to_vec()).await.unwrap();
        s.put("b", b"2".to_vec()).await.unwrap();
    }
    let s = open(&path);
    assert_eq!(s.current_revision().await.unwrap(), 2);
    assert_eq!(s.get("b").await.unwrap().unwrap().value, b"2");
    s.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn surviving_lease_expires_after_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    {
        let s = open(&path);
        let lease = s.lease_grant(Duration::from_millis(500)).await.unwrap();
        s.txn(Txn::new().and_then(vec![Op::put_with_lease("eph", "x", lease)]))
            .await
            .unwrap();
        s.close().await.unwrap();
    }
    let s = open(&path);
    let mut w = s.watch("eph", Some(2)).await.unwrap();
    // Fresh TTL on reopen: still there right away, gone after the TTL.
    assert!(s.get("eph").await.unwrap().is_some());
    let ev = next_event(&mut w).await.unwrap();
    assert_eq!(ev.kind, EventKind::Delete);
    assert!(s.get("eph").await.unwrap().is_none());
    s.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn second_open_of_same_database_fails() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    let s = open(&path);
    match SqliteStore::open(&path) {
        Err(StoreError::Backend(msg)) => assert!(msg.contains("already open"), "{msg}"),
        Ok(_) => panic!("second open must fail"),
        Err(e) => panic!("unexpected {e}"),
    }
    s.close().await.unwrap();
    // Closing releases the database.
    open(&path).close().await.unwrap();
}

fn small_pages() -> SqliteOptions {
    SqliteOptions {
        replay_page_size: 3,
        ..SqliteOptions::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn paged_replay_then_live_is_gap_free() {
    let dir = tempfile::tempdir().unwrap();
    let s = SqliteStore::open_with(&dir.path().join("db"), small_pages()).unwrap();
    for i in 1..=20 {
        // Some revisions carry several events, split across pages.
        if i % 5 == 0 {
            s.txn(Txn::new().and_then(vec![
                Op::put("p/x", "1"),
                Op::put("p/y", "2"),
                Op::put("q", ""),
            ]))
            .await
            .unwrap();
        } else {
            s.put(&format!("p/{i:02}"), vec![]).await.unwrap();
        }
    }
    let mut w = s.watch("p/", Some(1)).await.unwrap();
    s.put("p/live", vec![]).await.unwrap();
    let mut got = Vec::new();
    loop {
        let ev = next_event(&mut w).await.unwrap();
        let done = ev.kv.key == "p/live";
        got.push((ev.kv.mod_revision, ev.kv.key));
        if done {
            break;
        }
    }
    let mut expected = Vec::new();
    for i in 1..=20 {
        if i % 5 == 0 {
            expected.push((i, "p/x".to_owned()));
            expected.push((i, "p/y".to_owned()));
        } else {
            expected.push((i, format!("p/{i:02}")));
        }
    }
    expected.push((21, "p/live".to_owned()));
    assert_eq!(got, expected);
    s.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn compaction_during_replay_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let s = SqliteStore::open_with(&dir.path().join("db"), small_pages()).unwrap();
    for i in 1..=10 {
        s.put(&format!("k{i}"), vec![]).await.unwrap();
    }
    // The first page (3 events) is read by `watch` itself.
    let mut w = s.watch("", Some(1)).await.unwrap();
    s.compact(8).await.unwrap();
    for rev in 1..=3 {
        assert_eq!(next_event(&mut w).await.unwrap().kv.mod_revision, rev);
    }
    match next_event(&mut w).await {
        Err(StoreError::Compacted {
            requested: 1,
            compacted: 8,
        }) => {}
        other => panic!("expected Compacted, got {other:?}"),
    }
    assert!(w.next().await.is_none(), "stream ends after an error");
    s.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_watcher_gets_lagged() {
    let dir = tempfile::tempdir().unwrap();
    let opts = SqliteOptions {
        watch_buffer: 2,
        ..SqliteOptions::default()
    };
    let s = SqliteStore::open_with(&dir.path().join("db"), opts).unwrap();
    let mut w = s.watch("", None).await.unwrap();
    for i in 0..10 {
        s.put(&format!("k{i}"), vec![]).await.unwrap();
    }
    match next_event(&mut w).await {
        Err(StoreError::WatcherLagged) => {}
        other => panic!("expected WatcherLagged, got {other:?}"),
    }
    assert!(w.next().await.is_none());
    s.close().await.unwrap();
}

#[test]
fn open_works_outside_a_runtime_and_close_blocks_until_closed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    let s = open(&path);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        s.put("a", b"1".to_vec()).await.unwrap();
        assert_eq!(s.get("a").await.unwrap().unwrap().value, b"1");
        s.close().await.unwrap();
    });
    // After close the WAL has been checkpointed into the main file and truncated.
    let wal = dir.path().join("db-wal");
    assert!(
        std::fs::metadata(&wal)
            .map(|m| m.len() == 0)
            .unwrap_or(true)
    );
}
