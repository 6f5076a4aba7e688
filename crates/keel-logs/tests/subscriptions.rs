//! Subscription filter delivery over real stores in a temporary directory (the event store and
//! the SQLite control-plane store, so a service can be closed and opened again): what matches
//! is delivered, from PutLogEvents and from the agent's ingest path; delivery survives a
//! restart with nothing lost; a destination that refuses is retried, then counted; loops are
//! refused.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use keel_logs::IngestBatch;
use keel_logs::delivery::{self, DeliveryOptions, DeliveryState};
use keel_logs::rules::InputEvent;
use serde_json::{Value, json};

mod support;
use support::{ACCOUNT, REGION};

/// A service over stores in a directory, which outlives it.
type Server = support::Durable;

fn group_arn(name: &str) -> String {
    format!("arn:aws:logs:{REGION}:{ACCOUNT}:log-group:{name}")
}

impl Server {
    /// PutLogEvents of `messages` into `group`/`stream` (created if missing), at `ts`, `ts+1`, ...
    async fn put(&self, group: &str, stream: &str, ts: i64, messages: &[String]) {
        let _ = self
            .call(
                "CreateLogStream",
                json!({"logGroupName": group, "logStreamName": stream}),
            )
            .await;
        let events: Vec<Value> = messages
            .iter()
            .enumerate()
            .map(|(i, m)| json!({"timestamp": ts + i as i64, "message": m}))
            .collect();
        self.ok(
            "PutLogEvents",
            json!({"logGroupName": group, "logStreamName": stream, "logEvents": events}),
        )
        .await;
    }

    /// Every event of a group: stream name → (timestamp, message), in order.
    async fn read(&self, group: &str) -> BTreeMap<String, Vec<(i64, String)>> {
        let mut out: BTreeMap<String, Vec<(i64, String)>> = BTreeMap::new();
        let mut token: Option<String> = None;
        loop {
            let mut req = json!({"logGroupName": group, "startFromHead": true});
            if let Some(t) = &token {
                req["nextToken"] = json!(t);
            }
            let page = self.ok("FilterLogEvents", req).await;
            for e in page["events"].as_array().unwrap() {
                out.entry(e["logStreamName"].as_str().unwrap().to_string())
                    .or_default()
                    .push((
                        e["timestamp"].as_i64().unwrap(),
                        e["message"].as_str().unwrap().to_string(),
                    ));
            }
            match page["nextToken"].as_str() {
                Some(t) => token = Some(t.to_string()),
                None => return out,
            }
        }
    }

    async fn deliveries(&self) -> Vec<DeliveryState> {
        self.svc.subscription_deliveries().await.unwrap()
    }

    /// Passes until one has nothing more to do.
    async fn drain(&self, options: &DeliveryOptions) -> delivery::DeliveryReport {
        let mut total = delivery::DeliveryReport::default();
        for _ in 0..1000 {
            let r = self.svc.deliver_subscriptions(options).await;
            total.delivered += r.delivered;
            total.undeliverable += r.undeliverable;
            total.failures += r.failures;
            if !r.more {
                return total;
            }
        }
        panic!("delivery never caught up");
    }
}

fn now() -> i64 {
    keel_types::time::now_millis()
}

fn messages(prefix: &str, n: usize) -> Vec<String> {
    (0..n).map(|i| format!("{prefix} {i:04}")).collect()
}

