//! Compiled expressions and their evaluation over one row.
//!
//! Field names are resolved when the query is planned: a name some command assigns (`fields
//! ... as x`, `parse ... as x`, a `stats` output) gets a slot in the row; every name also knows
//! whether it is a built-in field (`@timestamp`, `@message`, ...). Reading a field takes the
//! slot if set, else the built-in, else the field discovered in the message's JSON.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::sync::Arc;

use regex::Regex;

use crate::Event;
use crate::value::{self, Owned, Value};

/// Largest compiled regular expression accepted, in bytes of the regex engine's program.
const REGEX_SIZE_LIMIT: usize = 1 << 20;
/// CloudWatch extracts at most this many fields from a JSON message.
pub(crate) const MAX_JSON_FIELDS: usize = 200;

pub(crate) fn compile_regex(re: &str) -> Result<Regex, String> {
    regex::RegexBuilder::new(re)
        .size_limit(REGEX_SIZE_LIMIT)
        .dfa_size_limit(REGEX_SIZE_LIMIT)
        .build()
        .map_err(|err| {
            let detail = match &err {
                regex::Error::Syntax(text) => text
                    .lines()
                    .rev()
                    .find(|l| l.starts_with("error:"))
                    .map(|l| l.trim_start_matches("error:").trim().to_string())
                    .unwrap_or_else(|| text.clone()),
                regex::Error::CompiledTooBig(_) => "the expression is too large".to_string(),
                other => other.to_string(),
            };
            format!("invalid regular expression: {detail}")
        })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Builtin {
    Timestamp,
    Message,
    LogStream,
    Log,
    IngestionTime,
}

impl Builtin {
    pub fn of(name: &str) -> Option<Builtin> {
        Some(match name {
            "@timestamp" => Builtin::Timestamp,
            "@message" => Builtin::Message,
            "@logStream" => Builtin::LogStream,
            "@log" => Builtin::Log,
            "@ingestionTime" => Builtin::IngestionTime,
            _ => return None,
        })
    }
}

/// A resolved field name.
#[derive(Clone, Debug)]
pub(crate) struct FieldRef {
    pub name: Arc<str>,
    pub slot: Option<usize>,
    pub builtin: Option<Builtin>,
}

#[derive(Debug)]
pub(crate) enum Matcher {
    Substring(String),
    Regex(Regex),
}

impl Matcher {
    pub fn matches(&self, text: &str) -> bool {
        match self {
            Matcher::Substring(s) => text.contains(s.as_str()),
            Matcher::Regex(re) => re.is_match(text),
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub(crate) enum BinOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Pow,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Func {
    IsPresent,
    Coalesce,
    IsEmpty,
    IsBlank,
    Concat,
    Ltrim,
    Rtrim,
    Trim,
    Strlen,
    ToUpper,
    ToLower,
    Substr,
    Replace,
    StrContains,
    Abs,
    Ceil,
    Floor,
    Greatest,
    Least,
    Log,
    Sqrt,
    DateFloor,
    DateCeil,
    FromMillis,
    ToMillis,
}

impl Func {
    pub fn of(name: &str) -> Option<Func> {
        Some(match name {
            "ispresent" => Func::IsPresent,
            "coalesce" => Func::Coalesce,
            "isempty" => Func::IsEmpty,
            "isblank" => Func::IsBlank,
            "concat" => Func::Concat,
            "ltrim" => Func::Ltrim,
            "rtrim" => Func::Rtrim,
            "trim" => Func::Trim,
            "strlen" => Func::Strlen,
            "toupper" => Func::ToUpper,
            "tolower" => Func::ToLower,
            "substr" => Func::Substr,
            "replace" => Func::Replace,
            "strcontains" => Func::StrContains,
            "abs" => Func::Abs,
            "ceil" => Func::Ceil,
            "floor" => Func::Floor,
            "greatest" => Func::Greatest,
            "least" => Func::Least,
            "log" => Func::Log,
            "sqrt" => Func::Sqrt,
            "datefloor" => Func::DateFloor,
            "dateceil" => Func::DateCeil,
            "frommillis" => Func::FromMillis,
            "tomillis" => Func::ToMillis,
            _ => return None,
        })
    }
}

#[derive(Debug)]
pub(crate) enum CExpr {
    Field(FieldRef),
    Const(Owned),
    Not(Box<CExpr>),
    Neg(Box<CExpr>),
    And(Box<CExpr>, Box<CExpr>),
    Or(Box<CExpr>, Box<CExpr>),
    Bin(BinOp, Box<CExpr>, Box<CExpr>),
    Like {
        expr: Box<CExpr>,
        matcher: Matcher,
        negated: bool,
    },
    In {
        expr: Box<CExpr>,
        list: Vec<CExpr>,
        negated: bool,
    },
    Call(Func, Vec<CExpr>),
    /// `bin(period)`: `@timestamp` floored to the period.
    TimeBin(i64),
}

/// One row while a query runs: an event (absent after `stats`), its JSON fields once looked
/// at, and the slots commands have assigned.
pub(crate) struct Row<'e> {
    pub event: Option<Event<'e>>,
    json: OnceCell<Vec<(String, String)>>,
    pub slots: Vec<Option<Owned>>,
}

impl<'e> Row<'e> {
    pub fn new(event: Option<Event<'e>>, slots: Vec<Option<Owned>>) -> Self {
        Self {
            event,
            json: OnceCell::new(),
            slots,
        }
    }

    pub fn get(&self, field: &FieldRef) -> Option<Value<'_>> {
        if let Some(slot) = field.slot
            && let Some(Some(v)) = self.slots.get(slot)
        {
            return Some(v.borrowed());
        }
        let event = self.event.as_ref()?;
        if let Some(b) = field.builtin {
            return Some(match b {
                Builtin::Timestamp => Value::Time(event.timestamp),
                Builtin::IngestionTime => Value::Time(event.ingestion_time),
                Builtin::Message => Value::str(event.message),
                Builtin::LogStream => Value::str(event.log_stream),
                Builtin::Log => Value::str(event.log),
            });
        }
        let json = self.json.get_or_init(|| discover_json(event.message));
        json.iter()
            .find(|(k, _)| **k == *field.name)
            .map(|(_, v)| Value::str(v))
    }
}

/// The fields CloudWatch discovers in a JSON message: nested objects as `a.b.c`, array
/// elements as `a.0`, at most [`MAX_JSON_FIELDS`]. Null values are not fields; a name that
/// starts with `@` gets another `@` in front so it cannot shadow a built-in field.
pub(crate) fn discover_json(message: &str) -> Vec<(String, String)> {
    let trimmed = message.trim_start();
    if !trimmed.starts_with('{') {
        return Vec::new();
    }
    let Ok(serde_json::Value::Object(map)) = serde_json::from_str::<serde_json::Value>(trimmed)
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut stack: Vec<(String, &serde_json::Value)> = Vec::new();
    for (k, v) in map.iter().rev() {
        stack.push((k.clone(), v));
    }
    while let Some((name, value)) = stack.pop() {
        if out.len() >= MAX_JSON_FIELDS {
            break;
        }
        match value {
            serde_json::Value::Null => {}
            serde_json::Value::Bool(b) => out.push((name, b.to_string())),
            serde_json::Value::Number(n) => out.push((name, n.to_string())),
            serde_json::Value::String(s) => out.push((name, s.clone())),
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate().rev() {
                    stack.push((format!("{name}.{i}"), item));
                }
            }
            serde_json::Value::Object(fields) => {
                for (k, v) in fields.iter().rev() {
                    stack.push((format!("{name}.{k}"), v));
                }
            }
        }
    }
    for (name, _) in &mut out {
        if name.starts_with('@') {
            name.insert(0, '@');
        }
    }
    out
}

fn num(v: f64) -> Option<Value<'static>> {
    v.is_finite().then_some(Value::Num(v))
}

