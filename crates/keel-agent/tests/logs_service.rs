//! The in-process sink into the log service's event store: what the agent ships is readable
//! with GetLogEvents, the group is created only when asked, refusals come back as errors.

use std::sync::Arc;

use keel_agent::sink::LogsServiceSink;
use keel_agent::{LogEvent, LogSink, LogTarget};
use keel_api::{JsonService, RequestContext};
use keel_logs::LogsService;
use keel_logstore::{LogStore, LogStoreOptions};
use keel_store::MemoryStore;
use keel_types::Scope;
use serde_json::{Value, json};

fn ctx() -> RequestContext {
    RequestContext::new("test", Scope::new("000000000000", "us-east-1"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shipped_events_are_readable_with_get_log_events() {
    let dir = tempfile::tempdir().unwrap();
    let events = Arc::new(LogStore::open(dir.path(), LogStoreOptions::default()).unwrap());
    let svc = LogsService::new(Arc::new(MemoryStore::new()), events);
    let sink = LogsServiceSink::new(svc.clone());
    let now = keel_types::time::now_millis();
    let target = LogTarget {
        region: "us-east-1".into(),
        group: "/ecs/shop".into(),
        stream: "svc/web/abc".into(),
        create_group: false,
    };
    let batch = vec![
        LogEvent {
            timestamp: now,
            message: "one".into(),
        },
        LogEvent {
            timestamp: now + 1,
            message: "two".into(),
        },
    ];
    // Without awslogs-create-group a missing group is an error (the agent retries).
    let refused = sink.put(&target, &batch).await.unwrap_err();
    assert!(refused.to_string().contains("does not exist"), "{refused}");

    let target = LogTarget {
        create_group: true,
        ..target
    };
    sink.put(&target, &batch).await.unwrap();
    let out = svc
        .call(
            &ctx(),
            "GetLogEvents",
            json!({"logGroupName": "/ecs/shop", "logStreamName": "svc/web/abc", "startFromHead": true}),
        )
        .await
        .map_err(|e| e.message.clone())
        .unwrap();
    let out: Value = serde_json::from_slice(&out).unwrap();
    let messages: Vec<&str> = out["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["message"].as_str().unwrap())
        .collect();
    assert_eq!(messages, ["one", "two"]);
}
