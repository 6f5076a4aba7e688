//! A recursive-descent parser from query text to [`crate::ast`], with the checks that need the
//! text's positions: command names, function names and arities, where aggregations may appear.

use crate::ast::*;
use crate::error::QueryError;
use crate::functions::{self, Kind};
use crate::lexer::{Lexer, Tok, Token};

/// Keywords that cannot name a field without backticks.
const RESERVED: &[&str] = &["and", "or", "not", "like", "in", "as", "by", "asc", "desc"];

pub(crate) fn is_reserved(name: &str) -> bool {
    RESERVED.iter().any(|k| k.eq_ignore_ascii_case(name))
}

/// Deepest nesting of parentheses and calls accepted (keeps recursion bounded).
const MAX_DEPTH: usize = 64;
/// The largest `limit` (what StartQuery accepts too).
pub const MAX_LIMIT: usize = 100_000;

/// Commands of the CloudWatch language Keel does not run; named so the error says so.
const UNSUPPORTED: &[&str] = &[
    "unmask",
    "pattern",
    "diff",
    "unnest",
    "lookup",
    "filterindex",
    "source",
    "anomaly",
    "head",
    "tail",
];

pub(crate) struct Parser<'a> {
    src: &'a str,
    lexer: Lexer<'a>,
    /// Lookahead, with the mode it was read in.
    peeked: Option<(bool, Token)>,
    depth: usize,
    in_stats: bool,
    in_aggregate: bool,
}

type R<T> = Result<T, QueryError>;

impl<'a> Parser<'a> {
    pub fn new(src: &'a str) -> Self {
        Self {
            src,
            lexer: Lexer::new(src),
            peeked: None,
            depth: 0,
            in_stats: false,
            in_aggregate: false,
        }
    }

    fn peek_mode(&mut self, operand: bool) -> R<&Token> {
        if let Some((mode, token)) = &self.peeked
            && *mode != operand
        {
            // Re-read in the other mode (only `/` differs).
            self.lexer.pos = token.start;
            self.peeked = None;
        }
        if self.peeked.is_none() {
            let token = self.lexer.next(operand)?;
            self.peeked = Some((operand, token));
        }
        Ok(&self.peeked.as_ref().expect("peeked").1)
    }

    fn peek(&mut self) -> R<&Token> {
        self.peek_mode(false)
    }

    fn bump(&mut self) -> R<Token> {
        self.peek()?;
        Ok(self.peeked.take().expect("peeked").1)
    }

    fn bump_operand(&mut self) -> R<Token> {
        self.peek_mode(true)?;
        Ok(self.peeked.take().expect("peeked").1)
    }

    fn error_at(&self, token: &Token, message: impl Into<String>) -> QueryError {
        QueryError::new(token.start, token.end.max(token.start + 1), message)
    }

    fn is_keyword(&mut self, word: &str) -> R<bool> {
        Ok(matches!(&self.peek()?.tok, Tok::Ident(w) if w.eq_ignore_ascii_case(word)))
    }

