//! The parsed query: a pipeline of commands over expressions. Printing (`Display`) gives a
//! canonical query text that parses back to the same tree.

use std::fmt;

use crate::lexer::is_plain_name;

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Fields(Vec<Projection>),
    Display(Vec<Projection>),
    Filter(Expr),
    Parse(ParseCommand),
    Stats(StatsCommand),
    Sort(Vec<SortKey>),
    Limit(usize),
    Dedup(Vec<String>),
}

/// An expression and the name its value is shown under.
#[derive(Clone, Debug)]
pub struct Projection {
    pub expr: Expr,
    /// `as NAME`, or the expression's text as written.
    pub name: String,
    pub aliased: bool,
}

/// Two projections are the same when they compute the same value under the same name, however
/// the name came about.
impl PartialEq for Projection {
    fn eq(&self, other: &Self) -> bool {
        self.expr == other.expr && self.name == other.name
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ParseCommand {
    pub source: Expr,
    pub pattern: ParsePattern,
    /// The fields it extracts, in capture order.
    pub names: Vec<String>,
    /// `as` was written (glob patterns always have it).
    pub explicit_names: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ParsePattern {
    /// `"user=*, method:*"`: each `*` captures.
    Glob(String),
    /// `/(?<name>...)/`.
    Regex(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct StatsCommand {
    pub aggregates: Vec<Projection>,
    pub by: Vec<Projection>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SortKey {
    pub expr: Expr,
    pub descending: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Or,
    And,
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

impl BinaryOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Or => "or",
            BinaryOp::And => "and",
            BinaryOp::Eq => "=",
            BinaryOp::Ne => "!=",
            BinaryOp::Lt => "<",
            BinaryOp::Le => "<=",
            BinaryOp::Gt => ">",
            BinaryOp::Ge => ">=",
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
            BinaryOp::Rem => "%",
            BinaryOp::Pow => "^",
        }
    }

    /// Binding strength; higher binds tighter.
    pub fn precedence(self) -> u8 {
        match self {
            BinaryOp::Or => 1,
            BinaryOp::And => 2,
            BinaryOp::Eq
            | BinaryOp::Ne
            | BinaryOp::Lt
            | BinaryOp::Le
            | BinaryOp::Gt
            | BinaryOp::Ge => 4,
            BinaryOp::Add | BinaryOp::Sub => 5,
            BinaryOp::Mul | BinaryOp::Div | BinaryOp::Rem => 6,
            BinaryOp::Pow => 7,
        }
    }
}

/// What `like` / `=~` match against.
#[derive(Clone, Debug, PartialEq)]
pub enum LikePattern {
    /// A string literal: substring match.
    Substring(String),
    /// A regular expression literal.
    Regex(String),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    Field(String),
    Str(String),
    Num(f64),
    /// A time period in milliseconds, as written (`5m`).
    Duration(i64),
    /// `*`, only as the argument of `count`.
    Star,
    Not(Box<Expr>),
    Neg(Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    Like {
        expr: Box<Expr>,
        pattern: LikePattern,
        negated: bool,
    },
    In {
        expr: Box<Expr>,
        list: Vec<Expr>,
        negated: bool,
    },
    Call(String, Vec<Expr>),
}

fn write_name(f: &mut fmt::Formatter<'_>, name: &str) -> fmt::Result {
    if is_plain_name(name) && !crate::parser::is_reserved(name) {
        f.write_str(name)
    } else {
        // A backtick inside a quoted name is doubled, as in SQL identifiers.
        write!(f, "`{}`", name.replace('`', "``"))
    }
}

fn write_string(f: &mut fmt::Formatter<'_>, s: &str) -> fmt::Result {
    f.write_str("\"")?;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => f.write_str("\\\"")?,
            '\n' => f.write_str("\\n")?,
            '\t' => f.write_str("\\t")?,
            // A backslash before a character the lexer would take as an escape is doubled.
            '\\' if matches!(chars.peek(), None | Some('"' | '\\' | 'n' | 't')) => {
                f.write_str("\\\\")?
            }
            c => write!(f, "{c}")?,
        }
    }
    f.write_str("\"")
}

fn write_regex(f: &mut fmt::Formatter<'_>, re: &str) -> fmt::Result {
    f.write_str("/")?;
    let mut chars = re.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' => f.write_str("\\/")?,
            '\\' => {
                f.write_str("\\")?;
                if let Some(next) = chars.next() {
                    write!(f, "{next}")?;
                }
            }
            c => write!(f, "{c}")?,
        }
    }
    f.write_str("/")
}

fn write_duration(f: &mut fmt::Formatter<'_>, ms: i64) -> fmt::Result {
    for (unit, factor) in [
        ("w", 604_800_000),
        ("d", 86_400_000),
        ("h", 3_600_000),
        ("m", 60_000),
        ("s", 1_000),
    ] {
        if ms % factor == 0 {
            return write!(f, "{}{unit}", ms / factor);
        }
    }
    write!(f, "{ms}ms")
}

impl Expr {
    fn precedence(&self) -> u8 {
        match self {
            Expr::Binary(op, ..) => op.precedence(),
            Expr::Not(_) => 3,
            Expr::Like { .. } | Expr::In { .. } => 4,
            _ => 9,
        }
    }

