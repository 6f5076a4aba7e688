//! ECS's rules for RegisterTaskDefinition, beyond what the model's shapes enforce.
//!
//! Sources: ECS developer guide "Task definition parameters" and "Fargate task definition
//! considerations"; messages follow ECS's where they are known.

use std::collections::{HashMap, HashSet};

use keel_awsmodel::ecs::{
    Compatibility, ContainerCondition, ContainerDefinition, LogDriver, NetworkMode,
    RegisterTaskDefinitionRequest, TransportProtocol,
};

use crate::error::EcsError;

pub const MAX_CONTAINERS: usize = 10;
/// ECS limits a task definition's JSON to 64 KiB.
pub const MAX_TASK_DEFINITION_BYTES: usize = 64 * 1024;
/// Docker refuses containers with less memory than this (MiB).
pub const MIN_CONTAINER_MEMORY_MIB: i32 = 6;

/// Task-level CPU in units: "1024", "1 vCPU", "0.5 vcpu".
pub fn parse_task_cpu(text: &str) -> Option<i64> {
    let lower = text.trim().to_ascii_lowercase();
    if let Some(vcpu) = lower.strip_suffix("vcpu") {
        let units = vcpu.trim().parse::<f64>().ok()? * 1024.0;
        return (units.fract() == 0.0 && units > 0.0).then_some(units as i64);
    }
    lower.parse::<i64>().ok().filter(|v| *v > 0)
}

/// Task-level memory in MiB: "2048", "2 GB", "2GB".
pub fn parse_task_memory(text: &str) -> Option<i64> {
    let lower = text.trim().to_ascii_lowercase();
    if let Some(gb) = lower.strip_suffix("gb") {
        let mib = gb.trim().parse::<f64>().ok()? * 1024.0;
        return (mib.fract() == 0.0 && mib > 0.0).then_some(mib as i64);
    }
    lower.parse::<i64>().ok().filter(|v| *v > 0)
}

/// Fargate's CPU → memory table (MiB).
pub fn fargate_size_is_valid(cpu: i64, memory: i64) -> bool {
    let range =
        |lo: i64, hi: i64, step: i64| memory >= lo && memory <= hi && (memory - lo) % step == 0;
    match cpu {
        256 => [512, 1024, 2048].contains(&memory),
        512 => range(1024, 4096, 1024),
        1024 => range(2048, 8192, 1024),
        2048 => range(4096, 16384, 1024),
        4096 => range(8192, 30720, 1024),
        8192 => range(16384, 61440, 4096),
        16384 => range(32768, 122_880, 8192),
        _ => false,
    }
}

fn is_valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 255
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn container_error(name: &str, what: &str) -> EcsError {
    EcsError::client(format!("Invalid setting for container '{name}'. {what}"))
}

/// The effective network mode (ECS's default is bridge on Linux).
pub fn network_mode(req: &RegisterTaskDefinitionRequest) -> NetworkMode {
    req.network_mode.unwrap_or(NetworkMode::Bridge)
}

pub fn requires(req: &RegisterTaskDefinitionRequest, compat: Compatibility) -> bool {
    req.requires_compatibilities
        .as_ref()
        .is_some_and(|list| list.contains(&compat))
}

