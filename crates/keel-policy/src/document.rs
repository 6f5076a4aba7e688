//! Policy documents and their statements: parsing, validation, and whether
//! a statement applies to a request.

use std::collections::HashSet;

use crate::condition::{Condition, parse_conditions};
use crate::error::PolicyError;
use crate::json::Json;
use crate::pattern::{Template, Tok, glob_match, wildcard_tokens};
use crate::principal::Principals;
use crate::request::Context;

/// Which kind of policy a document is; it decides which elements are
/// required and which are forbidden.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PolicyKind {
    /// Attached to a user, group or role: no `Principal`; every statement
    /// needs `Resource` or `NotResource`; `Sid`s are alphanumeric.
    Identity,
    /// A role's trust (assume-role) policy: every statement needs
    /// `Principal` or `NotPrincipal` and may not have `Resource` or
    /// `NotResource`; `Sid`s are alphanumeric.
    Trust,
    /// A policy attached to a resource (a log group, a destination...):
    /// every statement needs a principal and a resource; `Sid`s may hold any
    /// text.
    Resource,
}

/// The policy language version (the `Version` element).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Version {
    /// `2008-10-17`, also what a document without `Version` uses: policy
    /// variables are plain text.
    V2008_10_17,
    /// `2012-10-17`: policy variables are substituted.
    V2012_10_17,
}

/// Whether a statement allows or denies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Effect {
    Allow,
    Deny,
}

/// A parsed and validated policy document. It keeps the text it was parsed
/// from, for `GetPolicyVersion` and friends to return unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolicyDocument {
    text: String,
    kind: PolicyKind,
    version: Option<Version>,
    id: Option<String>,
    statements: Vec<Statement>,
}

/// An element that lists what it covers or what it excludes.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Listed<T> {
    Only(Vec<T>),
    AllBut(Vec<T>),
}

/// An `Action` entry, compiled lower-case for case-insensitive matching.
#[derive(Clone, Debug, PartialEq, Eq)]
struct ActionPattern(Vec<Tok>);

/// One statement of a policy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    sid: Option<String>,
    effect: Effect,
    principal: Option<Listed<Principals>>,
    action: Listed<ActionPattern>,
    resource: Option<Listed<Template>>,
    conditions: Vec<Condition>,
}

impl Statement {
    /// The statement's `Sid`, if it has one.
    pub fn sid(&self) -> Option<&str> {
        self.sid.as_deref()
    }

    /// `Allow` or `Deny`.
    pub fn effect(&self) -> Effect {
        self.effect
    }

    /// Whether the statement has a `Principal` or `NotPrincipal` element.
    pub fn has_principal(&self) -> bool {
        self.principal.is_some()
    }
}

/// A request prepared once for matching against many statements.
pub(crate) struct Target<'r> {
    pub(crate) principal_arn: &'r str,
    pub(crate) account_id: &'r str,
    /// The action, lower-cased.
    pub(crate) action: Vec<char>,
    pub(crate) ctx: Context<'r>,
    /// Whether an account principal (`"AWS": "123456789012"`) covers the account's users and
    /// roles; when false it covers only the account's root user.
    pub(crate) account_wide: bool,
}

/// What is left to check of a statement once everything that does not depend on the resource
/// (principal, action, conditions) has held: its `Resource` or `NotResource` patterns, compiled
/// against the request's policy variables.
pub(crate) enum ResourceCheck {
    /// No resource element: every resource.
    Any,
    /// `Resource`: any of these.
    Only(Vec<Vec<Tok>>),
    /// `NotResource`: none of these.
    AllBut(Vec<Vec<Tok>>),
}

impl ResourceCheck {
    pub(crate) fn matches(&self, resource: &[char]) -> bool {
        match self {
            ResourceCheck::Any => true,
            ResourceCheck::Only(ps) => ps.iter().any(|p| glob_match(p, resource)),
            ResourceCheck::AllBut(ps) => !ps.iter().any(|p| glob_match(p, resource)),
        }
    }

    /// Whether the check needs the resource at all (a lone `*` matches every ARN).
    pub(crate) fn needs_resource(&self) -> bool {
        match self {
            ResourceCheck::Any => false,
            ResourceCheck::Only(ps) => !ps
                .iter()
                .any(|p| matches!(p[..], [Tok::Many { colon: true }])),
            ResourceCheck::AllBut(_) => true,
        }
    }
}

