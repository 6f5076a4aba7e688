//! The agent protocol against the real binary, driven with `AgentClient`: enrollment, register,
//! heartbeat, a task placed by the public RunTask reaching the agent's poll, its state changes
//! showing in DescribeTasks, a replay ignored, another agent refused, bad requests answered
//! with errors, and a silent agent disconnected and reconnected.

use std::path::Path;
use std::time::Duration;

use keel_agent_protocol::client::{AgentClient, ClientConfig, ClientError, SigningCredentials};
use keel_agent_protocol::{
    ContainerChange, HeartbeatRequest, IssueTokenRequest, PollRequest, REGISTER_PATH,
    RegisterRequest, RegisterResponse, Resources, StateRequest, TaskStateChange, VERSION_HEADER,
};
use keel_awsmodel::ecs::{Attribute, NetworkBinding, TaskStopCode};
use keel_testkit::{KeelServer, ROOT_ACCESS_KEY_ID, ROOT_SECRET_ACCESS_KEY};
use serde_json::{Value, json};

const REGION: &str = "us-east-1";
const TIMEOUT: Duration = Duration::from_secs(20);

fn root_client(server: &KeelServer, ca: Option<&Path>) -> AgentClient {
    let mut config = ClientConfig::new(server.endpoint(), REGION);
    config.credentials = Some(SigningCredentials {
        access_key_id: ROOT_ACCESS_KEY_ID.into(),
        secret_access_key: ROOT_SECRET_ACCESS_KEY.into(),
        session_token: None,
    });
    config.ca_bundle = ca.map(Path::to_path_buf);
    AgentClient::new(config).unwrap()
}

/// A public ECS call, signed by `client`.
async fn ecs(client: &AgentClient, operation: &str, input: Value) -> Value {
    let target = format!("AmazonEC2ContainerServiceV20141113.{operation}");
    let (status, body) = client
        .send_with_headers(
            "POST",
            "/",
            None,
            serde_json::to_vec(&input).unwrap(),
            true,
            TIMEOUT,
            &[
                ("content-type", "application/x-amz-json-1.1"),
                ("x-amz-target", &target),
            ],
        )
        .await
        .unwrap();
    let value: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(status, 200, "{operation}: {value}");
    value
}

/// `keel agent-token create`, then the agent's exchange: a client with the agent's own key.
async fn enroll(root: &AgentClient, cluster: &str) -> (AgentClient, String) {
    let issued = root
        .issue_registration_token(&IssueTokenRequest {
            cluster: cluster.into(),
            expires_in_seconds: Some(600),
        })
        .await
        .unwrap();
    assert!(issued.token.starts_with("keelreg-"));
    let creds = root.redeem_token(&issued.token).await.unwrap();
    assert!(creds.user_arn.contains(":user/keel/agents/keel-agent-"));
    // A token is good once.
    let again = root.redeem_token(&issued.token).await.unwrap_err();
    assert_eq!(again.status(), Some(403), "{again}");
    (
        root.with_credentials(SigningCredentials::from(&creds)),
        creds.user_arn,
    )
}

fn register_request(agent_id: &str) -> RegisterRequest {
    RegisterRequest {
        cluster: "default".into(),
        container_instance_arn: None,
        resources: Resources {
            cpu: 4096,
            memory: 4096,
            reserved_ports: vec![22],
            ..Default::default()
        },
        attributes: vec![Attribute {
            name: "ecs.os-type".into(),
            value: Some("linux".into()),
            ..Default::default()
        }],
        version_info: None,
        agent_id: agent_id.into(),
        ec2_instance_id: None,
    }
}

fn heartbeat_of(registered: &RegisterResponse) -> HeartbeatRequest {
    HeartbeatRequest {
        cluster: "default".into(),
        container_instance_arn: registered.container_instance_arn.clone(),
        session_id: registered.session_id.clone(),
    }
}