pub fn validate(req: &RegisterTaskDefinitionRequest) -> Result<(), EcsError> {
    if !is_valid_name(&req.family) {
        return Err(EcsError::client(
            "Family must be 1-255 characters: letters, numbers, hyphens and underscores.",
        ));
    }
    let containers = &req.container_definitions;
    if containers.is_empty() {
        return Err(EcsError::client("Container list cannot be empty."));
    }
    if containers.len() > MAX_CONTAINERS {
        return Err(EcsError::client(format!(
            "Too many containers: a task definition can have at most {MAX_CONTAINERS} containers."
        )));
    }
    let size = serde_json::to_vec(req).map(|v| v.len()).unwrap_or(0);
    if size > MAX_TASK_DEFINITION_BYTES {
        return Err(EcsError::client(format!(
            "Task definition is {size} bytes; the maximum size is {MAX_TASK_DEFINITION_BYTES} bytes."
        )));
    }

    let mode = network_mode(req);
    let fargate = requires(req, Compatibility::Fargate);
    let task_cpu = match req.cpu.as_deref() {
        Some(text) => Some(parse_task_cpu(text).ok_or_else(|| {
            EcsError::client(format!("Invalid 'cpu' setting for task: '{text}'."))
        })?),
        None => None,
    };
    let task_memory = match req.memory.as_deref() {
        Some(text) => Some(parse_task_memory(text).ok_or_else(|| {
            EcsError::client(format!("Invalid 'memory' setting for task: '{text}'."))
        })?),
        None => None,
    };

    let mut names = HashSet::new();
    for container in containers {
        let name = container.name.as_deref().unwrap_or("");
        if name.is_empty() {
            return Err(EcsError::client(
                "Container.name should not be null or empty.",
            ));
        }
        if !is_valid_name(name) {
            return Err(container_error(
                name,
                "Container names may contain 1-255 letters, numbers, hyphens and underscores.",
            ));
        }
        if !names.insert(name) {
            return Err(EcsError::client(format!(
                "Duplicate container name '{name}' in task definition."
            )));
        }
        if container
            .image
            .as_deref()
            .is_none_or(|i| i.trim().is_empty())
        {
            return Err(EcsError::client(
                "Container.image should not be null or empty.",
            ));
        }
    }
    if !containers.iter().any(|c| c.essential.unwrap_or(true)) {
        return Err(EcsError::client(
            "Task definition must have at least one essential container.",
        ));
    }

    if fargate {
        if mode != NetworkMode::Awsvpc {
            return Err(EcsError::client(
                "Fargate only supports network mode 'awsvpc'.",
            ));
        }
        let (Some(cpu), Some(memory)) = (task_cpu, task_memory) else {
            return Err(EcsError::client(
                "Fargate requires that 'cpu' and 'memory' be defined at the task level.",
            ));
        };
        if !fargate_size_is_valid(cpu, memory) {
            return Err(EcsError::client(format!(
                "No Fargate configuration exists for given values: {cpu} CPU, {memory} memory. See the Amazon ECS documentation for the valid values."
            )));
        }
        if req.ipc_mode.is_some() {
            return Err(EcsError::client(
                "ipcMode is not supported for tasks using the Fargate launch type.",
            ));
        }
        if req.pid_mode.is_some_and(|m| m.as_str() != "task") {
            return Err(EcsError::client("Fargate only supports pidMode 'task'."));
        }
        if let Some(storage) = &req.ephemeral_storage
            && !(21..=200).contains(&storage.size_in_gi_b)
        {
            return Err(EcsError::client(
                "The ephemeral storage size must be between 21 and 200 GiB.",
            ));
        }
    }

    let mut container_memory_total: i64 = 0;
    let mut container_cpu_total: i64 = 0;
    for container in containers {
        let name = container.name.as_deref().unwrap_or("");
        validate_memory(container, name, task_memory.is_some())?;
        container_memory_total += i64::from(
            container
                .memory
                .or(container.memory_reservation)
                .unwrap_or(0),
        );
        if container.cpu.unwrap_or(0) < 0 {
            return Err(container_error(name, "'cpu' must be zero or greater."));
        }
        container_cpu_total += i64::from(container.cpu.unwrap_or(0));
        if let (Some(task_memory), Some(memory)) = (task_memory, container.memory)
            && i64::from(memory) > task_memory
        {
            return Err(container_error(
                name,
                "The 'memory' of a container cannot exceed the task's memory.",
            ));
        }
        validate_ports(container, name, mode)?;
        if fargate {
            if container.privileged == Some(true) {
                return Err(container_error(
                    name,
                    "Fargate does not support privileged containers.",
                ));
            }
            if container.links.as_ref().is_some_and(|l| !l.is_empty()) {
                return Err(container_error(name, "Fargate does not support links."));
            }
            if container.stop_timeout.is_some_and(|t| t > 120) {
                return Err(container_error(
                    name,
                    "Fargate supports a stopTimeout of at most 120 seconds.",
                ));
            }
        }
        if mode != NetworkMode::Bridge && container.links.as_ref().is_some_and(|l| !l.is_empty()) {
            return Err(container_error(
                name,
                &format!(
                    "Links are not supported when networkMode={}.",
                    mode.as_str()
                ),
            ));
        }
        validate_health_check(container, name)?;
        validate_log_configuration(container, name, fargate, containers)?;
    }
    if let Some(cpu) = task_cpu
        && container_cpu_total > cpu
    {
        return Err(EcsError::client(
            "The sum of the containers' 'cpu' values cannot exceed the task's cpu.",
        ));
    }
    if let Some(memory) = task_memory {
        let reserved: i64 = containers
            .iter()
            .map(|c| i64::from(c.memory_reservation.or(c.memory).unwrap_or(0)))
            .sum();
        if reserved > memory {
            return Err(EcsError::client(
                "The containers' memory reservations add up to more than the task's memory.",
            ));
        }
    }
    let _ = container_memory_total;

    validate_static_host_ports(containers)?;
    validate_dependencies(containers)?;
    validate_volumes(req)?;
    if let Some(proxy) = &req.proxy_configuration
        && !names.contains(proxy.container_name.as_str())
    {
        return Err(EcsError::client(format!(
            "The proxy configuration names container '{}', which is not in the task definition.",
            proxy.container_name
        )));
    }
    if let Some(constraints) = &req.placement_constraints
        && constraints.len() > 10
    {
        return Err(EcsError::client(
            "A task definition can have at most 10 placement constraints.",
        ));
    }
    Ok(())
}

