//! What a request asks permission for, and who decides.
//!
//! Every service declares, per operation and from the validated input, the IAM action it
//! performs, the resources it acts on and the condition keys it sets ([`Access`]), in one
//! place per service (`JsonService::access`, `QueryService::access`). The edge adds the
//! global condition keys (`aws:SourceIp`, `aws:CurrentTime`, `aws:username`, ...) and asks the
//! [`Authorizer`] before the service runs, so a denied request changes nothing.
//!
//! An operation a service does not declare is refused to every caller that policies bind
//! (IAM users and role sessions), whatever their policies say: granting it on `*` would let an
//! `Allow ecs:*` through while ignoring a resource-level `Deny` nobody could write yet. The
//! root key may still call it.

use std::collections::HashMap;

use crate::RequestContext;
use crate::caller::{Caller, CallerKind};

/// What an operation asks permission for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Access {
    /// `service:Action`, e.g. `ecs:RunTask`.
    pub action: String,
    /// The resource ARNs the operation acts on; `*` for operations that act on none. Every
    /// one must be allowed.
    pub resources: Vec<String>,
    /// Service condition keys and their values (`ecs:cluster`).
    pub context: Vec<(String, Vec<String>)>,
    /// Whether the operation only reads (CloudTrail's `readOnly`); writes are audited.
    pub read_only: bool,
    /// Who decides.
    pub check: Check,
    /// Further permissions the call needs, each judged on its own: `ecs:TagResource` for
    /// tags given at creation, `iam:PassRole` for the roles a task will run with.
    pub also: Vec<Access>,
}

/// How an operation is authorized.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    /// The caller's identity-based policies, evaluated by the edge.
    Policies,
    /// Every authenticated caller may call it (`sts:GetCallerIdentity`).
    Anyone,
    /// The service decides itself, with more than the identity's policies (`sts:AssumeRole`
    /// also reads the role's trust policy); it answers `AccessDenied` on its own.
    Service,
}

/// Operation-name prefixes that only read, by AWS's naming.
const READ_PREFIXES: &[&str] = &["Describe", "List", "Get", "Test", "Lookup", "Filter"];

/// Whether an operation only reads, judging by its name.
pub fn is_read_only_name(operation: &str) -> bool {
    READ_PREFIXES.iter().any(|p| operation.starts_with(p))
}

impl Access {
    /// `action` on no particular resource (`*`); read-only when the action's name says so.
    pub fn new(action: impl Into<String>) -> Access {
        let action = action.into();
        let name = action.split_once(':').map_or(action.as_str(), |(_, n)| n);
        let read_only = is_read_only_name(name);
        Access {
            action,
            resources: Vec::new(),
            context: Vec::new(),
            read_only,
            check: Check::Policies,
            also: Vec::new(),
        }
    }

    /// Also needs `other` (judged with the same caller and global keys).
    pub fn and(mut self, other: Access) -> Access {
        self.also.push(other);
        self
    }

    /// Acts on `arn` (in addition to any resource already named).
    pub fn on(mut self, arn: impl Into<String>) -> Access {
        self.resources.push(arn.into());
        self
    }

    /// Acts on each of `arns`.
    pub fn on_each(mut self, arns: impl IntoIterator<Item = String>) -> Access {
        self.resources.extend(arns);
        self
    }

    /// Sets a service condition key.
    pub fn with(mut self, key: impl Into<String>, value: impl Into<String>) -> Access {
        self.context.push((key.into(), vec![value.into()]));
        self
    }

    /// Sets a multivalued condition key.
    pub fn with_values(mut self, key: impl Into<String>, values: Vec<String>) -> Access {
        self.context.push((key.into(), values));
        self
    }

    /// Overrides the read-only judgement made from the name.
    pub fn read_only(mut self, read_only: bool) -> Access {
        self.read_only = read_only;
        self
    }

    /// Any authenticated caller may call it.
    pub fn anyone(mut self) -> Access {
        self.check = Check::Anyone;
        self
    }

    /// The service authorizes the call itself.
    pub fn service_decides(mut self) -> Access {
        self.check = Check::Service;
        self
    }

    /// The resources to evaluate: those named, or `*`.
    pub fn resources_or_any(&self) -> Vec<&str> {
        if self.resources.is_empty() {
            vec!["*"]
        } else {
            self.resources.iter().map(String::as_str).collect()
        }
    }
}

/// Why a request was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Denial {
    /// No identity-based policy allows the action on the resource.
    NoAllow { resource: String },
    /// A `Deny` statement applies.
    ExplicitDeny { resource: String },
    /// The service declares no authorization for the operation.
    Undeclared,
}

/// Decides whether a policy-bound caller may perform an [`Access`].
pub trait Authorizer: Send + Sync + 'static {
    /// `context` gives the request's global condition keys merged with the access's own
    /// keys. It is called at most once, and only when a policy that could apply reads keys:
    /// most decisions need none, and computing them is a measurable share of a read.
    fn authorize(
        &self,
        caller: &Caller,
        access: &Access,
        context: &dyn Fn() -> HashMap<String, Vec<String>>,
    ) -> Result<(), Denial>;
}

