//! `keel agent` (a host agent joining a server) and the local agent `keel up` runs beside its
//! server: the task engine (`keel_agent::Agent`) on the Docker Engine, linked to the server by
//! `keel_agent::link::ServerLink`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, bail};
use clap::Args;
use keel_agent::link::files::{self, StoredCredentials};
use keel_agent::link::host::{self, HostSettings};
use keel_agent::link::logs_api::LogsApiSink;
use keel_agent::link::{LinkConfig, ServerLink};
use keel_agent::task_credentials::{ECS_CREDENTIALS_ADDRESS, TaskCredentials};
use keel_agent::{Agent, AgentConfig, LogSink};
use keel_agent_protocol::client::{AgentClient, ClientConfig};
use keel_awsmodel::ecs::VersionInfo;
use keel_runtime::docker::DockerRuntime;
use keel_runtime::image::PullBehavior;
use keel_runtime::mapping::PauseImage;
use keel_runtime::{Runtime as _, Timeouts};
use tokio::sync::watch;
use tracing::{error, info, warn};

/// What the host offers and how its tasks run: shared by `keel agent` and `keel up`.
#[derive(Args, Debug, Clone, Default)]
pub struct HostArgs {
    /// A custom attribute of this container instance, NAME=VALUE or NAME (repeatable)
    #[arg(
        long = "attribute",
        value_name = "NAME=VALUE",
        env = "KEEL_AGENT_ATTRIBUTES",
        value_delimiter = ','
    )]
    pub attributes: Vec<String>,
    /// CPU units to register [default: the cores times 1024]
    #[arg(long, env = "KEEL_AGENT_CPU")]
    pub cpu: Option<i64>,
    /// Memory to register, in MiB [default: the host's less --reserved-memory]
    #[arg(long, env = "KEEL_AGENT_MEMORY")]
    pub memory: Option<i64>,
    /// MiB of the host's memory no task may have (ECS_RESERVED_MEMORY) [default: 0]
    #[arg(long, env = "KEEL_AGENT_RESERVED_MEMORY", default_value_t = 0)]
    pub reserved_memory: i64,
    /// Host ports no task may take (ECS_RESERVED_PORTS) [default: 22,2375,2376,51678,51679]
    #[arg(long, env = "KEEL_AGENT_RESERVED_PORTS")]
    pub reserved_ports: Option<String>,
    /// UDP host ports no task may take [default: none]
    #[arg(long, env = "KEEL_AGENT_RESERVED_UDP_PORTS")]
    pub reserved_udp_ports: Option<String>,
    /// GPU ids to register, e.g. the UUIDs `nvidia-smi --query-gpu=uuid --format=csv,noheader`
    /// lists (repeatable or comma-separated); tasks get them through the NVIDIA runtime
    #[arg(
        long = "gpu",
        value_name = "ID",
        env = "KEEL_AGENT_GPUS",
        value_delimiter = ','
    )]
    pub gpus: Vec<String>,
    /// The value of the ecs.availability-zone attribute
    #[arg(long, env = "KEEL_AGENT_AVAILABILITY_ZONE")]
    pub availability_zone: Option<String>,
    /// The value of the ecs.instance-type attribute
    #[arg(long, env = "KEEL_AGENT_INSTANCE_TYPE")]
    pub instance_type: Option<String>,
    /// Where containers get their task role's credentials, HOST:PORT or `off`. At ECS's
    /// 169.254.170.2:80 (the default) containers get AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and
    /// the agent puts the address on the loopback interface if the host lacks it (as root);
    /// elsewhere they get AWS_CONTAINER_CREDENTIALS_FULL_URI. Without an endpoint the host
    /// does not claim the task-iam-role capability [default: 169.254.170.2:80]
    #[arg(long, env = "KEEL_AGENT_TASK_CREDENTIALS_ENDPOINT")]
    pub task_credentials_endpoint: Option<String>,
    /// The address container ports are published on [default: 127.0.0.1]
    #[arg(long, env = "KEEL_AGENT_HOST_IP")]
    pub host_ip: Option<String>,
    /// The Docker Engine's socket [default: /var/run/docker.sock]
    #[arg(long, env = "KEEL_AGENT_DOCKER_SOCKET")]
    pub docker_socket: Option<String>,
    /// The image of the container that holds an awsvpc task's network namespace; it must have
    /// `sleep`. By default the agent uses its built-in pause image (keel/pause:0.1.0), which
    /// it imports into Docker itself: no registry is needed
    #[arg(long, env = "KEEL_AGENT_PAUSE_IMAGE")]
    pub pause_image: Option<String>,
    /// When images are pulled (ECS_IMAGE_PULL_BEHAVIOR): default, always, once, prefer-cached
    #[arg(
        long,
        env = "KEEL_AGENT_IMAGE_PULL_BEHAVIOR",
        default_value = "default"
    )]
    pub image_pull_behavior: String,
    /// How long a stopped task's containers are kept before they are removed
    /// (ECS_ENGINE_TASK_CLEANUP_WAIT_DURATION), e.g. 3h, 10m [default: 3h]
    #[arg(long, env = "KEEL_AGENT_TASK_CLEANUP_WAIT")]
    pub task_cleanup_wait: Option<String>,
    /// The size of each file an awslogs container's output waits in until it is shipped
    /// (Docker's local driver max-size), e.g. 20m [default: 20m]
    #[arg(long, env = "KEEL_AGENT_AWSLOGS_FILE_SIZE")]
    pub awslogs_file_size: Option<String>,
    /// How many such files per container (max-file); the disk an awslogs container may use is
    /// size × files, and a shipper further behind its container loses the oldest lines
    /// [default: 5]
    #[arg(long, env = "KEEL_AGENT_AWSLOGS_FILES")]
    pub awslogs_files: Option<u32>,
}

