//! The task lifecycle against the recording fake runtime, under virtual time: each ECS rule
//! the owner loop implements, with the runtime calls it makes and the changes it reports.

mod common;

use std::time::Duration;

use common::{Watch, arn, config, fake, settle, stopped, task};
use keel_agent::model::{ESSENTIAL_CONTAINER_EXITED, OUT_OF_MEMORY};
use keel_agent::{AGENT_ID_LABEL, Agent, ContainerStatus, HealthStatus, StopCode};
use keel_runtime::fake::{Behavior, Call, Matcher};
use keel_runtime::image::PullBehavior;
use keel_runtime::{HealthStatus as RtHealth, LabelSelector, Operation, Runtime, labels};
use keel_types::TaskStatus;
use serde_json::json;

fn starts_of(calls: &[Call], id: &str) -> usize {
    calls
        .iter()
        .filter(|c| matches!(c, Call::StartContainer(x) if x == id))
        .count()
}

fn position(calls: &[Call], pred: impl Fn(&Call) -> bool) -> Option<usize> {
    calls.iter().position(pred)
}

#[tokio::test(start_paused = true)]
async fn a_task_goes_pending_then_running_with_chosen_ports() {
    let rt = fake(&["web:1"]);
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    let mut watch = Watch::new(agent.subscribe());
    agent
        .apply_desired(vec![task(
            "t1",
            json!({"family": "shop", "containerDefinitions": [
                {"name": "web", "image": "web:1", "memory": 64,
                 "portMappings": [{"containerPort": 8080, "hostPort": 0}]}]}),
        )])
        .unwrap();
    let running = watch.running(&arn("t1")).await;

    let first = &watch.of(&arn("t1"))[0];
    assert_eq!(first.seq, 1);
    assert_eq!(first.last_status, TaskStatus::Pending);
    assert_eq!(first.containers[0].last_status, ContainerStatus::Pending);
    let seqs: Vec<u64> = watch.of(&arn("t1")).iter().map(|c| c.seq).collect();
    assert_eq!(seqs, (1..=seqs.len() as u64).collect::<Vec<_>>());

    let web = running.container("web").unwrap();
    assert_eq!(web.last_status, ContainerStatus::Running);
    assert_eq!(web.network_bindings.len(), 1);
    assert_eq!(web.network_bindings[0].container_port, 8080);
    assert_eq!(web.network_bindings[0].bind_ip, "127.0.0.1");
    assert!(web.network_bindings[0].host_port >= 32768);
    assert!(running.pull_started_at.is_some() && running.pull_stopped_at.is_some());
    assert_eq!(running.health_status, HealthStatus::Unknown);

    let created = rt.created();
    assert_eq!(created.len(), 1);
    assert!(created[0].name.starts_with("keel-shop-3-web-"));
    assert_eq!(created[0].labels[labels::TASK_ARN], arn("t1"));
    assert_eq!(created[0].labels[labels::CLUSTER], "default");
    assert_eq!(created[0].labels[AGENT_ID_LABEL], agent.agent_id());
    assert_eq!(
        web.runtime_id.as_deref(),
        Some(rt.container_ids()[0].0.as_str())
    );
    // The outbox holds every change until acknowledged.
    assert_eq!(agent.outbox().len(), seqs.len());
    agent.ack(&arn("t1"), running.seq - 1);
    assert_eq!(agent.outbox(), vec![running.clone()]);
}

#[tokio::test(start_paused = true)]
async fn a_failed_pull_stops_the_task_as_failed_to_start() {
    let rt = fake(&[]);
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    let mut watch = Watch::new(agent.subscribe());
    agent
        .apply_desired(vec![task(
            "t1",
            json!({"family": "shop", "containerDefinitions": [
                {"name": "web", "image": "nowhere/web:1", "memory": 64}]}),
        )])
        .unwrap();
    let stopped = watch.stopped(&arn("t1")).await;
    assert_eq!(stopped.stop_code, Some(StopCode::TaskFailedToStart));
    let reason = stopped.stopped_reason.clone().unwrap();
    assert!(
        reason.starts_with("CannotPullContainerError: Error response from daemon: pull access denied for nowhere/web"),
        "{reason}"
    );
    let web = stopped.container("web").unwrap();
    assert_eq!(web.last_status, ContainerStatus::Stopped);
    assert_eq!(web.reason.as_deref(), Some(reason.as_str()));
    assert_eq!(web.exit_code, None);
    assert_eq!(rt.count(Operation::CreateContainer), 0);
}

