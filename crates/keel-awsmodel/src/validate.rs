//! Checking JSON bodies against a [`ServiceModel`].
//!
//! - [`validate_input`] checks a request the way AWS's front end does: a value of the wrong
//!   JSON type is a [`ValidationError::Serialization`] (AWS answers `SerializationException`);
//!   every broken model constraint (required members, enums, lengths, sizes, ranges, patterns)
//!   is collected, worded as AWS words it, into [`ValidationError::Constraints`]. Unknown
//!   members are ignored, as AWS ignores them, and `null` counts as absent.
//! - [`check_output`] and [`check_shape`] check a response (or error) body strictly: unknown
//!   members, wrong types, missing required members and values outside an enum are all
//!   problems. Keel uses them in tests and debug builds to catch responses that drift from
//!   the model.
//!
//! Paths name members as AWS does: `family`, `containerDefinitions.1.member.name` (lists are
//! 1-based and add `.member`), `dockerLabels.<key>` for map values. Values of sensitive shapes
//! are never echoed.
//!
//! Nothing here panics, whatever the body: nesting deeper than [`MAX_DEPTH`] is rejected.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use regex::Regex;
use serde_json::{Map, Number, Value};

use crate::model::{Member, ServiceModel, Shape, ShapeKind};

/// How deep a body may nest before it is refused (AWS refuses deep nesting too).
pub const MAX_DEPTH: usize = 64;

/// Rendered values in messages are cut to this many characters.
const MAX_RENDERED: usize = 1024;

/// Why a request body does not satisfy its operation's input shape.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValidationError {
    /// The body is not the JSON the model describes (a string where an integer belongs, ...).
    /// AWS answers `SerializationException`.
    #[error("{message}")]
    Serialization { message: String },
    /// The body has the right types but breaks model constraints; one AWS-worded message
    /// each, in member order. Displays as AWS's `N validation errors detected: ...`.
    #[error("{}", constraints_message(.0))]
    Constraints(Vec<String>),
}

fn constraints_message(violations: &[String]) -> String {
    match violations.len() {
        1 => format!("1 validation error detected: {}", violations[0]),
        n => format!("{n} validation errors detected: {}", violations.join("; ")),
    }
}

/// Checks a request body against the input shape of `operation`.
///
/// An operation the model does not know is a `Serialization` error; callers normally check
/// [`ServiceModel::operation`] first and answer `UnknownOperationException`.
pub fn validate_input(
    model: &ServiceModel,
    operation: &str,
    body: &Value,
) -> Result<(), ValidationError> {
    let Some(op) = model.operation(operation) else {
        return Err(serialization(format!("Unknown operation '{operation}'")));
    };
    if !body.is_object() {
        return Err(serialization(format!(
            "Unexpected value type: expected the request body to be an object but got {}",
            describe(body)
        )));
    }
    let Some(input) = op.input else {
        return Ok(());
    };
    let mut validator = Input {
        model,
        violations: Vec::new(),
    };
    match model.shape(input) {
        Some(shape) => validator.value(shape, body, "", false, 0)?,
        None => return Err(serialization(format!("Unknown input shape '{input}'"))),
    }
    if validator.violations.is_empty() {
        Ok(())
    } else {
        Err(ValidationError::Constraints(validator.violations))
    }
}

/// Strictly checks a response body against the output shape of `operation`; every problem
/// is listed. An operation without an output shape must answer an empty object.
pub fn check_output(
    model: &ServiceModel,
    operation: &str,
    body: &Value,
) -> Result<(), Vec<String>> {
    let Some(op) = model.operation(operation) else {
        return Err(vec![format!("unknown operation '{operation}'")]);
    };
    match op.output {
        Some(output) => check_shape(model, output, body),
        None => match body {
            Value::Object(members) if members.is_empty() => Ok(()),
            other => Err(vec![format!(
                "{operation} has no output shape, so its response must be an empty object, \
                 not {}",
                describe(other)
            )]),
        },
    }
}

