//! The store against a simple in-memory reference: random operations (appends in any
//! timestamp order, creates, deletes, expiry, checkpoints, reclamation, crashes with torn
//! tails, clean reopens), then every read compared with the model.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use keel_logstore::{
    Direction, LogStore, LogStoreError, LogStoreOptions, NewEvent, Position, ScanRequest,
    StreamFilter,
};
use proptest::prelude::*;

/// Tiny sizes, so blocks seal, segments and the WAL roll, and compaction runs within a test.
fn small() -> LogStoreOptions {
    LogStoreOptions {
        block_bytes: 96,
        wal_roll_bytes: 1500,
        segment_bytes: 700,
        compression_level: 1,
        ..LogStoreOptions::default()
    }
}

#[derive(Clone, Debug)]
enum Op {
    Create(u8, u8),
    Append(u8, u8, bool, Vec<(i64, u8)>),
    DeleteStream(u8, u8),
    DeleteGroup(u8),
    Expire(u8, i64),
    Checkpoint,
    PurgeWal,
    Reclaim,
    /// Drop without closing (what a crash leaves, minus the page cache), optionally with a torn
    /// tail appended to the WAL.
    Crash(bool),
    Reopen,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        2 => (0..3u8, 0..3u8).prop_map(|(g, s)| Op::Create(g, s)),
        8 => (0..3u8, 0..3u8, any::<bool>(), prop::collection::vec((0..1000i64, any::<u8>()), 1..6))
            .prop_map(|(g, s, c, e)| Op::Append(g, s, c, e)),
        1 => (0..3u8, 0..3u8).prop_map(|(g, s)| Op::DeleteStream(g, s)),
        1 => (0..3u8).prop_map(Op::DeleteGroup),
        1 => (0..3u8, 0..1000i64).prop_map(|(g, t)| Op::Expire(g, t)),
        1 => Just(Op::Checkpoint),
        1 => Just(Op::PurgeWal),
        1 => Just(Op::Reclaim),
        1 => any::<bool>().prop_map(Op::Crash),
        1 => Just(Op::Reopen),
    ]
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct ModelEvent {
    ts: i64,
    seq: u64,
    ingestion: i64,
    message: String,
}

#[derive(Default)]
struct Model {
    /// (group, stream) → events.
    streams: BTreeMap<(String, String), Vec<ModelEvent>>,
    /// group → (expiry point, first sequence it does not cover): an expiry hides the events
    /// stored before it with earlier timestamps, never later appends.
    expire: BTreeMap<String, (i64, u64)>,
    /// Highest sequence number an append was given.
    last_seq: u64,
}

