//! Evaluation of a parsed pattern against one log message.

use std::cmp::Ordering;

use serde_json::Value;

use crate::ast::{
    Ast, CompareOp, Comparison, Field, JsonCheck, JsonTest, Number, Operand, Segment, Term,
    TermMode, TextAtom,
};
use crate::value::{ExtractedValue, compare_numbers, json_number, parse_number};

/// What a successful match leaves behind for value extraction.
#[derive(Clone, Debug)]
pub(crate) enum MatchData<'m> {
    Text,
    Json(Value),
    Delimited {
        tokens: Vec<&'m str>,
        /// For each pattern field, the index of the message field bound to
        /// it (`None` for `...`).
        bound: Vec<Option<usize>>,
    },
}

pub(crate) fn run<'m>(ast: &Ast, message: &'m str) -> Option<MatchData<'m>> {
    match ast {
        Ast::Text(terms) => text_matches(terms, message).then_some(MatchData::Text),
        Ast::Json(expr) => {
            let root = parse_json_message(message)?;
            expr.eval(&mut |t| json_test(t, &root))
                .then_some(MatchData::Json(root))
        }
        Ast::Delimited(fields) => {
            let tokens = tokenize(message);
            let bound = match_fields(fields, &tokens)?;
            Some(MatchData::Delimited { tokens, bound })
        }
    }
}

// ---- unstructured -----------------------------------------------------------

fn text_matches(terms: &[Term], message: &str) -> bool {
    // The guide: when `?` terms are combined with plain or excluded terms,
    // the `?` terms are ignored.
    let has_plain = terms.iter().any(|t| t.mode != TermMode::Optional);
    if has_plain {
        terms.iter().all(|t| match t.mode {
            TermMode::Required => atom_matches(&t.atom, message),
            TermMode::Excluded => !atom_matches(&t.atom, message),
            TermMode::Optional => true,
        })
    } else {
        terms.is_empty() || terms.iter().any(|t| atom_matches(&t.atom, message))
    }
}

fn atom_matches(atom: &TextAtom, message: &str) -> bool {
    match atom {
        // `" "` (or `""`) is the documented "match everything" pattern.
        TextAtom::Literal(s) => s.chars().all(char::is_whitespace) || message.contains(s.as_str()),
        TextAtom::Regex(r) => r.regex.is_match(message),
    }
}

// ---- JSON -------------------------------------------------------------------

/// A message counts as JSON when it is, as a whole, a JSON object or array.
fn parse_json_message(message: &str) -> Option<Value> {
    let first = message.trim_start().as_bytes().first().copied();
    if !matches!(first, Some(b'{' | b'[')) {
        return None;
    }
    serde_json::from_str::<Value>(message).ok()
}

/// Every value the selector reaches, in document order. Iterative, so the
/// length of a selector cannot exhaust the stack.
pub(crate) fn select<'v>(root: &'v Value, segments: &[Segment]) -> Vec<&'v Value> {
    let mut current = vec![root];
    for seg in segments {
        let mut next = Vec::new();
        for v in current {
            match (seg, v) {
                (Segment::Key(k), Value::Object(m)) => next.extend(m.get(k.as_str())),
                (Segment::Index(i), Value::Array(a)) => next.extend(a.get(*i)),
                (Segment::AnyKey, Value::Object(m)) => next.extend(m.values()),
                (Segment::AnyIndex, Value::Array(a)) => next.extend(a.iter()),
                _ => {}
            }
        }
        if next.is_empty() {
            return next;
        }
        current = next;
    }
    current
}

fn json_test(t: &JsonTest, root: &Value) -> bool {
    let values = select(root, &t.selector.segments);
    match &t.check {
        JsonCheck::NotExists => values.is_empty(),
        JsonCheck::IsNull => values.iter().any(|v| v.is_null()),
        JsonCheck::IsTrue => values.iter().any(|v| *v == &Value::Bool(true)),
        JsonCheck::IsFalse => values.iter().any(|v| *v == &Value::Bool(false)),
        JsonCheck::Compare(c) => values.iter().any(|v| compare_json(c, v)),
    }
}

/// Only value nodes (strings, numbers, booleans) can satisfy a comparison;
/// `null`, arrays and objects satisfy neither `=` nor `!=`.
fn compare_json(c: &Comparison, v: &Value) -> bool {
    match v {
        Value::String(s) => compare_text(c, s),
        Value::Number(n) => match &c.operand {
            Operand::Number(want) => json_number(n).is_some_and(|got| numeric(c.op, &got, want)),
            _ => compare_text(c, &n.to_string()),
        },
        Value::Bool(b) => match &c.operand {
            Operand::Number(_) => false,
            _ => compare_text(c, if *b { "true" } else { "false" }),
        },
        Value::Null | Value::Array(_) | Value::Object(_) => false,
    }
}

// ---- comparisons ----------------------------------------------------------------

/// Compares a textual value. Against a number, the text must itself be a
/// number; otherwise neither `=` nor `!=` holds.
pub(crate) fn compare_text(c: &Comparison, text: &str) -> bool {
    match &c.operand {
        Operand::Number(want) => parse_number(text).is_some_and(|got| numeric(c.op, &got, want)),
        Operand::Text(g) => equality(c.op, g.matches(text)),
        Operand::Regex(r) => equality(c.op, r.regex.is_match(text)),
    }
}

fn equality(op: CompareOp, matched: bool) -> bool {
    match op {
        CompareOp::Eq => matched,
        CompareOp::Ne => !matched,
        // The parser only pairs ordering operators with numbers.
        _ => false,
    }
}

