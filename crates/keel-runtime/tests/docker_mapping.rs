//! ECS task definitions run on the real Docker daemon through `plan_task`: the members reach
//! Docker (read back with a raw inspect) and take effect inside the containers.
//!
//! Skipped with a message when no daemon answers, unless `KEEL_TEST_DOCKER=1` requires it.

use std::collections::BTreeMap;
use std::time::Duration;

use futures::StreamExt;
use keel_awsmodel::ecs::TaskDefinition;
use keel_runtime::conformance::{BUSYBOX_IMAGE, DockerTarget, RUN_LABEL, Target, WORKLOAD_IMAGE};
use keel_runtime::image::{ImagePolicy, PullBehavior, ensure_image};
use keel_runtime::mapping::{PauseImage, TaskContext, TaskPlan, VolumeKind, envfile, plan_task};
use keel_runtime::{HealthStatus, LogOptions, LogSpec, PullOptions, RemoveOptions, Runtime};
use serde_json::json;

const WAIT: Duration = Duration::from_secs(60);

fn context(target: &DockerTarget, family: &str) -> TaskContext {
    let label = target.run_label();
    let mut ctx = TaskContext::new(
        format!(
            "arn:aws:ecs:us-east-1:000000000000:task/test/{}",
            uuid::Uuid::new_v4().simple()
        ),
        "test",
        family,
        1,
        label.value.clone().unwrap_or_default(),
        PauseImage {
            image: BUSYBOX_IMAGE.into(),
            command: vec!["sleep".into(), "2147483647".into()],
        },
    );
    ctx.extra_labels
        .insert(RUN_LABEL.into(), label.value.clone().unwrap_or_default());
    ctx
}

/// Creates the plan's volumes and pause container; containers are left to the test.
async fn provide(target: &DockerTarget, plan: &TaskPlan) {
    let rt = target.runtime();
    for volume in &plan.volumes {
        if let VolumeKind::TaskScoped(spec) = &volume.kind {
            rt.create_volume(spec).await.expect("task volume");
        }
    }
    if let Some(pause) = &plan.pause {
        let id = rt.create_container(pause).await.expect("pause create").0;
        rt.start_container(&id).await.expect("pause start");
    }
}

async fn run_to_exit(target: &DockerTarget, spec: &keel_runtime::ContainerSpec) -> (String, i64) {
    let rt = target.runtime();
    let id = rt.create_container(spec).await.expect("create").0;
    rt.start_container(&id).await.expect("start");
    let code = tokio::time::timeout(WAIT, rt.wait_container(&id))
        .await
        .expect("exit in time")
        .expect("wait");
    (id, code)
}

async fn output(target: &DockerTarget, id: &str) -> String {
    let lines: Vec<_> = target
        .runtime()
        .logs(id, LogOptions::default())
        .map(|l| l.expect("log line"))
        .collect()
        .await;
    lines
        .iter()
        .map(|l| format!("{}\n", String::from_utf8_lossy(&l.message)))
        .collect()
}