impl CExpr {
    pub fn eval<'r>(&'r self, row: &'r Row<'_>) -> Option<Value<'r>> {
        match self {
            CExpr::Field(f) => row.get(f),
            CExpr::Const(v) => Some(v.borrowed()),
            CExpr::Not(e) => Some(Value::Bool(!e.truthy(row))),
            CExpr::Neg(e) => match e.eval(row)? {
                Value::Time(t) => Some(Value::Num(-(t as f64))),
                v => num(-v.as_num()?),
            },
            CExpr::And(a, b) => Some(Value::Bool(a.truthy(row) && b.truthy(row))),
            CExpr::Or(a, b) => Some(Value::Bool(a.truthy(row) || b.truthy(row))),
            CExpr::Bin(op, a, b) => {
                let x = a.eval(row);
                let y = b.eval(row);
                binary(*op, x.as_ref(), y.as_ref())
            }
            CExpr::Like {
                expr,
                matcher,
                negated,
            } => {
                let v = expr.eval(row)?;
                Some(Value::Bool(matcher.matches(&v.text()) != *negated))
            }
            CExpr::In {
                expr,
                list,
                negated,
            } => {
                let v = expr.eval(row)?;
                let found = list
                    .iter()
                    .any(|item| item.eval(row).is_some_and(|i| value::equals(&v, &i)));
                Some(Value::Bool(found != *negated))
            }
            CExpr::Call(func, args) => call(*func, args, row),
            CExpr::TimeBin(period) => {
                let t = row.event.as_ref()?.timestamp;
                Some(Value::Time(t.div_euclid(*period) * *period))
            }
        }
    }

    pub fn truthy(&self, row: &Row<'_>) -> bool {
        self.eval(row).is_some_and(|v| v.truthy())
    }
}

