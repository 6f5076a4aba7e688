//! A [`ContainerSpec`] as the Docker Engine API's create body (`POST /containers/create`).

use std::collections::HashMap;

use bollard::models::{
    ContainerCreateBody, DeviceMapping, DeviceRequest, HealthConfig, HostConfig,
    HostConfigLogConfig, PortBinding as DockerPortBinding, ResourcesUlimits,
};

use crate::spec::{ContainerSpec, IpcMode, LogSpec, MountSource, NamespaceMode, NetworkMode};

fn nanos(d: std::time::Duration) -> i64 {
    i64::try_from(d.as_nanos()).unwrap_or(i64::MAX)
}

fn signed(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

fn non_empty<T>(v: Vec<T>) -> Option<Vec<T>> {
    (!v.is_empty()).then_some(v)
}

/// Docker's string for a network mode.
pub(crate) fn network_mode(mode: &NetworkMode) -> String {
    match mode {
        NetworkMode::Bridge => "bridge".into(),
        NetworkMode::Host => "host".into(),
        NetworkMode::None => "none".into(),
        NetworkMode::Container(other) => format!("container:{other}"),
        NetworkMode::Named(name) => name.clone(),
    }
}

pub(crate) fn create_body(spec: &ContainerSpec) -> ContainerCreateBody {
    let network = &spec.network;
    let mut port_bindings: HashMap<String, Option<Vec<DockerPortBinding>>> = HashMap::new();
    for p in &network.ports {
        port_bindings
            .entry(format!("{}/{}", p.container_port, p.protocol.as_str()))
            .or_insert_with(|| Some(Vec::new()))
            .get_or_insert_with(Vec::new)
            .push(DockerPortBinding {
                host_ip: Some(p.host_ip.clone()),
                // Empty: Docker picks a free port from the host's ephemeral range.
                host_port: Some(p.host_port.map(|h| h.to_string()).unwrap_or_default()),
            });
    }
    let mut exposed: Vec<String> = network
        .exposed
        .iter()
        .map(|(port, proto)| format!("{port}/{}", proto.as_str()))
        .collect();
    for key in port_bindings.keys() {
        if !exposed.contains(key) {
            exposed.push(key.clone());
        }
    }

    // Binds (not the Mounts API) as the ECS agent uses them: Docker creates a missing host
    // directory and a missing named volume.
    let binds: Vec<String> = spec
        .mounts
        .iter()
        .map(|m| {
            let source = match &m.source {
                MountSource::Bind(path) => path,
                MountSource::Volume(name) => name,
            };
            let mut bind = format!("{source}:{}", m.target);
            if m.read_only {
                bind.push_str(":ro");
            }
            bind
        })
        .collect();

    let log_config = match &spec.log {
        LogSpec::Default => None,
        LogSpec::None => Some(HostConfigLogConfig {
            typ: Some("none".into()),
            config: None,
        }),
        LogSpec::Driver { name, options } => Some(HostConfigLogConfig {
            typ: Some(name.clone()),
            config: (!options.is_empty()).then(|| {
                options
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect()
            }),
        }),
    };

    let host_config = HostConfig {
        cpu_shares: spec.resources.cpu_shares.map(signed),
        nano_cpus: spec.resources.nano_cpus.map(signed),
        memory: spec.resources.memory_bytes.map(signed),
        memory_reservation: spec.resources.memory_reservation_bytes.map(signed),
        memory_swap: spec.resources.memory_swap_bytes,
        memory_swappiness: spec.resources.memory_swappiness.map(i64::from),
        shm_size: spec.resources.shm_size_bytes.map(signed),
        ulimits: non_empty(
            spec.resources
                .ulimits
                .iter()
                .map(|u| ResourcesUlimits {
                    name: Some(u.name.clone()),
                    soft: Some(u.soft),
                    hard: Some(u.hard),
                })
                .collect(),
        ),
        devices: non_empty(
            spec.resources
                .devices
                .iter()
                .map(|d| DeviceMapping {
                    path_on_host: Some(d.host_path.clone()),
                    path_in_container: Some(d.container_path.clone()),
                    cgroup_permissions: Some(d.permissions.clone()),
                })
                .collect(),
        ),
        device_requests: (!spec.resources.gpus.is_empty()).then(|| {
            vec![DeviceRequest {
                driver: Some("nvidia".to_string()),
                device_ids: Some(spec.resources.gpus.clone()),
                capabilities: Some(vec![vec!["gpu".to_string()]]),
                ..Default::default()
            }]
        }),
        cgroup_parent: spec.cgroup_parent.clone(),
        init: spec.security.init.then_some(true),
        privileged: Some(spec.security.privileged),
        readonly_rootfs: Some(spec.security.read_only_rootfs),
        cap_add: non_empty(spec.security.cap_add.clone()),
        cap_drop: non_empty(spec.security.cap_drop.clone()),
        security_opt: non_empty(spec.security.security_opt.clone()),
        sysctls: (!spec.security.sysctls.is_empty()).then(|| {
            spec.security
                .sysctls
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        }),
        binds: non_empty(binds),
        tmpfs: (!spec.tmpfs.is_empty()).then(|| {
            spec.tmpfs
                .iter()
                .map(|t| (t.target.clone(), t.options.clone()))
                .collect()
        }),
        volumes_from: non_empty(
            spec.volumes_from
                .iter()
                .map(|v| {
                    if v.read_only {
                        format!("{}:ro", v.container)
                    } else {
                        v.container.clone()
                    }
                })
                .collect(),
        ),
        network_mode: Some(network_mode(&network.mode)),
        port_bindings: (!port_bindings.is_empty()).then_some(port_bindings),
        links: non_empty(
            network
                .links
                .iter()
                .map(|(name, alias)| format!("{name}:{alias}"))
                .collect(),
        ),
        dns: non_empty(network.dns_servers.clone()),
        dns_search: non_empty(network.dns_search.clone()),
        extra_hosts: non_empty(
            network
                .extra_hosts
                .iter()
                .map(|(host, ip)| format!("{host}:{ip}"))
                .collect(),
        ),
        pid_mode: spec.pid_mode.as_ref().map(|m| match m {
            NamespaceMode::Host => "host".to_string(),
            NamespaceMode::Container(c) => format!("container:{c}"),
        }),
        ipc_mode: spec.ipc_mode.as_ref().map(|m| match m {
            IpcMode::Host => "host".to_string(),
            IpcMode::None => "none".to_string(),
            IpcMode::Shareable => "shareable".to_string(),
            IpcMode::Container(c) => format!("container:{c}"),
        }),
        log_config,
        ..HostConfig::default()
    };

    ContainerCreateBody {
        image: Some(spec.image.clone()),
        entrypoint: spec.entrypoint.clone(),
        cmd: spec.command.clone(),
        env: non_empty(spec.env.iter().map(|(k, v)| format!("{k}={v}")).collect()),
        working_dir: spec.working_dir.clone(),
        user: spec.user.clone(),
        hostname: spec.hostname.clone(),
        labels: Some(
            spec.labels
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        ),
        exposed_ports: non_empty(exposed),
        tty: Some(spec.tty),
        open_stdin: Some(spec.interactive),
        network_disabled: spec.network.disabled.then_some(true),
        stop_timeout: spec
            .stop_timeout
            .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX)),
        healthcheck: spec.health_check.as_ref().map(|h| HealthConfig {
            test: Some(h.test.clone()),
            interval: Some(nanos(h.interval)),
            timeout: Some(nanos(h.timeout)),
            retries: Some(i64::from(h.retries)),
            start_period: Some(nanos(h.start_period)),
            start_interval: None,
        }),
        host_config: Some(host_config),
        ..ContainerCreateBody::default()
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::spec::{HealthCheck, Mount, PortPublish, Protocol, Tmpfs, VolumesFrom};

    #[test]
    fn spec_fields_land_where_docker_reads_them() {
        let mut spec = ContainerSpec::new("keel-web-1-app-x", "web:1");
        spec.env = vec![("A".into(), "1".into())];
        spec.network.ports = vec![
            PortPublish {
                container_port: 80,
                protocol: Protocol::Tcp,
                host_ip: "127.0.0.1".into(),
                host_port: None,
            },
            PortPublish {
                container_port: 80,
                protocol: Protocol::Tcp,
                host_ip: "127.0.0.1".into(),
                host_port: Some(8080),
            },
        ];
        spec.mounts = vec![
            Mount {
                source: MountSource::Bind("/srv".into()),
                target: "/data".into(),
                read_only: true,
            },
            Mount {
                source: MountSource::Volume("vol".into()),
                target: "/v".into(),
                read_only: false,
            },
        ];
        spec.tmpfs = vec![Tmpfs {
            target: "/run".into(),
            options: "size=16m".into(),
        }];
        spec.volumes_from = vec![VolumesFrom {
            container: "other".into(),
            read_only: true,
        }];
        spec.network.mode = NetworkMode::Container("pause".into());
        spec.health_check = Some(HealthCheck {
            test: vec!["CMD".into(), "true".into()],
            interval: Duration::from_secs(5),
            timeout: Duration::from_secs(2),
            retries: 3,
            start_period: Duration::ZERO,
        });
        spec.log = LogSpec::None;
        spec.resources.gpus = vec!["GPU-1".into()];
        let body = create_body(&spec);
        let json = serde_json::to_value(&body).unwrap();
        assert_eq!(json["Env"], serde_json::json!(["A=1"]));
        assert_eq!(json["ExposedPorts"], serde_json::json!({"80/tcp": {}}));
        let hc = &json["HostConfig"];
        assert_eq!(
            hc["PortBindings"]["80/tcp"],
            serde_json::json!([{"HostIp": "127.0.0.1", "HostPort": ""}, {"HostIp": "127.0.0.1", "HostPort": "8080"}])
        );
        assert_eq!(hc["Binds"], serde_json::json!(["/srv:/data:ro", "vol:/v"]));
        assert_eq!(hc["Tmpfs"], serde_json::json!({"/run": "size=16m"}));
        assert_eq!(hc["VolumesFrom"], serde_json::json!(["other:ro"]));
        assert_eq!(hc["NetworkMode"], "container:pause");
        assert_eq!(hc["LogConfig"]["Type"], "none");
        assert_eq!(
            hc["DeviceRequests"],
            serde_json::json!([{"Driver": "nvidia", "DeviceIDs": ["GPU-1"], "Capabilities": [["gpu"]]}])
        );
        assert_eq!(json["Healthcheck"]["Interval"], 5_000_000_000_i64);
        assert_eq!(
            json["Healthcheck"]["Test"],
            serde_json::json!(["CMD", "true"])
        );
    }
}
