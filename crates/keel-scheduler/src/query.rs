//! ECS's cluster query language: the expressions of `memberOf` placement constraints and of
//! ListContainerInstances' `filter`.
//!
//! An expression compares a subject with an argument (`subject operator [argument]`) and joins
//! comparisons with `and`/`&&`, `or`/`||`, `not`/`!` and parentheses. Precedence, highest first:
//! parentheses, `not`, `and`, `or` (as ECS documents it). Subjects are `attribute:NAME`,
//! `task:group` and the built-ins `agentConnected`, `agentVersion`, `ec2InstanceId`,
//! `registeredAt` and `runningTasksCount`, each with the operators ECS allows for it.
//!
//! Evaluation rules where ECS is silent:
//! - The negated operators (`!=`, `not_in`, `!~`, `not_exists`) are exact complements of their
//!   positive forms, so `attribute:x != a` holds on an instance without attribute `x`, and
//!   `task:group != g` holds on an instance that runs no task of group `g`.
//! - `=~` matches the whole value (Java's `String.matches`, which ECS's Java-syntax regexes
//!   follow), with the Rust `regex` crate's syntax, which shares Java's common core.
//! - Ordering (`>`, `<`, ...) compares numbers as numbers, dotted versions (`1.14.5`) part by part,
//!   `registeredAt` as instants, and anything else as text.

use std::fmt;

/// A parsed expression.
#[derive(Clone, Debug)]
pub enum Expr {
    /// Two or more operands, all of which hold.
    And(Vec<Expr>),
    /// Two or more operands, one of which holds.
    Or(Vec<Expr>),
    Not(Box<Expr>),
    Compare(Comparison),
}

/// `subject operator [argument]`.
#[derive(Clone, Debug)]
pub struct Comparison {
    pub subject: Subject,
    pub op: Op,
    pub args: Vec<String>,
    /// The compiled pattern of `=~` / `!~`.
    regex: Option<regex::Regex>,
}

impl PartialEq for Comparison {
    fn eq(&self, other: &Self) -> bool {
        self.subject == other.subject && self.op == other.op && self.args == other.args
    }
}

impl PartialEq for Expr {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Expr::And(a), Expr::And(b)) | (Expr::Or(a), Expr::Or(b)) => a == b,
            (Expr::Not(a), Expr::Not(b)) => a == b,
            (Expr::Compare(a), Expr::Compare(b)) => a == b,
            _ => false,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Subject {
    Attribute(String),
    TaskGroup,
    AgentConnected,
    AgentVersion,
    Ec2InstanceId,
    RegisteredAt,
    RunningTasksCount,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Op {
    Eq,
    Ne,
    Gt,
    Ge,
    Lt,
    Le,
    Exists,
    NotExists,
    In,
    NotIn,
    Matches,
    NotMatches,
}

impl Op {
    fn symbol(self) -> &'static str {
        match self {
            Op::Eq => "==",
            Op::Ne => "!=",
            Op::Gt => ">",
            Op::Ge => ">=",
            Op::Lt => "<",
            Op::Le => "<=",
            Op::Exists => "exists",
            Op::NotExists => "!exists",
            Op::In => "in",
            Op::NotIn => "!in",
            Op::Matches => "=~",
            Op::NotMatches => "!~",
        }
    }

    fn takes_list(self) -> bool {
        matches!(self, Op::In | Op::NotIn)
    }

    fn takes_argument(self) -> bool {
        !matches!(self, Op::Exists | Op::NotExists)
    }

    fn is_regex(self) -> bool {
        matches!(self, Op::Matches | Op::NotMatches)
    }
}

impl Subject {
    fn name(&self) -> String {
        match self {
            Subject::Attribute(name) => format!("attribute:{name}"),
            Subject::TaskGroup => "task:group".into(),
            Subject::AgentConnected => "agentConnected".into(),
            Subject::AgentVersion => "agentVersion".into(),
            Subject::Ec2InstanceId => "ec2InstanceId".into(),
            Subject::RegisteredAt => "registeredAt".into(),
            Subject::RunningTasksCount => "runningTasksCount".into(),
        }
    }