/// `keel agent`.
#[derive(Args, Debug, Clone)]
pub struct AgentArgs {
    /// The server's URL: its one listener, the same one clients use
    #[arg(
        long,
        env = "KEEL_AGENT_SERVER",
        default_value = "http://127.0.0.1:5335"
    )]
    pub server: String,
    /// Where the agent keeps its state [default: $XDG_DATA_HOME/keel-agent or ~/.local/share/keel-agent]
    #[arg(long, env = "KEEL_AGENT_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    /// The cluster to join (name or ARN)
    #[arg(long, env = "KEEL_AGENT_CLUSTER", default_value = "default")]
    pub cluster: String,
    /// A one-time registration token (`keel agent-token create`), traded for the agent's own
    /// credentials on first start. Without one, the agent uses the credentials it has, else
    /// AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY
    #[arg(long, env = "KEEL_AGENT_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// The region of the cluster [default: the token's, else AWS_REGION, else us-east-1]
    #[arg(long, env = "KEEL_AGENT_REGION")]
    pub region: Option<String>,
    /// PEM certificates to trust for an https:// server (e.g. its self-signed one)
    #[arg(long, env = "AWS_CA_BUNDLE")]
    pub ca_bundle: Option<PathBuf>,
    #[command(flatten)]
    pub host: HostArgs,
}

fn default_agent_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("keel-agent");
    }
    match std::env::var_os("HOME") {
        Some(home) => PathBuf::from(home).join(".local/share/keel-agent"),
        None => PathBuf::from("keel-agent-data"),
    }
}

/// The cluster's name in an ARN or a name.
fn cluster_name(cluster: &str) -> &str {
    cluster.rsplit('/').next().unwrap_or(cluster)
}

/// Holds an exclusive lock on the agent's data dir: two agents on one dir would fight over
/// its containers.
fn lock_dir(dir: &Path) -> anyhow::Result<std::fs::File> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let path = dir.join("agent.lock");
    let file =
        std::fs::File::create(&path).with_context(|| format!("creating {}", path.display()))?;
    file.try_lock().with_context(|| {
        format!(
            "agent data dir {} is in use by another agent",
            dir.display()
        )
    })?;
    Ok(file)
}