fn validate_memory(
    container: &ContainerDefinition,
    name: &str,
    task_memory_set: bool,
) -> Result<(), EcsError> {
    if !task_memory_set && container.memory.is_none() && container.memory_reservation.is_none() {
        return Err(container_error(
            name,
            "At least one of 'memory' or 'memoryReservation' must be specified.",
        ));
    }
    if let Some(memory) = container.memory
        && memory < MIN_CONTAINER_MEMORY_MIB
    {
        return Err(container_error(
            name,
            &format!("'memory' must be at least {MIN_CONTAINER_MEMORY_MIB} MiB."),
        ));
    }
    if let Some(reservation) = container.memory_reservation {
        if reservation < MIN_CONTAINER_MEMORY_MIB {
            return Err(container_error(
                name,
                &format!("'memoryReservation' must be at least {MIN_CONTAINER_MEMORY_MIB} MiB."),
            ));
        }
        if container.memory.is_some_and(|m| reservation > m) {
            return Err(container_error(
                name,
                "'memory' must be greater than 'memoryReservation'.",
            ));
        }
    }
    Ok(())
}

fn validate_ports(
    container: &ContainerDefinition,
    name: &str,
    mode: NetworkMode,
) -> Result<(), EcsError> {
    let mut seen = HashSet::new();
    for mapping in container.port_mappings.iter().flatten() {
        let protocol = mapping.protocol.unwrap_or(TransportProtocol::Tcp);
        let Some(container_port) = mapping.container_port else {
            if mapping.container_port_range.is_some() {
                continue;
            }
            return Err(container_error(
                name,
                "Each port mapping must specify a containerPort.",
            ));
        };
        if !(1..=65535).contains(&container_port) {
            return Err(container_error(
                name,
                "containerPort must be between 1 and 65535.",
            ));
        }
        if let Some(host_port) = mapping.host_port {
            if !(0..=65535).contains(&host_port) {
                return Err(container_error(
                    name,
                    "hostPort must be between 0 and 65535.",
                ));
            }
            if matches!(mode, NetworkMode::Awsvpc | NetworkMode::Host)
                && host_port != container_port
            {
                return Err(EcsError::client(format!(
                    "When networkMode={}, the host ports and container ports in port mappings must match.",
                    mode.as_str()
                )));
            }
        }
        if mode == NetworkMode::None {
            return Err(container_error(
                name,
                "Port mappings are not supported when networkMode=none.",
            ));
        }
        if !seen.insert((container_port, protocol)) {
            return Err(container_error(
                name,
                &format!(
                    "containerPort {container_port}/{} is mapped more than once.",
                    protocol.as_str()
                ),
            ));
        }
    }
    Ok(())
}

/// Two containers of one task cannot claim the same static host port.
fn validate_static_host_ports(containers: &[ContainerDefinition]) -> Result<(), EcsError> {
    let mut claimed = HashMap::new();
    for container in containers {
        for mapping in container.port_mappings.iter().flatten() {
            let host = mapping.host_port.or(None).filter(|p| *p != 0);
            if let Some(port) = host {
                let protocol = mapping.protocol.unwrap_or(TransportProtocol::Tcp);
                if let Some(other) = claimed.insert((port, protocol), container.name.clone())
                    && other != container.name
                {
                    return Err(EcsError::client(format!(
                        "Host port {port}/{} is claimed by more than one container.",
                        protocol.as_str()
                    )));
                }
            }
        }
    }
    Ok(())
}

