//! The `Condition` element: operators, their values, and how one
//! (operator, key, values) triple is decided against a request.

use crate::error::PolicyError;
use crate::json::Json;
use crate::pattern::{Template, Tok, glob_match};
use crate::request::Context;
use crate::values::{Cidr, Decimal, Instant, parse_instant};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cmp {
    Eq,
    Lt,
    Le,
    Gt,
    Ge,
}

impl Cmp {
    fn holds(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            Cmp::Eq => ord == Equal,
            Cmp::Lt => ord == Less,
            Cmp::Le => ord != Greater,
            Cmp::Gt => ord == Greater,
            Cmp::Ge => ord != Less,
        }
    }
}

/// The comparison an operator makes, before negation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Base {
    StringEquals,
    StringEqualsIgnoreCase,
    StringLike,
    Numeric(Cmp),
    Date(Cmp),
    Bool,
    Binary,
    Ip,
    Arn,
    Null,
}

/// `ForAllValues:` or `ForAnyValue:`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SetOp {
    All,
    Any,
}

const OPERATORS: &[(&str, Base, bool)] = &[
    ("StringEquals", Base::StringEquals, false),
    ("StringNotEquals", Base::StringEquals, true),
    (
        "StringEqualsIgnoreCase",
        Base::StringEqualsIgnoreCase,
        false,
    ),
    (
        "StringNotEqualsIgnoreCase",
        Base::StringEqualsIgnoreCase,
        true,
    ),
    ("StringLike", Base::StringLike, false),
    ("StringNotLike", Base::StringLike, true),
    ("NumericEquals", Base::Numeric(Cmp::Eq), false),
    ("NumericNotEquals", Base::Numeric(Cmp::Eq), true),
    ("NumericLessThan", Base::Numeric(Cmp::Lt), false),
    ("NumericLessThanEquals", Base::Numeric(Cmp::Le), false),
    ("NumericGreaterThan", Base::Numeric(Cmp::Gt), false),
    ("NumericGreaterThanEquals", Base::Numeric(Cmp::Ge), false),
    ("DateEquals", Base::Date(Cmp::Eq), false),
    ("DateNotEquals", Base::Date(Cmp::Eq), true),
    ("DateLessThan", Base::Date(Cmp::Lt), false),
    ("DateLessThanEquals", Base::Date(Cmp::Le), false),
    ("DateGreaterThan", Base::Date(Cmp::Gt), false),
    ("DateGreaterThanEquals", Base::Date(Cmp::Ge), false),
    ("Bool", Base::Bool, false),
    ("BinaryEquals", Base::Binary, false),
    ("IpAddress", Base::Ip, false),
    ("NotIpAddress", Base::Ip, true),
    ("ArnEquals", Base::Arn, false),
    ("ArnLike", Base::Arn, false),
    ("ArnNotEquals", Base::Arn, true),
    ("ArnNotLike", Base::Arn, true),
    ("Null", Base::Null, false),
];

/// A parsed condition operator such as `ForAnyValue:StringNotLikeIfExists`.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Operator {
    base: Base,
    negated: bool,
    if_exists: bool,
    set: Option<SetOp>,
}

impl Operator {
    /// Operator names are case-sensitive, as in IAM.
    fn parse(name: &str) -> Option<Operator> {
        let (set, rest) = if let Some(r) = name.strip_prefix("ForAllValues:") {
            (Some(SetOp::All), r)
        } else if let Some(r) = name.strip_prefix("ForAnyValue:") {
            (Some(SetOp::Any), r)
        } else {
            (None, name)
        };
        let (if_exists, rest) = match rest.strip_suffix("IfExists") {
            Some(r) => (true, r),
            None => (false, rest),
        };
        let &(_, base, negated) = OPERATORS.iter().find(|(n, _, _)| *n == rest)?;
        // `Null` is itself the existence test: no IfExists, no set qualifier.
        if base == Base::Null && (if_exists || set.is_some()) {
            return None;
        }
        Some(Operator {
            base,
            negated,
            if_exists,
            set,
        })
    }
}

/// The policy-side values of one condition, parsed for their operator.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Values {
    /// String, ARN and Bool operators: may hold policy variables.
    Templates(Vec<Template>),
    Numbers(Vec<Decimal>),
    Dates(Vec<Instant>),
    Cidrs(Vec<Cidr>),
    /// `Null`: `true` asks for the key to be absent.
    Nulls(Vec<bool>),
    /// `BinaryEquals`: base64 text compared as written.
    Raw(Vec<String>),
}

/// One operator applied to one key: `"IpAddress": {"aws:SourceIp": [...]}`
/// holds one `Condition` per key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Condition {
    op: Operator,
    /// Lower-cased: context keys are case-insensitive.
    key: String,
    values: Values,
}

fn parse_bool(s: &str) -> Option<bool> {
    if s.eq_ignore_ascii_case("true") {
        Some(true)
    } else if s.eq_ignore_ascii_case("false") {
        Some(false)
    } else {
        None
    }
}

