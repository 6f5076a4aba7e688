use std::time::Duration;

use keel_awsmodel::ecs::{TaskDefinition, TaskOverride};
use serde_json::json;

use super::*;
use crate::spec::{IpcMode, LogSpec, MountSource, NamespaceMode, NetworkMode, Protocol};

fn td(value: serde_json::Value) -> TaskDefinition {
    serde_json::from_value(value).expect("task definition JSON")
}

fn ctx() -> TaskContext {
    TaskContext::new(
        "arn:aws:ecs:us-east-1:000000000000:task/default/0123456789abcdef0123456789abcdef",
        "default",
        "web",
        3,
        "a1b2c3",
        PauseImage {
            image: "keel-test/busybox:latest".into(),
            command: vec!["sleep".into(), "2147483647".into()],
        },
    )
}

fn plan(def: serde_json::Value) -> TaskPlan {
    plan_task(&td(def), None, &ctx()).expect("plan")
}

fn only(plan: &TaskPlan) -> &ContainerSpec {
    &plan.containers[0].spec
}

#[test]
fn basic_members_reach_the_spec() {
    let p = plan(json!({
        "family": "web",
        "containerDefinitions": [{
            "name": "app",
            "image": "web:1",
            "entryPoint": ["/bin/sh", "-c"],
            "command": ["echo hi"],
            "workingDirectory": "/srv",
            "user": "1000:1000",
            "hostname": "app-host",
            "cpu": 256,
            "memory": 512,
            "memoryReservation": 128,
            "privileged": true,
            "readonlyRootFilesystem": true,
            "interactive": true,
            "pseudoTerminal": true,
            "dnsServers": ["10.0.0.2"],
            "dnsSearchDomains": ["corp.example"],
            "extraHosts": [{"hostname": "db", "ipAddress": "10.0.0.9"}],
            "dockerLabels": {"team": "payments"},
            "ulimits": [{"name": "nofile", "softLimit": 1024, "hardLimit": 4096}],
            "stopTimeout": 12,
            "startTimeout": 40
        }]
    }));
    let c = &p.containers[0];
    let s = &c.spec;
    assert_eq!(s.name, "keel-web-3-app-a1b2c3");
    assert_eq!(s.image, "web:1");
    assert_eq!(s.entrypoint, Some(vec!["/bin/sh".into(), "-c".into()]));
    assert_eq!(s.command, Some(vec!["echo hi".into()]));
    assert_eq!(s.working_dir.as_deref(), Some("/srv"));
    assert_eq!(s.user.as_deref(), Some("1000:1000"));
    assert_eq!(s.hostname.as_deref(), Some("app-host"));
    assert_eq!(s.resources.cpu_shares, Some(256));
    assert_eq!(s.resources.memory_bytes, Some(512 * MIB));
    assert_eq!(s.resources.memory_reservation_bytes, Some(128 * MIB));
    assert!(s.security.privileged && s.security.read_only_rootfs);
    assert!(s.interactive && s.tty);
    assert_eq!(s.network.dns_servers, vec!["10.0.0.2"]);
    assert_eq!(s.network.dns_search, vec!["corp.example"]);
    assert_eq!(
        s.network.extra_hosts,
        vec![("db".to_string(), "10.0.0.9".to_string())]
    );
    assert_eq!(s.resources.ulimits[0].name, "nofile");
    assert_eq!(
        (s.resources.ulimits[0].soft, s.resources.ulimits[0].hard),
        (1024, 4096)
    );
    assert_eq!(s.stop_timeout, Some(Duration::from_secs(12)));
    assert_eq!(c.stop_timeout, Duration::from_secs(12));
    assert_eq!(c.start_timeout, Some(Duration::from_secs(40)));
    assert!(c.essential);
    assert_eq!(s.labels["team"], "payments");
}

#[test]
fn ecs_labels_are_set_and_win_over_docker_labels() {
    let p = plan(json!({
        "family": "web",
        "containerDefinitions": [{
            "name": "app", "image": "web:1", "memory": 64,
            "dockerLabels": {"com.amazonaws.ecs.cluster": "spoofed", "x": "y"}
        }]
    }));
    let labels = &only(&p).labels;
    assert_eq!(labels[crate::labels::TASK_ARN], ctx().task_arn);
    assert_eq!(labels[crate::labels::CONTAINER_NAME], "app");
    assert_eq!(labels[crate::labels::CLUSTER], "default");
    assert_eq!(labels[crate::labels::TASK_DEFINITION_FAMILY], "web");
    assert_eq!(labels[crate::labels::TASK_DEFINITION_VERSION], "3");
    assert_eq!(labels["x"], "y");
}

