//! The server side of the agent protocol on the in-memory store: register and re-register,
//! lease expiry, the per-task `seq` rule, forward-only status, the desired-state poll, and
//! the binding of an instance to the principal that registered it.

use std::sync::Arc;
use std::time::Duration;

use keel_agent_protocol::{
    ContainerChange, HeartbeatRequest, PollRequest, RegisterRequest, Resources, StateRequest,
    TaskStateChange,
};
use keel_api::{Caller, CallerKind, RequestContext};
use keel_awsmodel::ecs::{
    Attribute, ContainerDefinition, DescribeContainerInstancesRequest, DescribeTasksRequest,
    HealthCheck, HealthStatus, RegisterTaskDefinitionRequest, RunTaskRequest, StopTaskRequest,
    Task, TaskStopCode,
};
use keel_control::agent::{self, AgentError};
use keel_control::ecs::{container_instances, task_definitions, tasks};
use keel_control::{ControlConfig, ControlPlane};
use keel_store::MemoryStore;
use keel_types::Scope;

const REGION: &str = "us-east-1";
const ACCOUNT: &str = "000000000000";

fn control(lease_ttl: Duration) -> Arc<ControlPlane> {
    ControlPlane::new(
        Arc::new(MemoryStore::new()),
        ControlConfig {
            agent_lease_ttl: lease_ttl,
            ..ControlConfig::default()
        },
    )
}

fn ctx_as(caller: Option<Caller>) -> RequestContext {
    let mut ctx = RequestContext::new("agent-test", Scope::new(ACCOUNT, REGION));
    ctx.principal_arn = caller.as_ref().map(|c| c.arn.clone());
    ctx.caller = caller;
    ctx
}

fn root() -> RequestContext {
    ctx_as(Some(Caller::root(ACCOUNT, "keel")))
}

fn user(name: &str) -> RequestContext {
    ctx_as(Some(Caller {
        kind: CallerKind::IamUser,
        arn: format!("arn:aws:iam::{ACCOUNT}:user/keel/agents/{name}"),
        account_id: ACCOUNT.into(),
        principal_id: format!("AIDA{name}"),
        name: Some(name.into()),
        access_key_id: format!("AKIA{name}"),
        session: None,
    }))
}

fn register_request(agent_id: &str) -> RegisterRequest {
    RegisterRequest {
        cluster: "default".into(),
        container_instance_arn: None,
        resources: Resources {
            cpu: 2048,
            memory: 2048,
            reserved_ports: vec![22],
            ..Default::default()
        },
        attributes: vec![
            Attribute {
                name: "ecs.os-type".into(),
                value: Some("linux".into()),
                ..Default::default()
            },
            Attribute {
                name: "ecs.capability.container-health-check".into(),
                ..Default::default()
            },
        ],
        version_info: None,
        agent_id: agent_id.into(),
        ec2_instance_id: None,
    }
}

async fn describe_instance(cp: &ControlPlane, arn: &str) -> keel_awsmodel::ecs::ContainerInstance {
    container_instances::describe_container_instances(
        cp,
        &root(),
        DescribeContainerInstancesRequest {
            container_instances: vec![arn.into()],
            ..Default::default()
        },
    )
    .await
    .unwrap()
    .container_instances
    .unwrap()
    .remove(0)
}

async fn record_of(cp: &ControlPlane, arn: &str) -> container_instances::InstanceRecord {
    let id = arn.rsplit('/').next().unwrap();
    container_instances::load(cp, &root(), "default", id)
        .await
        .unwrap()
        .unwrap()
        .value
}

async fn register_task_definition(cp: &ControlPlane, health_check: bool) {
    task_definitions::register_task_definition(
        cp,
        &root(),
        RegisterTaskDefinitionRequest {
            family: "web".into(),
            container_definitions: vec![
                ContainerDefinition {
                    name: Some("app".into()),
                    image: Some("busybox".into()),
                    memory: Some(128),
                    essential: Some(true),
                    health_check: health_check.then(|| HealthCheck {
                        command: vec!["CMD-SHELL".into(), "true".into()],
                        ..Default::default()
                    }),
                    ..Default::default()
                },
                ContainerDefinition {
                    name: Some("sidecar".into()),
                    image: Some("busybox".into()),
                    memory: Some(64),
                    essential: Some(false),
                    ..Default::default()
                },
            ],
            ..Default::default()
        },
    )
    .await
    .unwrap();
}

