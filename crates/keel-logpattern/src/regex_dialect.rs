//! The restricted regular-expression dialect allowed between `%` signs.
//!
//! CloudWatch accepts only ASCII letters and digits, a short list of symbol
//! characters and the operators `^ $ ? [ ] { } | \ * + .`; parentheses and
//! non-ASCII characters are refused. The shorthand classes `\d \w \s` (and
//! their negations) are ASCII-only there, so they are rewritten to explicit
//! ASCII classes before the expression is handed to the `regex` crate, whose
//! own shorthands are Unicode-aware. `{,n}` is rewritten to `{0,n}` and blanks
//! inside a counted repetition are dropped, both of which the guide allows.

use regex::{Regex, RegexBuilder};

use crate::error::PatternError;

/// Compiled programs above this size are refused rather than built.
const SIZE_LIMIT: usize = 1 << 20;

/// Symbol characters and operators allowed besides ASCII letters and digits.
/// The blank is tolerated: the guide's own example `%^shutting down%` has one.
const ALLOWED_SYMBOLS: &str = ":_#=@/;,-^$?[]{}|\\*+. \t";

/// Checks `source` (the text between the `%` signs, which starts at byte
/// `offset` of the pattern) and compiles it.
pub(crate) fn compile(source: &str, offset: usize) -> Result<Regex, PatternError> {
    for (i, c) in source.char_indices() {
        let at = offset + i;
        if !c.is_ascii() {
            return Err(PatternError::new(
                at,
                "multi-byte characters are not supported in a regular expression",
            ));
        }
        if c == '(' || c == ')' {
            return Err(PatternError::new(
                at,
                "parentheses are not supported in a regular expression",
            ));
        }
        if !c.is_ascii_alphanumeric() && !ALLOWED_SYMBOLS.contains(c) {
            return Err(PatternError::new(
                at,
                format!(
                    "'{}' is not supported in a regular expression",
                    c.escape_default()
                ),
            ));
        }
    }
    let translated = translate(source);
    // The `%` that opens the expression is one byte before it.
    let open = offset.saturating_sub(1);
    RegexBuilder::new(&translated)
        .size_limit(SIZE_LIMIT)
        .dfa_size_limit(SIZE_LIMIT)
        .build()
        .map_err(|e| match e {
            regex::Error::CompiledTooBig(_) => {
                PatternError::new(open, "regular expression is too large")
            }
            _ => PatternError::new(open, "invalid regular expression"),
        })
}

const DIGIT: &str = "0-9";
const WORD: &str = "0-9A-Za-z_";
const SPACE: &str = "\\t\\n\\x0B\\x0C\\r ";

/// Rewrites the CloudWatch dialect into `regex` crate syntax with the same
/// meaning. Input is already restricted to ASCII.
fn translate(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len() + 16);
    let mut in_class = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' => {
                let Some(&d) = chars.get(i + 1) else {
                    // A dangling backslash; let the regex crate reject it.
                    out.push('\\');
                    i += 1;
                    continue;
                };
                let (set, negated) = match d {
                    'd' => (Some(DIGIT), false),
                    'D' => (Some(DIGIT), true),
                    'w' => (Some(WORD), false),
                    'W' => (Some(WORD), true),
                    's' => (Some(SPACE), false),
                    'S' => (Some(SPACE), true),
                    _ => (None, false),
                };
                match set {
                    // Inside a class a positive set splices in directly; a
                    // negated one becomes a nested class, which the regex
                    // crate understands as a union member.
                    Some(set) if in_class && !negated => out.push_str(set),
                    Some(set) => {
                        out.push_str(if negated { "[^" } else { "[" });
                        out.push_str(set);
                        out.push(']');
                    }
                    None => {
                        out.push('\\');
                        out.push(d);
                    }
                }
                i += 2;
            }
            '[' if !in_class => {
                in_class = true;
                out.push('[');
                i += 1;
                if chars.get(i) == Some(&'^') {
                    out.push('^');
                    i += 1;
                }
                // A `]` straight after the opening bracket is a member.
                if chars.get(i) == Some(&']') {
                    out.push_str("\\]");
                    i += 1;
                }
            }
            // A bracket inside a class is a plain member here, never a
            // nested class.
            '[' => {
                out.push_str("\\[");
                i += 1;
            }
            ']' if in_class => {
                in_class = false;
                out.push(']');
                i += 1;
            }
            '{' if !in_class => {
                let close = chars[i + 1..]
                    .iter()
                    .position(|&c| c == '}')
                    .map(|p| i + 1 + p);
                match close.and_then(|end| counted(&chars[i + 1..end]).map(|s| (end, s))) {
                    Some((end, normalised)) => {
                        out.push_str(&normalised);
                        i = end + 1;
                    }
                    None => {
                        out.push('{');
                        i += 1;
                    }
                }
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// Normalises the inside of `{...}` when it is a counted repetition
/// (`m`, `m,`, `m,n` or `,n`, blanks allowed); `None` otherwise.
fn counted(inner: &[char]) -> Option<String> {
    let text: String = inner.iter().filter(|c| **c != ' ').collect();
    let (min, max) = match text.split_once(',') {
        None => (text.as_str(), None),
        Some((a, b)) => (a, Some(b)),
    };
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if !digits(min) || !max.is_none_or(digits) {
        return None;
    }
    match max {
        None if min.is_empty() => None,
        None => Some(format!("{{{min}}}")),
        Some("") if min.is_empty() => None,
        Some(max) => {
            let min = if min.is_empty() { "0" } else { min };
            Some(format!("{{{min},{max}}}"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn re(s: &str) -> Regex {
        compile(s, 1).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn shorthand_classes_are_ascii() {
        assert!(re("\\d").is_match("7"));
        assert!(!re("\\d").is_match("\u{0663}"));
        assert!(re("^\\w+$").is_match("ab_9"));
        assert!(!re("\\w").is_match("é"));
        assert!(re("a\\sb").is_match("a\tb"));
        assert!(re("[\\d]").is_match("5"));
        assert!(re("^[\\Da]$").is_match("x"));
        assert!(!re("^[\\D]$").is_match("5"));
        assert!(re("\\S").is_match("x"));
    }

    #[test]
    fn counted_repetitions() {
        assert!(re("^a{3,5}$").is_match("aaaa"));
        assert!(!re("^a{3,5}$").is_match("aa"));
        assert!(re("^a{,2}$").is_match("aa"));
        assert!(!re("^a{,2}$").is_match("aaa"));
        assert!(re("^a{2, 3}$").is_match("aaa"));
        assert!(re("^a{2}$").is_match("aa"));
        assert!(re("^a{2,}$").is_match("aaaaa"));
    }

    #[test]
    fn classes_and_escapes() {
        assert!(re("\\[.\\]").is_match("[a]"));
        assert!(re("^[]a]$").is_match("]"));
        assert!(re("^[[]$").is_match("["));
        assert!(re("10\\.10\\.0\\.1").is_match("10.10.0.1"));
        assert!(!re("10\\.10\\.0\\.1").is_match("10010,051"));
        assert!(re("\\x3A").is_match(":"));
        assert!(re("\\x28").is_match("("));
    }

    #[test]
    fn refusals() {
        assert_eq!(compile("a(b)", 1).unwrap_err().position(), 2);
        assert_eq!(compile("ab!", 1).unwrap_err().position(), 3);
        assert_eq!(compile("é", 1).unwrap_err().position(), 1);
        assert_eq!(compile("a{", 1).unwrap_err().position(), 0);
        assert_eq!(
            compile("a{1000}{1000}{1000}", 1).unwrap_err().message(),
            "regular expression is too large"
        );
    }
}