async fn cleanup(target: &DockerTarget) {
    keel_runtime::conformance::cleanup(target).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn container_definition_members_take_effect_in_docker() {
    let Some(target) = DockerTarget::from_env("mapping-members").await else {
        return;
    };
    let outcome = futures::FutureExt::catch_unwind(std::panic::AssertUnwindSafe(
        members_take_effect(&target),
    ))
    .await;
    cleanup(&target).await;
    if let Err(p) = outcome {
        std::panic::resume_unwind(p);
    }
}

async fn members_take_effect(target: &DockerTarget) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("greeting"), "hello from the host\n").unwrap();
    let env_file = dir.path().join("app.env");
    std::fs::write(
        &env_file,
        "# comment\nFROM_FILE=file\nA=loses-to-environment\n",
    )
    .unwrap();

    let script = [
        "echo env=$A,$B,$FROM_FILE,$AWS_REGION",
        "echo user=$(id -u):$(id -g)",
        "echo cwd=$(pwd)",
        "echo host=$(hostname)",
        "grep -q '10.1.2.3.*db.internal' /etc/hosts && echo hosts=ok",
        "grep -q 'nameserver 127.0.0.53' /etc/resolv.conf && echo dns=ok",
        "echo nofile=$(ulimit -n)",
        "cat /data/greeting",
        "awk '$2 == \"/\" {print $4}' /proc/mounts | grep -q '^ro' && echo rootfs=readonly",
        "echo scratch > /scratch/x && echo tmpfs=ok",
        "echo shared > /var/tmp/y && echo volume=ok",
        "echo init=$(cat /proc/1/comm)",
        "echo somaxconn=$(cat /proc/sys/net/core/somaxconn)",
    ]
    .join("; ");
    let def: TaskDefinition = serde_json::from_value(json!({
        "family": "mapping",
        "volumes": [
            {"name": "hostdir", "host": {"sourcePath": dir.path()}},
            {"name": "scratch"}
        ],
        "containerDefinitions": [{
            "name": "app",
            "image": BUSYBOX_IMAGE,
            "entryPoint": ["/bin/sh", "-c"],
            "command": [script],
            "environment": [{"name": "A", "value": "from-env"}, {"name": "B", "value": "b"}],
            "environmentFiles": [{"value": env_file, "type": "s3"}],
            "user": "1000:1000",
            "workingDirectory": "/tmp",
            "hostname": "app-host",
            "extraHosts": [{"hostname": "db.internal", "ipAddress": "10.1.2.3"}],
            "dnsServers": ["127.0.0.53"],
            "dnsSearchDomains": ["corp.example"],
            "ulimits": [{"name": "nofile", "softLimit": 1000, "hardLimit": 2000}],
            "cpu": 128,
            "memory": 64,
            "memoryReservation": 32,
            "readonlyRootFilesystem": true,
            "dockerLabels": {"team": "payments"},
            "linuxParameters": {
                "initProcessEnabled": true,
                "sharedMemorySize": 16,
                "capabilities": {"drop": ["NET_RAW"]},
                "tmpfs": [{"containerPath": "/scratch", "size": 8, "mountOptions": ["noexec"]}]
            },
            "systemControls": [{"namespace": "net.core.somaxconn", "value": "511"}],
            "mountPoints": [
                {"sourceVolume": "hostdir", "containerPath": "/data", "readOnly": true},
                {"sourceVolume": "scratch", "containerPath": "/var/tmp"}
            ],
            "healthCheck": {"command": ["CMD-SHELL", "true"], "interval": 5},
            "logConfiguration": {"logDriver": "json-file", "options": {"max-size": "1m", "max-file": "2"}},
            "stopTimeout": 9
        }]
    }))
    .unwrap();
    let mut ctx = context(target, "mapping");
    ctx.region = Some("eu-central-1".into());
    let files = keel_runtime::mapping::environment_file_values(&def, None);
    let values: Vec<&str> = files["app"].iter().map(String::as_str).collect();
    ctx.environment_files
        .insert("app".into(), envfile::read_files(&values).unwrap());
    let plan = plan_task(&def, None, &ctx).unwrap();
    provide(target, &plan).await;
    let spec = &plan.containers[0].spec;
    let (id, code) = run_to_exit(target, spec).await;
    let out = output(target, &id).await;
    assert_eq!(code, 0, "{out}");
    for expected in [
        "env=from-env,b,file,eu-central-1",
        "user=1000:1000",
        "cwd=/tmp",
        "host=app-host",
        "hosts=ok",
        "dns=ok",
        "nofile=1000",
        "hello from the host",
        "rootfs=readonly",
        "tmpfs=ok",
        "volume=ok",
        "init=docker-init",
        "somaxconn=511",
    ] {
        assert!(
            out.lines().any(|l| l == expected),
            "missing {expected:?} in:\n{out}"
        );
    }

    // What Docker stored, read back raw.
    let raw = target
        .docker()
        .bollard()
        .inspect_container(&id, None)
        .await
        .unwrap();
    let hc = raw.host_config.unwrap();
    assert_eq!(hc.memory, Some(64 * 1024 * 1024));
    assert_eq!(hc.memory_reservation, Some(32 * 1024 * 1024));
    assert_eq!(hc.cpu_shares, Some(128));
    assert_eq!(hc.shm_size, Some(16 * 1024 * 1024));
    assert_eq!(hc.readonly_rootfs, Some(true));
    assert_eq!(hc.init, Some(true));
    assert_eq!(hc.cap_drop, Some(vec!["NET_RAW".to_string()]));
    assert_eq!(hc.dns_search, Some(vec!["corp.example".to_string()]));
    let log = hc.log_config.unwrap();
    assert_eq!(log.typ.as_deref(), Some("json-file"));
    assert_eq!(log.config.unwrap()["max-size"], "1m");
    let config = raw.config.unwrap();
    let labels = config.labels.unwrap();
    assert_eq!(labels["com.amazonaws.ecs.task-arn"], ctx.task_arn);
    assert_eq!(labels["com.amazonaws.ecs.container-name"], "app");
    assert_eq!(labels["com.amazonaws.ecs.cluster"], "test");
    assert_eq!(
        labels["com.amazonaws.ecs.task-definition-family"],
        "mapping"
    );
    assert_eq!(labels["com.amazonaws.ecs.task-definition-version"], "1");
    assert_eq!(labels["team"], "payments");
    assert_eq!(config.stop_timeout, Some(9));
    let health = config.healthcheck.unwrap();
    assert_eq!(
        health.test,
        Some(vec!["CMD-SHELL".to_string(), "true".to_string()])
    );
    assert_eq!(health.interval, Some(5_000_000_000));
    assert_eq!(
        health.timeout,
        Some(5_000_000_000),
        "ECS's default, not Docker's 30 s"
    );
    assert_eq!(
        raw.name.as_deref(),
        Some(format!("/{}", spec.name).as_str())
    );

    // The restarted agent's view: found by label, named as planned.
    let found = target
        .runtime()
        .list_managed(&[keel_runtime::LabelSelector::eq(
            "com.amazonaws.ecs.task-arn",
            ctx.task_arn.clone(),
        )])
        .await
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].name, spec.name);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn awsvpc_task_shares_one_network_namespace() {
    let Some(target) = DockerTarget::from_env("mapping-awsvpc").await else {
        return;
    };
    let outcome =
        futures::FutureExt::catch_unwind(std::panic::AssertUnwindSafe(awsvpc(&target))).await;
    cleanup(&target).await;
    if let Err(p) = outcome {
        std::panic::resume_unwind(p);
    }
}

