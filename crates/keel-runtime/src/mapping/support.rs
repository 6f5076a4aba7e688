//! Which task-definition members the Docker runtime can carry out, and a clear refusal naming
//! the member for those it cannot. Nothing is dropped silently: a member is either mapped
//! (see `mapping::plan_task`), left to the agent (dependsOn, essential, restartPolicy, ...), or
//! refused here.
//!
//! The control plane calls [`check_supported`] at RunTask/StartTask so a user hears at once;
//! `plan_task` calls it again on the host, where the agent adds what only the host knows.

use std::fmt;

use keel_awsmodel::ecs::{
    ContainerDefinition, IpcMode, LogDriver, NetworkMode, OSFamily, ResourceType, TaskDefinition,
    TaskOverride,
};

/// Most ports one container's `containerPortRange`s may expand to. Docker publishes each port
/// of a range separately (one proxy each on the bridge), so unbounded ranges are refused.
pub const MAX_RANGE_PORTS: usize = 1024;

/// One member Keel cannot run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unsupported {
    /// The member's path, with containers and volumes named: `containerDefinitions[web].secrets`.
    pub member: String,
    pub reason: String,
}

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.member, self.reason)
    }
}

/// Every member of a task Keel cannot run.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct UnsupportedError(pub Vec<Unsupported>);

impl fmt::Display for UnsupportedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Keel's Docker runtime cannot run this task definition: ")?;
        for (i, problem) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

struct Problems(Vec<Unsupported>);

impl Problems {
    fn add(&mut self, member: impl Into<String>, reason: impl Into<String>) {
        self.0.push(Unsupported {
            member: member.into(),
            reason: reason.into(),
        });
    }
}

/// Where a member of a container sits, for messages: `containerDefinitions[NAME].member`.
pub(crate) fn container_member(container: &ContainerDefinition, member: &str) -> String {
    format!(
        "containerDefinitions[{}].{member}",
        container.name.as_deref().unwrap_or("")
    )
}

/// The Linux sysctls that belong to the IPC namespace (docker run reference, `--sysctl`).
pub(crate) fn is_ipc_sysctl(key: &str) -> bool {
    matches!(
        key,
        "kernel.msgmax"
            | "kernel.msgmnb"
            | "kernel.msgmni"
            | "kernel.sem"
            | "kernel.shmall"
            | "kernel.shmmax"
            | "kernel.shmmni"
            | "kernel.shm_rmid_forced"
    ) || key.starts_with("fs.mqueue.")
}