/// The host's settings from the flags; `extra_reserved` are ports the process itself uses.
fn host_settings(args: &HostArgs, extra_reserved: &[u16]) -> anyhow::Result<HostSettings> {
    let mut reserved_ports = match &args.reserved_ports {
        Some(text) => host::parse_ports(text).map_err(anyhow::Error::msg)?,
        None => host::DEFAULT_RESERVED_PORTS.to_vec(),
    };
    reserved_ports.extend_from_slice(extra_reserved);
    let reserved_udp_ports = match &args.reserved_udp_ports {
        Some(text) => host::parse_ports(text).map_err(anyhow::Error::msg)?,
        None => Vec::new(),
    };
    let attributes = args
        .attributes
        .iter()
        .map(|a| host::parse_attribute(a).map_err(anyhow::Error::msg))
        .collect::<anyhow::Result<Vec<_>>>()?;
    if args.cpu.is_some_and(|c| c < 0) || args.memory.is_some_and(|m| m < 0) {
        bail!("--cpu and --memory cannot be negative");
    }
    Ok(HostSettings {
        cpu: args.cpu,
        memory: args.memory,
        reserved_memory: args.reserved_memory,
        reserved_ports,
        reserved_udp_ports,
        gpu_ids: args
            .gpus
            .iter()
            .map(|g| g.trim().to_string())
            .filter(|g| !g.is_empty())
            .collect(),
        instance_type: args.instance_type.clone(),
        availability_zone: args.availability_zone.clone(),
        attributes,
    })
}

fn engine_config(
    args: &HostArgs,
    cluster: &str,
    region: &str,
    sink: Arc<dyn LogSink>,
) -> anyhow::Result<AgentConfig> {
    let pause = match &args.pause_image {
        Some(image) => PauseImage {
            image: image.clone(),
            command: vec!["sleep".into(), "2147483647".into()],
        },
        None => PauseImage {
            image: keel_runtime::pause::IMAGE.into(),
            command: vec![keel_runtime::pause::COMMAND.into()],
        },
    };
    let mut config = AgentConfig::new(cluster_name(cluster), pause);
    config.region = Some(region.to_string());
    if let Some(ip) = &args.host_ip {
        ip.parse::<std::net::IpAddr>()
            .with_context(|| format!("--host-ip {ip:?} is not an IP address"))?;
        config.host_ip = ip.clone();
    }
    config.image_policy.behavior = args
        .image_pull_behavior
        .parse::<PullBehavior>()
        .map_err(anyhow::Error::msg)?;
    if let Some(wait) = &args.task_cleanup_wait {
        config.cleanup_delay = humantime::parse_duration(wait)
            .with_context(|| format!("--task-cleanup-wait {wait:?} is not a duration"))?;
    }
    if let Some(size) = &args.awslogs_file_size {
        keel_agent::awslogs::parse_size(size)
            .with_context(|| format!("--awslogs-file-size {size:?} is not a size (20m, 512k)"))?;
        config.logs.files.max_size = size.clone();
    }
    if let Some(files) = args.awslogs_files {
        anyhow::ensure!(files >= 1, "--awslogs-files must be at least 1");
        config.logs.files.max_files = files;
    }
    config.log_sink = Some(sink);
    Ok(config)
}

/// Connects to Docker, retrying while it is not there yet (`keel up` on a host whose daemon
/// starts later).
async fn connect_docker(
    socket: &str,
    patient: bool,
    stop: &mut watch::Receiver<bool>,
) -> anyhow::Result<Option<DockerRuntime>> {
    let mut warned = false;
    loop {
        match DockerRuntime::connect(socket, Timeouts::default()).await {
            Ok(runtime) => return Ok(Some(runtime)),
            Err(err) if patient => {
                if !warned {
                    warn!(%err, socket, "the Docker Engine is not reachable: tasks cannot run on this host until it is; retrying every 5s");
                    warned = true;
                }
            }
            Err(err) => {
                return Err(err).with_context(|| format!("connecting to Docker at {socket}"));
            }
        }
        tokio::select! {
            () = tokio::time::sleep(Duration::from_secs(5)) => {}
            _ = stop.wait_for(|s| *s) => return Ok(None),
        }
    }
}

/// Everything an agent needs once it has credentials.
struct Plan {
    data_dir: PathBuf,
    cluster: String,
    region: String,
    client: AgentClient,
    host: HostArgs,
    extra_reserved: Vec<u16>,
    sink: Arc<dyn LogSink>,
    /// Wait for Docker rather than fail.
    patient: bool,
}

