//! Wiring: store → control plane → edge → listener, and an orderly shutdown.

use std::fs::File;
use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use keel_api::{Authentication, Edge, EdgeConfig};

use crate::credentials;
use keel_audit::{AuditLog, CloudTrailService};
use keel_control::{ControlConfig, ControlPlane, EcsService};
use keel_iam::{Identity, RootKey};
use keel_logstore::{LogStore, LogStoreOptions};
use keel_store::{SqliteStore, Store};
use tracing::{info, warn};
use tracing_subscriber::layer::SubscriberExt as _;
use tracing_subscriber::util::SubscriberInitExt as _;
use tracing_subscriber::{EnvFilter, Layer as _};

use crate::control_plane_logs::{self, ControlPlaneLogs};

use crate::agent_run::HostArgs;
use crate::config::{LogFormat, Settings, TlsSetting};
use crate::tls;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// The control plane alone.
    Server,
    /// The one-command platform: the control plane and, unless told otherwise, a local host
    /// agent.
    Up,
}

/// Logs to stderr (filtered by `KEEL_LOG`), and the chosen control-plane logs into the log
/// service (see `control_plane_logs`), whatever `KEEL_LOG` says.
pub fn init_logging(settings: &Settings) -> (ControlPlaneLogs, control_plane_logs::Receiver) {
    // The per-request and per-placement lines are for the log service, not for stderr.
    let filter = EnvFilter::try_from_env("KEEL_LOG")
        .unwrap_or_else(|_| EnvFilter::new("info,keel::api=warn,keel::scheduler=warn"));
    let stderr = tracing_subscriber::fmt::layer().with_writer(std::io::stderr);
    let stderr = match settings.log_format {
        LogFormat::Json => stderr.json().boxed(),
        LogFormat::Text => stderr.boxed(),
    };
    let (logs, receiver) = ControlPlaneLogs::new(&settings.control_plane_logs);
    tracing_subscriber::registry()
        .with(stderr.with_filter(filter))
        .with(
            logs.any_enabled()
                .then(|| logs.clone().with_filter(logs.filter())),
        )
        .init();
    (logs, receiver)
}

pub fn run(
    settings: Settings,
    mode: Mode,
    local_agent: Option<HostArgs>,
    control_plane_logs: (ControlPlaneLogs, control_plane_logs::Receiver),
) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("keel")
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(serve(settings, mode, local_agent, control_plane_logs))
}

/// Holds an exclusive lock on the data dir so two servers never share one store.
fn lock_data_dir(settings: &Settings) -> anyhow::Result<File> {
    std::fs::create_dir_all(&settings.data_dir)
        .with_context(|| format!("creating data dir {}", settings.data_dir.display()))?;
    let path = settings.data_dir.join("keel.lock");
    let file = File::create(&path).with_context(|| format!("creating {}", path.display()))?;
    file.try_lock().with_context(|| {
        format!(
            "data dir {} is in use by another keel process",
            settings.data_dir.display()
        )
    })?;
    Ok(file)
}