#[test]
fn cpu_shares_follow_the_ecs_agent() {
    for (cpu, shares) in [
        (None, 2),
        (Some(0), 2),
        (Some(1), 2),
        (Some(100), 100),
        (Some(300_000), 262_144),
    ] {
        let mut def = json!({"name": "app", "image": "i", "memory": 64});
        if let Some(cpu) = cpu {
            def["cpu"] = json!(cpu);
        }
        let p = plan(json!({"family": "web", "containerDefinitions": [def]}));
        assert_eq!(only(&p).resources.cpu_shares, Some(shares), "cpu {cpu:?}");
    }
}

#[test]
fn task_memory_bounds_containers_without_their_own_limit() {
    let p = plan(json!({
        "family": "web", "memory": "1 GB",
        "containerDefinitions": [
            {"name": "a", "image": "i"},
            {"name": "b", "image": "i", "memory": 256}
        ]
    }));
    assert_eq!(
        p.containers[0].spec.resources.memory_bytes,
        Some(1024 * MIB)
    );
    assert_eq!(p.containers[1].spec.resources.memory_bytes, Some(256 * MIB));
}

#[test]
fn environment_precedence_matches_ecs() {
    let mut context = ctx();
    context.region = Some("eu-west-1".into());
    context.environment_files.insert(
        "app".into(),
        vec![
            vec![
                ("FROM_FILE".into(), "first".into()),
                ("A".into(), "file".into()),
            ],
            vec![
                ("FROM_FILE".into(), "second".into()),
                ("ONLY_2".into(), "2".into()),
            ],
        ],
    );
    context.extra_env.push((
        "ECS_CONTAINER_METADATA_URI_V4".into(),
        "http://169.254.170.2/v4/x".into(),
    ));
    let def = td(json!({
        "family": "web",
        "containerDefinitions": [{
            "name": "app", "image": "i", "memory": 64,
            "environment": [{"name": "A", "value": "def"}, {"name": "B", "value": "def"}]
        }]
    }));
    let overrides: TaskOverride = serde_json::from_value(json!({
        "containerOverrides": [{"name": "app", "environment": [{"name": "B", "value": "override"}, {"name": "C", "value": "new"}]}]
    }))
    .unwrap();
    let p = plan_task(&def, Some(&overrides), &context).unwrap();
    let s = only(&p);
    assert_eq!(s.env_var("A"), Some("def"), "environment beats files");
    assert_eq!(s.env_var("B"), Some("override"));
    assert_eq!(s.env_var("C"), Some("new"));
    assert_eq!(s.env_var("FROM_FILE"), Some("first"), "the first file wins");
    assert_eq!(s.env_var("ONLY_2"), Some("2"));
    assert_eq!(s.env_var("AWS_REGION"), Some("eu-west-1"));
    assert_eq!(s.env_var("AWS_DEFAULT_REGION"), Some("eu-west-1"));
    assert_eq!(
        s.env_var("ECS_CONTAINER_METADATA_URI_V4"),
        Some("http://169.254.170.2/v4/x")
    );
    // The definition's order is kept.
    assert_eq!(s.env[0].0, "A");
    assert_eq!(s.env[1].0, "B");
}

#[test]
fn region_is_not_injected_over_the_users_or_the_images_choice() {
    let mut context = ctx();
    context.region = Some("eu-west-1".into());
    context
        .image_env
        .insert("b".into(), vec!["AWS_DEFAULT_REGION=ap-south-1".into()]);
    let def = td(json!({
        "family": "web",
        "containerDefinitions": [
            {"name": "a", "image": "i", "memory": 64, "environment": [{"name": "AWS_REGION", "value": "us-west-2"}]},
            {"name": "b", "image": "i", "memory": 64}
        ]
    }));
    let p = plan_task(&def, None, &context).unwrap();
    assert_eq!(
        p.containers[0].spec.env_var("AWS_REGION"),
        Some("us-west-2")
    );
    assert_eq!(p.containers[0].spec.env_var("AWS_DEFAULT_REGION"), None);
    assert_eq!(p.containers[1].spec.env_var("AWS_REGION"), None);
}