/// The task credentials endpoint and its listener, or `None` when it is switched off or cannot
/// listen (then tasks with a role are placed on other hosts).
async fn credentials_endpoint(
    args: &HostArgs,
) -> Option<(Arc<TaskCredentials>, tokio::net::TcpListener)> {
    let address = args
        .task_credentials_endpoint
        .as_deref()
        .unwrap_or(ECS_CREDENTIALS_ADDRESS);
    if address == "off" {
        return None;
    }
    let unavailable = |why: String| {
        warn!("task IAM roles are not available on this host: {why}");
    };
    let Ok(socket) = address.parse::<std::net::SocketAddr>() else {
        unavailable(format!(
            "--task-credentials-endpoint {address:?} is not HOST:PORT"
        ));
        return None;
    };
    let mut bound = tokio::net::TcpListener::bind(socket).await;
    if let Err(err) = &bound
        && err.kind() == std::io::ErrorKind::AddrNotAvailable
        && address == ECS_CREDENTIALS_ADDRESS
    {
        match add_to_loopback(socket.ip()) {
            Ok(()) => bound = tokio::net::TcpListener::bind(socket).await,
            Err(why) => {
                unavailable(why);
                return None;
            }
        }
    }
    match bound {
        Ok(listener) => {
            info!(%address, "task credentials endpoint listening");
            Some((TaskCredentials::new(address), listener))
        }
        Err(err) => {
            unavailable(format!("cannot listen on {address}: {err}"));
            None
        }
    }
}

/// Puts `ip` on the loopback interface. ECS's agent gets 169.254.170.2:80 with NAT rules; an
/// address of the host does it with less: a container on a Docker bridge sends the packet to
/// its gateway, the host, which delivers it to a local address whatever the interface.
fn add_to_loopback(ip: std::net::IpAddr) -> Result<(), String> {
    let prefix = if ip.is_ipv4() { 32 } else { 128 };
    let out = std::process::Command::new("ip")
        .args(["address", "add", &format!("{ip}/{prefix}"), "dev", "lo"])
        .output()
        .map_err(|e| format!("cannot run `ip` to add {ip} to the loopback interface: {e}"))?;
    if out.status.success() {
        info!(%ip, "added the task credentials address to the loopback interface");
        return Ok(());
    }
    Err(format!(
        "cannot add {ip} to the loopback interface (it needs root): {}",
        String::from_utf8_lossy(&out.stderr).trim()
    ))
}

/// Runs the engine and its link until `stop`.
async fn run_linked(plan: Plan, mut stop: watch::Receiver<bool>) -> anyhow::Result<()> {
    let settings = host_settings(&plan.host, &plan.extra_reserved)?;
    let mut config = engine_config(&plan.host, &plan.cluster, &plan.region, plan.sink.clone())?;
    let credentials = credentials_endpoint(&plan.host).await;
    config.task_credentials = credentials.as_ref().map(|(endpoint, _)| endpoint.clone());
    let socket = plan
        .host
        .docker_socket
        .clone()
        .unwrap_or_else(|| keel_runtime::docker::DEFAULT_SOCKET.to_string());
    let Some(runtime) = connect_docker(&socket, plan.patient, &mut stop).await? else {
        return Ok(());
    };
    let version = runtime
        .version()
        .await
        .context("asking Docker for its version")?;
    let agent = Arc::new(
        Agent::new(runtime, &plan.data_dir, config)
            .await
            .context("starting the task engine")?,
    );
    let mut link_config = LinkConfig::new(plan.cluster.clone(), host::resources(&settings));
    link_config.attributes = host::attributes(&settings, Some(&version.api_version));
    if credentials.is_some() {
        link_config
            .attributes
            .extend(host::task_iam_role_attributes());
    }
    link_config.version_info = Some(VersionInfo {
        agent_version: Some(env!("CARGO_PKG_VERSION").to_string()),
        agent_hash: Some("keel".to_string()),
        docker_version: Some(format!("DockerVersion: {}", version.version)),
    });
    info!(
        cluster = %plan.cluster,
        cpu = link_config.resources.cpu,
        memory_mib = link_config.resources.memory,
        docker = %version.version,
        data_dir = %plan.data_dir.display(),
        "host agent starting"
    );
    let link = ServerLink::new(agent, plan.client, link_config, &plan.data_dir);
    if let Some((endpoint, listener)) = credentials {
        endpoint.set_source(link.credentials_source());
        tokio::spawn(endpoint.serve(listener));
    }
    let mut registration = link.registration();
    let announce = async move {
        if let Ok(reg) = registration.wait_for(Option::is_some).await
            && let Some(reg) = reg.as_ref()
        {
            println!(
                "Host agent registered as {} in {}",
                reg.container_instance_arn, reg.cluster_arn
            );
        }
        std::future::pending::<()>().await
    };
    tokio::select! {
        result = link.run(stop) => result.map_err(anyhow::Error::from),
        () = announce => Ok(()),
    }
}