impl Model {
    fn visible(&self, group: &str, stream: &str) -> Vec<ModelEvent> {
        let (cut, until) = self.expire.get(group).copied().unwrap_or((i64::MIN, 0));
        let mut v: Vec<ModelEvent> = self
            .streams
            .get(&(group.to_string(), stream.to_string()))
            .map(|e| {
                e.iter()
                    .filter(|e| e.ts >= cut || e.seq >= until)
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        v.sort_by_key(|e| (e.ts, e.seq));
        v
    }
}

fn group(g: u8) -> String {
    format!("us-east-1:/g{g}:1")
}

fn stream(s: u8) -> String {
    format!("s{s}")
}

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
}

fn tear_wal(dir: &Path) {
    let wal = dir.join("wal");
    if let Some(last) = std::fs::read_dir(&wal)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .max()
    {
        let mut f = std::fs::OpenOptions::new().append(true).open(last).unwrap();
        f.write_all(&[0x30, 0, 0, 0, 1, 2, 3]).unwrap();
    }
}

fn check(store: &LogStore, model: &Model) -> Result<(), TestCaseError> {
    if let Err(err) = store.verify_accounting() {
        return Err(TestCaseError::fail(err));
    }
    for g in 0..3u8 {
        let mut all = Vec::new();
        for s in 0..3u8 {
            let want = model.visible(&group(g), &stream(s));
            let exists = model.streams.contains_key(&(group(g), stream(s)));
            prop_assert_eq!(store.stream(&group(g), &stream(s)).is_some(), exists);
            let got: Vec<ModelEvent> = store
                .scan(
                    ScanRequest::all(vec![group(g)]).streams(StreamFilter::Names(vec![stream(s)])),
                )
                .map(|e| ModelEvent {
                    ts: e.timestamp,
                    seq: e.seq,
                    ingestion: e.ingestion_time,
                    message: e.message,
                })
                .collect();
            prop_assert_eq!(&got, &want, "group {} stream {}", g, s);
            if let Some(info) = store.stream(&group(g), &stream(s)) {
                let every = &model.streams[&(group(g), stream(s))];
                prop_assert_eq!(info.stats.event_count, every.len() as u64);
                prop_assert_eq!(
                    info.stats.last_event_timestamp,
                    every.iter().map(|e| e.ts).max()
                );
            }
            all.extend(want);
        }
        all.sort_by_key(|e| (e.ts, e.seq));
        // The whole group, both directions, and a window resumed from a position.
        let asc: Vec<(i64, u64)> = store
            .scan(ScanRequest::all(vec![group(g)]))
            .map(|e| (e.timestamp, e.seq))
            .collect();
        let want: Vec<(i64, u64)> = all.iter().map(|e| (e.ts, e.seq)).collect();
        prop_assert_eq!(&asc, &want);
        let mut desc: Vec<(i64, u64)> = store
            .scan(ScanRequest::all(vec![group(g)]).direction(Direction::Descending))
            .map(|e| (e.timestamp, e.seq))
            .collect();
        desc.reverse();
        prop_assert_eq!(&desc, &want);
        if let Some(mid) = want.get(want.len() / 2) {
            let after = Position {
                timestamp: mid.0,
                seq: mid.1,
            };
            let rest: Vec<(i64, u64)> = store
                .scan(ScanRequest::new(vec![group(g)], 100, 900).after(Some(after)))
                .map(|e| (e.timestamp, e.seq))
                .collect();
            let expect: Vec<(i64, u64)> = want
                .iter()
                .copied()
                .filter(|p| *p > (mid.0, mid.1) && p.0 >= 100 && p.0 < 900)
                .collect();
            prop_assert_eq!(rest, expect);
        }
    }
    Ok(())
}

fn run(ops: Vec<Op>) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().unwrap();
    let rt = rt();
    let mut store = Some(LogStore::open(dir.path(), small()).unwrap());
    let mut model = Model::default();
    let mut clock = 1_000i64;
    for op in ops {
        clock += 1;
        let s = store.as_ref().unwrap();
        match op {
            Op::Create(g, st) => {
                let r = rt.block_on(s.create_stream(&group(g), &stream(st), clock));
                let key = (group(g), stream(st));
                match model.streams.entry(key) {
                    std::collections::btree_map::Entry::Occupied(_) => {
                        prop_assert!(matches!(r, Err(LogStoreError::StreamExists)));
                    }
                    std::collections::btree_map::Entry::Vacant(slot) => {
                        r.unwrap();
                        slot.insert(Vec::new());
                    }
                }
            }
            Op::Append(g, st, create, events) => {
                let key = (group(g), stream(st));
                let new: Vec<NewEvent> = events
                    .iter()
                    .map(|(ts, m)| NewEvent {
                        timestamp: *ts,
                        message: format!("msg {m} {}", "x".repeat(usize::from(*m % 40))),
                    })
                    .collect();
                let r = rt.block_on(s.append(
                    &group(g),
                    &stream(st),
                    create.then_some(clock),
                    clock,
                    new.clone(),
                ));
                if !create && !model.streams.contains_key(&key) {
                    prop_assert!(matches!(r, Err(LogStoreError::StreamNotFound)));
                    continue;
                }
                let outcome = r.unwrap();
                model.last_seq = model.last_seq.max(outcome.last_seq);
                let list = model.streams.entry(key).or_default();
                for (i, e) in new.into_iter().enumerate() {
                    list.push(ModelEvent {
                        ts: e.timestamp,
                        seq: outcome.first_seq + i as u64,
                        ingestion: clock,
                        message: e.message,
                    });
                }
            }
            Op::DeleteStream(g, st) => {
                let r = rt.block_on(s.delete_stream(&group(g), &stream(st)));
                match model.streams.remove(&(group(g), stream(st))) {
                    Some(_) => r.unwrap(),
                    None => prop_assert!(matches!(r, Err(LogStoreError::StreamNotFound))),
                }
            }
            Op::DeleteGroup(g) => {
                let existed = rt.block_on(s.delete_group(&group(g))).unwrap();
                let before = model.streams.len();
                model.streams.retain(|(gr, _), _| *gr != group(g));
                let had = before != model.streams.len();
                if had {
                    prop_assert!(existed);
                }
                model.expire.remove(&group(g));
            }
            Op::Expire(g, before) => {
                rt.block_on(s.expire(&group(g), before)).unwrap();
                // The store may leave out an expiry that covers no stored event; when it
                // does, no event it should have hidden is left visible.
                let applied = s
                    .group(&group(g))
                    .is_some_and(|i| i.expire_before == before);
                let current = model.expire.get(&group(g)).map_or(i64::MIN, |e| e.0);
                if applied && before > current {
                    model.expire.insert(group(g), (before, model.last_seq + 1));
                } else if before > current {
                    for ((gr, st), _) in model.streams.iter().filter(|((gr, _), _)| *gr == group(g))
                    {
                        let visible = model.visible(gr, st);
                        prop_assert!(
                            visible.iter().all(|e| e.ts >= before),
                            "an expiry to {} was left out with {:?} visible",
                            before,
                            visible
                        );
                    }
                }
            }
            Op::Checkpoint => rt.block_on(s.checkpoint()).unwrap(),
            Op::PurgeWal => {
                rt.block_on(s.purge_wal()).unwrap();
            }
            Op::Reclaim => {
                s.reclaim().unwrap();
                // Reclamation brings each stream's first event time to its earliest retained
                // event's.
                for (g, st) in model.streams.keys() {
                    let first = model.visible(g, st).iter().map(|e| e.ts).min();
                    let info = s.stream(g, st).unwrap();
                    prop_assert_eq!(info.stats.first_event_timestamp, first, "{} {}", g, st);
                }
            }
            Op::Crash(torn) => {
                drop(store.take());
                if torn {
                    tear_wal(dir.path());
                }
                store = Some(LogStore::open(dir.path(), small()).unwrap());
            }
            Op::Reopen => {
                rt.block_on(store.as_ref().unwrap().close()).unwrap();
                drop(store.take());
                store = Some(LogStore::open(dir.path(), small()).unwrap());
            }
        }
        // A group the store no longer knows has no expiry to remember.
        let s = store.as_ref().unwrap();
        model.expire.retain(|g, _| s.group(g).is_some());
        check(s, &model)?;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn store_matches_the_model(ops in prop::collection::vec(op(), 1..40)) {
        run(ops)?;
    }
}