#[test]
fn overrides_replace_command_and_resources() {
    let def = td(json!({
        "family": "web",
        "containerDefinitions": [{"name": "app", "image": "i", "memory": 64, "cpu": 10, "command": ["a"]}]
    }));
    let overrides: TaskOverride = serde_json::from_value(json!({
        "containerOverrides": [{"name": "app", "command": ["b", "c"], "cpu": 512, "memory": 128, "memoryReservation": 100}]
    }))
    .unwrap();
    let p = plan_task(&def, Some(&overrides), &ctx()).unwrap();
    let s = only(&p);
    assert_eq!(s.command, Some(vec!["b".into(), "c".into()]));
    assert_eq!(s.resources.cpu_shares, Some(512));
    assert_eq!(s.resources.memory_bytes, Some(128 * MIB));
    assert_eq!(s.resources.memory_reservation_bytes, Some(100 * MIB));
}

#[test]
fn bridge_ports_publish_on_the_host_address() {
    let mut context = ctx();
    context.host_ip = "127.0.0.2".into();
    let def = td(json!({
        "family": "web",
        "containerDefinitions": [{
            "name": "app", "image": "i", "memory": 64,
            "portMappings": [
                {"containerPort": 80},
                {"containerPort": 53, "hostPort": 5353, "protocol": "udp"},
                {"containerPort": 8080, "hostPort": 0},
                {"containerPortRange": "9000-9002"}
            ]
        }]
    }));
    let p = plan_task(&def, None, &context).unwrap();
    let ports = &only(&p).network.ports;
    assert_eq!(ports.len(), 6);
    assert_eq!(ports[0].container_port, 80);
    assert_eq!(
        ports[0].host_port, None,
        "absent hostPort: the runtime picks"
    );
    assert_eq!(ports[0].host_ip, "127.0.0.2");
    assert_eq!(
        (
            ports[1].container_port,
            ports[1].protocol,
            ports[1].host_port
        ),
        (53, Protocol::Udp, Some(5353))
    );
    assert_eq!(ports[2].host_port, None, "hostPort 0: the runtime picks");
    assert_eq!(
        ports[3..]
            .iter()
            .map(|p| p.container_port)
            .collect::<Vec<_>>(),
        vec![9000, 9001, 9002]
    );
    assert_eq!(only(&p).network.exposed.len(), 6);
    assert_eq!(only(&p).network.mode, NetworkMode::Bridge);
}

#[test]
fn host_and_none_modes_publish_nothing() {
    for (mode, expected) in [("host", NetworkMode::Host), ("none", NetworkMode::None)] {
        let mut def = json!({"name": "app", "image": "i", "memory": 64});
        if mode == "host" {
            def["portMappings"] = json!([{"containerPort": 80, "hostPort": 80}]);
        }
        let p = plan(json!({"family": "web", "networkMode": mode, "containerDefinitions": [def]}));
        assert_eq!(only(&p).network.mode, expected);
        assert!(only(&p).network.ports.is_empty());
        assert!(p.pause.is_none());
    }
}

#[test]
fn awsvpc_shares_one_network_namespace_through_a_pause_container() {
    let def = json!({
        "family": "web", "networkMode": "awsvpc",
        "containerDefinitions": [
            {"name": "app", "image": "i", "memory": 64, "portMappings": [{"containerPort": 8080}],
             "systemControls": [{"namespace": "net.ipv4.tcp_keepalive_time", "value": "100"},
                                {"namespace": "kernel.shmmax", "value": "1000"}]},
            {"name": "sidecar", "image": "i", "memory": 64,
             "systemControls": [{"namespace": "net.ipv4.tcp_keepalive_time", "value": "200"}]}
        ]
    });
    let p = plan(def.clone());
    let pause = p.pause.as_ref().expect("pause container");
    assert_eq!(pause.name, "keel-web-3-internalpause-a1b2c3");
    assert_eq!(pause.image, "keel-test/busybox:latest");
    assert_eq!(
        pause.labels[crate::labels::CONTAINER_NAME],
        PAUSE_CONTAINER_NAME
    );
    assert_eq!(pause.network.mode, NetworkMode::Bridge);
    assert!(pause.security.init);
    assert_eq!(pause.log, LogSpec::None);
    assert_eq!(pause.network.exposed, vec![(8080, Protocol::Tcp)]);
    assert!(pause.network.ports.is_empty(), "not published unless asked");
    assert_eq!(
        pause.security.sysctls["net.ipv4.tcp_keepalive_time"], "200",
        "last container wins"
    );
    for c in &p.containers {
        assert_eq!(
            c.spec.network.mode,
            NetworkMode::Container(pause.name.clone())
        );
        assert!(c.spec.network.ports.is_empty());
        assert!(
            !c.spec
                .security
                .sysctls
                .contains_key("net.ipv4.tcp_keepalive_time")
        );
    }
    assert_eq!(
        p.containers[0].spec.security.sysctls["kernel.shmmax"],
        "1000"
    );

    let mut context = ctx();
    context.awsvpc_publish_ports = true;
    context.awsvpc_network = "keel-tasks".into();
    let p = plan_task(&td(def), None, &context).unwrap();
    let pause = p.pause.unwrap();
    assert_eq!(pause.network.mode, NetworkMode::Named("keel-tasks".into()));
    assert_eq!(pause.network.ports[0].host_port, Some(8080));
}