fn state_of(registered: &RegisterResponse, changes: Vec<TaskStateChange>) -> StateRequest {
    StateRequest {
        cluster: "default".into(),
        container_instance_arn: registered.container_instance_arn.clone(),
        session_id: registered.session_id.clone(),
        changes,
    }
}

fn poll_of(registered: &RegisterResponse, after: i64, wait_ms: u64) -> PollRequest {
    PollRequest {
        cluster: "default".into(),
        container_instance: registered.container_instance_arn.clone(),
        after,
        wait_ms: Some(wait_ms),
    }
}

async fn describe_task(root: &AgentClient, arn: &str) -> Value {
    let answer = ecs(
        root,
        "DescribeTasks",
        json!({"cluster": "default", "tasks": [arn]}),
    )
    .await;
    answer["tasks"][0].clone()
}

async fn agent_connected(root: &AgentClient, arn: &str) -> bool {
    let answer = ecs(
        root,
        "DescribeContainerInstances",
        json!({"cluster": "default", "containerInstances": [arn]}),
    )
    .await;
    answer["containerInstances"][0]["agentConnected"]
        .as_bool()
        .unwrap()
}

async fn run_task(root: &AgentClient) -> String {
    let answer = ecs(
        root,
        "RunTask",
        json!({"cluster": "default", "taskDefinition": "web"}),
    )
    .await;
    assert_eq!(answer["failures"], json!([]), "{answer}");
    answer["tasks"][0]["taskArn"].as_str().unwrap().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_agent_runs_a_task_through_the_protocol() {
    let dir = tempfile::tempdir().unwrap();
    let server = KeelServer::start_in(&dir.path().join("data"), &["--agent-lease-ttl", "2s"]);
    let root = root_client(&server, None);
    let (agent, agent_arn) = enroll(&root, "default").await;

    let registered = agent.register(&register_request("host-1")).await.unwrap();
    assert_eq!(registered.lease_ttl_ms, 2000);
    assert!(registered.heartbeat_interval_ms < registered.lease_ttl_ms);
    agent.heartbeat(&heartbeat_of(&registered)).await.unwrap();
    let instance_arn = registered.container_instance_arn.clone();
    assert!(agent_connected(&root, &instance_arn).await);

    ecs(
        &root,
        "RegisterTaskDefinition",
        json!({
            "family": "web",
            "containerDefinitions": [
                {"name": "app", "image": "busybox", "memory": 128, "essential": true,
                 "portMappings": [{"containerPort": 80, "hostPort": 8080}]},
                {"name": "log", "image": "busybox", "memory": 64, "essential": false}
            ]
        }),
    )
    .await;
    let task_arn = run_task(&root).await;
    let task = describe_task(&root, &task_arn).await;
    assert_eq!(task["containerInstanceArn"], instance_arn.as_str());
    assert_eq!(task["lastStatus"], "PROVISIONING");

    // The agent's first poll is a full resync with the task's desired state.
    let first = agent.poll_tasks(&poll_of(&registered, 0, 0)).await.unwrap();
    assert!(first.resync);
    assert_eq!(first.tasks.len(), 1);
    let desired = &first.tasks[0];
    assert_eq!(desired.task_arn, task_arn);
    assert_eq!(desired.desired_status, "RUNNING");
    assert_eq!(desired.task_definition.family.as_deref(), Some("web"));
    assert_eq!(
        desired
            .overrides
            .container_overrides
            .as_ref()
            .unwrap()
            .len(),
        2
    );

    // RUNNING, with the app's port binding.
    let running = TaskStateChange {
        task_arn: task_arn.clone(),
        seq: 2,
        last_status: Some("RUNNING".into()),
        containers: vec![ContainerChange {
            name: "app".into(),
            last_status: Some("RUNNING".into()),
            runtime_id: Some("0123abcd".into()),
            network_bindings: Some(vec![NetworkBinding {
                bind_ip: Some("127.0.0.1".into()),
                container_port: Some(80),
                host_port: Some(8080),
                ..Default::default()
            }]),
            ..Default::default()
        }],
        pull_started_at: Some(keel_awsmodel::Timestamp::from_millis(1_700_000_000_000)),
        pull_stopped_at: Some(keel_awsmodel::Timestamp::from_millis(1_700_000_001_000)),
        ..Default::default()
    };
    let pending = TaskStateChange {
        task_arn: task_arn.clone(),
        seq: 1,
        last_status: Some("PENDING".into()),
        ..Default::default()
    };
    let acked = agent
        .submit_state(&state_of(&registered, vec![pending, running.clone()]))
        .await
        .unwrap();
    assert_eq!(acked.acked.get(&task_arn), Some(&2));
    let task = describe_task(&root, &task_arn).await;
    assert_eq!(task["lastStatus"], "RUNNING");
    assert_eq!(
        task["containers"][0]["networkBindings"][0]["hostPort"],
        8080
    );
    assert_eq!(task["pullStartedAt"], 1_700_000_000.0);

    // The poll from the last revision sees the change (the task's record moved on).
    let next = agent
        .poll_tasks(&poll_of(&registered, first.revision, 5000))
        .await
        .unwrap();
    assert!(!next.resync);
    assert_eq!(next.tasks.len(), 1);
    assert_eq!(next.tasks[0].last_status, "RUNNING");
    assert_eq!(next.tasks[0].seq, 2);

    // The essential container exits: STOPPED, exit codes and stop code in DescribeTasks.
    let stopped = TaskStateChange {
        task_arn: task_arn.clone(),
        seq: 3,
        last_status: Some("STOPPED".into()),
        stop_code: Some(TaskStopCode::EssentialContainerExited),
        stopped_reason: Some("Essential container in task exited".into()),
        containers: vec![
            ContainerChange {
                name: "app".into(),
                last_status: Some("STOPPED".into()),
                exit_code: Some(2),
                reason: Some("exited".into()),
                ..Default::default()
            },
            ContainerChange {
                name: "log".into(),
                last_status: Some("STOPPED".into()),
                exit_code: Some(143),
                ..Default::default()
            },
        ],
        ..Default::default()
    };
    agent
        .submit_state(&state_of(&registered, vec![stopped]))
        .await
        .unwrap();
    let task = describe_task(&root, &task_arn).await;
    assert_eq!(task["lastStatus"], "STOPPED");
    assert_eq!(task["stopCode"], "EssentialContainerExited");
    assert_eq!(task["stoppedReason"], "Essential container in task exited");
    assert_eq!(task["containers"][0]["exitCode"], 2);
    assert_eq!(task["containers"][1]["exitCode"], 143);
    let version = task["version"].clone();

    // A replayed change (a reconnect resending its queue) is acknowledged and ignored.
    let replay = agent
        .submit_state(&state_of(&registered, vec![running]))
        .await
        .unwrap();
    assert_eq!(replay.acked.get(&task_arn), Some(&2));
    let task = describe_task(&root, &task_arn).await;
    assert_eq!(task["lastStatus"], "STOPPED");
    assert_eq!(task["version"], version);

    // StopTask reaches a waiting poll as desiredStatus STOPPED; the agent's stop keeps
    // StopTask's code.
    let second = run_task(&root).await;
    let cursor = agent
        .poll_tasks(&poll_of(&registered, next.revision, 5000))
        .await
        .unwrap();
    assert!(cursor.tasks.iter().any(|t| t.task_arn == second));
    agent
        .submit_state(&state_of(
            &registered,
            vec![TaskStateChange {
                task_arn: second.clone(),
                seq: 1,
                last_status: Some("RUNNING".into()),
                ..Default::default()
            }],
        ))
        .await
        .unwrap();
    // As an agent does: poll from each answer's revision until the stop shows.
    let waiting = {
        let agent = agent.clone();
        let registered = registered.clone();
        let second = second.clone();
        let mut after = cursor.revision;
        tokio::spawn(async move {
            for _ in 0..10 {
                let answer = agent
                    .poll_tasks(&poll_of(&registered, after, 20_000))
                    .await
                    .unwrap();
                after = answer.revision;
                if let Some(task) = answer.tasks.into_iter().find(|t| t.task_arn == second)
                    && task.desired_status == "STOPPED"
                {
                    return Some(task);
                }
            }
            None
        })
    };
    ecs(
        &root,
        "StopTask",
        json!({"cluster": "default", "task": second, "reason": "scale down"}),
    )
    .await;
    let desired = waiting
        .await
        .unwrap()
        .expect("the poll never showed the stop");
    assert_eq!(desired.stop_code, Some(TaskStopCode::UserInitiated));
    agent
        .submit_state(&state_of(
            &registered,
            vec![TaskStateChange {
                task_arn: second.clone(),
                seq: 2,
                last_status: Some("STOPPED".into()),
                stop_code: Some(TaskStopCode::EssentialContainerExited),
                ..Default::default()
            }],
        ))
        .await
        .unwrap();
    let task = describe_task(&root, &second).await;
    assert_eq!(task["lastStatus"], "STOPPED");
    assert_eq!(task["stopCode"], "UserInitiated");
    assert_eq!(task["stoppedReason"], "scale down");

    // Another agent of the same cluster cannot act for this instance.
    let (other, other_arn) = enroll(&root, "default").await;
    assert_ne!(other_arn, agent_arn);
    let mut hijacked = heartbeat_of(&registered);
    hijacked.session_id = registered.session_id.clone();
    let err = other.heartbeat(&hijacked).await.unwrap_err();
    assert_eq!(err.status(), Some(403), "{err}");
    let err = other
        .poll_tasks(&poll_of(&registered, 0, 0))
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(403), "{err}");
    let err = other
        .submit_state(&state_of(&registered, vec![]))
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(403), "{err}");
    let mut takeover = register_request("host-1");
    takeover.container_instance_arn = Some(instance_arn.clone());
    let err = other.register(&takeover).await.unwrap_err();
    assert_eq!(err.status(), Some(403), "{err}");

    // An agent's policy keeps it in its cluster.
    ecs(&root, "CreateCluster", json!({"clusterName": "elsewhere"})).await;
    let mut elsewhere = register_request("host-9");
    elsewhere.cluster = "elsewhere".into();
    let err = agent.register(&elsewhere).await.unwrap_err();
    assert_eq!(err.status(), Some(403), "{err}");
    assert_eq!(err.code(), Some("AccessDeniedException"));

    // Heartbeats stop: the lease lapses and the instance is disconnected; the next register
    // connects it again.
    let mut disconnected = false;
    for _ in 0..300 {
        if !agent_connected(&root, &instance_arn).await {
            disconnected = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        disconnected,
        "the instance stayed connected without heartbeats"
    );
    let lost = agent
        .heartbeat(&heartbeat_of(&registered))
        .await
        .unwrap_err();
    assert!(lost.is_session_lost(), "{lost}");
    let mut again = register_request("host-1");
    again.container_instance_arn = Some(instance_arn.clone());
    let back = agent.register(&again).await.unwrap();
    assert_eq!(back.container_instance_arn, instance_arn);
    assert!(agent_connected(&root, &instance_arn).await);
    agent.heartbeat(&heartbeat_of(&back)).await.unwrap();
}