/// The global condition keys of a request (`aws:CurrentTime`, `aws:EpochTime`,
/// `aws:RequestedRegion`, `aws:SecureTransport`, `aws:SourceIp`, `aws:UserAgent`,
/// `aws:userid`, `aws:username`, `aws:PrincipalType`, `aws:TokenIssueTime`; the policy
/// evaluator adds `aws:PrincipalArn` and `aws:PrincipalAccount`).
pub fn global_condition_keys(ctx: &RequestContext, secure: bool) -> HashMap<String, Vec<String>> {
    let mut keys: HashMap<String, Vec<String>> = HashMap::with_capacity(12);
    let now = ctx.received_at_ms;
    let mut put = |k: &str, v: String| {
        keys.insert(k.to_string(), vec![v]);
    };
    put("aws:CurrentTime", keel_types::time::format_iso8601_utc(now));
    put("aws:EpochTime", now.div_euclid(1000).to_string());
    put("aws:RequestedRegion", ctx.scope.region.clone());
    put("aws:SecureTransport", secure.to_string());
    if let Some(ip) = ctx.source_ip {
        put("aws:SourceIp", ip.to_string());
    }
    if let Some(agent) = &ctx.user_agent {
        put("aws:UserAgent", agent.clone());
    }
    let Some(caller) = &ctx.caller else {
        return keys;
    };
    put("aws:userid", caller.principal_id.clone());
    match caller.kind {
        CallerKind::IamUser => {
            put("aws:PrincipalType", "User".into());
            if let Some(name) = &caller.name {
                put("aws:username", name.clone());
            }
        }
        CallerKind::AssumedRole => {
            put("aws:PrincipalType", "AssumedRole".into());
            if let Some(session) = &caller.session {
                put(
                    "aws:TokenIssueTime",
                    keel_types::time::format_iso8601_utc(session.issued_at_ms),
                );
            }
        }
        CallerKind::Root => put("aws:PrincipalType", "Account".into()),
        CallerKind::Unverified => {}
    }
    keys
}

/// The condition keys `access` is decided with: the request's global keys and the access's own.
pub fn condition_keys(
    ctx: &RequestContext,
    secure: bool,
    access: &Access,
) -> HashMap<String, Vec<String>> {
    let mut keys = global_condition_keys(ctx, secure);
    for (key, values) in &access.context {
        keys.insert(key.clone(), values.clone());
    }
    keys
}

/// AWS's wording of an authorization failure:
/// `User: ARN is not authorized to perform: ACTION on resource: RESOURCE because no
/// identity-based policy allows the ACTION action`.
pub fn denial_message(caller: &Caller, action: &str, denial: &Denial) -> String {
    match denial {
        Denial::NoAllow { resource } => format!(
            "User: {} is not authorized to perform: {action} on resource: {resource} because no \
             identity-based policy allows the {action} action",
            caller.arn
        ),
        Denial::ExplicitDeny { resource } => format!(
            "User: {} is not authorized to perform: {action} on resource: {resource} with an \
             explicit deny in an identity-based policy",
            caller.arn
        ),
        Denial::Undeclared => format!(
            "User: {} is not authorized to perform: {action} because this server declares no \
             authorization rule for it; only the root key may call it",
            caller.arn
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_only_follows_the_name_unless_told() {
        assert!(Access::new("ecs:DescribeTasks").read_only);
        assert!(!Access::new("ecs:StopTask").read_only);
        assert!(!Access::new("ecs:DescribeTasks").read_only(false).read_only);
        assert_eq!(Access::new("ecs:ListClusters").resources_or_any(), ["*"]);
    }

    #[test]
    fn messages_use_aws_wording() {
        let caller = Caller {
            kind: crate::CallerKind::IamUser,
            arn: "arn:aws:iam::000000000000:user/alice".into(),
            account_id: "000000000000".into(),
            principal_id: "AIDAEXAMPLE".into(),
            name: Some("alice".into()),
            access_key_id: "AKIAEXAMPLE".into(),
            session: None,
        };
        let task = "arn:aws:ecs:us-east-1:000000000000:task/prod/abc".to_string();
        assert_eq!(
            denial_message(
                &caller,
                "ecs:StopTask",
                &Denial::NoAllow {
                    resource: task.clone()
                }
            ),
            "User: arn:aws:iam::000000000000:user/alice is not authorized to perform: \
             ecs:StopTask on resource: arn:aws:ecs:us-east-1:000000000000:task/prod/abc because \
             no identity-based policy allows the ecs:StopTask action"
        );
        assert!(
            denial_message(
                &caller,
                "ecs:StopTask",
                &Denial::ExplicitDeny { resource: task }
            )
            .ends_with("with an explicit deny in an identity-based policy")
        );
    }
}