impl Statement {
    /// Whether the statement can cover the request whatever its resource: principal (if the
    /// statement names one), action and every condition; then what remains to check of the
    /// resource. With `require_principal`, a statement without a principal element covers
    /// nobody (trust and resource policies). Evaluating an operation on many resources
    /// prepares each statement once.
    pub(crate) fn prepare(&self, t: &Target<'_>, require_principal: bool) -> Option<ResourceCheck> {
        let principal_ok = match &self.principal {
            None => !require_principal,
            Some(Listed::Only(p)) => p
                .iter()
                .any(|p| p.contains(t.principal_arn, t.account_id, false, !t.account_wide)),
            Some(Listed::AllBut(p)) => !p
                .iter()
                .any(|p| p.contains(t.principal_arn, t.account_id, true, false)),
        };
        if !(principal_ok
            && self.action_matches(&t.action)
            && self.conditions.iter().all(|c| c.holds(&t.ctx)))
        {
            return None;
        }
        match &self.resource {
            None => Some(ResourceCheck::Any),
            // A pattern whose variable has no value matches nothing.
            Some(Listed::Only(ps)) => Some(ResourceCheck::Only(
                ps.iter()
                    .filter_map(|p| resource_pattern(p, &t.ctx))
                    .collect(),
            )),
            // A variable without a value leaves the exclusion unknown: the statement does not
            // apply.
            Some(Listed::AllBut(ps)) => ps
                .iter()
                .map(|p| resource_pattern(p, &t.ctx))
                .collect::<Option<Vec<_>>>()
                .map(ResourceCheck::AllBut),
        }
    }

    /// Whether the statement, once its action matches, reads the request's context: it has a
    /// condition, or a resource pattern with a policy variable.
    pub(crate) fn reads_context(&self) -> bool {
        !self.conditions.is_empty()
            || match &self.resource {
                None => false,
                Some(Listed::Only(ps) | Listed::AllBut(ps)) => {
                    ps.iter().any(Template::has_variables)
                }
            }
    }

    pub(crate) fn action_matches(&self, action: &[char]) -> bool {
        match &self.action {
            Listed::Only(ps) => ps.iter().any(|p| glob_match(&p.0, action)),
            Listed::AllBut(ps) => !ps.iter().any(|p| glob_match(&p.0, action)),
        }
    }
}

/// A `Resource` entry compiled against one request. A `*` may match `:`
/// only when it ends its colon-separated segment; otherwise wildcards stay
/// within one segment.
fn resource_pattern(template: &Template, ctx: &Context<'_>) -> Option<Vec<Tok>> {
    let mut toks = template.tokens(ctx)?;
    for i in 0..toks.len() {
        let ends_segment = matches!(toks.get(i + 1), None | Some(Tok::Char(':')));
        match &mut toks[i] {
            Tok::Many { colon } => *colon = ends_segment,
            Tok::One { colon } => *colon = false,
            Tok::Char(_) => {}
        }
    }
    Some(toks)
}

const TOP_ELEMENTS: &[&str] = &["Version", "Id", "Statement"];
const STATEMENT_ELEMENTS: &[&str] = &[
    "Sid",
    "Effect",
    "Principal",
    "NotPrincipal",
    "Action",
    "NotAction",
    "Resource",
    "NotResource",
    "Condition",
];

fn member<'j>(members: &'j [(String, Json)], name: &str) -> Option<&'j Json> {
    members.iter().find(|(k, _)| k == name).map(|(_, v)| v)
}

/// A string, or a non-empty array of strings. `Ok(None)` for an empty
/// array, which callers report as the element being missing.
fn string_list<'j>(
    n: usize,
    element: &str,
    value: &'j Json,
) -> Result<Option<Vec<&'j str>>, PolicyError> {
    let wrong = || {
        PolicyError::syntax(format!(
            "Statement {n}: {element} must be a string or an array of strings."
        ))
    };
    match value {
        Json::String(s) => Ok(Some(vec![s])),
        Json::Array(items) if items.is_empty() => Ok(None),
        Json::Array(items) => items
            .iter()
            .map(|i| match i {
                Json::String(s) => Ok(s.as_str()),
                _ => Err(wrong()),
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Some),
        _ => Err(wrong()),
    }
}

/// At most one of `Name` and `NotName`.
fn pick<'j>(
    n: usize,
    members: &'j [(String, Json)],
    name: &'static str,
    not_name: &'static str,
) -> Result<Option<(bool, &'static str, &'j Json)>, PolicyError> {
    match (member(members, name), member(members, not_name)) {
        (Some(_), Some(_)) => Err(PolicyError::syntax(format!(
            "Statement {n}: {name} and {not_name} cannot both be present."
        ))),
        (Some(v), None) => Ok(Some((false, name, v))),
        (None, Some(v)) => Ok(Some((true, not_name, v))),
        (None, None) => Ok(None),
    }
}

fn listed<T>(negated: bool, items: Vec<T>) -> Listed<T> {
    if negated {
        Listed::AllBut(items)
    } else {
        Listed::Only(items)
    }
}