fn error_of(status: u16, body: &[u8]) -> (u16, String, Value) {
    let value: Value = serde_json::from_slice(body)
        .unwrap_or_else(|_| panic!("not JSON: {}", String::from_utf8_lossy(body)));
    (
        status,
        value["__type"].as_str().unwrap_or("").to_string(),
        value,
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_requests_get_errors_not_failures() {
    let server = KeelServer::start();
    let root = root_client(&server, None);
    let body = serde_json::to_vec(&register_request("h")).unwrap();

    // Another major version: 426 with the versions spoken.
    let (status, raw) = root
        .send_with_headers(
            "POST",
            REGISTER_PATH,
            None,
            body.clone(),
            true,
            TIMEOUT,
            &[(VERSION_HEADER, "2.0")],
        )
        .await
        .unwrap();
    let (status, code, value) = error_of(status, &raw);
    assert_eq!(
        (status, code.as_str()),
        (426, "UnsupportedProtocolVersionException")
    );
    assert_eq!(value["supportedVersions"], json!(["1.1"]));
    // A newer minor version is fine.
    let (status, _) = root
        .send_with_headers(
            "POST",
            REGISTER_PATH,
            None,
            body.clone(),
            true,
            TIMEOUT,
            &[(VERSION_HEADER, "1.7")],
        )
        .await
        .unwrap();
    assert_eq!(status, 200);
    let (status, raw) = root
        .send_with_headers(
            "POST",
            REGISTER_PATH,
            None,
            body.clone(),
            true,
            TIMEOUT,
            &[(VERSION_HEADER, "one")],
        )
        .await
        .unwrap();
    assert_eq!(error_of(status, &raw).0, 400);

    // Unsigned: refused before anything is read, as AWS JSON services refuse it.
    let (status, raw) = root
        .send_raw("POST", REGISTER_PATH, None, body.clone(), false, TIMEOUT)
        .await
        .unwrap();
    let (status, code, _) = error_of(status, &raw);
    assert_eq!(status, 400);
    assert_eq!(code, "MissingAuthenticationTokenException");
    // Signed by a key the server does not know.
    let stranger = root.with_credentials(SigningCredentials {
        access_key_id: "AKIAUNKNOWN000000000".into(),
        secret_access_key: "nope".into(),
        session_token: None,
    });
    let err = stranger.register(&register_request("h")).await.unwrap_err();
    assert_eq!(err.code(), Some("UnrecognizedClientException"), "{err}");

    // Bodies that do not decode, or are too large.
    for bad in [
        b"".to_vec(),
        b"{".to_vec(),
        b"[]".to_vec(),
        br#"{"cluster": 5}"#.to_vec(),
        br#"{"cluster":"default","resources":{"cpu":"x","memory":1},"agentId":"a"}"#.to_vec(),
    ] {
        let (status, raw) = root
            .send_raw("POST", REGISTER_PATH, None, bad, true, TIMEOUT)
            .await
            .unwrap();
        let (status, code, _) = error_of(status, &raw);
        assert_eq!((status, code.as_str()), (400, "SerializationException"));
    }
    let huge = vec![b' '; 2 * 1024 * 1024];
    let (status, raw) = root
        .send_raw("POST", REGISTER_PATH, None, huge, true, TIMEOUT)
        .await
        .unwrap();
    assert_eq!(error_of(status, &raw).0, 413);

    // Odd but well-formed values.
    let mut odd = register_request("h");
    odd.cluster = "no such cluster!".into();
    let err = root.register(&odd).await.unwrap_err();
    assert_eq!(err.status(), Some(400));
    assert_eq!(err.code(), Some("ClusterNotFoundException"));
    let mut odd = register_request("h");
    odd.container_instance_arn = Some("arn:aws:ecs:us-east-1:000000000000:task/default/x".into());
    assert_eq!(root.register(&odd).await.unwrap_err().status(), Some(400));
    for query in [
        "",
        "cluster=default",
        "cluster=default&containerInstance=x&after=-3",
        "cluster=default&containerInstance=%ff&after=0",
        "cluster=default&containerInstance=abc&after=0&waitMs=soon",
    ] {
        let (status, raw) = root
            .send_raw(
                "GET",
                keel_agent_protocol::TASKS_PATH,
                Some(query),
                Vec::new(),
                true,
                TIMEOUT,
            )
            .await
            .unwrap();
        let (status, code, _) = error_of(status, &raw);
        assert_eq!(status, 400, "{query}: {code}");
    }
    let err = root
        .poll_tasks(&PollRequest {
            cluster: "default".into(),
            container_instance: "0123456789abcdef".into(),
            after: 0,
            wait_ms: Some(0),
        })
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(404), "{err}");
    let err = root
        .heartbeat(&HeartbeatRequest {
            cluster: "default".into(),
            container_instance_arn: "not/an/arn".into(),
            session_id: "x".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(400), "{err}");
    assert!(!matches!(err, ClientError::Decode(_)));
    let (status, raw) = root
        .send_raw("GET", REGISTER_PATH, None, Vec::new(), true, TIMEOUT)
        .await
        .unwrap();
    assert_eq!(error_of(status, &raw).0, 405);
    assert!(!server.stderr().contains("panicked"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn agents_speak_https_with_a_ca_bundle() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let server = KeelServer::start_in(&data, &["--tls"]);
    assert!(server.https);
    let ca = data.join("tls/cert.pem");
    let root = root_client(&server, Some(&ca));
    let (agent, _) = enroll(&root, "default").await;
    let registered = agent.register(&register_request("tls-host")).await.unwrap();
    agent.heartbeat(&heartbeat_of(&registered)).await.unwrap();
    // Without the bundle the server's certificate is not trusted.
    let untrusting = root_client(&server, None);
    let err = untrusting
        .register(&register_request("tls-host"))
        .await
        .unwrap_err();
    assert!(matches!(err, ClientError::Tls { .. }), "{err}");
}

/// Task role credentials: refused for a task without a role, for another instance's task and
/// for a task that does not exist (the happy path, with a real role and containers, is
/// `tests/compat/py/test_agent_docker.py`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn task_credentials_go_only_to_the_agent_of_a_task_with_a_role() {
    let dir = tempfile::tempdir().unwrap();
    let server = KeelServer::start_in(&dir.path().join("data"), &[]);
    let root = root_client(&server, None);
    let (agent, _) = enroll(&root, "default").await;
    let (other, _) = enroll(&root, "default").await;
    let registered = agent.register(&register_request("host-1")).await.unwrap();
    let mut second = register_request("host-2");
    second.resources.memory = 0; // so the task lands on host-1
    let other_registered = other.register(&second).await.unwrap();
    ecs(
        &root,
        "RegisterTaskDefinition",
        json!({"family": "web", "containerDefinitions": [
            {"name": "app", "image": "busybox", "memory": 128, "essential": true}]}),
    )
    .await;
    let task_arn = run_task(&root).await;
    let ask = |reg: &RegisterResponse, task: &str| keel_agent_protocol::TaskCredentialsRequest {
        cluster: "default".into(),
        container_instance_arn: reg.container_instance_arn.clone(),
        session_id: reg.session_id.clone(),
        task_arn: task.to_string(),
    };
    let no_role = agent
        .task_credentials(&ask(&registered, &task_arn))
        .await
        .unwrap_err();
    assert_eq!(no_role.status(), Some(400), "{no_role}");
    assert!(no_role.to_string().contains("no task role"), "{no_role}");
    let elsewhere = other
        .task_credentials(&ask(&other_registered, &task_arn))
        .await
        .unwrap_err();
    assert_eq!(elsewhere.status(), Some(403), "{elsewhere}");
    let missing = format!("{}0", &task_arn[..task_arn.len() - 1]);
    let gone = agent
        .task_credentials(&ask(&registered, &missing))
        .await
        .unwrap_err();
    assert_eq!(gone.status(), Some(400), "{gone}");
    // Another instance's session cannot be borrowed.
    let mut borrowed = ask(&registered, &task_arn);
    borrowed.session_id = other_registered.session_id.clone();
    let lost = agent.task_credentials(&borrowed).await.unwrap_err();
    assert_eq!(lost.status(), Some(410), "{lost}");
}