#[tokio::test(start_paused = true)]
async fn pull_behaviours_decide_whether_to_pull() {
    // prefer-cached: a cached image is not pulled.
    let rt = fake(&["web:1"]);
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = config();
    cfg.image_policy.behavior = PullBehavior::PreferCached;
    let agent = Agent::new(rt.clone(), dir.path(), cfg).await.unwrap();
    let mut watch = Watch::new(agent.subscribe());
    let def = json!({"family": "shop", "containerDefinitions": [
        {"name": "web", "image": "web:1", "memory": 64}]});
    agent.apply_desired(vec![task("t1", def.clone())]).unwrap();
    watch.running(&arn("t1")).await;
    assert_eq!(rt.count(Operation::PullImage), 0);
    drop(agent);

    // always: a failed pull fails even with the image cached; the digest of a pulled image is
    // reported.
    let rt = fake(&["web:1", "api:1"]);
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = config();
    cfg.image_policy.behavior = PullBehavior::Always;
    let agent = Agent::new(rt.clone(), dir.path(), cfg).await.unwrap();
    let mut watch = Watch::new(agent.subscribe());
    rt.script_pull_err("web:1", "Error response from daemon: manifest unknown");
    rt.script_pull_ok("api:1", "sha256:abc123");
    agent.apply_desired(vec![task("t1", def)]).unwrap();
    let failed = watch.stopped(&arn("t1")).await;
    assert_eq!(
        failed.stopped_reason.as_deref(),
        Some("CannotPullContainerError: Error response from daemon: manifest unknown")
    );
    agent
        .apply_desired(vec![task(
            "t2",
            json!({"family": "api", "containerDefinitions": [
                {"name": "api", "image": "api:1", "memory": 64}]}),
        )])
        .unwrap();
    let running = watch.running(&arn("t2")).await;
    assert_eq!(
        running.container("api").unwrap().image_digest.as_deref(),
        Some("sha256:abc123")
    );
}

#[tokio::test(start_paused = true)]
async fn depends_on_healthy_starts_the_dependent_only_once_healthy() {
    let rt = fake(&["db:1", "app:1"]);
    rt.on_container(
        Matcher::EcsName("db".into()),
        Behavior::runs().with_health(Duration::from_secs(20), RtHealth::Healthy),
    );
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    let mut watch = Watch::new(agent.subscribe());
    agent
        .apply_desired(vec![task(
            "t1",
            json!({"family": "shop", "containerDefinitions": [
                {"name": "app", "image": "app:1", "memory": 64,
                 "dependsOn": [{"containerName": "db", "condition": "HEALTHY"}]},
                {"name": "db", "image": "db:1", "memory": 64,
                 "healthCheck": {"command": ["CMD-SHELL", "true"], "interval": 5}}]}),
        )])
        .unwrap();
    let running = watch.running(&arn("t1")).await;
    assert_eq!(
        running.container("db").unwrap().health_status,
        Some(HealthStatus::Healthy)
    );
    // Task health counts only containers with a health check: db is essential and healthy.
    assert_eq!(running.health_status, HealthStatus::Healthy);
    assert_eq!(running.container("app").unwrap().health_status, None);
    // Never was app running while db was not yet healthy.
    for change in watch.of(&arn("t1")) {
        if change.container("app").unwrap().last_status == ContainerStatus::Running {
            assert_eq!(
                change.container("db").unwrap().health_status,
                Some(HealthStatus::Healthy)
            );
        }
    }
    let calls = rt.calls();
    let ids = rt.container_ids();
    let created = rt.created();
    let app_id = &ids[created
        .iter()
        .position(|s| s.name.contains("-app-"))
        .unwrap()]
    .0;
    let db_id = &ids[created
        .iter()
        .position(|s| s.name.contains("-db-"))
        .unwrap()]
    .0;
    let db_start = position(
        &calls,
        |c| matches!(c, Call::StartContainer(x) if x == db_id),
    )
    .unwrap();
    let app_start = position(
        &calls,
        |c| matches!(c, Call::StartContainer(x) if x == app_id),
    )
    .unwrap();
    assert!(db_start < app_start);
}

