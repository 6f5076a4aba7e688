//! StartLiveTail through the service as the edge calls it: the event sequence, filtering,
//! sampling and the session limit.

use std::sync::Arc;

use futures::StreamExt as _;
use keel_api::eventstream::StreamItem;
use keel_api::{RequestContext, handle_json, handle_stream};
use keel_logs::LogsService;
use keel_types::Scope;
use serde_json::{Value, json};

mod support;
use support::Fixture;

fn ctx() -> RequestContext {
    RequestContext::new("req-1", Scope::new("000000000000", "us-east-1"))
}

async fn setup() -> (Arc<LogsService>, Fixture) {
    let f = support::fixture();
    let svc = f.svc.clone();
    let body = serde_json::to_vec(&json!({"logGroupName": "app"})).unwrap();
    handle_json(svc.as_ref(), true, &ctx(), "CreateLogGroup", &body)
        .await
        .unwrap();
    (svc, f)
}

fn event(item: StreamItem) -> (String, Value) {
    match item {
        StreamItem::Event {
            event_type,
            payload,
        } => (event_type, serde_json::from_slice(&payload).unwrap()),
        StreamItem::Exception { exception_type, .. } => panic!("exception {exception_type}"),
    }
}

async fn open(
    svc: &LogsService,
    body: Value,
) -> Result<keel_api::eventstream::EventStream, keel_api::ApiError> {
    let bytes = serde_json::to_vec(&body).unwrap();
    handle_stream(svc, &ctx(), "StartLiveTail", &bytes).await
}

#[tokio::test]
async fn a_session_starts_then_streams_matching_new_events() {
    let (svc, events) = setup().await;
    events
        .add("app", "web/1", 1, "ERROR before the session")
        .await;
    let mut stream = open(
        &svc,
        json!({
            "logGroupIdentifiers": ["arn:aws:logs:us-east-1:000000000000:log-group:app"],
            "logStreamNamePrefixes": ["web/"],
            "logEventFilterPattern": "ERROR",
        }),
    )
    .await
    .unwrap();
    let (kind, initial) = event(stream.next().await.unwrap());
    assert_eq!((kind.as_str(), initial), ("initial-response", json!({})));
    let (kind, start) = event(stream.next().await.unwrap());
    assert_eq!(kind, "sessionStart");
    assert_eq!(start["requestId"], "req-1");
    assert_eq!(start["logEventFilterPattern"], "ERROR");
    assert_eq!(start["logStreamNamePrefixes"], json!(["web/"]));
    assert!(start["sessionId"].as_str().is_some_and(|s| !s.is_empty()));

    events.add("app", "web/1", 10, "ERROR one").await;
    events.add("app", "web/2", 11, "INFO two").await;
    events.add("app", "db/1", 12, "ERROR three").await;
    events.add("app", "web/3", 13, "ERROR four").await;
    let (kind, update) = event(stream.next().await.unwrap());
    assert_eq!(kind, "sessionUpdate");
    assert_eq!(update["sessionMetadata"]["sampled"], false);
    let results = update["sessionResults"].as_array().unwrap();
    let messages: Vec<&str> = results
        .iter()
        .map(|e| e["message"].as_str().unwrap())
        .collect();
    assert_eq!(messages, vec!["ERROR one", "ERROR four"]);
    assert_eq!(results[0]["logStreamName"], "web/1");
    assert_eq!(
        results[0]["logGroupIdentifier"],
        "arn:aws:logs:us-east-1:000000000000:log-group:app"
    );
    assert_eq!(results[0]["timestamp"], 10);
    // A second without events still answers, empty.
    let (_, update) = event(stream.next().await.unwrap());
    assert_eq!(update["sessionResults"], json!([]));
}

#[tokio::test]
async fn more_than_500_events_a_second_are_sampled() {
    let (svc, events) = setup().await;
    let mut stream = open(&svc, json!({"logGroupIdentifiers": ["app"]}))
        .await
        .unwrap();
    stream.next().await.unwrap();
    stream.next().await.unwrap();
    let batch: Vec<(i64, String)> = (0..1200).map(|i| (i, format!("m{i}"))).collect();
    events.add_all("app", "s", &batch).await;
    let (_, update) = event(stream.next().await.unwrap());
    assert_eq!(update["sessionMetadata"]["sampled"], true);
    let results = update["sessionResults"].as_array().unwrap();
    assert_eq!(results.len(), 500);
    assert_eq!(results[0]["message"], "m0");
    assert_eq!(results[499]["message"], "m1197");
}

#[tokio::test]
async fn bad_requests_and_the_session_limit() {
    let (svc, _) = setup().await;
    for (body, code) in [
        (
            json!({"logGroupIdentifiers": ["nope"]}),
            "ResourceNotFoundException",
        ),
        (
            json!({"logGroupIdentifiers": ["app"], "logStreamNames": ["a"], "logStreamNamePrefixes": ["b"]}),
            "InvalidParameterException",
        ),
        (
            json!({"logGroupIdentifiers": ["app", "app"], "logStreamNames": ["a"]}),
            "InvalidParameterException",
        ),
        (
            json!({"logGroupIdentifiers": ["app"], "logEventFilterPattern": "{ $.x"}),
            "InvalidParameterException",
        ),
        (
            json!({"logGroupIdentifiers": []}),
            "InvalidParameterException",
        ),
    ] {
        let err = open(&svc, body.clone()).await.err().unwrap();
        assert_eq!(err.code, code, "{body}: {}", err.message);
    }
    let mut sessions = Vec::new();
    for _ in 0..15 {
        sessions.push(
            open(&svc, json!({"logGroupIdentifiers": ["app"]}))
                .await
                .unwrap(),
        );
    }
    let err = open(&svc, json!({"logGroupIdentifiers": ["app"]}))
        .await
        .err()
        .unwrap();
    assert_eq!(err.code, "LimitExceededException");
    // Closing a session frees its slot.
    sessions.pop();
    assert!(
        open(&svc, json!({"logGroupIdentifiers": ["app"]}))
            .await
            .is_ok()
    );
}