fn numeric(op: CompareOp, got: &Number, want: &Number) -> bool {
    let Some(ord) = compare_numbers(got, want) else {
        return false;
    };
    match op {
        CompareOp::Eq => ord == Ordering::Equal,
        CompareOp::Ne => ord != Ordering::Equal,
        CompareOp::Lt => ord == Ordering::Less,
        CompareOp::Gt => ord == Ordering::Greater,
        CompareOp::Le => ord != Ordering::Greater,
        CompareOp::Ge => ord != Ordering::Less,
    }
}

// ---- space-delimited ----------------------------------------------------------

/// Splits a message into fields: runs of whitespace separate fields, and a
/// field that opens with `"` or `[` runs to the matching `"` or `]`, which
/// are not part of its value. Inside quotes a backslash protects the next
/// character. An opening quote or bracket with no partner is an ordinary
/// character.
pub(crate) fn tokenize(message: &str) -> Vec<&str> {
    let b = message.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let closing = match b[i] {
            b'"' => find_quote_end(b, i + 1),
            b'[' => b[i + 1..]
                .iter()
                .position(|&c| c == b']')
                .map(|p| i + 1 + p),
            _ => None,
        };
        if let Some(end) = closing {
            // The delimiters are ASCII, so these are character boundaries.
            out.extend(message.get(i + 1..end));
            i = end + 1;
            continue;
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() {
            i += 1;
        }
        out.extend(message.get(start..i));
    }
    out
}

fn find_quote_end(b: &[u8], mut i: usize) -> Option<usize> {
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return Some(i),
            _ => i += 1,
        }
    }
    None
}

fn field_accepts(field: &Field, token: &str) -> bool {
    match field {
        Field::Ellipsis
        | Field::Anonymous
        | Field::Named {
            condition: None, ..
        } => true,
        Field::Named {
            condition: Some(expr),
            ..
        } => expr.eval(&mut |c| compare_text(c, token)),
    }
}

/// Binds message fields to pattern fields. `...` takes any number of
/// message fields; every other pattern field takes exactly one. This is
/// wildcard matching with single-field predicates, done greedily with
/// backtracking to the most recent `...` only, which is complete for this
/// shape of pattern and costs O(fields × tokens) at worst, O(tokens) with a
/// single ellipsis. Each `...` takes as few fields as it can.
fn match_fields(fields: &[Field], tokens: &[&str]) -> Option<Vec<Option<usize>>> {
    let mut bound = vec![None; fields.len()];
    let (mut f, mut t) = (0, 0);
    // (pattern field after the latest `...`, message field it resumes at)
    let mut resume: Option<(usize, usize)> = None;
    loop {
        if matches!(fields.get(f), Some(Field::Ellipsis)) {
            f += 1;
            resume = Some((f, t));
            continue;
        }
        if t == tokens.len() {
            // Out of message fields: whatever is left must be ellipses.
            return fields[f..]
                .iter()
                .all(|x| matches!(x, Field::Ellipsis))
                .then_some(bound);
        }
        if let Some(field) = fields.get(f)
            && field_accepts(field, tokens[t])
        {
            bound[f] = Some(t);
            f += 1;
            t += 1;
            continue;
        }
        // Mismatch, or pattern fields used up with message fields left:
        // let the latest `...` swallow one more message field.
        let (rf, rt) = resume?;
        resume = Some((rf, rt + 1));
        f = rf;
        t = rt + 1;
    }
}

// ---- extraction -----------------------------------------------------------------

pub(crate) fn json_value(v: &Value) -> Option<ExtractedValue> {
    match v {
        Value::String(s) => Some(ExtractedValue::Text(s.clone())),
        Value::Number(n) => Some(ExtractedValue::Number(n.to_string())),
        Value::Bool(b) => Some(ExtractedValue::Bool(*b)),
        Value::Null => Some(ExtractedValue::Null),
        Value::Array(_) | Value::Object(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizer_groups_quotes_and_brackets() {
        let line = r#"127.0.0.1 Prod frank [10/Oct/2000:13:25:15 -0700] "GET /index.html HTTP/1.0" 404 1534"#;
        assert_eq!(
            tokenize(line),
            vec![
                "127.0.0.1",
                "Prod",
                "frank",
                "10/Oct/2000:13:25:15 -0700",
                "GET /index.html HTTP/1.0",
                "404",
                "1534"
            ]
        );
        assert_eq!(tokenize("  a\t b  "), vec!["a", "b"]);
        assert_eq!(tokenize(r#"a "unclosed b"#), vec!["a", "\"unclosed", "b"]);
        assert_eq!(tokenize(r#""x \" y" z"#), vec![r#"x \" y"#, "z"]);
        assert_eq!(tokenize("[open"), vec!["[open"]);
        assert_eq!(tokenize(r#""a"b"#), vec!["a", "b"]);
        assert!(tokenize("").is_empty());
        assert_eq!(tokenize("\"\""), vec![""]);
        assert_eq!(tokenize("é [ü]"), vec!["é", "ü"]);
    }

    #[test]
    fn selection_follows_segments() {
        let v: Value = serde_json::json!({"a": [{"b": 1}, {"b": 2}], "c": {"d": null}});
        let seg = |s: &[Segment]| select(&v, s).len();
        assert_eq!(
            seg(&[
                Segment::Key("a".into()),
                Segment::AnyIndex,
                Segment::Key("b".into())
            ]),
            2
        );
        assert_eq!(seg(&[Segment::Key("a".into()), Segment::Index(5)]), 0);
        assert_eq!(seg(&[Segment::AnyKey]), 2);
        assert_eq!(
            seg(&[Segment::Key("c".into()), Segment::Key("d".into())]),
            1
        );
        assert_eq!(seg(&[Segment::Key("a".into()), Segment::AnyKey]), 0);
    }
}
