//! The store's behaviour through its public API: ordering, statistics, listing, retention and
//! reclamation, deletes, subscriptions, prefilters, concurrency, and kill -9 durability of a
//! child process under load.

use std::collections::HashSet;
use std::io::BufRead;
use std::sync::Arc;

use keel_logstore::{
    Direction, LogStore, LogStoreError, LogStoreOptions, NewEvent, ScanRequest, StreamFilter,
    StreamOrder,
};

const G: &str = "us-east-1:/app:1";

fn ev(timestamp: i64, message: &str) -> NewEvent {
    NewEvent {
        timestamp,
        message: message.to_string(),
    }
}

fn messages(store: &LogStore, request: ScanRequest) -> Vec<String> {
    store.scan(request).map(|e| e.message).collect()
}

#[tokio::test]
async fn events_come_back_in_timestamp_then_arrival_order() {
    let dir = tempfile::tempdir().unwrap();
    let store = LogStore::open(dir.path(), LogStoreOptions::default()).unwrap();
    let missing = store.append(G, "web", None, 1, vec![ev(1, "x")]).await;
    assert!(matches!(missing, Err(LogStoreError::StreamNotFound)));
    store
        .append(G, "web", Some(5), 100, vec![ev(20, "b"), ev(10, "a")])
        .await
        .unwrap();
    store
        .append(G, "web", None, 200, vec![ev(20, "c"), ev(5, "first")])
        .await
        .unwrap();
    let all = messages(&store, ScanRequest::all(vec![G.into()]));
    assert_eq!(all, ["first", "a", "b", "c"]);
    let desc = messages(
        &store,
        ScanRequest::all(vec![G.into()]).direction(Direction::Descending),
    );
    assert_eq!(desc, ["c", "b", "a", "first"]);
    // [start, end): start inclusive, end exclusive.
    let window = messages(&store, ScanRequest::new(vec![G.into()], 10, 20));
    assert_eq!(window, ["a"]);

    let info = store.stream(G, "web").unwrap();
    assert_eq!(info.creation_time, 5);
    assert_eq!(info.stats.first_event_timestamp, Some(5));
    assert_eq!(info.stats.last_event_timestamp, Some(20));
    assert_eq!(info.stats.last_ingestion_time, Some(200));
    assert_eq!(info.stats.event_count, 4);
    assert!(store.group(G).unwrap().stored_bytes > 0);
    store.close().await.unwrap();
    // The same after a clean reopen (everything sealed into segments now).
    drop(store);
    let store = LogStore::open(dir.path(), LogStoreOptions::default()).unwrap();
    assert_eq!(
        messages(&store, ScanRequest::all(vec![G.into()])),
        ["first", "a", "b", "c"]
    );
    assert_eq!(store.stream(G, "web").unwrap().stats, info.stats);
}

#[tokio::test]
async fn streams_list_by_name_and_by_last_event_time() {
    let dir = tempfile::tempdir().unwrap();
    let store = LogStore::open(dir.path(), LogStoreOptions::default()).unwrap();
    for (name, ts) in [("a", 300), ("b", 100), ("c", 200)] {
        store
            .append(G, name, Some(1), 1, vec![ev(ts, "m")])
            .await
            .unwrap();
    }
    store.create_stream(G, "d-empty", 1).await.unwrap();
    let names =
        |v: Vec<keel_logstore::StreamInfo>| v.into_iter().map(|s| s.name).collect::<Vec<_>>();
    let (page, more) = store.list_streams(G, "", StreamOrder::NameAscending, None, 2);
    assert!(more);
    let after = page[1].clone();
    assert_eq!(names(page), ["a", "b"]);
    let (page, more) = store.list_streams(G, "", StreamOrder::NameAscending, Some(&after), 2);
    assert!(!more);
    assert_eq!(names(page), ["c", "d-empty"]);
    let (page, _) = store.list_streams(G, "", StreamOrder::LastEventDescending, None, 10);
    assert_eq!(names(page), ["a", "c", "b", "d-empty"]);
    let (page, _) = store.list_streams(G, "", StreamOrder::NameDescending, None, 10);
    assert_eq!(names(page), ["d-empty", "c", "b", "a"]);
    let (page, _) = store.list_streams(G, "d", StreamOrder::NameAscending, None, 10);
    assert_eq!(names(page), ["d-empty"]);
}

