//! The command line.

use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::config::{Overrides, Settings};

#[derive(Parser, Debug)]
#[command(
    name = "keel",
    version,
    about = "A self-hosted, ECS-compatible container platform"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Run the control plane: the AWS-compatible API on one listener, backed by the store.
    Server(ServerArgs),
    /// Run the whole platform in one process on its embedded defaults: the control plane and a
    /// host agent that runs the tasks of cluster `default` on this machine's Docker Engine.
    Up(UpArgs),
    /// Run a host agent: register this machine as a container instance of a server's cluster
    /// and run the tasks placed on it through the Docker Engine.
    Agent(crate::agent_run::AgentArgs),
    /// Show where a RunTask would place its tasks, and why other instances were passed over,
    /// without placing anything.
    Plan(crate::plan::PlanArgs),
    /// List a cluster's services with their counts and rollout state.
    Services(ServicesArgs),
    /// Deploy a new image to a service: register a revision, update the service, follow the
    /// rollout until it completes or fails.
    Deploy(DeployArgs),
    /// Print ECS state-change events (task, service and deployment) as JSON lines.
    Events(EventsArgs),
    /// Show the audit trail: who changed what, and what was refused (CloudTrail's
    /// LookupEvents, signed with the standard AWS credential chain).
    Audit(AuditArgs),
    /// Print a log group's events, oldest first (CloudWatch Logs' FilterLogEvents), and with
    /// --follow the new ones as they arrive.
    Logs(LogsArgs),
    /// Registration tokens for host agents.
    #[command(subcommand)]
    AgentToken(AgentTokenCommand),
}

#[derive(Args, Debug, Clone)]
pub struct AuditArgs {
    /// Keep printing new events as they happen
    #[arg(long, short = 'f')]
    pub follow: bool,
    /// Only events by this user (user name, role session name, or root)
    #[arg(long)]
    pub user: Option<String>,
    /// Only events of this operation, e.g. StopTask
    #[arg(long)]
    pub event_name: Option<String>,
    /// Only events at most this old, e.g. 1h, 30m, 7d
    #[arg(long)]
    pub since: Option<String>,
    /// Print at most this many events before following [default: 50]
    #[arg(long, default_value_t = 50)]
    pub max: usize,
    /// Print each event's full CloudTrail record as one JSON line
    #[arg(long)]
    pub json: bool,
    /// The Keel endpoint [default: $AWS_ENDPOINT_URL, else http://127.0.0.1:5335]
    #[arg(long)]
    pub endpoint: Option<String>,
}

/// Where client commands send requests. Credentials: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY,
/// else the shared credentials file (AWS_PROFILE); region: AWS_REGION.
#[derive(Args, Debug, Clone)]
pub struct EndpointArgs {
    /// Keel's endpoint [default: AWS_ENDPOINT_URL, else http://127.0.0.1:5335]
    #[arg(long)]
    pub endpoint: Option<String>,
}

#[derive(Args, Debug, Clone)]
pub struct ServicesArgs {
    #[command(flatten)]
    pub endpoint: EndpointArgs,
    /// The cluster
    #[arg(long, default_value = "default")]
    pub cluster: String,
}

#[derive(Args, Debug, Clone)]
pub struct DeployArgs {
    #[command(flatten)]
    pub endpoint: EndpointArgs,
    /// The service to deploy to
    pub service: String,
    /// The new image
    #[arg(long)]
    pub image: String,
    /// The container whose image changes (needed when the task definition has several)
    #[arg(long)]
    pub container: Option<String>,
    /// The cluster
    #[arg(long, default_value = "default")]
    pub cluster: String,
    /// How long to follow the rollout, e.g. 10m
    #[arg(long, default_value = "30m")]
    pub timeout: String,
}

#[derive(Args, Debug, Clone)]
pub struct EventsArgs {
    #[command(flatten)]
    pub endpoint: EndpointArgs,
    /// Keep following (reconnecting and resuming) until interrupted
    #[arg(long, short = 'f')]
    pub follow: bool,
    /// Start after this event id (a store revision) instead of now
    #[arg(long)]
    pub after: Option<i64>,
}