    fn write_operand(&self, f: &mut fmt::Formatter<'_>, min: u8) -> fmt::Result {
        if self.precedence() < min {
            write!(f, "({self})")
        } else {
            write!(f, "{self}")
        }
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expr::Field(name) => write_name(f, name),
            Expr::Str(s) => write_string(f, s),
            Expr::Num(n) => {
                if n.fract() == 0.0 && n.abs() < 1e15 {
                    write!(f, "{n:.0}")
                } else {
                    write!(f, "{n:e}")
                }
            }
            Expr::Duration(ms) => write_duration(f, *ms),
            Expr::Star => f.write_str("*"),
            Expr::Not(e) => {
                f.write_str("not ")?;
                e.write_operand(f, 3)
            }
            Expr::Neg(e) => {
                f.write_str("-")?;
                e.write_operand(f, 9)
            }
            Expr::Binary(op, l, r) => {
                let p = op.precedence();
                // Comparisons don't chain; powers associate to the right, the rest to the left.
                let (lmin, rmin) = match op {
                    BinaryOp::Pow => (p + 1, p),
                    _ if p == 4 => (p + 1, p + 1),
                    _ => (p, p + 1),
                };
                l.write_operand(f, lmin)?;
                write!(f, " {} ", op.symbol())?;
                r.write_operand(f, rmin)
            }
            Expr::Like {
                expr,
                pattern,
                negated,
            } => {
                expr.write_operand(f, 5)?;
                f.write_str(if *negated { " not like " } else { " like " })?;
                match pattern {
                    LikePattern::Substring(s) => write_string(f, s),
                    LikePattern::Regex(r) => write_regex(f, r),
                }
            }
            Expr::In {
                expr,
                list,
                negated,
            } => {
                expr.write_operand(f, 5)?;
                f.write_str(if *negated { " not in [" } else { " in [" })?;
                for (i, e) in list.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    e.write_operand(f, 5)?;
                }
                f.write_str("]")
            }
            Expr::Call(name, args) => {
                write!(f, "{name}(")?;
                for (i, e) in args.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{e}")?;
                }
                f.write_str(")")
            }
        }
    }
}

impl fmt::Display for Projection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.expr.to_string();
        f.write_str(&text)?;
        // The shown name survives printing: written out unless it is what the text implies.
        let implied = match &self.expr {
            Expr::Field(name) => name == &self.name,
            _ => text == self.name,
        };
        if self.aliased || !implied {
            f.write_str(" as ")?;
            write_name(f, &self.name)?;
        }
        Ok(())
    }
}

fn write_list<T: fmt::Display>(f: &mut fmt::Formatter<'_>, items: &[T]) -> fmt::Result {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        write!(f, "{item}")?;
    }
    Ok(())
}

impl fmt::Display for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Command::Fields(p) => {
                f.write_str("fields ")?;
                write_list(f, p)
            }
            Command::Display(p) => {
                f.write_str("display ")?;
                write_list(f, p)
            }
            Command::Filter(e) => write!(f, "filter {e}"),
            Command::Parse(p) => {
                write!(f, "parse {} ", p.source)?;
                match &p.pattern {
                    ParsePattern::Glob(g) => write_string(f, g)?,
                    ParsePattern::Regex(r) => write_regex(f, r)?,
                }
                if p.explicit_names {
                    f.write_str(" as ")?;
                    for (i, n) in p.names.iter().enumerate() {
                        if i > 0 {
                            f.write_str(", ")?;
                        }
                        write_name(f, n)?;
                    }
                }
                Ok(())
            }
            Command::Stats(s) => {
                f.write_str("stats ")?;
                write_list(f, &s.aggregates)?;
                if !s.by.is_empty() {
                    f.write_str(" by ")?;
                    write_list(f, &s.by)?;
                }
                Ok(())
            }
            Command::Sort(keys) => {
                f.write_str("sort ")?;
                for (i, k) in keys.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(
                        f,
                        "{} {}",
                        k.expr,
                        if k.descending { "desc" } else { "asc" }
                    )?;
                }
                Ok(())
            }
            Command::Limit(n) => write!(f, "limit {n}"),
            Command::Dedup(names) => {
                f.write_str("dedup ")?;
                for (i, n) in names.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write_name(f, n)?;
                }
                Ok(())
            }
        }
    }
}
