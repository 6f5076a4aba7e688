//! Settings, layered: command line, then `KEEL_*` environment (both via clap), then the TOML
//! file, then built-in defaults.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, bail};
use serde::Deserialize;

use crate::cli::ServerArgs;
use crate::control_plane_logs::{LogType, parse_types};

pub const DEFAULT_LISTEN: &str = "127.0.0.1:5335";
pub const DEFAULT_ACCOUNT_ID: &str = "000000000000";
pub const DEFAULT_REGION: &str = "us-east-1";

/// What the command line and environment said (None = not given).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Overrides {
    pub listen: Option<String>,
    pub data_dir: Option<PathBuf>,
    #[serde(skip)]
    pub config: Option<PathBuf>,
    pub account_id: Option<String>,
    pub region: Option<String>,
    pub stopped_task_retention: Option<String>,
    pub logs_retention_interval: Option<String>,
    pub logs_export_dir: Option<PathBuf>,
    pub logs_firehose_endpoints: Option<Vec<String>>,
    pub log_format: Option<String>,
    pub max_body_bytes: Option<usize>,
    pub insecure_accept_any_credentials: Option<bool>,
    pub tls_cert: Option<PathBuf>,
    pub tls_key: Option<PathBuf>,
    pub tls: Option<bool>,
    pub audit_retention: Option<String>,
    pub control_plane_logs: Option<String>,
    pub agent_lease_ttl: Option<String>,
}

impl From<&ServerArgs> for Overrides {
    fn from(args: &ServerArgs) -> Self {
        Self {
            listen: args.listen.clone(),
            data_dir: args.data_dir.clone(),
            config: args.config.clone(),
            account_id: args.account_id.clone(),
            region: args.region.clone(),
            stopped_task_retention: args.stopped_task_retention.clone(),
            logs_retention_interval: args.logs_retention_interval.clone(),
            logs_export_dir: args.logs_export_dir.clone(),
            logs_firehose_endpoints: (!args.logs_firehose_endpoints.is_empty())
                .then(|| args.logs_firehose_endpoints.clone()),
            log_format: args.log_format.clone(),
            max_body_bytes: args.max_body_bytes,
            insecure_accept_any_credentials: args.insecure_accept_any_credentials,
            tls_cert: args.tls_cert.clone(),
            tls_key: args.tls_key.clone(),
            tls: args.tls,
            audit_retention: args.audit_retention.clone(),
            control_plane_logs: args.control_plane_logs.clone(),
            agent_lease_ttl: args.agent_lease_ttl.clone(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

/// Fully resolved settings.
#[derive(Debug, Clone)]
pub struct Settings {
    pub listen: SocketAddr,
    pub data_dir: PathBuf,
    pub account_id: String,
    pub region: String,
    pub stopped_task_retention: Duration,
    /// How often log events past their group's retention are deleted.
    pub logs_retention_interval: Duration,
    /// Where CreateExportTask writes (each destination bucket a subdirectory); none: export
    /// tasks are refused.
    pub logs_export_dir: Option<PathBuf>,
    /// Firehose delivery streams subscription filters may deliver to, and where each posts.
    pub logs_firehose_endpoints: keel_logs::firehose::FirehoseEndpoints,
    pub log_format: LogFormat,
    pub max_body_bytes: usize,
    /// Accept any well-formed signature unchecked; only allowed on a loopback listener.
    pub insecure_accept_any_credentials: bool,
    pub tls: TlsSetting,
    /// How long audit events are kept.
    pub audit_retention: Duration,
    /// Which of the control plane's own logs go into the log service.
    pub control_plane_logs: Vec<LogType>,
    /// How long an agent-protocol session lives without a heartbeat.
    pub agent_lease_ttl: Duration,
}

/// Whether and how the listener speaks TLS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TlsSetting {
    Off,
    /// A self-signed certificate kept in the data dir.
    SelfSigned,
    Files {
        cert: PathBuf,
        key: PathBuf,
    },
}

fn default_data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("keel");
    }
    match std::env::var_os("HOME").filter(|h| !h.is_empty()) {
        Some(home) => PathBuf::from(home).join(".local/share/keel"),
        None => PathBuf::from(".keel"),
    }
}

fn default_config_file() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    let path = base.join("keel/keel.toml");
    path.exists().then_some(path)
}