    /// The operators ECS documents for this subject.
    fn allows(&self, op: Op) -> bool {
        use Op::*;
        match self {
            Subject::Attribute(_) => true,
            Subject::TaskGroup => {
                matches!(op, Eq | Ne | In | NotIn | Exists | Matches | NotMatches)
            }
            Subject::AgentConnected | Subject::Ec2InstanceId => {
                matches!(op, Eq | Ne | In | NotIn | Matches | NotMatches)
            }
            Subject::AgentVersion | Subject::RegisteredAt | Subject::RunningTasksCount => {
                matches!(op, Eq | Ne | Gt | Ge | Lt | Le)
            }
        }
    }

    /// Whether the subject's value on an instance changes as tasks are placed on it.
    pub fn depends_on_placements(&self) -> bool {
        matches!(self, Subject::TaskGroup)
    }
}

/// Which part of a comparison an error is about.
#[derive(Clone, Copy, Debug)]
enum Blame {
    Operator,
    Argument,
}

/// ECS's limit on an expression's length.
pub const MAX_EXPRESSION_LENGTH: usize = 2000;

/// A malformed expression: what is wrong and where (a 0-based character offset).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message} at position {position}")]
pub struct ParseError {
    pub position: usize,
    pub message: String,
}

/// What an expression is evaluated against: one container instance.
pub trait Target {
    fn attribute(&self, name: &str) -> Option<&str>;
    fn ec2_instance_id(&self) -> &str;
    fn agent_connected(&self) -> bool;
    fn agent_version(&self) -> Option<&str>;
    /// Milliseconds since the Unix epoch.
    fn registered_at_ms(&self) -> i64;
    fn running_tasks_count(&self) -> u64;
    /// Calls `f` with the group of every task on the instance until it returns true.
    fn any_task_group(&self, f: &mut dyn FnMut(&str) -> bool) -> bool;
}

impl Expr {
    /// Parses an expression, refusing more than [`MAX_EXPRESSION_LENGTH`] characters.
    pub fn parse(text: &str) -> Result<Expr, ParseError> {
        let chars: Vec<char> = text.chars().collect();
        if chars.len() > MAX_EXPRESSION_LENGTH {
            return Err(ParseError {
                position: MAX_EXPRESSION_LENGTH,
                message: format!("expression is longer than {MAX_EXPRESSION_LENGTH} characters"),
            });
        }
        let mut parser = Parser { chars, at: 0 };
        parser.skip_ws();
        if parser.at_end() {
            return Err(parser.error("expected an expression"));
        }
        let expr = parser.or()?;
        parser.skip_ws();
        if !parser.at_end() {
            return Err(parser.error("unexpected text after the expression"));
        }
        Ok(expr)
    }

    /// Whether the expression holds for `target`.
    pub fn matches(&self, target: &dyn Target) -> bool {
        match self {
            Expr::And(items) => items.iter().all(|e| e.matches(target)),
            Expr::Or(items) => items.iter().any(|e| e.matches(target)),
            Expr::Not(inner) => !inner.matches(target),
            Expr::Compare(c) => c.matches(target),
        }
    }

    /// Whether evaluating the expression reads something placements change (`task:group`).
    pub fn depends_on_placements(&self) -> bool {
        match self {
            Expr::And(items) | Expr::Or(items) => items.iter().any(Expr::depends_on_placements),
            Expr::Not(inner) => inner.depends_on_placements(),
            Expr::Compare(c) => c.subject.depends_on_placements(),
        }
    }

    /// The same expression with nested `and`s (and `or`s) flattened, as the parser builds it.
    pub fn normalized(self) -> Expr {
        fn flatten(items: Vec<Expr>, and: bool) -> Vec<Expr> {
            let mut out = Vec::new();
            for item in items.into_iter().map(Expr::normalized) {
                match item {
                    Expr::And(inner) if and => out.extend(inner),
                    Expr::Or(inner) if !and => out.extend(inner),
                    other => out.push(other),
                }
            }
            out
        }
        match self {
            Expr::And(items) => Expr::And(flatten(items, true)),
            Expr::Or(items) => Expr::Or(flatten(items, false)),
            Expr::Not(inner) => Expr::Not(Box::new(inner.normalized())),
            other => other,
        }
    }