#[derive(Args, Debug, Clone)]
pub struct LogsArgs {
    #[command(flatten)]
    pub endpoint: EndpointArgs,
    /// The log group (name or ARN)
    pub group: String,
    /// Only streams whose names start with this prefix
    #[arg(long, visible_alias = "log-stream-name-prefix")]
    pub stream: Option<String>,
    /// Where to start: a duration back from now (30s, 10m, 1h, 2d) or an RFC 3339 time
    #[arg(long, default_value = "10m")]
    pub since: String,
    /// Only events matching this CloudWatch Logs filter pattern, e.g. ERROR or
    /// '{ $.level = "error" }'
    #[arg(long, visible_alias = "filter-pattern")]
    pub filter: Option<String>,
    /// Keep printing new events as they arrive, until interrupted
    #[arg(long, short = 'f')]
    pub follow: bool,
    /// No colours (there are none either when NO_COLOR is set or stdout is not a terminal)
    #[arg(long)]
    pub no_color: bool,
}

#[derive(Subcommand, Debug, Clone)]
pub enum AgentTokenCommand {
    /// Issue a one-time token an agent trades for its own credentials
    Create(AgentTokenArgs),
}

#[derive(Args, Debug, Clone)]
pub struct AgentTokenArgs {
    /// The cluster the agent joins (name or ARN)
    #[arg(long, default_value = "default")]
    pub cluster: String,
    /// How long the token stays valid, e.g. 1h (at most 7d)
    #[arg(long, default_value = "1h")]
    pub expires_in: String,
    /// Print the whole answer as JSON
    #[arg(long)]
    pub json: bool,
    /// The Keel endpoint [default: $AWS_ENDPOINT_URL, else http://127.0.0.1:5335]
    #[arg(long)]
    pub endpoint: Option<String>,
}

#[derive(Args, Debug, Clone)]
pub struct UpArgs {
    #[command(flatten)]
    pub server: ServerArgs,
    /// Run the control plane only, without the local host agent
    #[arg(long, env = "KEEL_NO_AGENT")]
    pub no_agent: bool,
    #[command(flatten)]
    pub host: crate::agent_run::HostArgs,
}