/// The credentials `keel agent` signs with: kept from before, else a token's, else the
/// environment's.
async fn agent_credentials(
    args: &AgentArgs,
    dir: &Path,
    client: &AgentClient,
) -> anyhow::Result<StoredCredentials> {
    let kept = files::load_credentials(dir)
        .with_context(|| format!("reading {}", files::credentials_path(dir).display()))?;
    if let Some(kept) = kept {
        if args.token.is_some() {
            info!("the agent already has credentials; the registration token is not used");
        }
        return Ok(kept);
    }
    if let Some(token) = &args.token {
        let mut wait = Duration::from_millis(500);
        let credentials = loop {
            match client.redeem_token(token).await {
                Ok(c) => break c,
                Err(err) if err.is_transient() => {
                    warn!(%err, retry_in = ?wait, "cannot reach the server to redeem the registration token");
                    tokio::time::sleep(wait).await;
                    wait = (wait * 2).min(Duration::from_secs(15));
                }
                Err(err) => return Err(err).context("redeeming the registration token"),
            }
        };
        let stored = StoredCredentials::from(credentials);
        files::save_credentials(dir, &stored).context("saving the agent's credentials")?;
        info!(path = %files::credentials_path(dir).display(), user = stored.user_arn.as_deref().unwrap_or_default(), "registration token redeemed; credentials saved");
        return Ok(stored);
    }
    match (
        std::env::var("AWS_ACCESS_KEY_ID"),
        std::env::var("AWS_SECRET_ACCESS_KEY"),
    ) {
        (Ok(id), Ok(secret)) if !id.is_empty() && !secret.is_empty() => Ok(StoredCredentials {
            access_key_id: id,
            secret_access_key: secret,
            user_arn: None,
            cluster_arn: None,
            region: None,
        }),
        _ => bail!(
            "the agent has no credentials: give it a registration token (--token, from `keel \
             agent-token create`) or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"
        ),
    }
}

async fn agent_main(args: AgentArgs) -> anyhow::Result<()> {
    let dir = args.data_dir.clone().unwrap_or_else(default_agent_dir);
    let _lock = lock_dir(&dir)?;
    let env_region = std::env::var("AWS_REGION")
        .or_else(|_| std::env::var("AWS_DEFAULT_REGION"))
        .ok();
    let mut config = ClientConfig::new(
        args.server.clone(),
        args.region
            .clone()
            .or(env_region.clone())
            .unwrap_or_else(|| "us-east-1".into()),
    );
    config.ca_bundle = args.ca_bundle.clone();
    let unsigned = AgentClient::new(config).context("--server")?;
    let credentials = agent_credentials(&args, &dir, &unsigned).await?;
    let region = args
        .region
        .clone()
        .or(credentials.region.clone())
        .or(env_region)
        .unwrap_or_else(|| "us-east-1".into());
    let client = unsigned
        .with_credentials(credentials.signing())
        .with_region(region.clone());
    // A token binds the agent to its cluster: without --cluster, that one.
    let cluster = match &credentials.cluster_arn {
        Some(arn) if args.cluster == "default" => arn.clone(),
        _ => args.cluster.clone(),
    };
    let (stop_tx, stop_rx) = watch::channel(false);
    tokio::spawn(async move {
        crate::server::shutdown_signal().await;
        let _ = stop_tx.send(true);
    });
    let plan = Plan {
        data_dir: dir,
        cluster,
        region,
        sink: Arc::new(LogsApiSink::new(client.clone())),
        client,
        host: args.host.clone(),
        extra_reserved: Vec::new(),
        patient: false,
    };
    run_linked(plan, stop_rx).await?;
    info!("agent stopped; its containers keep running");
    Ok(())
}

/// mimalloc options the agent runs with. mimalloc reads its options from the environment when
/// the process starts, so they cannot be set from inside it (and the workspace forbids the
/// `unsafe` call that would).
///
/// * `MIMALLOC_PURGE_DELAY=0`: an agent's memory comes in bursts (a container's output read,
///   batched and sent) between quiet spells; with mimalloc's default (1000 ms, and purging only
///   when the freeing thread allocates again) a quiet agent kept the last burst's memory.
/// * `MIMALLOC_ARENA_EAGER_COMMIT=0`: an eagerly committed arena is eligible for transparent
///   huge pages, so a few small allocations made whole 2 MiB pages resident (8 MiB of an idle
///   agent's 24 MiB were four such pages); committed as it is used, the arena stays in 4 KiB
///   pages.
const ALLOCATOR_ENV: [(&str, &str); 2] = [
    ("MIMALLOC_PURGE_DELAY", "0"),
    ("MIMALLOC_ARENA_EAGER_COMMIT", "0"),
];