#[test]
fn ipc_sysctls_of_an_ipc_task_go_to_the_pause_container() {
    let p = plan(json!({
        "family": "web", "ipcMode": "task",
        "containerDefinitions": [
            {"name": "a", "image": "i", "memory": 64, "systemControls": [
                {"namespace": "kernel.shmmax", "value": "1"}, {"namespace": "net.core.somaxconn", "value": "9"}]},
            {"name": "b", "image": "i", "memory": 64, "systemControls": [{"namespace": "kernel.shmmax", "value": "2"}]}
        ]
    }));
    let pause = p.pause.as_ref().unwrap();
    assert_eq!(
        pause
            .security
            .sysctls
            .get("kernel.shmmax")
            .map(String::as_str),
        Some("2")
    );
    assert!(
        !pause.security.sysctls.contains_key("net.core.somaxconn"),
        "bridge: net stays per container"
    );
    assert!(
        !p.containers[0]
            .spec
            .security
            .sysctls
            .contains_key("kernel.shmmax")
    );
    assert_eq!(
        p.containers[0].spec.security.sysctls["net.core.somaxconn"],
        "9"
    );
}

#[test]
fn pid_and_ipc_task_modes_join_the_pause_container() {
    let p = plan(json!({
        "family": "web", "pidMode": "task", "ipcMode": "task",
        "containerDefinitions": [{"name": "app", "image": "i", "memory": 64}]
    }));
    let pause = p.pause.as_ref().unwrap();
    assert_eq!(
        pause.network.mode,
        NetworkMode::None,
        "bridge tasks keep their own network"
    );
    assert_eq!(pause.ipc_mode, Some(IpcMode::Shareable));
    let s = only(&p);
    assert_eq!(
        s.pid_mode,
        Some(NamespaceMode::Container(pause.name.clone()))
    );
    assert_eq!(s.ipc_mode, Some(IpcMode::Container(pause.name.clone())));
    assert_eq!(s.network.mode, NetworkMode::Bridge);

    let p = plan(json!({
        "family": "web", "pidMode": "host", "ipcMode": "none",
        "containerDefinitions": [{"name": "app", "image": "i", "memory": 64}]
    }));
    assert!(p.pause.is_none());
    assert_eq!(only(&p).pid_mode, Some(NamespaceMode::Host));
    assert_eq!(only(&p).ipc_mode, Some(IpcMode::None));
}

#[test]
fn links_and_volumes_from_name_the_other_containers_runtime_names() {
    let p = plan(json!({
        "family": "web",
        "containerDefinitions": [
            {"name": "db", "image": "i", "memory": 64},
            {"name": "app", "image": "i", "memory": 64, "links": ["db:database", "cache"],
             "volumesFrom": [{"sourceContainer": "db", "readOnly": true}]},
            {"name": "cache", "image": "i", "memory": 64}
        ]
    }));
    let app = &p.containers[1].spec;
    assert_eq!(
        app.network.links,
        vec![
            ("keel-web-3-db-a1b2c3".to_string(), "database".to_string()),
            ("keel-web-3-cache-a1b2c3".to_string(), "cache".to_string())
        ]
    );
    assert_eq!(app.volumes_from[0].container, "keel-web-3-db-a1b2c3");
    assert!(app.volumes_from[0].read_only);
}

