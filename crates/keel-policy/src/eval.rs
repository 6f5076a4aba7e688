//! Deciding a request against a set of policies.

use crate::document::{Effect, PolicyDocument, ResourceCheck, Target};
use crate::request::{Context, Request};

/// The outcome of evaluating a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Decision {
    /// A `Deny` statement applies; nothing can override it.
    ExplicitDeny,
    /// An `Allow` statement applies and no `Deny` does.
    Allow,
    /// No statement applies: denied by default.
    ImplicitDeny,
}

/// Which statement decided, for error messages and audit records.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DecidingStatement {
    /// Index of the policy in the slice given to [`evaluate`].
    pub policy_index: usize,
    /// Index of the statement within that policy.
    pub statement_index: usize,
    /// The statement's `Sid`, if any.
    pub sid: Option<String>,
}

/// A [`Decision`] and the statement behind it (none for an implicit deny).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Evaluation {
    pub decision: Decision,
    /// The first applying `Deny` statement for [`Decision::ExplicitDeny`],
    /// the first applying `Allow` statement for [`Decision::Allow`], in
    /// policy order then statement order.
    pub statement: Option<DecidingStatement>,
}

impl Evaluation {
    /// Whether the request may proceed.
    pub fn is_allowed(&self) -> bool {
        self.decision == Decision::Allow
    }
}

/// Evaluates a request against the identity-based policies that apply to
/// the caller (its own, its groups', its role's), as IAM does within one
/// account: any applicable `Deny` wins, otherwise any applicable `Allow`
/// allows, otherwise the request is implicitly denied.
///
/// A statement applies when its action, resource and every condition match
/// (and its principal, should a statement carry one).
pub fn evaluate(policies: &[&PolicyDocument], request: &Request) -> Evaluation {
    decide(policies, request, false, true)
}

/// Whether evaluating `action` against these policies can read the request's context: some
/// statement whose action matches has a condition or a policy variable in its resources.
/// When none does, the context cannot change the decision, and a caller may leave it empty
/// rather than compute it.
pub fn reads_context(policies: &[&PolicyDocument], action: &str) -> bool {
    let action = lower_chars(action);
    policies
        .iter()
        .flat_map(|p| p.statements())
        .any(|s| s.reads_context() && s.action_matches(&action))
}

/// Whether a role's trust policy lets `principal_arn` (of account
/// `account_id`) perform `action` (normally `sts:AssumeRole`) on the role.
///
/// Only statements with a `Principal` or `NotPrincipal` element count. The
/// request has no context, so conditions see no keys (a `Null: true`
/// condition holds, a `StringEquals` on `sts:ExternalId` does not); to
/// evaluate conditions, call [`trust_evaluation`] with a full [`Request`].
pub fn trust_allows(
    doc: &PolicyDocument,
    principal_arn: &str,
    account_id: &str,
    action: &str,
) -> bool {
    let request = Request::new(principal_arn, account_id, action, "*");
    trust_evaluation(doc, &request).is_allowed()
}

/// Evaluates a request against a trust or resource-based policy: as
/// [`evaluate`], except that a statement without a `Principal` or
/// `NotPrincipal` element applies to nobody.
pub fn trust_evaluation(doc: &PolicyDocument, request: &Request) -> Evaluation {
    decide(&[doc], request, true, true)
}

/// As [`trust_evaluation`], but an account principal (`"AWS": "123456789012"` or
/// `arn:aws:iam::123456789012:root`) names only the account's root user, not every
/// principal of the account. Within one account a role's trust policy that names the caller
/// itself is enough to assume the role, while one that trusts the whole account also needs the
/// caller's identity policies to allow `sts:AssumeRole`: this tells the two apart.
pub fn trust_names_caller(doc: &PolicyDocument, request: &Request) -> Evaluation {
    decide(&[doc], request, true, false)
}

/// Evaluates `request` once for each of `resources` (the request's own `resource` is not
/// used), as [`evaluate`] would, sharing the work that does not depend on the resource: the
/// case-folded view of the context, the action, each statement's principal and conditions, and
/// its resource patterns compiled against the policy variables. An operation acting on many
/// resources (`DescribeTasks` of a hundred tasks) costs one of each, then a pattern match per
/// resource.
pub fn evaluate_resources(
    policies: &[&PolicyDocument],
    request: &Request,
    resources: &[&str],
) -> Vec<Evaluation> {
    let target = target(request, true);
    let prepared = prepare(policies, &target, false);
    let mut chars = Vec::new();
    resources
        .iter()
        .map(|resource| {
            chars.clear();
            if prepared.needs_resource {
                chars.extend(resource.chars());
            }
            decide_prepared(policies, &prepared, &chars)
        })
        .collect()
}

/// An action as statements match it: lower-cased, by character.
fn lower_chars(action: &str) -> Vec<char> {
    action.to_lowercase().chars().collect()
}

fn target(request: &Request, account_wide: bool) -> Target<'_> {
    Target {
        account_wide,
        principal_arn: &request.principal_arn,
        account_id: &request.account_id,
        action: lower_chars(&request.action),
        ctx: Context::new(request),
    }
}

/// Every statement of every policy, prepared for one request (`None`: it cannot apply).
struct Prepared {
    checks: Vec<Vec<Option<ResourceCheck>>>,
    /// Whether any check looks at the resource.
    needs_resource: bool,
}

fn prepare(policies: &[&PolicyDocument], target: &Target<'_>, require_principal: bool) -> Prepared {
    let checks: Vec<Vec<Option<ResourceCheck>>> = policies
        .iter()
        .map(|policy| {
            policy
                .statements()
                .iter()
                .map(|statement| statement.prepare(target, require_principal))
                .collect()
        })
        .collect();
    let needs_resource = checks
        .iter()
        .flatten()
        .flatten()
        .any(ResourceCheck::needs_resource);
    Prepared {
        checks,
        needs_resource,
    }
}

fn decide(
    policies: &[&PolicyDocument],
    request: &Request,
    require_principal: bool,
    account_wide: bool,
) -> Evaluation {
    let target = target(request, account_wide);
    let prepared = prepare(policies, &target, require_principal);
    let resource: Vec<char> = request.resource.chars().collect();
    decide_prepared(policies, &prepared, &resource)
}

fn decide_prepared(
    policies: &[&PolicyDocument],
    prepared: &Prepared,
    resource: &[char],
) -> Evaluation {
    let mut allow = None;
    for (policy_index, (policy, checks)) in policies.iter().zip(&prepared.checks).enumerate() {
        for (statement_index, (statement, check)) in
            policy.statements().iter().zip(checks).enumerate()
        {
            let wanted = statement.effect() == Effect::Deny || allow.is_none();
            if !wanted || !check.as_ref().is_some_and(|c| c.matches(resource)) {
                continue;
            }
            let deciding = DecidingStatement {
                policy_index,
                statement_index,
                sid: statement.sid().map(str::to_owned),
            };
            if statement.effect() == Effect::Deny {
                return Evaluation {
                    decision: Decision::ExplicitDeny,
                    statement: Some(deciding),
                };
            }
            allow = Some(deciding);
        }
    }
    match allow {
        Some(statement) => Evaluation {
            decision: Decision::Allow,
            statement: Some(statement),
        },
        None => Evaluation {
            decision: Decision::ImplicitDeny,
            statement: None,
        },
    }
}