    /// Builds a comparison, checking it as the parser would.
    pub fn compare(subject: Subject, op: Op, args: Vec<String>) -> Result<Expr, String> {
        Comparison::new(subject, op, args)
            .map(Expr::Compare)
            .map_err(|(_, message)| message)
    }
}

impl Comparison {
    /// Errors say whether the operator or the argument is at fault.
    fn new(subject: Subject, op: Op, args: Vec<String>) -> Result<Comparison, (Blame, String)> {
        Self::check(subject, op, args)
    }

    fn check(subject: Subject, op: Op, args: Vec<String>) -> Result<Comparison, (Blame, String)> {
        let arg = |message: String| (Blame::Argument, message);
        if !subject.allows(op) {
            return Err((
                Blame::Operator,
                format!(
                    "operator '{}' is not valid for {}",
                    op.symbol(),
                    subject.name()
                ),
            ));
        }
        let wanted = match op {
            Op::Exists | Op::NotExists => args.is_empty(),
            Op::In | Op::NotIn => !args.is_empty(),
            _ => args.len() == 1,
        };
        if !wanted {
            return Err(arg(format!(
                "wrong number of arguments for '{}'",
                op.symbol()
            )));
        }
        if subject == Subject::RegisteredAt && parse_instant(&args[0]).is_none() {
            return Err(arg(format!(
                "'{}' is not a date (use 2018-06-18T22:28:28+00:00, 2018-06-18T22:28:28Z, 2018-06-18T22:28:28 or 2018-06-18)",
                args[0]
            )));
        }
        if subject == Subject::RunningTasksCount && args[0].parse::<u64>().is_err() {
            return Err(arg(format!("'{}' is not a task count", args[0])));
        }
        let regex = if op.is_regex() {
            let anchored = format!("^(?:{})$", args[0]);
            Some(
                regex::RegexBuilder::new(&anchored)
                    .size_limit(1 << 20)
                    .build()
                    .map_err(|e| arg(format!("invalid regular expression '{}': {e}", args[0])))?,
            )
        } else {
            None
        };
        Ok(Comparison {
            subject,
            op,
            args,
            regex,
        })
    }

    fn matches(&self, target: &dyn Target) -> bool {
        if self.subject == Subject::TaskGroup {
            return self.matches_groups(target);
        }
        let value: Option<&str> = match &self.subject {
            Subject::Attribute(name) => target.attribute(name),
            Subject::Ec2InstanceId => Some(target.ec2_instance_id()),
            Subject::AgentConnected => Some(if target.agent_connected() {
                "true"
            } else {
                "false"
            }),
            Subject::AgentVersion => target.agent_version(),
            Subject::RegisteredAt => {
                let at = target.registered_at_ms();
                let arg = parse_instant(&self.args[0]).unwrap_or(0);
                return ordered(self.op, at.cmp(&arg));
            }
            Subject::RunningTasksCount => {
                let count = target.running_tasks_count();
                let arg = self.args[0].parse::<u64>().unwrap_or(0);
                return ordered(self.op, count.cmp(&arg));
            }
            Subject::TaskGroup => unreachable!("handled above"),
        };
        let owned = value;
        match self.op {
            Op::Exists => owned.is_some(),
            Op::NotExists => owned.is_none(),
            Op::Eq => owned == Some(self.args[0].as_str()),
            Op::Ne => owned != Some(self.args[0].as_str()),
            Op::In => owned.is_some_and(|v| self.args.iter().any(|a| a == v)),
            Op::NotIn => !owned.is_some_and(|v| self.args.iter().any(|a| a == v)),
            Op::Matches => owned.is_some_and(|v| self.regex_matches(v)),
            Op::NotMatches => !owned.is_some_and(|v| self.regex_matches(v)),
            Op::Gt | Op::Ge | Op::Lt | Op::Le => {
                owned.is_some_and(|v| ordered(self.op, compare_values(v, &self.args[0])))
            }
        }
    }

