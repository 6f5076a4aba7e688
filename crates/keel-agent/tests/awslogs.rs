//! awslogs shipping against the fake runtime into a recording sink: stream names and options,
//! multi-line grouping, blocking and non-blocking modes, and exact resumption after a restart.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::{RecordingSink, Watch, arn, config, fake, settle, task};
use keel_agent::{Agent, AgentConfig, LogSink};
use keel_runtime::fake::{Behavior, FakeRuntime, Matcher};
use keel_runtime::{LogStream, Runtime};
use serde_json::{Value, json};

fn logged(options: Value) -> Value {
    json!({"family": "shop", "containerDefinitions": [
        {"name": "web", "image": "web:1", "memory": 64,
         "logConfiguration": {"logDriver": "awslogs", "options": options}}]})
}

fn with_sink(sink: &Arc<RecordingSink>) -> AgentConfig {
    let mut cfg = config();
    cfg.log_sink = Some(sink.clone() as Arc<dyn LogSink>);
    cfg
}

async fn web_id(rt: &FakeRuntime) -> String {
    for id in rt.container_ids() {
        if rt
            .inspect_container(&id.0)
            .await
            .unwrap()
            .name
            .contains("-web-")
        {
            return id.0;
        }
    }
    panic!("no web container");
}

#[tokio::test(start_paused = true)]
async fn output_goes_to_prefix_container_task_in_the_group() {
    let rt = fake(&["web:1"]);
    rt.on_container(
        Matcher::Any,
        Behavior::runs()
            .with_output(LogStream::Stdout, "one")
            .with_output(LogStream::Stderr, "two")
            .with_output(LogStream::Stdout, "three"),
    );
    let sink = RecordingSink::new();
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), with_sink(&sink))
        .await
        .unwrap();
    agent
        .apply_desired(vec![task(
            "t1",
            logged(
                json!({"awslogs-group": "/ecs/shop", "awslogs-region": "eu-west-1",
                          "awslogs-stream-prefix": "svc", "awslogs-create-group": "true"}),
            ),
        )])
        .unwrap();
    assert_eq!(sink.wait_for(3).await, ["one", "two", "three"]);
    let target = &sink.targets()[0];
    assert_eq!(target.group, "/ecs/shop");
    assert_eq!(target.stream, "svc/web/t1");
    assert_eq!(target.region, "eu-west-1");
    assert!(target.create_group);
    // Lines written later follow.
    rt.write_log(&web_id(&rt).await, LogStream::Stdout, "four");
    assert_eq!(sink.wait_for(4).await[3], "four");
    let stats = agent.log_stats();
    assert_eq!(stats.len(), 1);
    assert_eq!(stats[0].shipped_events, 4);
    assert_eq!(stats[0].dropped_lines, 0);

    // Without a prefix the stream is the container's id, and the region the agent's.
    agent
        .apply_desired(vec![task(
            "t2",
            logged(json!({"awslogs-group": "/ecs/plain"})),
        )])
        .unwrap();
    sink.wait_for(7).await;
    let plain = sink
        .targets()
        .into_iter()
        .find(|t| t.group == "/ecs/plain")
        .unwrap();
    let id = rt.container_ids()[1].0.clone();
    assert_eq!(plain.stream, id);
    assert_eq!(plain.region, "us-east-1");
    assert!(!plain.create_group);
}

#[tokio::test(start_paused = true)]
async fn multiline_pattern_and_datetime_format_group_lines_into_events() {
    let rt = fake(&["web:1"]);
    rt.on_container(
        Matcher::Any,
        Behavior::runs()
            .with_output(LogStream::Stdout, "ERROR boom")
            .with_output(LogStream::Stdout, "  at a")
            .with_output(LogStream::Stdout, "  at b")
            .with_output(LogStream::Stdout, "INFO next")
            .with_output(LogStream::Stdout, "2026-12-01 10:00:00 first")
            .with_output(LogStream::Stdout, "more"),
    );
    let sink = RecordingSink::new();
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), with_sink(&sink))
        .await
        .unwrap();
    agent
        .apply_desired(vec![task(
            "t1",
            logged(json!({"awslogs-group": "g", "awslogs-stream-prefix": "p",
                          "awslogs-multiline-pattern": "^(INFO|ERROR)"})),
        )])
        .unwrap();
    // The last message stays open until no line came for 5 s.
    let messages = sink.wait_for(2).await;
    assert_eq!(
        messages,
        [
            "ERROR boom\n  at a\n  at b",
            "INFO next\n2026-12-01 10:00:00 first\nmore"
        ]
    );

    let sink2 = RecordingSink::new();
    let dir2 = tempfile::tempdir().unwrap();
    let agent2 = Agent::new(rt.clone(), dir2.path(), with_sink(&sink2))
        .await
        .unwrap();
    // The datetime format wins over a pattern when both are set.
    agent2
        .apply_desired(vec![task(
            "t2",
            logged(json!({"awslogs-group": "g", "awslogs-stream-prefix": "p",
                          "awslogs-datetime-format": "%Y-%m-%d %H:%M:%S",
                          "awslogs-multiline-pattern": "^(INFO|ERROR)"})),
        )])
        .unwrap();
    let messages = sink2.wait_for(2).await;
    assert_eq!(
        messages,
        [
            "ERROR boom\n  at a\n  at b\nINFO next",
            "2026-12-01 10:00:00 first\nmore"
        ]
    );
    drop(agent);
}