async fn run_task(cp: &ControlPlane) -> Task {
    let answer = tasks::run_task(
        cp,
        &root(),
        RunTaskRequest {
            task_definition: "web".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(answer.failures.unwrap_or_default(), vec![]);
    answer.tasks.unwrap().remove(0)
}

async fn describe_task(cp: &ControlPlane, arn: &str) -> Task {
    tasks::describe_tasks(
        cp,
        &root(),
        DescribeTasksRequest {
            tasks: vec![arn.into()],
            ..Default::default()
        },
    )
    .await
    .unwrap()
    .tasks
    .unwrap()
    .remove(0)
}

fn change(task_arn: &str, seq: u64, status: &str) -> TaskStateChange {
    TaskStateChange {
        task_arn: task_arn.into(),
        seq,
        last_status: Some(status.into()),
        ..Default::default()
    }
}

fn state(
    registered: &keel_agent_protocol::RegisterResponse,
    changes: Vec<TaskStateChange>,
) -> StateRequest {
    StateRequest {
        cluster: "default".into(),
        container_instance_arn: registered.container_instance_arn.clone(),
        session_id: registered.session_id.clone(),
        changes,
    }
}

fn heartbeat_of(registered: &keel_agent_protocol::RegisterResponse) -> HeartbeatRequest {
    HeartbeatRequest {
        cluster: "default".into(),
        container_instance_arn: registered.container_instance_arn.clone(),
        session_id: registered.session_id.clone(),
    }
}

/// Polls until `check` holds, at most ~20 s (bounded; lease expiry is checked every 250 ms).
async fn eventually<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    for _ in 0..400 {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{what} never happened");
}

#[tokio::test]
async fn register_creates_and_re_register_keeps_the_instance() {
    let cp = control(Duration::from_secs(30));
    let agent = user("a1");
    let first = agent::register(&cp, &agent, register_request("host-1"))
        .await
        .unwrap();
    assert!(
        first
            .container_instance_arn
            .starts_with("arn:aws:ecs:us-east-1:000000000000:container-instance/default/")
    );
    assert_eq!(
        first.cluster_arn,
        "arn:aws:ecs:us-east-1:000000000000:cluster/default"
    );
    assert_eq!(first.lease_ttl_ms, 30_000);
    assert_eq!(first.heartbeat_interval_ms, 10_000);
    let described = describe_instance(&cp, &first.container_instance_arn).await;
    assert_eq!(described.agent_connected, Some(true));
    assert_eq!(described.status.as_deref(), Some("ACTIVE"));
    let cpu = described
        .registered_resources
        .unwrap()
        .into_iter()
        .find(|r| r.name.as_deref() == Some("CPU"))
        .unwrap();
    assert_eq!(cpu.integer_value, Some(2048));
    let record = record_of(&cp, &first.container_instance_arn).await;
    assert_eq!(
        record.agent_principal.as_deref(),
        Some("arn:aws:iam::000000000000:user/keel/agents/a1")
    );
    agent::heartbeat(&cp, &agent, heartbeat_of(&first))
        .await
        .unwrap();

    // A restart: the same ARN, new resources; a new session replaces the old one.
    let mut again = register_request("host-1");
    again.container_instance_arn = Some(first.container_instance_arn.clone());
    again.resources.cpu = 4096;
    let second = agent::register(&cp, &agent, again).await.unwrap();
    assert_eq!(second.container_instance_arn, first.container_instance_arn);
    assert_ne!(second.session_id, first.session_id);
    let described = describe_instance(&cp, &first.container_instance_arn).await;
    assert_eq!(described.version, Some(2));
    let old = agent::heartbeat(&cp, &agent, heartbeat_of(&first))
        .await
        .unwrap_err();
    assert!(matches!(old, AgentError::SessionNotFound(_)), "{old:?}");
    assert_eq!(old.status(), 410);
    agent::heartbeat(&cp, &agent, heartbeat_of(&second))
        .await
        .unwrap();

    // A retried first register (no ARN, same agent id and principal) finds the same instance.
    let third = agent::register(&cp, &agent, register_request("host-1"))
        .await
        .unwrap();
    assert_eq!(third.container_instance_arn, first.container_instance_arn);
    // Another agent id is another instance.
    let other = agent::register(&cp, &agent, register_request("host-2"))
        .await
        .unwrap();
    assert_ne!(other.container_instance_arn, first.container_instance_arn);

    // An unknown ARN is not silently registered anew.
    let mut unknown = register_request("host-1");
    unknown.container_instance_arn = Some(format!(
        "arn:aws:ecs:{REGION}:{ACCOUNT}:container-instance/default/0123456789abcdef"
    ));
    let err = agent::register(&cp, &agent, unknown).await.unwrap_err();
    assert_eq!(err.status(), 404, "{err:?}");
}

#[tokio::test]
async fn bad_registrations_are_refused() {
    let cp = control(Duration::from_secs(30));
    let mut bad = register_request("");
    assert!(matches!(
        agent::register(&cp, &root(), bad.clone()).await,
        Err(AgentError::Invalid(_))
    ));
    bad.agent_id = "a".into();
    bad.resources.memory = -1;
    assert!(matches!(
        agent::register(&cp, &root(), bad.clone()).await,
        Err(AgentError::Invalid(_))
    ));
    let mut bad = register_request("a");
    bad.cluster = "no-such-cluster".into();
    let err = agent::register(&cp, &root(), bad).await.unwrap_err();
    assert!(matches!(err, AgentError::ClusterNotFound), "{err:?}");
    let mut bad = register_request("a");
    bad.attributes.push(Attribute {
        name: "bad name!".into(),
        ..Default::default()
    });
    assert!(matches!(
        agent::register(&cp, &root(), bad).await,
        Err(AgentError::Invalid(_))
    ));
}

#[tokio::test]
async fn an_expired_lease_disconnects_and_a_new_register_reconnects() {
    let cp = control(Duration::from_millis(600));
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let monitor = tokio::spawn(agent::run_monitor(cp.clone(), stop_rx));
    let agent = user("a1");
    let registered = agent::register(&cp, &agent, register_request("host-1"))
        .await
        .unwrap();
    let arn = registered.container_instance_arn.clone();
    assert_eq!(
        describe_instance(&cp, &arn).await.agent_connected,
        Some(true)
    );

    // No heartbeats: the lease lapses and the monitor disconnects the instance.
    eventually("the disconnect", || async {
        describe_instance(&cp, &arn).await.agent_connected == Some(false)
    })
    .await;
    let record = record_of(&cp, &arn).await;
    assert!(record.agent_disconnected_at.is_some());
    let err = agent::heartbeat(&cp, &agent, heartbeat_of(&registered))
        .await
        .unwrap_err();
    assert_eq!(err.status(), 410, "{err:?}");

    // The agent registers again with its ARN: connected, the disconnect time cleared.
    let mut again = register_request("host-1");
    again.container_instance_arn = Some(arn.clone());
    let back = agent::register(&cp, &agent, again).await.unwrap();
    assert_eq!(back.container_instance_arn, arn);
    let record = record_of(&cp, &arn).await;
    assert!(record.agent_connected);
    assert_eq!(record.agent_disconnected_at, None);
    agent::heartbeat(&cp, &agent, heartbeat_of(&back))
        .await
        .unwrap();

    let _ = stop_tx.send(true);
    monitor.await.unwrap();
}

#[tokio::test]
async fn the_sweep_disconnects_what_the_watch_did_not_see() {
    // No monitor runs while the lease lapses (as when the server was down); a sweep finds it.
    let cp = control(Duration::from_millis(300));
    let registered = agent::register(&cp, &root(), register_request("host-1"))
        .await
        .unwrap();
    let arn = registered.container_instance_arn.clone();
    let key = agent::session_key(REGION, "default", arn.rsplit('/').next().unwrap());
    eventually("the lease expiry", || async {
        cp.store().get(&key).await.unwrap().is_none()
    })
    .await;
    assert!(record_of(&cp, &arn).await.agent_connected);
    assert_eq!(agent::sweep(&cp).await.unwrap(), 1);
    assert!(!record_of(&cp, &arn).await.agent_connected);
    assert_eq!(agent::sweep(&cp).await.unwrap(), 0);
}

#[tokio::test]
async fn heartbeats_keep_the_session() {
    let cp = control(Duration::from_secs(5));
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let monitor = tokio::spawn(agent::run_monitor(cp.clone(), stop_rx));
    let registered = agent::register(&cp, &root(), register_request("host-1"))
        .await
        .unwrap();
    for _ in 0..10 {
        agent::heartbeat(&cp, &root(), heartbeat_of(&registered))
            .await
            .unwrap();
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        record_of(&cp, &registered.container_instance_arn)
            .await
            .agent_connected
    );
    let _ = stop_tx.send(true);
    monitor.await.unwrap();
}

#[tokio::test]
async fn state_changes_apply_once_in_seq_order_and_only_forward() {
    let cp = control(Duration::from_secs(30));
    let agent = user("a1");
    let registered = agent::register(&cp, &agent, register_request("host-1"))
        .await
        .unwrap();
    register_task_definition(&cp, true).await;
    let task = run_task(&cp).await;
    let arn = task.task_arn.clone().unwrap();
    assert_eq!(task.last_status.as_deref(), Some("PROVISIONING"));
    assert_eq!(
        task.container_instance_arn.as_deref(),
        Some(registered.container_instance_arn.as_str())
    );

    let answer = agent::submit_state(
        &cp,
        &agent,
        state(
            &registered,
            vec![change(&arn, 1, "PENDING"), change(&arn, 2, "RUNNING")],
        ),
    )
    .await
    .unwrap();
    assert_eq!(answer.acked.get(&arn), Some(&2));
    assert!(answer.rejected.is_empty());
    let running = describe_task(&cp, &arn).await;
    assert_eq!(running.last_status.as_deref(), Some("RUNNING"));
    assert!(running.started_at.is_some());
    let version = running.version;

    // A replay of seq 2 with something else in it: acknowledged, not applied.
    let mut replay = change(&arn, 2, "STOPPED");
    replay.containers = vec![ContainerChange {
        name: "app".into(),
        exit_code: Some(9),
        ..Default::default()
    }];
    let answer = agent::submit_state(&cp, &agent, state(&registered, vec![replay]))
        .await
        .unwrap();
    assert_eq!(answer.acked.get(&arn), Some(&2));
    let after_replay = describe_task(&cp, &arn).await;
    assert_eq!(after_replay.last_status.as_deref(), Some("RUNNING"));
    assert_eq!(after_replay.version, version);

    // A newer change that moves the status backwards: its seq counts, its status does not.
    let mut backwards = change(&arn, 3, "PENDING");
    backwards.health_status = Some(HealthStatus::Healthy);
    backwards.containers = vec![ContainerChange {
        name: "app".into(),
        last_status: Some("RUNNING".into()),
        health_status: Some(HealthStatus::Healthy),
        runtime_id: Some("c0ffee".into()),
        image_digest: Some("sha256:abc".into()),
        ..Default::default()
    }];
    agent::submit_state(&cp, &agent, state(&registered, vec![backwards]))
        .await
        .unwrap();
    let healthy = describe_task(&cp, &arn).await;
    assert_eq!(healthy.last_status.as_deref(), Some("RUNNING"));
    assert_eq!(healthy.health_status, Some(HealthStatus::Healthy));
    let app = healthy
        .containers
        .as_ref()
        .unwrap()
        .iter()
        .find(|c| c.name.as_deref() == Some("app"))
        .unwrap();
    assert_eq!(app.health_status, Some(HealthStatus::Healthy));
    assert_eq!(app.runtime_id.as_deref(), Some("c0ffee"));
    assert_eq!(app.last_status.as_deref(), Some("RUNNING"));

    // The stop, with exit codes and the agent's stop code.
    let mut stopped = change(&arn, 5, "STOPPED");
    stopped.stop_code = Some(TaskStopCode::EssentialContainerExited);
    stopped.stopped_reason = Some("Essential container in task exited".into());
    stopped.containers = vec![
        ContainerChange {
            name: "app".into(),
            last_status: Some("STOPPED".into()),
            exit_code: Some(1),
            ..Default::default()
        },
        ContainerChange {
            name: "sidecar".into(),
            last_status: Some("STOPPED".into()),
            exit_code: Some(137),
            ..Default::default()
        },
    ];
    // A container going back to PENDING after RUNNING is not applied either.
    let mut late = change(&arn, 4, "RUNNING");
    late.containers = vec![ContainerChange {
        name: "app".into(),
        last_status: Some("PENDING".into()),
        ..Default::default()
    }];
    let answer = agent::submit_state(&cp, &agent, state(&registered, vec![late, stopped]))
        .await
        .unwrap();
    assert_eq!(answer.acked.get(&arn), Some(&5));
    let done = describe_task(&cp, &arn).await;
    assert_eq!(done.last_status.as_deref(), Some("STOPPED"));
    assert_eq!(done.stop_code, Some(TaskStopCode::EssentialContainerExited));
    assert_eq!(
        done.stopped_reason.as_deref(),
        Some("Essential container in task exited")
    );
    let codes: Vec<_> = done
        .containers
        .unwrap()
        .into_iter()
        .map(|c| (c.name.unwrap(), c.exit_code, c.last_status.unwrap()))
        .collect();
    assert_eq!(
        codes,
        vec![
            ("app".to_string(), Some(1), "STOPPED".to_string()),
            ("sidecar".to_string(), Some(137), "STOPPED".to_string())
        ]
    );
    // Resources came back to the instance.
    let record = record_of(&cp, &registered.container_instance_arn).await;
    assert_eq!((record.used_cpu, record.used_memory), (0, 0));

    // Nothing moves a STOPPED task, even a newer seq.
    agent::submit_state(
        &cp,
        &agent,
        state(&registered, vec![change(&arn, 9, "RUNNING")]),
    )
    .await
    .unwrap();
    assert_eq!(
        describe_task(&cp, &arn).await.last_status.as_deref(),
        Some("STOPPED")
    );
}

#[tokio::test]
async fn changes_that_cannot_apply_are_rejected_and_acknowledged() {
    let cp = control(Duration::from_secs(30));
    let registered = agent::register(&cp, &root(), register_request("host-1"))
        .await
        .unwrap();
    let other = agent::register(&cp, &root(), register_request("host-2"))
        .await
        .unwrap();
    register_task_definition(&cp, false).await;
    // Place the task, then find out which instance got it.
    let task = run_task(&cp).await;
    let arn = task.task_arn.unwrap();
    let (mine, theirs) =
        if task.container_instance_arn.as_deref() == Some(&registered.container_instance_arn) {
            (&registered, &other)
        } else {
            (&other, &registered)
        };
    let missing =
        format!("arn:aws:ecs:{REGION}:{ACCOUNT}:task/default/00000000000000000000000000000000");
    let answer = agent::submit_state(
        &cp,
        &root(),
        state(
            theirs,
            vec![
                change(&arn, 1, "RUNNING"),
                change(&missing, 1, "RUNNING"),
                change("not-an-arn", 1, "RUNNING"),
            ],
        ),
    )
    .await
    .unwrap();
    assert_eq!(answer.rejected.len(), 3, "{answer:?}");
    assert_eq!(answer.acked.len(), 3);
    assert_eq!(
        describe_task(&cp, &arn).await.last_status.as_deref(),
        Some("PROVISIONING")
    );
    let answer = agent::submit_state(
        &cp,
        &root(),
        state(
            mine,
            vec![change(&arn, 1, "SLEEPING"), change(&arn, 0, "RUNNING")],
        ),
    )
    .await
    .unwrap();
    assert_eq!(answer.rejected.len(), 2, "{answer:?}");
    // A stale session is refused as a whole.
    let mut stale = state(mine, vec![change(&arn, 1, "RUNNING")]);
    stale.session_id = "nope".into();
    let err = agent::submit_state(&cp, &root(), stale).await.unwrap_err();
    assert_eq!(err.status(), 410);
}

#[tokio::test]
async fn the_poll_returns_the_desired_state_and_waits_for_changes() {
    let cp = control(Duration::from_secs(30));
    let agent = user("a1");
    let registered = agent::register(&cp, &agent, register_request("host-1"))
        .await
        .unwrap();
    let poll = |after: i64, wait_ms: u64| PollRequest {
        cluster: "default".into(),
        container_instance: registered.container_instance_arn.clone(),
        after,
        wait_ms: Some(wait_ms),
    };
    let empty = agent::poll_tasks(&cp, &agent, poll(0, 0)).await.unwrap();
    assert!(empty.resync && empty.tasks.is_empty());

    register_task_definition(&cp, false).await;
    let task = run_task(&cp).await;
    let arn = task.task_arn.clone().unwrap();
    let first = agent::poll_tasks(&cp, &agent, poll(empty.revision, 1000))
        .await
        .unwrap();
    assert!(!first.resync);
    assert_eq!(first.tasks.len(), 1);
    let desired = &first.tasks[0];
    assert_eq!(desired.task_arn, arn);
    assert_eq!(desired.desired_status, "RUNNING");
    assert_eq!(desired.last_status, "PROVISIONING");
    assert_eq!(desired.task_definition.family.as_deref(), Some("web"));
    assert_eq!(
        desired
            .task_definition
            .container_definitions
            .as_ref()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        desired
            .overrides
            .container_overrides
            .as_ref()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(desired.seq, 0);
    assert!(first.revision >= desired.revision);

    // Nothing new: the poll waits and answers nothing, with a cursor as far or further.
    let quiet = agent::poll_tasks(&cp, &agent, poll(first.revision, 200))
        .await
        .unwrap();
    assert!(quiet.tasks.is_empty() && !quiet.resync);
    assert!(quiet.revision >= first.revision);

    // A waiting poll wakes up for StopTask.
    let waiting = {
        let cp = cp.clone();
        let agent = agent.clone();
        let req = poll(quiet.revision, 20_000);
        tokio::spawn(async move { agent::poll_tasks(&cp, &agent, req).await })
    };
    // Another instance's changes do not wake it; this one's StopTask does.
    tokio::time::sleep(Duration::from_millis(100)).await;
    tasks::stop_task(
        &cp,
        &root(),
        StopTaskRequest {
            task: arn.clone(),
            reason: Some("done".into()),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let woke = waiting.await.unwrap().unwrap();
    assert_eq!(woke.tasks.len(), 1);
    assert_eq!(woke.tasks[0].desired_status, "STOPPED");
    assert_eq!(woke.tasks[0].stop_code, Some(TaskStopCode::UserInitiated));
    assert_eq!(woke.tasks[0].stopped_reason.as_deref(), Some("done"));

    // A full resync leaves STOPPED tasks out.
    let full = agent::poll_tasks(&cp, &agent, poll(0, 0)).await.unwrap();
    assert!(full.resync && full.tasks.is_empty());

    // A cursor ahead of the store, or one whose history is compacted: a full resync.
    let ahead = agent::poll_tasks(&cp, &agent, poll(woke.revision + 1000, 0))
        .await
        .unwrap();
    assert!(ahead.resync);
    let task2 = run_task(&cp).await;
    let now = cp.store().current_revision().await.unwrap();
    cp.store().compact(now).await.unwrap();
    let compacted = agent::poll_tasks(&cp, &agent, poll(woke.revision, 0))
        .await
        .unwrap();
    assert!(compacted.resync);
    assert_eq!(compacted.tasks.len(), 1);
    assert_eq!(Some(&compacted.tasks[0].task_arn), task2.task_arn.as_ref());
}

#[tokio::test]
async fn calls_naming_an_instance_must_come_from_its_agent() {
    let cp = control(Duration::from_secs(30));
    let owner = user("a1");
    let intruder = user("a2");
    let registered = agent::register(&cp, &owner, register_request("host-1"))
        .await
        .unwrap();
    let arn = registered.container_instance_arn.clone();

    let err = agent::heartbeat(&cp, &intruder, heartbeat_of(&registered))
        .await
        .unwrap_err();
    assert_eq!(err.status(), 403, "{err:?}");
    let poll = PollRequest {
        cluster: "default".into(),
        container_instance: arn.clone(),
        after: 0,
        wait_ms: Some(0),
    };
    let err = agent::poll_tasks(&cp, &intruder, poll.clone())
        .await
        .unwrap_err();
    assert_eq!(err.status(), 403);
    let err = agent::submit_state(&cp, &intruder, state(&registered, vec![]))
        .await
        .unwrap_err();
    assert_eq!(err.status(), 403);
    let mut takeover = register_request("host-1");
    takeover.container_instance_arn = Some(arn.clone());
    let err = agent::register(&cp, &intruder, takeover.clone())
        .await
        .unwrap_err();
    assert_eq!(err.status(), 403);
    // The same agent id from another principal is another instance, not this one.
    let separate = agent::register(&cp, &intruder, register_request("host-1"))
        .await
        .unwrap();
    assert_ne!(separate.container_instance_arn, arn);

    // The owner and root may.
    agent::heartbeat(&cp, &owner, heartbeat_of(&registered))
        .await
        .unwrap();
    agent::poll_tasks(&cp, &owner, poll.clone()).await.unwrap();
    agent::poll_tasks(&cp, &root(), poll).await.unwrap();
    assert_eq!(
        record_of(&cp, &arn).await.agent_principal.as_deref(),
        Some("arn:aws:iam::000000000000:user/keel/agents/a1")
    );
}

#[tokio::test]
async fn a_waiting_poll_answers_when_the_server_shuts_down() {
    let cp = control(Duration::from_secs(30));
    let registered = agent::register(&cp, &root(), register_request("host-1"))
        .await
        .unwrap();
    let first = agent::poll_tasks(
        &cp,
        &root(),
        PollRequest {
            cluster: "default".into(),
            container_instance: registered.container_instance_arn.clone(),
            after: 0,
            wait_ms: Some(0),
        },
    )
    .await
    .unwrap();
    let waiting = {
        let cp = cp.clone();
        let req = PollRequest {
            cluster: "default".into(),
            container_instance: registered.container_instance_arn.clone(),
            after: first.revision,
            wait_ms: Some(30_000),
        };
        tokio::spawn(async move { agent::poll_tasks(&cp, &root(), req).await })
    };
    tokio::time::sleep(Duration::from_millis(50)).await;
    cp.begin_shutdown();
    // Bounded well below the poll's own 30 s wait: the shutdown, not the wait, ended it.
    let answer = tokio::time::timeout(Duration::from_secs(20), waiting)
        .await
        .expect("the poll kept waiting through the shutdown")
        .unwrap()
        .unwrap();
    assert!(answer.tasks.is_empty() && !answer.resync);
    assert_eq!(answer.revision, first.revision);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    const STATUSES: &[&str] = &[
        "PROVISIONING",
        "PENDING",
        "ACTIVATING",
        "RUNNING",
        "DEACTIVATING",
        "STOPPING",
        "DEPROVISIONING",
        "STOPPED",
        "SLEEPING",
        "",
    ];

    fn rank(status: &str) -> usize {
        STATUSES.iter().position(|s| *s == status).unwrap_or(0)
    }

    fn arb_change() -> impl Strategy<Value = (u64, usize, Option<i32>, bool)> {
        (
            0u64..12,
            0..STATUSES.len(),
            proptest::option::of(any::<i32>()),
            any::<bool>(),
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        /// Whatever an agent sends, in whatever order: no server error, the stored seq is the
        /// highest valid one seen, the status never moves back, and a replayed seq changes
        /// nothing.
        #[test]
        fn arbitrary_changes_keep_the_rules(batches in proptest::collection::vec(
            proptest::collection::vec(arb_change(), 0..6), 1..6)) {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            runtime.block_on(async {
                let cp = control(Duration::from_secs(30));
                let registered = agent::register(&cp, &root(), register_request("p")).await.unwrap();
                register_task_definition(&cp, false).await;
                let arn = run_task(&cp).await.task_arn.unwrap();
                let mut best_seq = 0u64;
                let mut last_rank = rank("PROVISIONING");
                for batch in batches {
                    let changes: Vec<TaskStateChange> = batch
                        .iter()
                        .map(|(seq, status, exit, unknown_container)| TaskStateChange {
                            task_arn: arn.clone(),
                            seq: *seq,
                            last_status: Some(STATUSES[*status].to_string()),
                            containers: vec![ContainerChange {
                                name: if *unknown_container { "ghost".into() } else { "app".into() },
                                exit_code: *exit,
                                ..Default::default()
                            }],
                            ..Default::default()
                        })
                        .collect();
                    let answer = agent::submit_state(&cp, &root(), state(&registered, changes))
                        .await
                        .expect("state changes never fail the call");
                    for (seq, status, _, _) in &batch {
                        let valid = *seq > 0 && rank(STATUSES[*status]) < 8;
                        if valid && *seq > best_seq {
                            best_seq = *seq;
                        }
                    }
                    if !batch.is_empty() {
                        prop_assert!(answer.acked.contains_key(&arn));
                    }
                    let task = describe_task(&cp, &arn).await;
                    let now = rank(task.last_status.as_deref().unwrap());
                    prop_assert!(now >= last_rank, "status moved back");
                    last_rank = now;
                    let id = arn.rsplit('/').next().unwrap();
                    let record = tasks::load_task(&cp, &root(), "default", id).await.unwrap().unwrap();
                    prop_assert_eq!(record.value.agent_seq, best_seq);
                }
                Ok(())
            })?;
        }
    }
}