#[tokio::test]
async fn expiry_hides_events_at_once_and_reclaim_gives_the_space_back() {
    let dir = tempfile::tempdir().unwrap();
    let options = LogStoreOptions {
        block_bytes: 4096,
        segment_bytes: 64 << 10,
        ..LogStoreOptions::default()
    };
    let store = LogStore::open(dir.path(), options).unwrap();
    // 40 "days" of events, 1 ms apart within a day.
    for day in 0..40i64 {
        let events: Vec<NewEvent> = (0..200)
            .map(|i| {
                ev(
                    day * 1000 + i,
                    &format!("day {day} event {i} {}", "payload ".repeat(8)),
                )
            })
            .collect();
        store.append(G, "s", Some(0), day, events).await.unwrap();
    }
    store.checkpoint().await.unwrap();
    let before = store.group(G).unwrap();
    store.expire(G, 30_000).await.unwrap();
    let first = store.scan(ScanRequest::all(vec![G.into()])).next().unwrap();
    assert_eq!(first.timestamp, 30_000, "expired events are never returned");
    let report = store.reclaim().unwrap();
    assert!(report.freed_bytes > 0, "{report:?}");
    let after = store.group(G).unwrap();
    assert!(
        after.disk_bytes * 2 < before.disk_bytes,
        "disk use must shrink: {before:?} → {after:?}"
    );
    assert_eq!(
        store.scan(ScanRequest::all(vec![G.into()])).count(),
        10 * 200
    );
    // Expiry survives a crash.
    drop(store);
    let store = LogStore::open(dir.path(), LogStoreOptions::default()).unwrap();
    assert_eq!(
        store.scan(ScanRequest::all(vec![G.into()])).count(),
        10 * 200
    );
}

#[tokio::test]
async fn deleted_streams_and_groups_are_unreadable_at_once_and_their_space_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let options = LogStoreOptions {
        block_bytes: 2048,
        segment_bytes: 16 << 10,
        ..LogStoreOptions::default()
    };
    let store = LogStore::open(dir.path(), options.clone()).unwrap();
    for i in 0..400 {
        let stream = if i % 4 == 0 { "keep" } else { "drop" };
        store
            .append(
                G,
                stream,
                Some(0),
                0,
                vec![ev(
                    i,
                    &format!("{stream} {i} {}", "z".repeat(i as usize % 50)),
                )],
            )
            .await
            .unwrap();
    }
    store.checkpoint().await.unwrap();
    let before = store.group(G).unwrap().disk_bytes;
    store.delete_stream(G, "drop").await.unwrap();
    assert!(store.stream(G, "drop").is_none());
    assert!(
        store
            .scan(ScanRequest::all(vec![G.into()]))
            .all(|e| &*e.stream == "keep")
    );
    store.reclaim().unwrap();
    let after = store.group(G).unwrap().disk_bytes;
    assert!(after < before, "{before} → {after}");
    // A stream of the same name later starts empty.
    store.create_stream(G, "drop", 1).await.unwrap();
    assert_eq!(
        store
            .scan(
                ScanRequest::all(vec![G.into()]).streams(StreamFilter::Names(vec!["drop".into()]))
            )
            .count(),
        0
    );

    assert!(store.delete_group(G).await.unwrap());
    assert!(store.group(G).is_none());
    assert_eq!(store.scan(ScanRequest::all(vec![G.into()])).count(), 0);
    let groups_dir = dir.path().join("groups");
    assert_eq!(
        std::fs::read_dir(&groups_dir).unwrap().count(),
        0,
        "group files removed"
    );
    drop(store);
    let store = LogStore::open(dir.path(), options).unwrap();
    assert!(store.group(G).is_none());
}