/// Strictly checks `value` against the shape called `shape` (e.g. an error body against its
/// exception shape; the `__type` member of an exception body is allowed).
pub fn check_shape(model: &ServiceModel, shape: &str, value: &Value) -> Result<(), Vec<String>> {
    let Some(found) = model.shape(shape) else {
        return Err(vec![format!("unknown shape '{shape}'")]);
    };
    let mut checker = Output {
        model,
        problems: Vec::new(),
    };
    checker.value(found, value, "", 0);
    if checker.problems.is_empty() {
        Ok(())
    } else {
        Err(checker.problems)
    }
}

/// The HTTP status of the error shape `name` (bare or `namespace#Name`), if it is one.
pub fn error_shape_status(model: &ServiceModel, name: &str) -> Option<u16> {
    model.exception(name).map(|info| info.http_status)
}

fn serialization(message: String) -> ValidationError {
    ValidationError::Serialization { message }
}

fn join(path: &str, segment: &str) -> String {
    if path.is_empty() {
        segment.to_owned()
    } else {
        format!("{path}.{segment}")
    }
}

/// The JSON type of a value, for messages.
fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// What a shape expects, for messages.
fn expected(kind: &ShapeKind) -> &'static str {
    match kind {
        ShapeKind::Structure { .. } | ShapeKind::Map { .. } => "an object",
        ShapeKind::List { .. } => "a list",
        ShapeKind::String { .. } => "a string",
        ShapeKind::Blob { .. } => "a base64-encoded string",
        ShapeKind::Integer { .. } | ShapeKind::Long { .. } => "an integer",
        ShapeKind::Boolean => "a boolean",
        ShapeKind::Double { .. } | ShapeKind::Float { .. } => "a number",
        ShapeKind::Timestamp => "a timestamp (seconds since the epoch)",
    }
}

/// A JSON value as AWS renders it in messages: strings bare, lists `[a, b]`, maps `{k=v}`.
fn render(value: &Value) -> String {
    let mut out = String::new();
    render_into(value, &mut out);
    if out.chars().count() > MAX_RENDERED {
        out = out.chars().take(MAX_RENDERED).collect();
        out.push_str("...");
    }
    out
}

fn render_into(value: &Value, out: &mut String) {
    if out.len() > MAX_RENDERED * 4 {
        return;
    }
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(s) => out.push_str(s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                render_into(item, out);
            }
            out.push(']');
        }
        Value::Object(members) => {
            out.push('{');
            for (i, (key, item)) in members.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(key);
                out.push('=');
                render_into(item, out);
            }
            out.push('}');
        }
    }
}

/// The compiled, anchored form of a model pattern; `None` when Rust's regex dialect cannot
/// express it (such patterns are not checked).
fn pattern(pattern: &'static str) -> Option<Regex> {
    static CACHE: OnceLock<Mutex<HashMap<&'static str, Option<Regex>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut cache = cache
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    cache
        .entry(pattern)
        .or_insert_with(|| Regex::new(&format!("^(?:{pattern})$")).ok())
        .clone()
}

/// The constraints a string value breaks, as AWS words them (`Member must ...`).
fn string_violations(kind: &ShapeKind, s: &str) -> Vec<String> {
    let mut broken = Vec::new();
    if let ShapeKind::String {
        enum_values,
        min,
        max,
        pattern: pat,
    } = kind
    {
        let len = s.chars().count() as i64;
        if let Some(min) = min.filter(|min| len < *min) {
            broken.push(format!(
                "Member must have length greater than or equal to {min}"
            ));
        }
        if let Some(max) = max.filter(|max| len > *max) {
            broken.push(format!(
                "Member must have length less than or equal to {max}"
            ));
        }
        if let Some(pat) = pat
            && let Some(re) = pattern(pat)
            && !re.is_match(s)
        {
            broken.push(format!(
                "Member must satisfy regular expression pattern: {pat}"
            ));
        }
        if !enum_values.is_empty() && !enum_values.contains(&s) {
            broken.push(format!(
                "Member must satisfy enum value set: [{}]",
                enum_values.join(", ")
            ));
        }
    }
    broken
}

