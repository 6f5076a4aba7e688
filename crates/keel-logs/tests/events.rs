//! The Logs service over a real event store (in a temp dir) and the in-memory control-plane
//! store, through the same JSON entry point the edge uses: the ingest path, token paging, and
//! retention enforcement. The wire-level behaviour is tested with real clients in
//! tests/compat.

use std::sync::Arc;

use keel_api::{JsonService, RequestContext};
use keel_logs::rules::InputEvent;
use keel_logs::{IngestBatch, LogsService};
use keel_logstore::{LogStore, LogStoreOptions};
use keel_store::MemoryStore;
use keel_types::Scope;
use serde_json::{Value, json};

fn ctx() -> RequestContext {
    RequestContext::new("test", Scope::new("000000000000", "us-east-1"))
}

struct Fixture {
    svc: Arc<LogsService>,
    _dir: tempfile::TempDir,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let events = Arc::new(LogStore::open(dir.path(), LogStoreOptions::default()).unwrap());
    Fixture {
        svc: LogsService::new(Arc::new(MemoryStore::new()), events),
        _dir: dir,
    }
}

async fn call(svc: &LogsService, op: &str, input: Value) -> Result<Value, (String, String)> {
    svc.call(&ctx(), op, input)
        .await
        .map(|b| serde_json::from_slice(&b).unwrap())
        .map_err(|e| (e.code.to_string(), e.message.clone()))
}

