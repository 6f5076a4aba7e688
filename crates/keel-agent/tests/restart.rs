//! Agent restarts against the same fake runtime and state directory: containers are adopted,
//! not restarted; exits during the outage are reported; seq continues; unacknowledged changes
//! come back in order.

mod common;

use std::time::Duration;

use common::{Watch, arn, config, fake, settle, stopped, task};
use keel_agent::model::ESSENTIAL_CONTAINER_EXITED;
use keel_agent::{Agent, ContainerStatus, StopCode, TaskStateChange};
use keel_runtime::fake::{Behavior, Call, Matcher};
use keel_runtime::{Operation, Runtime};
use keel_types::TaskStatus;
use serde_json::{Value, json};

fn two_containers() -> Value {
    json!({"family": "shop", "containerDefinitions": [
        {"name": "web", "image": "web:1", "memory": 64,
         "portMappings": [{"containerPort": 80}]},
        {"name": "side", "image": "side:1", "memory": 64, "essential": false,
         "stopTimeout": 2}]})
}

async fn id_of(rt: &keel_runtime::fake::FakeRuntime, part: &str) -> String {
    for id in rt.container_ids() {
        let info = rt.inspect_container(&id.0).await.unwrap();
        if info.name.contains(part) {
            return id.0;
        }
    }
    panic!("no container named like {part}");
}

/// Starts a task and returns its changes up to RUNNING.
async fn run_one(agent: &Agent) -> Vec<TaskStateChange> {
    let mut watch = Watch::new(agent.subscribe());
    agent
        .apply_desired(vec![task("t1", two_containers())])
        .unwrap();
    watch.running(&arn("t1")).await;
    settle().await;
    agent.outbox()
}

#[tokio::test(start_paused = true)]
async fn a_restarted_agent_adopts_running_containers_without_restarting_them() {
    let rt = fake(&["web:1", "side:1"]);
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    let id = agent.agent_id().to_string();
    let changes = run_one(&agent).await;
    let last = changes.last().unwrap().clone();
    assert_eq!(last.last_status, TaskStatus::Running);
    // The first two are acknowledged; the rest are not when the agent goes away.
    agent.ack(&arn("t1"), 2);
    settle().await;
    drop(agent);

    rt.clear_calls();
    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    assert_eq!(agent.agent_id(), id);
    settle().await;
    assert_eq!(
        agent.outbox(),
        changes[2..].to_vec(),
        "unacked changes, in order"
    );
    for op in [
        Operation::CreateContainer,
        Operation::StartContainer,
        Operation::StopContainer,
        Operation::KillContainer,
        Operation::PullImage,
    ] {
        assert_eq!(rt.count(op), 0, "{op:?} after restart");
    }
    assert_eq!(rt.count(Operation::ListContainers), 1);
    assert_eq!(agent.tasks(), vec![arn("t1")]);
    // Nothing changed, so nothing new was reported.
    assert_eq!(agent.outbox().last().unwrap().seq, last.seq);

    // Seq continues where it was.
    let mut watch = Watch::new(agent.subscribe());
    agent
        .apply_desired(vec![stopped(task("t1", two_containers()))])
        .unwrap();
    let done = watch.stopped(&arn("t1")).await;
    let seqs: Vec<u64> = watch.of(&arn("t1")).iter().map(|c| c.seq).collect();
    assert_eq!(seqs[0], last.seq + 1);
    assert_eq!(done.stop_code, Some(StopCode::UserInitiated));
    // The web container's chosen port survived the restart in the report.
    assert_eq!(
        done.container("web").unwrap().network_bindings,
        last.container("web").unwrap().network_bindings
    );
}

#[tokio::test(start_paused = true)]
async fn exits_while_the_agent_was_down_are_reported_after_it_restarts() {
    let rt = fake(&["web:1", "side:1"]);
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    let last = run_one(&agent).await.last().unwrap().clone();
    drop(agent);

    tokio::time::sleep(Duration::from_secs(30)).await;
    let web = id_of(&rt, "-web-").await;
    rt.exit(&web, 4);
    let finished = rt.inspect_container(&web).await.unwrap().state.finished_at;
    rt.clear_calls();

    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    let mut watch = Watch::new(agent.subscribe());
    let done = watch.stopped(&arn("t1")).await;
    assert_eq!(done.container("web").unwrap().exit_code, Some(4));
    assert_eq!(done.stop_code, Some(StopCode::EssentialContainerExited));
    assert_eq!(
        done.stopped_reason.as_deref(),
        Some(ESSENTIAL_CONTAINER_EXITED)
    );
    // The non-essential container was stopped by the new agent; nothing was restarted.
    let side = id_of(&rt, "-side-").await;
    assert!(
        rt.calls()
            .iter()
            .any(|c| matches!(c, Call::StopContainer { id, .. } if *id == side))
    );
    assert_eq!(rt.count(Operation::StartContainer), 0);
    assert_eq!(watch.of(&arn("t1"))[0].seq, last.seq + 1);
    // executionStoppedAt is when the last container stopped: side, stopped after web's exit.
    assert!(done.execution_stopped_at >= finished);
    assert!(done.execution_stopped_at.is_some());
}