#[tokio::test]
async fn subscribers_see_durable_appends_and_prefilters_skip_events() {
    let dir = tempfile::tempdir().unwrap();
    let store = LogStore::open(dir.path(), LogStoreOptions::default()).unwrap();
    let mut rx = store.subscribe(G);
    let outcome = store
        .append(
            G,
            "s",
            Some(0),
            7,
            vec![ev(1, "INFO ok"), ev(2, "ERROR bad")],
        )
        .await
        .unwrap();
    let batch = rx.recv().await.unwrap();
    assert_eq!(&*batch.stream, "s");
    assert_eq!(batch.events.len(), 2);
    assert_eq!(batch.events[1].seq, outcome.last_seq);
    assert_eq!(batch.events[0].ingestion_time, 7);
    // Catch-up by sequence after a lag.
    store
        .append(
            G,
            "s",
            None,
            8,
            vec![ev(0, "ERROR later but earlier timestamp")],
        )
        .await
        .unwrap();
    let caught: Vec<_> = store
        .scan(ScanRequest::all(vec![G.into()]).min_seq(outcome.last_seq + 1))
        .map(|e| e.message)
        .collect();
    assert_eq!(caught, ["ERROR later but earlier timestamp"]);
    let errors = messages(
        &store,
        ScanRequest::all(vec![G.into()]).prefilter(Arc::new(|m: &str| m.starts_with("ERROR"))),
    );
    assert_eq!(errors, ["ERROR later but earlier timestamp", "ERROR bad"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_writers_share_commits_and_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(
        LogStore::open(
            dir.path(),
            LogStoreOptions {
                block_bytes: 8 << 10,
                wal_roll_bytes: 256 << 10,
                ..LogStoreOptions::default()
            },
        )
        .unwrap(),
    );
    let mut tasks = Vec::new();
    for w in 0..16 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            for i in 0..100 {
                let events = (0..10)
                    .map(|j| ev(i * 10 + j, &format!("w{w} {i} {j}")))
                    .collect();
                store
                    .append(G, &format!("s{}", w % 4), Some(0), 0, events)
                    .await
                    .unwrap();
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    assert_eq!(
        store.scan(ScanRequest::all(vec![G.into()])).count(),
        16 * 100 * 10
    );
    let seqs: HashSet<u64> = store
        .scan(ScanRequest::all(vec![G.into()]))
        .map(|e| e.seq)
        .collect();
    assert_eq!(seqs.len(), 16_000, "sequence numbers are unique");
    assert!(store.buffered_bytes() <= 256 << 10);
}

#[test]
fn a_second_open_of_the_same_directory_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let _first = LogStore::open(dir.path(), LogStoreOptions::default()).unwrap();
    let second = LogStore::open(dir.path(), LogStoreOptions::default());
    assert!(second.unwrap_err().to_string().contains("in use"));
}

/// The group the kill -9 child's churn thread appends to and its maintenance thread expires.
const CHURN: &str = "us-east-1:/churn:1";

/// Child mode of the kill -9 test. Six threads append batches of 20 events, moving to a
/// brand-new group every 25 batches, and print each acknowledged batch; a churn thread
/// appends to one group with rising timestamps; a maintenance thread does what the retention
/// task does, concurrently: it expires the churn group behind its newest events (printing
/// the point before asking for it), expires the other groups at a point before all their
/// events, checkpoints and reclaims (dropping and compacting the churn group's segments).
/// Until killed. (Without `KEEL_LOGSTORE_CHILD_DIR` it does nothing: it is not a test of its
/// own.)
#[test]
fn durability_child() {
    let Some(dir) = std::env::var_os("KEEL_LOGSTORE_CHILD_DIR") else {
        return;
    };
    let store = Arc::new(
        LogStore::open(
            std::path::Path::new(&dir),
            LogStoreOptions {
                block_bytes: 16 << 10,
                wal_roll_bytes: 1 << 20,
                segment_bytes: 256 << 10,
                ..LogStoreOptions::default()
            },
        )
        .unwrap(),
    );
    let round: i64 = std::env::var("KEEL_LOGSTORE_ROUND")
        .unwrap_or_default()
        .parse()
        .unwrap_or(0);
    let out = Arc::new(std::sync::Mutex::new(std::io::stdout()));
    let say = move |out: &std::sync::Mutex<std::io::Stdout>, line: String| {
        use std::io::Write;
        let mut o = out.lock().unwrap();
        writeln!(o, "{line}").unwrap();
        o.flush().unwrap();
    };
    let newest_churn = Arc::new(std::sync::atomic::AtomicI64::new(0));
    let mut threads: Vec<_> = (0..6)
        .map(|w| {
            let (store, out) = (store.clone(), out.clone());
            std::thread::spawn(move || {
                for i in 0..100_000 {
                    let group = format!("us-east-1:/app-{round}-{w}-{}:1", i / 25);
                    let stream = format!("w{w}");
                    let events = (0..20)
                        .map(|j| {
                            ev(
                                1_000_000 + i,
                                &format!("{round}/{w}:{i}:{j} {}", "log line ".repeat(5)),
                            )
                        })
                        .collect();
                    store
                        .append_blocking(&group, &stream, Some(0), 0, events)
                        .unwrap();
                    say(&out, format!("ACK {group} {stream} {round}/{w}:{i}"));
                }
            })
        })
        .collect();
    {
        let (store, out, newest) = (store.clone(), out.clone(), newest_churn.clone());
        threads.push(std::thread::spawn(move || {
            for i in 0..1_000_000 {
                // One timestamp per batch: a batch is expired whole or not at all.
                let ts = 10_000_000 * (round + 1) + i;
                let events = (0..20)
                    .map(|j| ev(ts, &format!("c{round}:{i}:{j} {}", "churn ".repeat(8))))
                    .collect();
                store
                    .append_blocking(CHURN, "c", Some(0), 0, events)
                    .unwrap();
                newest.store(ts, std::sync::atomic::Ordering::SeqCst);
                say(&out, format!("CHURN {CHURN} c c{round}:{i} {ts}"));
            }
        }));
    }
    {
        let (store, out) = (store.clone(), out.clone());
        threads.push(std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .build()
                .unwrap();
            loop {
                let newest = newest_churn.load(std::sync::atomic::Ordering::SeqCst);
                if newest > 0 {
                    let before = newest - 50;
                    say(&out, format!("EXPIRING {before}"));
                    rt.block_on(store.expire(CHURN, before)).unwrap();
                }
                for group in store.groups() {
                    if group != CHURN {
                        rt.block_on(store.expire(&group, 1_000_000)).unwrap();
                    }
                }
                rt.block_on(store.checkpoint()).unwrap();
                let report = store.reclaim().unwrap();
                if report.segments_dropped + report.segments_compacted > 0 {
                    say(&out, format!("RECLAIMED {report:?}"));
                }
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
        }));
    }
    for t in threads {
        let _ = t.join();
    }
}

#[test]
fn acknowledged_appends_survive_kill_9() {
    if std::env::var_os("KEEL_LOGSTORE_CHILD_DIR").is_some() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    // Across rounds: every acknowledged batch ("group stream batch"), the churn batches with
    // their timestamp, and the highest expiry point the child may have applied.
    let mut acked: Vec<String> = Vec::new();
    let mut churned: Vec<(String, i64)> = Vec::new();
    let mut expiring = i64::MIN;
    let mut reclaimed = 0;
    for round in 0..3 {
        let mut child = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "durability_child",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("KEEL_LOGSTORE_CHILD_DIR", dir.path())
            .env("KEEL_LOGSTORE_ROUND", round.to_string())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            let mut lines = Vec::new();
            for line in std::io::BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
            {
                lines.push(line);
                let _ = tx.send(lines.len());
            }
            lines
        });
        // Kill it mid-load: once it has acknowledged a fair number of appends, a little later
        // each round (generous bounds, so a slow machine only makes the test longer).
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
        while std::time::Instant::now() < deadline {
            match rx.recv_timeout(std::time::Duration::from_secs(1)) {
                Ok(n) if n >= 1000 => break,
                _ => {}
            }
        }
        std::thread::sleep(std::time::Duration::from_millis(200 + round * 300));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let lines = reader.join().unwrap();
        let before = acked.len();
        for line in &lines {
            if let Some(ack) = line.strip_prefix("ACK ") {
                acked.push(ack.to_string());
            } else if let Some(rest) = line.strip_prefix("CHURN ") {
                let (batch, ts) = rest.rsplit_once(' ').unwrap();
                churned.push((batch.to_string(), ts.parse().unwrap()));
            } else if let Some(point) = line.strip_prefix("EXPIRING ") {
                expiring = expiring.max(point.parse().unwrap());
            } else if line.starts_with("RECLAIMED ") {
                reclaimed += 1;
            }
        }
        assert!(
            acked.len() - before > 50,
            "round {round}: the load did not get going ({})",
            acked.len() - before
        );

        let store = LogStore::open(dir.path(), LogStoreOptions::default()).unwrap();
        let groups = store.groups();
        let batch_of = |e: &keel_logstore::Event| {
            let id = e.message.split(' ').next().unwrap();
            let (batch, _) = id.rsplit_once(':').unwrap();
            format!("{} {} {batch}", e.group, e.stream)
        };
        let mut counts = std::collections::HashMap::<String, usize>::new();
        for e in store.scan(ScanRequest::all(groups.clone())) {
            *counts.entry(batch_of(&e)).or_default() += 1;
        }
        let lost: Vec<&String> = acked.iter().filter(|a| !counts.contains_key(*a)).collect();
        assert!(
            lost.is_empty(),
            "round {round}: {} acknowledged batches lost, e.g. {:?}",
            lost.len(),
            lost.first()
        );
        // Churn batches past every expiry point the child asked for are all there.
        let lost: Vec<&String> = churned
            .iter()
            .filter(|(batch, ts)| *ts >= expiring && !counts.contains_key(batch))
            .map(|(batch, _)| batch)
            .collect();
        assert!(
            lost.is_empty(),
            "round {round}: {} acknowledged churn batches lost (expiry point {expiring}), e.g. {:?}",
            lost.len(),
            lost.first()
        );
        assert!(
            churned.iter().any(|(_, ts)| *ts < expiring),
            "round {round}: the churn group was never expired"
        );
        // Whole batches or nothing: every stored batch has all its 20 events.
        assert!(
            counts.values().all(|c| *c == 20),
            "a batch was stored in part"
        );
        drop(store);
    }
    assert!(
        reclaimed > 0,
        "no segment was dropped or compacted under the load"
    );
}

