//! The `Principal` / `NotPrincipal` element of trust and resource-based
//! policies.

use crate::error::PolicyError;
use crate::json::Json;

/// One entry of the `AWS` principal list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum AwsPrincipal {
    /// `"*"`: everyone, including anonymous callers.
    Everyone,
    /// `"123456789012"` or `arn:aws:iam::123456789012:root`: any principal
    /// of that account.
    Account(String),
    /// A user, role, assumed-role session or federated user ARN.
    Arn(String),
}

/// Whom a `Principal` element names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Principals {
    /// `"Principal": "*"`.
    Everyone,
    Listed {
        aws: Vec<AwsPrincipal>,
        service: Vec<String>,
        federated: Vec<String>,
        canonical_user: Vec<String>,
    },
}

fn invalid(kind: &str, value: &str) -> PolicyError {
    PolicyError::new(format!(
        "Invalid principal in policy: \"{kind}\":\"{value}\""
    ))
}

fn is_account_id(s: &str) -> bool {
    s.len() == 12 && s.bytes().all(|b| b.is_ascii_digit())
}

/// The six colon-separated parts of an ARN, the last holding any further
/// colons.
fn arn_parts(arn: &str) -> Option<[&str; 6]> {
    let mut it = arn.splitn(6, ':');
    let parts = [
        it.next()?,
        it.next()?,
        it.next()?,
        it.next()?,
        it.next()?,
        it.next()?,
    ];
    (parts[0] == "arn").then_some(parts)
}

impl Principals {
    pub(crate) fn parse(element: &str, value: &Json) -> Result<Principals, PolicyError> {
        let members = match value {
            Json::String(s) if s == "*" => return Ok(Principals::Everyone),
            Json::Object(members) if !members.is_empty() => members,
            Json::String(s) => return Err(invalid(element, s)),
            other => {
                return Err(PolicyError::syntax(format!(
                    "{element} must be \"*\" or an object, not {}.",
                    other.kind()
                )));
            }
        };
        let mut aws = Vec::new();
        let mut service = Vec::new();
        let mut federated = Vec::new();
        let mut canonical_user = Vec::new();
        for (kind, ids) in members {
            let ids: Vec<&str> = match ids {
                Json::String(s) => vec![s],
                Json::Array(items) if !items.is_empty() => items
                    .iter()
                    .map(|i| match i {
                        Json::String(s) => Ok(s.as_str()),
                        other => Err(invalid(kind, other.kind())),
                    })
                    .collect::<Result<_, _>>()?,
                other => return Err(invalid(kind, other.kind())),
            };
            for id in ids {
                let wild = id.contains(['*', '?']);
                match kind.as_str() {
                    "AWS" if id == "*" => aws.push(AwsPrincipal::Everyone),
                    "AWS" if is_account_id(id) => aws.push(AwsPrincipal::Account(id.to_owned())),
                    "AWS" => match arn_parts(id) {
                        Some([_, partition, svc, "", account, resource])
                            if !wild
                                && !partition.is_empty()
                                && (svc == "iam" || svc == "sts")
                                && is_account_id(account)
                                && !resource.is_empty() =>
                        {
                            if resource == "root" {
                                aws.push(AwsPrincipal::Account(account.to_owned()));
                            } else {
                                aws.push(AwsPrincipal::Arn(id.to_owned()));
                            }
                        }
                        _ => return Err(invalid(kind, id)),
                    },
                    "Service" | "Federated" | "CanonicalUser" if id.is_empty() || wild => {
                        return Err(invalid(kind, id));
                    }
                    "Service" => service.push(id.to_owned()),
                    "Federated" => federated.push(id.to_owned()),
                    "CanonicalUser" => canonical_user.push(id.to_owned()),
                    _ => return Err(invalid(kind, id)),
                }
            }
        }
        Ok(Principals::Listed {
            aws,
            service,
            federated,
            canonical_user,
        })
    }

    /// Whether the caller is among the named principals. An account names
    /// every principal of the account, and a role names its sessions; with
    /// `literal` (for `NotPrincipal`) an account names only its root user
    /// and a role only itself, so that an exception covers exactly the
    /// principals listed. With `accounts_name_root` an account names only
    /// its root user while roles still name their sessions (what a trust
    /// policy names explicitly).
    pub(crate) fn contains(
        &self,
        principal_arn: &str,
        account_id: &str,
        literal: bool,
        accounts_name_root: bool,
    ) -> bool {
        let Principals::Listed {
            aws,
            service,
            federated,
            canonical_user,
        } = self
        else {
            return true;
        };
        let account = if account_id.is_empty() {
            arn_parts(principal_arn).map_or("", |p| p[4])
        } else {
            account_id
        };
        aws.iter().any(|p| match p {
            AwsPrincipal::Everyone => true,
            AwsPrincipal::Account(a) if literal || accounts_name_root => arn_parts(principal_arn)
                .is_some_and(|p| p[2] == "iam" && p[4] == a && p[5] == "root"),
            AwsPrincipal::Account(a) => !account.is_empty() && a == account,
            AwsPrincipal::Arn(arn) => {
                arn == principal_arn || !literal && role_has_session(arn, principal_arn)
            }
        }) || service
            .iter()
            .any(|s| s.eq_ignore_ascii_case(principal_arn))
            || federated.iter().any(|f| f == principal_arn)
            || canonical_user.iter().any(|c| c == principal_arn)
    }
}

/// A role ARN (`arn:aws:iam::A:role/path/Name`) names the sessions of that
/// role too (`arn:aws:sts::A:assumed-role/Name/session`).
fn role_has_session(role_arn: &str, caller: &str) -> bool {
    let (Some(role), Some(session)) = (arn_parts(role_arn), arn_parts(caller)) else {
        return false;
    };
    let (Some(role_path), Some(session_path)) = (
        role[5].strip_prefix("role/"),
        session[5].strip_prefix("assumed-role/"),
    ) else {
        return false;
    };
    let role_name = role_path.rsplit('/').next().unwrap_or(role_path);
    let Some((session_role, session_name)) = session_path.split_once('/') else {
        return false;
    };
    role[2] == "iam"
        && session[2] == "sts"
        && role[1] == session[1]
        && role[4] == session[4]
        && role_name == session_role
        && !session_name.is_empty()
}