    fn regex_matches(&self, value: &str) -> bool {
        self.regex.as_ref().is_some_and(|r| r.is_match(value))
    }

    /// `task:group` is a set per instance: `==` holds if some task has that group.
    fn matches_groups(&self, target: &dyn Target) -> bool {
        let positive = match self.op {
            Op::Eq | Op::Ne => target.any_task_group(&mut |g| g == self.args[0]),
            Op::In | Op::NotIn => target.any_task_group(&mut |g| self.args.iter().any(|a| a == g)),
            Op::Matches | Op::NotMatches => target.any_task_group(&mut |g| self.regex_matches(g)),
            Op::Exists | Op::NotExists => target.any_task_group(&mut |_| true),
            _ => false,
        };
        match self.op {
            Op::Ne | Op::NotIn | Op::NotMatches | Op::NotExists => !positive,
            _ => positive,
        }
    }
}

fn ordered(op: Op, ord: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        Op::Eq => ord == Equal,
        Op::Ne => ord != Equal,
        Op::Gt => ord == Greater,
        Op::Ge => ord != Less,
        Op::Lt => ord == Less,
        Op::Le => ord != Greater,
        _ => false,
    }
}

/// Numbers as numbers, dotted versions part by part, anything else as text.
fn compare_values(a: &str, b: &str) -> std::cmp::Ordering {
    if let (Ok(x), Ok(y)) = (a.parse::<f64>(), b.parse::<f64>()) {
        return x.partial_cmp(&y).unwrap_or(std::cmp::Ordering::Equal);
    }
    let version = |s: &str| -> Option<Vec<u64>> {
        let s = s.strip_prefix('v').unwrap_or(s);
        s.split('.').map(|p| p.parse::<u64>().ok()).collect()
    };
    if let (Some(x), Some(y)) = (version(a), version(b)) {
        return x.cmp(&y);
    }
    a.cmp(b)
}