/// Unless every [`ALLOCATOR_ENV`] option is set already (an operator's own values are kept),
/// the process executes itself again with the missing ones (same pid, same arguments). If that
/// fails, the agent runs as it is.
fn run_with_allocator_options() {
    let missing: Vec<(&str, &str)> = ALLOCATOR_ENV
        .iter()
        .copied()
        .filter(|(name, _)| std::env::var_os(name).is_none())
        .collect();
    if missing.is_empty() {
        return;
    }
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    use std::os::unix::process::CommandExt;
    let error = std::process::Command::new(exe)
        .args(std::env::args_os().skip(1))
        .envs(missing.iter().copied())
        .exec();
    eprintln!("keel agent: cannot run with its allocator options ({error}); going on without");
}

/// `keel agent`.
pub fn main(args: AgentArgs) -> ExitCode {
    run_with_allocator_options();
    init_agent_logging();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .thread_name("keel-agent")
        .build()
    {
        Ok(rt) => rt,
        Err(err) => {
            eprintln!("keel agent: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(agent_main(args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            error!("{err:#}");
            eprintln!("keel agent: {err:#}");
            // ECS's agent exits with 5 when it must not be restarted as it is.
            if err
                .chain()
                .any(|e| e.downcast_ref::<keel_agent::link::LinkError>().is_some())
            {
                ExitCode::from(5)
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

fn init_agent_logging() {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_env("KEEL_LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(filter)
        .try_init();
}

/// The agent `keel up` runs beside its server, in the same process.
pub struct LocalAgent {
    pub endpoint: String,
    pub ca_bundle: Option<PathBuf>,
    pub region: String,
    pub account_id: String,
    pub data_dir: PathBuf,
    pub host: HostArgs,
    /// The server's own port, which no task may take.
    pub listen_port: u16,
    pub logs: Arc<keel_logs::LogsService>,
    pub enrollment: Arc<keel_iam::agents::AgentEnrollment>,
    pub root_access_key_id: String,
}

impl LocalAgent {
    /// Runs until `stop`; failures are logged (the server goes on without its agent).
    pub async fn run(self, stop: watch::Receiver<bool>) {
        if let Err(err) = self.run_inner(stop).await {
            error!("the local host agent stopped: {err:#}");
        }
    }

    async fn credentials(&self) -> anyhow::Result<StoredCredentials> {
        if let Some(kept) = files::load_credentials(&self.data_dir)? {
            return Ok(kept);
        }
        // Enrolled like any agent, with its own IAM user, but without the token leaving the
        // process.
        let issuer = keel_api::Caller::root(&self.account_id, &self.root_access_key_id);
        let cluster_arn = self.enrollment.cluster_arn(&self.region, "default");
        let token = self
            .enrollment
            .issue(&issuer, &self.region, &cluster_arn, Some(60))
            .await
            .context("issuing the local agent's registration token")?;
        let credentials = self
            .enrollment
            .redeem(&token.token)
            .await
            .context("enrolling the local agent")?;
        let stored = StoredCredentials::from(credentials);
        files::save_credentials(&self.data_dir, &stored)?;
        Ok(stored)
    }

    async fn run_inner(self, stop: watch::Receiver<bool>) -> anyhow::Result<()> {
        let _lock = lock_dir(&self.data_dir)?;
        let credentials = self.credentials().await?;
        let mut config = ClientConfig::new(self.endpoint.clone(), self.region.clone());
        config.ca_bundle = self.ca_bundle.clone();
        config.credentials = Some(credentials.signing());
        let client = AgentClient::new(config)?;
        let sink: Arc<dyn LogSink> =
            Arc::new(keel_agent::sink::LogsServiceSink::new(self.logs.clone()));
        let plan = Plan {
            data_dir: self.data_dir.clone(),
            cluster: "default".into(),
            region: self.region.clone(),
            client,
            host: self.host.clone(),
            extra_reserved: vec![self.listen_port],
            sink,
            patient: true,
        };
        run_linked(plan, stop).await
    }
}