/// A JSON number as an integer within `[lo, hi]`, or why it is not one.
fn integer(n: &Number, lo: i64, hi: i64) -> Result<i64, &'static str> {
    match n.as_i64() {
        Some(i) if (lo..=hi).contains(&i) => Ok(i),
        Some(_) => Err("a number out of range"),
        None if n.is_u64() => Err("a number out of range"),
        None => Err("a non-integral number"),
    }
}

/// The request walker: type mismatches stop it, constraint violations are collected.
struct Input<'m> {
    model: &'m ServiceModel,
    violations: Vec<String>,
}

impl Input<'_> {
    /// How a member is named in messages: as in the model for JSON services; query services
    /// (IAM, STS) name `UserName` as `userName`.
    fn path_name<'n>(&self, member: &'n str) -> std::borrow::Cow<'n, str> {
        if self.model.protocol == crate::model::Protocol::Query {
            let mut chars = member.chars();
            if let Some(first) = chars.next()
                && first.is_ascii_uppercase()
            {
                return std::borrow::Cow::Owned(
                    first.to_ascii_lowercase().to_string() + chars.as_str(),
                );
            }
        }
        std::borrow::Cow::Borrowed(member)
    }

    fn violation(&mut self, rendered: Option<String>, path: &str, constraint: &str) {
        self.violations.push(match rendered {
            Some(value) => {
                format!("Value '{value}' at '{path}' failed to satisfy constraint: {constraint}")
            }
            None => format!("Value at '{path}' failed to satisfy constraint: {constraint}"),
        });
    }

    fn not_null(&mut self, path: &str) {
        self.violations.push(format!(
            "Value null at '{path}' failed to satisfy constraint: Member must not be null"
        ));
    }

    fn mismatch(path: &str, kind: &ShapeKind, got: &str) -> ValidationError {
        let expected = expected(kind);
        serialization(if path.is_empty() {
            format!("Unexpected value type: expected {expected} but got {got}")
        } else {
            format!("Unexpected value type at '{path}': expected {expected} but got {got}")
        })
    }

    fn object(
        &mut self,
        declared: &[Member],
        required: &[&str],
        members: &Map<String, Value>,
        path: &str,
        sensitive: bool,
        depth: usize,
    ) -> Result<(), ValidationError> {
        for member in declared {
            let child = join(path, &self.path_name(member.name));
            match members.get(member.name) {
                None | Some(Value::Null) => {
                    if required.contains(&member.name) {
                        self.not_null(&child);
                    }
                }
                Some(value) => {
                    let Some(target) = self.model.shape(member.shape) else {
                        continue;
                    };
                    self.value(target, value, &child, sensitive, depth + 1)?;
                }
            }
        }
        Ok(())
    }

    fn size(
        &mut self,
        value: &Value,
        len: usize,
        min: Option<i64>,
        max: Option<i64>,
        path: &str,
        sensitive: bool,
    ) {
        let len = i64::try_from(len).unwrap_or(i64::MAX);
        let rendered = || (!sensitive).then(|| render(value));
        if let Some(min) = min.filter(|min| len < *min) {
            let constraint = format!("Member must have length greater than or equal to {min}");
            self.violation(rendered(), path, &constraint);
        }
        if let Some(max) = max.filter(|max| len > *max) {
            let constraint = format!("Member must have length less than or equal to {max}");
            self.violation(rendered(), path, &constraint);
        }
    }

    fn range<T: PartialOrd + std::fmt::Display>(
        &mut self,
        n: &Number,
        value: T,
        min: Option<T>,
        max: Option<T>,
        path: &str,
        sensitive: bool,
    ) {
        let rendered = || (!sensitive).then(|| n.to_string());
        if let Some(min) = min.filter(|min| value < *min) {
            let constraint = format!("Member must have value greater than or equal to {min}");
            self.violation(rendered(), path, &constraint);
        }
        if let Some(max) = max.filter(|max| value > *max) {
            let constraint = format!("Member must have value less than or equal to {max}");
            self.violation(rendered(), path, &constraint);
        }
    }

    fn value(
        &mut self,
        shape: &Shape,
        value: &Value,
        path: &str,
        sensitive: bool,
        depth: usize,
    ) -> Result<(), ValidationError> {
        let sensitive = sensitive || shape.sensitive;
        if depth > MAX_DEPTH {
            return Err(serialization(format!(
                "Unexpected value at '{path}': nesting exceeds {MAX_DEPTH} levels"
            )));
        }
        match (&shape.kind, value) {
            (ShapeKind::Structure { document: true, .. }, _) => {}
            (
                ShapeKind::Structure {
                    members: declared,
                    required,
                    ..
                },
                Value::Object(members),
            ) => {
                self.object(declared, required, members, path, sensitive, depth)?;
            }
            (ShapeKind::List { member, min, max }, Value::Array(items)) => {
                self.size(value, items.len(), *min, *max, path, sensitive);
                let target = self.model.shape(member);
                for (i, item) in items.iter().enumerate() {
                    let child = join(path, &format!("{}.member", i + 1));
                    match (item, target) {
                        (Value::Null, _) => self.not_null(&child),
                        (item, Some(target)) => {
                            self.value(target, item, &child, sensitive, depth + 1)?
                        }
                        (_, None) => {}
                    }
                }
            }
            (
                ShapeKind::Map {
                    key,
                    value: value_shape,
                    min,
                    max,
                },
                Value::Object(entries),
            ) => {
                self.size(value, entries.len(), *min, *max, path, sensitive);
                let key_shape = self.model.shape(key);
                let value_shape = self.model.shape(value_shape);
                for (k, v) in entries {
                    if let Some(key_shape) = key_shape {
                        let broken = string_violations(&key_shape.kind, k);
                        if !broken.is_empty() {
                            let constraint = format!(
                                "Map keys must satisfy constraint: [{}]",
                                broken.join(", ")
                            );
                            let sensitive = sensitive || key_shape.sensitive;
                            self.violation((!sensitive).then(|| k.clone()), path, &constraint);
                        }
                    }
                    let child = join(path, k);
                    match (v, value_shape) {
                        (Value::Null, _) => self.not_null(&child),
                        (v, Some(target)) => self.value(target, v, &child, sensitive, depth + 1)?,
                        (_, None) => {}
                    }
                }
            }
            (kind @ ShapeKind::String { .. }, Value::String(s)) => {
                for constraint in string_violations(kind, s) {
                    self.violation((!sensitive).then(|| s.clone()), path, &constraint);
                }
            }
            (kind @ ShapeKind::Integer { min, max }, Value::Number(n)) => {
                let i = integer(n, i32::MIN.into(), i32::MAX.into())
                    .map_err(|got| Self::mismatch(path, kind, got))?;
                self.range(n, i, *min, *max, path, sensitive);
            }
            (kind @ ShapeKind::Long { min, max }, Value::Number(n)) => {
                let i = integer(n, i64::MIN, i64::MAX)
                    .map_err(|got| Self::mismatch(path, kind, got))?;
                self.range(n, i, *min, *max, path, sensitive);
            }
            (ShapeKind::Double { min, max } | ShapeKind::Float { min, max }, Value::Number(n)) => {
                if let Some(f) = n.as_f64() {
                    let (min, max) = (min.map(Bound), max.map(Bound));
                    self.range(n, Bound(f), min, max, path, sensitive);
                }
            }
            (ShapeKind::Boolean, Value::Bool(_))
            | (ShapeKind::Timestamp, Value::Number(_))
            | (ShapeKind::Blob { .. }, Value::String(_)) => {}
            (kind, other) => return Err(Self::mismatch(path, kind, describe(other))),
        }
        Ok(())
    }
}