#[tokio::test(start_paused = true)]
async fn a_dependency_that_misses_its_start_timeout_fails_the_task() {
    let rt = fake(&["db:1", "app:1"]);
    rt.on_container(
        Matcher::EcsName("db".into()),
        Behavior::runs().with_health(Duration::from_secs(600), RtHealth::Healthy),
    );
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    let mut watch = Watch::new(agent.subscribe());
    agent
        .apply_desired(vec![task(
            "t1",
            json!({"family": "shop", "containerDefinitions": [
                {"name": "app", "image": "app:1", "memory": 64,
                 "dependsOn": [{"containerName": "db", "condition": "HEALTHY"}]},
                {"name": "db", "image": "db:1", "memory": 64, "startTimeout": 30,
                 "healthCheck": {"command": ["CMD-SHELL", "true"], "interval": 5}}]}),
        )])
        .unwrap();
    let stopped = watch.stopped(&arn("t1")).await;
    assert_eq!(stopped.stop_code, Some(StopCode::TaskFailedToStart));
    let app = stopped.container("app").unwrap();
    let reason = app.reason.clone().unwrap();
    assert!(
        reason.contains("did not reach HEALTHY within its startTimeout of 30s"),
        "{reason}"
    );
    assert_eq!(stopped.stopped_reason.as_deref(), Some(reason.as_str()));
    // app was created but never started; db was stopped.
    let created = rt.created();
    let app_id = rt.container_ids()[created
        .iter()
        .position(|s| s.name.contains("-app-"))
        .unwrap()]
    .0
    .clone();
    assert_eq!(starts_of(&rt.calls(), &app_id), 0);
    assert_eq!(
        stopped.container("db").unwrap().last_status,
        ContainerStatus::Stopped
    );
    assert!(rt.count(Operation::StopContainer) >= 1);
}

#[tokio::test(start_paused = true)]
async fn success_and_complete_wait_for_the_exit_and_its_code() {
    let rt = fake(&["init:1", "app:1"]);
    rt.on_container(
        Matcher::EcsName("init".into()),
        Behavior::exits(Duration::from_secs(5), 0),
    );
    rt.on_container(
        Matcher::EcsName("warm".into()),
        Behavior::exits(Duration::from_secs(8), 1),
    );
    rt.on_container(
        Matcher::EcsName("bad".into()),
        Behavior::exits(Duration::from_secs(5), 2),
    );
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    let mut watch = Watch::new(agent.subscribe());
    agent
        .apply_desired(vec![task(
            "t1",
            json!({"family": "ok", "containerDefinitions": [
                {"name": "app", "image": "app:1", "memory": 64,
                 "dependsOn": [{"containerName": "init", "condition": "SUCCESS"},
                               {"containerName": "warm", "condition": "COMPLETE"}]},
                {"name": "init", "image": "init:1", "memory": 64, "essential": false},
                {"name": "warm", "image": "init:1", "memory": 64, "essential": false}]}),
        )])
        .unwrap();
    let running = watch.running(&arn("t1")).await;
    assert_eq!(running.container("init").unwrap().exit_code, Some(0));
    assert_eq!(
        running.container("init").unwrap().last_status,
        ContainerStatus::Stopped
    );
    assert_eq!(
        running.container("app").unwrap().last_status,
        ContainerStatus::Running
    );
    // COMPLETE takes any exit code.
    assert_eq!(running.container("warm").unwrap().exit_code, Some(1));

    agent
        .apply_desired(vec![task(
            "t2",
            json!({"family": "bad", "containerDefinitions": [
                {"name": "app", "image": "app:1", "memory": 64,
                 "dependsOn": [{"containerName": "bad", "condition": "SUCCESS"}]},
                {"name": "bad", "image": "init:1", "memory": 64, "essential": false}]}),
        )])
        .unwrap();
    let failed = watch.stopped(&arn("t2")).await;
    assert_eq!(failed.stop_code, Some(StopCode::TaskFailedToStart));
    let reason = failed.container("app").unwrap().reason.clone().unwrap();
    assert!(reason.contains("bad exited with code 2"), "{reason}");
    assert_eq!(failed.container("bad").unwrap().exit_code, Some(2));
}

