//! Numbers as the filter-pattern language reads them, and values extracted
//! from matched messages.

use std::cmp::Ordering;
use std::fmt;

use crate::ast::Number;

/// Reads a number in the pattern language's grammar: an optional sign,
/// digits with an optional fractional part (or a fractional part alone), and
/// an optional exponent (`e`/`E`, optional sign, digits). Nothing else: no
/// blanks, no `inf`/`nan`, no hexadecimal.
pub(crate) fn parse_number(text: &str) -> Option<Number> {
    let b = text.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let int_digits = i - int_start;
    let mut frac_digits = 0;
    let mut integral = true;
    if i < b.len() && b[i] == b'.' {
        integral = false;
        i += 1;
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        frac_digits = i - start;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        integral = false;
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return None;
        }
    }
    if i != b.len() {
        return None;
    }
    let value: f64 = text.parse().ok()?;
    let int = if integral {
        text.parse::<i128>().ok()
    } else {
        None
    };
    Some(Number {
        text: text.to_owned(),
        value,
        int,
    })
}

/// Converts a JSON number, keeping integers exact.
pub(crate) fn json_number(n: &serde_json::Number) -> Option<Number> {
    let int = n
        .as_i64()
        .map(i128::from)
        .or_else(|| n.as_u64().map(i128::from));
    let value = n.as_f64()?;
    Some(Number {
        text: n.to_string(),
        value,
        int,
    })
}

/// Orders two numbers: exactly when both are integers, as `f64` otherwise.
pub(crate) fn compare_numbers(a: &Number, b: &Number) -> Option<Ordering> {
    match (a.int, b.int) {
        (Some(x), Some(y)) => Some(x.cmp(&y)),
        _ => a.value.partial_cmp(&b.value),
    }
}

/// A value pulled out of a matched message for a metric filter's
/// `metricValue` or a dimension.
///
/// Space-delimited fields are always [`Text`](ExtractedValue::Text); JSON
/// value nodes keep their JSON type. Numbers keep the text they had in the
/// message, so a large integer used as a dimension value is not rounded.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ExtractedValue {
    /// A JSON number, as written in the message.
    Number(String),
    /// A JSON string, or a space-delimited field.
    Text(String),
    /// A JSON boolean.
    Bool(bool),
    /// A JSON `null`.
    Null,
}

impl ExtractedValue {
    /// The numeric value, when there is one: JSON numbers, and text that is
    /// a number in the pattern grammar (`1534`, `-2.5`, `1e3`). Booleans,
    /// null and other text give `None`, as a metric filter would publish
    /// nothing for them.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            ExtractedValue::Number(s) | ExtractedValue::Text(s) => {
                parse_number(s).map(|n| n.value).filter(|v| v.is_finite())
            }
            ExtractedValue::Bool(_) | ExtractedValue::Null => None,
        }
    }
}

/// The text form, as a dimension value would show it: strings and fields
/// without quotes, numbers as written, `true`/`false`, `null`.
impl fmt::Display for ExtractedValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExtractedValue::Number(s) | ExtractedValue::Text(s) => f.write_str(s),
            ExtractedValue::Bool(b) => write!(f, "{b}"),
            ExtractedValue::Null => f.write_str("null"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_grammar() {
        for ok in [
            "0", "42", "+1000", "-7", "55.5", ".5", "5.", "10e3", "10e-3", "1E+3", "-1.5e2",
        ] {
            assert!(parse_number(ok).is_some(), "{ok}");
        }
        for bad in [
            "",
            "+",
            "-",
            ".",
            "e3",
            "1e",
            "1e+",
            "1.2.3",
            "123.123.*",
            "inf",
            "NaN",
            "0x10",
            " 1",
            "1 ",
        ] {
            assert!(parse_number(bad).is_none(), "{bad}");
        }
        assert_eq!(parse_number("+1000").unwrap().int, Some(1000));
        assert_eq!(parse_number("1e3").unwrap().int, None);
        assert_eq!(parse_number("1e3").unwrap().value, 1000.0);
    }

    #[test]
    fn big_integers_compare_exactly() {
        let a = parse_number("9007199254740993").unwrap();
        let b = parse_number("9007199254740992").unwrap();
        assert_eq!(compare_numbers(&a, &b), Some(Ordering::Greater));
        let c = parse_number("9007199254740992.0").unwrap();
        assert_eq!(compare_numbers(&b, &c), Some(Ordering::Equal));
    }

    #[test]
    fn extracted_as_f64() {
        assert_eq!(ExtractedValue::Text("1534".into()).as_f64(), Some(1534.0));
        assert_eq!(ExtractedValue::Number("0.25".into()).as_f64(), Some(0.25));
        assert_eq!(ExtractedValue::Text("1,534".into()).as_f64(), None);
        assert_eq!(ExtractedValue::Text("1e999".into()).as_f64(), None);
        assert_eq!(ExtractedValue::Bool(true).as_f64(), None);
        assert_eq!(ExtractedValue::Null.to_string(), "null");
    }
}