#[test]
fn volumes_become_binds_task_volumes_and_shared_volumes() {
    let p = plan(json!({
        "family": "web",
        "volumes": [
            {"name": "hostdir", "host": {"sourcePath": "/srv/data"}},
            {"name": "scratch", "host": {}},
            {"name": "bare"},
            {"name": "taskvol", "dockerVolumeConfiguration": {"scope": "task", "driver": "local",
                "driverOpts": {"type": "tmpfs", "device": "tmpfs"}, "labels": {"k": "v"}}},
            {"name": "shared", "dockerVolumeConfiguration": {"scope": "shared", "autoprovision": true}}
        ],
        "containerDefinitions": [{
            "name": "app", "image": "i", "memory": 64,
            "mountPoints": [
                {"sourceVolume": "hostdir", "containerPath": "/data", "readOnly": true},
                {"sourceVolume": "scratch", "containerPath": "/scratch"},
                {"sourceVolume": "taskvol", "containerPath": "/t"},
                {"sourceVolume": "shared", "containerPath": "/s"}
            ]
        }]
    }));
    assert_eq!(p.volumes[0].kind, VolumeKind::HostPath("/srv/data".into()));
    let VolumeKind::TaskScoped(scratch) = &p.volumes[1].kind else {
        panic!("scratch is task-scoped: {:?}", p.volumes[1]);
    };
    assert_eq!(scratch.name, "keel-web-3-scratch-a1b2c3");
    assert_eq!(scratch.labels[crate::labels::TASK_ARN], ctx().task_arn);
    assert!(matches!(p.volumes[2].kind, VolumeKind::TaskScoped(_)));
    let VolumeKind::TaskScoped(taskvol) = &p.volumes[3].kind else {
        panic!("taskvol");
    };
    assert_eq!(taskvol.driver_opts["type"], "tmpfs");
    assert_eq!(taskvol.labels["k"], "v");
    let VolumeKind::Shared {
        spec,
        autoprovision,
    } = &p.volumes[4].kind
    else {
        panic!("shared");
    };
    assert_eq!(spec.name, "shared", "shared volumes keep their own name");
    assert!(*autoprovision);
    assert!(
        spec.labels.is_empty(),
        "labels must match the definition exactly"
    );

    let mounts = &only(&p).mounts;
    assert_eq!(mounts[0].source, MountSource::Bind("/srv/data".into()));
    assert!(mounts[0].read_only);
    assert_eq!(mounts[1].source, MountSource::Volume(scratch.name.clone()));
    assert_eq!(mounts[2].source, MountSource::Volume(taskvol.name.clone()));
    assert_eq!(mounts[3].source, MountSource::Volume("shared".into()));
}

#[test]
fn linux_parameters_map_to_kernel_settings() {
    let p = plan(json!({
        "family": "web",
        "containerDefinitions": [{
            "name": "app", "image": "i", "memory": 100,
            "linuxParameters": {
                "capabilities": {"add": ["NET_ADMIN"], "drop": ["ALL"]},
                "initProcessEnabled": true,
                "sharedMemorySize": 64,
                "maxSwap": 50,
                "swappiness": 10,
                "tmpfs": [{"containerPath": "/run", "size": 16, "mountOptions": ["noexec", "nosuid"]}],
                "devices": [{"hostPath": "/dev/fuse", "permissions": ["read", "write"]},
                            {"hostPath": "/dev/null", "containerPath": "/dev/mynull"}]
            },
            "dockerSecurityOptions": ["no-new-privileges", "apparmor:docker-default", "label:type:svirt_t"],
            "systemControls": [{"namespace": "net.core.somaxconn", "value": "1024"}]
        }]
    }));
    let s = only(&p);
    assert_eq!(s.security.cap_add, vec!["NET_ADMIN"]);
    assert_eq!(s.security.cap_drop, vec!["ALL"]);
    assert!(s.security.init);
    assert_eq!(s.resources.shm_size_bytes, Some(64 * MIB));
    assert_eq!(
        s.resources.memory_swap_bytes,
        Some(150 * MIB as i64),
        "memory + maxSwap"
    );
    assert_eq!(s.resources.memory_swappiness, Some(10));
    assert_eq!(s.tmpfs[0].target, "/run");
    assert_eq!(s.tmpfs[0].options, "size=16m,noexec,nosuid");
    assert_eq!(s.resources.devices[0].container_path, "/dev/fuse");
    assert_eq!(s.resources.devices[0].permissions, "rw");
    assert_eq!(s.resources.devices[1].container_path, "/dev/mynull");
    assert_eq!(s.resources.devices[1].permissions, "rwm");
    assert_eq!(
        s.security.security_opt,
        vec![
            "no-new-privileges",
            "apparmor=docker-default",
            "label=type:svirt_t"
        ]
    );
    assert_eq!(s.security.sysctls["net.core.somaxconn"], "1024");
}

