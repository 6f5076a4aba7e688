//! The agent against the real Docker daemon with the `keel-test/*` images
//! (`scripts/dockerd.sh`, `scripts/test-images.sh`). Skipped with a message when no daemon
//! answers, unless `KEEL_TEST_DOCKER=1` requires it. Images are never pulled (prefer-cached):
//! nothing leaves the machine, and tasks share one network namespace (awsvpc) on the default
//! bridge with nothing published.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::{RecordingSink, Watch, arn};
use keel_agent::model::{ESSENTIAL_CONTAINER_EXITED, OUT_OF_MEMORY};
use keel_agent::{
    AGENT_ID_LABEL, Agent, AgentConfig, ContainerStatus, DesiredStatus, DesiredTask, HealthStatus,
    LogSink, StopCode,
};
use keel_runtime::conformance::{BUSYBOX_IMAGE, DockerTarget, WORKLOAD_IMAGE};
use keel_runtime::docker::DockerRuntime;
use keel_runtime::image::PullBehavior;
use keel_runtime::mapping::PauseImage;
use keel_runtime::{LabelSelector, RemoveOptions, Runtime};
use keel_types::TaskStatus;
use serde_json::{Value, json};

async fn docker(test: &str) -> Option<DockerRuntime> {
    DockerTarget::from_env(test).await?;
    Some(DockerRuntime::connect_default().await.expect("docker"))
}

fn config(sink: Option<Arc<RecordingSink>>) -> AgentConfig {
    let mut cfg = AgentConfig::new(
        "keel-agent-test",
        PauseImage {
            image: BUSYBOX_IMAGE.into(),
            command: vec!["sleep".into(), "2147483647".into()],
        },
    );
    cfg.region = Some("us-east-1".into());
    cfg.image_policy.behavior = PullBehavior::PreferCached;
    cfg.cleanup_delay = Duration::ZERO;
    cfg.log_sink = sink.map(|s| s as Arc<dyn LogSink>);
    cfg
}

fn task(definition: Value) -> DesiredTask {
    let id = uuid_like();
    DesiredTask {
        task_arn: arn(&id),
        cluster_arn: "arn:aws:ecs:us-east-1:000000000000:cluster/keel-agent-test".into(),
        family: definition["family"].as_str().unwrap().into(),
        revision: 1,
        definition: serde_json::from_value(definition).unwrap(),
        overrides: None,
        desired_status: DesiredStatus::Running,
        gpu_ids: Vec::new(),
    }
}

fn uuid_like() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!("{:032x}", nanos ^ (u128::from(std::process::id()) << 64))
}

/// Removes what an agent left when dropped, also when the test fails half-way.
struct Sweep(String);

impl Drop for Sweep {
    fn drop(&mut self) {
        let id = self.0.clone();
        // A thread of its own: drop may run inside the test's runtime.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async {
                if let Ok(docker) = DockerRuntime::connect_default().await {
                    sweep(&docker, &id).await;
                }
            });
        })
        .join();
    }
}