#[tokio::test(start_paused = true)]
async fn a_container_created_but_not_recorded_is_found_by_its_name() {
    let rt = fake(&["web:1", "side:1"]);
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    run_one(&agent).await;
    drop(agent);

    // As if the agent died between asking for the create and recording its answer.
    let path = std::fs::read_dir(dir.path().join("tasks"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let mut record: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let web = &mut record["known"]["containers"][0];
    assert_eq!(web["name"], "web");
    web["phase"] = json!("Waiting");
    web["id"] = Value::Null;
    std::fs::write(&path, serde_json::to_vec(&record).unwrap()).unwrap();

    rt.clear_calls();
    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    settle().await;
    assert_eq!(rt.count(Operation::CreateContainer), 0);
    assert_eq!(rt.count(Operation::StartContainer), 0);
    let mut watch = Watch::new(agent.subscribe());
    rt.exit(&id_of(&rt, "-web-").await, 0);
    let done = watch.stopped(&arn("t1")).await;
    assert_eq!(
        done.container("web").unwrap().runtime_id,
        Some(id_of(&rt, "-web-").await)
    );
    assert_eq!(done.container("web").unwrap().exit_code, Some(0));
}

#[tokio::test(start_paused = true)]
async fn a_start_interrupted_by_a_restart_is_finished_by_the_next_agent() {
    let rt = fake(&["web:1"]);
    rt.hang_next(Operation::StartContainer);
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    agent
        .apply_desired(vec![task(
            "t1",
            json!({"family": "shop", "containerDefinitions": [
                {"name": "web", "image": "web:1", "memory": 64}]}),
        )])
        .unwrap();
    settle().await;
    assert_eq!(rt.count(Operation::StartContainer), 1);
    drop(agent);

    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    let mut watch = Watch::new(agent.subscribe());
    let running = watch.running(&arn("t1")).await;
    assert_eq!(running.containers[0].last_status, ContainerStatus::Running);
    assert_eq!(rt.count(Operation::CreateContainer), 1);
}

#[tokio::test(start_paused = true)]
async fn a_container_removed_while_the_agent_was_down_is_reported_stopped() {
    let rt = fake(&["web:1", "side:1"]);
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    run_one(&agent).await;
    drop(agent);
    let web = id_of(&rt, "-web-").await;
    rt.remove_container(
        &web,
        keel_runtime::RemoveOptions {
            force: true,
            volumes: false,
        },
    )
    .await
    .unwrap();

    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    let mut watch = Watch::new(agent.subscribe());
    let done = watch.stopped(&arn("t1")).await;
    let reason = done.container("web").unwrap().reason.clone().unwrap();
    assert!(reason.starts_with("NoSuchContainerError: "), "{reason}");
    assert_eq!(done.stop_code, Some(StopCode::EssentialContainerExited));
}

#[tokio::test(start_paused = true)]
async fn a_stopped_task_is_cleaned_up_after_a_restart_when_its_delay_is_over() {
    let rt = fake(&["web:1"]);
    rt.on_container(Matcher::Any, Behavior::exits(Duration::from_secs(5), 0));
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = config();
    cfg.cleanup_delay = Duration::from_secs(60);
    let agent = Agent::new(rt.clone(), dir.path(), cfg.clone())
        .await
        .unwrap();
    let mut watch = Watch::new(agent.subscribe());
    agent
        .apply_desired(vec![task(
            "t1",
            json!({"family": "shop", "containerDefinitions": [
                {"name": "web", "image": "web:1", "memory": 64}]}),
        )])
        .unwrap();
    let done = watch.stopped(&arn("t1")).await;
    drop(agent);
    assert_eq!(rt.container_ids().len(), 1);

    let agent = Agent::new(rt.clone(), dir.path(), cfg).await.unwrap();
    // The STOPPED change was never acknowledged: it is still there to send.
    assert_eq!(agent.outbox().last().unwrap(), &done);
    tokio::time::sleep(Duration::from_secs(120)).await;
    assert!(rt.container_ids().is_empty(), "removed after the delay");
    assert_eq!(agent.tasks(), vec![arn("t1")], "kept until acknowledged");
    agent.ack(&arn("t1"), done.seq);
    settle().await;
    assert!(agent.tasks().is_empty());
}

#[tokio::test(start_paused = true)]
async fn a_stop_interrupted_by_a_restart_is_asked_again() {
    let rt = fake(&["web:1"]);
    rt.on_container(Matcher::Any, Behavior::ignores_sigterm());
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    let mut watch = Watch::new(agent.subscribe());
    let def = json!({"family": "shop", "containerDefinitions": [
        {"name": "web", "image": "web:1", "memory": 64, "stopTimeout": 100}]});
    agent.apply_desired(vec![task("t1", def.clone())]).unwrap();
    watch.running(&arn("t1")).await;
    agent.apply_desired(vec![stopped(task("t1", def))]).unwrap();
    tokio::time::sleep(Duration::from_secs(10)).await;
    assert_eq!(rt.count(Operation::StopContainer), 1);
    // The agent goes away during the grace period; the container still runs.
    drop(agent);
    tokio::time::sleep(Duration::from_secs(200)).await;
    let web = id_of(&rt, "-web-").await;
    assert_eq!(
        rt.inspect_container(&web).await.unwrap().state.status,
        keel_runtime::ContainerStatus::Running
    );

    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    let mut watch = Watch::new(agent.subscribe());
    let done = watch.stopped(&arn("t1")).await;
    assert_eq!(done.stop_code, Some(StopCode::UserInitiated));
    assert_eq!(done.containers[0].exit_code, Some(137));
    assert_eq!(rt.count(Operation::StopContainer), 2);
}