fn validate_health_check(container: &ContainerDefinition, name: &str) -> Result<(), EcsError> {
    let Some(check) = &container.health_check else {
        return Ok(());
    };
    match check.command.first().map(String::as_str) {
        Some("CMD") | Some("CMD-SHELL") if check.command.len() > 1 => {}
        Some("NONE") => {}
        _ => {
            return Err(container_error(
                name,
                "healthCheck.command must start with CMD or CMD-SHELL followed by the command.",
            ));
        }
    }
    let within = |value: Option<i32>, lo: i32, hi: i32, field: &str| match value {
        Some(v) if v < lo || v > hi => Err(container_error(
            name,
            &format!("healthCheck.{field} must be between {lo} and {hi}."),
        )),
        _ => Ok(()),
    };
    within(check.interval, 5, 300, "interval")?;
    within(check.timeout, 2, 60, "timeout")?;
    within(check.retries, 1, 10, "retries")?;
    within(check.start_period, 0, 300, "startPeriod")?;
    Ok(())
}

const AWSLOGS_OPTIONS: [&str; 11] = [
    "awslogs-group",
    "awslogs-region",
    "awslogs-stream-prefix",
    "awslogs-create-group",
    "awslogs-datetime-format",
    "awslogs-multiline-pattern",
    "awslogs-endpoint",
    "awslogs-credentials-endpoint",
    "mode",
    "max-buffer-size",
    "tag",
];

fn validate_log_configuration(
    container: &ContainerDefinition,
    name: &str,
    fargate: bool,
    all: &[ContainerDefinition],
) -> Result<(), EcsError> {
    let Some(config) = &container.log_configuration else {
        return Ok(());
    };
    let options = config.options.clone().unwrap_or_default();
    if let Some(mode) = options.get("mode")
        && mode != "blocking"
        && mode != "non-blocking"
    {
        return Err(container_error(
            name,
            "Log option 'mode' must be 'blocking' or 'non-blocking'.",
        ));
    }
    if let Some(size) = options.get("max-buffer-size") {
        if options.get("mode").map(String::as_str) != Some("non-blocking") {
            return Err(container_error(
                name,
                "Log option 'max-buffer-size' requires mode 'non-blocking'.",
            ));
        }
        let digits = size.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let unit = &size[digits.len()..];
        if digits.parse::<u64>().is_err()
            || !["", "b", "k", "m", "g", "kb", "mb", "gb"]
                .contains(&unit.to_ascii_lowercase().as_str())
        {
            return Err(container_error(
                name,
                &format!("Invalid log option max-buffer-size '{size}'."),
            ));
        }
    }
    match config.log_driver {
        LogDriver::Awslogs => {
            for key in options.keys() {
                if !AWSLOGS_OPTIONS.contains(&key.as_str()) {
                    return Err(container_error(
                        name,
                        &format!("Unknown awslogs log option '{key}'."),
                    ));
                }
            }
            if options.get("awslogs-group").is_none_or(|g| g.is_empty()) {
                return Err(container_error(
                    name,
                    "The awslogs log driver requires the 'awslogs-group' option.",
                ));
            }
            if fargate
                && options
                    .get("awslogs-stream-prefix")
                    .is_none_or(|p| p.is_empty())
            {
                return Err(container_error(
                    name,
                    "Fargate requires the 'awslogs-stream-prefix' option for the awslogs log driver.",
                ));
            }
            if let Some(create) = options.get("awslogs-create-group")
                && create != "true"
                && create != "false"
            {
                return Err(container_error(
                    name,
                    "Log option 'awslogs-create-group' must be 'true' or 'false'.",
                ));
            }
            if options.contains_key("awslogs-datetime-format")
                && options.contains_key("awslogs-multiline-pattern")
            {
                return Err(container_error(
                    name,
                    "Log options 'awslogs-datetime-format' and 'awslogs-multiline-pattern' cannot both be set.",
                ));
            }
            if let Some(pattern) = options.get("awslogs-multiline-pattern")
                && regex::Regex::new(pattern).is_err()
            {
                return Err(container_error(
                    name,
                    "Log option 'awslogs-multiline-pattern' is not a valid regular expression.",
                ));
            }
        }
        LogDriver::Awsfirelens if !all.iter().any(|c| c.firelens_configuration.is_some()) => {
            return Err(container_error(
                name,
                "The awsfirelens log driver requires a container with a firelensConfiguration in the task definition.",
            ));
        }
        _ => {}
    }
    Ok(())
}