/// Settings shared by `server` and `up`. Each can also come from a `KEEL_*` variable or the
/// TOML file; the command line wins, then the environment, then the file, then the default.
#[derive(Args, Debug, Clone)]
pub struct ServerArgs {
    /// Address of the AWS-compatible listener [default: 127.0.0.1:5335]
    #[arg(long, env = "KEEL_LISTEN")]
    pub listen: Option<String>,
    /// Where state is kept [default: $XDG_DATA_HOME/keel or ~/.local/share/keel]
    #[arg(long, env = "KEEL_DATA_DIR")]
    pub data_dir: Option<std::path::PathBuf>,
    /// TOML file with any of these settings [default: $XDG_CONFIG_HOME/keel/keel.toml if it exists]
    #[arg(long, env = "KEEL_CONFIG")]
    pub config: Option<std::path::PathBuf>,
    /// Account id in ARNs [default: 000000000000]
    #[arg(long, env = "KEEL_ACCOUNT_ID")]
    pub account_id: Option<String>,
    /// Region for requests that don't name one in their signature [default: us-east-1]
    #[arg(long, env = "KEEL_REGION")]
    pub region: Option<String>,
    /// How long STOPPED tasks stay describable, e.g. 1h, 7d [default: 1h]
    #[arg(long, env = "KEEL_STOPPED_TASK_RETENTION")]
    pub stopped_task_retention: Option<String>,
    /// How often log events past their group's retention are deleted, e.g. 5m, 1h [default: 5m]
    #[arg(long, env = "KEEL_LOGS_RETENTION_INTERVAL")]
    pub logs_retention_interval: Option<String>,
    /// Directory CreateExportTask writes into: the destination bucket is a subdirectory
    /// [default: none; CreateExportTask is refused]
    #[arg(long, env = "KEEL_LOGS_EXPORT_DIR")]
    pub logs_export_dir: Option<std::path::PathBuf>,
    /// A Firehose delivery stream subscription filters may deliver to, NAME=http://HOST:PORT/PATH:
    /// matching events are POSTed there as Firehose's HTTP endpoint delivery requests
    /// (repeatable or comma-separated) [default: none]
    #[arg(
        long = "logs-firehose-endpoint",
        value_name = "NAME=URL",
        env = "KEEL_LOGS_FIREHOSE_ENDPOINTS",
        value_delimiter = ','
    )]
    pub logs_firehose_endpoints: Vec<String>,
    /// Log format on stderr: text or json [default: text]
    #[arg(long, env = "KEEL_LOG_FORMAT")]
    pub log_format: Option<String>,
    /// Largest request body accepted, in bytes [default: 10485760]
    #[arg(long, env = "KEEL_MAX_BODY_BYTES")]
    pub max_body_bytes: Option<usize>,
    /// Accept any well-formed SigV4 signature without checking it (local testing with
    /// throwaway credentials; only on a loopback listen address)
    #[arg(long, env = "KEEL_INSECURE_ACCEPT_ANY_CREDENTIALS", num_args = 0..=1, default_missing_value = "true")]
    pub insecure_accept_any_credentials: Option<bool>,
    /// Serve HTTPS with this PEM certificate chain (with --tls-key)
    #[arg(long, env = "KEEL_TLS_CERT")]
    pub tls_cert: Option<std::path::PathBuf>,
    /// The PEM private key of --tls-cert
    #[arg(long, env = "KEEL_TLS_KEY")]
    pub tls_key: Option<std::path::PathBuf>,
    /// Serve HTTPS; without --tls-cert, with a self-signed certificate created in the data dir
    #[arg(long, env = "KEEL_TLS", num_args = 0..=1, default_missing_value = "true")]
    pub tls: Option<bool>,
    /// How long the audit trail keeps events, e.g. 90d, 1y [default: 90d]
    #[arg(long, env = "KEEL_AUDIT_RETENTION")]
    pub audit_retention: Option<String>,
    /// Control-plane logs kept in the log group /keel/control-plane: a list of api, audit,
    /// authenticator, scheduler, controller, or all [default: none]
    #[arg(long, env = "KEEL_CONTROL_PLANE_LOGS")]
    pub control_plane_logs: Option<String>,
    /// How long a host agent's session lives without a heartbeat before its instance is
    /// marked disconnected, e.g. 30s (agents heartbeat every third of it) [default: 30s]
    #[arg(long, env = "KEEL_AGENT_LEASE_TTL")]
    pub agent_lease_ttl: Option<String>,
}

/// Runs a client command on a small runtime.
fn client_command(work: impl std::future::Future<Output = anyhow::Result<()>>) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(err) => {
            eprintln!("keel: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(work) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("keel: {err:#}");
            ExitCode::FAILURE
        }
    }
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let (args, mode, local_agent) = match cli.command {
        Command::Server(args) => (args, crate::server::Mode::Server, None),
        Command::Up(up) => (
            up.server,
            crate::server::Mode::Up,
            (!up.no_agent).then_some(up.host),
        ),
        Command::Agent(args) => return crate::agent_run::main(args),
        Command::Plan(args) => {
            return match crate::plan::run(args) {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => {
                    eprintln!("keel plan: {err:#}");
                    ExitCode::FAILURE
                }
            };
        }
        Command::Services(args) => return crate::client::services(args),
        Command::Deploy(args) => return crate::client::deploy(args),
        Command::Events(args) => return crate::client::events(args),
        Command::Audit(args) => return client_command(crate::audit_cmd::run(args)),
        Command::Logs(args) => return client_command(crate::logs_cmd::run(args)),
        Command::AgentToken(AgentTokenCommand::Create(args)) => {
            return client_command(crate::agent_cmd::run(args));
        }
    };
    let settings = match Settings::resolve(Overrides::from(&args)) {
        Ok(settings) => settings,
        Err(err) => {
            eprintln!("keel: {err:#}");
            return ExitCode::from(2);
        }
    };
    let control_plane_logs = crate::server::init_logging(&settings);
    match crate::server::run(settings, mode, local_agent, control_plane_logs) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!("{err:#}");
            eprintln!("keel: {err:#}");
            ExitCode::FAILURE
        }
    }
}
