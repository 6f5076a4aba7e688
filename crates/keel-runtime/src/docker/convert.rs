//! Docker Engine API answers as the crate's types.

use std::collections::BTreeMap;

use bollard::container::LogOutput;
use bollard::models::{
    ContainerInspectResponse, ContainerStateStatusEnum, ContainerSummary as DockerSummary,
    ContainerSummaryStateEnum, EventMessage, HealthStatusEnum, ImageInspect, Volume,
};
use bytes::Bytes;

use crate::events::{EventKind, RuntimeEvent};
use crate::info::{
    ContainerId, ContainerInfo, ContainerState, ContainerStatus, ContainerSummary, Health,
    HealthStatus, ImageInfo, MAX_HEALTH_OUTPUT_BYTES, MountInfo, PortBinding, VolumeInfo,
};
use crate::logs::{LogLine, LogStream};
use crate::spec::Protocol;
use crate::time::Timestamp;

fn sorted<K: Ord, V>(map: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    map.into_iter().collect()
}

fn status(s: Option<ContainerStateStatusEnum>) -> ContainerStatus {
    match s {
        Some(ContainerStateStatusEnum::RUNNING) => ContainerStatus::Running,
        Some(ContainerStateStatusEnum::PAUSED) => ContainerStatus::Paused,
        Some(ContainerStateStatusEnum::RESTARTING) => ContainerStatus::Restarting,
        Some(ContainerStateStatusEnum::REMOVING) => ContainerStatus::Removing,
        Some(ContainerStateStatusEnum::EXITED) => ContainerStatus::Exited,
        Some(ContainerStateStatusEnum::DEAD) => ContainerStatus::Dead,
        _ => ContainerStatus::Created,
    }
}

/// Cuts health-check output to the ECS agent's 1 KiB, on a character boundary.
fn cut(mut text: String) -> String {
    if text.len() > MAX_HEALTH_OUTPUT_BYTES {
        let mut end = MAX_HEALTH_OUTPUT_BYTES;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
    }
    text
}

/// `80/tcp` as a port and protocol.
fn parse_port_key(key: &str) -> Option<(u16, Protocol)> {
    let (port, proto) = key.split_once('/').unwrap_or((key, "tcp"));
    let protocol = match proto {
        "tcp" => Protocol::Tcp,
        "udp" => Protocol::Udp,
        _ => return None,
    };
    Some((port.parse().ok()?, protocol))
}

