//! Where identities live in the control-plane store, and the records kept there.
//!
//! IAM is global (not regional) in AWS, so keys carry no region. Names of users, roles and
//! managed policies are unique without regard to case, as in IAM, so keys use the lower-cased
//! name and records keep the name as given.
//!
//! | key | record |
//! |---|---|
//! | `/iam/users/NAME` | [`UserRecord`]: path, ids, tags, inline policies, attached policy ARNs, access key ids |
//! | `/iam/access-keys/AKID` | [`AccessKeyRecord`]: owner, status, the secret sealed under `DATA_DIR/secrets.key` |
//! | `/iam/roles/NAME` | [`RoleRecord`]: trust policy, inline and attached policies |
//! | `/iam/policies/NAME` | [`ManagedPolicyRecord`]: customer managed policy, its versions and attachment count |
//! | `/iam/agent-tokens/SHA256` | [`AgentTokenRecord`]: an unused agent registration token (only its hash is kept) |
//!
//! Temporary credentials (role sessions) are not stored: the session token carries them,
//! sealed (see `sts`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub const PREFIX: &str = "/iam/";
pub const USERS: &str = "/iam/users/";
pub const ACCESS_KEYS: &str = "/iam/access-keys/";
pub const ROLES: &str = "/iam/roles/";
pub const POLICIES: &str = "/iam/policies/";
pub const AGENT_TOKENS: &str = "/iam/agent-tokens/";

pub fn user_key(name: &str) -> String {
    format!("{USERS}{}", name.to_lowercase())
}
pub fn access_key_key(id: &str) -> String {
    format!("{ACCESS_KEYS}{id}")
}
pub fn role_key(name: &str) -> String {
    format!("{ROLES}{}", name.to_lowercase())
}
pub fn policy_key(name: &str) -> String {
    format!("{POLICIES}{}", name.to_lowercase())
}
pub fn agent_token_key(hash: &str) -> String {
    format!("{AGENT_TOKENS}{hash}")
}

/// `arn:aws:iam::ACCOUNT:KIND/PATH/NAME` (paths start and end with `/`).
pub fn iam_arn(account_id: &str, kind: &str, path: &str, name: &str) -> String {
    format!("arn:aws:iam::{account_id}:{kind}{path}{name}")
}

/// An IAM tag.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagRecord {
    pub key: String,
    pub value: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserRecord {
    pub name: String,
    /// `AIDA...`.
    pub id: String,
    pub path: String,
    pub created_ms: i64,
    #[serde(default)]
    pub tags: Vec<TagRecord>,
    /// Inline policies by name: the document text as given.
    #[serde(default)]
    pub inline_policies: BTreeMap<String, String>,
    /// Attached managed policies, by ARN, in the order attached.
    #[serde(default)]
    pub attached: Vec<String>,
    /// The user's access key ids, oldest first.
    #[serde(default)]
    pub access_keys: Vec<String>,
}

impl UserRecord {
    pub fn arn(&self, account_id: &str) -> String {
        iam_arn(account_id, "user", &self.path, &self.name)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessKeyRecord {
    pub id: String,
    pub user_name: String,
    pub active: bool,
    pub created_ms: i64,
    /// The secret access key, sealed with the access key id as context.
    pub secret_sealed: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleRecord {
    pub name: String,
    /// `AROA...`.
    pub id: String,
    pub path: String,
    pub created_ms: i64,
    /// The trust (assume-role) policy, as given.
    pub trust_policy: String,
    #[serde(default)]
    pub description: Option<String>,
    /// Longest session `AssumeRole` may grant, in seconds (3600 to 43200; default 3600).
    pub max_session_secs: i32,
    #[serde(default)]
    pub tags: Vec<TagRecord>,
    #[serde(default)]
    pub inline_policies: BTreeMap<String, String>,
    #[serde(default)]
    pub attached: Vec<String>,
}

impl RoleRecord {
    pub fn arn(&self, account_id: &str) -> String {
        iam_arn(account_id, "role", &self.path, &self.name)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyVersionRecord {
    /// `1` for `v1`.
    pub number: u32,
    pub document: String,
    pub created_ms: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManagedPolicyRecord {
    pub name: String,
    /// `ANPA...`.
    pub id: String,
    pub path: String,
    #[serde(default)]
    pub description: Option<String>,
    pub created_ms: i64,
    pub updated_ms: i64,
    pub default_version: u32,
    /// The next version number to hand out (numbers are never reused).
    pub next_version: u32,
    pub versions: Vec<PolicyVersionRecord>,
    /// Users and roles it is attached to; kept in the same transactions as the attachments,
    /// so `DeletePolicy` can refuse an attached policy without scanning every identity.
    pub attachments: u32,
    #[serde(default)]
    pub tags: Vec<TagRecord>,
}

impl ManagedPolicyRecord {
    pub fn arn(&self, account_id: &str) -> String {
        iam_arn(account_id, "policy", &self.path, &self.name)
    }

    pub fn default_document(&self) -> Option<&str> {
        self.versions
            .iter()
            .find(|v| v.number == self.default_version)
            .map(|v| v.document.as_str())
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgentTokenRecord {
    pub cluster_arn: String,
    pub region: String,
    pub expires_ms: i64,
    pub created_ms: i64,
    /// Who issued it.
    pub created_by: String,
}
