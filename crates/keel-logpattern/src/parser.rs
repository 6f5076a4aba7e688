//! A hand-written recursive-descent parser from pattern text to [`Ast`].
//!
//! The parser walks the pattern by `char`, so every position it records is a
//! character boundary, and it never indexes past the end. Parenthesis nesting
//! is capped so that hostile input cannot exhaust the stack.

use crate::ast::{
    Ast, CompareOp, Comparison, Expr, Field, Glob, JsonCheck, JsonTest, Operand, RegexPattern,
    Segment, Selector, Term, TermMode, TextAtom, is_key_char,
};
use crate::error::PatternError;
use crate::regex_dialect;
use crate::value::parse_number;

/// Deepest parenthesis nesting accepted in a compound expression.
pub(crate) const MAX_DEPTH: usize = 64;
/// Regular expressions allowed in one JSON or space-delimited pattern.
pub(crate) const MAX_REGEXES: usize = 2;
/// Wildcard segments allowed in one JSON property selector.
pub(crate) const MAX_WILDCARDS_PER_SELECTOR: usize = 1;
/// Wildcard segments allowed in one JSON pattern.
pub(crate) const MAX_WILDCARDS_PER_PATTERN: usize = 3;

type Result<T> = std::result::Result<T, PatternError>;

pub(crate) fn parse(src: &str) -> Result<Ast> {
    let mut p = Parser {
        src,
        pos: 0,
        depth: 0,
        regexes: 0,
        wildcards: 0,
    };
    p.skip_ws();
    match p.peek() {
        Some('{') => p.json(),
        Some('[') => p.delimited(),
        _ => p.text(),
    }
}

/// Parses a metricValue/dimension reference that starts with `$.` or `$[`
/// into a selector. Used by extraction, never by pattern parsing.
pub(crate) fn parse_selector(src: &str) -> Option<Selector> {
    let mut p = Parser {
        src,
        pos: 0,
        depth: 0,
        regexes: 0,
        wildcards: 0,
    };
    let sel = p.selector().ok()?;
    p.at_end().then_some(sel)
}

/// One character of a quoted string, and whether it came from an escape.
type QuotedChar = (char, bool);

struct Parser<'a> {
    src: &'a str,
    pos: usize,
    depth: usize,
    regexes: usize,
    wildcards: usize,
}

/// Characters that end a bare (unquoted) value in a JSON or field condition.
fn ends_bare_value(c: char) -> bool {
    c.is_whitespace() || "(){}[],&|=!<>\"".contains(c)
}

fn is_name_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_'
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

impl<'a> Parser<'a> {
    // ---- cursor -----------------------------------------------------------