#[tokio::test]
async fn expiry_applies_to_events_stored_before_it_not_to_later_appends() {
    let dir = tempfile::tempdir().unwrap();
    let store = LogStore::open(dir.path(), LogStoreOptions::default()).unwrap();
    store
        .append(
            G,
            "s",
            Some(0),
            1,
            vec![ev(5_000, "old"), ev(20_000, "new")],
        )
        .await
        .unwrap();
    assert!(store.expire(G, 10_000).await.unwrap());
    assert_eq!(messages(&store, ScanRequest::all(vec![G.into()])), ["new"]);
    // The caller accepted an event older than the expiry point (its retention grew since):
    // acknowledged, so it is kept, through seals, checkpoints, crashes and reopens.
    store
        .append(G, "s", None, 2, vec![ev(6_000, "late")])
        .await
        .unwrap();
    assert_eq!(
        messages(&store, ScanRequest::all(vec![G.into()])),
        ["late", "new"]
    );
    // A point earlier than the current one changes nothing.
    assert!(!store.expire(G, 7_000).await.unwrap());
    assert_eq!(
        messages(&store, ScanRequest::all(vec![G.into()])),
        ["late", "new"]
    );
    store.checkpoint().await.unwrap();
    assert_eq!(
        messages(&store, ScanRequest::all(vec![G.into()])),
        ["late", "new"]
    );
    store
        .append(G, "s", None, 3, vec![ev(6_500, "later")])
        .await
        .unwrap();
    drop(store);
    let store = LogStore::open(dir.path(), LogStoreOptions::default()).unwrap();
    assert_eq!(
        messages(&store, ScanRequest::all(vec![G.into()])),
        ["late", "later", "new"]
    );
    // A later point past them expires them like any other.
    assert!(store.expire(G, 15_000).await.unwrap());
    assert_eq!(messages(&store, ScanRequest::all(vec![G.into()])), ["new"]);
    store.close().await.unwrap();
    drop(store);
    let store = LogStore::open(dir.path(), LogStoreOptions::default()).unwrap();
    assert_eq!(messages(&store, ScanRequest::all(vec![G.into()])), ["new"]);
}