#[test]
fn swappiness_without_max_swap_is_ignored_as_ecs_does() {
    let p = plan(json!({
        "family": "web",
        "containerDefinitions": [{"name": "app", "image": "i", "memory": 64,
            "linuxParameters": {"swappiness": 10}}]
    }));
    assert_eq!(only(&p).resources.memory_swappiness, None);
    assert_eq!(only(&p).resources.memory_swap_bytes, None);
}

#[test]
fn health_check_gets_ecs_defaults() {
    let p = plan(json!({
        "family": "web",
        "containerDefinitions": [
            {"name": "a", "image": "i", "memory": 64, "healthCheck": {"command": ["CMD-SHELL", "wget -q -O- localhost/health"]}},
            {"name": "b", "image": "i", "memory": 64, "healthCheck": {"command": ["CMD", "/bin/check"], "interval": 5, "timeout": 2, "retries": 1, "startPeriod": 10}}
        ]
    }));
    let a = p.containers[0].spec.health_check.as_ref().unwrap();
    assert_eq!(a.test, vec!["CMD-SHELL", "wget -q -O- localhost/health"]);
    assert_eq!(
        (a.interval, a.timeout, a.retries, a.start_period),
        (
            Duration::from_secs(30),
            Duration::from_secs(5),
            3,
            Duration::ZERO
        )
    );
    let b = p.containers[1].spec.health_check.as_ref().unwrap();
    assert_eq!(
        (b.interval, b.timeout, b.retries, b.start_period),
        (
            Duration::from_secs(5),
            Duration::from_secs(2),
            1,
            Duration::from_secs(10)
        )
    );
}

#[test]
fn log_configuration_picks_a_readable_driver_for_awslogs() {
    let p = plan(json!({
        "family": "web",
        "containerDefinitions": [
            {"name": "a", "image": "i", "memory": 64, "logConfiguration": {"logDriver": "awslogs", "options": {
                "awslogs-group": "/ecs/web", "awslogs-stream-prefix": "web", "awslogs-create-group": "true",
                "mode": "non-blocking"}}},
            {"name": "b", "image": "i", "memory": 64, "logConfiguration": {"logDriver": "json-file", "options": {"max-size": "10m", "max-file": "3"}}},
            {"name": "c", "image": "i", "memory": 64},
            {"name": "d", "image": "i", "memory": 64, "logConfiguration": {"logDriver": "syslog", "options": {"tag": "web"}}}
        ]
    }));
    let a = &p.containers[0];
    assert_eq!(
        a.spec.log,
        LogSpec::Driver {
            name: "local".into(),
            options: [
                ("compress".to_string(), "false".to_string()),
                ("max-buffer-size".to_string(), "10m".to_string()),
                ("max-file".to_string(), "5".to_string()),
                ("max-size".to_string(), "20m".to_string()),
                ("mode".to_string(), "non-blocking".to_string()),
            ]
            .into()
        }
    );
    let shipping = a.awslogs.as_ref().unwrap();
    assert_eq!(shipping.group, "/ecs/web");
    assert!(shipping.create_group);
    assert_eq!(shipping.mode, LogMode::NonBlocking);
    assert_eq!(shipping.stream_name("a", "0123", "cid"), "web/a/0123");
    let b = &p.containers[1];
    assert!(b.awslogs.is_none());
    assert!(
        matches!(&b.spec.log, LogSpec::Driver { name, options } if name == "json-file" && options["max-size"] == "10m")
    );
    assert_eq!(p.containers[2].spec.log, LogSpec::Default);
    assert!(matches!(&p.containers[3].spec.log, LogSpec::Driver { name, .. } if name == "syslog"));
    assert!(!p.containers[3].spec.log.readable());
}