async fn write_lines(rt: &FakeRuntime, id: &str, range: std::ops::Range<usize>) {
    for i in range {
        rt.write_log(
            id,
            LogStream::Stdout,
            &format!("line {i:04} {}", "x".repeat(40)),
        );
    }
}

#[tokio::test(start_paused = true)]
async fn blocking_mode_waits_for_the_sink_and_never_drops() {
    let rt = fake(&["web:1"]);
    let sink = RecordingSink::gated();
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = with_sink(&sink);
    cfg.logs.max_batch_bytes = 1024;
    let agent = Agent::new(rt.clone(), dir.path(), cfg).await.unwrap();
    let mut watch = Watch::new(agent.subscribe());
    agent
        .apply_desired(vec![task("t1", logged(json!({"awslogs-group": "g"})))])
        .unwrap();
    watch.running(&arn("t1")).await;
    let id = web_id(&rt).await;
    write_lines(&rt, &id, 0..500).await;
    tokio::time::sleep(Duration::from_secs(30)).await;
    assert!(sink.messages().is_empty());
    sink.release();
    let messages = sink.wait_for(500).await;
    let expected: Vec<String> = (0..500)
        .map(|i| format!("line {i:04} {}", "x".repeat(40)))
        .collect();
    assert_eq!(messages, expected);
    // Batches kept to the byte limit (50 + 26 bytes per event).
    assert!(
        sink.batches
            .lock()
            .iter()
            .all(|(_, b)| b.len() <= 1024 / 76)
    );
    assert_eq!(agent.log_stats()[0].dropped_lines, 0);
}

#[tokio::test(start_paused = true)]
async fn non_blocking_mode_drops_beyond_the_buffer_and_counts_the_drops() {
    let rt = fake(&["web:1"]);
    let sink = RecordingSink::gated();
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), with_sink(&sink))
        .await
        .unwrap();
    let mut watch = Watch::new(agent.subscribe());
    agent
        .apply_desired(vec![task(
            "t1",
            logged(json!({"awslogs-group": "g", "mode": "non-blocking", "max-buffer-size": "1k"})),
        )])
        .unwrap();
    watch.running(&arn("t1")).await;
    let id = web_id(&rt).await;
    write_lines(&rt, &id, 0..200).await;
    tokio::time::sleep(Duration::from_secs(30)).await;
    sink.release();
    tokio::time::sleep(Duration::from_secs(30)).await;
    let messages = sink.messages();
    let stats = agent.log_stats()[0].clone();
    assert!(stats.dropped_lines > 0, "{stats:?}");
    assert!(
        messages.len() <= 1024 / 76 + 1,
        "{} shipped",
        messages.len()
    );
    assert_eq!(stats.shipped_events as usize, messages.len());
    assert_eq!(messages.len() as u64 + stats.dropped_lines, 200);
    // What was shipped is in order.
    let mut sorted = messages.clone();
    sorted.sort();
    assert_eq!(sorted, messages);
    // Once the sink keeps up nothing more is dropped.
    write_lines(&rt, &id, 200..210).await;
    tokio::time::sleep(Duration::from_secs(5)).await;
    assert_eq!(agent.log_stats()[0].dropped_lines, stats.dropped_lines);
    assert_eq!(sink.messages().len(), messages.len() + 10);
}

#[tokio::test(start_paused = true)]
async fn a_restarted_agent_ships_after_the_last_acknowledged_line_exactly() {
    let rt = fake(&["web:1"]);
    let sink = RecordingSink::new();
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), with_sink(&sink))
        .await
        .unwrap();
    let mut watch = Watch::new(agent.subscribe());
    agent
        .apply_desired(vec![task(
            "t1",
            logged(json!({"awslogs-group": "g", "awslogs-stream-prefix": "p"})),
        )])
        .unwrap();
    watch.running(&arn("t1")).await;
    let id = web_id(&rt).await;
    write_lines(&rt, &id, 0..5).await;
    sink.wait_for(5).await;
    settle().await;
    drop(agent);

    // Written while no agent runs; the first puts of the next agent fail and are retried.
    write_lines(&rt, &id, 5..8).await;
    let sink2 = RecordingSink::failing_first(2);
    let agent = Agent::new(rt.clone(), dir.path(), with_sink(&sink2))
        .await
        .unwrap();
    let messages = sink2.wait_for(3).await;
    write_lines(&rt, &id, 8..10).await;
    let messages_after = sink2.wait_for(5).await;
    tokio::time::sleep(Duration::from_secs(10)).await;
    let all: Vec<String> = sink
        .messages()
        .into_iter()
        .chain(sink2.messages())
        .collect();
    let expected: Vec<String> = (0..10)
        .map(|i| format!("line {i:04} {}", "x".repeat(40)))
        .collect();
    assert_eq!(all, expected, "no line lost or repeated");
    assert_eq!(messages.len(), 3);
    assert_eq!(messages_after.len(), 5);
    assert!(*sink2.attempts.lock() >= 3);
    assert_eq!(agent.log_stats()[0].shipped_events, 10);
}