fn parse_action(action: &str) -> Result<ActionPattern, PolicyError> {
    if action != "*" {
        let Some((vendor, _)) = action.split_once(':') else {
            return Err(PolicyError::new(
                "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.",
            ));
        };
        if action.matches(':').count() > 1 {
            return Err(PolicyError::new(
                "Actions/Condition can contain only one colon.",
            ));
        }
        let vendor_ok = vendor == "*"
            || !vendor.is_empty()
                && vendor
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
        if !vendor_ok {
            return Err(PolicyError::new(format!("Vendor {vendor} is not valid")));
        }
    }
    Ok(ActionPattern(wildcard_tokens(&action.to_lowercase())))
}

fn check_resource(resource: &str) -> Result<(), PolicyError> {
    if resource == "*" {
        return Ok(());
    }
    let not_arn = || {
        PolicyError::new(format!(
            "Resource {resource} must be in ARN format or \"*\"."
        ))
    };
    let mut parts = resource.splitn(4, ':');
    if parts.next() != Some("arn") {
        return Err(not_arn());
    }
    let partition = parts.next().ok_or_else(not_arn)?;
    if partition != "aws" {
        return Err(PolicyError::new(format!(
            "Partition \"{partition}\" is not valid for resource \"{resource}\"."
        )));
    }
    match (parts.next(), parts.next()) {
        (Some(service), Some(_)) if !service.is_empty() && !service.contains(['*', '?', '$']) => {
            Ok(())
        }
        _ => Err(PolicyError::new(
            "Resource vendor must be fully qualified and cannot contain regexes.",
        )),
    }
}

impl PolicyDocument {
    /// Parses an identity-based policy (the kind attached to users, groups
    /// and roles); see [`PolicyDocument::parse_as`].
    pub fn parse(text: &str) -> Result<PolicyDocument, PolicyError> {
        PolicyDocument::parse_as(text, PolicyKind::Identity)
    }

    /// Parses a role trust policy; see [`PolicyDocument::parse_as`].
    pub fn parse_trust(text: &str) -> Result<PolicyDocument, PolicyError> {
        PolicyDocument::parse_as(text, PolicyKind::Trust)
    }

    /// Parses and validates a policy document of the given kind, failing
    /// with the first problem found, worded as IAM words it. Size limits are
    /// the caller's business.
    pub fn parse_as(text: &str, kind: PolicyKind) -> Result<PolicyDocument, PolicyError> {
        let json = Json::parse(text).map_err(|e| {
            if e.classify() == serde_json::error::Category::Data {
                PolicyError::syntax(format!("{e}."))
            } else {
                PolicyError::syntax(format!("The document is not valid JSON: {e}."))
            }
        })?;
        let Json::Object(top) = &json else {
            return Err(PolicyError::syntax(format!(
                "The policy must be a JSON object, not {}.",
                json.kind()
            )));
        };
        if let Some((k, _)) = top
            .iter()
            .find(|(k, _)| !TOP_ELEMENTS.contains(&k.as_str()))
        {
            return Err(PolicyError::syntax(format!("Unknown element \"{k}\".")));
        }
        let version = match member(top, "Version") {
            None => None,
            Some(Json::String(v)) if v == "2012-10-17" => Some(Version::V2012_10_17),
            Some(Json::String(v)) if v == "2008-10-17" => Some(Version::V2008_10_17),
            Some(_) => {
                return Err(PolicyError::syntax(
                    "Version must be \"2012-10-17\" or \"2008-10-17\".",
                ));
            }
        };
        let id = match member(top, "Id") {
            None => None,
            Some(Json::String(id)) => Some(id.clone()),
            Some(other) => {
                return Err(PolicyError::syntax(format!(
                    "Id must be a string, not {}.",
                    other.kind()
                )));
            }
        };
        let raw_statements: Vec<&Json> = match member(top, "Statement") {
            None => return Err(PolicyError::syntax("Missing required element Statement.")),
            Some(s @ Json::Object(_)) => vec![s],
            Some(Json::Array(items)) if items.is_empty() => {
                return Err(PolicyError::syntax("Statement must not be empty."));
            }
            Some(Json::Array(items)) => items.iter().collect(),
            Some(other) => {
                return Err(PolicyError::syntax(format!(
                    "Statement must be an object or an array of objects, not {}.",
                    other.kind()
                )));
            }
        };
        let variables = version == Some(Version::V2012_10_17);
        let mut statements = Vec::with_capacity(raw_statements.len());
        let mut sids = HashSet::new();
        for (i, raw) in raw_statements.into_iter().enumerate() {
            let statement = parse_statement(i + 1, raw, kind, variables)?;
            if let Some(sid) = statement.sid.as_deref()
                && !sid.is_empty()
                && !sids.insert(sid.to_owned())
            {
                return Err(PolicyError::new(
                    "Statement IDs (SID) in a single policy must be unique.",
                ));
            }
            statements.push(statement);
        }
        Ok(PolicyDocument {
            text: text.to_owned(),
            kind,
            version,
            id,
            statements,
        })
    }

