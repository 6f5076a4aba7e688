//! What a runtime is asked to create: a container, a volume. Driver-neutral and fully typed;
//! [`crate::mapping`] builds these from ECS task definitions, each driver translates them into
//! its own API (the Docker driver into the Engine API's create body).
//!
//! Every field is a decision already made: names, host ports, label values, environment after
//! overrides and environment files. A driver adds nothing of its own except what its engine
//! needs to carry the same meaning.

use std::collections::BTreeMap;
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// A container to create.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ContainerSpec {
    /// The runtime's name for the container (Docker's `--name`), unique on the host. Chosen
    /// before create so a restarted agent can find a container whose create it never saw
    /// answered.
    pub name: String,
    pub image: String,
    /// Replaces the image's entry point when set.
    pub entrypoint: Option<Vec<String>>,
    /// Replaces the image's command when set.
    pub command: Option<Vec<String>>,
    /// The environment, in the order given to the container.
    pub env: Vec<(String, String)>,
    pub working_dir: Option<String>,
    pub user: Option<String>,
    pub hostname: Option<String>,
    pub labels: BTreeMap<String, String>,
    pub resources: Resources,
    pub network: NetworkSpec,
    /// PID namespace: `None` is the runtime's default (private).
    pub pid_mode: Option<NamespaceMode>,
    /// IPC namespace: `None` is the runtime's default.
    pub ipc_mode: Option<IpcMode>,
    pub mounts: Vec<Mount>,
    pub tmpfs: Vec<Tmpfs>,
    /// Containers whose volumes this one mounts too.
    pub volumes_from: Vec<VolumesFrom>,
    pub security: Security,
    /// Keep stdin open (`interactive`).
    pub interactive: bool,
    /// Allocate a pseudo-terminal (`pseudoTerminal`). Output is then one stream: a TTY has no
    /// separate stderr, and log lines arrive as [`crate::LogStream::Stdout`].
    pub tty: bool,
    /// How long the runtime itself waits after the stop signal before killing, when someone
    /// stops the container outside Keel (`docker stop`). Keel's own stops pass their grace
    /// period explicitly.
    pub stop_timeout: Option<Duration>,
    pub health_check: Option<HealthCheck>,
    pub log: LogSpec,
    /// The cgroup the container's cgroup is created under (task-level limits).
    pub cgroup_parent: Option<String>,
}

impl ContainerSpec {
    pub fn new(name: impl Into<String>, image: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            image: image.into(),
            ..Self::default()
        }
    }

    /// The value of an environment variable, if set.
    pub fn env_var(&self, key: &str) -> Option<&str> {
        self.env
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// cgroup limits and reservations.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resources {
    /// Relative CPU weight (`cpu` units; Docker's CpuShares, 2..=262144).
    pub cpu_shares: Option<u64>,
    /// Hard CPU ceiling in billionths of a CPU (Docker's NanoCpus).
    pub nano_cpus: Option<u64>,
    /// Hard memory limit (`memory`), bytes.
    pub memory_bytes: Option<u64>,
    /// Soft memory limit (`memoryReservation`), bytes.
    pub memory_reservation_bytes: Option<u64>,
    /// Memory plus swap, bytes; `Some(-1)` is unlimited swap (`maxSwap`).
    pub memory_swap_bytes: Option<i64>,
    /// 0..=100 (`swappiness`).
    pub memory_swappiness: Option<u8>,
    /// Size of /dev/shm, bytes (`sharedMemorySize`).
    pub shm_size_bytes: Option<u64>,
    pub ulimits: Vec<Ulimit>,
    pub devices: Vec<Device>,
    /// The GPUs placement assigned to this container (the task's `gpuIds`), handed to the
    /// runtime's NVIDIA device support; empty for none.
    #[serde(default)]
    pub gpus: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ulimit {
    pub name: String,
    pub soft: i64,
    pub hard: i64,
}

/// A host device made available in the container.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Device {
    pub host_path: String,
    pub container_path: String,
    /// cgroup device permissions, a subset of `rwm`.
    pub permissions: String,
}