#[tokio::test(start_paused = true)]
async fn an_essential_exit_stops_the_others_with_sigterm_then_sigkill() {
    let rt = fake(&["web:1", "side:1"]);
    rt.on_container(
        Matcher::EcsName("web".into()),
        Behavior::exits(Duration::from_secs(10), 3),
    );
    rt.on_container(Matcher::EcsName("side".into()), Behavior::ignores_sigterm());
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    let mut watch = Watch::new(agent.subscribe());
    agent
        .apply_desired(vec![task(
            "t1",
            json!({"family": "shop", "containerDefinitions": [
                {"name": "web", "image": "web:1", "memory": 64},
                {"name": "side", "image": "side:1", "memory": 64, "essential": false,
                 "stopTimeout": 5}]}),
        )])
        .unwrap();
    watch.running(&arn("t1")).await;
    let stopped = watch.stopped(&arn("t1")).await;
    assert_eq!(stopped.stop_code, Some(StopCode::EssentialContainerExited));
    assert_eq!(
        stopped.stopped_reason.as_deref(),
        Some(ESSENTIAL_CONTAINER_EXITED)
    );
    assert_eq!(stopped.container("web").unwrap().exit_code, Some(3));
    // side ignored SIGTERM: killed after its 5 s stopTimeout.
    assert_eq!(stopped.container("side").unwrap().exit_code, Some(137));
    assert!(stopped.execution_stopped_at.is_some());
    let grace: Vec<Duration> = rt
        .calls()
        .into_iter()
        .filter_map(|c| match c {
            Call::StopContainer { grace, .. } => Some(grace),
            _ => None,
        })
        .collect();
    assert_eq!(grace, vec![Duration::from_secs(5)]);
}

#[tokio::test(start_paused = true)]
async fn a_non_essential_exit_leaves_the_task_running() {
    let rt = fake(&["web:1", "side:1"]);
    rt.on_container(
        Matcher::EcsName("side".into()),
        Behavior::exits(Duration::from_secs(10), 1),
    );
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    let mut watch = Watch::new(agent.subscribe());
    agent
        .apply_desired(vec![task(
            "t1",
            json!({"family": "shop", "containerDefinitions": [
                {"name": "web", "image": "web:1", "memory": 64},
                {"name": "side", "image": "side:1", "memory": 64, "essential": false}]}),
        )])
        .unwrap();
    let change = watch
        .until(&arn("t1"), "side stopped", |c| {
            c.container("side").unwrap().last_status == ContainerStatus::Stopped
        })
        .await;
    assert_eq!(change.last_status, TaskStatus::Running);
    assert_eq!(change.container("side").unwrap().exit_code, Some(1));
    assert_eq!(
        change.container("web").unwrap().last_status,
        ContainerStatus::Running
    );
    tokio::time::sleep(Duration::from_secs(300)).await;
    assert_eq!(rt.count(Operation::StopContainer), 0);
}

#[tokio::test(start_paused = true)]
async fn an_oom_kill_is_reported_as_ecs_does() {
    let rt = fake(&["hog:1"]);
    rt.on_container(
        Matcher::Any,
        Behavior {
            oom_after: Some(Duration::from_secs(3)),
            ..Behavior::runs()
        },
    );
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    let mut watch = Watch::new(agent.subscribe());
    agent
        .apply_desired(vec![task(
            "t1",
            json!({"family": "hog", "containerDefinitions": [
                {"name": "hog", "image": "hog:1", "memory": 32}]}),
        )])
        .unwrap();
    let stopped = watch.stopped(&arn("t1")).await;
    let hog = stopped.container("hog").unwrap();
    assert_eq!(hog.reason.as_deref(), Some(OUT_OF_MEMORY));
    assert_eq!(hog.exit_code, Some(137));
    assert_eq!(stopped.stop_code, Some(StopCode::EssentialContainerExited));
}

