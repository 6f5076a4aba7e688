//! Insights queries through the service, as the edge calls it (model validation of requests
//! and responses included), over a real event store in a temporary directory.

use std::sync::Arc;
use std::time::Duration;

use keel_api::{RequestContext, handle_json};
use keel_logs::LogsService;
use keel_types::Scope;
use serde_json::{Value, json};

mod support;
use support::Fixture;

const T0: i64 = 1_767_225_600_000; // 2026-01-01 00:00:00 UTC

fn ctx() -> RequestContext {
    RequestContext {
        principal_arn: Some("arn:aws:iam::000000000000:root".into()),
        ..RequestContext::new("test", Scope::new("000000000000", "us-east-1"))
    }
}

async fn call(svc: &LogsService, op: &str, body: Value) -> Result<Value, keel_api::ApiError> {
    let bytes = serde_json::to_vec(&body).unwrap();
    handle_json(svc, true, &ctx(), op, &bytes)
        .await
        .map(|b| serde_json::from_slice(&b).unwrap())
}

async fn setup() -> (Arc<LogsService>, Fixture) {
    let f = support::fixture();
    let svc = f.svc.clone();
    for group in ["app", "other"] {
        call(&svc, "CreateLogGroup", json!({"logGroupName": group}))
            .await
            .unwrap();
    }
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for i in 0..600i64 {
        let message = format!(
            r#"{{"latency":{},"level":"{}"}}"#,
            i % 100 + 1,
            if i % 6 == 0 { "ERROR" } else { "INFO" }
        );
        if i % 2 == 0 { &mut a } else { &mut b }.push((T0 + i * 1000, message));
    }
    f.add_all("app", "a", &a).await;
    f.add_all("app", "b", &b).await;
    f.add("other", "x", T0, r#"{"latency":5000}"#).await;
    (svc, f)
}

async fn wait_done(svc: &LogsService, id: &str) -> Value {
    for _ in 0..500 {
        let r = call(svc, "GetQueryResults", json!({"queryId": id}))
            .await
            .unwrap();
        if !matches!(r["status"].as_str(), Some("Scheduled" | "Running")) {
            return r;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("query {id} did not finish");
}

async fn start(svc: &LogsService, body: Value) -> String {
    call(svc, "StartQuery", body).await.unwrap()["queryId"]
        .as_str()
        .unwrap()
        .to_string()
}

fn field<'a>(row: &'a Value, name: &str) -> Option<&'a str> {
    row.as_array()?
        .iter()
        .find(|f| f["field"] == name)
        .and_then(|f| f["value"].as_str())
}

#[tokio::test]
async fn stats_have_known_answers_and_statistics() {
    let (svc, _) = setup().await;
    let id = start(
        &svc,
        json!({
            "logGroupName": "app",
            "startTime": T0 / 1000,
            "endTime": T0 / 1000 + 3600,
            "queryString": "stats count(*) as n, pct(latency, 90) as p90 by bin(5m)",
        }),
    )
    .await;
    let r = wait_done(&svc, &id).await;
    assert_eq!(r["status"], "Complete");
    let rows = r["results"].as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(field(&rows[0], "bin(5m)"), Some("2026-01-01 00:00:00.000"));
    assert_eq!(field(&rows[0], "n"), Some("300"));
    assert_eq!(field(&rows[0], "p90"), Some("90"));
    assert_eq!(field(&rows[1], "n"), Some("300"));
    assert_eq!(field(&rows[0], "@ptr"), None, "stats rows have no @ptr");
    assert_eq!(r["statistics"]["recordsScanned"], 600.0);
    assert_eq!(r["statistics"]["recordsMatched"], 600.0);
    assert!(r["statistics"]["bytesScanned"].as_f64().unwrap() > 600.0 * 20.0);
    assert!(r.get("encryptionKey").is_none());
}

#[tokio::test]
async fn time_range_groups_and_pointers() {
    let (svc, _) = setup().await;
    // Seconds 0..=59 only, two groups.
    let id = start(
        &svc,
        json!({
            "logGroupNames": ["app", "other"],
            "startTime": T0 / 1000,
            "endTime": T0 / 1000 + 59,
            "queryString": "filter level = 'ERROR' or latency > 1000 | fields @timestamp, latency, @log | limit 3",
        }),
    )
    .await;
    let r = wait_done(&svc, &id).await;
    let rows = r["results"].as_array().unwrap();
    assert_eq!(r["statistics"]["recordsScanned"], 61.0);
    assert_eq!(r["statistics"]["recordsMatched"], 11.0); // i = 0, 6, ..., 54 and the other group's one
    assert_eq!(rows.len(), 3);
    assert_eq!(
        field(&rows[0], "@timestamp"),
        Some("2026-01-01 00:00:54.000")
    );
    let ptr = field(&rows[0], "@ptr").unwrap().to_string();
    let record = call(&svc, "GetLogRecord", json!({"logRecordPointer": ptr}))
        .await
        .unwrap();
    assert_eq!(record["logRecord"]["@timestamp"], (T0 + 54_000).to_string());
    assert_eq!(record["logRecord"]["level"], "ERROR");
    assert_eq!(record["logRecord"]["@log"], "000000000000:app");
    assert_eq!(record["logRecord"]["@logStream"], "a");
    let err = call(&svc, "GetLogRecord", json!({"logRecordPointer": "nope"}))
        .await
        .unwrap_err();
    assert_eq!(err.code, "InvalidParameterException");
}

#[tokio::test]
async fn bad_queries_say_where() {
    let (svc, _) = setup().await;
    let err = call(
        &svc,
        "StartQuery",
        json!({"logGroupName": "app", "startTime": 0, "endTime": 10, "queryString": "fields a | sort"}),
    )
    .await
    .unwrap_err();
    assert_eq!(err.code, "MalformedQueryException");
    let body = err.body();
    assert_eq!(body["queryCompileError"]["location"]["startCharOffset"], 15);
    assert!(
        body["queryCompileError"]["message"]
            .as_str()
            .unwrap()
            .contains("value")
    );

    for (body, code) in [
        (
            json!({"startTime": 0, "endTime": 10, "queryString": "fields a"}),
            "InvalidParameterException",
        ),
        (
            json!({"logGroupName": "app", "logGroupNames": ["app"], "startTime": 0, "endTime": 10, "queryString": "fields a"}),
            "InvalidParameterException",
        ),
        (
            json!({"logGroupName": "app", "startTime": 10, "endTime": 0, "queryString": "fields a"}),
            "InvalidParameterException",
        ),
        (
            json!({"logGroupName": "nope", "startTime": 0, "endTime": 10, "queryString": "fields a"}),
            "ResourceNotFoundException",
        ),
        (
            json!({"logGroupNames": (0..51).map(|i| format!("g{i}")).collect::<Vec<_>>(), "startTime": 0, "endTime": 10, "queryString": "fields a"}),
            "InvalidParameterException",
        ),
        (
            json!({"logGroupName": "app", "startTime": 0, "endTime": 10, "queryString": "fields a", "queryLanguage": "SQL"}),
            "InvalidParameterException",
        ),
    ] {
        let err = call(&svc, "StartQuery", body.clone()).await.unwrap_err();
        assert_eq!(err.code, code, "{body}: {}", err.message);
    }
    let err = call(&svc, "GetQueryResults", json!({"queryId": "nope"}))
        .await
        .unwrap_err();
    assert_eq!(err.code, "ResourceNotFoundException");
}

#[tokio::test]
async fn describe_and_stop() {
    let (svc, _) = setup().await;
    let a = start(&svc, json!({"logGroupName": "app", "startTime": 0, "endTime": 2_000_000_000, "queryString": "stats count(*)"})).await;
    wait_done(&svc, &a).await;
    let b = start(&svc, json!({"logGroupName": "other", "startTime": 0, "endTime": 2_000_000_000, "queryString": "fields @message"})).await;
    wait_done(&svc, &b).await;
    let all = call(&svc, "DescribeQueries", json!({})).await.unwrap();
    let ids: Vec<&str> = all["queries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["queryId"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&a.as_str()) && ids.contains(&b.as_str()));
    let only = call(&svc, "DescribeQueries", json!({"logGroupName": "other"}))
        .await
        .unwrap();
    let q = &only["queries"].as_array().unwrap()[0];
    assert_eq!(
        (
            q["queryId"].as_str(),
            q["status"].as_str(),
            q["logGroupName"].as_str()
        ),
        (Some(b.as_str()), Some("Complete"), Some("other"))
    );
    assert_eq!(q["queryString"], "fields @message");
    assert_eq!(
        call(&svc, "DescribeQueries", json!({"status": "Running"}))
            .await
            .unwrap()["queries"],
        json!([])
    );
    let page = call(&svc, "DescribeQueries", json!({"maxResults": 1}))
        .await
        .unwrap();
    assert_eq!(page["queries"].as_array().unwrap().len(), 1);
    let next = call(
        &svc,
        "DescribeQueries",
        json!({"maxResults": 1, "nextToken": page["nextToken"]}),
    )
    .await
    .unwrap();
    assert_ne!(next["queries"][0]["queryId"], page["queries"][0]["queryId"]);
    assert!(next.get("nextToken").is_none());
    // A finished query cannot be stopped.
    let err = call(&svc, "StopQuery", json!({"queryId": a}))
        .await
        .unwrap_err();
    assert_eq!(err.code, "InvalidParameterException");
}

#[tokio::test]
async fn a_running_query_stops_and_keeps_its_partial_results() {
    // A large group keeps the query busy long enough to stop it.
    let (svc, events) = setup().await;
    let big: Vec<(i64, String)> = (0..200_000i64).map(|i| (T0 + i, "x".to_string())).collect();
    for chunk in big.chunks(10_000) {
        events.add_all("other", "big", chunk).await;
    }
    let id = start(&svc, json!({"logGroupName": "other", "startTime": 0, "endTime": 2_000_000_000, "queryString": "filter @message like 'x' | stats count(*)"})).await;
    let stopped = call(&svc, "StopQuery", json!({"queryId": id})).await;
    let r = wait_done(&svc, &id).await;
    match stopped {
        Ok(v) => {
            assert_eq!(v["success"], true);
            assert_eq!(r["status"], "Cancelled");
        }
        // It may have finished before the stop arrived; then it says so.
        Err(e) => {
            assert_eq!(e.code, "InvalidParameterException");
            assert_eq!(r["status"], "Complete");
        }
    }
}

#[tokio::test]
async fn events_the_prefilter_passes_over_still_count_as_scanned() {
    let (svc, _) = setup().await;
    let id = start(
        &svc,
        json!({
            "logGroupName": "app",
            "startTime": T0 / 1000,
            "endTime": T0 / 1000 + 600,
            "queryString": "filter @message like \"ERROR\" | stats count(*) as n",
        }),
    )
    .await;
    let r = wait_done(&svc, &id).await;
    assert_eq!(field(&r["results"][0], "n"), Some("100"));
    // As CloudWatch counts them: every event of the range, not only those that matched.
    assert_eq!(r["statistics"]["recordsScanned"], 600.0);
    assert_eq!(r["statistics"]["recordsMatched"], 100.0);
    let bytes = r["statistics"]["bytesScanned"].as_f64().unwrap();
    assert!(bytes > 600.0 * 20.0, "{bytes}");
}