#[test]
fn agent_only_members_are_carried_in_the_plan() {
    let p = plan(json!({
        "family": "web",
        "containerDefinitions": [
            {"name": "init", "image": "i", "memory": 64, "essential": false},
            {"name": "app", "image": "i", "memory": 64,
             "dependsOn": [{"containerName": "init", "condition": "SUCCESS"}],
             "restartPolicy": {"enabled": true, "ignoredExitCodes": [0]},
             "versionConsistency": "disabled"}
        ]
    }));
    assert!(!p.containers[0].essential);
    assert_eq!(p.containers[0].stop_timeout, DEFAULT_STOP_TIMEOUT);
    let app = p.container("app").unwrap();
    assert_eq!(app.depends_on[0].container_name, "init");
    let restart = app.restart_policy.as_ref().unwrap();
    assert_eq!(restart.ignored_exit_codes, vec![0]);
    assert_eq!(
        restart.restart_attempt_period,
        DEFAULT_RESTART_ATTEMPT_PERIOD
    );
    assert!(!app.pin_image_digest);
    assert!(p.containers[0].pin_image_digest);
}

#[test]
fn unsupported_members_are_refused_by_name() {
    let def = td(json!({
        "family": "web",
        "proxyConfiguration": {"containerName": "app", "type": "APPMESH"},
        "volumes": [{"name": "efs", "efsVolumeConfiguration": {"fileSystemId": "fs-1"}}],
        "containerDefinitions": [{
            "name": "app", "image": "i", "memory": 64,
            "secrets": [{"name": "DB", "valueFrom": "arn:aws:secretsmanager:us-east-1:0:secret:db"}],
            "repositoryCredentials": {"credentialsParameter": "arn:aws:secretsmanager:us-east-1:0:secret:r"},
            "firelensConfiguration": {"type": "fluentbit"},
            "resourceRequirements": [{"type": "InferenceAccelerator", "value": "device_1"}],
            "dockerSecurityOptions": ["seccomp=unconfined"],
            "environmentFiles": [{"value": "arn:aws:s3:::bucket/app.env", "type": "s3"}],
            "logConfiguration": {"logDriver": "awsfirelens"}
        }]
    }));
    let err = check_supported(&def, None).unwrap_err();
    let members: Vec<&str> = err.0.iter().map(|u| u.member.as_str()).collect();
    for expected in [
        "proxyConfiguration",
        "volumes[efs].efsVolumeConfiguration",
        "containerDefinitions[app].secrets",
        "containerDefinitions[app].repositoryCredentials",
        "containerDefinitions[app].firelensConfiguration",
        "containerDefinitions[app].resourceRequirements",
        "containerDefinitions[app].dockerSecurityOptions",
        "containerDefinitions[app].environmentFiles",
        "containerDefinitions[app].logConfiguration.logDriver",
    ] {
        assert!(
            members.contains(&expected),
            "{expected} missing from {members:?}"
        );
    }
    let text = err.to_string();
    assert!(text.starts_with("Keel's Docker runtime cannot run this task definition: "));
    assert!(text.contains("containerDefinitions[app].secrets: secrets come from Secrets Manager"));
    // plan_task refuses the same way.
    assert!(matches!(
        plan_task(&def, None, &ctx()),
        Err(PlanError::Unsupported(_))
    ));
}

#[test]
fn awsvpc_refuses_what_ecs_refuses() {
    let def = td(json!({
        "family": "web", "networkMode": "awsvpc",
        "containerDefinitions": [{"name": "app", "image": "i", "memory": 64, "hostname": "h",
            "dnsServers": ["1.1.1.1"], "extraHosts": [{"hostname": "a", "ipAddress": "10.0.0.1"}]}]
    }));
    let err = check_supported(&def, None).unwrap_err();
    assert_eq!(err.0.len(), 3, "{err}");
    assert!(err.0.iter().all(|u| u.reason.contains("awsvpc")));
}

#[test]
fn host_network_refuses_net_sysctls() {
    let def = td(json!({
        "family": "web", "networkMode": "host",
        "containerDefinitions": [{"name": "app", "image": "i", "memory": 64,
            "systemControls": [{"namespace": "net.core.somaxconn", "value": "1"}]}]
    }));
    let err = check_supported(&def, None).unwrap_err();
    assert_eq!(err.0[0].member, "containerDefinitions[app].systemControls");
}