#[tokio::test(start_paused = true)]
async fn desired_stopped_stops_with_the_stop_timeout_as_user_initiated() {
    let rt = fake(&["web:1"]);
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    let mut watch = Watch::new(agent.subscribe());
    let t = task(
        "t1",
        json!({"family": "shop", "containerDefinitions": [
            {"name": "web", "image": "web:1", "memory": 64, "stopTimeout": 7}]}),
    );
    agent.apply_desired(vec![t.clone()]).unwrap();
    watch.running(&arn("t1")).await;
    // A repeat of the desired RUNNING changes nothing.
    agent.apply_desired(vec![t.clone()]).unwrap();
    agent.apply_desired(vec![stopped(t.clone())]).unwrap();
    let done = watch.stopped(&arn("t1")).await;
    assert_eq!(done.stop_code, Some(StopCode::UserInitiated));
    assert_eq!(done.container("web").unwrap().exit_code, Some(143));
    let id = rt.container_ids()[0].0.clone();
    assert!(rt.calls().contains(&Call::StopContainer {
        id,
        grace: Duration::from_secs(7)
    }));
    // Desired RUNNING again does not bring a stopped task back.
    agent.apply_desired(vec![t]).unwrap();
    settle().await;
    assert_eq!(rt.count(Operation::CreateContainer), 1);
    assert_eq!(rt.count(Operation::StartContainer), 1);
}

#[tokio::test(start_paused = true)]
async fn a_stop_during_a_pull_abandons_it() {
    let rt = fake(&["web:1"]);
    rt.hang_next(Operation::PullImage);
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    let mut watch = Watch::new(agent.subscribe());
    let t = task(
        "t1",
        json!({"family": "shop", "containerDefinitions": [
            {"name": "web", "image": "web:1", "memory": 64}]}),
    );
    agent.apply_desired(vec![t.clone()]).unwrap();
    settle().await;
    assert_eq!(rt.count(Operation::PullImage), 1);
    let before = tokio::time::Instant::now();
    agent.apply_desired(vec![stopped(t)]).unwrap();
    let done = watch.stopped(&arn("t1")).await;
    assert!(before.elapsed() < Duration::from_secs(60));
    assert_eq!(done.stop_code, Some(StopCode::UserInitiated));
    assert_eq!(rt.count(Operation::CreateContainer), 0);
}

#[tokio::test(start_paused = true)]
async fn a_hung_runtime_call_times_out_with_ecs_words() {
    let rt = fake(&["web:1"]);
    rt.hang_next(Operation::CreateContainer);
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    let mut watch = Watch::new(agent.subscribe());
    agent
        .apply_desired(vec![task(
            "t1",
            json!({"family": "shop", "containerDefinitions": [
                {"name": "web", "image": "web:1", "memory": 64}]}),
        )])
        .unwrap();
    let done = watch.stopped(&arn("t1")).await;
    assert_eq!(done.stop_code, Some(StopCode::TaskFailedToStart));
    assert_eq!(
        done.stopped_reason.as_deref(),
        Some("DockerTimeoutError: Could not transition to created; timed out after waiting 4m0s")
    );
}

#[tokio::test(start_paused = true)]
async fn health_is_reported_per_container_and_for_the_task() {
    let rt = fake(&["web:1", "side:1"]);
    rt.on_container(
        Matcher::EcsName("web".into()),
        Behavior::runs()
            .with_health(Duration::from_secs(10), RtHealth::Healthy)
            .with_health(Duration::from_secs(60), RtHealth::Unhealthy),
    );
    rt.on_container(
        Matcher::EcsName("side".into()),
        Behavior::runs().with_health(Duration::from_secs(5), RtHealth::Unhealthy),
    );
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    let mut watch = Watch::new(agent.subscribe());
    let check = json!({"command": ["CMD-SHELL", "true"], "interval": 5});
    agent
        .apply_desired(vec![task(
            "t1",
            json!({"family": "shop", "containerDefinitions": [
                {"name": "web", "image": "web:1", "memory": 64, "healthCheck": check},
                {"name": "side", "image": "side:1", "memory": 64, "essential": false,
                 "healthCheck": check}]}),
        )])
        .unwrap();
    let healthy = watch
        .until(&arn("t1"), "web healthy", |c| {
            c.container("web").unwrap().health_status == Some(HealthStatus::Healthy)
        })
        .await;
    // side is unhealthy but not essential: the task is healthy.
    assert_eq!(
        healthy.container("side").unwrap().health_status,
        Some(HealthStatus::Unhealthy)
    );
    assert_eq!(healthy.health_status, HealthStatus::Healthy);
    let unhealthy = watch
        .until(&arn("t1"), "task unhealthy", |c| {
            c.health_status == HealthStatus::Unhealthy
        })
        .await;
    assert_eq!(
        unhealthy.container("web").unwrap().health_status,
        Some(HealthStatus::Unhealthy)
    );
    assert_eq!(unhealthy.last_status, TaskStatus::Running);
}