/// Removes whatever the agent left (a failing test must not leave containers running).
async fn sweep(rt: &DockerRuntime, agent_id: &str) {
    let selector = [LabelSelector::eq(AGENT_ID_LABEL, agent_id)];
    for c in rt.list_managed(&selector).await.unwrap_or_default() {
        let _ = rt
            .remove_container(
                c.id.as_str(),
                RemoveOptions {
                    force: true,
                    volumes: true,
                },
            )
            .await;
    }
    for v in rt.list_managed_volumes(&selector).await.unwrap_or_default() {
        let _ = rt.remove_volume(&v.name).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_containers_with_depends_on_healthy_awslogs_and_a_stop() {
    let Some(rt) = docker("agent-healthy").await else {
        return;
    };
    let sink = RecordingSink::new();
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), config(Some(sink.clone())))
        .await
        .unwrap();
    let _sweep = Sweep(agent.agent_id().to_string());
    let mut watch = Watch::new(agent.subscribe());
    let t = task(json!({
        "family": "agent-healthy", "networkMode": "awsvpc",
        "containerDefinitions": [
            {"name": "web", "image": WORKLOAD_IMAGE, "memory": 64,
             "command": ["serve", "--port", "8080"],
             "healthCheck": {"command": ["CMD", "/usr/local/bin/keel-workload", "get",
                                         "http://127.0.0.1:8080/health"],
                             "interval": 1, "timeout": 2, "retries": 2}},
            {"name": "app", "image": WORKLOAD_IMAGE, "memory": 64, "stopTimeout": 2,
             "entryPoint": ["/bin/sh", "-c"],
             "command": ["/usr/local/bin/keel-workload get http://127.0.0.1:8080/health >/dev/null && /usr/local/bin/keel-workload log --count 5 --rate 50 && exec sleep 3600"],
             "dependsOn": [{"containerName": "web", "condition": "HEALTHY"}],
             "logConfiguration": {"logDriver": "awslogs", "options": {
                 "awslogs-group": "/keel/test", "awslogs-stream-prefix": "svc",
                 "awslogs-create-group": "true"}}}]}));
    let task_arn = t.task_arn.clone();
    agent.apply_desired(vec![t.clone()]).unwrap();
    let healthy = tokio::time::timeout(
        Duration::from_secs(60),
        watch.until(&task_arn, "RUNNING and HEALTHY", |c| {
            c.last_status == TaskStatus::Running && c.health_status == HealthStatus::Healthy
        }),
    )
    .await
    .expect("healthy within a minute");
    for change in watch.of(&task_arn) {
        if change.container("app").unwrap().last_status == ContainerStatus::Running {
            assert_eq!(
                change.container("web").unwrap().health_status,
                Some(HealthStatus::Healthy)
            );
        }
    }
    assert_eq!(
        healthy.container("app").unwrap().last_status,
        ContainerStatus::Running
    );

    // app only reaches its log lines if web answered: the shared namespace and the order held.
    let lines = tokio::time::timeout(Duration::from_secs(30), sink.wait_for(5))
        .await
        .expect("lines shipped");
    for (i, line) in lines.iter().enumerate() {
        assert!(
            line.starts_with(&format!("seq={} stream=stdout", i + 1)),
            "{line}"
        );
    }
    let target = &sink.targets()[0];
    assert_eq!(target.group, "/keel/test");
    assert_eq!(target.stream, format!("svc/app/{}", t.task_id()));

    let mut stop = t.clone();
    stop.desired_status = DesiredStatus::Stopped;
    agent.apply_desired(vec![stop]).unwrap();
    let done = tokio::time::timeout(Duration::from_secs(60), watch.stopped(&task_arn))
        .await
        .expect("stopped");
    assert_eq!(done.stop_code, Some(StopCode::UserInitiated));
    // app's `sleep` ignores SIGTERM: killed after its 2 s stopTimeout; web exits on SIGTERM.
    assert_eq!(done.container("app").unwrap().exit_code, Some(137));
    assert_eq!(done.container("web").unwrap().exit_code, Some(0));
    agent.ack(&task_arn, done.seq);
    // Removed right away (cleanup delay 0).
    let selector = [LabelSelector::eq(AGENT_ID_LABEL, agent.agent_id())];
    let mut left = usize::MAX;
    for _ in 0..100 {
        left = rt.list_managed(&selector).await.unwrap().len();
        if left == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(left, 0, "containers removed after the stop");
    sweep(&rt, agent.agent_id()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_essential_exit_and_an_oom_kill_stop_their_tasks() {
    let Some(rt) = docker("agent-exit").await else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), config(None))
        .await
        .unwrap();
    let _sweep = Sweep(agent.agent_id().to_string());
    let mut watch = Watch::new(agent.subscribe());
    let exits = task(json!({
        "family": "agent-exit", "networkMode": "none",
        "containerDefinitions": [
            {"name": "main", "image": WORKLOAD_IMAGE, "memory": 32,
             "command": ["exit", "3", "--after-ms", "1500"]},
            {"name": "side", "image": WORKLOAD_IMAGE, "memory": 32, "essential": false,
             "command": ["signals", "--exit-code", "7"], "stopTimeout": 5}]}));
    let oom = task(json!({
        "family": "agent-oom", "networkMode": "none",
        "containerDefinitions": [
            {"name": "hog", "image": WORKLOAD_IMAGE, "memory": 32,
             "linuxParameters": {"maxSwap": 0},
             "command": ["memory", "--mib", "256"]}]}));
    agent
        .apply_desired(vec![exits.clone(), oom.clone()])
        .unwrap();

    let done = tokio::time::timeout(Duration::from_secs(60), watch.stopped(&exits.task_arn))
        .await
        .expect("essential exit stops the task");
    assert_eq!(done.stop_code, Some(StopCode::EssentialContainerExited));
    assert_eq!(
        done.stopped_reason.as_deref(),
        Some(ESSENTIAL_CONTAINER_EXITED)
    );
    assert_eq!(done.container("main").unwrap().exit_code, Some(3));
    // side handled SIGTERM and exited with its own code.
    assert_eq!(done.container("side").unwrap().exit_code, Some(7));

    let done = tokio::time::timeout(Duration::from_secs(60), watch.stopped(&oom.task_arn))
        .await
        .expect("the OOM kill stops the task");
    let hog = done.container("hog").unwrap();
    assert_eq!(hog.reason.as_deref(), Some(OUT_OF_MEMORY));
    assert_eq!(hog.exit_code, Some(137));
    assert_eq!(done.stop_code, Some(StopCode::EssentialContainerExited));
    sweep(&rt, agent.agent_id()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restarted_agent_adopts_the_running_container_and_resumes_its_logs() {
    let Some(rt) = docker("agent-restart").await else {
        return;
    };
    let sink = RecordingSink::new();
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), config(Some(sink.clone())))
        .await
        .unwrap();
    let agent_id = agent.agent_id().to_string();
    let _sweep = Sweep(agent_id.clone());
    let mut watch = Watch::new(agent.subscribe());
    let t = task(json!({
        "family": "agent-restart", "networkMode": "none",
        "containerDefinitions": [
            {"name": "talker", "image": WORKLOAD_IMAGE, "memory": 32,
             "command": ["log", "--count", "60", "--rate", "20", "--then", "sleep"],
             "logConfiguration": {"logDriver": "awslogs", "options": {
                 "awslogs-group": "/keel/test", "awslogs-stream-prefix": "r"}}}]}));
    agent.apply_desired(vec![t.clone()]).unwrap();
    let running = tokio::time::timeout(Duration::from_secs(30), watch.running(&t.task_arn))
        .await
        .expect("running");
    let id = running.containers[0].runtime_id.clone().unwrap();
    let started = rt.inspect_container(&id).await.unwrap().state.started_at;
    tokio::time::timeout(Duration::from_secs(30), sink.wait_for(10))
        .await
        .expect("some lines");
    drop(agent);
    // Lines keep coming while no agent runs.
    tokio::time::sleep(Duration::from_millis(800)).await;

    let sink2 = RecordingSink::new();
    let agent = Agent::new(rt.clone(), dir.path(), config(Some(sink2.clone())))
        .await
        .unwrap();
    let mut watch = Watch::new(agent.subscribe());
    let first = sink.messages().len();
    tokio::time::timeout(Duration::from_secs(30), sink2.wait_for(60 - first))
        .await
        .expect("the rest shipped");
    let all: Vec<String> = sink
        .messages()
        .into_iter()
        .chain(sink2.messages())
        .collect();
    assert_eq!(all.len(), 60, "no line lost or repeated");
    for (i, line) in all.iter().enumerate() {
        assert!(line.starts_with(&format!("seq={} ", i + 1)), "{i}: {line}");
    }
    let info = rt.inspect_container(&id).await.unwrap();
    assert_eq!(info.state.started_at, started, "not restarted");
    assert!(info.state.status == keel_runtime::ContainerStatus::Running);

    let mut stop = t.clone();
    stop.desired_status = DesiredStatus::Stopped;
    agent.apply_desired(vec![stop]).unwrap();
    let done = tokio::time::timeout(Duration::from_secs(60), watch.stopped(&t.task_arn))
        .await
        .expect("stopped");
    assert_eq!(done.container("talker").unwrap().exit_code, Some(0));
    assert_eq!(agent.agent_id(), agent_id);
    sweep(&rt, &agent_id).await;
}

/// Runs `log --count LINES --size 1024` (as fast as it can, then exits) with awslogs and small
/// log files (1 MiB × 80), so the output crosses dozens of rotations; with `behind`, the sink
/// takes nothing until the container has exited, so the shipper is far behind the writer the
/// whole time. Returns the shipped messages once the count is reached or nothing more comes.
async fn ship_across_rotations(test: &str, lines: usize, behind: bool) -> Option<Vec<String>> {
    let rt = docker(test).await?;
    let sink = if behind {
        RecordingSink::gated()
    } else {
        RecordingSink::new()
    };
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = config(Some(sink.clone()));
    cfg.logs.files = keel_runtime::mapping::LocalLogFiles {
        max_size: "1m".into(),
        max_files: 80,
    };
    let agent = Agent::new(rt.clone(), dir.path(), cfg).await.unwrap();
    let agent_id = agent.agent_id().to_string();
    let _sweep = Sweep(agent_id.clone());
    let mut watch = Watch::new(agent.subscribe());
    let count = lines.to_string();
    let t = task(json!({
        "family": test, "networkMode": "none",
        "containerDefinitions": [
            {"name": "writer", "image": WORKLOAD_IMAGE, "memory": 64,
             "command": ["log", "--count", count, "--size", "1024"],
             "logConfiguration": {"logDriver": "awslogs", "options": {
                 "awslogs-group": "/keel/test", "awslogs-stream-prefix": "rot"}}}]}));
    agent.apply_desired(vec![t.clone()]).unwrap();
    let done = tokio::time::timeout(Duration::from_secs(60), watch.stopped(&t.task_arn))
        .await
        .expect("the writer exits");
    assert_eq!(done.container("writer").unwrap().exit_code, Some(0));
    sink.release();
    // Until every line is in, or nothing more arrives for a while.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    let (mut seen, mut quiet_since) = (0, tokio::time::Instant::now());
    loop {
        let now_seen = sink.messages().len();
        if now_seen >= lines || tokio::time::Instant::now() > deadline {
            break;
        }
        if now_seen != seen {
            (seen, quiet_since) = (now_seen, tokio::time::Instant::now());
        } else if quiet_since.elapsed() > Duration::from_secs(5) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // A moment more for anything beyond the count (a repeat) to arrive too.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let messages = sink.messages();
    drop(agent);
    sweep(&rt, &agent_id).await;
    Some(messages)
}

fn assert_every_seq_once_in_order(messages: &[String], lines: usize) {
    let seqs: Vec<usize> = messages
        .iter()
        .map(|m| {
            m.strip_prefix("seq=")
                .and_then(|r| r.split(' ').next())
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("not a workload line: {m:.40}"))
        })
        .collect();
    let mut missing = 0;
    let mut repeated = 0;
    let mut seen = vec![false; lines + 1];
    for &s in &seqs {
        if s == 0 || s > lines {
            continue;
        }
        if seen[s] {
            repeated += 1;
        }
        seen[s] = true;
    }
    for &s in &seen[1..] {
        if !s {
            missing += 1;
        }
    }
    let out_of_order = seqs.windows(2).filter(|w| w[1] <= w[0]).count();
    assert_eq!(
        (missing, repeated, out_of_order, seqs.len()),
        (0, 0, 0, lines),
        "missing, repeated, out of order, shipped"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_shipper_far_behind_the_writer_loses_and_repeats_nothing_across_rotations() {
    let lines = 60_000;
    let Some(messages) = ship_across_rotations("agent-rotate-behind", lines, true).await else {
        return;
    };
    assert_every_seq_once_in_order(&messages, lines);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_shipper_following_a_fast_writer_loses_and_repeats_nothing_across_rotations() {
    let lines = 60_000;
    let Some(messages) = ship_across_rotations("agent-rotate-fast", lines, false).await else {
        return;
    };
    assert_every_seq_once_in_order(&messages, lines);
}