    fn eat_keyword(&mut self, word: &str) -> R<bool> {
        if self.is_keyword(word)? {
            self.bump()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn expect(&mut self, tok: Tok, what: &str) -> R<Token> {
        let token = self.bump()?;
        if token.tok == tok {
            Ok(token)
        } else {
            Err(self.error_at(&token, format!("expected {what}")))
        }
    }

    pub fn query(mut self) -> R<Vec<Command>> {
        let mut commands = Vec::new();
        if self.peek()?.tok == Tok::Eof {
            return Ok(commands);
        }
        loop {
            commands.push(self.command()?);
            let token = self.bump()?;
            match token.tok {
                Tok::Pipe => continue,
                Tok::Eof => return Ok(commands),
                _ => {
                    return Err(self.error_at(&token, "expected '|' or the end of the query"));
                }
            }
        }
    }

    fn command(&mut self) -> R<Command> {
        let token = self.bump()?;
        let Tok::Ident(word) = &token.tok else {
            return Err(self.error_at(&token, "expected a command such as fields, filter or stats"));
        };
        let lower = word.to_ascii_lowercase();
        match lower.as_str() {
            "fields" => Ok(Command::Fields(self.projections(true)?)),
            "display" => Ok(Command::Display(self.projections(true)?)),
            "filter" => Ok(Command::Filter(self.expr()?)),
            "parse" => self.parse_command(),
            "stats" => self.stats(),
            "sort" => self.sort(),
            "limit" => self.limit(),
            "dedup" => {
                let mut names = vec![self.name("a field name")?];
                while self.peek()?.tok == Tok::Comma {
                    self.bump()?;
                    names.push(self.name("a field name")?);
                }
                Ok(Command::Dedup(names))
            }
            other if UNSUPPORTED.contains(&other) => {
                Err(self.error_at(&token, format!("the {word} command is not supported")))
            }
            _ => Err(self.error_at(&token, format!("unknown command '{word}'"))),
        }
    }

    /// A field name: a plain identifier (not a keyword) or one in backticks.
    fn name(&mut self, what: &str) -> R<String> {
        let token = self.bump()?;
        match token.tok {
            Tok::Ident(name) if !is_reserved(&name) => Ok(name),
            Tok::Quoted(name) => Ok(name),
            _ => Err(self.error_at(&token, format!("expected {what}"))),
        }
    }

    fn projections(&mut self, allow_alias: bool) -> R<Vec<Projection>> {
        let mut out = vec![self.projection(allow_alias)?];
        while self.peek()?.tok == Tok::Comma {
            self.bump()?;
            out.push(self.projection(allow_alias)?);
        }
        Ok(out)
    }

    fn projection(&mut self, allow_alias: bool) -> R<Projection> {
        let start = self.peek_mode(true)?.start;
        let expr = self.expr()?;
        let end = self.lexer_end();
        let text = self.src[start..end].trim();
        if allow_alias && self.eat_keyword("as")? {
            let name = self.name("a name after 'as'")?;
            return Ok(Projection {
                expr,
                name,
                aliased: true,
            });
        }
        let name = match &expr {
            Expr::Field(name) => name.clone(),
            _ => text.to_string(),
        };
        Ok(Projection {
            expr,
            name,
            aliased: false,
        })
    }

    /// End of the last consumed token.
    fn lexer_end(&self) -> usize {
        match &self.peeked {
            Some((_, token)) => {
                // The lookahead was read past blanks; the consumed text ends before them.
                self.src[..token.start].trim_end().len()
            }
            None => self.src[..self.lexer.pos].trim_end().len(),
        }
    }

    fn parse_command(&mut self) -> R<Command> {
        // `parse [FIELD] PATTERN [as NAMES]`: the field defaults to @message.
        let token = self.bump_operand()?;
        let (source, pattern_token) = match &token.tok {
            Tok::Str(_) | Tok::Regex(_) => (Expr::Field("@message".into()), token),
            Tok::Ident(name) if !is_reserved(name) => {
                let source = Expr::Field(name.clone());
                (source, self.bump_operand()?)
            }
            Tok::Quoted(name) => {
                let source = Expr::Field(name.clone());
                (source, self.bump_operand()?)
            }
            _ => {
                return Err(self.error_at(
                    &token,
                    "expected a field or a pattern (\"...\" or /.../) after parse",
                ));
            }
        };
        let pattern = match &pattern_token.tok {
            Tok::Str(glob) => ParsePattern::Glob(glob.clone()),
            Tok::Regex(re) => ParsePattern::Regex(re.clone()),
            _ => {
                return Err(self.error_at(
                    &pattern_token,
                    "expected a pattern: a string with * wildcards, or a /regular expression/",
                ));
            }
        };
        let mut names = Vec::new();
        let explicit_names = self.eat_keyword("as")?;
        if explicit_names {
            names.push(self.name("a field name")?);
            while self.peek()?.tok == Tok::Comma {
                self.bump()?;
                names.push(self.name("a field name")?);
            }
        }
        let span_err =
            |message: String| QueryError::new(pattern_token.start, pattern_token.end, message);
        match &pattern {
            ParsePattern::Glob(glob) => {
                let stars = glob.matches('*').count();
                if stars == 0 {
                    return Err(span_err("a parse pattern needs at least one '*'".into()));
                }
                if names.len() != stars {
                    return Err(span_err(format!(
                        "the pattern has {stars} '*' but {} field name(s) follow 'as'",
                        names.len()
                    )));
                }
            }
            ParsePattern::Regex(re) => {
                let compiled = crate::eval::compile_regex(re).map_err(&span_err)?;
                let named: Vec<String> = compiled
                    .capture_names()
                    .flatten()
                    .map(str::to_string)
                    .collect();
                if explicit_names {
                    let groups = compiled.captures_len() - 1;
                    if !named.is_empty() {
                        return Err(span_err(
                            "use either named groups (?<name>...) or 'as', not both".into(),
                        ));
                    }
                    if groups != names.len() {
                        return Err(span_err(format!(
                            "the expression has {groups} group(s) but {} field name(s) follow 'as'",
                            names.len()
                        )));
                    }
                } else {
                    if named.is_empty() {
                        return Err(span_err(
                            "a parse regular expression needs named groups (?<name>...)".into(),
                        ));
                    }
                    names = named;
                }
            }
        }
        Ok(Command::Parse(ParseCommand {
            source,
            pattern,
            names,
            explicit_names,
        }))
    }

    fn stats(&mut self) -> R<Command> {
        self.in_stats = true;
        let mut aggregates = Vec::new();
        loop {
            let start = self.peek_mode(true)?.start;
            let projection = self.projection(true)?;
            if !contains_aggregate(&projection.expr) {
                let end = self.lexer_end();
                self.in_stats = false;
                return Err(QueryError::new(
                    start,
                    end,
                    "stats needs an aggregation function such as count(), sum() or avg()",
                ));
            }
            aggregates.push(projection);
            if self.peek()?.tok != Tok::Comma {
                break;
            }
            self.bump()?;
        }
        self.in_stats = false;
        let by = if self.eat_keyword("by")? {
            self.projections(true)?
        } else {
            Vec::new()
        };
        Ok(Command::Stats(StatsCommand { aggregates, by }))
    }

    fn sort(&mut self) -> R<Command> {
        let mut keys = Vec::new();
        loop {
            let expr = self.expr()?;
            let descending = if self.eat_keyword("desc")? {
                true
            } else {
                self.eat_keyword("asc")?;
                false
            };
            keys.push(SortKey { expr, descending });
            if self.peek()?.tok != Tok::Comma {
                break;
            }
            self.bump()?;
        }
        Ok(Command::Sort(keys))
    }

    fn limit(&mut self) -> R<Command> {
        let token = self.bump()?;
        match token.tok {
            Tok::Num(n) if n.fract() == 0.0 && n >= 1.0 && n <= MAX_LIMIT as f64 => {
                Ok(Command::Limit(n as usize))
            }
            _ => Err(self.error_at(
                &token,
                format!("limit takes a whole number from 1 to {MAX_LIMIT}"),
            )),
        }
    }

    fn enter(&mut self, token_start: usize) -> R<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(QueryError::new(
                token_start,
                token_start + 1,
                "the expression is nested too deeply",
            ));
        }
        Ok(())
    }

