//! The CloudWatch Logs filter-pattern language, as used by `FilterLogEvents`,
//! metric filters, subscription filters and `TestMetricFilter`.
//!
//! A pattern is parsed once with [`Pattern::parse`] and then tested against
//! any number of log messages with [`Pattern::matches`]. Metric filters read a
//! value out of a matching message with [`Pattern::extract`] (or
//! [`Pattern::match_event`] followed by [`Match::value`], which parses the
//! message only once for several references). Nothing here does IO.
//!
//! ```
//! use keel_logpattern::{ExtractedValue, Pattern};
//!
//! let p = Pattern::parse("ERROR -Exiting").unwrap();
//! assert!(p.matches("[ERROR] A fatal exception has occurred"));
//! assert!(!p.matches("Exiting with ERRORCODE: -1"));
//!
//! let p = Pattern::parse("{ $.latency > 100 }").unwrap();
//! let msg = r#"{"latency": 250, "path": "/"}"#;
//! assert_eq!(p.extract(msg, "$.latency"), Some(ExtractedValue::Number("250".into())));
//!
//! let p = Pattern::parse("[ip, user, username, timestamp, request, status_code = 4*, bytes]").unwrap();
//! let line = r#"127.0.0.1 - frank [10/Oct/2000:13:25:15 -0700] "GET /a HTTP/1.0" 404 1534"#;
//! assert_eq!(p.extract(line, "$bytes").and_then(|v| v.as_f64()), Some(1534.0));
//!
//! let err = Pattern::parse("{ $.latency }").unwrap_err();
//! assert_eq!(err.to_string(), "Invalid filter pattern at position 12: expected a comparison operator");
//! ```
//!
//! # The language
//!
//! The first non-blank character decides the kind of pattern.
//!
//! **Unstructured** (anything not starting with `{` or `[`). Terms are
//! separated by blanks and matched case-sensitively as substrings of the
//! message, so `ERROR` also matches `ERRORCODE`. A term is a bare word, a
//! `"quoted phrase"` (escapes `\"`, `\\`, `\*`; any other backslash is kept
//! as written), or a `%regex%`. Every plain term must be present; a term
//! prefixed with `-` (also `- term`) must be absent; terms prefixed with `?`
//! are alternatives of which one must be present. As the AWS guide says,
//! when `?` terms are mixed with plain or `-` terms the `?` terms are
//! ignored. The empty pattern, and a quoted phrase of blanks only (`" "`),
//! match every message.
//!
//! **JSON** (`{ ... }`). Conditions `SELECTOR OP VALUE`, `SELECTOR IS NULL`,
//! `IS TRUE`, `IS FALSE` and `SELECTOR NOT EXISTS`, combined with `&&` and
//! `||` (`&&` binds tighter) and parentheses. Selectors start at `$` and
//! continue with `.name` (letters, digits, `-`, `_`), `['any.name']`, `[n]`,
//! and the wildcards `.*` (every field of an object) and `[*]` (every array
//! element); at most one wildcard per selector and three per pattern. With a
//! wildcard a condition holds if it holds for at least one selected value.
//! `=` and `!=` take a quoted or bare string, where a `*` at the start or
//! end is a wildcard (elsewhere it is a plain character, as the guide
//! describes for `Ev*ent`), a `%regex%`, or a number; `<`, `>`, `<=`, `>=`
//! take a number (sign, decimals and exponent allowed). A comparison holds
//! only for value nodes: strings, numbers (compared textually against
//! string values) and booleans (textually `true`/`false`); `null`, arrays,
//! objects and missing properties satisfy neither `=` nor `!=`. A numeric
//! comparison also accepts a string holding a number. Keywords are
//! case-insensitive; `IS NOT` and bare `EXISTS` are rejected, as in AWS. A
//! message that is not, as a whole, a JSON object or array matches no JSON
//! pattern.
//!
//! **Space-delimited** (`[ ... ]`). Comma-separated fields, each `...` (any
//! number of message fields), a name, a name with conditions
//! (`status_code = 4*`, `bytes > 1000`, `w1 = ERROR || w1 = WARN`, `ip =
//! %^10\.%`), or empty (an unnamed field, as in a trailing comma). A
//! condition may only name its own field. Message fields are separated by
//! runs of whitespace; text between `[` and `]` or between double quotes is
//! one field, without the delimiters. Without `...` the message must have
//! exactly as many fields as the pattern.
//!
//! **Regular expressions** (`%...%`) use CloudWatch's restricted dialect: ASCII
//! letters and digits, the symbols `: _ # = @ / ; , -` and blanks, and the
//! operators `^ $ ? [ ] { } | \ * + .`; parentheses, other symbols and
//! non-ASCII characters are rejected, and `\d`, `\w`, `\s` are ASCII classes.
//! A regex matches anywhere in its subject unless anchored. JSON and
//! space-delimited patterns may hold at most two.
//!
//! **Metric values.** A JSON pattern's values are referenced by selector
//! (`$.latency`); a space-delimited pattern's by field name (`$bytes`) or
//! by 1-based position in the message (`$7`). Unstructured patterns have no
//! values to extract.
//!
//! # Deliberate choices where AWS is silent or inconsistent
//!
//! * Bare terms are not required to be quoted when they hold punctuation;
//!   AWS asks for quotes but this crate accepts the bare form too.
//! * The newest AWS guide shows `[w1=ERROR, w2]` matching lines of seven
//!   words; older revisions, and the field-count rule, say a pattern without
//!   `...` needs exactly as many fields as the message. This crate keeps the
//!   exact count.
//! * Field names must start with a letter or `_`, so that `$1` always means
//!   a position, and may not repeat within a pattern.
//!
//! # Design
//!
//! [`Pattern::parse`] is a hand-written recursive-descent parser producing a
//! small AST (terms; a boolean tree of JSON conditions; a list of delimited
//! fields whose conditions are boolean trees). `&&`/`||` nodes are n-ary and
//! flattened, so the tree is canonical and its depth is bounded by the
//! parenthesis nesting, which is capped. Regular expressions are validated
//! against the CloudWatch dialect, translated, and compiled once at parse
//! time with a size limit. The matcher walks the AST: unstructured terms are
//! substring searches (linear in the message per term) or regex searches
//! (linear, as the `regex` crate guarantees); JSON patterns parse the message
//! once with `serde_json` and resolve each selector iteratively; delimited
//! patterns split the message once and bind fields in a single left-to-right
//! pass, backtracking only to the latest `...` (linear with one ellipsis,
//! O(fields × message fields) at worst). Neither parsing nor matching
//! panics, whatever the input.