/// How a namespace is shared.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NamespaceMode {
    /// The host's namespace.
    Host,
    /// Another container's namespace (by runtime name or id).
    Container(String),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum IpcMode {
    Host,
    /// A private namespace without /dev/shm.
    None,
    /// A private namespace other containers may join.
    Shareable,
    Container(String),
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkSpec {
    pub mode: NetworkMode,
    /// Ports published on the host. Only meaningful in [`NetworkMode::Bridge`].
    pub ports: Vec<PortPublish>,
    /// Ports the container listens on (recorded in the container's config; publishing is
    /// separate).
    pub exposed: Vec<(u16, Protocol)>,
    /// Legacy links to other containers on the default bridge: (runtime name, alias).
    pub links: Vec<(String, String)>,
    pub dns_servers: Vec<String>,
    pub dns_search: Vec<String>,
    /// Extra `/etc/hosts` entries: (hostname, address).
    pub extra_hosts: Vec<(String, String)>,
    /// No networking at all (`disableNetworking`).
    pub disabled: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum NetworkMode {
    /// The runtime's default bridge network.
    #[default]
    Bridge,
    Host,
    None,
    /// Join another container's network namespace (by runtime name or id).
    Container(String),
    /// A named network of the runtime (a user-defined Docker network).
    Named(String),
}

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum Protocol {
    #[default]
    Tcp,
    Udp,
}

impl Protocol {
    pub fn as_str(self) -> &'static str {
        match self {
            Protocol::Tcp => "tcp",
            Protocol::Udp => "udp",
        }
    }
}

/// A container port published on a host address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortPublish {
    pub container_port: u16,
    pub protocol: Protocol,
    pub host_ip: String,
    /// `None`: the runtime picks a free port from the host's ephemeral range; read the chosen
    /// one back from [`crate::ContainerInfo::ports`].
    pub host_port: Option<u16>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mount {
    pub source: MountSource,
    pub target: String,
    pub read_only: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MountSource {
    /// A host path, bind-mounted.
    Bind(String),
    /// A runtime-managed named volume.
    Volume(String),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tmpfs {
    pub target: String,
    /// `mount -o` options, e.g. `size=64m,noexec`.
    pub options: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VolumesFrom {
    /// Runtime name or id of the source container.
    pub container: String,
    pub read_only: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Security {
    pub privileged: bool,
    pub read_only_rootfs: bool,
    /// Capability names without the `CAP_` prefix (`NET_ADMIN`), or `ALL`.
    pub cap_add: Vec<String>,
    pub cap_drop: Vec<String>,
    /// Docker `--security-opt` values in `key=value` form (`no-new-privileges`,
    /// `apparmor=PROFILE`, `label=...`).
    pub security_opt: Vec<String>,
    /// Run an init process as PID 1 that forwards signals and reaps zombies.
    pub init: bool,
    /// Namespaced kernel parameters.
    pub sysctls: BTreeMap<String, String>,
}

/// The runtime's own health check, whose status it reports on inspect and as events.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HealthCheck {
    /// `["CMD", exe, args...]` or `["CMD-SHELL", command]`.
    pub test: Vec<String>,
    pub interval: Duration,
    pub timeout: Duration,
    pub retries: u32,
    /// Failures during this period after start do not count.
    pub start_period: Duration,
}

/// Where the runtime keeps the container's stdout and stderr.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum LogSpec {
    /// The runtime's default (for Docker, the daemon's configured driver, normally json-file).
    #[default]
    Default,
    /// Discard output: nothing can be read back.
    None,
    /// A named driver of the runtime with its options (`json-file`, `local`, `syslog`, ...).
    Driver {
        name: String,
        options: BTreeMap<String, String>,
    },
}

impl LogSpec {
    /// Whether [`crate::Runtime::logs`] can read the output back.
    pub fn readable(&self) -> bool {
        match self {
            LogSpec::None => false,
            LogSpec::Default => true,
            LogSpec::Driver { name, .. } => {
                matches!(name.as_str(), "json-file" | "local" | "journald")
            }
        }
    }
}

/// A named volume to create.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VolumeSpec {
    pub name: String,
    /// Volume driver; `local` when empty.
    pub driver: String,
    pub driver_opts: BTreeMap<String, String>,
    pub labels: BTreeMap<String, String>,
}