/// A float bound that displays as AWS shows it (`100`, `0.5`).
#[derive(Clone, Copy, PartialEq, PartialOrd)]
struct Bound(f64);

impl std::fmt::Display for Bound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // `100`, not `100.0`.
        write!(f, "{}", self.0)
    }
}

/// The strict walker for responses: every problem is collected.
struct Output<'m> {
    model: &'m ServiceModel,
    problems: Vec<String>,
}

fn at(path: &str) -> String {
    if path.is_empty() {
        "at the top level".to_owned()
    } else {
        format!("at '{path}'")
    }
}

impl Output<'_> {
    fn problem(&mut self, message: String) {
        self.problems.push(message);
    }

    fn child(&mut self, shape_name: &str, value: &Value, path: &str, depth: usize) {
        match self.model.shape(shape_name) {
            Some(shape) => self.value(shape, value, path, depth),
            None => self.problem(format!(
                "the model has no shape '{shape_name}' ({})",
                at(path)
            )),
        }
    }

    fn value(&mut self, shape: &Shape, value: &Value, path: &str, depth: usize) {
        if depth > MAX_DEPTH {
            self.problem(format!("nesting exceeds {MAX_DEPTH} levels {}", at(path)));
            return;
        }
        match (&shape.kind, value) {
            (ShapeKind::Structure { document: true, .. }, _) => {}
            (
                ShapeKind::Structure {
                    members: declared,
                    required,
                    exception,
                    union,
                    ..
                },
                Value::Object(members),
            ) => {
                for (name, member_value) in members {
                    let child = join(path, name);
                    match declared.iter().find(|m| m.name == name.as_str()) {
                        Some(member) if !member_value.is_null() => {
                            self.child(member.shape, member_value, &child, depth + 1);
                        }
                        Some(_) => {}
                        None if depth == 0 && exception.is_some() && name == "__type" => {}
                        None => self.problem(format!(
                            "unknown member '{name}' of {} {}",
                            shape.name,
                            at(path)
                        )),
                    }
                }
                for name in *required {
                    if members.get(*name).is_none_or(Value::is_null) {
                        self.problem(format!(
                            "missing required member '{name}' of {} {}",
                            shape.name,
                            at(path)
                        ));
                    }
                }
                if *union {
                    let set = members.values().filter(|v| !v.is_null()).count();
                    if set > 1 {
                        self.problem(format!(
                            "union {} has {set} members set {}, at most one is allowed",
                            shape.name,
                            at(path)
                        ));
                    }
                }
            }
            (ShapeKind::List { member, .. }, Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    let child = join(path, &format!("{}.member", i + 1));
                    if item.is_null() {
                        self.problem(format!("null list element {}", at(&child)));
                    } else {
                        self.child(member, item, &child, depth + 1);
                    }
                }
            }
            (
                ShapeKind::Map {
                    key,
                    value: value_shape,
                    ..
                },
                Value::Object(entries),
            ) => {
                let key_values = self.model.shape(key).map_or(&[][..], Shape::enum_values);
                for (k, v) in entries {
                    let child = join(path, k);
                    if !key_values.is_empty() && !key_values.contains(&k.as_str()) {
                        self.problem(format!(
                            "map key '{k}' is not one of [{}] {}",
                            key_values.join(", "),
                            at(path)
                        ));
                    }
                    if v.is_null() {
                        self.problem(format!("null map value {}", at(&child)));
                    } else {
                        self.child(value_shape, v, &child, depth + 1);
                    }
                }
            }
            (ShapeKind::String { enum_values, .. }, Value::String(s)) => {
                if !enum_values.is_empty() && !enum_values.contains(&s.as_str()) {
                    self.problem(format!(
                        "'{s}' is not a {} value ([{}]) {}",
                        shape.name,
                        enum_values.join(", "),
                        at(path)
                    ));
                }
            }
            (kind @ ShapeKind::Integer { .. }, Value::Number(n)) => {
                if let Err(got) = integer(n, i32::MIN.into(), i32::MAX.into()) {
                    self.mismatch(kind, got, path);
                }
            }
            (kind @ ShapeKind::Long { .. }, Value::Number(n)) => {
                if let Err(got) = integer(n, i64::MIN, i64::MAX) {
                    self.mismatch(kind, got, path);
                }
            }
            (ShapeKind::Double { .. } | ShapeKind::Float { .. }, Value::Number(_))
            | (ShapeKind::Boolean, Value::Bool(_))
            | (ShapeKind::Timestamp, Value::Number(_))
            | (ShapeKind::Blob { .. }, Value::String(_)) => {}
            (kind, other) => self.mismatch(kind, describe(other), path),
        }
    }

    fn mismatch(&mut self, kind: &ShapeKind, got: &str, path: &str) {
        self.problem(format!(
            "expected {} but got {got} {}",
            expected(kind),
            at(path)
        ));
    }
}
