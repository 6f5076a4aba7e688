//! What this host registers: its resources and ECS's built-in attributes.
//!
//! As the ECS container agent does: CPU units are the cores times 1,024, memory is the host's
//! in MiB less `ECS_RESERVED_MEMORY`, the ports in `ECS_RESERVED_PORTS` (default 22, 2375,
//! 2376, 51678, 51679) are never given to tasks, and the attributes are `ecs.os-type`,
//! `ecs.os-family`, `ecs.cpu-architecture`, `ecs.instance-type` and `ecs.availability-zone`
//! (when configured), and one capability attribute per thing the agent can do
//! (<https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-constraints.html#attributes>,
//! and the capabilities the task definition's `requiresAttributes` names).

use keel_agent_protocol::Resources;
use keel_awsmodel::ecs::Attribute;

/// ECS_RESERVED_PORTS' default: ssh, the Docker daemon, the ECS agent's introspection ports.
pub const DEFAULT_RESERVED_PORTS: [u16; 5] = [22, 2375, 2376, 51678, 51679];

/// The log drivers a task may name: awslogs (the agent ships it), and Docker's own.
pub const LOGGING_DRIVERS: [&str; 7] = [
    "awslogs",
    "json-file",
    "none",
    "syslog",
    "journald",
    "gelf",
    "fluentd",
];

/// What the agent does that `requiresAttributes` can ask for. Task IAM roles, secrets from
/// Secrets Manager and FireLens are not here: nothing on the host serves them yet, and an
/// instance that claimed them would take tasks it cannot run.
pub const CAPABILITIES: [&str; 5] = [
    "ecs.capability.container-health-check",
    "ecs.capability.container-ordering",
    "ecs.capability.task-eni",
    "ecs.capability.execution-role-awslogs",
    "com.amazonaws.ecs.capability.privileged-container",
];

/// The oldest Docker Remote API version ECS names a capability for.
const OLDEST_DOCKER_API_MINOR: u32 = 17;

/// How the host's resources and attributes are decided.
#[derive(Clone, Debug, Default)]
pub struct HostSettings {
    /// CPU units to register; `None`: the cores times 1,024.
    pub cpu: Option<i64>,
    /// MiB to register; `None`: the host's memory less `reserved_memory`.
    pub memory: Option<i64>,
    /// `ECS_RESERVED_MEMORY`: MiB kept for the host when memory is detected.
    pub reserved_memory: i64,
    pub reserved_ports: Vec<u16>,
    pub reserved_udp_ports: Vec<u16>,
    pub gpu_ids: Vec<String>,
    pub instance_type: Option<String>,
    pub availability_zone: Option<String>,
    /// Custom attributes (`--attribute NAME=VALUE`, or a bare name).
    pub attributes: Vec<(String, Option<String>)>,
}

/// The resources to register.
pub fn resources(settings: &HostSettings) -> Resources {
    let cpu = settings.cpu.unwrap_or_else(|| {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        i64::try_from(cores).unwrap_or(1) * 1024
    });
    let memory = settings
        .memory
        .unwrap_or_else(|| (host_memory_mib().unwrap_or(0) - settings.reserved_memory).max(0));
    let mut reserved_ports = settings.reserved_ports.clone();
    reserved_ports.sort_unstable();
    reserved_ports.dedup();
    let mut reserved_udp_ports = settings.reserved_udp_ports.clone();
    reserved_udp_ports.sort_unstable();
    reserved_udp_ports.dedup();
    Resources {
        cpu,
        memory,
        reserved_ports,
        reserved_udp_ports,
        gpu_ids: settings.gpu_ids.clone(),
    }
}

/// The host's memory in MiB, from `/proc/meminfo`.
pub fn host_memory_mib() -> Option<i64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    parse_mem_total(&text)
}

fn parse_mem_total(meminfo: &str) -> Option<i64> {
    let line = meminfo.lines().find(|l| l.starts_with("MemTotal:"))?;
    let kib: i64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024)
}

/// `ecs.cpu-architecture` as ECS spells it.
pub fn cpu_architecture() -> &'static str {
    match std::env::consts::ARCH {
        "aarch64" => "arm64",
        "x86_64" => "x86_64",
        "x86" => "i386",
        other => other,
    }
}

fn attribute(name: &str, value: Option<&str>) -> Attribute {
    Attribute {
        name: name.to_string(),
        value: value.map(str::to_string),
        ..Default::default()
    }
}

/// The attributes to register. `docker_api_version` is the negotiated Docker Remote API
/// version (`1.43`); every `com.amazonaws.ecs.capability.docker-remote-api.1.N` up to it is
/// claimed, as the ECS agent does.
pub fn attributes(settings: &HostSettings, docker_api_version: Option<&str>) -> Vec<Attribute> {
    let mut out = vec![
        attribute("ecs.os-type", Some("linux")),
        attribute("ecs.os-family", Some("LINUX")),
        attribute("ecs.cpu-architecture", Some(cpu_architecture())),
    ];
    if let Some(kind) = &settings.instance_type {
        out.push(attribute("ecs.instance-type", Some(kind)));
    }
    if let Some(zone) = &settings.availability_zone {
        out.push(attribute("ecs.availability-zone", Some(zone)));
    }
    for driver in LOGGING_DRIVERS {
        out.push(attribute(
            &format!("com.amazonaws.ecs.capability.logging-driver.{driver}"),
            None,
        ));
    }
    for capability in CAPABILITIES {
        out.push(attribute(capability, None));
    }
    if let Some(minor) = docker_api_version
        .and_then(|v| v.strip_prefix("1."))
        .and_then(|m| m.parse::<u32>().ok())
    {
        for n in OLDEST_DOCKER_API_MINOR..=minor {
            out.push(attribute(
                &format!("com.amazonaws.ecs.capability.docker-remote-api.1.{n}"),
                None,
            ));
        }
    }
    if !settings.gpu_ids.is_empty() {
        out.push(attribute("ecs.capability.nvidia-driver", None));
    }
    for (name, value) in &settings.attributes {
        out.retain(|a| &a.name != name);
        out.push(attribute(name, value.as_deref()));
    }
    out
}