#[test]
fn overrides_naming_no_container_are_refused() {
    let def = td(
        json!({"family": "web", "containerDefinitions": [{"name": "app", "image": "i", "memory": 64}]}),
    );
    let overrides: TaskOverride = serde_json::from_value(
        json!({"containerOverrides": [{"name": "ghost", "command": ["x"]}]}),
    )
    .unwrap();
    let err = check_supported(&def, Some(&overrides)).unwrap_err();
    assert_eq!(err.0[0].member, "overrides.containerOverrides[ghost]");
}

#[test]
fn huge_port_ranges_are_refused() {
    let def = td(
        json!({"family": "web", "containerDefinitions": [{"name": "app", "image": "i", "memory": 64,
        "portMappings": [{"containerPortRange": "1000-5000"}]}]}),
    );
    let err = check_supported(&def, None).unwrap_err();
    assert!(err.to_string().contains("4001 ports"), "{err}");
}

#[test]
fn the_hosts_architecture_is_checked_on_the_host() {
    let def = td(
        json!({"family": "web", "runtimePlatform": {"cpuArchitecture": "ARM64"},
        "containerDefinitions": [{"name": "app", "image": "i", "memory": 64}]}),
    );
    let mut context = ctx();
    context.host_arch = "x86_64".into();
    assert!(
        check_supported(&def, None).is_ok(),
        "RunTask cannot know the host"
    );
    let err = plan_task(&def, None, &context).unwrap_err();
    assert!(
        matches!(&err, PlanError::Host { member, .. } if member == "runtimePlatform.cpuArchitecture")
    );
    context.host_arch = "aarch64".into();
    assert!(plan_task(&def, None, &context).is_ok());
}

#[test]
fn environment_file_values_follow_overrides() {
    let def = td(json!({"family": "web", "containerDefinitions": [
        {"name": "a", "image": "i", "memory": 64, "environmentFiles": [{"value": "/etc/a.env", "type": "s3"}]},
        {"name": "b", "image": "i", "memory": 64, "environmentFiles": [{"value": "/etc/b.env", "type": "s3"}]}
    ]}));
    let overrides: TaskOverride = serde_json::from_value(json!({"containerOverrides": [
        {"name": "b", "environmentFiles": [{"value": "file:///etc/b2.env", "type": "s3"}]}
    ]}))
    .unwrap();
    let files = environment_file_values(&def, Some(&overrides));
    assert_eq!(files["a"], vec!["/etc/a.env"]);
    assert_eq!(files["b"], vec!["file:///etc/b2.env"]);
}

#[test]
fn runtime_names_keep_only_safe_characters() {
    assert_eq!(
        ctx().runtime_name("web_app.v2"),
        "keel-web-3-webappv2-a1b2c3"
    );
}

#[test]
fn assigned_gpus_reach_the_container_and_other_accelerators_are_refused() {
    let def = td(json!({
        "family": "web",
        "containerDefinitions": [
            {"name": "train", "image": "i", "memory": 64,
             "environment": [{"name": "NVIDIA_VISIBLE_DEVICES", "value": "all"}],
             "resourceRequirements": [{"type": "GPU", "value": "2"}]},
            {"name": "side", "image": "i", "memory": 64}
        ]
    }));
    let mut context = ctx();
    context
        .gpu_ids
        .insert("train".into(), vec!["GPU-0".into(), "GPU-3".into()]);
    let plan = plan_task(&def, None, &context).expect("GPU tasks are supported");
    let train = &plan.containers[0].spec;
    assert_eq!(train.resources.gpus, vec!["GPU-0", "GPU-3"]);
    // The assignment wins over what the definition says, as the ECS agent's does.
    let visible: Vec<_> = train
        .env
        .iter()
        .filter(|(k, _)| k == "NVIDIA_VISIBLE_DEVICES")
        .collect();
    assert_eq!(
        visible,
        vec![&(
            "NVIDIA_VISIBLE_DEVICES".to_string(),
            "GPU-0,GPU-3".to_string()
        )]
    );
    let side = &plan.containers[1].spec;
    assert!(side.resources.gpus.is_empty());
    assert!(!side.env.iter().any(|(k, _)| k == "NVIDIA_VISIBLE_DEVICES"));

    let neuron = td(json!({
        "family": "web",
        "containerDefinitions": [{"name": "app", "image": "i", "memory": 64,
            "resourceRequirements": [{"type": "InferenceAccelerator", "value": "device_1"}]}]
    }));
    let err = check_supported(&neuron, None).unwrap_err();
    assert_eq!(
        err.0[0].member,
        "containerDefinitions[app].resourceRequirements"
    );
}