/// Parses the `Condition` element of statement number `n` (1-based).
pub(crate) fn parse_conditions(
    n: usize,
    block: &Json,
    variables: bool,
) -> Result<Vec<Condition>, PolicyError> {
    let Json::Object(operators) = block else {
        return Err(PolicyError::syntax(format!(
            "Statement {n}: Condition must be an object, not {}.",
            block.kind()
        )));
    };
    let mut out = Vec::new();
    for (name, keys) in operators {
        let op = Operator::parse(name).ok_or_else(|| {
            PolicyError::syntax(format!(
                "Statement {n}: invalid condition operator \"{name}\"."
            ))
        })?;
        let Json::Object(keys) = keys else {
            return Err(PolicyError::syntax(format!(
                "Statement {n}: condition operator {name} must map condition keys to values, not be {}.",
                keys.kind()
            )));
        };
        for (key, raw) in keys {
            if key
                .split_once(':')
                .is_none_or(|(vendor, _)| vendor.is_empty())
            {
                return Err(PolicyError::new(
                    "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.",
                ));
            }
            let texts = condition_texts(n, name, key, raw)?;
            let values = parse_values(n, name, key, &op, &texts, variables)?;
            out.push(Condition {
                op: op.clone(),
                key: key.to_lowercase(),
                values,
            });
        }
    }
    Ok(out)
}

/// A condition value is a string, number or boolean, or a non-empty array
/// of them.
fn condition_texts<'j>(
    n: usize,
    op: &str,
    key: &str,
    raw: &'j Json,
) -> Result<Vec<&'j str>, PolicyError> {
    let bad = |what: &str| {
        PolicyError::syntax(format!(
            "Statement {n}: the values of {key} under {op} must be strings, numbers or booleans, not {what}."
        ))
    };
    match raw {
        Json::Array(items) if items.is_empty() => Err(PolicyError::syntax(format!(
            "Statement {n}: {key} under {op} has no values."
        ))),
        Json::Array(items) => items
            .iter()
            .map(|i| i.scalar_text().ok_or_else(|| bad(i.kind())))
            .collect(),
        other => Ok(vec![other.scalar_text().ok_or_else(|| bad(other.kind()))?]),
    }
}

fn parse_values(
    n: usize,
    name: &str,
    key: &str,
    op: &Operator,
    texts: &[&str],
    variables: bool,
) -> Result<Values, PolicyError> {
    let invalid = |v: &str, what: &str| {
        PolicyError::syntax(format!(
            "Statement {n}: {name} value \"{v}\" for {key} is not {what}."
        ))
    };
    Ok(match op.base {
        Base::StringEquals | Base::StringEqualsIgnoreCase | Base::StringLike | Base::Arn => {
            Values::Templates(texts.iter().map(|t| Template::parse(t, variables)).collect())
        }
        Base::Bool => {
            let templates: Vec<Template> =
                texts.iter().map(|t| Template::parse(t, variables)).collect();
            for t in &templates {
                if let Some(text) = t.plain_text()
                    && parse_bool(text).is_none()
                {
                    return Err(invalid(text, "true or false"));
                }
            }
            Values::Templates(templates)
        }
        Base::Numeric(_) => Values::Numbers(
            texts
                .iter()
                .map(|t| Decimal::parse(t).ok_or_else(|| invalid(t, "a number")))
                .collect::<Result<_, _>>()?,
        ),
        Base::Date(_) => Values::Dates(
            texts
                .iter()
                .map(|t| {
                    parse_instant(t).ok_or_else(|| {
                        PolicyError::legacy(format!(
                            "Statement {n}: {name} value \"{t}\" for {key} is not an ISO 8601 date or epoch time."
                        ))
                    })
                })
                .collect::<Result<_, _>>()?,
        ),
        Base::Ip => Values::Cidrs(
            texts
                .iter()
                .map(|t| Cidr::parse(t).ok_or_else(|| invalid(t, "an IP address or CIDR block")))
                .collect::<Result<_, _>>()?,
        ),
        Base::Null => Values::Nulls(
            texts
                .iter()
                .map(|t| parse_bool(t).ok_or_else(|| invalid(t, "true or false")))
                .collect::<Result<_, _>>()?,
        ),
        Base::Binary => Values::Raw(texts.iter().map(|t| (*t).to_owned()).collect()),
    })
}