fn tempdir() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_path_buf();
    (dir, path)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn matching_events_from_both_ingest_paths_are_delivered_per_source_stream() {
    let (_dir, path) = tempdir();
    let s = Server::open(&path, None);
    for g in ["/src", "/dst", "/all"] {
        s.ok("CreateLogGroup", json!({"logGroupName": g})).await;
    }
    let t = now() - 60_000;
    // Stored before the filter: not delivered, as in CloudWatch.
    s.put("/src", "app", t - 10, &["ERROR before".to_string()])
        .await;
    s.ok(
        "PutSubscriptionFilter",
        json!({"logGroupName": "/src", "filterName": "errors", "filterPattern": "ERROR",
               "destinationArn": group_arn("/dst")}),
    )
    .await;
    let destination = s
        .ok(
            "PutDestination",
            json!({"destinationName": "everything", "targetArn": group_arn("/all"),
                   "roleArn": "arn:aws:iam::000000000000:role/r"}),
        )
        .await;
    s.ok(
        "PutSubscriptionFilter",
        json!({"logGroupName": "/src", "filterName": "all", "filterPattern": "",
               "destinationArn": destination["destination"]["arn"]}),
    )
    .await;
    s.put(
        "/src",
        "app",
        t,
        &[
            "INFO start".to_string(),
            "ERROR disk full".to_string(),
            "INFO retry".to_string(),
            "ERROR gave up".to_string(),
        ],
    )
    .await;
    // The agent's ingest path, into another stream.
    s.svc
        .ingest(IngestBatch {
            region: REGION.into(),
            log_group: "/src".into(),
            log_stream: "agent/c/1".into(),
            events: vec![
                InputEvent {
                    timestamp: t + 100,
                    message: "ERROR from the agent".into(),
                },
                InputEvent {
                    timestamp: t + 101,
                    message: "ok from the agent".into(),
                },
            ],
            create_group: false,
        })
        .await
        .unwrap();
    let report = s.drain(&DeliveryOptions::default()).await;
    assert_eq!(report.delivered, 3 + 6);
    assert_eq!(report.failures, 0);
    let dst = s.read("/dst").await;
    assert_eq!(
        dst,
        BTreeMap::from([
            (
                "/src/agent/c/1".to_string(),
                vec![(t + 100, "ERROR from the agent".to_string())]
            ),
            (
                "/src/app".to_string(),
                vec![
                    (t + 1, "ERROR disk full".to_string()),
                    (t + 3, "ERROR gave up".to_string())
                ]
            ),
        ])
    );
    let all = s.read("/all").await;
    assert_eq!(all["/src/app"].len(), 4);
    assert_eq!(all["/src/agent/c/1"].len(), 2);
    // Caught up: another pass delivers nothing.
    assert_eq!(s.drain(&DeliveryOptions::default()).await.delivered, 0);
    let states = s.deliveries().await;
    assert_eq!(states.len(), 2);
    assert!(
        states
            .iter()
            .all(|d| d.undeliverable_events == 0 && d.last_error.is_none())
    );
    // Deleting a filter deletes its cursor; deleting the group deletes the rest.
    s.ok(
        "DeleteSubscriptionFilter",
        json!({"logGroupName": "/src", "filterName": "errors"}),
    )
    .await;
    assert_eq!(s.deliveries().await.len(), 1);
    s.ok("DeleteLogGroup", json!({"logGroupName": "/src"}))
        .await;
    assert!(s.deliveries().await.is_empty());
    s.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn delivery_resumes_after_a_restart_with_nothing_lost() {
    let (_dir, path) = tempdir();
    let options = DeliveryOptions {
        chunk_events: 7,
        chunks_per_pass: 2,
        ..Default::default()
    };
    let t = now() - 60_000;
    let s = Server::open(&path, None);
    s.ok("CreateLogGroup", json!({"logGroupName": "/src"}))
        .await;
    s.ok("CreateLogGroup", json!({"logGroupName": "/dst"}))
        .await;
    s.ok(
        "PutSubscriptionFilter",
        json!({"logGroupName": "/src", "filterName": "f", "filterPattern": "keep",
               "destinationArn": group_arn("/dst")}),
    )
    .await;
    let mut expected = Vec::new();
    for batch in 0..5 {
        let keep = messages(&format!("keep b{batch}"), 10);
        let drop = messages(&format!("skip b{batch}"), 10);
        let mixed: Vec<String> = keep
            .iter()
            .zip(&drop)
            .flat_map(|(k, d)| [k.clone(), d.clone()])
            .collect();
        s.put("/src", "s", t + batch * 100, &mixed).await;
        expected.extend(keep);
    }
    // One pass: two chunks of 7 delivered, the rest still to do.
    let first = s.svc.deliver_subscriptions(&options).await;
    assert_eq!(first.delivered, 14);
    assert!(first.more);
    // Then the process dies between a chunk's destination write and its cursor write: the
    // cursor is the one before that chunk.
    let cursor_key = format!("/logs-delivery/{REGION}//src\u{1}f");
    let saved = s.store.get(&cursor_key).await.unwrap().unwrap();
    let one_chunk = DeliveryOptions {
        chunks_per_pass: 1,
        ..options.clone()
    };
    let second = s.svc.deliver_subscriptions(&one_chunk).await;
    assert_eq!(second.delivered, 7);
    s.store.put(&cursor_key, saved.value.clone()).await.unwrap();
    s.close().await;

    // Open again, mid-stream: more events arrive, and the worker goes on.
    let s = Server::open(&path, None);
    let more = messages("keep after", 6);
    s.put("/src", "s", t + 1000, &more).await;
    expected.extend(more);
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let worker = tokio::spawn(delivery::run(
        s.svc.clone(),
        ACCOUNT.to_string(),
        DeliveryOptions {
            poll_interval: Duration::from_millis(20),
            ..options.clone()
        },
        stop_rx,
    ));
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    let delivered = loop {
        let got: Vec<String> = s
            .read("/dst")
            .await
            .remove("/src/s")
            .unwrap_or_default()
            .into_iter()
            .map(|(_, m)| m)
            .collect();
        let mut unique = got.clone();
        unique.sort();
        unique.dedup();
        if unique.len() == expected.len() {
            break got;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "delivered {} of {}",
            unique.len(),
            expected.len()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    stop_tx.send(true).unwrap();
    worker.await.unwrap();
    // Everything once, and the chunk whose cursor write was lost twice: no more.
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for m in &delivered {
        *counts.entry(m.as_str()).or_default() += 1;
    }
    let mut wanted = expected.clone();
    wanted.sort();
    assert_eq!(counts.keys().copied().collect::<Vec<_>>(), wanted);
    let twice: Vec<&str> = counts
        .iter()
        .filter(|(_, n)| **n > 1)
        .map(|(m, _)| *m)
        .collect();
    assert_eq!(twice.len(), 7, "{twice:?}");
    assert!(counts.values().all(|n| *n <= 2));
    let state = &s.deliveries().await[0];
    // The counter is kept with the cursor: the write it lost counted the chunk too.
    assert_eq!(state.delivered_events, 56);
    assert!(state.in_progress.is_none());
    s.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refusing_destination_is_retried_then_counted_undeliverable() {
    let (_dir, path) = tempdir();
    let s = Server::open(&path, None);
    let t = now() - 60_000;
    for g in ["/src", "/dst"] {
        s.ok("CreateLogGroup", json!({"logGroupName": g})).await;
    }
    s.ok(
        "PutSubscriptionFilter",
        json!({"logGroupName": "/src", "filterName": "f", "filterPattern": "",
               "destinationArn": group_arn("/dst")}),
    )
    .await;
    s.ok("DeleteLogGroup", json!({"logGroupName": "/dst"}))
        .await;
    s.put("/src", "s", t, &messages("lost for now", 3)).await;
    let retrying = DeliveryOptions {
        retry_min: Duration::from_millis(200),
        ..Default::default()
    };
    let report = s.svc.deliver_subscriptions(&retrying).await;
    assert_eq!((report.delivered, report.failures), (0, 1));
    let state = &s.deliveries().await[0];
    assert_eq!(state.attempts, 1);
    assert_eq!(state.undeliverable_events, 0);
    assert!(state.retry_at.is_some() && state.failing_since.is_some());
    assert!(
        state.last_error.as_deref().unwrap().contains("/dst"),
        "{state:?}"
    );
    // Within the backoff nothing is tried.
    let report = s.svc.deliver_subscriptions(&retrying).await;
    assert_eq!(report.failures, 0);
    // The destination comes back: everything is delivered, nothing was lost.
    s.ok("CreateLogGroup", json!({"logGroupName": "/dst"}))
        .await;
    tokio::time::sleep(Duration::from_millis(250)).await;
    let report = s.drain(&retrying).await;
    assert_eq!((report.delivered, report.failures), (3, 0));
    assert_eq!(s.read("/dst").await["/src/s"].len(), 3);
    let state = &s.deliveries().await[0];
    assert_eq!(
        (
            state.attempts,
            state.failing_since,
            state.last_error.clone()
        ),
        (0, None, None)
    );

    // Failing past `give_up_after`: what fails is counted and passed over; the filter goes on
    // and delivers again once it can.
    s.ok("DeleteLogGroup", json!({"logGroupName": "/dst"}))
        .await;
    s.put("/src", "s", t + 10, &messages("never delivered", 4))
        .await;
    let giving_up = DeliveryOptions {
        give_up_after: Duration::ZERO,
        ..Default::default()
    };
    let report = s.drain(&giving_up).await;
    assert_eq!((report.delivered, report.undeliverable), (0, 4));
    let state = &s.deliveries().await[0];
    assert_eq!(state.undeliverable_events, 4);
    assert!(state.in_progress.is_none());
    s.ok("CreateLogGroup", json!({"logGroupName": "/dst"}))
        .await;
    s.put("/src", "s", t + 20, &messages("delivered again", 2))
        .await;
    let report = s.drain(&giving_up).await;
    assert_eq!((report.delivered, report.undeliverable), (2, 0));
    let got: Vec<String> = s.read("/dst").await["/src/s"]
        .iter()
        .map(|(_, m)| m.clone())
        .collect();
    assert_eq!(got, messages("delivered again", 2));
    let state = &s.deliveries().await[0];
    assert_eq!(
        (
            state.undeliverable_events,
            state.delivered_events,
            state.attempts
        ),
        (4, 5, 0)
    );
    s.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn delivery_loops_are_refused() {
    let (_dir, path) = tempdir();
    let s = Server::open(&path, None);
    for g in ["/a", "/b", "/c", "/d"] {
        s.ok("CreateLogGroup", json!({"logGroupName": g})).await;
    }
    let filter = |group: &str, name: &str, arn: String| json!({"logGroupName": group, "filterName": name, "filterPattern": "", "destinationArn": arn});
    let (code, message) = s
        .call(
            "PutSubscriptionFilter",
            filter("/a", "self", group_arn("/a")),
        )
        .await
        .unwrap_err();
    assert_eq!(code, "InvalidParameterException");
    assert!(message.contains("itself"), "{message}");
    s.ok("PutSubscriptionFilter", filter("/a", "ab", group_arn("/b")))
        .await;
    s.ok("PutSubscriptionFilter", filter("/b", "bc", group_arn("/c")))
        .await;
    let (code, message) = s
        .call("PutSubscriptionFilter", filter("/c", "ca", group_arn("/a")))
        .await
        .unwrap_err();
    assert_eq!(code, "InvalidParameterException");
    assert!(message.contains("/c -> /a -> /b -> /c"), "{message}");
    // Through a destination too, and by changing a destination's target.
    let dest = s
        .ok(
            "PutDestination",
            json!({"destinationName": "to-d", "targetArn": group_arn("/d"), "roleArn": "arn:aws:iam::000000000000:role/r"}),
        )
        .await["destination"]["arn"]
        .as_str()
        .unwrap()
        .to_string();
    s.ok("PutSubscriptionFilter", filter("/c", "cd", dest.clone()))
        .await;
    for target in ["/a", "/c"] {
        let (code, message) = s
            .call(
                "PutDestination",
                json!({"destinationName": "to-d", "targetArn": group_arn(target), "roleArn": "arn:aws:iam::000000000000:role/r"}),
            )
            .await
            .unwrap_err();
        assert_eq!(code, "InvalidParameterException", "{target}");
        assert!(message.contains("loop"), "{message}");
    }
    // Nothing changed: the destination still targets /d.
    let found = s
        .ok(
            "DescribeDestinations",
            json!({"DestinationNamePrefix": "to-d"}),
        )
        .await;
    assert_eq!(
        found["destinations"][0]["targetArn"],
        json!(group_arn("/d"))
    );
    // Replacing a filter is checked against the graph without its old edge.
    s.ok("PutSubscriptionFilter", filter("/b", "bc", group_arn("/d")))
        .await;
    s.ok("PutSubscriptionFilter", filter("/c", "ca", group_arn("/a")))
        .await;
    s.close().await;
}

/// Small chunks and a tiny read budget over interleaved streams, some events sealed into
/// blocks and some still buffered: every matching event is delivered exactly once, and
/// passes end.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn small_chunks_over_many_streams_deliver_each_match_once() {
    let (_dir, path) = tempdir();
    let s = Server::open(&path, None);
    for g in ["/src", "/dst"] {
        s.ok("CreateLogGroup", json!({"logGroupName": g})).await;
    }
    s.ok(
        "PutSubscriptionFilter",
        json!({"logGroupName": "/src", "filterName": "f", "filterPattern": "\"match\"",
               "destinationArn": group_arn("/dst")}),
    )
    .await;
    let t = now() - 60_000;
    let mut expected: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for round in 0..3 {
        for stream in 0..5 {
            let msgs: Vec<String> = (0..12)
                .map(|i| {
                    let kind = if (i + stream) % 4 == 0 {
                        "match"
                    } else {
                        "other"
                    };
                    format!("{kind} r{round} s{stream} e{i:02}")
                })
                .collect();
            // Streams interleave in time.
            s.put(
                "/src",
                &format!("s{stream}"),
                t + round * 50 + stream,
                &msgs,
            )
            .await;
            expected
                .entry(format!("/src/s{stream}"))
                .or_default()
                .extend(msgs.into_iter().filter(|m| m.starts_with("match")));
        }
        if round == 1 {
            s.events.checkpoint().await.unwrap();
        }
    }
    let options = DeliveryOptions {
        chunk_events: 2,
        chunks_per_pass: 3,
        scan_budget: 1,
        ..Default::default()
    };
    let report = s.drain(&options).await;
    let total: usize = expected.values().map(Vec::len).sum();
    assert_eq!(report.delivered as usize, total);
    let got: BTreeMap<String, Vec<String>> = s
        .read("/dst")
        .await
        .into_iter()
        .map(|(stream, events)| {
            let mut m: Vec<String> = events.into_iter().map(|(_, m)| m).collect();
            m.sort();
            (stream, m)
        })
        .collect();
    let expected: BTreeMap<String, Vec<String>> = expected
        .into_iter()
        .map(|(k, mut v)| {
            v.sort();
            (k, v)
        })
        .collect();
    assert_eq!(got, expected);
    s.close().await;
}

/// Events elsewhere in the store (or not matching) give a filter nothing to deliver: its
/// cursor is not written for them on every pass, and what comes next is still delivered once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn passes_with_nothing_to_deliver_do_not_write_the_cursor() {
    let (_dir, path) = tempdir();
    let s = Server::open(&path, None);
    for g in ["/src", "/dst", "/busy"] {
        s.ok("CreateLogGroup", json!({"logGroupName": g})).await;
    }
    s.ok(
        "PutSubscriptionFilter",
        json!({"logGroupName": "/src", "filterName": "f", "filterPattern": "ERROR",
               "destinationArn": group_arn("/dst")}),
    )
    .await;
    let cursor_key = format!("/logs-delivery/{REGION}//src\u{1}f");
    let revision = s
        .store
        .get(&cursor_key)
        .await
        .unwrap()
        .unwrap()
        .mod_revision;
    let t = now() - 60_000;
    for i in 0..5 {
        s.put("/busy", "s", t + i * 10, &messages("noise", 3)).await;
        s.put("/src", "s", t + i * 10, &messages("INFO fine", 2))
            .await;
        let report = s.drain(&DeliveryOptions::default()).await;
        assert_eq!((report.delivered, report.failures), (0, 0));
    }
    let after = s
        .store
        .get(&cursor_key)
        .await
        .unwrap()
        .unwrap()
        .mod_revision;
    assert_eq!(
        after, revision,
        "the cursor was written with nothing to deliver"
    );
    s.put("/src", "s", t + 100, &["ERROR at last".to_string()])
        .await;
    assert_eq!(s.drain(&DeliveryOptions::default()).await.delivered, 1);
    let state = &s.deliveries().await[0];
    assert_eq!(state.delivered_events, 1);
    // Up to the delivery's own appends to /dst, which it passes over in memory.
    assert!(state.delivered_through < s.events.last_seq());
    assert_eq!(s.read("/dst").await["/src/s"].len(), 1);
    s.close().await;
}

/// A filter stored before delivery existed has no cursor: the worker gives it one at start,
/// and it delivers what is stored from then on.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn filters_without_a_cursor_get_one_and_deliver_from_then_on() {
    let (_dir, path) = tempdir();
    let s = Server::open(&path, None);
    for g in ["/src", "/dst"] {
        s.ok("CreateLogGroup", json!({"logGroupName": g})).await;
    }
    let t = now() - 60_000;
    s.put("/src", "s", t, &["before".to_string()]).await;
    let record = json!({"filterName": "old", "logGroupName": "/src", "filterPattern": "",
                        "destinationArn": group_arn("/dst"), "distribution": "ByLogStream",
                        "creationTime": t});
    s.store
        .put(
            &format!("/logs/{REGION}/subscription-filters//src\u{1}old"),
            serde_json::to_vec(&record).unwrap(),
        )
        .await
        .unwrap();
    assert!(s.deliveries().await.is_empty());
    assert_eq!(s.svc.ensure_delivery_cursors(ACCOUNT).await.unwrap(), 1);
    assert_eq!(s.svc.ensure_delivery_cursors(ACCOUNT).await.unwrap(), 0);
    s.put("/src", "s", t + 1, &["after".to_string()]).await;
    s.drain(&DeliveryOptions::default()).await;
    let got: Vec<String> = s.read("/dst").await["/src/s"]
        .iter()
        .map(|(_, m)| m.clone())
        .collect();
    assert_eq!(got, ["after"]);
    s.close().await;
}
