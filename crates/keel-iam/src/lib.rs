//! Keel's identities: IAM users, access keys, roles and policies (the IAM API), role sessions
//! (the STS API), and what the edge asks of them: the secret behind an access key
//! ([`keel_api::sigv4::KeyStore`]) and whether a caller may do something
//! ([`keel_api::Authorizer`]).
//!
//! - [`records`]: the store layout (`/iam/...`) and the records kept there.
//! - [`secrets`]: secrets at rest, sealed with AES-256-GCM under `DATA_DIR/secrets.key`.
//! - [`session`]: STS session tokens, which carry the session (nothing is stored).
//! - [`directory`]: everything under `/iam/` in memory, following the store; the edge's key
//!   store and authorizer.
//! - [`iam`], [`sts`]: the IAM and STS services on the edge.
//! - [`managed`]: the AWS managed policies Keel provides.
//! - [`agents`]: registration tokens that host agents trade for their own credentials.
//! - [`error`]: errors and their one mapping to the wire.

pub mod agents;
pub mod directory;
pub mod error;
pub mod iam;
pub mod managed;
pub mod records;
pub mod secrets;
pub mod session;
pub mod sts;

use std::path::Path;
use std::sync::Arc;

use keel_store::Store;
use keel_types::time::Clock;

pub use directory::{Directory, RootKey};
pub use error::IamError;
pub use iam::IamService;
pub use secrets::SecretBox;
pub use sts::StsService;

/// The file under the data dir holding the key that seals secrets.
pub const SECRETS_KEY_FILE: &str = "secrets.key";

#[derive(Debug, thiserror::Error)]
pub enum IdentityError {
    #[error(transparent)]
    Secrets(#[from] secrets::SecretsError),
    #[error("loading identities: {0}")]
    Store(#[from] keel_store::StoreError),
}

/// The identity services, sharing one directory.
#[derive(Clone)]
pub struct Identity {
    pub directory: Arc<Directory>,
    pub iam: Arc<IamService>,
    pub sts: Arc<StsService>,
    pub agents: Arc<agents::AgentEnrollment>,
}

impl Identity {
    /// Opens (or creates) the secrets key in `data_dir`, loads the directory and builds the
    /// services.
    pub async fn open(
        store: Arc<dyn Store>,
        data_dir: &Path,
        account_id: &str,
        root: Option<RootKey>,
        clock: Arc<dyn Clock>,
    ) -> Result<Identity, IdentityError> {
        let secrets = Arc::new(SecretBox::open_or_create(&data_dir.join(SECRETS_KEY_FILE))?);
        Self::with_secrets(store, secrets, account_id, root, clock).await
    }

    /// As [`Identity::open`], with the secrets key given (tests).
    pub async fn with_secrets(
        store: Arc<dyn Store>,
        secrets: Arc<SecretBox>,
        account_id: &str,
        root: Option<RootKey>,
        clock: Arc<dyn Clock>,
    ) -> Result<Identity, IdentityError> {
        let directory = Directory::start(store.clone(), account_id, root, secrets, clock).await?;
        Ok(Identity {
            iam: IamService::new(store.clone(), directory.clone()),
            sts: StsService::new(directory.clone()),
            agents: agents::AgentEnrollment::new(store, directory.clone()),
            directory,
        })
    }
}