mod ast;
mod error;
mod matcher;
mod parser;
mod regex_dialect;
mod value;

use std::fmt;
use std::str::FromStr;

pub use error::PatternError;
pub use value::ExtractedValue;

use ast::{Ast, Field};
use matcher::MatchData;

/// Which of the three pattern families a pattern belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PatternKind {
    /// Terms, phrases and regexes anywhere in the message.
    Unstructured,
    /// `{ ... }` conditions on JSON messages.
    Json,
    /// `[ ... ]` positional fields.
    SpaceDelimited,
}

/// A parsed filter pattern, ready to match messages.
///
/// Equality is structural: two patterns are equal when they parse to the same
/// tree, whatever their spacing, quoting or redundant parentheses. The
/// `Display` form is canonical and parses back to an equal pattern.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    ast: Ast,
}

impl Pattern {
    /// Parses a filter pattern. Fails with the byte position of the first
    /// problem and a short description.
    pub fn parse(pattern: &str) -> Result<Pattern, PatternError> {
        parser::parse(pattern).map(|ast| Pattern { ast })
    }

    /// The family this pattern belongs to.
    pub fn kind(&self) -> PatternKind {
        match self.ast {
            Ast::Text(_) => PatternKind::Unstructured,
            Ast::Json(_) => PatternKind::Json,
            Ast::Delimited(_) => PatternKind::SpaceDelimited,
        }
    }

    /// Whether the log event message matches.
    pub fn matches(&self, message: &str) -> bool {
        matcher::run(&self.ast, message).is_some()
    }

    /// Matches the message and, when it matches, keeps what is needed to
    /// read values out of it.
    pub fn match_event<'p, 'm>(&'p self, message: &'m str) -> Option<Match<'p, 'm>> {
        matcher::run(&self.ast, message).map(|data| Match {
            pattern: self,
            data,
        })
    }