    /// The document exactly as it was given to the parser.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The kind the document was validated as.
    pub fn kind(&self) -> PolicyKind {
        self.kind
    }

    /// The `Version` element, `None` when the document has none (it then
    /// behaves as `2008-10-17`).
    pub fn version(&self) -> Option<Version> {
        self.version
    }

    /// The `Id` element.
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// The statements, in document order.
    pub fn statements(&self) -> &[Statement] {
        &self.statements
    }
}

fn parse_statement(
    n: usize,
    raw: &Json,
    kind: PolicyKind,
    variables: bool,
) -> Result<Statement, PolicyError> {
    let Json::Object(members) = raw else {
        return Err(PolicyError::syntax(format!(
            "Statement {n} must be an object, not {}.",
            raw.kind()
        )));
    };
    if let Some((k, _)) = members
        .iter()
        .find(|(k, _)| !STATEMENT_ELEMENTS.contains(&k.as_str()))
    {
        return Err(PolicyError::syntax(format!(
            "Statement {n}: unknown element \"{k}\"."
        )));
    }

    let sid = match member(members, "Sid") {
        None => None,
        Some(Json::String(s)) => Some(s.clone()),
        Some(other) => {
            return Err(PolicyError::syntax(format!(
                "Statement {n}: Sid must be a string, not {}.",
                other.kind()
            )));
        }
    };

    let effect = match member(members, "Effect") {
        None => {
            return Err(PolicyError::syntax(format!(
                "Statement {n}: missing required element Effect."
            )));
        }
        Some(Json::String(e)) if e == "Allow" => Effect::Allow,
        Some(Json::String(e)) if e == "Deny" => Effect::Deny,
        Some(Json::String(e))
            if e.eq_ignore_ascii_case("allow") || e.eq_ignore_ascii_case("deny") =>
        {
            return Err(PolicyError::legacy(format!(
                "Statement {n}: Effect must be \"Allow\" or \"Deny\", written exactly so."
            )));
        }
        Some(_) => {
            return Err(PolicyError::syntax(format!(
                "Statement {n}: Effect must be \"Allow\" or \"Deny\"."
            )));
        }
    };

    let action = pick(n, members, "Action", "NotAction")?;
    let resource = pick(n, members, "Resource", "NotResource")?;
    let principal = pick(n, members, "Principal", "NotPrincipal")?;

    // Types first, so that a malformed value reads as a syntax error.
    let actions = match action {
        Some((neg, name, v)) => string_list(n, name, v)?.map(|list| (neg, list)),
        None => None,
    };
    let resources = match resource {
        Some((neg, name, v)) => string_list(n, name, v)?.map(|list| (neg, list)),
        None => None,
    };
    let conditions = match member(members, "Condition") {
        Some(block) => parse_conditions(n, block, variables)?,
        None => Vec::new(),
    };

    if kind != PolicyKind::Resource
        && let Some(sid) = &sid
        && !sid.bytes().all(|b| b.is_ascii_alphanumeric())
    {
        return Err(PolicyError::new(
            "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*",
        ));
    }

    let principal = match (kind, principal) {
        (PolicyKind::Identity, Some(_)) => {
            return Err(PolicyError::new(
                "Policy document should not specify a principal.",
            ));
        }
        (PolicyKind::Identity, None) => None,
        (_, None) => return Err(PolicyError::new("Missing required field Principal.")),
        (_, Some((neg, name, v))) => Some(listed(neg, vec![Principals::parse(name, v)?])),
    };

    let Some((action_negated, action_list)) = actions else {
        return Err(PolicyError::new("Policy statement must contain actions."));
    };

    let resource = match (kind, resource, resources) {
        (PolicyKind::Trust, Some((_, name, _)), _) => {
            return Err(PolicyError::new(format!("Has prohibited field {name}.")));
        }
        (PolicyKind::Trust, None, _) => None,
        (_, _, None) => return Err(PolicyError::new("Policy statement must contain resources.")),
        (_, _, Some((neg, list))) => {
            for r in &list {
                check_resource(r)?;
            }
            Some(listed(
                neg,
                list.iter().map(|r| Template::parse(r, variables)).collect(),
            ))
        }
    };

    let action = listed(
        action_negated,
        action_list
            .iter()
            .map(|a| parse_action(a))
            .collect::<Result<_, _>>()?,
    );

    Ok(Statement {
        sid,
        effect,
        principal,
        action,
        resource,
        conditions,
    })
}