async fn serve(
    settings: Settings,
    mode: Mode,
    local_agent: Option<HostArgs>,
    (control_plane_logs, control_plane_log_lines): (ControlPlaneLogs, control_plane_logs::Receiver),
) -> anyhow::Result<()> {
    let _lock = lock_data_dir(&settings)?;
    let db_path = settings.data_dir.join("state.db");
    let store: Arc<dyn Store> = Arc::new(
        SqliteStore::open(&db_path)
            .with_context(|| format!("opening store {}", db_path.display()))?,
    );
    let logs_dir = settings.data_dir.join("logs");
    let events = {
        let dir = logs_dir.clone();
        tokio::task::spawn_blocking(move || LogStore::open(&dir, LogStoreOptions::default()))
            .await
            .context("opening the log event store")?
            .with_context(|| format!("opening the log event store {}", logs_dir.display()))?
    };
    let events = Arc::new(events);
    let logs = keel_logs::LogsService::with_options(
        store.clone(),
        events.clone(),
        settings.logs_export_dir.clone(),
        settings.logs_firehose_endpoints.clone(),
    );
    let migrated = logs
        .migrate_stream_records()
        .await
        .context("moving log stream records into the event store")?;
    if migrated > 0 {
        info!(migrated, "moved log stream records into the event store");
    }
    let control = ControlPlane::new(
        store.clone(),
        ControlConfig {
            stopped_task_retention: settings.stopped_task_retention,
            agent_lease_ttl: settings.agent_lease_ttl,
            ..Default::default()
        },
    );
    let root_key = credentials::bootstrap(&settings.data_dir, root_key_from_env())?;
    let clock = keel_types::time::system_clock();
    let identity = Identity::open(
        store.clone(),
        &settings.data_dir,
        &settings.account_id,
        Some(RootKey {
            access_key_id: root_key.access_key_id.clone(),
            secret_access_key: root_key.secret_access_key.clone(),
        }),
        clock.clone(),
    )
    .await
    .context("opening the identity store")?;
    logs.set_role_trust(Arc::new(RolesOf(identity.sts.clone())));
    let audit_path = settings.data_dir.join("audit.db");
    let audit = AuditLog::open(&audit_path, settings.audit_retention)
        .with_context(|| format!("opening the audit trail {}", audit_path.display()))?;
    let authentication = if settings.insecure_accept_any_credentials {
        warn!(
            "INSECURE: accepting any well-formed credentials without checking them \
             (--insecure-accept-any-credentials). Every change will be logged."
        );
        Authentication::AcceptAnyCredentials
    } else {
        Authentication::Verify(identity.directory.clone())
    };
    let mut edge = EdgeConfig::new(
        settings.account_id.clone(),
        settings.region.clone(),
        authentication,
    );
    edge.max_body_bytes = settings.max_body_bytes;
    edge.authorizer = Some(identity.directory.clone());
    edge.audit = Some(control_plane_logs.audit_tee(audit.clone()));
    edge.clock = clock.clone();
    if std::env::var_os("KEEL_CHECK_RESPONSES").is_some_and(|v| v == "1") {
        edge.check_responses = true;
    }
    let edge = Arc::new(
        Edge::new(edge)
            .json(EcsService::new(control.clone()))
            .json(logs.clone())
            .json(CloudTrailService::new(audit.clone()))
            .query(identity.iam.clone())
            .query(identity.sts.clone()),
    );
    // ECS state changes as server-sent events, for those who may describe tasks and services.
    let state_changes = keel_api::event_stream_router(
        edge.clone(),
        "/keel/events/v1/stream",
        "ecs",
        keel_api::Access::new("ecs:DescribeTasks")
            .and(keel_api::Access::new("ecs:DescribeServices")),
        keel_control::events::EcsEvents::new(control.clone()),
    );
    let app = edge
        .clone()
        .router()
        .merge(identity.agents.clone().routes(edge.clone()))
        .merge(crate::agent_routes::routes(
            control.clone(),
            edge.clone(),
            identity.sts.clone(),
        ))
        .merge(state_changes);

    let listener = tokio::net::TcpListener::bind(settings.listen)
        .await
        .with_context(|| format!("binding {}", settings.listen))?;
    let addr = listener.local_addr()?;
    let tls_files = match &settings.tls {
        TlsSetting::Off => None,
        TlsSetting::SelfSigned => Some(tls::self_signed(&settings.data_dir, addr)?),
        TlsSetting::Files { cert, key } => Some(tls::TlsFiles {
            cert: cert.clone(),
            key: key.clone(),
            self_signed: false,
        }),
    };
    let tls_config = tls_files.as_ref().map(tls::server_config).transpose()?;
    info!(%addr, data_dir = %settings.data_dir.display(), ?mode, tls = tls_files.is_some(), "keel is listening");
    announce(addr, &settings, mode, &root_key, tls_files.as_ref());

    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    // The local agent talks to this server over its own listener, like any other agent.
    let (agent_stop_tx, agent_stop_rx) = tokio::sync::watch::channel(false);
    let local_agent = local_agent.map(|host| {
        let scheme = if tls_files.is_some() { "https" } else { "http" };
        let agent = crate::agent_run::LocalAgent {
            endpoint: format!("{scheme}://{}", loopback_of(addr)),
            ca_bundle: tls_files
                .as_ref()
                .filter(|t| t.self_signed)
                .map(|t| t.cert.clone()),
            region: settings.region.clone(),
            account_id: settings.account_id.clone(),
            data_dir: settings.data_dir.join("agent"),
            host,
            listen_port: addr.port(),
            logs: logs.clone(),
            enrollment: identity.agents.clone(),
            root_access_key_id: root_key.access_key_id.clone(),
        };
        tokio::spawn(agent.run(agent_stop_rx))
    });
    let janitor = tokio::spawn(keel_control::background::run_janitor(
        control.clone(),
        stop_rx.clone(),
    ));
    let compactor = tokio::spawn(keel_control::background::run_compactor(
        control.clone(),
        stop_rx.clone(),
    ));
    let reconciler = tokio::spawn(keel_control::reconcile::run_reconciler(
        control.clone(),
        stop_rx.clone(),
    ));
    let agent_monitor = tokio::spawn(keel_control::agent::run_monitor(
        control.clone(),
        stop_rx.clone(),
    ));
    let log_retention = tokio::spawn(keel_logs::retention::run(
        logs.clone(),
        settings.logs_retention_interval,
        stop_rx.clone(),
    ));
    let subscription_delivery = tokio::spawn(keel_logs::delivery::run(
        logs.clone(),
        settings.account_id.clone(),
        keel_logs::delivery::DeliveryOptions::default(),
        stop_rx.clone(),
    ));
    let export_tasks = tokio::spawn(keel_logs::exports::run(logs.clone(), stop_rx.clone()));
    let audit_retention = tokio::spawn(keel_audit::run_retention(
        audit.clone(),
        clock.clone(),
        stop_rx,
    ));
    let (logs_stop_tx, logs_stop_rx) = tokio::sync::watch::channel(false);
    let control_plane_log_shipper = tokio::spawn(control_plane_logs::run_shipper(
        control_plane_log_lines,
        logs.clone(),
        settings.region.clone(),
        logs_stop_rx,
    ));
    // On a signal, waiting agent polls answer first, so they do not hold the graceful
    // shutdown for their full wait.
    let signal = {
        let control = control.clone();
        async move {
            shutdown_signal().await;
            // The agent first: its polls end, its containers keep running.
            let _ = agent_stop_tx.send(true);
            if let Some(agent) = local_agent {
                let _ = agent.await;
            }
            control.begin_shutdown();
        }
    };
    match tls_config {
        Some(config) => tls::serve(listener, app, config, signal).await,
        None => axum::serve(
            listener,
            app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(signal)
        .await
        .context("serving")?,
    }

    info!("shutting down: in-flight requests finished, closing the store");
    let _ = stop_tx.send(true);
    for (name, task) in [
        ("janitor", janitor),
        ("compactor", compactor),
        ("reconciler", reconciler),
        ("agent monitor", agent_monitor),
        ("log retention", log_retention),
        ("subscription delivery", subscription_delivery),
        ("export tasks", export_tasks),
        ("audit retention", audit_retention),
    ] {
        if let Err(err) = task.await {
            warn!(%err, task = name, "background task ended abnormally");
        }
    }
    // Last, so the shutdown's own log lines are shipped too.
    let _ = logs_stop_tx.send(true);
    if let Err(err) = control_plane_log_shipper.await {
        warn!(%err, task = "control-plane log shipper", "background task ended abnormally");
    }
    events
        .close()
        .await
        .context("closing the log event store")?;
    audit.close().await;
    store.close().await.context("closing the store")?;
    info!("stopped");
    Ok(())
}

/// Where a local client reaches a listener bound to `addr` (a wildcard address means every
/// interface, loopback among them).
fn loopback_of(addr: SocketAddr) -> SocketAddr {
    match addr.ip() {
        std::net::IpAddr::V4(ip) if ip.is_unspecified() => {
            SocketAddr::from((std::net::Ipv4Addr::LOCALHOST, addr.port()))
        }
        std::net::IpAddr::V6(ip) if ip.is_unspecified() => {
            SocketAddr::from((std::net::Ipv6Addr::LOCALHOST, addr.port()))
        }
        _ => addr,
    }
}

fn root_key_from_env() -> Option<(String, String)> {
    let id = std::env::var("KEEL_ACCESS_KEY_ID").ok()?;
    let secret = std::env::var("KEEL_SECRET_ACCESS_KEY").ok()?;
    Some((id, secret))
}

/// Prints how to point AWS tools at this server.
fn announce(
    addr: SocketAddr,
    settings: &Settings,
    mode: Mode,
    root: &credentials::RootKey,
    tls: Option<&tls::TlsFiles>,
) {
    let scheme = if tls.is_some() { "https" } else { "http" };
    let endpoint = format!("{scheme}://{addr}");
    let what = match mode {
        Mode::Up => "Keel is up",
        Mode::Server => "Keel control plane is up",
    };
    println!(
        "{what} at {endpoint} (data in {})",
        settings.data_dir.display()
    );
    match &root.source {
        credentials::Source::Environment => {
            println!(
                "Root access key {} (from KEEL_ACCESS_KEY_ID)",
                root.access_key_id
            )
        }
        credentials::Source::File(path) | credentials::Source::Generated(path) => {
            println!("Root access key in {}", path.display())
        }
    }
    if let Some(files) = tls.filter(|t| t.self_signed) {
        println!(
            "TLS with a self-signed certificate: {}. Clients trust it with AWS_CA_BUNDLE (below), \
             or add it to the system store (cp it to /usr/local/share/ca-certificates/keel.crt \
             and run update-ca-certificates).",
            files.cert.display()
        );
    }
    println!("Point the AWS CLI and SDKs at it with:");
    println!("  export AWS_ENDPOINT_URL={endpoint}");
    if let Some(files) = tls.filter(|t| t.self_signed) {
        println!("  export AWS_CA_BUNDLE={}", files.cert.display());
    }
    println!(
        "  export AWS_REGION={} AWS_DEFAULT_REGION={}",
        settings.region, settings.region
    );
    match &root.source {
        credentials::Source::Environment => println!(
            "  export AWS_ACCESS_KEY_ID={} AWS_SECRET_ACCESS_KEY=\"$KEEL_SECRET_ACCESS_KEY\"",
            root.access_key_id
        ),
        _ => println!(
            "  export AWS_ACCESS_KEY_ID={} AWS_SECRET_ACCESS_KEY={}",
            root.access_key_id, root.secret_access_key
        ),
    }
}

pub(crate) async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => info!("received SIGINT"),
        _ = terminate => info!("received SIGTERM"),
    }
}

/// CloudWatch Logs asks the identity service whether a role trusts it.
struct RolesOf(Arc<keel_iam::StsService>);

impl keel_logs::firehose::RoleTrust for RolesOf {
    fn service_may_assume(&self, role_arn: &str, service: &str, source_arn: &str) -> bool {
        self.0.service_may_assume(role_arn, service, source_arn)
    }
}