/// Segment files of the store, sorted by group then number.
fn segment_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for group in std::fs::read_dir(dir.join("groups")).unwrap() {
        for seg in std::fs::read_dir(group.unwrap().path()).unwrap() {
            let path = seg.unwrap().path();
            if path.extension().is_some_and(|e| e == "seg") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// A crash that loses the unsynced tail of an earlier segment while a later one reached the
/// disk (writeback order across files is not guaranteed): the earlier block's events are
/// still in the WAL, and recovery must take them from there.
#[tokio::test]
async fn events_of_a_lost_block_come_back_from_the_wal_even_if_a_later_block_survived() {
    let dir = tempfile::tempdir().unwrap();
    let options = LogStoreOptions {
        block_bytes: 64,
        segment_bytes: 64,
        ..LogStoreOptions::default()
    };
    let store = LogStore::open(dir.path(), options.clone()).unwrap();
    for batch in ["first", "second", "third"] {
        let events = (0..4)
            .map(|i| ev(i, &format!("{batch} {i} {}", "x".repeat(40))))
            .collect();
        store.append(G, "s", Some(0), 0, events).await.unwrap();
    }
    // The writer seals after answering; a later command runs after that sealing.
    store.create_stream(G, "other", 0).await.unwrap();
    assert_eq!(
        store.buffered_bytes(),
        0,
        "each batch sealed into its own segment"
    );
    drop(store);
    let segments = segment_files(dir.path());
    assert_eq!(segments.len(), 3, "{segments:?}");
    // The first segment's block never reached the disk in full.
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(&segments[0])
        .unwrap();
    let len = file.metadata().unwrap().len();
    file.set_len(len - 1).unwrap();
    drop(file);
    let store = LogStore::open(dir.path(), options).unwrap();
    let got = messages(&store, ScanRequest::all(vec![G.into()]));
    assert_eq!(got.len(), 12, "{got:?}");
    for batch in ["first", "second", "third"] {
        assert_eq!(got.iter().filter(|m| m.starts_with(batch)).count(), 4);
    }
}

/// Appends to brand-new groups and streams while expiries, checkpoints and reclamation run
/// concurrently (what the retention task does), then a clean close: every acknowledged event
/// is there after reopening.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn checkpoints_and_reclaims_racing_appends_to_new_groups_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let options = LogStoreOptions {
        block_bytes: 2 << 10,
        wal_roll_bytes: 64 << 10,
        segment_bytes: 16 << 10,
        ..LogStoreOptions::default()
    };
    let store = Arc::new(LogStore::open(dir.path(), options.clone()).unwrap());
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let maintenance = {
        let (store, stop) = (store.clone(), stop.clone());
        tokio::spawn(async move {
            let mut passes = 0u64;
            while !stop.load(std::sync::atomic::Ordering::SeqCst) || passes < 5 {
                for group in store.groups() {
                    store.expire(&group, 1_000).await.unwrap();
                }
                store.checkpoint().await.unwrap();
                let s = store.clone();
                tokio::task::spawn_blocking(move || s.reclaim().unwrap())
                    .await
                    .unwrap();
                passes += 1;
                tokio::task::yield_now().await;
            }
            passes
        })
    };
    let mut writers = Vec::new();
    for w in 0..4 {
        let store = store.clone();
        writers.push(tokio::spawn(async move {
            let mut acked = Vec::new();
            for i in 0..150 {
                let group = format!("us-east-1:/new-{w}-{}:1", i / 10);
                let events = (0..5)
                    .map(|j| ev(1_000 + i, &format!("{w}:{i}:{j} {}", "y".repeat(30))))
                    .collect();
                store
                    .append(&group, &format!("s{}", i % 3), Some(0), 0, events)
                    .await
                    .unwrap();
                acked.push((group, format!("{w}:{i}")));
            }
            acked
        }));
    }
    let mut acked = Vec::new();
    for w in writers {
        acked.extend(w.await.unwrap());
    }
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    assert!(maintenance.await.unwrap() >= 5);
    store.close().await.unwrap();
    drop(store);
    let store = LogStore::open(dir.path(), options).unwrap();
    let mut counts = std::collections::HashMap::<(String, String), usize>::new();
    for e in store.scan(ScanRequest::all(store.groups())) {
        let id = e.message.split(' ').next().unwrap();
        let (batch, _) = id.rsplit_once(':').unwrap();
        *counts
            .entry((e.group.to_string(), batch.to_string()))
            .or_default() += 1;
    }
    let lost: Vec<_> = acked
        .iter()
        .filter(|a| counts.get(*a) != Some(&5))
        .collect();
    assert!(
        lost.is_empty(),
        "{} batches lost, e.g. {:?}",
        lost.len(),
        lost.first()
    );
    assert_eq!(counts.len(), acked.len());
}