#[tokio::test(start_paused = true)]
async fn restart_policy_restarts_in_place_and_counts() {
    let rt = fake(&["web:1", "quick:1", "done:1"]);
    rt.on_container(
        Matcher::EcsName("web".into()),
        Behavior::exits(Duration::from_secs(100), 1),
    );
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    let mut watch = Watch::new(agent.subscribe());
    agent
        .apply_desired(vec![task(
            "t1",
            json!({"family": "shop", "containerDefinitions": [
                {"name": "web", "image": "web:1", "memory": 64,
                 "restartPolicy": {"enabled": true, "restartAttemptPeriod": 60}}]}),
        )])
        .unwrap();
    let change = watch
        .until(&arn("t1"), "two restarts", |c| {
            c.containers[0].restart_count == 2
        })
        .await;
    assert_eq!(change.last_status, TaskStatus::Running);
    assert_eq!(change.containers[0].last_status, ContainerStatus::Running);
    assert_eq!(rt.count(Operation::CreateContainer), 1);
    let id = rt.container_ids()[0].0.clone();
    assert_eq!(starts_of(&rt.calls(), &id), 3);
    assert!(
        watch
            .of(&arn("t1"))
            .iter()
            .all(|c| c.last_status != TaskStatus::Stopped)
    );

    // An exit before restartAttemptPeriod, or with an ignored code, is not restarted.
    rt.on_container(
        Matcher::EcsName("quick".into()),
        Behavior::exits(Duration::from_secs(10), 1),
    );
    rt.on_container(
        Matcher::EcsName("done".into()),
        Behavior::exits(Duration::from_secs(100), 0),
    );
    for (id, name, image) in [("t2", "quick", "quick:1"), ("t3", "done", "done:1")] {
        agent
            .apply_desired(vec![task(
                id,
                json!({"family": name, "containerDefinitions": [
                    {"name": name, "image": image, "memory": 64,
                     "restartPolicy": {"enabled": true, "restartAttemptPeriod": 60,
                                       "ignoredExitCodes": [0]}}]}),
            )])
            .unwrap();
        let done = watch.stopped(&arn(id)).await;
        assert_eq!(done.containers[0].restart_count, 0, "{name}");
        assert_eq!(done.stop_code, Some(StopCode::EssentialContainerExited));
    }
}

#[tokio::test(start_paused = true)]
async fn task_volumes_live_with_the_task_and_containers_go_after_the_cleanup_delay() {
    let rt = fake(&["web:1"]);
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = config();
    cfg.cleanup_delay = Duration::from_secs(3600);
    let agent = Agent::new(rt.clone(), dir.path(), cfg).await.unwrap();
    let mut watch = Watch::new(agent.subscribe());
    let t = task(
        "t1",
        json!({"family": "shop", "networkMode": "awsvpc",
               "volumes": [{"name": "scratch", "host": {}}],
               "containerDefinitions": [
                 {"name": "web", "image": "web:1", "memory": 64,
                  "mountPoints": [{"sourceVolume": "scratch", "containerPath": "/data"}]}]}),
    );
    agent.apply_desired(vec![t.clone()]).unwrap();
    let running = watch.running(&arn("t1")).await;
    // The pause container is not reported.
    assert_eq!(running.containers.len(), 1);
    let calls = rt.calls();
    let volume = position(&calls, |c| matches!(c, Call::CreateVolume(_))).unwrap();
    let pause = position(
        &calls,
        |c| matches!(c, Call::CreateContainer(s) if s.image == common::PAUSE_IMAGE),
    )
    .unwrap();
    let web = position(
        &calls,
        |c| matches!(c, Call::CreateContainer(s) if s.image == "web:1"),
    )
    .unwrap();
    assert!(volume < pause && pause < web);
    assert_eq!(rt.volume_names().len(), 1);

    agent.apply_desired(vec![stopped(t.clone())]).unwrap();
    let done = watch.stopped(&arn("t1")).await;
    agent.ack(&arn("t1"), done.seq);
    tokio::time::sleep(Duration::from_secs(1800)).await;
    assert_eq!(rt.container_ids().len(), 2, "kept until the cleanup delay");
    tokio::time::sleep(Duration::from_secs(1801)).await;
    assert!(rt.container_ids().is_empty());
    assert!(rt.volume_names().is_empty());
    // The pause container went last.
    let calls = rt.calls();
    let removes: Vec<&Call> = calls
        .iter()
        .filter(|c| matches!(c, Call::RemoveContainer { .. }))
        .collect();
    assert_eq!(removes.len(), 2);
    // Forgotten once cleaned up and acknowledged; a stale desired state does not revive it.
    assert!(agent.tasks().is_empty());
    assert!(
        std::fs::read_dir(dir.path().join("tasks"))
            .unwrap()
            .next()
            .is_none()
    );
    agent.apply_desired(vec![t]).unwrap();
    settle().await;
    assert!(agent.tasks().is_empty());
    assert_eq!(rt.count(Operation::CreateContainer), 2);
}

