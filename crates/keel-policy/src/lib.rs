//! IAM policy documents: parsed and validated once, then used to decide
//! authorization requests the way AWS IAM decides them for identity-based
//! policies within one account, and for role trust policies. Nothing here
//! does IO or reads a clock: the request carries everything, the time
//! included (`aws:CurrentTime`, `aws:EpochTime`).
//!
//! ```
//! use keel_policy::{evaluate, Decision, PolicyDocument, Request};
//!
//! let admin = PolicyDocument::parse(r#"{
//!     "Version": "2012-10-17",
//!     "Statement": [
//!         {"Effect": "Allow", "Action": "ecs:*", "Resource": "*"},
//!         {"Sid": "KeepProd", "Effect": "Deny", "Action": "ecs:StopTask",
//!          "Resource": "arn:aws:ecs:us-east-1:123456789012:cluster/prod"}
//!     ]
//! }"#).unwrap();
//!
//! let stop = |cluster: &str| Request::new(
//!     "arn:aws:iam::123456789012:user/alice", "123456789012", "ecs:StopTask",
//!     format!("arn:aws:ecs:us-east-1:123456789012:cluster/{cluster}"),
//! );
//! let denied = evaluate(&[&admin], &stop("prod"));
//! assert_eq!(denied.decision, Decision::ExplicitDeny);
//! assert_eq!(denied.statement.unwrap().sid.as_deref(), Some("KeepProd"));
//! assert!(evaluate(&[&admin], &stop("dev")).is_allowed());
//!
//! let err = PolicyDocument::parse(r#"{"Version": "2012-10-17",
//!     "Statement": {"Effect": "Allow", "Resource": "*"}}"#).unwrap_err();
//! assert_eq!(err.message(), "Policy statement must contain actions.");
//! ```
//!
//! # The policy language
//!
//! **Documents.** A JSON object with `Statement` (one statement object, or a
//! non-empty array of them), optional `Version` (`2012-10-17` or
//! `2008-10-17`) and optional `Id`; no other members, and no member twice.
//! A statement has `Effect` (`Allow`/`Deny`, exactly so), `Action` or
//! `NotAction`, `Resource` or `NotResource`, optional `Sid` and `Condition`,
//! and, in trust and resource policies, `Principal` or `NotPrincipal`. Where
//! a list is expected a single string may stand for a one-element list.
//! [`PolicyKind`] decides which elements a document must and must not
//! have; rejections carry IAM's `MalformedPolicyDocument` wording
//! ([`PolicyError`]).
//!
//! **Evaluation.** [`evaluate`] looks at every statement of every policy. A
//! statement applies when the action matches, the resource matches and all
//! its conditions hold. An applicable `Deny` decides
//! [`Decision::ExplicitDeny`] whatever else applies; otherwise an
//! applicable `Allow` decides [`Decision::Allow`]; otherwise the answer is
//! [`Decision::ImplicitDeny`]. The [`Evaluation`] names the deciding
//! statement (policy index, statement index, `Sid`). `NotAction`,
//! `NotResource` and `NotPrincipal` apply to everything their list does not
//! match.
//!
//! **Actions** match case-insensitively, `*` standing for any run of
//! characters and `?` for one. **Resources** match case-sensitively, and
//! wildcards stay inside one colon-separated ARN segment, except that a `*`
//! which ends a segment (it is followed by `:` or ends the pattern) may run
//! on across colons: `arn:aws:logs:*:*:log-group:app*` covers the log
//! streams under `arn:aws:logs:us-east-1:1:log-group:app:log-stream:x`. A
//! request for an action that works on no particular resource uses the
//! resource `*`, which only the pattern `*` covers.
//!
//! **Conditions.** Operators in one `Condition` block, and keys under one
//! operator, must all hold; the values listed for one key are
//! alternatives. Supported: `StringEquals`, `StringNotEquals`,
//! `StringEqualsIgnoreCase`, `StringNotEqualsIgnoreCase`, `StringLike`,
//! `StringNotLike`; `NumericEquals`, `NumericNotEquals`,
//! `NumericLessThan[Equals]`, `NumericGreaterThan[Equals]` (exact decimal
//! comparison); `DateEquals`, `DateNotEquals`, `DateLessThan[Equals]`,
//! `DateGreaterThan[Equals]` (ISO 8601 or epoch seconds, on either side);
//! `Bool`; `BinaryEquals`; `IpAddress`, `NotIpAddress` (IPv4 and IPv6 CIDR,
//! a bare address being a single host); `ArnEquals`, `ArnLike`,
//! `ArnNotEquals`, `ArnNotLike` (each of the six ARN segments matched on its
//! own); `Null`. Any operator but `Null` takes the `IfExists` suffix (a
//! missing key then satisfies it) and the `ForAllValues:` / `ForAnyValue:`
//! qualifiers for multivalued keys. An unknown operator, or a value that is
//! not a number, date, address or boolean where one is needed, is a parse
//! error. A key absent from the request (or present with no values) fails
//! positive operators and satisfies negated ones (`StringNotEquals`,
//! `NotIpAddress`, `ArnNotLike`...); `ForAllValues` is then true and
//! `ForAnyValue` false. With a multivalued key and no qualifier a positive
//! operator needs one request value to match, and a negated operator holds
//! when no request value matches. With a qualifier, a negated operator tests
//! each request value against the whole list (`ForAllValues:StringNotEquals`:
//! no request value is in the list).
//!
//! **Policy variables** (`Version` `2012-10-17` only) are substituted in
//! `Resource`/`NotResource` entries and in the values of string, ARN and
//! `Bool` conditions: `${aws:username}`, `${aws:PrincipalTag/team}`, any
//! single-valued context key (names case-insensitive), with a default as in
//! `${aws:username, 'anonymous'}` (a `'` inside the default is written
//! `''`), and `${*}`, `${?}`, `${$}` for literal `*`, `?` and `$`.
//! Substituted text never acts as a wildcard. A variable whose key is
//! absent or multivalued, and that has no default, matches nothing: a
//! `Resource` entry holding it covers no resource, and a condition or
//! `NotResource` holding it makes the statement not apply. A `${` that does
//! not form a variable is plain text.
//!
//! **Principals** (trust and resource policies): `"*"`, or an object with
//! `AWS` (`"*"`, a 12-digit account id or `arn:aws:iam::ID:root` — any
//! principal of that account — or a user, role, assumed-role or federated
//! user ARN), `Service`, `Federated` and `CanonicalUser` lists. A role ARN
//! also names that role's sessions (`arn:aws:sts::ID:assumed-role/NAME/..`).
//! Wildcards other than a lone `*` are refused, as IAM refuses them.
//! [`trust_allows`] answers "may this principal assume the role";
//! [`trust_evaluation`] does the same for a full [`Request`], so that
//! conditions such as `sts:ExternalId` can be checked.
//!
//! # Choices where the AWS documentation is silent or unclear
//!
//! * The guide says both that `Bool` accepts policy variables and that it
//!   does not; this crate accepts them.
//! * A missing `Version` is accepted and means `2008-10-17`, as the
//!   `Version` reference describes; only unknown versions are refused. `Id`
//!   is accepted in every kind of policy.
//! * A date value made only of digits is epoch seconds, so a bare year
//!   (`2024`) is read as seconds; ISO dates need at least year and month.
//! * Numeric, date, IP and `Null` values are checked when the policy is
//!   parsed (IAM checks at least dates); request values that do not parse
//!   simply do not match, which satisfies negated operators.
//! * `ArnLike` with a pattern of fewer than six segments lets the last
//!   pattern segment match the rest of the value, so `*` covers any value.
//! * Policy variables may appear anywhere in a resource ARN, not only in its
//!   resource part; defaults may be separated by `,` with or without blanks.
//! * Operator names and element names are case-sensitive, as IAM's are;
//!   condition keys and variable names are not.
//! * In `NotPrincipal` every entry names exactly one principal: an account
//!   (`arn:aws:iam::ID:root` or `ID`) exempts only the account's root user
//!   and a role ARN only the role, not its sessions. The guide describes
//!   the account and role as separate levels that must each be listed
//!   for a session to be exempt; literal matching gives that outcome
//!   whenever the session's own ARN is listed. In `Principal`, an account
//!   covers all its principals and a role covers its sessions.
//! * A context key given under two spellings (`aws:username` and
//!   `AWS:UserName`) is read from the first spelling in byte order that
//!   has values.
//! * A statement that carries a `Principal` inside [`evaluate`] (a trust
//!   policy passed by mistake) must also match the caller; [`trust_allows`]
//!   ignores statements without a principal element.
//!
//! # Design
//!
//! [`PolicyDocument::parse_as`] reads the text into a small JSON tree of its
//! own (ordered members, duplicate keys refused, nesting bounded by
//! `serde_json`), then validates it in one pass per statement into a
//! compiled form: actions become lower-cased wildcard token lists, resources
//! and string/ARN/`Bool` condition values become templates (text, literal
//! characters and variables), and numeric, date and IP values are parsed
//! into exact decimals, nanosecond instants and CIDR blocks. Evaluation
//! builds one lower-cased view of the request context, resolves templates
//! against it, and matches wildcard patterns by dynamic programming over
//! pattern and text positions, which is O(pattern × text) whatever the
//! wildcards and needs no backtracking; a flag on each wildcard bars it from
//! crossing `:` where ARN rules say so. An explicit deny ends the scan at
//! once; the first applicable allow is remembered. Parsing and evaluation
//! never panic, whatever the input.

mod condition;
mod document;
mod error;
mod eval;
mod json;
mod pattern;
mod principal;
mod request;
mod values;

pub use document::{Effect, PolicyDocument, PolicyKind, Statement, Version};
pub use error::PolicyError;
pub use eval::{
    DecidingStatement, Decision, Evaluation, evaluate, evaluate_resources, reads_context,
    trust_allows, trust_evaluation, trust_names_caller,
};
pub use request::Request;

impl std::str::FromStr for PolicyDocument {
    type Err = PolicyError;

    /// Parses an identity-based policy, as [`PolicyDocument::parse`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PolicyDocument::parse(s)
    }
}