/// What an agent whose credentials endpoint serves claims: task IAM roles, for containers on
/// a bridge or awsvpc network and on the host's.
pub fn task_iam_role_attributes() -> Vec<Attribute> {
    [
        "com.amazonaws.ecs.capability.task-iam-role",
        "com.amazonaws.ecs.capability.task-iam-role-network-host",
    ]
    .into_iter()
    .map(|name| attribute(name, None))
    .collect()
}

/// Reads `NAME=VALUE` (or a bare `NAME`) as `--attribute` gives it.
pub fn parse_attribute(text: &str) -> Result<(String, Option<String>), String> {
    let (name, value) = match text.split_once('=') {
        Some((n, v)) => (n.trim(), Some(v.trim().to_string())),
        None => (text.trim(), None),
    };
    if name.is_empty() {
        return Err(format!("attribute {text:?} has no name (NAME=VALUE)"));
    }
    Ok((name.to_string(), value.filter(|v| !v.is_empty())))
}

/// Reads a port list as `ECS_RESERVED_PORTS` gives it: `[22, 2375]` or `22,2375`.
pub fn parse_ports(text: &str) -> Result<Vec<u16>, String> {
    let inner = text.trim().trim_start_matches('[').trim_end_matches(']');
    inner
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| {
            p.parse::<u16>()
                .ok()
                .filter(|n| *n > 0)
                .ok_or_else(|| format!("{p:?} is not a port (1-65535)"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_resources_win_and_ports_are_deduplicated() {
        let settings = HostSettings {
            cpu: Some(4096),
            memory: Some(2048),
            reserved_ports: vec![2375, 22, 22],
            ..Default::default()
        };
        let r = resources(&settings);
        assert_eq!((r.cpu, r.memory), (4096, 2048));
        assert_eq!(r.reserved_ports, vec![22, 2375]);
    }

    #[test]
    fn detected_resources_follow_the_host() {
        let cores = std::thread::available_parallelism().unwrap().get() as i64;
        let all = resources(&HostSettings::default());
        assert_eq!(all.cpu, cores * 1024);
        let host = host_memory_mib().unwrap();
        assert_eq!(all.memory, host);
        let less = resources(&HostSettings {
            reserved_memory: 256,
            ..Default::default()
        });
        assert_eq!(less.memory, host - 256);
        assert_eq!(
            parse_mem_total("MemFree: 1 kB\nMemTotal:       24576000 kB\n"),
            Some(24000)
        );
        assert_eq!(parse_mem_total("nothing"), None);
    }

    #[test]
    fn attributes_are_ecs_built_ins_capabilities_and_custom_ones() {
        let settings = HostSettings {
            availability_zone: Some("us-east-1a".into()),
            instance_type: Some("keel.large".into()),
            attributes: vec![
                ("stack".into(), Some("prod".into())),
                ("ecs.availability-zone".into(), Some("zone-b".into())),
            ],
            ..Default::default()
        };
        let attrs = attributes(&settings, Some("1.43"));
        let value = |name: &str| {
            attrs
                .iter()
                .find(|a| a.name == name)
                .map(|a| a.value.clone())
        };
        assert_eq!(value("ecs.os-type"), Some(Some("linux".into())));
        assert_eq!(value("ecs.instance-type"), Some(Some("keel.large".into())));
        // A custom value replaces the built-in one.
        assert_eq!(value("ecs.availability-zone"), Some(Some("zone-b".into())));
        assert_eq!(value("stack"), Some(Some("prod".into())));
        assert_eq!(
            value("com.amazonaws.ecs.capability.logging-driver.awslogs"),
            Some(None)
        );
        assert_eq!(value("ecs.capability.container-health-check"), Some(None));
        assert!(value("com.amazonaws.ecs.capability.docker-remote-api.1.17").is_some());
        assert!(value("com.amazonaws.ecs.capability.docker-remote-api.1.43").is_some());
        assert!(value("com.amazonaws.ecs.capability.docker-remote-api.1.44").is_none());
        assert!(value("com.amazonaws.ecs.capability.task-iam-role").is_none());
        assert_eq!(
            attrs
                .iter()
                .filter(|a| a.name == "ecs.availability-zone")
                .count(),
            1
        );
    }

    #[test]
    fn attribute_and_port_flags_parse() {
        assert_eq!(
            parse_attribute("stack=prod").unwrap(),
            ("stack".into(), Some("prod".into()))
        );
        assert_eq!(parse_attribute("gpu").unwrap(), ("gpu".into(), None));
        assert!(parse_attribute("=x").is_err());
        assert_eq!(parse_ports("[22, 2375]").unwrap(), vec![22, 2375]);
        assert_eq!(parse_ports("8080").unwrap(), vec![8080]);
        assert_eq!(parse_ports("").unwrap(), Vec::<u16>::new());
        assert!(parse_ports("0").is_err());
        assert!(parse_ports("70000").is_err());
    }
}