/// Policy values resolved against one request, ready to compare.
enum Prepared<'a> {
    Strings(Vec<std::borrow::Cow<'a, str>>),
    Lowered(Vec<String>),
    Patterns(Vec<Vec<Tok>>),
    Arns(Vec<Vec<Vec<Tok>>>),
    Bools(Vec<bool>),
    Numbers(&'a [Decimal], Cmp),
    Dates(&'a [Instant], Cmp),
    Cidrs(&'a [Cidr]),
    Raw(&'a [String]),
}

impl Condition {
    /// Decides the condition. A missing key is false for positive operators
    /// and true for negated ones; `...IfExists` makes it true; `ForAllValues`
    /// is true and `ForAnyValue` false on a missing key. A policy variable
    /// without a value (and without a default) makes the condition false.
    pub(crate) fn holds(&self, ctx: &Context<'_>) -> bool {
        let request_values = ctx.get(&self.key);
        if let Values::Nulls(wanted) = &self.values {
            return wanted
                .iter()
                .any(|&absent| absent == request_values.is_none());
        }
        let Some(request_values) = request_values else {
            return self.op.if_exists
                || match self.op.set {
                    Some(SetOp::All) => true,
                    Some(SetOp::Any) => false,
                    None => self.op.negated,
                };
        };
        let Some(prepared) = self.prepare(ctx) else {
            return false;
        };
        let positive = |v: &str| prepared.matches(v);
        let single = |v: &String| positive(v) != self.op.negated;
        match self.op.set {
            Some(SetOp::All) => request_values.iter().all(single),
            Some(SetOp::Any) => request_values.iter().any(single),
            // Without a qualifier a negated operator is the complement of the
            // positive one: no request value may match any policy value.
            None => request_values.iter().any(|v| positive(v)) != self.op.negated,
        }
    }

    fn prepare<'a>(&'a self, ctx: &Context<'_>) -> Option<Prepared<'a>> {
        Some(match &self.values {
            Values::Templates(ts) => match self.op.base {
                Base::StringEquals => {
                    Prepared::Strings(ts.iter().map(|t| t.string(ctx)).collect::<Option<_>>()?)
                }
                Base::StringEqualsIgnoreCase => Prepared::Lowered(
                    ts.iter()
                        .map(|t| t.string(ctx).map(|s| s.to_lowercase()))
                        .collect::<Option<_>>()?,
                ),
                Base::StringLike => {
                    Prepared::Patterns(ts.iter().map(|t| t.tokens(ctx)).collect::<Option<_>>()?)
                }
                Base::Arn => Prepared::Arns(
                    ts.iter()
                        .map(|t| t.tokens(ctx).map(|toks| arn_segments(&toks)))
                        .collect::<Option<_>>()?,
                ),
                _ => Prepared::Bools(
                    ts.iter()
                        .map(|t| t.string(ctx).and_then(|s| parse_bool(&s)))
                        .collect::<Option<_>>()?,
                ),
            },
            Values::Numbers(v) => match self.op.base {
                Base::Numeric(cmp) => Prepared::Numbers(v, cmp),
                _ => return None,
            },
            Values::Dates(v) => match self.op.base {
                Base::Date(cmp) => Prepared::Dates(v, cmp),
                _ => return None,
            },
            Values::Cidrs(v) => Prepared::Cidrs(v),
            Values::Raw(v) => Prepared::Raw(v),
            Values::Nulls(_) => return None,
        })
    }
}

impl Prepared<'_> {
    /// Whether one request value matches any policy value.
    fn matches(&self, value: &str) -> bool {
        match self {
            Prepared::Strings(ps) => ps.iter().any(|p| p == value),
            Prepared::Lowered(ps) => {
                let v = value.to_lowercase();
                ps.contains(&v)
            }
            Prepared::Patterns(ps) => {
                let chars: Vec<char> = value.chars().collect();
                ps.iter().any(|p| glob_match(p, &chars))
            }
            Prepared::Arns(ps) => ps.iter().any(|segments| arn_like(segments, value)),
            Prepared::Bools(ps) => parse_bool(value).is_some_and(|b| ps.contains(&b)),
            Prepared::Numbers(ps, cmp) => {
                Decimal::parse(value).is_some_and(|v| ps.iter().any(|p| cmp.holds(v.cmp(p))))
            }
            Prepared::Dates(ps, cmp) => {
                parse_instant(value).is_some_and(|v| ps.iter().any(|p| cmp.holds(v.cmp(p))))
            }
            Prepared::Cidrs(ps) => ps.iter().any(|c| c.contains(value)),
            Prepared::Raw(ps) => ps.iter().any(|p| p == value),
        }
    }
}

/// Splits a compiled ARN pattern into at most six colon-separated segments.
fn arn_segments(toks: &[Tok]) -> Vec<Vec<Tok>> {
    let mut segments = vec![Vec::new()];
    for &t in toks {
        if t == Tok::Char(':') && segments.len() < 6 {
            segments.push(Vec::new());
        } else if let Some(last) = segments.last_mut() {
            last.push(t);
        }
    }
    segments
}

/// `ArnLike`: each colon-separated segment matched on its own, so a
/// wildcard never spans two segments. A pattern with fewer than six
/// segments lets its last segment match the rest of the value.
fn arn_like(segments: &[Vec<Tok>], value: &str) -> bool {
    let parts: Vec<&str> = value.splitn(segments.len(), ':').collect();
    parts.len() == segments.len()
        && segments.iter().zip(&parts).all(|(seg, part)| {
            let chars: Vec<char> = part.chars().collect();
            glob_match(seg, &chars)
        })
}