fn validate_dependencies(containers: &[ContainerDefinition]) -> Result<(), EcsError> {
    let by_name: HashMap<&str, &ContainerDefinition> = containers
        .iter()
        .map(|c| (c.name.as_deref().unwrap_or(""), c))
        .collect();
    for container in containers {
        let name = container.name.as_deref().unwrap_or("");
        for dep in container.depends_on.iter().flatten() {
            let Some(target) = by_name.get(dep.container_name.as_str()) else {
                return Err(container_error(
                    name,
                    &format!(
                        "dependsOn names container '{}', which is not in the task definition.",
                        dep.container_name
                    ),
                ));
            };
            if dep.container_name == name {
                return Err(container_error(
                    name,
                    "A container cannot depend on itself.",
                ));
            }
            match dep.condition {
                ContainerCondition::Healthy if target.health_check.is_none() => {
                    return Err(container_error(
                        name,
                        &format!(
                            "dependsOn condition HEALTHY requires container '{}' to have a healthCheck.",
                            dep.container_name
                        ),
                    ));
                }
                ContainerCondition::Complete | ContainerCondition::Success
                    if target.essential.unwrap_or(true) =>
                {
                    return Err(container_error(
                        name,
                        &format!(
                            "dependsOn condition {} cannot be used with essential container '{}'.",
                            dep.condition.as_str(),
                            dep.container_name
                        ),
                    ));
                }
                _ => {}
            }
        }
    }
    // Cycle check: depth-first search with colours.
    fn visit<'a>(
        name: &'a str,
        by_name: &HashMap<&'a str, &'a ContainerDefinition>,
        state: &mut HashMap<&'a str, u8>,
    ) -> bool {
        match state.get(name) {
            Some(1) => return false,
            Some(2) => return true,
            _ => {}
        }
        state.insert(name, 1);
        if let Some(container) = by_name.get(name) {
            for dep in container.depends_on.iter().flatten() {
                if !visit(dep.container_name.as_str(), by_name, state) {
                    return false;
                }
            }
        }
        state.insert(name, 2);
        true
    }
    let mut colours = HashMap::new();
    for name in by_name.keys() {
        if !visit(name, &by_name, &mut colours) {
            return Err(EcsError::client(
                "Container dependencies in dependsOn form a cycle.",
            ));
        }
    }
    Ok(())
}

fn validate_volumes(req: &RegisterTaskDefinitionRequest) -> Result<(), EcsError> {
    let mut volumes = HashSet::new();
    for volume in req.volumes.iter().flatten() {
        let name = volume.name.as_deref().unwrap_or("");
        if name.is_empty() {
            return Err(EcsError::client("Volume name should not be null or empty."));
        }
        if !volumes.insert(name) {
            return Err(EcsError::client(format!("Duplicate volume name '{name}'.")));
        }
    }
    let containers: HashSet<&str> = req
        .container_definitions
        .iter()
        .filter_map(|c| c.name.as_deref())
        .collect();
    for container in &req.container_definitions {
        let name = container.name.as_deref().unwrap_or("");
        for mount in container.mount_points.iter().flatten() {
            let source = mount.source_volume.as_deref().unwrap_or("");
            if !volumes.contains(source) {
                return Err(container_error(
                    name,
                    &format!(
                        "Mount point source volume '{source}' is not defined in the task definition's volumes."
                    ),
                ));
            }
            if mount.container_path.as_deref().is_none_or(str::is_empty) {
                return Err(container_error(
                    name,
                    "Each mount point needs a containerPath.",
                ));
            }
        }
        for from in container.volumes_from.iter().flatten() {
            let source = from.source_container.as_deref().unwrap_or("");
            if !containers.contains(source) || source == name {
                return Err(container_error(
                    name,
                    &format!(
                        "volumesFrom source container '{source}' is not another container of the task definition."
                    ),
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_and_memory_accept_ecs_units() {
        assert_eq!(parse_task_cpu("1024"), Some(1024));
        assert_eq!(parse_task_cpu("1 vCPU"), Some(1024));
        assert_eq!(parse_task_cpu(".25 vcpu"), Some(256));
        assert_eq!(parse_task_cpu("x"), None);
        assert_eq!(parse_task_memory("2 GB"), Some(2048));
        assert_eq!(parse_task_memory("512"), Some(512));
        assert_eq!(parse_task_memory("-1"), None);
    }

    #[test]
    fn fargate_table_matches_the_documented_sizes() {
        assert!(fargate_size_is_valid(256, 512));
        assert!(!fargate_size_is_valid(256, 3072));
        assert!(fargate_size_is_valid(512, 4096));
        assert!(!fargate_size_is_valid(512, 4608));
        assert!(fargate_size_is_valid(4096, 30720));
        assert!(!fargate_size_is_valid(4096, 31744));
        assert!(fargate_size_is_valid(8192, 16384 + 4096));
        assert!(!fargate_size_is_valid(8192, 16384 + 1024));
        assert!(fargate_size_is_valid(16384, 122_880));
        assert!(!fargate_size_is_valid(300, 1024));
    }
}