/// The date forms ECS accepts for `registeredAt`, as milliseconds since the epoch (UTC unless an
/// offset is given).
pub fn parse_instant(text: &str) -> Option<i64> {
    let (date, rest) = text.split_at(text.len().min(10));
    let mut parts = date.split('-');
    let year: i64 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let day: u32 = parts.next()?.parse().ok()?;
    if date.len() != 10
        || !(1..=12).contains(&month)
        || !(1..=days_in_month(year, month)).contains(&day)
    {
        return None;
    }
    let mut seconds = days_from_civil(year, month, day) * 86_400;
    if rest.is_empty() {
        return Some(seconds * 1000);
    }
    let time = rest.strip_prefix('T')?;
    if time.len() < 8 {
        return None;
    }
    let (clock, zone) = time.split_at(8);
    let hms: Vec<&str> = clock.split(':').collect();
    if hms.len() != 3 || hms.iter().any(|p| p.len() != 2) {
        return None;
    }
    let (h, m, s): (i64, i64, i64) = (
        hms[0].parse().ok()?,
        hms[1].parse().ok()?,
        hms[2].parse().ok()?,
    );
    if h > 23 || m > 59 || s > 60 {
        return None;
    }
    seconds += h * 3600 + m * 60 + s;
    let offset = match zone {
        "" | "Z" => 0,
        _ => {
            let sign = match zone.as_bytes()[0] {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let hm = &zone[1..];
            if hm.len() != 5 || hm.as_bytes()[2] != b':' {
                return None;
            }
            let oh: i64 = hm[..2].parse().ok()?;
            let om: i64 = hm[3..].parse().ok()?;
            if oh > 23 || om > 59 {
                return None;
            }
            sign * (oh * 3600 + om * 60)
        }
    };
    Some((seconds - offset) * 1000)
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

struct Parser {
    chars: Vec<char>,
    at: usize,
}

/// Characters that end a bare word.
fn is_delimiter(c: char) -> bool {
    c.is_whitespace() || "()[],!=<>~&|'\"".contains(c)
}

impl Parser {
    fn error(&self, message: impl Into<String>) -> ParseError {
        ParseError {
            position: self.at,
            message: message.into(),
        }
    }

    fn at_end(&self) -> bool {
        self.at >= self.chars.len()
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn skip_ws(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.at += 1;
        }
    }

    fn starts_with(&self, text: &str) -> bool {
        (self.at..)
            .zip(text.chars())
            .all(|(i, c)| self.chars.get(i) == Some(&c))
    }

    /// A keyword (`and`, `not`, ...) at the cursor, ending where a word would.
    fn keyword(&self, word: &str) -> bool {
        if !self.starts_with(word) {
            return false;
        }
        let next = self.chars.get(self.at + word.chars().count()).copied();
        next.is_none_or(|c| c.is_whitespace() || c == '(')
    }

    fn or(&mut self) -> Result<Expr, ParseError> {
        let mut items = vec![self.and()?];
        loop {
            self.skip_ws();
            if self.starts_with("||") || self.keyword("or") {
                self.at += 2;
            } else {
                break;
            }
            items.push(self.and()?);
        }
        Ok(join(items, false))
    }

    fn and(&mut self) -> Result<Expr, ParseError> {
        let mut items = vec![self.unary()?];
        loop {
            self.skip_ws();
            if self.starts_with("&&") {
                self.at += 2;
            } else if self.keyword("and") {
                self.at += 3;
            } else {
                break;
            }
            items.push(self.unary()?);
        }
        Ok(join(items, true))
    }

    fn unary(&mut self) -> Result<Expr, ParseError> {
        self.skip_ws();
        if self.keyword("not") {
            self.at += 3;
            return Ok(Expr::Not(Box::new(self.unary()?)));
        }
        if self.peek() == Some('!') {
            self.at += 1;
            return Ok(Expr::Not(Box::new(self.unary()?)));
        }
        if self.peek() == Some('(') {
            self.at += 1;
            let inner = self.or()?;
            self.skip_ws();
            if self.peek() != Some(')') {
                return Err(self.error("expected ')'"));
            }
            self.at += 1;
            return Ok(inner);
        }
        self.comparison()
    }

    fn comparison(&mut self) -> Result<Expr, ParseError> {
        self.skip_ws();
        let start = self.at;
        let word = self.bare_word();
        if word.is_empty() {
            return Err(self.error(match self.peek() {
                None => "expected a subject".to_string(),
                Some(c) => format!("expected a subject, found '{c}'"),
            }));
        }
        let subject = match word.as_str() {
            "task:group" => Subject::TaskGroup,
            "agentConnected" => Subject::AgentConnected,
            "agentVersion" => Subject::AgentVersion,
            "ec2InstanceId" => Subject::Ec2InstanceId,
            "registeredAt" => Subject::RegisteredAt,
            "runningTasksCount" => Subject::RunningTasksCount,
            other => match other.strip_prefix("attribute:") {
                Some(name) if !name.is_empty() => Subject::Attribute(name.to_string()),
                _ => {
                    return Err(ParseError {
                        position: start,
                        message: format!("unknown subject '{other}'"),
                    });
                }
            },
        };
        self.skip_ws();
        let op_at = self.at;
        let op = self.operator().ok_or_else(|| {
            self.error(format!("expected an operator after '{}'", subject.name()))
        })?;
        self.skip_ws();
        let arg_at = self.at;
        let args = if op.takes_list() {
            self.list()?
        } else if op.takes_argument() {
            self.skip_ws();
            vec![self.value(op.is_regex())?]
        } else {
            Vec::new()
        };
        Comparison::new(subject, op, args)
            .map(Expr::Compare)
            .map_err(|(blame, message)| ParseError {
                position: match blame {
                    Blame::Operator => op_at,
                    Blame::Argument => arg_at,
                },
                message,
            })
    }

    fn bare_word(&mut self) -> String {
        let start = self.at;
        while self.peek().is_some_and(|c| !is_delimiter(c)) {
            self.at += 1;
        }
        self.chars[start..self.at].iter().collect()
    }

    fn operator(&mut self) -> Option<Op> {
        const SYMBOLS: &[(&str, Op)] = &[
            ("==", Op::Eq),
            ("!=", Op::Ne),
            (">=", Op::Ge),
            ("<=", Op::Le),
            (">", Op::Gt),
            ("<", Op::Lt),
            ("=~", Op::Matches),
            ("!~", Op::NotMatches),
        ];
        for (symbol, op) in SYMBOLS {
            if self.starts_with(symbol) {
                self.at += symbol.len();
                return Some(*op);
            }
        }
        const WORDS: &[(&str, Op)] = &[
            ("!exists", Op::NotExists),
            ("!in", Op::NotIn),
            ("equals", Op::Eq),
            ("not_equals", Op::Ne),
            ("greater_than_equal", Op::Ge),
            ("greater_than", Op::Gt),
            ("less_than_equal", Op::Le),
            ("less_than", Op::Lt),
            ("exists", Op::Exists),
            ("not_exists", Op::NotExists),
            ("in", Op::In),
            ("not_in", Op::NotIn),
            ("matches", Op::Matches),
            ("not_matches", Op::NotMatches),
        ];
        for (word, op) in WORDS {
            let n = word.chars().count();
            if self.starts_with(word)
                && self
                    .chars
                    .get(self.at + n)
                    .is_none_or(|c| c.is_whitespace() || "([)".contains(*c))
            {
                self.at += n;
                return Some(*op);
            }
        }
        None
    }

    fn list(&mut self) -> Result<Vec<String>, ParseError> {
        self.skip_ws();
        let close = match self.peek() {
            Some('[') => ']',
            Some('(') => ')',
            _ => return Err(self.error("expected '[' to start a list")),
        };
        self.at += 1;
        let mut items = Vec::new();
        loop {
            self.skip_ws();
            items.push(self.value(false)?);
            self.skip_ws();
            match self.peek() {
                Some(',') => self.at += 1,
                Some(c) if c == close => {
                    self.at += 1;
                    return Ok(items);
                }
                _ => return Err(self.error(format!("expected ',' or '{close}'"))),
            }
        }
    }

    /// A quoted string, or a bare word. A regex's bare word may hold brackets and operator
    /// characters as long as its brackets balance; it ends at whitespace or an unmatched `)`.
    fn value(&mut self, regex: bool) -> Result<String, ParseError> {
        match self.peek() {
            Some(q @ ('\'' | '"')) => {
                let start = self.at;
                self.at += 1;
                let mut out = String::new();
                loop {
                    match self.peek() {
                        None => {
                            return Err(ParseError {
                                position: start,
                                message: "unterminated quoted string".into(),
                            });
                        }
                        Some('\\') => {
                            self.at += 1;
                            match self.peek() {
                                Some(c) => {
                                    out.push(c);
                                    self.at += 1;
                                }
                                None => return Err(self.error("unterminated escape")),
                            }
                        }
                        Some(c) if c == q => {
                            self.at += 1;
                            return Ok(out);
                        }
                        Some(c) => {
                            out.push(c);
                            self.at += 1;
                        }
                    }
                }
            }
            _ if regex => {
                let start = self.at;
                let mut depth = 0i32;
                while let Some(c) = self.peek() {
                    if c.is_whitespace() {
                        break;
                    }
                    match c {
                        '(' | '[' => depth += 1,
                        ')' | ']' if depth == 0 => break,
                        ')' | ']' => depth -= 1,
                        '\\' => self.at += 1,
                        _ => {}
                    }
                    self.at += 1;
                }
                self.at = self.at.min(self.chars.len());
                if self.at == start {
                    return Err(self.error("expected a regular expression"));
                }
                Ok(self.chars[start..self.at].iter().collect())
            }
            _ => {
                let word = self.bare_word();
                if word.is_empty() {
                    return Err(self.error(match self.peek() {
                        None => "expected a value".to_string(),
                        Some(c) => format!("expected a value, found '{c}'"),
                    }));
                }
                Ok(word)
            }
        }
    }
}

fn join(mut items: Vec<Expr>, and: bool) -> Expr {
    if items.len() == 1 {
        return items.pop().expect("one item");
    }
    let mut flat = Vec::with_capacity(items.len());
    for item in items {
        match item {
            Expr::And(inner) if and => flat.extend(inner),
            Expr::Or(inner) if !and => flat.extend(inner),
            other => flat.push(other),
        }
    }
    if and { Expr::And(flat) } else { Expr::Or(flat) }
}

/// Whether a value can be written without quotes and read back the same.
fn is_bare(value: &str, regex: bool) -> bool {
    if value.is_empty() || value.chars().any(is_delimiter) {
        return false;
    }
    // A bare `and`/`or`/`not` after an operator reads back as a value, but keeping them quoted
    // reads better; the same for anything that looks like an operator word.
    !regex || !value.contains('\\')
}

fn write_value(f: &mut fmt::Formatter<'_>, value: &str, regex: bool) -> fmt::Result {
    if is_bare(value, regex) {
        return f.write_str(value);
    }
    f.write_str("'")?;
    for c in value.chars() {
        if c == '\'' || c == '\\' {
            f.write_str("\\")?;
        }
        write!(f, "{c}")?;
    }
    f.write_str("'")
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expr::And(items) | Expr::Or(items) => {
                let and = matches!(self, Expr::And(_));
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(if and { " and " } else { " or " })?;
                    }
                    // `and` binds tighter than `or`: only an `or` inside an `and` needs parentheses.
                    if and && matches!(item, Expr::Or(_)) {
                        write!(f, "({item})")?;
                    } else {
                        write!(f, "{item}")?;
                    }
                }
                Ok(())
            }
            Expr::Not(inner) => write!(f, "not ({inner})"),
            Expr::Compare(c) => {
                write!(f, "{} {}", c.subject.name(), c.op.symbol())?;
                if c.op.takes_list() {
                    f.write_str(" [")?;
                    for (i, arg) in c.args.iter().enumerate() {
                        if i > 0 {
                            f.write_str(", ")?;
                        }
                        write_value(f, arg, false)?;
                    }
                    f.write_str("]")
                } else if let Some(arg) = c.args.first() {
                    f.write_str(" ")?;
                    write_value(f, arg, c.op.is_regex())
                } else {
                    Ok(())
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Inst {
        attrs: Vec<(&'static str, &'static str)>,
        groups: Vec<&'static str>,
        running: u64,
        registered_at_ms: i64,
        agent_version: Option<&'static str>,
    }

    impl Target for Inst {
        fn attribute(&self, name: &str) -> Option<&str> {
            self.attrs.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
        }
        fn ec2_instance_id(&self) -> &str {
            "i-0abc"
        }
        fn agent_connected(&self) -> bool {
            true
        }
        fn agent_version(&self) -> Option<&str> {
            self.agent_version
        }
        fn registered_at_ms(&self) -> i64 {
            self.registered_at_ms
        }
        fn running_tasks_count(&self) -> u64 {
            self.running
        }
        fn any_task_group(&self, f: &mut dyn FnMut(&str) -> bool) -> bool {
            self.groups.iter().any(|g| f(g))
        }
    }

    fn holds(expr: &str, inst: &Inst) -> bool {
        Expr::parse(expr)
            .unwrap_or_else(|e| panic!("{expr}: {e}"))
            .matches(inst)
    }

    #[test]
    fn the_documented_examples_parse_and_evaluate() {
        let inst = Inst {
            attrs: vec![
                ("ecs.instance-type", "t2.small"),
                ("ecs.availability-zone", "us-east-1a"),
                ("ecs.os-type", "linux"),
            ],
            groups: vec!["service:production"],
            running: 1,
            registered_at_ms: parse_instant("2018-06-18T22:28:28Z").unwrap(),
            agent_version: Some("1.14.5"),
        };
        assert!(holds("attribute:ecs.instance-type == t2.small", &inst));
        assert!(holds(
            "attribute:ecs.availability-zone in [us-east-1a, us-east-1b]",
            &inst
        ));
        assert!(holds("task:group == service:production", &inst));
        assert!(!holds("not(task:group == service:production)", &inst));
        assert!(holds("runningTasksCount == 1", &inst));
        assert!(holds("ec2InstanceId in ['i-abcd1234', 'i-0abc']", &inst));
        assert!(holds("attribute:ecs.instance-type =~ t2.*", &inst));
        assert!(!holds("attribute:ecs.instance-type =~ g2.*", &inst));
        assert!(holds(
            "attribute:ecs.instance-type =~ t2.* and attribute:ecs.availability-zone in [us-east-1a, us-east-1b]",
            &inst
        ));
        assert!(holds("registeredAt >= 2018-06-18", &inst));
        assert!(holds("registeredAt < 2018-06-18T22:28:29+00:00", &inst));
        assert!(holds("registeredAt == 2018-06-18T22:28:28", &inst));
        assert!(holds("agentVersion > 1.9.0", &inst));
        assert!(holds("agentConnected == true", &inst));
        assert!(holds("attribute:ecs.os-type exists", &inst));
        assert!(holds("attribute:ecs.gpu !exists", &inst));
        assert!(holds(
            "attribute:ecs.gpu not_exists && attribute:ecs.os-type equals linux",
            &inst
        ));
        assert!(holds("attribute:missing != x", &inst));
        assert!(holds(
            "attribute:ecs.availability-zone !in [us-east-1b]",
            &inst
        ));
    }

    #[test]
    fn precedence_is_not_then_and_then_or() {
        let inst = Inst {
            attrs: vec![("a", "1")],
            ..Default::default()
        };
        // `or` binds loosest: true or (false and false).
        assert!(holds(
            "attribute:a == 1 or attribute:a == 2 and attribute:a == 3",
            &inst
        ));
        // Parentheses override it: (true or false) and false.
        assert!(!holds(
            "(attribute:a == 1 or attribute:a == 2) and attribute:a == 3",
            &inst
        ));
        // `not` applies to the comparison next to it only.
        assert!(holds("not attribute:a == 2 and attribute:a == 1", &inst));
        assert!(holds("!attribute:a == 2 || attribute:a == 9", &inst));
        let parsed =
            Expr::parse("attribute:a == 1 or attribute:a == 2 and attribute:a == 3").unwrap();
        assert!(matches!(&parsed, Expr::Or(items) if matches!(items[1], Expr::And(_))));
    }

    #[test]
    fn regexes_may_hold_brackets_and_close_a_group() {
        let inst = Inst {
            attrs: vec![("t", "m5.large")],
            ..Default::default()
        };
        assert!(holds("(attribute:t =~ m[0-9]\\.(large|xlarge))", &inst));
        assert!(holds("attribute:t =~ 'm5\\\\.large'", &inst));
        assert!(
            !holds("attribute:t =~ m5", &inst),
            "a regex matches the whole value"
        );
    }

    #[test]
    fn errors_point_at_the_problem() {
        let cases: &[(&str, usize)] = &[
            ("", 0),
            ("attribute:a", 11),
            ("attribute:a ==", 14),
            ("attribute:a == 1 and", 20),
            ("attribute:a == 1)", 16),
            ("(attribute:a == 1", 17),
            ("bogus == 1", 0),
            ("runningTasksCount =~ 1", 18),
            ("registeredAt > yesterday", 15),
            ("attribute:a in [1, 2", 20),
            ("attribute:a == 'open", 15),
            ("attribute:a =~ (", 15),
            ("attribute:a =~ x[", 15),
            ("task:group > 1", 11),
        ];
        for (text, position) in cases {
            let err = Expr::parse(text).expect_err(text);
            assert_eq!(err.position, *position, "{text}: {err}");
        }
        let long = format!("attribute:a == {}", "x".repeat(MAX_EXPRESSION_LENGTH));
        assert!(Expr::parse(&long).is_err());
    }

    #[test]
    fn display_reads_back_the_same() {
        for text in [
            "attribute:a == 1 or attribute:b == 2 and not (attribute:c exists)",
            "(attribute:a == 1 or attribute:b == 2) and task:group != 'my group'",
            "attribute:x in [a, 'b c', 'it\\'s']",
            "attribute:x =~ 'a b' and attribute:y !~ x[0-9]+",
        ] {
            let parsed = Expr::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            let shown = parsed.to_string();
            assert_eq!(Expr::parse(&shown).unwrap(), parsed, "{text} -> {shown}");
        }
    }
}
