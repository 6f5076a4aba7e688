//! Values as queries see them, their comparisons, CloudWatch's sort order, and their text form.
//!
//! Everything a log event carries is text; a value is a number where it reads as one. So
//! `status = 200` holds for a JSON `"status": 200` and for `"status": "200"`, and `avg()` of
//! a field extracted by `parse` works on the digits it captured.

use std::borrow::Cow;
use std::cmp::Ordering;

#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    Str(Cow<'a, str>),
    Num(f64),
    /// Milliseconds since the epoch; shown as `YYYY-MM-DD HH:MM:SS.mmm` (UTC).
    Time(i64),
    Bool(bool),
}

pub(crate) type Owned = Value<'static>;

impl<'a> Value<'a> {
    pub fn str(s: &'a str) -> Self {
        Value::Str(Cow::Borrowed(s))
    }

    pub fn into_owned(self) -> Owned {
        match self {
            Value::Str(s) => Value::Str(Cow::Owned(s.into_owned())),
            Value::Num(n) => Value::Num(n),
            Value::Time(t) => Value::Time(t),
            Value::Bool(b) => Value::Bool(b),
        }
    }

    pub fn borrowed(&self) -> Value<'_> {
        match self {
            Value::Str(s) => Value::Str(Cow::Borrowed(s)),
            Value::Num(n) => Value::Num(*n),
            Value::Time(t) => Value::Time(*t),
            Value::Bool(b) => Value::Bool(*b),
        }
    }

    /// The value as a number, if it is one or reads as one.
    pub fn as_num(&self) -> Option<f64> {
        match self {
            Value::Num(n) => Some(*n),
            Value::Time(t) => Some(*t as f64),
            Value::Str(s) => parse_number(s),
            Value::Bool(_) => None,
        }
    }

    pub fn text(&self) -> Cow<'_, str> {
        match self {
            Value::Str(s) => Cow::Borrowed(s),
            Value::Num(n) => Cow::Owned(format_number(*n)),
            Value::Time(t) => Cow::Owned(format_timestamp(*t)),
            Value::Bool(b) => Cow::Borrowed(if *b { "true" } else { "false" }),
        }
    }

    pub fn truthy(&self) -> bool {
        match self {
            Value::Bool(b) => *b,
            Value::Num(n) => *n != 0.0,
            Value::Time(_) => true,
            Value::Str(s) => !s.is_empty() && *s != "false",
        }
    }
}

/// Reads a number the way a query does: decimal, optional sign, fraction and exponent; no
/// blanks, hex, `inf` or `NaN`.
pub(crate) fn parse_number(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let first = *b.first()?;
    if !(first.is_ascii_digit() || first == b'-' || first == b'+' || first == b'.') {
        return None;
    }
    if !b
        .iter()
        .all(|c| c.is_ascii_digit() || matches!(c, b'-' | b'+' | b'.' | b'e' | b'E'))
    {
        return None;
    }
    s.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// Whole numbers print without a fraction; others in the shortest form that reads back.
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{n:.0}")
    } else {
        format!("{n}")
    }
}

/// `2026-12-01 20:17:52.123`, UTC, as GetQueryResults shows `@timestamp`.
pub fn format_timestamp(ms: i64) -> String {
    let days = ms.div_euclid(86_400_000);
    let rem = ms.rem_euclid(86_400_000);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}.{:03}",
        rem / 3_600_000,
        rem / 60_000 % 60,
        rem / 1000 % 60,
        rem % 1000
    )
}

/// Days since 1970-01-01 → (year, month, day), proleptic Gregorian.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// `=`: numerically when one side is a number and the other reads as one, else as text.
pub(crate) fn equals(a: &Value<'_>, b: &Value<'_>) -> bool {
    let numeric_side = |v: &Value<'_>| matches!(v, Value::Num(_) | Value::Time(_));
    if (numeric_side(a) || numeric_side(b))
        && let (Some(x), Some(y)) = (a.as_num(), b.as_num())
    {
        return x == y;
    }
    match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => x == y,
        _ => a.text() == b.text(),
    }
}

/// `<` and friends: numerically when both read as numbers, else as text.
pub(crate) fn order(a: &Value<'_>, b: &Value<'_>) -> Ordering {
    if let (Some(x), Some(y)) = (a.as_num(), b.as_num()) {
        return x.total_cmp(&y);
    }
    a.text().cmp(&b.text())
}

