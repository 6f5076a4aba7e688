//! Who made a request, as far as the edge could verify it.

/// What kind of identity signed the request, as CloudTrail's `userIdentity.type` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CallerKind {
    /// The account's root key: may do anything, is not subject to policies.
    Root,
    /// An IAM user's long-term access key.
    IamUser,
    /// Temporary credentials from `sts:AssumeRole`.
    AssumedRole,
    /// The server accepts any well-formed signature unchecked
    /// (`--insecure-accept-any-credentials`): nobody is known.
    Unverified,
}

impl CallerKind {
    /// CloudTrail's `userIdentity.type`.
    pub fn cloudtrail_type(self) -> &'static str {
        match self {
            CallerKind::Root => "Root",
            CallerKind::IamUser => "IAMUser",
            CallerKind::AssumedRole => "AssumedRole",
            CallerKind::Unverified => "Unknown",
        }
    }
}

/// The role session behind temporary credentials.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleSession {
    /// `arn:aws:iam::ACCOUNT:role/PATH/NAME`.
    pub role_arn: String,
    /// The role's unique id (`AROA...`).
    pub role_id: String,
    pub role_name: String,
    pub session_name: String,
    pub issued_at_ms: i64,
    pub expires_at_ms: i64,
    /// An inline session policy passed to `AssumeRole`: the session may do only what both it
    /// and the role's policies allow.
    pub session_policy: Option<String>,
}

/// A verified caller.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Caller {
    pub kind: CallerKind,
    /// `arn:aws:iam::ACCOUNT:root`, `arn:aws:iam::ACCOUNT:user/alice`,
    /// `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`; empty when unverified.
    pub arn: String,
    pub account_id: String,
    /// `aws:userid`: the account id for root, the user id (`AIDA...`) for users,
    /// `ROLEID:SESSION` for role sessions.
    pub principal_id: String,
    /// The user name (users) or role name (sessions).
    pub name: Option<String>,
    /// The access key that signed the request.
    pub access_key_id: String,
    pub session: Option<RoleSession>,
}

impl Caller {
    /// The root identity of `account_id`, signing with `access_key_id`.
    pub fn root(account_id: &str, access_key_id: &str) -> Caller {
        Caller {
            kind: CallerKind::Root,
            arn: format!("arn:aws:iam::{account_id}:root"),
            account_id: account_id.to_string(),
            principal_id: account_id.to_string(),
            name: None,
            access_key_id: access_key_id.to_string(),
            session: None,
        }
    }

    /// Whoever signed, when signatures are not checked.
    pub fn unverified(account_id: &str, access_key_id: &str) -> Caller {
        Caller {
            kind: CallerKind::Unverified,
            arn: String::new(),
            account_id: account_id.to_string(),
            principal_id: String::new(),
            name: None,
            access_key_id: access_key_id.to_string(),
            session: None,
        }
    }

    /// Whether policies decide what this caller may do (root and unverified callers are
    /// allowed everything).
    pub fn is_policy_bound(&self) -> bool {
        matches!(self.kind, CallerKind::IamUser | CallerKind::AssumedRole)
    }

    /// The name CloudTrail's `Username` lookup attribute matches: the user name, the role
    /// session's name, or `root`.
    pub fn lookup_username(&self) -> Option<&str> {
        match self.kind {
            CallerKind::Root => Some("root"),
            CallerKind::IamUser => self.name.as_deref(),
            CallerKind::AssumedRole => self.session.as_ref().map(|s| s.session_name.as_str()),
            CallerKind::Unverified => None,
        }
    }
}