#[tokio::test(start_paused = true)]
async fn a_broken_event_stream_is_resubscribed_and_exits_still_seen() {
    let rt = fake(&["web:1"]);
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    let mut watch = Watch::new(agent.subscribe());
    agent
        .apply_desired(vec![task(
            "t1",
            json!({"family": "shop", "containerDefinitions": [
                {"name": "web", "image": "web:1", "memory": 64}]}),
        )])
        .unwrap();
    watch.running(&arn("t1")).await;
    rt.break_event_streams();
    // The exit happens before the agent has subscribed again.
    rt.exit(&rt.container_ids()[0].0, 9);
    let done = watch.stopped(&arn("t1")).await;
    assert_eq!(done.containers[0].exit_code, Some(9));
    let subscriptions = rt
        .calls()
        .into_iter()
        .filter(|c| matches!(c, Call::Events(f) if f.labels.contains(&LabelSelector::eq(AGENT_ID_LABEL, agent.agent_id()))))
        .count();
    assert_eq!(subscriptions, 2);
}

#[tokio::test(start_paused = true)]
async fn a_definition_the_host_cannot_run_fails_naming_the_member() {
    let rt = fake(&["web:1"]);
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    let mut watch = Watch::new(agent.subscribe());
    agent
        .apply_desired(vec![task(
            "t1",
            json!({"family": "shop", "containerDefinitions": [
                {"name": "web", "image": "web:1", "memory": 64,
                 "secrets": [{"name": "A", "valueFrom": "arn:aws:ssm:us-east-1:1:parameter/a"}]}]}),
        )])
        .unwrap();
    let done = watch.stopped(&arn("t1")).await;
    assert_eq!(done.stop_code, Some(StopCode::TaskFailedToStart));
    let reason = done.stopped_reason.unwrap();
    assert!(reason.contains("secrets"), "{reason}");
    assert_eq!(
        rt.count(Operation::PullImage) + rt.count(Operation::CreateContainer),
        0
    );
    // Bad input is refused without a panic.
    for wrong in [
        "not-an-arn",
        "arn:aws:ecs:us-east-1:1:task/default/",
        "arn:aws:ecs:us-east-1:1:task/a/b c",
    ] {
        let mut bad = task("x", json!({"family": "f", "containerDefinitions": []}));
        bad.task_arn = wrong.into();
        let error = agent.apply_desired(vec![bad]).unwrap_err();
        assert!(error.to_string().contains("not a task ARN"), "{error}");
    }
    assert_eq!(agent.tasks(), vec![arn("t1")]);
}