    pub(crate) fn expr(&mut self) -> R<Expr> {
        let start = self.peek_mode(true)?.start;
        self.enter(start)?;
        let result = self.or();
        self.depth -= 1;
        result
    }

    fn or(&mut self) -> R<Expr> {
        let mut left = self.and()?;
        while self.eat_keyword("or")? {
            let right = self.and()?;
            left = Expr::Binary(BinaryOp::Or, Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn and(&mut self) -> R<Expr> {
        let mut left = self.not()?;
        while self.eat_keyword("and")? {
            let right = self.not()?;
            left = Expr::Binary(BinaryOp::And, Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn not(&mut self) -> R<Expr> {
        if matches!(&self.peek_mode(true)?.tok, Tok::Ident(w) if w.eq_ignore_ascii_case("not")) {
            let token = self.bump_operand()?;
            self.enter(token.start)?;
            let inner = self.not();
            self.depth -= 1;
            return Ok(Expr::Not(Box::new(inner?)));
        }
        self.comparison()
    }

    fn comparison(&mut self) -> R<Expr> {
        let left = self.additive()?;
        let op = match &self.peek()?.tok {
            Tok::Eq => Some(BinaryOp::Eq),
            Tok::Ne => Some(BinaryOp::Ne),
            Tok::Lt => Some(BinaryOp::Lt),
            Tok::Le => Some(BinaryOp::Le),
            Tok::Gt => Some(BinaryOp::Gt),
            Tok::Ge => Some(BinaryOp::Ge),
            _ => None,
        };
        if let Some(op) = op {
            self.bump()?;
            let right = self.additive()?;
            return Ok(Expr::Binary(op, Box::new(left), Box::new(right)));
        }
        if self.peek()?.tok == Tok::Match {
            self.bump()?;
            return self.like_rest(left, false);
        }
        let negated = if self.is_keyword("not")? {
            // `x not like ...` / `x not in [...]`.
            let not = self.bump()?;
            if !(self.is_keyword("like")? || self.is_keyword("in")?) {
                return Err(self.error_at(&not, "expected 'like' or 'in' after 'not'"));
            }
            true
        } else {
            false
        };
        if self.eat_keyword("like")? {
            return self.like_rest(left, negated);
        }
        if self.eat_keyword("in")? {
            let open = self.bump()?;
            if open.tok != Tok::LBracket {
                return Err(self.error_at(&open, "expected '[' after 'in'"));
            }
            let mut list = Vec::new();
            if self.peek()?.tok != Tok::RBracket {
                loop {
                    list.push(self.additive()?);
                    if self.peek()?.tok != Tok::Comma {
                        break;
                    }
                    self.bump()?;
                }
            }
            self.expect(Tok::RBracket, "']' to close the list")?;
            return Ok(Expr::In {
                expr: Box::new(left),
                list,
                negated,
            });
        }
        Ok(left)
    }

    fn like_rest(&mut self, left: Expr, negated: bool) -> R<Expr> {
        let token = self.bump_operand()?;
        let pattern = match token.tok {
            Tok::Str(s) => LikePattern::Substring(s),
            Tok::Regex(re) => {
                crate::eval::compile_regex(&re)
                    .map_err(|m| QueryError::new(token.start, token.end, m))?;
                LikePattern::Regex(re)
            }
            _ => {
                return Err(self.error_at(
                    &token,
                    "expected a string or a /regular expression/ to match",
                ));
            }
        };
        Ok(Expr::Like {
            expr: Box::new(left),
            pattern,
            negated,
        })
    }

    fn additive(&mut self) -> R<Expr> {
        let mut left = self.multiplicative()?;
        loop {
            let op = match self.peek()?.tok {
                Tok::Plus => BinaryOp::Add,
                Tok::Minus => BinaryOp::Sub,
                _ => return Ok(left),
            };
            self.bump()?;
            let right = self.multiplicative()?;
            left = Expr::Binary(op, Box::new(left), Box::new(right));
        }
    }

    fn multiplicative(&mut self) -> R<Expr> {
        let mut left = self.power()?;
        loop {
            let op = match self.peek()?.tok {
                Tok::Star => BinaryOp::Mul,
                Tok::Slash => BinaryOp::Div,
                Tok::Percent => BinaryOp::Rem,
                _ => return Ok(left),
            };
            self.bump()?;
            let right = self.power()?;
            left = Expr::Binary(op, Box::new(left), Box::new(right));
        }
    }

    fn power(&mut self) -> R<Expr> {
        let base = self.unary()?;
        if self.peek()?.tok == Tok::Caret {
            let caret = self.bump()?;
            self.enter(caret.start)?;
            let exponent = self.power();
            self.depth -= 1;
            return Ok(Expr::Binary(
                BinaryOp::Pow,
                Box::new(base),
                Box::new(exponent?),
            ));
        }
        Ok(base)
    }

    fn unary(&mut self) -> R<Expr> {
        if self.peek_mode(true)?.tok == Tok::Minus {
            let token = self.bump_operand()?;
            self.enter(token.start)?;
            let inner = self.unary();
            self.depth -= 1;
            return Ok(Expr::Neg(Box::new(inner?)));
        }
        self.primary()
    }

    fn primary(&mut self) -> R<Expr> {
        let token = self.bump_operand()?;
        match token.tok {
            Tok::Num(n) => Ok(Expr::Num(n)),
            Tok::Duration(ms) => Ok(Expr::Duration(ms)),
            Tok::Str(s) => Ok(Expr::Str(s)),
            Tok::Quoted(name) => Ok(Expr::Field(name)),
            Tok::LParen => {
                self.enter(token.start)?;
                let inner = self.expr();
                self.depth -= 1;
                let inner = inner?;
                self.expect(Tok::RParen, "')'")?;
                Ok(inner)
            }
            Tok::Ident(ref name) if is_reserved(name) => Err(self.error_at(
                &token,
                format!("unexpected keyword '{name}'; put a field of that name in backticks"),
            )),
            Tok::Ident(name) => {
                if self.peek()?.tok == Tok::LParen {
                    self.call(name, token.start, token.end)
                } else {
                    Ok(Expr::Field(name))
                }
            }
            Tok::Regex(_) => Err(self.error_at(
                &token,
                "a regular expression can only follow 'like', '=~' or 'parse'",
            )),
            Tok::Eof => Err(self.error_at(&token, "the query ends where a value was expected")),
            _ => Err(self.error_at(&token, "expected a field, a value or a function call")),
        }
    }

    fn call(&mut self, name: String, start: usize, end: usize) -> R<Expr> {
        self.expect(Tok::LParen, "'('")?;
        self.enter(start)?;
        let function = functions::lookup(&name)
            .ok_or_else(|| QueryError::new(start, end, format!("unknown function '{name}'")));
        let function = match function {
            Ok(f) => f,
            Err(e) => {
                self.depth -= 1;
                return Err(e);
            }
        };
        let aggregate = function.kind == Kind::Aggregate;
        if aggregate {
            if !self.in_stats {
                self.depth -= 1;
                return Err(QueryError::new(
                    start,
                    end,
                    format!("the aggregation function {name}() can only be used in stats"),
                ));
            }
            if self.in_aggregate {
                self.depth -= 1;
                return Err(QueryError::new(
                    start,
                    end,
                    "aggregation functions cannot be nested",
                ));
            }
            self.in_aggregate = true;
        }
        let result = self.call_args(function.name);
        if aggregate {
            self.in_aggregate = false;
        }
        self.depth -= 1;
        let (args, close) = result?;
        if args.len() < function.min || args.len() > function.max {
            let expected = match (function.min, function.max) {
                (a, b) if a == b => format!("{a}"),
                (a, usize::MAX) => format!("at least {a}"),
                (a, b) => format!("{a} to {b}"),
            };
            return Err(QueryError::new(
                start,
                close,
                format!(
                    "{}() takes {expected} argument(s), not {}",
                    function.name,
                    args.len()
                ),
            ));
        }
        // Arguments that must be literal time periods or percentiles.
        let period_arg = match function.name {
            "bin" => Some(0),
            "datefloor" | "dateceil" => Some(1),
            _ => None,
        };
        if let Some(i) = period_arg
            && !matches!(args[i], Expr::Duration(_))
        {
            return Err(QueryError::new(
                start,
                close,
                format!("{}() needs a time period such as 5m or 1h", function.name),
            ));
        }
        if function.name == "pct" && !matches!(args[1], Expr::Num(p) if (0.0..=100.0).contains(&p))
        {
            return Err(QueryError::new(
                start,
                close,
                "pct() takes a percentile from 0 to 100 as its second argument",
            ));
        }
        if args.contains(&Expr::Star) && function.name != "count" {
            return Err(QueryError::new(
                start,
                close,
                format!("{}() does not take '*'", function.name),
            ));
        }
        Ok(Expr::Call(function.name.to_string(), args))
    }

    fn call_args(&mut self, name: &str) -> R<(Vec<Expr>, usize)> {
        let mut args = Vec::new();
        if self.peek_mode(true)?.tok == Tok::RParen {
            let close = self.bump_operand()?;
            return Ok((args, close.end));
        }
        loop {
            if name == "count" && self.peek_mode(true)?.tok == Tok::Star {
                self.bump_operand()?;
                args.push(Expr::Star);
            } else {
                args.push(self.expr()?);
            }
            let token = self.bump()?;
            match token.tok {
                Tok::Comma => continue,
                Tok::RParen => return Ok((args, token.end)),
                _ => return Err(self.error_at(&token, "expected ',' or ')'")),
            }
        }
    }
}

pub(crate) fn contains_aggregate(expr: &Expr) -> bool {
    match expr {
        Expr::Call(name, args) => {
            functions::lookup(name).is_some_and(|f| f.kind == Kind::Aggregate)
                || args.iter().any(contains_aggregate)
        }
        Expr::Not(e) | Expr::Neg(e) => contains_aggregate(e),
        Expr::Binary(_, l, r) => contains_aggregate(l) || contains_aggregate(r),
        Expr::Like { expr, .. } => contains_aggregate(expr),
        Expr::In { expr, list, .. } => {
            contains_aggregate(expr) || list.iter().any(contains_aggregate)
        }
        _ => false,
    }
}