pub(crate) fn container(c: ContainerInspectResponse) -> ContainerInfo {
    let state = c.state.unwrap_or_default();
    let running = state.running.unwrap_or(false);
    let finished_at = state
        .finished_at
        .as_deref()
        .and_then(Timestamp::parse_rfc3339);
    let health = state.health.and_then(|h| {
        let status = match h.status? {
            HealthStatusEnum::STARTING => HealthStatus::Starting,
            HealthStatusEnum::HEALTHY => HealthStatus::Healthy,
            HealthStatusEnum::UNHEALTHY => HealthStatus::Unhealthy,
            _ => return None,
        };
        let last = h.log.and_then(|mut log| log.pop());
        Some(Health {
            status,
            failing_streak: u32::try_from(h.failing_streak.unwrap_or(0)).unwrap_or(0),
            last_output: last.as_ref().and_then(|l| l.output.clone()).map(cut),
            last_exit_code: last.and_then(|l| l.exit_code),
        })
    });
    let network = c.network_settings.unwrap_or_default();
    let mut ports: Vec<PortBinding> = Vec::new();
    for (key, bindings) in network.ports.unwrap_or_default() {
        let Some((container_port, protocol)) = parse_port_key(&key) else {
            continue;
        };
        for b in bindings.unwrap_or_default() {
            if let Some(host_port) = b.host_port.as_deref().and_then(|p| p.parse().ok()) {
                ports.push(PortBinding {
                    container_port,
                    protocol,
                    host_ip: b.host_ip.unwrap_or_default(),
                    host_port,
                });
            }
        }
    }
    ports.sort_by(|a, b| {
        (a.container_port, a.protocol, &a.host_ip).cmp(&(b.container_port, b.protocol, &b.host_ip))
    });
    let (ip_address, mac_address) = network
        .networks
        .unwrap_or_default()
        .into_values()
        .find(|n| n.ip_address.as_deref().is_some_and(|ip| !ip.is_empty()))
        .map_or((None, None), |n| {
            (n.ip_address, n.mac_address.filter(|m| !m.is_empty()))
        });
    let config = c.config.unwrap_or_default();
    ContainerInfo {
        id: ContainerId(c.id.unwrap_or_default()),
        name: c
            .name
            .unwrap_or_default()
            .trim_start_matches('/')
            .to_string(),
        image: config.image.unwrap_or_default(),
        image_id: c.image.unwrap_or_default(),
        labels: sorted(config.labels.unwrap_or_default()),
        created_at: c.created.as_deref().and_then(Timestamp::parse_rfc3339),
        state: ContainerState {
            status: status(state.status),
            // As the ECS agent: an exit code only once the container has exited.
            exit_code: (!running && finished_at.is_some())
                .then_some(state.exit_code)
                .flatten(),
            oom_killed: state.oom_killed.unwrap_or(false),
            error: state.error.filter(|e| !e.is_empty()),
            pid: state
                .pid
                .and_then(|p| u32::try_from(p).ok())
                .filter(|p| *p != 0),
            started_at: state
                .started_at
                .as_deref()
                .and_then(Timestamp::parse_rfc3339),
            finished_at,
            health,
        },
        network_mode: c
            .host_config
            .and_then(|h| h.network_mode)
            .unwrap_or_default(),
        ip_address,
        mac_address,
        ports,
        mounts: c
            .mounts
            .unwrap_or_default()
            .into_iter()
            .map(|m| MountInfo {
                name: m.name.filter(|n| !n.is_empty()),
                source: m.source.unwrap_or_default(),
                destination: m.destination.unwrap_or_default(),
                read_only: !m.rw.unwrap_or(true),
            })
            .collect(),
    }
}

pub(crate) fn summary(c: DockerSummary) -> ContainerSummary {
    let status = match c.state {
        Some(ContainerSummaryStateEnum::RUNNING) => ContainerStatus::Running,
        Some(ContainerSummaryStateEnum::PAUSED) => ContainerStatus::Paused,
        Some(ContainerSummaryStateEnum::RESTARTING) => ContainerStatus::Restarting,
        Some(ContainerSummaryStateEnum::REMOVING) => ContainerStatus::Removing,
        Some(ContainerSummaryStateEnum::EXITED) => ContainerStatus::Exited,
        Some(ContainerSummaryStateEnum::DEAD) => ContainerStatus::Dead,
        _ => ContainerStatus::Created,
    };
    ContainerSummary {
        id: ContainerId(c.id.unwrap_or_default()),
        name: c
            .names
            .and_then(|n| n.into_iter().next())
            .unwrap_or_default()
            .trim_start_matches('/')
            .to_string(),
        image: c.image.unwrap_or_default(),
        labels: sorted(c.labels.unwrap_or_default()),
        status,
        created_at: c.created.map(Timestamp::from_unix_secs),
    }
}

pub(crate) fn image(i: ImageInspect) -> ImageInfo {
    let config = i.config.unwrap_or_default();
    ImageInfo {
        id: i.id.unwrap_or_default(),
        repo_tags: i.repo_tags.unwrap_or_default(),
        repo_digests: i.repo_digests.unwrap_or_default(),
        env: config.env.unwrap_or_default(),
        created_at: i.created.as_deref().and_then(Timestamp::parse_rfc3339),
        size_bytes: i.size.and_then(|s| u64::try_from(s).ok()),
    }
}

pub(crate) fn volume(v: Volume) -> VolumeInfo {
    VolumeInfo {
        name: v.name,
        driver: v.driver,
        mountpoint: v.mountpoint,
        labels: sorted(v.labels),
        options: sorted(v.options),
    }
}

/// Attributes Docker adds to container events besides the container's labels.
const EVENT_ATTRIBUTES: &[&str] = &["name", "image", "exitCode", "signal"];