fn now() -> i64 {
    keel_types::time::now_millis()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ingest_creates_streams_and_groups_on_demand_and_applies_the_rules() {
    let f = fixture();
    let t = now();
    let batch = |create_group: bool, events: Vec<InputEvent>| IngestBatch {
        region: "us-east-1".into(),
        log_group: "/ecs/web".into(),
        log_stream: "ecs/app/0123".into(),
        events,
        create_group,
    };
    let ev = |ts: i64, m: &str| InputEvent {
        timestamp: ts,
        message: m.into(),
    };
    let missing = f.svc.ingest(batch(false, vec![ev(t, "a")])).await;
    assert_eq!(missing.unwrap_err().code(), "ResourceNotFoundException");
    // Out of order is sorted; too old is reported and not stored.
    let outcome = f
        .svc
        .ingest(batch(
            true,
            vec![
                ev(t, "second"),
                ev(t - 1, "first"),
                ev(t - 15 * 86_400_000, "old"),
            ],
        ))
        .await
        .unwrap();
    assert_eq!(outcome.accepted, 2);
    assert_eq!(
        outcome.rejected.unwrap().too_old_log_event_end_index,
        Some(1)
    );
    // Again, into the now existing group and stream.
    f.svc
        .ingest(batch(true, vec![ev(t + 1, "third")]))
        .await
        .unwrap();
    let got = call(
        &f.svc,
        "GetLogEvents",
        json!({"logGroupName": "/ecs/web", "logStreamName": "ecs/app/0123", "startFromHead": true}),
    )
    .await
    .unwrap();
    let messages: Vec<&str> = got["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["message"].as_str().unwrap())
        .collect();
    assert_eq!(messages, ["first", "second", "third"]);
    let too_big = f
        .svc
        .ingest(batch(true, vec![ev(t, &"x".repeat(1_048_576))]))
        .await;
    assert_eq!(too_big.unwrap_err().code(), "InvalidParameterException");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn get_log_events_tokens_walk_both_ways_and_stay_put_at_the_ends() {
    let f = fixture();
    let t = now() - 60_000;
    call(&f.svc, "CreateLogGroup", json!({"logGroupName": "g"}))
        .await
        .unwrap();
    call(
        &f.svc,
        "CreateLogStream",
        json!({"logGroupName": "g", "logStreamName": "s"}),
    )
    .await
    .unwrap();
    let events: Vec<Value> = (0..25)
        .map(|i| json!({"timestamp": t + i, "message": format!("m{i}")}))
        .collect();
    call(
        &f.svc,
        "PutLogEvents",
        json!({"logGroupName": "g", "logStreamName": "s", "logEvents": events}),
    )
    .await
    .unwrap();
    let get = |token: Option<String>, head: bool| {
        let svc = f.svc.clone();
        async move {
            let mut req = json!({"logGroupName": "g", "logStreamName": "s", "limit": 10, "startFromHead": head});
            if let Some(t) = token {
                req["nextToken"] = json!(t);
            }
            call(&svc, "GetLogEvents", req).await.unwrap()
        }
    };
    let msgs = |v: &Value| -> Vec<String> {
        v["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["message"].as_str().unwrap().to_string())
            .collect()
    };
    // From the tail (the default): the last 10, in order.
    let tail = get(None, false).await;
    assert_eq!(msgs(&tail)[0], "m15");
    assert_eq!(msgs(&tail)[9], "m24");
    // Backward from there, to the head, then the same token again.
    let back = get(tail["nextBackwardToken"].as_str().map(String::from), false).await;
    assert_eq!(msgs(&back)[0], "m5");
    let back2 = get(back["nextBackwardToken"].as_str().map(String::from), false).await;
    assert_eq!(msgs(&back2), ["m0", "m1", "m2", "m3", "m4"]);
    let token = back2["nextBackwardToken"].as_str().unwrap().to_string();
    let end = get(Some(token.clone()), false).await;
    assert!(msgs(&end).is_empty());
    assert_eq!(end["nextBackwardToken"], json!(token));
    // Forward from the head to the end; at the end the forward token stays put...
    let mut token = get(None, true).await["nextForwardToken"]
        .as_str()
        .unwrap()
        .to_string();
    let mut seen = 10;
    loop {
        let page = get(Some(token.clone()), true).await;
        let next = page["nextForwardToken"].as_str().unwrap().to_string();
        seen += msgs(&page).len();
        if next == token {
            break;
        }
        token = next;
    }
    assert_eq!(seen, 25);
    // ...until a new event arrives.
    call(&f.svc, "PutLogEvents", json!({"logGroupName": "g", "logStreamName": "s", "logEvents": [{"timestamp": t + 100, "message": "new"}]}))
        .await
        .unwrap();
    let page = get(Some(token.clone()), true).await;
    assert_eq!(msgs(&page), ["new"]);
    assert_ne!(page["nextForwardToken"], json!(token));
    let bad = call(
        &f.svc,
        "GetLogEvents",
        json!({"logGroupName": "g", "logStreamName": "s", "nextToken": "f/1/s"}),
    )
    .await;
    assert_eq!(bad.unwrap_err().0, "InvalidParameterException");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retention_hides_old_events_and_the_pass_expires_them() {
    let f = fixture();
    let t = now();
    call(&f.svc, "CreateLogGroup", json!({"logGroupName": "r"}))
        .await
        .unwrap();
    call(
        &f.svc,
        "CreateLogStream",
        json!({"logGroupName": "r", "logStreamName": "s"}),
    )
    .await
    .unwrap();
    let day = 86_400_000i64;
    call(
        &f.svc,
        "PutLogEvents",
        json!({"logGroupName": "r", "logStreamName": "s", "logEvents": [
            {"timestamp": t - 2 * day, "message": "two days old"},
        ]}),
    )
    .await
    .unwrap();
    call(
        &f.svc,
        "PutLogEvents",
        json!({"logGroupName": "r", "logStreamName": "s", "logEvents": [
            {"timestamp": t, "message": "fresh"},
        ]}),
    )
    .await
    .unwrap();
    call(
        &f.svc,
        "PutRetentionPolicy",
        json!({"logGroupName": "r", "retentionInDays": 1}),
    )
    .await
    .unwrap();
    let filtered = call(&f.svc, "FilterLogEvents", json!({"logGroupName": "r"}))
        .await
        .unwrap();
    assert_eq!(
        filtered["events"].as_array().unwrap().len(),
        1,
        "{filtered}"
    );
    let report = f.svc.enforce_retention().await;
    assert_eq!(report.groups_expired, 1);
    // An expired event put now is reported, not stored.
    let put = call(
        &f.svc,
        "PutLogEvents",
        json!({"logGroupName": "r", "logStreamName": "s", "logEvents": [
            {"timestamp": t - day - 60_000, "message": "expired"}, {"timestamp": t - 2 * 3_600_000, "message": "ok"},
        ]}),
    )
    .await
    .unwrap();
    assert_eq!(
        put["rejectedLogEventsInfo"]["expiredLogEventEndIndex"],
        json!(1)
    );
    // Deleting the group and making it again: no events, no streams.
    call(&f.svc, "DeleteLogGroup", json!({"logGroupName": "r"}))
        .await
        .unwrap();
    call(&f.svc, "CreateLogGroup", json!({"logGroupName": "r"}))
        .await
        .unwrap();
    let streams = call(&f.svc, "DescribeLogStreams", json!({"logGroupName": "r"}))
        .await
        .unwrap();
    assert_eq!(streams["logStreams"], json!([]));
    assert_eq!(f.svc.event_store().groups().len(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn get_log_record_finds_an_event_by_its_pointer() {
    let f = fixture();
    let t = now();
    call(&f.svc, "CreateLogGroup", json!({"logGroupName": "p"}))
        .await
        .unwrap();
    call(
        &f.svc,
        "CreateLogStream",
        json!({"logGroupName": "p", "logStreamName": "s"}),
    )
    .await
    .unwrap();
    call(
        &f.svc,
        "PutLogEvents",
        json!({"logGroupName": "p", "logStreamName": "s", "logEvents": [
            {"timestamp": t, "message": "one"}, {"timestamp": t, "message": "two"},
        ]}),
    )
    .await
    .unwrap();
    let filtered = call(
        &f.svc,
        "FilterLogEvents",
        json!({"logGroupName": "p", "filterPattern": "two"}),
    )
    .await
    .unwrap();
    assert_eq!(filtered["events"].as_array().unwrap().len(), 1);
    let event = f
        .svc
        .event_store()
        .scan(keel_logstore::ScanRequest::all(
            f.svc.event_store().groups(),
        ))
        .find(|e| e.message == "two")
        .unwrap();
    let ptr = keel_logs::events::log_record_pointer("p", Some("s"), event.position());
    let record = call(&f.svc, "GetLogRecord", json!({"logRecordPointer": ptr}))
        .await
        .unwrap();
    assert_eq!(record["logRecord"]["@message"], json!("two"));
    assert_eq!(record["logRecord"]["@logStream"], json!("s"));
    assert_eq!(record["logRecord"]["@log"], json!("000000000000:p"));
    assert_eq!(record["logRecord"]["@timestamp"], json!(t.to_string()));
    let gone = keel_logs::events::log_record_pointer(
        "p",
        Some("s"),
        keel_logstore::Position {
            timestamp: t,
            seq: 999_999,
        },
    );
    let err = call(&f.svc, "GetLogRecord", json!({"logRecordPointer": gone}))
        .await
        .unwrap_err();
    assert_eq!(err.0, "ResourceNotFoundException");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stream_records_of_earlier_versions_move_to_the_event_store() {
    use keel_store::{Op, Store, Txn};
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(MemoryStore::new());
    let events = Arc::new(LogStore::open(dir.path(), LogStoreOptions::default()).unwrap());
    let svc = LogsService::new(store.clone(), events);
    call(&svc, "CreateLogGroup", json!({"logGroupName": "old"}))
        .await
        .unwrap();
    store
        .txn(Txn::new().and_then(vec![Op::put(
            "/logs/us-east-1/streams/old\u{1}web/1".to_string(),
            br#"{"name":"web/1","creation_time":1234}"#.to_vec(),
        )]))
        .await
        .unwrap();
    assert_eq!(svc.migrate_stream_records().await.unwrap(), 1);
    assert_eq!(svc.migrate_stream_records().await.unwrap(), 0);
    let streams = call(&svc, "DescribeLogStreams", json!({"logGroupName": "old"}))
        .await
        .unwrap();
    assert_eq!(streams["logStreams"][0]["logStreamName"], json!("web/1"));
    assert_eq!(streams["logStreams"][0]["creationTime"], json!(1234));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_accepted_after_retention_is_lengthened_are_kept() {
    let f = fixture();
    let t = now();
    let day = 86_400_000i64;
    call(&f.svc, "CreateLogGroup", json!({"logGroupName": "l"}))
        .await
        .unwrap();
    call(
        &f.svc,
        "CreateLogStream",
        json!({"logGroupName": "l", "logStreamName": "s"}),
    )
    .await
    .unwrap();
    call(
        &f.svc,
        "PutLogEvents",
        json!({"logGroupName": "l", "logStreamName": "s", "logEvents": [
            {"timestamp": t - 2 * day, "message": "expires under a one-day policy"},
        ]}),
    )
    .await
    .unwrap();
    call(
        &f.svc,
        "PutRetentionPolicy",
        json!({"logGroupName": "l", "retentionInDays": 1}),
    )
    .await
    .unwrap();
    assert_eq!(f.svc.enforce_retention().await.groups_expired, 1);
    // A week's retention: an event three days old is valid again, and once accepted it stays.
    call(
        &f.svc,
        "PutRetentionPolicy",
        json!({"logGroupName": "l", "retentionInDays": 7}),
    )
    .await
    .unwrap();
    let put = call(
        &f.svc,
        "PutLogEvents",
        json!({"logGroupName": "l", "logStreamName": "s", "logEvents": [
            {"timestamp": t - 3 * day, "message": "accepted under a week's policy"},
        ]}),
    )
    .await
    .unwrap();
    assert!(put.get("rejectedLogEventsInfo").is_none(), "{put}");
    let read = |svc: Arc<LogsService>| async move {
        let got = call(
            &svc,
            "GetLogEvents",
            json!({"logGroupName": "l", "logStreamName": "s", "startFromHead": true}),
        )
        .await
        .unwrap();
        got["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["message"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        read(f.svc.clone()).await,
        ["accepted under a week's policy"]
    );
    f.svc.enforce_retention().await;
    f.svc.event_store().checkpoint().await.unwrap();
    assert_eq!(
        read(f.svc.clone()).await,
        ["accepted under a week's policy"]
    );
}

/// Events the store holds for a group, retention clamp or not.
async fn stored_messages(svc: &LogsService, group: &str) -> Vec<String> {
    let key = keel_logs::groups::load_group_in(svc, "us-east-1", group)
        .await
        .unwrap()
        .events_key("us-east-1");
    svc.event_store()
        .scan(keel_logstore::ScanRequest::all(vec![key]))
        .map(|e| e.message)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_retention_pass_goes_on_past_a_group_it_cannot_read() {
    use keel_store::{Op, Store, Txn};
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(MemoryStore::new());
    let events = Arc::new(LogStore::open(dir.path(), LogStoreOptions::default()).unwrap());
    let svc = LogsService::new(store.clone(), events);
    let t = now();
    let day = 86_400_000i64;
    for group in ["a-broken", "b-kept"] {
        call(&svc, "CreateLogGroup", json!({"logGroupName": group}))
            .await
            .unwrap();
        call(
            &svc,
            "CreateLogStream",
            json!({"logGroupName": group, "logStreamName": "s"}),
        )
        .await
        .unwrap();
        for (timestamp, message) in [(t - 2 * day, "old"), (t, "fresh")] {
            call(
                &svc,
                "PutLogEvents",
                json!({"logGroupName": group, "logStreamName": "s", "logEvents": [
                    {"timestamp": timestamp, "message": message},
                ]}),
            )
            .await
            .unwrap();
        }
        call(
            &svc,
            "PutRetentionPolicy",
            json!({"logGroupName": group, "retentionInDays": 1}),
        )
        .await
        .unwrap();
    }
    let broken_key = keel_logs::groups::load_group_in(&svc, "us-east-1", "a-broken")
        .await
        .unwrap()
        .events_key("us-east-1");
    // The first group's record becomes unreadable (listed first: the pass meets it first).
    store
        .txn(Txn::new().and_then(vec![Op::put(
            "/logs/us-east-1/groups/a-broken".to_string(),
            b"{not json".to_vec(),
        )]))
        .await
        .unwrap();
    let report = svc.enforce_retention().await;
    assert_eq!(report.failures, 1, "{report:?}");
    assert_eq!(report.groups_expired, 1, "{report:?}");
    assert_eq!(report.orphans_deleted, 0, "{report:?}");
    assert_eq!(
        stored_messages(&svc, "b-kept").await,
        ["fresh"],
        "the readable group is expired all the same"
    );
    // The unreadable record's events are not taken for an orphan's.
    assert!(svc.event_store().groups().contains(&broken_key));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_retention_task_keeps_running_through_failing_passes() {
    use keel_store::{Op, Store, Txn};
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(MemoryStore::new());
    let events = Arc::new(LogStore::open(dir.path(), LogStoreOptions::default()).unwrap());
    let svc = LogsService::new(store.clone(), events);
    let t = now();
    let day = 86_400_000i64;
    call(&svc, "CreateLogGroup", json!({"logGroupName": "kept"}))
        .await
        .unwrap();
    call(
        &svc,
        "PutRetentionPolicy",
        json!({"logGroupName": "kept", "retentionInDays": 1}),
    )
    .await
    .unwrap();
    // Every pass fails on this record.
    store
        .txn(Txn::new().and_then(vec![Op::put(
            "/logs/us-east-1/groups/broken".to_string(),
            b"[]".to_vec(),
        )]))
        .await
        .unwrap();
    let key = keel_logs::groups::load_group_in(&svc, "us-east-1", "kept")
        .await
        .unwrap()
        .events_key("us-east-1");
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let task = tokio::spawn(keel_logs::retention::run(
        svc.clone(),
        std::time::Duration::from_millis(20),
        stop_rx,
    ));
    // Each old event (stored behind the API's back) goes at a later pass.
    for round in 0..3 {
        svc.event_store()
            .append(
                &key,
                "s",
                Some(0),
                t,
                vec![keel_logstore::NewEvent {
                    timestamp: t - 2 * day,
                    message: format!("old {round}"),
                }],
            )
            .await
            .unwrap();
        let mut gone = false;
        for _ in 0..3000 {
            if stored_messages(&svc, "kept").await.is_empty() {
                gone = true;
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        assert!(gone, "round {round}: no pass expired the event");
    }
    stop_tx.send(true).unwrap();
    task.await.unwrap();
}

/// A retention pass checkpoints (sealing every buffer into a block, small or not) only when
/// the WAL still holds a copy of events it expired; a block that straddles the retention
/// boundary, already sealed, does not make every pass seal the buffers again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retention_passes_do_not_seal_buffers_when_the_wal_holds_nothing_expired() {
    let f = fixture();
    let t = now();
    let hour = 3_600_000i64;
    call(&f.svc, "CreateLogGroup", json!({"logGroupName": "q"}))
        .await
        .unwrap();
    call(
        &f.svc,
        "CreateLogStream",
        json!({"logGroupName": "q", "logStreamName": "s"}),
    )
    .await
    .unwrap();
    call(
        &f.svc,
        "PutLogEvents",
        json!({"logGroupName": "q", "logStreamName": "s", "logEvents": [
            {"timestamp": t - 25 * hour, "message": "past a day"},
            {"timestamp": t - 23 * hour, "message": "within a day"},
        ]}),
    )
    .await
    .unwrap();
    // Both in one block, which will straddle the one-day boundary.
    f.svc.event_store().checkpoint().await.unwrap();
    call(
        &f.svc,
        "PutRetentionPolicy",
        json!({"logGroupName": "q", "retentionInDays": 1}),
    )
    .await
    .unwrap();
    let store = f.svc.event_store();
    for pass in 0..3 {
        call(
            &f.svc,
            "PutLogEvents",
            json!({"logGroupName": "q", "logStreamName": "s", "logEvents": [
                {"timestamp": now(), "message": format!("fresh {pass}")},
            ]}),
        )
        .await
        .unwrap();
        let report = f.svc.enforce_retention().await;
        assert_eq!(report.failures, 0, "{report:?}");
        assert!(
            store.buffered_bytes() > 0,
            "pass {pass} sealed the buffers although the WAL held nothing expired"
        );
    }
    assert_eq!(
        stored_messages(&f.svc, "q").await,
        ["within a day", "fresh 0", "fresh 1", "fresh 2"]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stream_statistics_follow_what_retention_leaves() {
    let f = fixture();
    let t = now();
    let hour = 3_600_000i64;
    call(&f.svc, "CreateLogGroup", json!({"logGroupName": "st"}))
        .await
        .unwrap();
    let put = |stream: &'static str, events: Vec<(i64, &'static str)>| {
        let svc = f.svc.clone();
        async move {
            let _ = call(
                &svc,
                "CreateLogStream",
                json!({"logGroupName": "st", "logStreamName": stream}),
            )
            .await;
            let events: Vec<Value> = events
                .into_iter()
                .map(|(timestamp, message)| json!({"timestamp": timestamp, "message": message}))
                .collect();
            call(
                &svc,
                "PutLogEvents",
                json!({"logGroupName": "st", "logStreamName": stream, "logEvents": events}),
            )
            .await
            .unwrap();
        }
    };
    // "sealed": one block that will straddle the one-day boundary.
    put(
        "sealed",
        vec![(t - 25 * hour, "old"), (t - 23 * hour, "kept")],
    )
    .await;
    f.svc.event_store().checkpoint().await.unwrap();
    // "buffered": still in its buffer when the pass comes.
    put("buffered", vec![(t - 30 * hour, "old")]).await;
    put("buffered", vec![(t - hour, "kept")]).await;
    // "gone": nothing of it is retained.
    put("gone", vec![(t - 26 * hour, "old")]).await;
    call(
        &f.svc,
        "PutRetentionPolicy",
        json!({"logGroupName": "st", "retentionInDays": 1}),
    )
    .await
    .unwrap();
    let store = f.svc.event_store();
    let key = keel_logs::groups::load_group_in(&f.svc, "us-east-1", "st")
        .await
        .unwrap()
        .events_key("us-east-1");
    assert!(store.stream(&key, "gone").unwrap().stored_bytes > 0);
    let report = f.svc.enforce_retention().await;
    assert_eq!(report.failures, 0, "{report:?}");
    let streams = call(&f.svc, "DescribeLogStreams", json!({"logGroupName": "st"}))
        .await
        .unwrap();
    let stream = |name: &str| {
        streams["logStreams"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["logStreamName"] == json!(name))
            .unwrap()
            .clone()
    };
    assert_eq!(
        stream("sealed")["firstEventTimestamp"],
        json!(t - 23 * hour)
    );
    assert_eq!(stream("sealed")["lastEventTimestamp"], json!(t - 23 * hour));
    assert_eq!(stream("buffered")["firstEventTimestamp"], json!(t - hour));
    assert!(
        stream("gone").get("firstEventTimestamp").is_none(),
        "{streams}"
    );
    assert_eq!(stream("gone")["lastEventTimestamp"], json!(t - 26 * hour));
    // The group's size is the sum of what each stream still holds; expired events no longer
    // count. (Streams report 0 through the API, as CloudWatch's have since 2019.)
    let stored = call(
        &f.svc,
        "DescribeLogGroups",
        json!({"logGroupNamePrefix": "st"}),
    )
    .await
    .unwrap()["logGroups"][0]["storedBytes"]
        .as_i64()
        .unwrap();
    assert_eq!(stream("sealed")["storedBytes"], json!(0));
    let per_stream: u64 = ["sealed", "buffered", "gone"]
        .iter()
        .map(|s| store.stream(&key, s).unwrap().stored_bytes)
        .sum();
    assert_eq!(stored as u64, per_stream);
    assert_eq!(store.stream(&key, "gone").unwrap().stored_bytes, 0);
    // Kept by the checkpoint that persists the statistics.
    store.checkpoint().await.unwrap();
    let again = store.stream(&key, "sealed").unwrap();
    assert_eq!(again.stats.first_event_timestamp, Some(t - 23 * hour));
}
