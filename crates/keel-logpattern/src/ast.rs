//! The parsed form of a filter pattern, and its canonical text rendering.
//!
//! Every node derives `PartialEq` so that tests can compare a pattern with the
//! result of re-parsing its `Display` output. Regular expressions compare by
//! their source text.

use std::fmt::{self, Write as _};

use regex::Regex;

/// The three pattern families CloudWatch Logs distinguishes by the first
/// non-blank character of the pattern.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Ast {
    /// Terms, phrases and regexes searched for anywhere in the message.
    Text(Vec<Term>),
    /// `{ ... }`: conditions on a JSON message.
    Json(Expr<JsonTest>),
    /// `[ ... ]`: positional fields of a space-delimited message.
    Delimited(Vec<Field>),
}

/// How a term of an unstructured pattern takes part in the match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TermMode {
    /// A plain term: the message must contain it.
    Required,
    /// `-term`: the message must not contain it.
    Excluded,
    /// `?term`: one of the optional terms must be present.
    Optional,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Term {
    pub mode: TermMode,
    pub atom: TextAtom,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum TextAtom {
    /// A bare word or a quoted phrase, matched as a case-sensitive substring.
    Literal(String),
    /// `%regex%`.
    Regex(RegexPattern),
}

/// A compiled `%regex%`, remembered with the source the user wrote.
#[derive(Clone, Debug)]
pub(crate) struct RegexPattern {
    pub source: String,
    pub regex: Regex,
}

impl PartialEq for RegexPattern {
    fn eq(&self, other: &Self) -> bool {
        self.source == other.source
    }
}

/// A boolean combination of leaves. `And`/`Or` always hold at least two
/// children and never a child of their own kind (the parser flattens them),
/// so equivalent spellings such as `(a && b) && c` and `a && b && c` share
/// one tree.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Expr<T> {
    And(Vec<Expr<T>>),
    Or(Vec<Expr<T>>),
    Leaf(T),
}

impl<T> Expr<T> {
    /// Evaluates with short-circuiting; `leaf` decides each leaf.
    pub fn eval(&self, leaf: &mut impl FnMut(&T) -> bool) -> bool {
        match self {
            Expr::And(children) => children.iter().all(|c| c.eval(leaf)),
            Expr::Or(children) => children.iter().any(|c| c.eval(leaf)),
            Expr::Leaf(t) => leaf(t),
        }
    }

    /// Visits every leaf.
    pub fn for_each_leaf<'a>(&'a self, f: &mut impl FnMut(&'a T)) {
        match self {
            Expr::And(children) | Expr::Or(children) => {
                children.iter().for_each(|c| c.for_each_leaf(f));
            }
            Expr::Leaf(t) => f(t),
        }
    }

    /// Writes the expression, parenthesising an `||` group that sits inside
    /// an `&&` (the only place precedence needs help).
    pub fn write(
        &self,
        f: &mut fmt::Formatter<'_>,
        leaf: &impl Fn(&T, &mut fmt::Formatter<'_>) -> fmt::Result,
    ) -> fmt::Result {
        match self {
            Expr::Leaf(t) => leaf(t, f),
            Expr::Or(children) => {
                for (i, c) in children.iter().enumerate() {
                    if i > 0 {
                        f.write_str(" || ")?;
                    }
                    c.write(f, leaf)?;
                }
                Ok(())
            }
            Expr::And(children) => {
                for (i, c) in children.iter().enumerate() {
                    if i > 0 {
                        f.write_str(" && ")?;
                    }
                    if matches!(c, Expr::Or(_)) {
                        f.write_char('(')?;
                        c.write(f, leaf)?;
                        f.write_char(')')?;
                    } else {
                        c.write(f, leaf)?;
                    }
                }
                Ok(())
            }
        }
    }
}

/// One condition of a JSON pattern: a selector and what must hold for it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct JsonTest {
    pub selector: Selector,
    pub check: JsonCheck,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum JsonCheck {
    Compare(Comparison),
    IsNull,
    IsTrue,
    IsFalse,
    NotExists,
}

/// `OP VALUE`, shared by JSON conditions and space-delimited field conditions.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Comparison {
    pub op: CompareOp,
    pub operand: Operand,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CompareOp {
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
}

impl CompareOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Eq => "=",
            CompareOp::Ne => "!=",
            CompareOp::Lt => "<",
            CompareOp::Gt => ">",
            CompareOp::Le => "<=",
            CompareOp::Ge => ">=",
        }
    }

    /// `<`, `>`, `<=`, `>=` only make sense against numbers.
    pub fn is_ordering(self) -> bool {
        !matches!(self, CompareOp::Eq | CompareOp::Ne)
    }
}

/// The right-hand side of a comparison. Ordering operators only ever carry
/// `Number`; the parser enforces it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Operand {
    Text(Glob),
    Number(Number),
    Regex(RegexPattern),
}

/// A string with an optional `*` wildcard at either end. A `*` anywhere else
/// is an ordinary character, as the AWS guide describes (`Ev*ent` only
/// matches the text `Ev*ent`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Glob {
    pub leading: bool,
    pub trailing: bool,
    pub literal: String,
}

impl Glob {
    pub fn matches(&self, text: &str) -> bool {
        let lit = self.literal.as_str();
        match (self.leading, self.trailing) {
            (true, true) => text.contains(lit),
            (true, false) => text.ends_with(lit),
            (false, true) => text.starts_with(lit),
            (false, false) => text == lit,
        }
    }
}