pub(crate) fn event(message: EventMessage) -> Option<RuntimeEvent> {
    let action = message.action?;
    let actor = message.actor?;
    let id = actor.id?;
    let mut attributes = actor.attributes.unwrap_or_default();
    let kind = match action.as_str() {
        "create" => EventKind::Created,
        "start" => EventKind::Started,
        "die" => EventKind::Died {
            exit_code: attributes.get("exitCode").and_then(|c| c.parse().ok()),
        },
        "oom" => EventKind::OutOfMemory,
        "kill" => EventKind::Killed {
            signal: attributes.get("signal").cloned(),
        },
        "stop" => EventKind::Stopped,
        "destroy" => EventKind::Destroyed,
        "pause" => EventKind::Paused,
        "unpause" => EventKind::Unpaused,
        "restart" => EventKind::Restarted,
        other => match other
            .strip_prefix("health_status: ")
            .and_then(HealthStatus::parse)
        {
            Some(status) => EventKind::Health(status),
            None => EventKind::Other(other.to_string()),
        },
    };
    let name = attributes.remove("name");
    for key in EVENT_ATTRIBUTES {
        attributes.remove(*key);
    }
    let time = match (message.time_nano, message.time) {
        (Some(nanos), _) => Timestamp::from_unix_nanos(nanos),
        (None, Some(secs)) => Timestamp::from_unix_secs(secs),
        (None, None) => Timestamp::now(),
    };
    Some(RuntimeEvent {
        time,
        container: ContainerId(id),
        name,
        labels: sorted(attributes),
        kind,
    })
}

/// One frame of `GET /containers/{id}/logs?timestamps=1`: `RFC3339NANO message[\n]`.
pub(crate) fn log_line(output: LogOutput) -> Option<LogLine> {
    let (stream, frame) = match output {
        LogOutput::StdOut { message } | LogOutput::Console { message } => {
            (LogStream::Stdout, message)
        }
        LogOutput::StdErr { message } => (LogStream::Stderr, message),
        LogOutput::StdIn { .. } => return None,
    };
    let space = frame.iter().position(|b| *b == b' ')?;
    let time = Timestamp::parse_rfc3339(std::str::from_utf8(&frame[..space]).ok()?)?;
    let mut message: Bytes = frame.slice(space + 1..);
    let partial = !message.ends_with(b"\n");
    if !partial {
        message.truncate(message.len() - 1);
    }
    Some(LogLine {
        stream,
        time,
        message,
        partial,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_frames_split_into_time_and_text() {
        let line = log_line(LogOutput::StdErr {
            message: Bytes::from_static(b"2026-11-22T10:48:00.000000001Z hello world\n"),
        })
        .unwrap();
        assert_eq!(line.stream, LogStream::Stderr);
        assert_eq!(&line.message[..], b"hello world");
        assert!(!line.partial);
        assert_eq!(line.time.unix_nanos() % 1_000_000_000, 1);
        let partial = log_line(LogOutput::StdOut {
            message: Bytes::from_static(b"2026-11-22T10:48:00.000000002Z first half"),
        })
        .unwrap();
        assert!(partial.partial);
        assert_eq!(&partial.message[..], b"first half");
    }

    #[test]
    fn events_keep_labels_and_drop_docker_attributes() {
        let message: EventMessage = serde_json::from_value(serde_json::json!({
            "Type": "container", "Action": "die",
            "Actor": {"ID": "abc", "Attributes": {"name": "web", "image": "i", "exitCode": "3",
                "com.amazonaws.ecs.task-arn": "arn:x"}},
            "time": 1, "timeNano": 1_000_000_005
        }))
        .unwrap();
        let e = event(message).unwrap();
        assert_eq!(e.kind, EventKind::Died { exit_code: Some(3) });
        assert_eq!(e.name.as_deref(), Some("web"));
        assert_eq!(e.label("com.amazonaws.ecs.task-arn"), Some("arn:x"));
        assert!(!e.labels.contains_key("image"));
        assert_eq!(e.time.unix_nanos(), 1_000_000_005);
        let health: EventMessage = serde_json::from_value(serde_json::json!({
            "Action": "health_status: unhealthy", "Actor": {"ID": "abc"}, "timeNano": 5
        }))
        .unwrap();
        assert_eq!(
            event(health).unwrap().kind,
            EventKind::Health(HealthStatus::Unhealthy)
        );
    }
}