fn read_file(path: &Path) -> anyhow::Result<Overrides> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading config file {}", path.display()))?;
    toml::from_str(&text).with_context(|| format!("parsing config file {}", path.display()))
}

/// ECS account ids are 12 digits.
fn check_account_id(id: &str) -> anyhow::Result<()> {
    if id.len() != 12 || !id.bytes().all(|b| b.is_ascii_digit()) {
        bail!("account id must be 12 digits, got {id:?}");
    }
    Ok(())
}

/// Region names look like `us-east-1`: lowercase letters, digits and hyphens.
fn check_region(region: &str) -> anyhow::Result<()> {
    let ok = !region.is_empty()
        && region.len() <= 32
        && region
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !ok {
        bail!("region must look like us-east-1, got {region:?}");
    }
    Ok(())
}

impl Settings {
    pub fn resolve(given: Overrides) -> anyhow::Result<Self> {
        let file = match given.config.clone().or_else(default_config_file) {
            Some(path) => read_file(&path)?,
            None => Overrides::default(),
        };
        let listen_text = given
            .listen
            .or(file.listen)
            .unwrap_or_else(|| DEFAULT_LISTEN.into());
        let listen: SocketAddr = listen_text
            .parse()
            .with_context(|| format!("listen address {listen_text:?} is not IP:PORT"))?;
        let account_id = given
            .account_id
            .or(file.account_id)
            .unwrap_or_else(|| DEFAULT_ACCOUNT_ID.into());
        check_account_id(&account_id)?;
        let region = given
            .region
            .or(file.region)
            .unwrap_or_else(|| DEFAULT_REGION.into());
        check_region(&region)?;
        let retention_text = given
            .stopped_task_retention
            .or(file.stopped_task_retention)
            .unwrap_or_else(|| "1h".into());
        let stopped_task_retention =
            humantime::parse_duration(&retention_text).with_context(|| {
                format!("stopped task retention {retention_text:?} is not a duration like 1h")
            })?;
        let interval_text = given
            .logs_retention_interval
            .or(file.logs_retention_interval)
            .unwrap_or_else(|| "5m".into());
        let logs_retention_interval = humantime::parse_duration(&interval_text)
            .ok()
            .filter(|d| !d.is_zero())
            .with_context(|| {
                format!("logs retention interval {interval_text:?} is not a duration like 5m")
            })?;
        let insecure_accept_any_credentials = given
            .insecure_accept_any_credentials
            .or(file.insecure_accept_any_credentials)
            .unwrap_or(false);
        if insecure_accept_any_credentials && !listen.ip().is_loopback() {
            bail!(
                "--insecure-accept-any-credentials is only allowed on a loopback listen address, not {listen}"
            );
        }
        let tls = match (
            given.tls_cert.or(file.tls_cert),
            given.tls_key.or(file.tls_key),
            given.tls.or(file.tls),
        ) {
            (Some(cert), Some(key), _) => TlsSetting::Files { cert, key },
            (Some(_), None, _) | (None, Some(_), _) => {
                bail!("--tls-cert and --tls-key go together")
            }
            (None, None, Some(true)) => TlsSetting::SelfSigned,
            (None, None, _) => TlsSetting::Off,
        };
        let audit_text = given
            .audit_retention
            .or(file.audit_retention)
            .unwrap_or_else(|| "90d".into());
        let audit_retention = humantime::parse_duration(&audit_text).with_context(|| {
            format!("audit retention {audit_text:?} is not a duration like 90d")
        })?;
        if audit_retention < Duration::from_secs(3600) {
            bail!("audit retention must be at least 1h, got {audit_text:?}");
        }
        let control_plane_logs = parse_types(
            &given
                .control_plane_logs
                .or(file.control_plane_logs)
                .unwrap_or_default(),
        )
        .map_err(anyhow::Error::msg)?;
        let lease_text = given
            .agent_lease_ttl
            .or(file.agent_lease_ttl)
            .unwrap_or_else(|| "30s".into());
        let agent_lease_ttl = humantime::parse_duration(&lease_text)
            .ok()
            .filter(|d| (Duration::from_secs(1)..=Duration::from_secs(3600)).contains(d))
            .with_context(|| {
                format!("agent lease TTL {lease_text:?} is not a duration from 1s to 1h, like 30s")
            })?;
        let logs_firehose_endpoints = keel_logs::firehose::FirehoseEndpoints::parse(
            &given
                .logs_firehose_endpoints
                .or(file.logs_firehose_endpoints)
                .unwrap_or_default(),
        )
        .map_err(|e| anyhow::anyhow!("--logs-firehose-endpoint {e}"))?;
        let log_format = match given.log_format.or(file.log_format).as_deref() {
            None | Some("text") => LogFormat::Text,
            Some("json") => LogFormat::Json,
            Some(other) => bail!("log format must be text or json, got {other:?}"),
        };
        Ok(Self {
            listen,
            data_dir: given
                .data_dir
                .or(file.data_dir)
                .unwrap_or_else(default_data_dir),
            account_id,
            region,
            stopped_task_retention,
            logs_retention_interval,
            logs_export_dir: given.logs_export_dir.or(file.logs_export_dir),
            logs_firehose_endpoints,
            log_format,
            max_body_bytes: given
                .max_body_bytes
                .or(file.max_body_bytes)
                .unwrap_or(10 * 1024 * 1024),
            insecure_accept_any_credentials,
            tls,
            audit_retention,
            control_plane_logs,
            agent_lease_ttl,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_apply_when_nothing_is_given() {
        let settings = Settings::resolve(Overrides {
            config: Some(PathBuf::from("/nonexistent/keel.toml")),
            ..Default::default()
        });
        assert!(settings.is_err(), "an explicit config file must exist");
        let settings = Settings::resolve(Overrides {
            data_dir: Some("/tmp/x".into()),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(settings.listen.to_string(), DEFAULT_LISTEN);
        assert_eq!(settings.account_id, DEFAULT_ACCOUNT_ID);
        assert_eq!(settings.region, DEFAULT_REGION);
        assert_eq!(settings.stopped_task_retention, Duration::from_secs(3600));
        assert_eq!(settings.logs_retention_interval, Duration::from_secs(300));
        assert_eq!(settings.audit_retention, Duration::from_secs(90 * 86_400));
        assert_eq!(settings.agent_lease_ttl, Duration::from_secs(30));
    }

    #[test]
    fn flags_beat_the_file_and_the_file_beats_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keel.toml");
        std::fs::write(
            &path,
            "region = \"eu-west-1\"\naccount_id = \"123456789012\"\nlisten = \"127.0.0.1:9999\"\n",
        )
        .unwrap();
        let settings = Settings::resolve(Overrides {
            config: Some(path.clone()),
            region: Some("ap-south-1".into()),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(settings.region, "ap-south-1");
        assert_eq!(settings.account_id, "123456789012");
        assert_eq!(settings.listen.port(), 9999);
    }

    #[test]
    fn bad_values_are_refused_with_the_setting_named() {
        for overrides in [
            Overrides {
                account_id: Some("12".into()),
                ..Default::default()
            },
            Overrides {
                region: Some("US EAST".into()),
                ..Default::default()
            },
            Overrides {
                listen: Some("localhost".into()),
                ..Default::default()
            },
            Overrides {
                stopped_task_retention: Some("soon".into()),
                ..Default::default()
            },
            Overrides {
                log_format: Some("xml".into()),
                ..Default::default()
            },
            Overrides {
                agent_lease_ttl: Some("10ms".into()),
                ..Default::default()
            },
            Overrides {
                logs_retention_interval: Some("0s".into()),
                audit_retention: Some("5m".into()),
                ..Default::default()
            },
        ] {
            let err = Settings::resolve(Overrides {
                data_dir: Some("/tmp/x".into()),
                ..overrides
            })
            .unwrap_err();
            assert!(!err.to_string().is_empty());
        }
    }

    #[test]
    fn unknown_file_keys_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keel.toml");
        std::fs::write(&path, "regoin = \"x\"\n").unwrap();
        let err = Settings::resolve(Overrides {
            config: Some(path),
            ..Default::default()
        })
        .unwrap_err();
        assert!(format!("{err:#}").contains("regoin"), "{err:#}");
    }
}