/// Whether any WAL file holds `needle`.
fn wal_contains(dir: &std::path::Path, needle: &str) -> bool {
    std::fs::read_dir(dir.join("wal")).unwrap().any(|e| {
        let data = std::fs::read(e.unwrap().path()).unwrap();
        data.windows(needle.len()).any(|w| w == needle.as_bytes())
    })
}

#[tokio::test]
async fn purge_wal_checkpoints_only_when_the_wal_holds_forgotten_events() {
    let dir = tempfile::tempdir().unwrap();
    let store = LogStore::open(dir.path(), LogStoreOptions::default()).unwrap();
    store
        .append(
            G,
            "s",
            Some(0),
            1,
            vec![ev(10, "secret-old"), ev(100, "kept")],
        )
        .await
        .unwrap();
    assert!(!store.purge_wal().await.unwrap(), "nothing forgotten yet");
    assert!(wal_contains(dir.path(), "secret-old"));
    // Expiring a buffered event: its copy in the WAL goes with the purge.
    assert!(store.expire(G, 50).await.unwrap());
    assert!(store.purge_wal().await.unwrap());
    assert!(!wal_contains(dir.path(), "secret-old"));
    assert!(!store.purge_wal().await.unwrap(), "purged already");
    // Events sealed at that checkpoint and a fresh buffer: an expiry reaching into the
    // sealed block needs no checkpoint (the WAL no longer holds it), so the buffer stays.
    store
        .append(G, "s", None, 2, vec![ev(200, "buffered")])
        .await
        .unwrap();
    assert!(store.expire(G, 150).await.unwrap());
    assert!(!store.purge_wal().await.unwrap());
    assert!(store.buffered_bytes() > 0);
    // A deleted stream with buffered events: its WAL copy is forgotten data too.
    store
        .append(G, "gone", Some(0), 3, vec![ev(300, "deleted-stream")])
        .await
        .unwrap();
    store.delete_stream(G, "gone").await.unwrap();
    assert!(wal_contains(dir.path(), "deleted-stream"));
    assert!(store.purge_wal().await.unwrap());
    assert!(!wal_contains(dir.path(), "deleted-stream"));
    assert_eq!(
        messages(&store, ScanRequest::all(vec![G.into()])),
        ["buffered"]
    );
}