async fn awsvpc(target: &DockerTarget) {
    let def: TaskDefinition = serde_json::from_value(json!({
        "family": "vpc",
        "networkMode": "awsvpc",
        "pidMode": "task",
        "ipcMode": "task",
        "containerDefinitions": [
            {"name": "web", "image": WORKLOAD_IMAGE, "command": ["serve", "--port", "8080"],
             "systemControls": [{"namespace": "net.core.somaxconn", "value": "511"},
                                {"namespace": "kernel.shmmax", "value": "123456789"}],
             "portMappings": [{"containerPort": 8080}], "memory": 32,
             "healthCheck": {"command": ["CMD", "/usr/local/bin/keel-workload", "get", "http://127.0.0.1:8080/health"],
                             "interval": 5, "timeout": 2, "retries": 2}},
            {"name": "probe", "image": BUSYBOX_IMAGE, "memory": 32, "essential": false,
             "entryPoint": ["/bin/sh", "-c"],
             "command": ["for i in $(seq 100); do wget -q -O- http://127.0.0.1:8080/health && break; sleep 0.1; done; echo; ps -o comm | grep -q keel-workload && echo web-visible; ps -o comm | grep -qx sleep && echo pause-visible; echo somaxconn=$(cat /proc/sys/net/core/somaxconn); echo shmmax=$(cat /proc/sys/kernel/shmmax)"]}
        ]
    }))
    .unwrap();
    let mut ctx = context(target, "vpc");
    // Keep the task's namespace off every network: the test talks only inside it.
    ctx.awsvpc_network = "none".into();
    let plan = plan_task(&def, None, &ctx).unwrap();
    let pause = plan.pause.clone().expect("awsvpc has a pause container");
    provide(target, &plan).await;
    let rt = target.runtime();
    let web = rt
        .create_container(&plan.containers[0].spec)
        .await
        .unwrap()
        .0;
    rt.start_container(&web).await.unwrap();
    let (probe, code) = run_to_exit(target, &plan.containers[1].spec).await;
    let out = output(target, &probe).await;
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("ok"),
        "the probe reached web on 127.0.0.1:\n{out}"
    );
    // The task's namespaces carry the task-wide sysctls, whichever container set them.
    for seen in ["somaxconn=511", "shmmax=123456789"] {
        assert!(out.lines().any(|l| l == seen), "{seen} missing:\n{out}");
    }
    for seen in ["web-visible", "pause-visible"] {
        assert!(
            out.lines().any(|l| l == seen),
            "pidMode task: the probe shares the task's PID namespace ({seen}):\n{out}"
        );
    }
    let pause_info = rt.inspect_container(&pause.name).await.unwrap();
    let web_info = rt.inspect_container(&web).await.unwrap();
    assert_eq!(
        web_info.network_mode,
        format!("container:{}", pause_info.id)
    );
    // Docker's health check runs in the shared namespace too.
    let healthy = tokio::time::timeout(WAIT, async {
        loop {
            let info = rt.inspect_container(&web).await.unwrap();
            if info.state.health.as_ref().map(|h| h.status) == Some(HealthStatus::Healthy) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    })
    .await;
    assert!(healthy.is_ok(), "web became healthy");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn task_volumes_are_shared_and_removed_with_the_task() {
    let Some(target) = DockerTarget::from_env("mapping-volumes").await else {
        return;
    };
    let outcome =
        futures::FutureExt::catch_unwind(std::panic::AssertUnwindSafe(volumes(&target))).await;
    cleanup(&target).await;
    if let Err(p) = outcome {
        std::panic::resume_unwind(p);
    }
}

async fn volumes(target: &DockerTarget) {
    let def: TaskDefinition = serde_json::from_value(json!({
        "family": "vols",
        "volumes": [{"name": "work", "dockerVolumeConfiguration": {"scope": "task", "driver": "local"}}],
        "containerDefinitions": [
            {"name": "writer", "image": BUSYBOX_IMAGE, "memory": 16, "essential": false,
             "entryPoint": ["/bin/sh", "-c"], "command": ["echo written > /shared/note"],
             "mountPoints": [{"sourceVolume": "work", "containerPath": "/shared"}]},
            {"name": "reader", "image": BUSYBOX_IMAGE, "memory": 16,
             "entryPoint": ["/bin/sh", "-c"], "command": ["cat /shared/note; touch /shared/x 2>/dev/null || echo read-only"],
             "volumesFrom": [{"sourceContainer": "writer", "readOnly": true}]}
        ]
    }))
    .unwrap();
    let ctx = context(target, "vols");
    let plan = plan_task(&def, None, &ctx).unwrap();
    let VolumeKind::TaskScoped(volume) = &plan.volumes[0].kind else {
        panic!("task-scoped volume expected");
    };
    provide(target, &plan).await;
    let rt = target.runtime();
    let (writer, code) = run_to_exit(target, &plan.containers[0].spec).await;
    assert_eq!(code, 0);
    let (reader, code) = run_to_exit(target, &plan.containers[1].spec).await;
    assert_eq!(code, 0);
    let out = output(target, &reader).await;
    assert_eq!(out, "written\nread-only\n");
    // Task end: containers, then the task's volume, go.
    for id in [reader, writer] {
        rt.remove_container(
            &id,
            RemoveOptions {
                force: false,
                volumes: true,
            },
        )
        .await
        .unwrap();
    }
    rt.remove_volume(&volume.name).await.unwrap();
    assert_eq!(rt.inspect_volume(&volume.name).await, Ok(None));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pull_behaviours_against_the_daemon() {
    let Some(target) = DockerTarget::from_env("mapping-pull").await else {
        return;
    };
    let docker = target.docker().bollard();
    // The local image under a name whose registry is a closed loopback port: every pull of
    // it fails at once, and nothing leaves the host.
    let repo = format!(
        "127.0.0.1:1/keel-test/pull-{}",
        uuid::Uuid::new_v4().simple()
    );
    docker
        .tag_image(
            BUSYBOX_IMAGE,
            Some(bollard::query_parameters::TagImageOptions {
                repo: Some(repo.clone()),
                tag: Some("latest".into()),
            }),
        )
        .await
        .unwrap();
    let reference = format!("{repo}:latest");
    let policy = |behavior| ImagePolicy {
        behavior,
        ..ImagePolicy::default()
    };
    let rt = target.runtime();
    let outcome = async {
        let cached = ensure_image(
            rt,
            &reference,
            &policy(PullBehavior::PreferCached),
            false,
            &PullOptions::default(),
        )
        .await
        .unwrap();
        assert!(!cached.pulled && cached.pull_error.is_none());
        let fallback = ensure_image(
            rt,
            &reference,
            &policy(PullBehavior::Default),
            false,
            &PullOptions::default(),
        )
        .await
        .unwrap();
        let error = fallback.pull_error.expect("the pull failed");
        assert!(
            error
                .ecs_reason()
                .starts_with("CannotPullContainerError: Error response from daemon: "),
            "{}",
            error.ecs_reason()
        );
        let always = ensure_image(
            rt,
            &reference,
            &policy(PullBehavior::Always),
            false,
            &PullOptions::default(),
        )
        .await
        .unwrap_err();
        assert_eq!(always.ecs_error_name(), "CannotPullContainerError");
        assert!(
            cached.image.digest_for(&reference).is_none(),
            "imported images have no digest"
        );
    };
    let result = futures::FutureExt::catch_unwind(std::panic::AssertUnwindSafe(outcome)).await;
    let _ = docker
        .remove_image(
            &reference,
            None::<bollard::query_parameters::RemoveImageOptions>,
            None,
        )
        .await;
    if let Err(p) = result {
        std::panic::resume_unwind(p);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn awslogs_containers_keep_their_output_readable() {
    let Some(target) = DockerTarget::from_env("mapping-awslogs").await else {
        return;
    };
    let def: TaskDefinition = serde_json::from_value(json!({
        "family": "logs",
        "containerDefinitions": [{
            "name": "app", "image": WORKLOAD_IMAGE, "memory": 32,
            "command": ["log", "--count", "5", "--stream", "both"],
            "logConfiguration": {"logDriver": "awslogs", "options": {
                "awslogs-group": "/ecs/logs", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "logs"}}
        }]
    }))
    .unwrap();
    let ctx = context(&target, "logs");
    let plan = plan_task(&def, None, &ctx).unwrap();
    let container = &plan.containers[0];
    assert!(matches!(&container.spec.log, LogSpec::Driver { name, .. } if name == "local"));
    let result = futures::FutureExt::catch_unwind(std::panic::AssertUnwindSafe(async {
        let (id, code) = run_to_exit(&target, &container.spec).await;
        assert_eq!(code, 0);
        let lines: Vec<_> = target
            .runtime()
            .logs(&id, LogOptions::default())
            .map(|l| l.unwrap())
            .collect()
            .await;
        let streams: BTreeMap<String, usize> = lines.iter().fold(BTreeMap::new(), |mut m, l| {
            *m.entry(l.stream.as_str().to_string()).or_default() += 1;
            m
        });
        assert_eq!(streams["stdout"], 3);
        assert_eq!(streams["stderr"], 2);
        let awslogs = container.awslogs.as_ref().unwrap();
        assert_eq!(awslogs.stream_name("app", "abc", &id), "logs/app/abc");
    }))
    .await;
    cleanup(&target).await;
    if let Err(p) = result {
        std::panic::resume_unwind(p);
    }
}