#[tokio::test(start_paused = true)]
async fn deliver_sends_the_outbox_in_order_until_acknowledged() {
    use std::collections::BTreeMap;
    use std::sync::Arc;

    use keel_agent::{TaskStateChange, Uplink, UplinkError};
    use parking_lot::Mutex;

    #[derive(Default)]
    struct Server {
        applied: Mutex<BTreeMap<String, u64>>,
        received: Mutex<Vec<u64>>,
        fail_first: Mutex<bool>,
    }
    #[async_trait::async_trait]
    impl Uplink for Server {
        async fn submit(
            &self,
            changes: Vec<TaskStateChange>,
        ) -> Result<BTreeMap<String, u64>, UplinkError> {
            {
                let mut fail = self.fail_first.lock();
                if *fail {
                    *fail = false;
                    return Err(UplinkError("connection refused".into()));
                }
            }
            let mut applied = self.applied.lock();
            for change in changes {
                let last = applied.entry(change.task_arn.clone()).or_default();
                // Applied only if newer, as the server does.
                if change.seq > *last {
                    assert_eq!(change.seq, *last + 1, "no gap");
                    *last = change.seq;
                    self.received.lock().push(change.seq);
                }
            }
            Ok(applied.clone())
        }
    }

    let rt = fake(&["web:1"]);
    let dir = tempfile::tempdir().unwrap();
    let agent = Arc::new(Agent::new(rt.clone(), dir.path(), config()).await.unwrap());
    let server = Arc::new(Server {
        fail_first: Mutex::new(true),
        ..Server::default()
    });
    let mut watch = Watch::new(agent.subscribe());
    let delivering = {
        let agent = agent.clone();
        let server = server.clone();
        tokio::spawn(async move { agent.deliver(server.as_ref()).await })
    };
    agent
        .apply_desired(vec![task(
            "t1",
            json!({"family": "shop", "containerDefinitions": [
                {"name": "web", "image": "web:1", "memory": 64}]}),
        )])
        .unwrap();
    let running = watch.running(&arn("t1")).await;
    for _ in 0..100 {
        if agent.outbox().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(agent.outbox().is_empty());
    assert_eq!(server.applied.lock()[&arn("t1")], running.seq);
    assert_eq!(
        *server.received.lock(),
        (1..=running.seq).collect::<Vec<_>>()
    );
    delivering.abort();
}

#[tokio::test(start_paused = true)]
async fn several_agents_on_one_runtime_keep_to_their_own_containers() {
    let rt = fake(&["web:1"]);
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let one = Agent::new(rt.clone(), a.path(), config()).await.unwrap();
    let two = Agent::new(rt.clone(), b.path(), config()).await.unwrap();
    assert_ne!(one.agent_id(), two.agent_id());
    let mut w1 = Watch::new(one.subscribe());
    let mut w2 = Watch::new(two.subscribe());
    let def = json!({"family": "shop", "containerDefinitions": [
        {"name": "web", "image": "web:1", "memory": 64}]});
    one.apply_desired(vec![task("t1", def.clone())]).unwrap();
    two.apply_desired(vec![task("t2", def)]).unwrap();
    w1.running(&arn("t1")).await;
    w2.running(&arn("t2")).await;
    let ids = rt.container_ids();
    rt.exit(&ids[0].0, 1);
    w1.stopped(&arn("t1")).await;
    settle().await;
    assert!(
        w2.of(&arn("t2"))
            .iter()
            .all(|c| c.last_status == TaskStatus::Running || c.last_status == TaskStatus::Pending)
    );
    assert_eq!(
        rt.inspect_container(&ids[1].0)
            .await
            .unwrap()
            .state
            .exit_code,
        None
    );
}

#[tokio::test(start_paused = true)]
async fn an_unacknowledged_outbox_stays_bounded_and_keeps_every_status() {
    let rt = fake(&["web:1"]);
    let mut flapping = Behavior::runs();
    for i in 1..=600u64 {
        let status = if i % 2 == 0 {
            RtHealth::Unhealthy
        } else {
            RtHealth::Healthy
        };
        flapping = flapping.with_health(Duration::from_secs(10 * i), status);
    }
    rt.on_container(Matcher::Any, flapping);
    let dir = tempfile::tempdir().unwrap();
    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    let mut watch = Watch::new(agent.subscribe());
    agent
        .apply_desired(vec![task(
            "t1",
            json!({"family": "shop", "containerDefinitions": [
                {"name": "web", "image": "web:1", "memory": 64,
                 "healthCheck": {"command": ["CMD-SHELL", "true"], "interval": 5}}]}),
        )])
        .unwrap();
    let last = watch
        .until(&arn("t1"), "many changes", |c| c.seq >= 140)
        .await;
    settle().await;
    let outbox = agent.outbox();
    assert!(outbox.len() <= 64, "{}", outbox.len());
    assert!(outbox.len() >= 60);
    assert_eq!(outbox[0].last_status, TaskStatus::Pending);
    assert!(outbox.windows(2).all(|w| w[0].seq < w[1].seq));
    assert!(outbox.last().unwrap().seq >= last.seq);
    drop(agent);
    // The record on disk is bounded the same way.
    let agent = Agent::new(rt.clone(), dir.path(), config()).await.unwrap();
    let reloaded = agent.outbox();
    assert!(reloaded.len() <= 64);
    assert_eq!(reloaded[0].last_status, TaskStatus::Pending);
}
