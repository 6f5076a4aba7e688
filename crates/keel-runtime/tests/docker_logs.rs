//! Reading back a long, rotated `local` log through the Docker driver: a follow from a cursor
//! far behind the end, and from the start, each yields exactly the lines after it. Skipped with
//! a message when no daemon answers, unless `KEEL_TEST_DOCKER=1` requires it.

use std::time::Duration;

use futures::StreamExt;
use keel_runtime::conformance::{DockerTarget, Target, Workload, cleanup};
use keel_runtime::{LogCursor, LogLine, LogOptions, LogSpec, Runtime};

async fn all_lines(rt: &impl Runtime, id: &str, options: LogOptions) -> Vec<LogLine> {
    let lines = rt.logs(id, options).map(|l| l.expect("line")).collect();
    tokio::time::timeout(Duration::from_secs(60), lines)
        .await
        .expect("logs end")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_follow_from_far_back_in_a_rotated_log_yields_exactly_the_rest() {
    let Some(t) = DockerTarget::from_env("docker-logs").await else {
        return;
    };
    let rt = t.runtime();
    let mut spec = t.spec(
        &t.unique("long-log"),
        Workload::Prints {
            count: 1,
            both_streams: false,
        },
    );
    let count = 30_000;
    spec.command = Some(
        ["log", "--count", &count.to_string(), "--size", "200"]
            .map(String::from)
            .to_vec(),
    );
    spec.log = LogSpec::Driver {
        name: "local".into(),
        options: [
            ("max-size", "512k"),
            ("max-file", "30"),
            ("compress", "false"),
        ]
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .into(),
    };
    let id = rt.create_container(&spec).await.expect("create").0;
    rt.start_container(&id).await.expect("start");
    let exit = tokio::time::timeout(Duration::from_secs(60), rt.wait_container(&id))
        .await
        .expect("exits")
        .expect("wait");
    assert_eq!(exit, 0);

    let all = all_lines(rt, &id, LogOptions::default()).await;
    assert_eq!(all.len(), count);
    let seq = |l: &LogLine| {
        String::from_utf8_lossy(&l.message)
            .split(' ')
            .next()
            .map(str::to_string)
    };
    for (i, line) in all.iter().enumerate() {
        assert_eq!(seq(line), Some(format!("seq={}", i + 1)));
    }
    // From the start, and from cursors 1, a few thousand and many thousand lines back from
    // the end (past the first windows a resumed follow asks for).
    for consumed in [0, 100, count - 25_000, count - 3_000, count - 1] {
        let mut cursor = LogCursor::default();
        for line in &all[..consumed] {
            cursor.advance(line);
        }
        let rest = all_lines(
            rt,
            &id,
            LogOptions::follow_from((consumed > 0).then_some(cursor)),
        )
        .await;
        assert_eq!(rest.len(), count - consumed, "after {consumed}");
        assert!(
            rest == all[consumed..],
            "after {consumed}: not the same lines"
        );
    }
    cleanup(&t).await;
}