fn binary<'r>(op: BinOp, x: Option<&Value<'r>>, y: Option<&Value<'r>>) -> Option<Value<'r>> {
    let (x, y) = (x?, y?);
    use std::cmp::Ordering::*;
    let cmp = |want: &[std::cmp::Ordering]| Some(Value::Bool(want.contains(&value::order(x, y))));
    match op {
        BinOp::Eq => Some(Value::Bool(value::equals(x, y))),
        BinOp::Ne => Some(Value::Bool(!value::equals(x, y))),
        BinOp::Lt => cmp(&[Less]),
        BinOp::Le => cmp(&[Less, Equal]),
        BinOp::Gt => cmp(&[Greater]),
        BinOp::Ge => cmp(&[Greater, Equal]),
        BinOp::Add | BinOp::Sub => {
            let (a, b) = (x.as_num()?, y.as_num()?);
            let r = if matches!(op, BinOp::Add) {
                a + b
            } else {
                a - b
            };
            // A time plus or minus a period is a time; the difference of two times is not.
            match (x, y) {
                (Value::Time(_), Value::Time(_)) => num(r),
                (Value::Time(_), _) | (_, Value::Time(_)) if r.is_finite() => {
                    Some(Value::Time(r as i64))
                }
                _ => num(r),
            }
        }
        BinOp::Mul => num(x.as_num()? * y.as_num()?),
        BinOp::Div => {
            let d = y.as_num()?;
            if d == 0.0 { None } else { num(x.as_num()? / d) }
        }
        BinOp::Rem => {
            let d = y.as_num()?;
            if d == 0.0 { None } else { num(x.as_num()? % d) }
        }
        BinOp::Pow => num(x.as_num()?.powf(y.as_num()?)),
    }
}

fn trim_set<'a>(s: &'a str, set: Option<&str>, left: bool, right: bool) -> &'a str {
    let pred = |c: char| match set {
        Some(set) => set.contains(c),
        None => c.is_whitespace(),
    };
    let mut out = s;
    if left {
        out = out.trim_start_matches(pred);
    }
    if right {
        out = out.trim_end_matches(pred);
    }
    out
}

