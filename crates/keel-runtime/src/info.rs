//! What a runtime reports back: inspected containers, images and volumes.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::spec::Protocol;
use crate::time::Timestamp;

/// A runtime's container id (Docker's 64-hex id).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ContainerId(pub String);

impl ContainerId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for ContainerId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for ContainerId {
    fn from(s: &str) -> Self {
        Self(s.to_string())
    }
}

/// The runtime and its version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuntimeVersion {
    /// `docker`, `fake`, ...
    pub runtime: String,
    /// The engine's version (`20.10.24+dfsg1`).
    pub version: String,
    /// The API version in use after negotiation (`1.41`).
    pub api_version: String,
}

/// Docker's container status words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ContainerStatus {
    Created,
    Running,
    Paused,
    Restarting,
    Removing,
    Exited,
    Dead,
}

impl ContainerStatus {
    pub fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "created" => Self::Created,
            "running" => Self::Running,
            "paused" => Self::Paused,
            "restarting" => Self::Restarting,
            "removing" => Self::Removing,
            "exited" => Self::Exited,
            "dead" => Self::Dead,
            _ => return None,
        })
    }

    /// The container's process has finished (or will never run again).
    pub fn is_terminal(self) -> bool {
        matches!(self, Self::Exited | Self::Dead | Self::Removing)
    }
}

/// Health as the runtime's own health check reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum HealthStatus {
    /// Within the start period or before the first result.
    Starting,
    Healthy,
    Unhealthy,
}

impl HealthStatus {
    pub fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "starting" => Self::Starting,
            "healthy" => Self::Healthy,
            "unhealthy" => Self::Unhealthy,
            _ => return None,
        })
    }

    /// The word ECS uses in `healthStatus` (`HEALTHY`, `UNHEALTHY`, `UNKNOWN`).
    pub fn ecs_name(self) -> &'static str {
        match self {
            Self::Starting => "UNKNOWN",
            Self::Healthy => "HEALTHY",
            Self::Unhealthy => "UNHEALTHY",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    pub status: HealthStatus,
    pub failing_streak: u32,
    /// Output of the most recent check, cut to 1 KiB as the ECS agent does.
    pub last_output: Option<String>,
    pub last_exit_code: Option<i64>,
}

/// The ECS agent keeps at most this much health-check output.
pub const MAX_HEALTH_OUTPUT_BYTES: usize = 1024;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContainerState {
    pub status: ContainerStatus,
    /// Set once the container has exited.
    pub exit_code: Option<i64>,
    /// The kernel's OOM killer ended the container.
    pub oom_killed: bool,
    /// The runtime's error when the container could not start (Docker's `State.Error`).
    pub error: Option<String>,
    pub pid: Option<u32>,
    pub started_at: Option<Timestamp>,
    pub finished_at: Option<Timestamp>,
    pub health: Option<Health>,
}

/// A port binding as actually made: the host port is the one the runtime chose.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PortBinding {
    pub container_port: u16,
    pub protocol: Protocol,
    pub host_ip: String,
    pub host_port: u16,
}

/// An inspected container.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContainerInfo {
    pub id: ContainerId,
    /// The runtime name, without Docker's leading `/`.
    pub name: String,
    /// The reference the container was created from.
    pub image: String,
    /// The image's id (`sha256:...`).
    pub image_id: String,
    pub labels: BTreeMap<String, String>,
    pub created_at: Option<Timestamp>,
    pub state: ContainerState,
    /// The network mode as the runtime reports it (`bridge`, `host`, `none`,
    /// `container:<id>`).
    pub network_mode: String,
    /// The container's address on its network, when it has its own.
    pub ip_address: Option<String>,
    /// Its MAC address on that network.
    pub mac_address: Option<String>,
    pub ports: Vec<PortBinding>,
    pub mounts: Vec<MountInfo>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MountInfo {
    /// Volume name, for named volumes.
    pub name: Option<String>,
    /// Host path.
    pub source: String,
    pub destination: String,
    pub read_only: bool,
}