#[tokio::test]
async fn subscription_channels_go_when_their_subscribers_do() {
    let dir = tempfile::tempdir().unwrap();
    let store = LogStore::open(dir.path(), LogStoreOptions::default()).unwrap();
    let group = |i: usize| format!("us-east-1:/tail-{i}:1");
    // Live tails come and go, each on its own group; most never see an append.
    for i in 0..100 {
        let rx = store.subscribe(&group(i));
        if i % 10 == 0 {
            store
                .append(&group(i), "s", Some(0), 0, vec![ev(1, "x")])
                .await
                .unwrap();
        }
        drop(rx);
    }
    let mut kept = store.subscribe(&group(7));
    let second = store.subscribe(&group(7));
    drop(second);
    assert_eq!(store.counters().subscribed_groups, 1);
    // The remaining subscriber still gets its group's appends.
    store
        .append(&group(7), "s", Some(0), 0, vec![ev(2, "for the tail")])
        .await
        .unwrap();
    assert_eq!(kept.recv().await.unwrap().events[0].message, "for the tail");
    drop(kept);
    store
        .append(&group(7), "s", None, 0, vec![ev(3, "nobody listens")])
        .await
        .unwrap();
    assert_eq!(store.counters().subscribed_groups, 0);
    // A deleted group's channel goes with it (its subscribers see the channel close).
    let mut orphan = store.subscribe(&group(7));
    assert!(store.delete_group(&group(7)).await.unwrap());
    assert_eq!(store.counters().subscribed_groups, 0);
    assert!(matches!(
        orphan.recv().await,
        Err(tokio::sync::broadcast::error::RecvError::Closed)
    ));
}

/// Offsets and lengths of the blocks of a segment file, read the way the format lays them out
/// (`"KLS1" | frame(header) | (frame(block header) | payload)*`), for tests that damage them.
fn block_extents(path: &std::path::Path) -> Vec<(usize, usize)> {
    let data = std::fs::read(path).unwrap();
    let u32_at = |at: usize| u32::from_le_bytes(data[at..at + 4].try_into().unwrap()) as usize;
    let mut pos = 4 + 8 + u32_at(4);
    let mut out = Vec::new();
    while pos < data.len() {
        // Block header frame: len (57) | crc | body; the payload length is at body offset 49.
        let len = 8 + u32_at(pos) + u32_at(pos + 8 + 49);
        out.push((pos, len));
        pos += len;
    }
    out
}

fn flip(path: &std::path::Path, at: usize) {
    let mut data = std::fs::read(path).unwrap();
    data[at] ^= 0x5a;
    std::fs::write(path, data).unwrap();
}

/// A store whose one segment holds one block per batch, all checkpointed (the WAL no longer
/// has them), closed.
async fn store_with_blocks(dir: &std::path::Path, batches: usize) -> LogStoreOptions {
    let options = LogStoreOptions {
        block_bytes: 256,
        ..LogStoreOptions::default()
    };
    let store = LogStore::open(dir, options.clone()).unwrap();
    for b in 0..batches {
        let events = (0..6)
            .map(|i| {
                ev(
                    b as i64 * 10 + i,
                    &format!("batch{b} {i} {}", "z".repeat(40)),
                )
            })
            .collect();
        store.append(G, "s", Some(0), 0, events).await.unwrap();
    }
    store.close().await.unwrap();
    options
}

fn batches_in(store: &LogStore) -> Vec<String> {
    let mut out: Vec<String> = store
        .scan(ScanRequest::all(vec![G.into()]))
        .map(|e| e.message.split(' ').next().unwrap().to_string())
        .collect();
    out.dedup();
    out
}

#[tokio::test]
async fn a_damaged_block_header_costs_that_block_only() {
    let dir = tempfile::tempdir().unwrap();
    let options = store_with_blocks(dir.path(), 5).await;
    let segment = &segment_files(dir.path())[0];
    let blocks = block_extents(segment);
    assert_eq!(blocks.len(), 5);
    let len = std::fs::metadata(segment).unwrap().len();
    flip(segment, blocks[2].0 + 20);
    let store = LogStore::open(dir.path(), options.clone()).unwrap();
    assert_eq!(batches_in(&store), ["batch0", "batch1", "batch3", "batch4"]);
    assert_eq!(
        std::fs::metadata(segment).unwrap().len(),
        len,
        "the good blocks after the damage stay in the file"
    );
    assert_eq!(store.counters().damaged, 1);
    store.verify_accounting().unwrap();
    // The damaged stretch is dead space until its segment is compacted; reclamation and a
    // reopen keep every good block.
    store.reclaim().unwrap();
    assert_eq!(batches_in(&store), ["batch0", "batch1", "batch3", "batch4"]);
    drop(store);
    let store = LogStore::open(dir.path(), options).unwrap();
    assert_eq!(batches_in(&store), ["batch0", "batch1", "batch3", "batch4"]);
}

#[tokio::test]
async fn a_damaged_block_payload_is_skipped_and_reported_once() {
    let dir = tempfile::tempdir().unwrap();
    let options = store_with_blocks(dir.path(), 3).await;
    let segment = &segment_files(dir.path())[0];
    let blocks = block_extents(segment);
    flip(segment, blocks[1].0 + blocks[1].1 - 3);
    let store = LogStore::open(dir.path(), options).unwrap();
    for _ in 0..3 {
        assert_eq!(batches_in(&store), ["batch0", "batch2"]);
    }
    assert_eq!(
        store.counters().damaged,
        1,
        "counted once, however often read"
    );
}