    fn rest(&self) -> &'a str {
        self.src.get(self.pos..).unwrap_or("")
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += c.len_utf8();
            true
        } else {
            false
        }
    }

    fn eat_str(&mut self, s: &str) -> bool {
        if self.rest().starts_with(s) {
            self.pos += s.len();
            true
        } else {
            false
        }
    }

    fn at_end(&self) -> bool {
        self.pos >= self.src.len()
    }

    fn skip_ws(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.bump();
        }
    }

    /// Consumes characters while `keep` holds and returns them.
    fn take_while(&mut self, keep: impl Fn(char) -> bool) -> &'a str {
        let start = self.pos;
        while self.peek().is_some_and(&keep) {
            self.bump();
        }
        self.src.get(start..self.pos).unwrap_or("")
    }

    fn err<T>(&self, at: usize, msg: impl Into<String>) -> Result<T> {
        Err(PatternError::new(at, msg))
    }

    // ---- shared lexemes ---------------------------------------------------

    /// A double-quoted string. Recognised escapes are `\"`, `\\` and `\*`;
    /// any other backslash is kept as an ordinary character.
    fn quoted(&mut self) -> Result<Vec<QuotedChar>> {
        let start = self.pos;
        self.bump(); // the opening quote
        let mut out = Vec::new();
        loop {
            match self.bump() {
                None => return self.err(start, "unterminated quoted string"),
                Some('"') => return Ok(out),
                Some('\\') => match self.peek() {
                    Some(c @ ('"' | '\\' | '*')) => {
                        self.bump();
                        out.push((c, true));
                    }
                    _ => out.push(('\\', false)),
                },
                Some(c) => out.push((c, false)),
            }
        }
    }

    /// `%...%`: returns the compiled expression. `counted` says whether this
    /// pattern kind is subject to the per-pattern regex quota.
    fn regex(&mut self, counted: bool) -> Result<RegexPattern> {
        let start = self.pos;
        self.bump(); // the opening %
        let body_start = self.pos;
        let Some(len) = self.rest().find('%') else {
            return self.err(
                start,
                "unterminated regular expression (missing closing '%')",
            );
        };
        let source = &self.src[body_start..body_start + len];
        self.pos = body_start + len + 1;
        if source.is_empty() {
            return self.err(start, "empty regular expression");
        }
        if counted {
            self.regexes += 1;
            if self.regexes > MAX_REGEXES {
                return self.err(
                    start,
                    "a JSON or space-delimited pattern may contain at most 2 regular expressions",
                );
            }
        }
        let regex = regex_dialect::compile(source, body_start)?;
        Ok(RegexPattern {
            source: source.to_owned(),
            regex,
        })
    }

    fn compare_op(&mut self) -> Option<CompareOp> {
        for (text, op) in [
            ("!=", CompareOp::Ne),
            ("<=", CompareOp::Le),
            (">=", CompareOp::Ge),
            ("=", CompareOp::Eq),
            ("<", CompareOp::Lt),
            (">", CompareOp::Gt),
        ] {
            if self.eat_str(text) {
                return Some(op);
            }
        }
        None
    }

    /// The value after a comparison operator.
    fn operand(&mut self, op: CompareOp) -> Result<Operand> {
        self.skip_ws();
        let start = self.pos;
        let need_number = || format!("expected a number after '{}'", op.symbol());
        match self.peek() {
            Some('"') => {
                if op.is_ordering() {
                    return self.err(start, need_number());
                }
                let chars = self.quoted()?;
                Ok(Operand::Text(glob(chars)))
            }
            Some('%') => {
                if op.is_ordering() {
                    return self.err(start, need_number());
                }
                Ok(Operand::Regex(self.regex(true)?))
            }
            _ => {
                let text = self.take_while(|c| !ends_bare_value(c));
                if text.is_empty() {
                    return self.err(start, "expected a value");
                }
                if let Some(n) = parse_number(text) {
                    return Ok(Operand::Number(n));
                }
                if op.is_ordering() {
                    return self.err(start, need_number());
                }
                Ok(Operand::Text(glob(
                    text.chars().map(|c| (c, false)).collect(),
                )))
            }
        }
    }

    // ---- boolean expressions ----------------------------------------------

    fn or_expr<T>(&mut self, leaf: fn(&mut Self) -> Result<T>) -> Result<Expr<T>> {
        let mut items = vec![self.and_expr(leaf)?];
        loop {
            self.skip_ws();
            if !self.eat_str("||") {
                break;
            }
            items.push(self.and_expr(leaf)?);
        }
        Ok(flatten(items, false))
    }

    fn and_expr<T>(&mut self, leaf: fn(&mut Self) -> Result<T>) -> Result<Expr<T>> {
        let mut items = vec![self.unary(leaf)?];
        loop {
            self.skip_ws();
            if !self.eat_str("&&") {
                break;
            }
            items.push(self.unary(leaf)?);
        }
        Ok(flatten(items, true))
    }

    fn unary<T>(&mut self, leaf: fn(&mut Self) -> Result<T>) -> Result<Expr<T>> {
        self.skip_ws();
        if self.peek() != Some('(') {
            return leaf(self).map(Expr::Leaf);
        }
        let open = self.pos;
        if self.depth >= MAX_DEPTH {
            return self.err(open, "parentheses are nested too deeply");
        }
        self.bump();
        self.depth += 1;
        let inner = self.or_expr(leaf)?;
        self.depth -= 1;
        self.skip_ws();
        if !self.eat(')') {
            return self.err(self.pos, "expected ')'");
        }
        Ok(inner)
    }

    // ---- unstructured -----------------------------------------------------

    fn text(&mut self) -> Result<Ast> {
        let mut terms = Vec::new();
        loop {
            self.skip_ws();
            let start = self.pos;
            let Some(c) = self.peek() else { break };
            let mode = match c {
                '?' => {
                    self.bump();
                    if self.peek().is_none_or(char::is_whitespace) {
                        return self.err(start, "expected a term after '?'");
                    }
                    TermMode::Optional
                }
                '-' => {
                    self.bump();
                    // `- "Exiting"`: the minus may stand apart from its term.
                    self.skip_ws();
                    if self.at_end() {
                        return self.err(start, "expected a term after '-'");
                    }
                    TermMode::Excluded
                }
                _ => TermMode::Required,
            };
            let atom = match self.peek() {
                Some('"') => {
                    TextAtom::Literal(self.quoted()?.into_iter().map(|(c, _)| c).collect())
                }
                Some('%') => TextAtom::Regex(self.regex(false)?),
                _ => TextAtom::Literal(
                    self.take_while(|c| !c.is_whitespace() && c != '"')
                        .to_owned(),
                ),
            };
            terms.push(Term { mode, atom });
        }
        Ok(Ast::Text(terms))
    }

    // ---- JSON ---------------------------------------------------------------

    fn json(&mut self) -> Result<Ast> {
        self.bump(); // {
        self.skip_ws();
        if self.peek() == Some('}') {
            return self.err(self.pos, "expected a condition");
        }
        let expr = self.or_expr(Self::json_test)?;
        self.skip_ws();
        if !self.eat('}') {
            return self.err(self.pos, "expected '&&', '||' or '}'");
        }
        self.skip_ws();
        if !self.at_end() {
            return self.err(self.pos, "unexpected text after '}'");
        }
        Ok(Ast::Json(expr))
    }

    fn json_test(&mut self) -> Result<JsonTest> {
        self.skip_ws();
        if self.peek() != Some('$') {
            return self.err(self.pos, "expected a property selector starting with '$'");
        }
        let sel_start = self.pos;
        let selector = self.selector()?;
        let wild = selector
            .segments
            .iter()
            .filter(|s| matches!(s, Segment::AnyKey | Segment::AnyIndex))
            .count();
        if wild > MAX_WILDCARDS_PER_SELECTOR {
            return self.err(
                sel_start,
                "a property selector may contain at most one wildcard",
            );
        }
        self.wildcards += wild;
        if self.wildcards > MAX_WILDCARDS_PER_PATTERN {
            return self.err(
                sel_start,
                "a filter pattern may contain at most 3 wildcard selectors",
            );
        }
        self.skip_ws();
        let word_start = self.pos;
        let word = self.take_while(|c| c.is_ascii_alphabetic());
        let check = if word.is_empty() {
            let Some(op) = self.compare_op() else {
                return self.err(word_start, "expected a comparison operator");
            };
            JsonCheck::Compare(Comparison {
                op,
                operand: self.operand(op)?,
            })
        } else if word.eq_ignore_ascii_case("IS") {
            self.skip_ws();
            let at = self.pos;
            let what = self.take_while(|c| c.is_ascii_alphabetic());
            match what.to_ascii_uppercase().as_str() {
                "NULL" => JsonCheck::IsNull,
                "TRUE" => JsonCheck::IsTrue,
                "FALSE" => JsonCheck::IsFalse,
                "NOT" => return self.err(at, "'IS NOT' is not supported"),
                _ => return self.err(at, "expected NULL, TRUE or FALSE after IS"),
            }
        } else if word.eq_ignore_ascii_case("NOT") {
            self.skip_ws();
            let at = self.pos;
            let what = self.take_while(|c| c.is_ascii_alphabetic());
            if !what.eq_ignore_ascii_case("EXISTS") {
                return self.err(at, "expected EXISTS after NOT");
            }
            JsonCheck::NotExists
        } else if word.eq_ignore_ascii_case("EXISTS") {
            return self.err(word_start, "'EXISTS' is not supported; use NOT EXISTS");
        } else {
            return self.err(word_start, "expected a comparison operator");
        };
        Ok(JsonTest { selector, check })
    }

    /// `$` followed by `.name`, `.*`, `[n]`, `[*]` or `['name']` segments.
    fn selector(&mut self) -> Result<Selector> {
        if !self.eat('$') {
            return self.err(self.pos, "expected '$'");
        }
        let mut segments = Vec::new();
        loop {
            match self.peek() {
                Some('.') => {
                    self.bump();
                    match self.peek() {
                        Some('*') => {
                            self.bump();
                            segments.push(Segment::AnyKey);
                        }
                        Some('[') => segments.push(self.bracket_segment()?),
                        Some(c) if is_key_char(c) => {
                            segments.push(Segment::Key(self.take_while(is_key_char).to_owned()));
                        }
                        _ => return self.err(self.pos, "expected a property name after '.'"),
                    }
                }
                Some('[') => segments.push(self.bracket_segment()?),
                _ => break,
            }
        }
        if segments.is_empty() {
            return self.err(self.pos, "expected a property after '$'");
        }
        Ok(Selector { segments })
    }

    fn bracket_segment(&mut self) -> Result<Segment> {
        self.bump(); // [
        let at = self.pos;
        let seg = match self.peek() {
            Some('*') => {
                self.bump();
                Segment::AnyIndex
            }
            Some(c) if c.is_ascii_digit() => {
                let digits = self.take_while(|c| c.is_ascii_digit());
                match digits.parse::<usize>() {
                    Ok(i) => Segment::Index(i),
                    Err(_) => return self.err(at, "array index is too large"),
                }
            }
            Some(q @ ('\'' | '"')) => {
                self.bump();
                let mut key = String::new();
                loop {
                    match self.bump() {
                        None => return self.err(at, "unterminated quoted property name"),
                        Some('\\') if matches!(self.peek(), Some(c) if c == q || c == '\\') => {
                            key.extend(self.bump());
                        }
                        Some(c) if c == q => break,
                        Some(c) => key.push(c),
                    }
                }
                Segment::Key(key)
            }
            _ => return self.err(at, "expected an array index, '*' or a quoted property name"),
        };
        if !self.eat(']') {
            return self.err(self.pos, "expected ']'");
        }
        Ok(seg)
    }

    // ---- space-delimited ----------------------------------------------------

    fn delimited(&mut self) -> Result<Ast> {
        let open = self.pos;
        self.bump(); // [
        self.skip_ws();
        if self.peek() == Some(']') {
            return self.err(open + 1, "expected at least one field");
        }
        let mut fields = Vec::new();
        let mut names: Vec<String> = Vec::new();
        loop {
            self.skip_ws();
            let start = self.pos;
            let field = match self.peek() {
                Some(',' | ']') => Field::Anonymous,
                Some('.') => {
                    if !self.eat_str("...") {
                        return self.err(start, "expected a field name or '...'");
                    }
                    Field::Ellipsis
                }
                Some(c) if c == '(' || is_name_start(c) => {
                    let name_start = self.pos;
                    let name = self.take_while(is_name_char);
                    self.skip_ws();
                    if self.at_end() {
                        return self.err(self.pos, "expected ',' or ']'");
                    }
                    let field = if !name.is_empty() && matches!(self.peek(), Some(',' | ']')) {
                        Field::Named {
                            name: name.to_owned(),
                            condition: None,
                        }
                    } else {
                        self.pos = name_start;
                        let expr = self.or_expr(Self::field_test)?;
                        let (name, _) = check_field_names(&expr)?;
                        Field::Named {
                            name: name.to_owned(),
                            condition: Some(strip_names(expr)),
                        }
                    };
                    if let Field::Named { name, .. } = &field {
                        if names.contains(name) {
                            return self.err(name_start, format!("duplicate field name '{name}'"));
                        }
                        names.push(name.clone());
                    }
                    field
                }
                Some(c) if c.is_ascii_digit() => {
                    return self.err(start, "field names must start with a letter or '_'");
                }
                _ => return self.err(start, "expected a field name or '...'"),
            };
            fields.push(field);
            self.skip_ws();
            match self.peek() {
                Some(',') => {
                    self.bump();
                }
                Some(']') => {
                    self.bump();
                    break;
                }
                _ => return self.err(self.pos, "expected ',' or ']'"),
            }
        }
        self.skip_ws();
        if !self.at_end() {
            return self.err(self.pos, "unexpected text after ']'");
        }
        Ok(Ast::Delimited(fields))
    }

    /// `name OP value` inside a field's condition.
    fn field_test(&mut self) -> Result<NamedComparison> {
        self.skip_ws();
        let at = self.pos;
        if !self.peek().is_some_and(is_name_start) {
            return self.err(at, "expected a field name");
        }
        let name = self.take_while(is_name_char).to_owned();
        self.skip_ws();
        let Some(op) = self.compare_op() else {
            return self.err(self.pos, "expected a comparison operator");
        };
        let operand = self.operand(op)?;
        Ok(NamedComparison {
            name,
            at,
            comparison: Comparison { op, operand },
        })
    }
}