/// CloudWatch's sort order (ascending): every non-number before every number; numbers by
/// value; other text compared in chunks of digits and non-digits, non-digit chunks by Unicode
/// order, digit chunks by length and then value (so `5A` < `111A`). Missing values sort last
/// either way, which [`sort_cmp`] handles.
pub(crate) fn natural_cmp(a: &Value<'_>, b: &Value<'_>) -> Ordering {
    match (a.as_num(), b.as_num()) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => Ordering::Greater,
        (None, Some(_)) => Ordering::Less,
        (None, None) => chunked_cmp(&a.text(), &b.text()),
    }
}

fn chunked_cmp(a: &str, b: &str) -> Ordering {
    let mut a = Chunks(a);
    let mut b = Chunks(b);
    loop {
        match (a.next(), b.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) => {
                let digits = |s: &str| s.as_bytes()[0].is_ascii_digit();
                let ord = if digits(x) && digits(y) {
                    x.len().cmp(&y.len()).then_with(|| x.cmp(y))
                } else {
                    x.cmp(y)
                };
                if ord != Ordering::Equal {
                    return ord;
                }
            }
        }
    }
}

struct Chunks<'a>(&'a str);

impl<'a> Iterator for Chunks<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let first = self.0.as_bytes().first()?.is_ascii_digit();
        let end = self
            .0
            .find(|c: char| c.is_ascii_digit() != first)
            .unwrap_or(self.0.len());
        let (chunk, rest) = self.0.split_at(end);
        self.0 = rest;
        Some(chunk)
    }
}

/// One sort key: missing values last in both directions.
pub(crate) fn sort_cmp(a: Option<&Value<'_>>, b: Option<&Value<'_>>, descending: bool) -> Ordering {
    match (a, b) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Greater,
        (Some(_), None) => Ordering::Less,
        (Some(x), Some(y)) => {
            let ord = natural_cmp(x, y);
            if descending { ord.reverse() } else { ord }
        }
    }
}

/// A value as a grouping or dedup key: equal keys for values that print the same.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Key {
    Missing,
    Time(i64),
    Text(String),
}

impl Key {
    pub fn of(value: Option<&Value<'_>>) -> Key {
        match value {
            None => Key::Missing,
            Some(Value::Time(t)) => Key::Time(*t),
            Some(v) => Key::Text(v.text().into_owned()),
        }
    }

    pub fn to_value(&self) -> Option<Owned> {
        match self {
            Key::Missing => None,
            Key::Time(t) => Some(Value::Time(*t)),
            Key::Text(s) => Some(Value::Str(Cow::Owned(s.clone()))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_print_as_cloudwatch_shows_them() {
        assert_eq!(format_timestamp(0), "1970-01-01 00:00:00.000");
        assert_eq!(
            format_timestamp(1_764_620_272_123),
            "2025-12-01 20:17:52.123"
        );
        assert_eq!(format_timestamp(951_782_400_000), "2000-02-29 00:00:00.000");
        assert_eq!(format_timestamp(-1), "1969-12-31 23:59:59.999");
    }

    #[test]
    fn numbers_print_short() {
        assert_eq!(format_number(42.0), "42");
        assert_eq!(format_number(-3.0), "-3");
        assert_eq!(format_number(2.5), "2.5");
        assert_eq!(format_number(1.0 / 3.0), "0.3333333333333333");
    }

    #[test]
    fn natural_order_matches_the_documented_example() {
        // The ascending order CloudWatch's sort documentation lists.
        let expected = [
            "!:",
            "#",
            "*%04",
            "0#",
            "5A",
            "111A",
            "2345_",
            "@",
            "@_",
            "A",
            "A9876fghj",
            "a12345hfh",
            "0",
            "1",
            "2",
            "10",
        ];
        let mut shuffled: Vec<Value<'_>> = expected.iter().rev().map(|s| Value::str(s)).collect();
        shuffled.sort_by(natural_cmp);
        let got: Vec<String> = shuffled.iter().map(|v| v.text().into_owned()).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn equality_is_numeric_when_a_side_is_a_number() {
        assert!(equals(&Value::str("200"), &Value::Num(200.0)));
        assert!(equals(&Value::str("2e2"), &Value::Num(200.0)));
        assert!(!equals(&Value::str("200"), &Value::str("200.0")));
        assert!(!equals(&Value::str("abc"), &Value::Num(0.0)));
        assert!(equals(&Value::str("abc"), &Value::str("abc")));
    }

    #[test]
    fn number_reading_is_strict() {
        for bad in ["", " 1", "1 ", "inf", "NaN", "0x10", "1,000", "e5"] {
            assert_eq!(parse_number(bad), None, "{bad:?}");
        }
        assert_eq!(parse_number("-1.5e3"), Some(-1500.0));
        assert_eq!(parse_number(".5"), Some(0.5));
    }
}