#[tokio::test]
async fn a_segment_with_a_damaged_header_keeps_its_blocks() {
    let dir = tempfile::tempdir().unwrap();
    let options = store_with_blocks(dir.path(), 3).await;
    let segment = &segment_files(dir.path())[0];
    flip(segment, 9);
    let store = LogStore::open(dir.path(), options).unwrap();
    assert_eq!(batches_in(&store), ["batch0", "batch1", "batch2"]);
    assert_eq!(store.counters().damaged, 1);
}

#[tokio::test]
async fn a_wal_damaged_in_the_middle_is_reported_and_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    let store = LogStore::open(dir.path(), LogStoreOptions::default()).unwrap();
    for b in 0..4 {
        store
            .append(
                G,
                "s",
                Some(0),
                0,
                vec![ev(b, &format!("batch{b} {}", "w".repeat(200)))],
            )
            .await
            .unwrap();
    }
    drop(store); // a crash: everything is in the WAL only
    let wal = std::fs::read_dir(dir.path().join("wal"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .next()
        .unwrap();
    let len = std::fs::metadata(&wal).unwrap().len() as usize;
    // Inside the third batch's record: two records before it, one after.
    flip(&wal, len * 5 / 8);
    let store = LogStore::open(dir.path(), LogStoreOptions::default()).unwrap();
    assert_eq!(batches_in(&store), ["batch0", "batch1"]);
    assert_eq!(store.counters().damaged, 1);
    let aside: Vec<_> = std::fs::read_dir(dir.path().join("wal"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".wal.corrupt"))
        .collect();
    assert_eq!(aside.len(), 1, "the damaged WAL is kept for inspection");
}

/// A crash can leave a block's header on disk without its payload (the segment was not yet
/// fsynced): its events are still in the WAL, and recovery takes them from there.
#[tokio::test]
async fn an_unsynced_block_without_its_payload_comes_back_from_the_wal() {
    let dir = tempfile::tempdir().unwrap();
    let options = LogStoreOptions {
        block_bytes: 256,
        ..LogStoreOptions::default()
    };
    let store = LogStore::open(dir.path(), options.clone()).unwrap();
    for b in 0..3 {
        let events = (0..6)
            .map(|i| ev(b * 10 + i, &format!("batch{b} {i} {}", "z".repeat(40))))
            .collect();
        store.append(G, "s", Some(0), 0, events).await.unwrap();
    }
    store.create_stream(G, "barrier", 0).await.unwrap();
    assert_eq!(store.buffered_bytes(), 0);
    drop(store); // a crash: the blocks are written, not fsynced, and the WAL has them
    let segment = &segment_files(dir.path())[0];
    let (offset, len) = block_extents(segment)[1];
    let mut data = std::fs::read(segment).unwrap();
    data[offset + 65..offset + len].fill(0);
    std::fs::write(segment, data).unwrap();
    let store = LogStore::open(dir.path(), options).unwrap();
    assert_eq!(batches_in(&store), ["batch0", "batch1", "batch2"]);
    assert_eq!(store.counters().damaged, 0, "crash residue, not damage");
    store.verify_accounting().unwrap();
}

#[tokio::test]
async fn multibyte_messages_read_back_whole_from_blocks_and_buffers() {
    let dir = tempfile::tempdir().unwrap();
    let options = LogStoreOptions {
        block_bytes: 128,
        ..LogStoreOptions::default()
    };
    let store = LogStore::open(dir.path(), options).unwrap();
    let words = [
        "héllo wörld",
        "✓ done",
        "日本語のログ",
        "emoji 🚀 launch",
        "plain",
    ];
    for (i, w) in words.iter().enumerate() {
        store
            .append(
                G,
                "s",
                Some(0),
                0,
                vec![ev(i as i64, &format!("{w} {}", "é".repeat(40)))],
            )
            .await
            .unwrap();
    }
    // The last one may still be buffered; the others are sealed blocks.
    let got: Vec<String> = store
        .scan(ScanRequest::all(vec![G.into()]))
        .map(|e| e.message.split(' ').next().unwrap().to_string())
        .collect();
    assert_eq!(got, ["héllo", "✓", "日本語のログ", "emoji", "plain"]);
    let rocket = messages(
        &store,
        ScanRequest::all(vec![G.into()]).prefilter(Arc::new(|m: &str| m.contains('🚀'))),
    );
    assert_eq!(rocket.len(), 1);
    assert!(rocket[0].starts_with("emoji 🚀 launch é"));
}