/// A container found by [`crate::Runtime::list_containers`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContainerSummary {
    pub id: ContainerId,
    pub name: String,
    pub image: String,
    pub labels: BTreeMap<String, String>,
    pub status: ContainerStatus,
    pub created_at: Option<Timestamp>,
}

/// An image stored by the runtime.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImageInfo {
    /// Content id of the image configuration (`sha256:...`).
    pub id: String,
    pub repo_tags: Vec<String>,
    /// `repo@sha256:...` for each registry the image was pulled from; empty for images that
    /// were built or imported locally.
    pub repo_digests: Vec<String>,
    /// The image's environment (`KEY=value`), so a mapping can tell which variables the image
    /// already sets.
    pub env: Vec<String>,
    pub created_at: Option<Timestamp>,
    pub size_bytes: Option<u64>,
}

impl ImageInfo {
    /// The manifest digest ECS reports as a container's `imageDigest`: the repo digest whose
    /// repository matches `reference`, else the first one. `None` for local-only images.
    pub fn digest_for(&self, reference: &str) -> Option<String> {
        let repo = repository_of(reference);
        let matching = self.repo_digests.iter().find(|d| {
            d.split_once('@')
                .is_some_and(|(r, _)| repository_of(r) == repo)
        });
        matching
            .or(self.repo_digests.first())
            .and_then(|d| d.split_once('@'))
            .map(|(_, digest)| digest.to_string())
    }
}

/// The repository part of an image reference: without tag or digest.
pub fn repository_of(reference: &str) -> &str {
    let without_digest = reference.split('@').next().unwrap_or(reference);
    // A tag follows the last ':' only if no '/' comes after it (a ':' may be a registry port).
    match without_digest.rfind(':') {
        Some(i) if !without_digest[i..].contains('/') => &without_digest[..i],
        _ => without_digest,
    }
}

/// Adds `:latest` when a reference has neither tag nor digest, as Docker does before pulling.
pub fn with_default_tag(reference: &str) -> String {
    if reference.contains('@') || repository_of(reference) != reference {
        reference.to_string()
    } else {
        format!("{reference}:latest")
    }
}

/// A named volume.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VolumeInfo {
    pub name: String,
    pub driver: String,
    /// Where the volume's data is on the host.
    pub mountpoint: String,
    pub labels: BTreeMap<String, String>,
    pub options: BTreeMap<String, String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_split_like_docker() {
        assert_eq!(repository_of("busybox"), "busybox");
        assert_eq!(repository_of("busybox:1.36"), "busybox");
        assert_eq!(repository_of("localhost:5000/web"), "localhost:5000/web");
        assert_eq!(repository_of("localhost:5000/web:v2"), "localhost:5000/web");
        assert_eq!(repository_of("web@sha256:abc"), "web");
        assert_eq!(with_default_tag("web"), "web:latest");
        assert_eq!(
            with_default_tag("localhost:5000/web"),
            "localhost:5000/web:latest"
        );
        assert_eq!(with_default_tag("web:v1"), "web:v1");
        assert_eq!(with_default_tag("web@sha256:abc"), "web@sha256:abc");
    }

    #[test]
    fn digest_prefers_the_matching_repository() {
        let image = ImageInfo {
            id: "sha256:1".into(),
            repo_tags: vec![],
            repo_digests: vec!["other@sha256:aaa".into(), "web@sha256:bbb".into()],
            env: vec![],
            created_at: None,
            size_bytes: None,
        };
        assert_eq!(
            image.digest_for("web:latest").as_deref(),
            Some("sha256:bbb")
        );
        assert_eq!(image.digest_for("third").as_deref(), Some("sha256:aaa"));
        let local = ImageInfo {
            repo_digests: vec![],
            ..image
        };
        assert_eq!(local.digest_for("web"), None);
    }
}