/// A number as written in the pattern (or found in a message), with an exact
/// integer form when it has one so that large integers compare precisely.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Number {
    pub text: String,
    pub value: f64,
    pub int: Option<i128>,
}

/// A JSON property selector: `$` followed by segments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Selector {
    pub segments: Vec<Segment>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Segment {
    /// `.name` or `['name']`.
    Key(String),
    /// `[n]`.
    Index(usize),
    /// `.*`: every field of an object.
    AnyKey,
    /// `[*]`: every element of an array.
    AnyIndex,
}

/// One comma-separated entry of a space-delimited pattern.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Field {
    /// `...`: any number of message fields, including none.
    Ellipsis,
    /// An empty entry (as in a trailing comma): exactly one field, unnamed.
    Anonymous,
    /// A named field, optionally with conditions on its value.
    Named {
        name: String,
        condition: Option<Expr<Comparison>>,
    },
}

// ---------------------------------------------------------------------------
// Canonical rendering
// ---------------------------------------------------------------------------

/// Characters a bare unstructured term may consist of without quoting.
fn is_plain_term(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '_')
}

/// Characters a `.name` selector segment may contain; anything else needs
/// the bracket form.
pub(crate) fn is_key_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

fn write_quoted(f: &mut fmt::Formatter<'_>, s: &str) -> fmt::Result {
    f.write_char('"')?;
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                f.write_char('\\')?;
                f.write_char(c)?;
            }
            _ => f.write_char(c)?,
        }
    }
    f.write_char('"')
}

impl fmt::Display for Ast {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ast::Text(terms) => {
                for (i, term) in terms.iter().enumerate() {
                    if i > 0 {
                        f.write_char(' ')?;
                    }
                    match term.mode {
                        TermMode::Required => {}
                        TermMode::Excluded => f.write_char('-')?,
                        TermMode::Optional => f.write_char('?')?,
                    }
                    match &term.atom {
                        TextAtom::Literal(s) if is_plain_term(s) => f.write_str(s)?,
                        TextAtom::Literal(s) => write_quoted(f, s)?,
                        TextAtom::Regex(r) => write!(f, "%{}%", r.source)?,
                    }
                }
                Ok(())
            }
            Ast::Json(expr) => {
                f.write_str("{ ")?;
                expr.write(f, &|t: &JsonTest, f: &mut fmt::Formatter<'_>| {
                    write!(f, "{}", t.selector)?;
                    match &t.check {
                        JsonCheck::Compare(c) => write!(f, " {c}"),
                        JsonCheck::IsNull => f.write_str(" IS NULL"),
                        JsonCheck::IsTrue => f.write_str(" IS TRUE"),
                        JsonCheck::IsFalse => f.write_str(" IS FALSE"),
                        JsonCheck::NotExists => f.write_str(" NOT EXISTS"),
                    }
                })?;
                f.write_str(" }")
            }
            Ast::Delimited(fields) => {
                f.write_char('[')?;
                for (i, field) in fields.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    match field {
                        Field::Ellipsis => f.write_str("...")?,
                        Field::Anonymous => {}
                        Field::Named {
                            name,
                            condition: None,
                        } => f.write_str(name)?,
                        Field::Named {
                            name,
                            condition: Some(expr),
                        } => {
                            expr.write(f, &|c: &Comparison, f: &mut fmt::Formatter<'_>| {
                                write!(f, "{name} {c}")
                            })?;
                        }
                    }
                }
                f.write_char(']')
            }
        }
    }
}

impl fmt::Display for Comparison {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ", self.op.symbol())?;
        match &self.operand {
            Operand::Number(n) => f.write_str(&n.text),
            Operand::Regex(r) => write!(f, "%{}%", r.source),
            Operand::Text(g) => {
                // Always quoted, so the value can never be mistaken for a
                // number, a regex or a keyword when parsed again. Every `*` of
                // the literal is escaped; only the wildcard ends stay bare.
                f.write_char('"')?;
                if g.leading {
                    f.write_char('*')?;
                }
                for c in g.literal.chars() {
                    match c {
                        '"' | '\\' | '*' => {
                            f.write_char('\\')?;
                            f.write_char(c)?;
                        }
                        _ => f.write_char(c)?,
                    }
                }
                if g.trailing {
                    f.write_char('*')?;
                }
                f.write_char('"')
            }
        }
    }
}

impl fmt::Display for Selector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_char('$')?;
        for seg in &self.segments {
            match seg {
                Segment::Key(k) if !k.is_empty() && k.chars().all(is_key_char) => {
                    write!(f, ".{k}")?;
                }
                Segment::Key(k) => {
                    f.write_str(".['")?;
                    for c in k.chars() {
                        if c == '\'' || c == '\\' {
                            f.write_char('\\')?;
                        }
                        f.write_char(c)?;
                    }
                    f.write_str("']")?;
                }
                Segment::Index(i) => write!(f, "[{i}]")?,
                Segment::AnyKey => f.write_str(".*")?,
                Segment::AnyIndex => f.write_str("[*]")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glob_positions() {
        let g = |leading, trailing, lit: &str| Glob {
            leading,
            trailing,
            literal: lit.into(),
        };
        assert!(g(true, false, "Event").matches("PutEvent"));
        assert!(!g(true, false, "Event").matches("EventId"));
        assert!(g(false, true, "Event").matches("EventId"));
        assert!(g(true, true, ".html").matches("GET /index.html HTTP/1.0"));
        assert!(g(false, false, "Ev*ent").matches("Ev*ent"));
        assert!(!g(false, false, "Ev*ent").matches("Event"));
        assert!(g(true, false, "").matches(""));
    }
}