fn call<'r>(func: Func, args: &'r [CExpr], row: &'r Row<'_>) -> Option<Value<'r>> {
    let arg = |i: usize| args.get(i).and_then(|a| a.eval(row));
    let text = |i: usize| arg(i).map(|v| v.text().into_owned());
    let number = |i: usize| arg(i).and_then(|v| v.as_num());
    let owned = |s: String| Some(Value::Str(Cow::Owned(s)));
    match func {
        Func::IsPresent => Some(Value::Bool(arg(0).is_some())),
        Func::Coalesce => args.iter().find_map(|a| a.eval(row)),
        Func::IsEmpty => Some(Value::Bool(arg(0).is_none_or(|v| v.text().is_empty()))),
        Func::IsBlank => Some(Value::Bool(
            arg(0).is_none_or(|v| v.text().trim().is_empty()),
        )),
        Func::Concat => {
            let mut out = String::new();
            for a in args {
                if let Some(v) = a.eval(row) {
                    out.push_str(&v.text());
                }
            }
            owned(out)
        }
        Func::Ltrim | Func::Rtrim | Func::Trim => {
            let s = text(0)?;
            let set = text(1);
            let (l, r) = match func {
                Func::Ltrim => (true, false),
                Func::Rtrim => (false, true),
                _ => (true, true),
            };
            owned(trim_set(&s, set.as_deref(), l, r).to_string())
        }
        Func::Strlen => num(text(0)?.chars().count() as f64),
        Func::ToUpper => owned(text(0)?.to_uppercase()),
        Func::ToLower => owned(text(0)?.to_lowercase()),
        Func::Substr => {
            let s = text(0)?;
            let start = number(1)?.max(0.0) as usize;
            let chars = s.chars().skip(start);
            let out: String = match args.get(2) {
                Some(_) => chars.take(number(2)?.max(0.0) as usize).collect(),
                None => chars.collect(),
            };
            owned(out)
        }
        Func::Replace => {
            let (s, from, to) = (text(0)?, text(1)?, text(2)?);
            if from.is_empty() {
                return owned(s);
            }
            owned(s.replace(&from, &to))
        }
        Func::StrContains => {
            let (s, sub) = (text(0)?, text(1)?);
            num(if s.contains(&sub) { 1.0 } else { 0.0 })
        }
        Func::Abs => num(number(0)?.abs()),
        Func::Ceil => num(number(0)?.ceil()),
        Func::Floor => num(number(0)?.floor()),
        Func::Greatest | Func::Least => {
            let values: Vec<Value<'r>> = args.iter().filter_map(|a| a.eval(row)).collect();
            values.into_iter().reduce(|a, b| {
                let greater = value::order(&a, &b) == std::cmp::Ordering::Greater;
                if greater == (func == Func::Greatest) {
                    a
                } else {
                    b
                }
            })
        }
        Func::Log => {
            let n = number(0)?;
            if n > 0.0 { num(n.ln()) } else { None }
        }
        Func::Sqrt => {
            let n = number(0)?;
            if n >= 0.0 { num(n.sqrt()) } else { None }
        }
        Func::DateFloor | Func::DateCeil => {
            let t = time_of(arg(0)?)?;
            let CExpr::Const(Value::Num(period)) = args.get(1)? else {
                return None;
            };
            let p = *period as i64;
            let floor = t.div_euclid(p) * p;
            Some(Value::Time(if func == Func::DateCeil && floor != t {
                floor.checked_add(p)?
            } else {
                floor
            }))
        }
        Func::FromMillis => {
            let n = number(0)?;
            (n.abs() < 1e17).then_some(Value::Time(n as i64))
        }
        Func::ToMillis => num(time_of(arg(0)?)? as f64),
    }
}

fn time_of(v: Value<'_>) -> Option<i64> {
    match v {
        Value::Time(t) => Some(t),
        other => {
            let n = other.as_num()?;
            (n.abs() < 1e17).then_some(n as i64)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_fields_are_flattened_like_cloudwatch() {
        let fields = discover_json(
            r#"{"a":{"b":{"c":1}},"list":[10,{"x":"y"}],"n":null,"ok":true,"@id":"z","s":"t"}"#,
        );
        let got: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("a.b.c", "1"),
                ("list.0", "10"),
                ("list.1.x", "y"),
                ("ok", "true"),
                ("@@id", "z"),
                ("s", "t"),
            ]
        );
        assert!(discover_json("not json").is_empty());
        assert!(discover_json("[1,2]").is_empty());
        assert!(discover_json("{broken").is_empty());
    }

    #[test]
    fn json_discovery_stops_at_the_cap() {
        let body: Vec<String> = (0..500).map(|i| format!("\"f{i}\":{i}")).collect();
        let fields = discover_json(&format!("{{{}}}", body.join(",")));
        assert_eq!(fields.len(), MAX_JSON_FIELDS);
        assert_eq!(fields[0].0, "f0");
    }

    #[test]
    fn regex_errors_are_short() {
        let err = compile_regex("a(").unwrap_err();
        assert!(err.starts_with("invalid regular expression: "), "{err}");
        assert!(!err.contains('\n'), "{err}");
        assert!(compile_regex("(?<name>x)").is_ok());
    }
}