    /// The value a metric filter would publish for `reference` (`$.path` for
    /// JSON patterns, `$name` or `$N` for space-delimited ones), or `None`
    /// when the message does not match or the reference finds no value.
    pub fn extract(&self, message: &str, reference: &str) -> Option<ExtractedValue> {
        self.match_event(message)?.value(reference)
    }

    /// Whether `reference` can name a value of this pattern, for validating
    /// a metric filter's `metricValue` or dimensions up front: a selector for
    /// JSON patterns; `$name` of one of the pattern's named fields or a
    /// position `$N` (N ≥ 1) for space-delimited ones; nothing for
    /// unstructured patterns.
    pub fn accepts_value_reference(&self, reference: &str) -> bool {
        match &self.ast {
            Ast::Text(_) => false,
            Ast::Json(_) => parser::parse_selector(reference).is_some(),
            Ast::Delimited(fields) => match delimited_reference(reference) {
                Some(DelimitedRef::Position(n)) => n >= 1,
                Some(DelimitedRef::Name(name)) => field_index(fields, name).is_some(),
                None => false,
            },
        }
    }
}

impl FromStr for Pattern {
    type Err = PatternError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Pattern::parse(s)
    }
}

/// Prints the canonical form: single blanks between terms, strings quoted
/// where needed, `{ a && (b || c) }` with only the parentheses precedence
/// requires, `[a, b = "x*", ...]`.
impl fmt::Display for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.ast.fmt(f)
    }
}

/// A successful match of one message, from which values can be read.
#[derive(Clone, Debug)]
pub struct Match<'p, 'm> {
    pattern: &'p Pattern,
    data: MatchData<'m>,
}

impl Match<'_, '_> {
    /// The value `reference` names in the matched message; see
    /// [`Pattern::extract`].
    pub fn value(&self, reference: &str) -> Option<ExtractedValue> {
        match (&self.data, &self.pattern.ast) {
            (MatchData::Json(root), _) => {
                let selector = parser::parse_selector(reference)?;
                matcher::select(root, &selector.segments)
                    .into_iter()
                    .find_map(matcher::json_value)
            }
            (MatchData::Delimited { tokens, bound }, Ast::Delimited(fields)) => {
                let index = match delimited_reference(reference)? {
                    DelimitedRef::Position(n) => n.checked_sub(1)?,
                    DelimitedRef::Name(name) => (*bound.get(field_index(fields, name)?)?)?,
                };
                tokens
                    .get(index)
                    .map(|t| ExtractedValue::Text((*t).to_owned()))
            }
            _ => None,
        }
    }

    /// The fields a space-delimited match extracted, in message order, keyed
    /// as `TestMetricFilter` reports them: `$name` for a field the pattern
    /// names, `$N` (1-based position) for the others. Empty for other kinds
    /// of pattern.
    pub fn extracted_values(&self) -> Vec<(String, String)> {
        let (MatchData::Delimited { tokens, bound }, Ast::Delimited(fields)) =
            (&self.data, &self.pattern.ast)
        else {
            return Vec::new();
        };
        let mut names: Vec<Option<&str>> = vec![None; tokens.len()];
        for (field, slot) in fields.iter().zip(bound) {
            if let (Field::Named { name, .. }, Some(t)) = (field, slot)
                && let Some(n) = names.get_mut(*t)
            {
                *n = Some(name);
            }
        }
        tokens
            .iter()
            .zip(names)
            .enumerate()
            .map(|(i, (token, name))| {
                let key = match name {
                    Some(name) => format!("${name}"),
                    None => format!("${}", i + 1),
                };
                (key, (*token).to_owned())
            })
            .collect()
    }
}

enum DelimitedRef<'r> {
    Position(usize),
    Name(&'r str),
}

fn delimited_reference(reference: &str) -> Option<DelimitedRef<'_>> {
    let rest = reference.strip_prefix('$')?;
    if rest.is_empty() {
        return None;
    }
    if rest.bytes().all(|b| b.is_ascii_digit()) {
        return rest.parse().ok().map(DelimitedRef::Position);
    }
    Some(DelimitedRef::Name(rest))
}

fn field_index(fields: &[Field], wanted: &str) -> Option<usize> {
    fields
        .iter()
        .position(|f| matches!(f, Field::Named { name, .. } if name == wanted))
}
