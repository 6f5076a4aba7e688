//! Tokens of the query language, read on demand by the parser.
//!
//! `/` is both division and the start of a regular expression, so the parser says which it
//! expects: [`Lexer::next`] takes `operand`, true where a value may start.

use crate::error::QueryError;

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Tok {
    /// A field or keyword: letters, digits, `_`, `@`, `$` and `.`, not starting with a digit.
    Ident(String),
    /// A field in backticks (any characters but a backtick).
    Quoted(String),
    /// `"..."` or `'...'`.
    Str(String),
    /// `/.../`.
    Regex(String),
    Num(f64),
    /// A number with a time unit, in milliseconds (`5m`, `1h`, `30s`).
    Duration(i64),
    Star,
    Pipe,
    Comma,
    LParen,
    RParen,
    LBracket,
    RBracket,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Match,
    Plus,
    Minus,
    Slash,
    Percent,
    Caret,
    Eof,
}

#[derive(Clone, Debug)]
pub(crate) struct Token {
    pub tok: Tok,
    /// Byte offsets in the query.
    pub start: usize,
    pub end: usize,
}

pub(crate) struct Lexer<'a> {
    src: &'a str,
    pub pos: usize,
}

/// Longest query text a literal may hold (the whole query is at most 10,000 characters).
const UNITS: &[(&str, i64)] = &[
    ("ms", 1),
    ("s", 1_000),
    ("sec", 1_000),
    ("m", 60_000),
    ("min", 60_000),
    ("h", 3_600_000),
    ("hr", 3_600_000),
    ("d", 86_400_000),
    ("w", 604_800_000),
];

impl<'a> Lexer<'a> {
    pub fn new(src: &'a str) -> Self {
        Self { src, pos: 0 }
    }

    fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }

    fn skip_blank(&mut self) {
        loop {
            let rest = self.rest();
            let trimmed = rest.trim_start();
            self.pos += rest.len() - trimmed.len();
            if trimmed.starts_with('#') {
                let line = trimmed.find('\n').unwrap_or(trimmed.len());
                self.pos += line;
            } else {
                return;
            }
        }
    }

    /// Reads the next token. `operand`: a value may start here, so `/` opens a regex.
    pub fn next(&mut self, operand: bool) -> Result<Token, QueryError> {
        self.skip_blank();
        let start = self.pos;
        let rest = self.rest();
        let Some(c) = rest.chars().next() else {
            return Ok(Token {
                tok: Tok::Eof,
                start,
                end: start,
            });
        };
        let two = rest.get(..2).unwrap_or("");
        let (tok, len) = match c {
            '|' => (Tok::Pipe, 1),
            ',' => (Tok::Comma, 1),
            '(' => (Tok::LParen, 1),
            ')' => (Tok::RParen, 1),
            '[' => (Tok::LBracket, 1),
            ']' => (Tok::RBracket, 1),
            '*' => (Tok::Star, 1),
            '+' => (Tok::Plus, 1),
            '-' => (Tok::Minus, 1),
            '%' => (Tok::Percent, 1),
            '^' => (Tok::Caret, 1),
            '=' if two == "=~" => (Tok::Match, 2),
            '=' if two == "==" => (Tok::Eq, 2),
            '=' => (Tok::Eq, 1),
            '!' if two == "!=" => (Tok::Ne, 2),
            '<' if two == "<=" => (Tok::Le, 2),
            '<' if two == "<>" => (Tok::Ne, 2),
            '<' => (Tok::Lt, 1),
            '>' if two == ">=" => (Tok::Ge, 2),
            '>' => (Tok::Gt, 1),
            '/' if operand => return self.regex(start),
            '/' => (Tok::Slash, 1),
            '"' | '\'' => return self.string(start, c),
            '`' => return self.quoted(start),
            c if c.is_ascii_digit() => return self.number(start),
            '.' if rest[1..].starts_with(|d: char| d.is_ascii_digit()) => {
                return self.number(start);
            }
            c if is_ident_start(c) => {
                let len = rest.find(|c: char| !is_ident_char(c)).unwrap_or(rest.len());
                (Tok::Ident(rest[..len].to_string()), len)
            }
            other => {
                return Err(QueryError::new(
                    start,
                    start + other.len_utf8(),
                    format!("unexpected character '{other}'"),
                ));
            }
        };
        self.pos += len;
        Ok(Token {
            tok,
            start,
            end: self.pos,
        })
    }

    fn string(&mut self, start: usize, quote: char) -> Result<Token, QueryError> {
        let mut out = String::new();
        let mut chars = self.src[start + 1..].char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                c if c == quote => {
                    self.pos = start + 1 + i + 1;
                    return Ok(Token {
                        tok: Tok::Str(out),
                        start,
                        end: self.pos,
                    });
                }
                '\\' => match chars.next() {
                    Some((_, e)) if e == quote || e == '\\' => out.push(e),
                    Some((_, 'n')) => out.push('\n'),
                    Some((_, 't')) => out.push('\t'),
                    Some((_, e)) => {
                        out.push('\\');
                        out.push(e);
                    }
                    None => break,
                },
                c => out.push(c),
            }
        }
        Err(QueryError::new(
            start,
            self.src.len(),
            "unterminated string literal",
        ))
    }

    /// A field name in backticks; a doubled backtick inside stands for one (so every name,
    /// including an unaliased expression's shown text, can be written back).
    fn quoted(&mut self, start: usize) -> Result<Token, QueryError> {
        let body = &self.src[start + 1..];
        let mut name = String::new();
        let mut rest = body;
        loop {
            let Some(at) = rest.find('`') else {
                return Err(QueryError::new(
                    start,
                    self.src.len(),
                    "unterminated field name in backticks",
                ));
            };
            name.push_str(&rest[..at]);
            if rest[at + 1..].starts_with('`') {
                name.push('`');
                rest = &rest[at + 2..];
                continue;
            }
            if name.is_empty() {
                return Err(QueryError::new(start, start + 2, "empty field name"));
            }
            self.pos = self.src.len() - rest.len() + at + 1;
            return Ok(Token {
                tok: Tok::Quoted(name),
                start,
                end: self.pos,
            });
        }
    }

    fn regex(&mut self, start: usize) -> Result<Token, QueryError> {
        let mut out = String::new();
        let mut chars = self.src[start + 1..].char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '/' => {
                    self.pos = start + 1 + i + 1;
                    return Ok(Token {
                        tok: Tok::Regex(out),
                        start,
                        end: self.pos,
                    });
                }
                '\\' => match chars.next() {
                    Some((_, '/')) => out.push('/'),
                    Some((_, e)) => {
                        out.push('\\');
                        out.push(e);
                    }
                    None => break,
                },
                c => out.push(c),
            }
        }
        Err(QueryError::new(
            start,
            self.src.len(),
            "unterminated regular expression",
        ))
    }

    fn number(&mut self, start: usize) -> Result<Token, QueryError> {
        let bytes = self.src.as_bytes();
        let mut i = start;
        let digits = |i: &mut usize| {
            while *i < bytes.len() && bytes[*i].is_ascii_digit() {
                *i += 1;
            }
        };
        digits(&mut i);
        let mut integral = true;
        if i < bytes.len() && bytes[i] == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
            integral = false;
            i += 1;
            digits(&mut i);
        }
        if i < bytes.len()
            && (bytes[i] == b'e' || bytes[i] == b'E')
            && (bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                || (matches!(bytes.get(i + 1), Some(b'+' | b'-'))
                    && bytes.get(i + 2).is_some_and(u8::is_ascii_digit)))
        {
            integral = false;
            i += 2;
            digits(&mut i);
        }
        let text = &self.src[start..i];
        // A unit right after the digits makes a duration: 5m, 1h, 100ms.
        let unit_len = self.src[i..]
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(self.src.len() - i);
        if unit_len > 0 {
            let unit = &self.src[i..i + unit_len];
            let end = i + unit_len;
            let factor = UNITS
                .iter()
                .find(|(u, _)| *u == unit)
                .map(|(_, f)| *f)
                .ok_or_else(|| {
                    QueryError::new(start, end, format!("unknown time unit '{unit}'"))
                })?;
            if !integral {
                return Err(QueryError::new(
                    start,
                    end,
                    "a time period must be a whole number",
                ));
            }
            let amount: i64 = text
                .parse()
                .map_err(|_| QueryError::new(start, end, "time period is too large"))?;
            let ms = amount
                .checked_mul(factor)
                .filter(|ms| *ms > 0)
                .ok_or_else(|| {
                    QueryError::new(
                        start,
                        end,
                        "a time period must be positive and not too large",
                    )
                })?;
            self.pos = end;
            return Ok(Token {
                tok: Tok::Duration(ms),
                start,
                end,
            });
        }
        let value: f64 = text
            .parse()
            .map_err(|_| QueryError::new(start, i, format!("invalid number '{text}'")))?;
        if !value.is_finite() {
            return Err(QueryError::new(start, i, "number is out of range"));
        }
        self.pos = i;
        Ok(Token {
            tok: Tok::Num(value),
            start,
            end: i,
        })
    }
}

fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || c == '_' || c == '@' || c == '$'
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '@' | '$' | '.')
}

/// Whether `name` can be written without backticks.
pub(crate) fn is_plain_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(is_ident_start) && chars.all(is_ident_char)
}
