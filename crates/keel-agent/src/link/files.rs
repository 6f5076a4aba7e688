//! The link's own files in the agent's data directory, beside the engine's:
//!
//! * `credentials.json` (mode 0600): the access key the agent signs with, from its
//!   registration token (or given to it).
//! * `instance.json`: the container instance it registered as, so a restarted agent comes back
//!   as the same instance with the same tasks.
//!
//! Both are written as the engine's files are ([`crate::store`]): atomically.

use std::path::{Path, PathBuf};

use crate::store::read_json;
use keel_agent_protocol::AgentCredentials;
use keel_agent_protocol::client::SigningCredentials;
use serde::{Deserialize, Serialize};

pub const CREDENTIALS_FILE: &str = "credentials.json";
pub const INSTANCE_FILE: &str = "instance.json";

/// The agent's access key, as kept on disk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredCredentials {
    pub access_key_id: String,
    pub secret_access_key: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}

impl From<AgentCredentials> for StoredCredentials {
    fn from(c: AgentCredentials) -> Self {
        StoredCredentials {
            access_key_id: c.access_key_id,
            secret_access_key: c.secret_access_key,
            user_arn: Some(c.user_arn),
            cluster_arn: Some(c.cluster_arn),
            region: Some(c.region),
        }
    }
}

impl StoredCredentials {
    pub fn signing(&self) -> SigningCredentials {
        SigningCredentials {
            access_key_id: self.access_key_id.clone(),
            secret_access_key: self.secret_access_key.clone(),
            session_token: None,
        }
    }
}

/// The instance the agent registered as.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredInstance {
    /// The cluster as the agent was told it (name or ARN).
    pub cluster: String,
    pub container_instance_arn: String,
}

fn write<T: Serialize>(dir: &Path, name: &str, value: &T, mode: u32) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    crate::store::write_json_mode(&dir.join(name), value, mode)
}

pub fn credentials_path(dir: &Path) -> PathBuf {
    dir.join(CREDENTIALS_FILE)
}

pub fn load_credentials(dir: &Path) -> std::io::Result<Option<StoredCredentials>> {
    read_json(&credentials_path(dir))
}

/// Writes the key readable by its owner only.
pub fn save_credentials(dir: &Path, credentials: &StoredCredentials) -> std::io::Result<()> {
    write(dir, CREDENTIALS_FILE, credentials, 0o600)
}

pub fn load_instance(dir: &Path) -> std::io::Result<Option<StoredInstance>> {
    read_json(&dir.join(INSTANCE_FILE))
}

pub fn save_instance(dir: &Path, instance: &StoredInstance) -> std::io::Result<()> {
    write(dir, INSTANCE_FILE, instance, 0o644)
}

pub fn forget_instance(dir: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(dir.join(INSTANCE_FILE)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_round_trip_with_owner_only_mode() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(load_credentials(dir.path()).unwrap(), None);
        let creds = StoredCredentials {
            access_key_id: "AKIAAGENT".into(),
            secret_access_key: "s3cret".into(),
            user_arn: Some("arn:aws:iam::000000000000:user/keel/agents/a".into()),
            cluster_arn: None,
            region: Some("us-east-1".into()),
        };
        save_credentials(dir.path(), &creds).unwrap();
        assert_eq!(load_credentials(dir.path()).unwrap(), Some(creds));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(credentials_path(dir.path()))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(credentials_path(dir.path()), b"{not json").unwrap();
        assert!(load_credentials(dir.path()).is_err());
    }

    #[test]
    fn the_instance_is_kept_and_forgotten() {
        let dir = tempfile::tempdir().unwrap();
        let instance = StoredInstance {
            cluster: "default".into(),
            container_instance_arn:
                "arn:aws:ecs:us-east-1:000000000000:container-instance/default/abc".into(),
        };
        save_instance(dir.path(), &instance).unwrap();
        assert_eq!(load_instance(dir.path()).unwrap(), Some(instance));
        forget_instance(dir.path()).unwrap();
        forget_instance(dir.path()).unwrap();
        assert_eq!(load_instance(dir.path()).unwrap(), None);
    }
}