#[tokio::test(start_paused = true)]
async fn output_of_a_container_that_exited_while_the_agent_was_down_is_shipped_before_cleanup() {
    let rt = fake(&["web:1"]);
    let sink = RecordingSink::new();
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = with_sink(&sink);
    cfg.cleanup_delay = Duration::ZERO;
    let agent = Agent::new(rt.clone(), dir.path(), cfg.clone())
        .await
        .unwrap();
    let mut watch = Watch::new(agent.subscribe());
    agent
        .apply_desired(vec![task(
            "t1",
            logged(json!({"awslogs-group": "g", "awslogs-stream-prefix": "p"})),
        )])
        .unwrap();
    watch.running(&arn("t1")).await;
    let id = web_id(&rt).await;
    write_lines(&rt, &id, 0..2).await;
    sink.wait_for(2).await;
    settle().await;
    drop(agent);

    write_lines(&rt, &id, 2..4).await;
    rt.exit(&id, 0);
    let sink2 = RecordingSink::new();
    cfg.log_sink = Some(sink2.clone() as Arc<dyn LogSink>);
    let agent = Agent::new(rt.clone(), dir.path(), cfg).await.unwrap();
    let mut watch = Watch::new(agent.subscribe());
    watch.stopped(&arn("t1")).await;
    let messages = sink2.wait_for(2).await;
    assert_eq!(messages.len(), 2);
    assert!(messages[0].starts_with("line 0002") && messages[1].starts_with("line 0003"));
    // Removed only after its output was shipped.
    for _ in 0..50 {
        if rt.container_ids().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(rt.container_ids().is_empty());
}

#[tokio::test(start_paused = true)]
async fn output_of_every_run_is_shipped_when_a_container_restarts_in_place() {
    let rt = fake(&["web:1"]);
    rt.on_container(
        Matcher::Any,
        Behavior::exits(Duration::from_secs(120), 1).with_output(LogStream::Stdout, "hello"),
    );
    let sink = RecordingSink::new();
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), with_sink(&sink))
        .await
        .unwrap();
    let mut watch = Watch::new(agent.subscribe());
    let mut def = logged(json!({"awslogs-group": "g", "awslogs-stream-prefix": "p"}));
    def["containerDefinitions"][0]["restartPolicy"] =
        json!({"enabled": true, "restartAttemptPeriod": 60});
    agent.apply_desired(vec![task("t1", def)]).unwrap();
    watch
        .until(&arn("t1"), "restarted twice", |c| {
            c.containers[0].restart_count == 2
        })
        .await;
    assert_eq!(sink.wait_for(3).await, ["hello", "hello", "hello"]);
}

#[tokio::test(start_paused = true)]
async fn dropped_lines_are_not_read_again_after_a_restart() {
    let rt = fake(&["web:1"]);
    let sink = RecordingSink::gated();
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), with_sink(&sink))
        .await
        .unwrap();
    let mut watch = Watch::new(agent.subscribe());
    agent
        .apply_desired(vec![task(
            "t1",
            logged(json!({"awslogs-group": "g", "mode": "non-blocking", "max-buffer-size": "1k"})),
        )])
        .unwrap();
    watch.running(&arn("t1")).await;
    let id = web_id(&rt).await;
    write_lines(&rt, &id, 0..100).await;
    tokio::time::sleep(Duration::from_secs(5)).await;
    sink.release();
    tokio::time::sleep(Duration::from_secs(5)).await;
    let shipped = sink.messages().len();
    let dropped = agent.log_stats()[0].dropped_lines;
    assert_eq!(shipped as u64 + dropped, 100);
    drop(agent);

    let sink2 = RecordingSink::new();
    let agent = Agent::new(rt.clone(), dir.path(), with_sink(&sink2))
        .await
        .unwrap();
    write_lines(&rt, &id, 100..103).await;
    let messages = sink2.wait_for(3).await;
    tokio::time::sleep(Duration::from_secs(5)).await;
    assert_eq!(sink2.messages(), messages);
    assert_eq!(messages.len(), 3, "only the new lines");
    assert!(messages[0].starts_with("line 0100"));
    // The counts carry over.
    assert_eq!(agent.log_stats()[0].dropped_lines, dropped);
    assert_eq!(agent.log_stats()[0].shipped_events, shipped as u64 + 3);
}
