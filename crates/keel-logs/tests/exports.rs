//! Export tasks over real stores in a temporary directory: the objects and their layout, the
//! task states, one active task at a time, cancelling, bad input, and a task that survives a
//! restart.

use std::io::Read;
use std::path::Path;

use serde_json::{Value, json};

mod support;

type Server = support::Durable;

impl Server {
    async fn put(&self, group: &str, stream: &str, events: &[(i64, &str)]) {
        let _ = self
            .call(
                "CreateLogStream",
                json!({"logGroupName": group, "logStreamName": stream}),
            )
            .await;
        let events: Vec<Value> = events
            .iter()
            .map(|(t, m)| json!({"timestamp": t, "message": m}))
            .collect();
        self.ok(
            "PutLogEvents",
            json!({"logGroupName": group, "logStreamName": stream, "logEvents": events}),
        )
        .await;
    }

    async fn run_tasks(&self) -> usize {
        let (_tx, rx) = tokio::sync::watch::channel(false);
        self.svc.run_export_tasks(&rx).await
    }

    async fn task(&self, id: &str) -> Value {
        let found = self.ok("DescribeExportTasks", json!({"taskId": id})).await;
        found["exportTasks"][0].clone()
    }
}

fn gunzip(path: &Path) -> String {
    let mut text = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(path).unwrap())
        .read_to_string(&mut text)
        .unwrap();
    text
}

fn iso(ms: i64) -> String {
    humantime::format_rfc3339_millis(
        std::time::UNIX_EPOCH + std::time::Duration::from_millis(ms as u64),
    )
    .to_string()
}