/// Checks a task definition (with RunTask's overrides) against what the Docker runtime can do.
/// Pure: no IO, no host state.
pub fn check_supported(
    task_definition: &TaskDefinition,
    overrides: Option<&TaskOverride>,
) -> Result<(), UnsupportedError> {
    let mut problems = Problems(Vec::new());
    let mode = task_definition.network_mode.unwrap_or(NetworkMode::Bridge);

    if task_definition.proxy_configuration.is_some() {
        problems.add(
            "proxyConfiguration",
            "App Mesh proxy configuration is not supported",
        );
    }
    if task_definition
        .inference_accelerators
        .as_ref()
        .is_some_and(|a| !a.is_empty())
    {
        problems.add(
            "inferenceAccelerators",
            "Elastic Inference accelerators do not exist outside AWS",
        );
    }
    if task_definition.trusted_execution_configuration.is_some() {
        problems.add(
            "trustedExecutionConfiguration",
            "trusted execution environments are not supported",
        );
    }
    if task_definition.enable_fault_injection == Some(true) {
        problems.add(
            "enableFaultInjection",
            "ECS fault injection endpoints are not provided",
        );
    }
    if let Some(platform) = &task_definition.runtime_platform
        && let Some(os) = platform.operating_system_family
        && os != OSFamily::Linux
    {
        problems.add(
            "runtimePlatform.operatingSystemFamily",
            format!("{} containers cannot run on Linux hosts", os.as_str()),
        );
    }
    for volume in task_definition.volumes.iter().flatten() {
        let name = volume.name.as_deref().unwrap_or("");
        let at = |member: &str| format!("volumes[{name}].{member}");
        if volume.efs_volume_configuration.is_some() {
            problems.add(
                at("efsVolumeConfiguration"),
                "Amazon EFS volumes are not supported; use a host path or a Docker volume (dockerVolumeConfiguration with an NFS driver option)",
            );
        }
        if volume
            .fsx_windows_file_server_volume_configuration
            .is_some()
        {
            problems.add(
                at("fsxWindowsFileServerVolumeConfiguration"),
                "FSx for Windows File Server volumes need Windows containers",
            );
        }
        if volume.s3files_volume_configuration.is_some() {
            problems.add(
                at("s3filesVolumeConfiguration"),
                "S3 Files volumes are not supported",
            );
        }
        if volume.configured_at_launch == Some(true) {
            problems.add(
                at("configuredAtLaunch"),
                "volumes configured at launch (Amazon EBS) are not supported",
            );
        }
        if volume.docker_volume_configuration.is_some() && volume.host.is_some() {
            problems.add(
                at("host"),
                "a volume cannot be both a host volume and a Docker volume",
            );
        }
        if let Some(docker) = &volume.docker_volume_configuration
            && docker.autoprovision == Some(true)
            && docker.scope != Some(keel_awsmodel::ecs::Scope::Shared)
        {
            problems.add(
                at("dockerVolumeConfiguration.autoprovision"),
                "autoprovision applies only to volumes with scope shared",
            );
        }
        if let Some(path) = volume.host.as_ref().and_then(|h| h.source_path.as_deref())
            && !path.is_empty()
            && !path.starts_with('/')
        {
            problems.add(
                at("host.sourcePath"),
                format!("'{path}' is not an absolute path on the host"),
            );
        }
    }

    let containers = task_definition
        .container_definitions
        .as_deref()
        .unwrap_or_default();
    for container in containers {
        check_container(&mut problems, container, mode, task_definition);
    }
    if let Some(overrides) = overrides {
        if overrides
            .inference_accelerator_overrides
            .as_ref()
            .is_some_and(|a| !a.is_empty())
        {
            problems.add(
                "overrides.inferenceAcceleratorOverrides",
                "Elastic Inference accelerators do not exist outside AWS",
            );
        }
        for o in overrides.container_overrides.iter().flatten() {
            let name = o.name.as_deref().unwrap_or("");
            if !containers.iter().any(|c| c.name.as_deref() == Some(name)) {
                problems.add(
                    format!("overrides.containerOverrides[{name}]"),
                    "no container of the task definition has this name",
                );
            }
            if o.resource_requirements
                .iter()
                .flatten()
                .any(|r| r.r#type != ResourceType::Gpu)
            {
                problems.add(
                    format!("overrides.containerOverrides[{name}].resourceRequirements"),
                    ACCELERATORS,
                );
            }
            for file in o.environment_files.iter().flatten() {
                if let Err(reason) = super::envfile::local_path(&file.value) {
                    problems.add(
                        format!("overrides.containerOverrides[{name}].environmentFiles"),
                        reason,
                    );
                }
            }
        }
    }

    if problems.0.is_empty() {
        Ok(())
    } else {
        Err(UnsupportedError(problems.0))
    }
}

const ACCELERATORS: &str =
    "only GPU resource requirements are supported (Inferentia and Neuron devices are not)";

fn check_container(
    problems: &mut Problems,
    c: &ContainerDefinition,
    mode: NetworkMode,
    task: &TaskDefinition,
) {
    let at = |member: &str| container_member(c, member);
    if c.repository_credentials.is_some() {
        problems.add(
            at("repositoryCredentials"),
            "private registry credentials are read from Secrets Manager, which Keel does not provide yet",
        );
    }
    if c.secrets.as_ref().is_some_and(|s| !s.is_empty()) {
        problems.add(
            at("secrets"),
            "secrets come from Secrets Manager or SSM Parameter Store, which Keel does not provide yet",
        );
    }
    if c.firelens_configuration.is_some() {
        problems.add(
            at("firelensConfiguration"),
            "FireLens log routing is not supported yet",
        );
    }
    if c.credential_specs.as_ref().is_some_and(|s| !s.is_empty()) {
        problems.add(
            at("credentialSpecs"),
            "Active Directory credential specs (gMSA) are not supported",
        );
    }
    // GPUs are placed by the scheduler on instances that registered them and handed to the
    // runtime's NVIDIA support; other accelerators have no Docker equivalent.
    if c.resource_requirements
        .iter()
        .flatten()
        .any(|r| r.r#type != ResourceType::Gpu)
    {
        problems.add(at("resourceRequirements"), ACCELERATORS);
    }
    if let Some(log) = &c.log_configuration {
        if log.log_driver == LogDriver::Awsfirelens {
            problems.add(
                at("logConfiguration.logDriver"),
                "the awsfirelens log driver needs FireLens, which is not supported yet",
            );
        }
        if log.secret_options.as_ref().is_some_and(|s| !s.is_empty()) {
            problems.add(
                at("logConfiguration.secretOptions"),
                "log driver secrets come from Secrets Manager or SSM Parameter Store, which Keel does not provide yet",
            );
        }
    }
    for file in c.environment_files.iter().flatten() {
        if let Err(reason) = super::envfile::local_path(&file.value) {
            problems.add(at("environmentFiles"), reason);
        }
    }
    for option in c.docker_security_options.iter().flatten() {
        let supported = option == "no-new-privileges"
            || option.starts_with("apparmor:")
            || option.starts_with("label:");
        if option.starts_with("credentialspec:") {
            problems.add(
                at("dockerSecurityOptions"),
                "credentialspec applies to Windows containers only",
            );
        } else if !supported {
            problems.add(
                at("dockerSecurityOptions"),
                format!(
                    "'{option}' is not one of ECS's values: no-new-privileges, apparmor:PROFILE, label:VALUE"
                ),
            );
        }
    }
    if mode == NetworkMode::Awsvpc {
        // ECS task definition parameters: hostname, dnsServers, dnsSearchDomains and
        // extraHosts are not supported with awsvpc (the task's namespace is shared).
        for (member, set) in [
            ("hostname", c.hostname.is_some()),
            (
                "dnsServers",
                c.dns_servers.as_ref().is_some_and(|v| !v.is_empty()),
            ),
            (
                "dnsSearchDomains",
                c.dns_search_domains.as_ref().is_some_and(|v| !v.is_empty()),
            ),
            (
                "extraHosts",
                c.extra_hosts.as_ref().is_some_and(|v| !v.is_empty()),
            ),
        ] {
            if set {
                problems.add(at(member), "not supported with networkMode awsvpc");
            }
        }
    }
    if mode != NetworkMode::Bridge && c.links.as_ref().is_some_and(|l| !l.is_empty()) {
        problems.add(
            at("links"),
            format!("links need networkMode bridge, not {}", mode.as_str()),
        );
    }
    for link in c.links.iter().flatten() {
        let target = link.split(':').next().unwrap_or("");
        let known = task
            .container_definitions
            .iter()
            .flatten()
            .any(|o| o.name.as_deref() == Some(target));
        if link.split(':').count() > 2 || !known {
            problems.add(
                at("links"),
                format!(
                    "'{link}' does not name another container of the task (NAME or NAME:ALIAS)"
                ),
            );
        }
    }
    for control in c.system_controls.iter().flatten() {
        let key = control.namespace.as_deref().unwrap_or("");
        if key.is_empty() {
            problems.add(at("systemControls"), "a system control needs a namespace");
        } else if mode == NetworkMode::Host && key.starts_with("net.") {
            problems.add(
                at("systemControls"),
                format!("'{key}' would change the host's network namespace (networkMode host)"),
            );
        } else if task.ipc_mode == Some(IpcMode::Host) && is_ipc_sysctl(key) {
            problems.add(
                at("systemControls"),
                format!("'{key}' would change the host's IPC namespace (ipcMode host)"),
            );
        }
    }
    if let Some(linux) = &c.linux_parameters {
        if linux.max_swap.is_some() && c.memory.is_none() && task.memory.is_none() {
            problems.add(
                at("linuxParameters.maxSwap"),
                "maxSwap needs a memory limit (container memory or task memory)",
            );
        }
        if linux.max_swap.is_some_and(|s| s < 0) {
            problems.add(at("linuxParameters.maxSwap"), "must be 0 or greater");
        }
        if linux.swappiness.is_some_and(|s| !(0..=100).contains(&s)) {
            problems.add(
                at("linuxParameters.swappiness"),
                "must be between 0 and 100",
            );
        }
        if linux.shared_memory_size.is_some_and(|s| s <= 0) {
            problems.add(
                at("linuxParameters.sharedMemorySize"),
                "must be greater than 0 MiB",
            );
        }
        for tmpfs in linux.tmpfs.iter().flatten() {
            if tmpfs.size <= 0 {
                problems.add(
                    at("linuxParameters.tmpfs"),
                    "size must be greater than 0 MiB",
                );
            }
            if !tmpfs.container_path.starts_with('/') {
                problems.add(
                    at("linuxParameters.tmpfs"),
                    format!("'{}' is not an absolute path", tmpfs.container_path),
                );
            }
        }
        for device in linux.devices.iter().flatten() {
            if !device.host_path.starts_with('/') {
                problems.add(
                    at("linuxParameters.devices"),
                    format!("'{}' is not an absolute path on the host", device.host_path),
                );
            }
        }
    }
    let mut range_ports = 0usize;
    for mapping in c.port_mappings.iter().flatten() {
        if let Some(range) = &mapping.container_port_range {
            match super::parse_port_range(range) {
                Some((lo, hi)) => range_ports += usize::from(hi - lo) + 1,
                None => problems.add(
                    at("portMappings.containerPortRange"),
                    format!("'{range}' is not a range FROM-TO of ports 1-65535"),
                ),
            }
        }
    }
    if range_ports > MAX_RANGE_PORTS {
        problems.add(
            at("portMappings.containerPortRange"),
            format!(
                "the ranges cover {range_ports} ports; at most {MAX_RANGE_PORTS} per container are published"
            ),
        );
    }
    for from in c.volumes_from.iter().flatten() {
        let source = from.source_container.as_deref().unwrap_or("");
        let known = task
            .container_definitions
            .iter()
            .flatten()
            .any(|o| o.name.as_deref() == Some(source) && o.name != c.name);
        if !known {
            problems.add(
                at("volumesFrom"),
                format!("'{source}' is not another container of the task"),
            );
        }
    }
    for mount in c.mount_points.iter().flatten() {
        let source = mount.source_volume.as_deref().unwrap_or("");
        let known = task
            .volumes
            .iter()
            .flatten()
            .any(|v| v.name.as_deref() == Some(source));
        if !known {
            problems.add(
                at("mountPoints"),
                format!("source volume '{source}' is not a volume of the task definition"),
            );
        }
        if mount
            .container_path
            .as_deref()
            .is_none_or(|p| !p.starts_with('/'))
        {
            problems.add(at("mountPoints"), "containerPath must be an absolute path");
        }
    }
}