/// A field condition before the parser checks that it names its own field.
struct NamedComparison {
    name: String,
    at: usize,
    comparison: Comparison,
}

/// All comparisons in one field must name that field (CloudWatch rejects
/// `status_code = 4* && bytes > 1000` inside one field). Returns the name.
fn check_field_names(expr: &Expr<NamedComparison>) -> Result<(&str, usize)> {
    let mut first: Option<(&str, usize)> = None;
    let mut bad: Option<(&str, usize, &str)> = None;
    expr.for_each_leaf(&mut |leaf| match first {
        None => first = Some((&leaf.name, leaf.at)),
        Some((name, _)) if name != leaf.name && bad.is_none() => {
            bad = Some((&leaf.name, leaf.at, name));
        }
        Some(_) => {}
    });
    if let Some((other, at, name)) = bad {
        return Err(PatternError::new(
            at,
            format!("a condition in field '{name}' refers to a different field '{other}'"),
        ));
    }
    // An expression always has at least one leaf.
    first.ok_or_else(|| PatternError::new(0, "expected a field name"))
}

fn strip_names(expr: Expr<NamedComparison>) -> Expr<Comparison> {
    match expr {
        Expr::And(v) => Expr::And(v.into_iter().map(strip_names).collect()),
        Expr::Or(v) => Expr::Or(v.into_iter().map(strip_names).collect()),
        Expr::Leaf(l) => Expr::Leaf(l.comparison),
    }
}

/// Builds an `And`/`Or` node, merging children of the same kind and
/// collapsing a single child.
fn flatten<T>(mut items: Vec<Expr<T>>, and: bool) -> Expr<T> {
    if items.len() == 1
        && let Some(only) = items.pop()
    {
        return only;
    }
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        match (item, and) {
            (Expr::And(inner), true) | (Expr::Or(inner), false) => out.extend(inner),
            (other, _) => out.push(other),
        }
    }
    if and { Expr::And(out) } else { Expr::Or(out) }
}

/// Splits wildcard ends off a string value. Only an unescaped `*` at the very
/// start or end is a wildcard.
fn glob(mut chars: Vec<QuotedChar>) -> Glob {
    let leading = chars.first() == Some(&('*', false));
    if leading {
        chars.remove(0);
    }
    let trailing = chars.last() == Some(&('*', false));
    if trailing {
        chars.pop();
    }
    Glob {
        leading,
        trailing,
        literal: chars.into_iter().map(|(c, _)| c).collect(),
    }
}