/// Every file under `dir`, relative to it.
fn files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path.strip_prefix(dir).unwrap().display().to_string());
            }
        }
    }
    out.sort();
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_an_export_dir_create_export_task_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let s = Server::open(dir.path(), None);
    s.ok("CreateLogGroup", json!({"logGroupName": "/g"})).await;
    let (code, message) = s
        .call(
            "CreateExportTask",
            json!({"logGroupName": "/g", "from": 0, "to": 1, "destination": "bucket"}),
        )
        .await
        .unwrap_err();
    assert_eq!(code, "InvalidParameterException");
    assert!(message.contains("--logs-export-dir"), "{message}");
    let tasks = s.ok("DescribeExportTasks", json!({})).await;
    assert_eq!(tasks["exportTasks"], json!([]));
    s.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_task_writes_gzipped_objects_per_stream_in_cloudwatch_layout() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("exports");
    let s = Server::open(dir.path(), Some(out.clone()));
    s.ok("CreateLogGroup", json!({"logGroupName": "/app"}))
        .await;
    let t = keel_types::time::now_millis() - 3_600_000;
    s.put(
        "/app",
        "web/1",
        &[(t, "one"), (t + 10, "two"), (t + 20, "three")],
    )
    .await;
    s.put("/app", "web/2", &[(t + 5, "other")]).await;
    s.put("/app", "api/1", &[(t + 5, "not this prefix")]).await;
    s.put("/app", "web/3", &[(t + 500, "out of range")]).await;
    let id = s
        .ok(
            "CreateExportTask",
            json!({"taskName": "nightly", "logGroupName": "/app", "logStreamNamePrefix": "web/",
                   "from": t + 1, "to": t + 20, "destination": "my-bucket"}),
        )
        .await["taskId"]
        .as_str()
        .unwrap()
        .to_string();
    let pending = s.task(&id).await;
    assert_eq!(pending["status"]["code"], "PENDING");
    assert_eq!(pending["destinationPrefix"], "exportedlogs");
    assert_eq!(pending["taskName"], "nightly");
    assert!(pending["executionInfo"]["creationTime"].is_i64());
    assert_eq!(s.run_tasks().await, 1);
    let done = s.task(&id).await;
    assert_eq!(done["status"]["code"], "COMPLETED", "{done}");
    assert!(done["executionInfo"]["completionTime"].is_i64());
    let base = out.join("my-bucket/exportedlogs").join(&id);
    assert_eq!(files(&base), ["web/1/000000.gz", "web/2/000000.gz"]);
    // `from` inclusive, `to` inclusive.
    assert_eq!(
        gunzip(&base.join("web/1/000000.gz")),
        format!("{} two\n{} three\n", iso(t + 10), iso(t + 20))
    );
    assert_eq!(
        gunzip(&base.join("web/2/000000.gz")),
        format!("{} other\n", iso(t + 5))
    );
    // Finished: it cannot be cancelled, and another task may start.
    let (code, _) = s
        .call("CancelExportTask", json!({"taskId": id}))
        .await
        .unwrap_err();
    assert_eq!(code, "InvalidOperationException");
    let second = s
        .ok(
            "CreateExportTask",
            json!({"logGroupName": "/app", "from": 0, "to": t + 1000, "destination": "my-bucket",
                   "destinationPrefix": "keel/exports"}),
        )
        .await["taskId"]
        .as_str()
        .unwrap()
        .to_string();
    s.run_tasks().await;
    let base = out.join("my-bucket/keel/exports").join(&second);
    assert_eq!(
        files(&base),
        [
            "api/1/000000.gz",
            "web/1/000000.gz",
            "web/2/000000.gz",
            "web/3/000000.gz"
        ]
    );
    let completed = s
        .ok("DescribeExportTasks", json!({"statusCode": "COMPLETED"}))
        .await;
    assert_eq!(completed["exportTasks"].as_array().unwrap().len(), 2);
    let page = s.ok("DescribeExportTasks", json!({"limit": 1})).await;
    assert_eq!(page["exportTasks"].as_array().unwrap().len(), 1);
    let rest = s
        .ok(
            "DescribeExportTasks",
            json!({"limit": 1, "nextToken": page["nextToken"]}),
        )
        .await;
    assert_eq!(rest["exportTasks"].as_array().unwrap().len(), 1);
    assert_ne!(
        rest["exportTasks"][0]["taskId"],
        page["exportTasks"][0]["taskId"]
    );
    s.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_active_task_at_a_time_cancelling_and_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    let s = Server::open(dir.path(), Some(dir.path().join("exports")));
    s.ok("CreateLogGroup", json!({"logGroupName": "/g"})).await;
    let task = |extra: Value| {
        let mut req = json!({"logGroupName": "/g", "from": 0, "to": 10, "destination": "bucket"});
        for (k, v) in extra.as_object().unwrap() {
            req[k] = v.clone();
        }
        req
    };
    for (bad, field) in [
        (json!({"destination": "Not_A_Bucket"}), "destination"),
        (json!({"destinationPrefix": "../up"}), "destinationPrefix"),
        (json!({"destinationPrefix": "/abs"}), "destinationPrefix"),
        (json!({"from": 20}), "from"),
    ] {
        let (code, message) = s
            .call("CreateExportTask", task(bad.clone()))
            .await
            .unwrap_err();
        assert_eq!(code, "InvalidParameterException", "{bad}");
        assert!(message.contains(field), "{bad}: {message}");
    }
    let (code, _) = s
        .call(
            "CreateExportTask",
            task(json!({"logGroupName": "/missing"})),
        )
        .await
        .unwrap_err();
    assert_eq!(code, "ResourceNotFoundException");
    // Nothing was made by any of those.
    let none = s.ok("DescribeExportTasks", json!({})).await;
    assert_eq!(none["exportTasks"], json!([]));

    let first = s.ok("CreateExportTask", task(json!({}))).await["taskId"]
        .as_str()
        .unwrap()
        .to_string();
    let (code, _) = s
        .call("CreateExportTask", task(json!({})))
        .await
        .unwrap_err();
    assert_eq!(code, "LimitExceededException");
    s.ok("CancelExportTask", json!({"taskId": first})).await;
    assert_eq!(s.task(&first).await["status"]["code"], "CANCELLED");
    let (code, _) = s
        .call("CancelExportTask", json!({"taskId": first}))
        .await
        .unwrap_err();
    assert_eq!(code, "InvalidOperationException");
    let (code, _) = s
        .call("CancelExportTask", json!({"taskId": "no-such-task"}))
        .await
        .unwrap_err();
    assert_eq!(code, "ResourceNotFoundException");
    // A cancelled task is not run, and frees the slot.
    assert_eq!(s.run_tasks().await, 0);
    s.ok("CreateExportTask", task(json!({}))).await;
    let pending = s
        .ok("DescribeExportTasks", json!({"statusCode": "PENDING"}))
        .await;
    assert_eq!(pending["exportTasks"].as_array().unwrap().len(), 1);
    s.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pending_task_runs_after_a_restart_and_a_deleted_group_fails_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("exports");
    let t = keel_types::time::now_millis() - 60_000;
    let s = Server::open(dir.path(), Some(out.clone()));
    s.ok("CreateLogGroup", json!({"logGroupName": "/g"})).await;
    s.put("/g", "s", &[(t, "kept")]).await;
    let id = s
        .ok(
            "CreateExportTask",
            json!({"logGroupName": "/g", "from": 0, "to": t + 1, "destination": "bucket"}),
        )
        .await["taskId"]
        .as_str()
        .unwrap()
        .to_string();
    s.close().await;

    let s = Server::open(dir.path(), Some(out.clone()));
    assert_eq!(s.run_tasks().await, 1);
    assert_eq!(s.task(&id).await["status"]["code"], "COMPLETED");
    assert_eq!(
        gunzip(
            &out.join("bucket/exportedlogs")
                .join(&id)
                .join("s/000000.gz")
        ),
        format!("{} kept\n", iso(t))
    );
    // A task whose group is deleted before it runs fails, saying why.
    let id = s
        .ok(
            "CreateExportTask",
            json!({"logGroupName": "/g", "from": 0, "to": t + 1, "destination": "bucket"}),
        )
        .await["taskId"]
        .as_str()
        .unwrap()
        .to_string();
    s.ok("DeleteLogGroup", json!({"logGroupName": "/g"})).await;
    s.run_tasks().await;
    let failed = s.task(&id).await;
    assert_eq!(failed["status"]["code"], "FAILED");
    assert!(
        failed["status"]["message"]
            .as_str()
            .unwrap()
            .contains("deleted"),
        "{failed}"
    );
    s.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancelling_a_running_task_goes_through_pending_cancel() {
    let dir = tempfile::tempdir().unwrap();
    let s = Server::open(dir.path(), Some(dir.path().join("exports")));
    s.ok("CreateLogGroup", json!({"logGroupName": "/g"})).await;
    let id = s
        .ok(
            "CreateExportTask",
            json!({"logGroupName": "/g", "from": 0, "to": 10, "destination": "bucket"}),
        )
        .await["taskId"]
        .as_str()
        .unwrap()
        .to_string();
    // As the worker leaves a task it has started writing.
    let key = format!("/logs-exports/{}/{id}", support::REGION);
    let mut record: Value =
        serde_json::from_slice(&s.store.get(&key).await.unwrap().unwrap().value).unwrap();
    record["task"]["status"] = json!({"code": "RUNNING", "message": "Running"});
    s.store
        .put(&key, serde_json::to_vec(&record).unwrap())
        .await
        .unwrap();

    s.ok("CancelExportTask", json!({"taskId": id})).await;
    let task = s.task(&id).await;
    assert_eq!(task["status"]["code"], "PENDING_CANCEL", "{task}");
    assert!(
        task["executionInfo"].get("completionTime").is_none(),
        "{task}"
    );
    // Asking again changes nothing; the slot is still taken.
    s.ok("CancelExportTask", json!({"taskId": id})).await;
    assert_eq!(s.task(&id).await["status"]["code"], "PENDING_CANCEL");
    let (code, _) = s
        .call(
            "CreateExportTask",
            json!({"logGroupName": "/g", "from": 0, "to": 10, "destination": "bucket"}),
        )
        .await
        .unwrap_err();
    assert_eq!(code, "LimitExceededException");

    // The worker stops it without writing anything, and frees the slot.
    assert_eq!(s.run_tasks().await, 0);
    let task = s.task(&id).await;
    assert_eq!(task["status"]["code"], "CANCELLED", "{task}");
    assert_eq!(task["status"]["message"], "Cancelled by user");
    assert!(task["executionInfo"]["completionTime"].is_i64(), "{task}");
    assert!(
        !dir.path()
            .join("exports/bucket/exportedlogs")
            .join(&id)
            .exists()
    );
    let (code, _) = s
        .call("CancelExportTask", json!({"taskId": id}))
        .await
        .unwrap_err();
    assert_eq!(code, "InvalidOperationException");
    s.ok(
        "CreateExportTask",
        json!({"logGroupName": "/g", "from": 0, "to": 10, "destination": "bucket"}),
    )
    .await;
    s.close().await;
}
