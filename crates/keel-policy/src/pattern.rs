//! Wildcard patterns (`*`, `?`) and policy-variable templates (`${aws:username}`).
//!
//! A pattern is a list of [`Tok`]s matched against the characters of a
//! value by dynamic programming over (pattern position, text position), so
//! matching is O(pattern × text) whatever the wildcards, and needs no
//! backtracking. A wildcard may be barred from matching `:`, which is how
//! resource ARNs keep most wildcards inside one colon-separated segment.

use std::borrow::Cow;

use crate::request::Context;

/// One element of a compiled wildcard pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tok {
    /// Exactly this character.
    Char(char),
    /// `?`: any one character (but not `:` unless `colon`).
    One { colon: bool },
    /// `*`: any run of characters, possibly empty (without `:` unless
    /// `colon`).
    Many { colon: bool },
}

/// Compiles text whose `*` and `?` are wildcards that match anything.
pub(crate) fn wildcard_tokens(text: &str) -> Vec<Tok> {
    text.chars()
        .map(|c| match c {
            '*' => Tok::Many { colon: true },
            '?' => Tok::One { colon: true },
            c => Tok::Char(c),
        })
        .collect()
}

/// Whether the pattern matches the whole of `text`.
pub(crate) fn glob_match(pattern: &[Tok], text: &[char]) -> bool {
    // Fast paths: a literal pattern, and a lone `*` that may cross colons.
    if pattern.iter().all(|t| matches!(t, Tok::Char(_))) {
        return pattern.len() == text.len()
            && pattern.iter().zip(text).all(|(t, c)| *t == Tok::Char(*c));
    }
    if let [Tok::Many { colon: true }] = pattern {
        return true;
    }
    let n = text.len();
    // cur[j]: the pattern read so far matches text[..j].
    let mut cur = vec![false; n + 1];
    let mut next = vec![false; n + 1];
    cur[0] = true;
    for tok in pattern {
        next.iter_mut().for_each(|b| *b = false);
        match *tok {
            Tok::Char(want) => {
                for j in 0..n {
                    if cur[j] && text[j] == want {
                        next[j + 1] = true;
                    }
                }
            }
            Tok::One { colon } => {
                for j in 0..n {
                    if cur[j] && (colon || text[j] != ':') {
                        next[j + 1] = true;
                    }
                }
            }
            Tok::Many { colon } => {
                let mut reachable = false;
                for j in 0..=n {
                    reachable |= cur[j];
                    next[j] = reachable;
                    if j < n && !colon && text[j] == ':' {
                        reachable = false;
                    }
                }
            }
        }
        std::mem::swap(&mut cur, &mut next);
        if !cur.iter().any(|b| *b) {
            return false;
        }
    }
    cur[n]
}

/// One piece of a template: text from the policy, or something substituted.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Piece {
    /// Policy text, in which `*` and `?` are wildcards where the context
    /// allows them.
    Text(String),
    /// A character written as `${*}`, `${?}` or `${$}`: never a wildcard.
    Literal(char),
    /// `${key}` or `${key, 'default'}`; the key is lower-cased, since
    /// context keys are case-insensitive.
    Var {
        key: String,
        default: Option<String>,
    },
}

/// A policy string that may hold policy variables, resolved per request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Template {
    pieces: Vec<Piece>,
}

/// A character that stands for itself, or the wildcard characters as the
/// policy wrote them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Resolved {
    Plain(char),
    Literal(char),
}

impl Template {
    /// Whether the template names a policy variable (and so reads the request's context).
    pub(crate) fn has_variables(&self) -> bool {
        self.pieces.iter().any(|p| matches!(p, Piece::Var { .. }))
    }

    /// Splits `text` into pieces. With `variables` false (policy language
    /// version 2008-10-17) everything is plain text. A `${` that does not
    /// start a well-formed variable is kept as text.
    pub(crate) fn parse(text: &str, variables: bool) -> Template {
        if !variables || !text.contains("${") {
            return Template {
                pieces: vec![Piece::Text(text.to_owned())],
            };
        }
        let mut pieces = Vec::new();
        let mut plain = String::new();
        let mut rest = text;
        while let Some(at) = rest.find("${") {
            plain.push_str(&rest[..at]);
            match parse_variable(&rest[at + 2..]) {
                Some((piece, used)) => {
                    if !plain.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut plain)));
                    }
                    pieces.push(piece);
                    rest = &rest[at + 2 + used..];
                }
                None => {
                    plain.push('$');
                    rest = &rest[at + 1..];
                }
            }
        }
        plain.push_str(rest);
        if !plain.is_empty() || pieces.is_empty() {
            pieces.push(Piece::Text(plain));
        }
        Template { pieces }
    }

    /// Whether the template is a single piece of policy text.
    pub(crate) fn plain_text(&self) -> Option<&str> {
        match self.pieces.as_slice() {
            [Piece::Text(t)] => Some(t),
            _ => None,
        }
    }

    fn resolve(&self, ctx: &Context<'_>) -> Option<Vec<Resolved>> {
        let mut out = Vec::new();
        for piece in &self.pieces {
            match piece {
                Piece::Text(t) => out.extend(t.chars().map(Resolved::Plain)),
                Piece::Literal(c) => out.push(Resolved::Literal(*c)),
                Piece::Var { key, default } => {
                    let value = ctx.variable(key).or(default.as_deref())?;
                    out.extend(value.chars().map(Resolved::Literal));
                }
            }
        }
        Some(out)
    }

    /// The value with variables substituted, wildcards taken literally (for
    /// `StringEquals` and the like). `None` when a variable has no value and
    /// no default.
    pub(crate) fn string(&self, ctx: &Context<'_>) -> Option<Cow<'_, str>> {
        if let Some(t) = self.plain_text() {
            return Some(Cow::Borrowed(t));
        }
        let resolved = self.resolve(ctx)?;
        Some(Cow::Owned(
            resolved
                .into_iter()
                .map(|r| match r {
                    Resolved::Plain(c) | Resolved::Literal(c) => c,
                })
                .collect(),
        ))
    }

    /// The value compiled to a wildcard pattern: `*` and `?` written in the
    /// policy are wildcards that may match `:`; substituted values and the
    /// `${*}` family are literal. `None` when a variable cannot be resolved.
    pub(crate) fn tokens(&self, ctx: &Context<'_>) -> Option<Vec<Tok>> {
        if let Some(t) = self.plain_text() {
            return Some(wildcard_tokens(t));
        }
        Some(
            self.resolve(ctx)?
                .into_iter()
                .map(|r| match r {
                    Resolved::Plain('*') => Tok::Many { colon: true },
                    Resolved::Plain('?') => Tok::One { colon: true },
                    Resolved::Plain(c) | Resolved::Literal(c) => Tok::Char(c),
                })
                .collect(),
        )
    }

    /// Every policy variable key the template refers to (lower-cased).
    #[cfg(test)]
    fn variable_keys(&self) -> Vec<&str> {
        self.pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Var { key, .. } => Some(key.as_str()),
                _ => None,
            })
            .collect()
    }
}

/// Reads a variable body after `${`: `key}` or `key, 'default'}`, with the
/// special keys `*`, `?` and `$`. Returns the piece and the bytes used.
fn parse_variable(body: &str) -> Option<(Piece, usize)> {
    let end_key = body.find([',', '}'])?;
    let key = body[..end_key].trim();
    if key.is_empty() || key.contains("${") {
        return None;
    }
    if body[end_key..].starts_with('}') {
        let piece = match key {
            "*" => Piece::Literal('*'),
            "?" => Piece::Literal('?'),
            "$" => Piece::Literal('$'),
            _ => Piece::Var {
                key: key.to_lowercase(),
                default: None,
            },
        };
        return Some((piece, end_key + 1));
    }
    // `, 'default'}`; a quote inside the default is written twice.
    let after_comma = &body[end_key + 1..];
    let quoted = after_comma.trim_start();
    let mut pos = end_key + 1 + (after_comma.len() - quoted.len());
    let mut chars = quoted.char_indices();
    if chars.next()?.1 != '\'' {
        return None;
    }
    let mut default = String::new();
    let mut closed_at = None;
    let mut pending_quote = false;
    for (i, c) in chars {
        if pending_quote {
            if c == '\'' {
                default.push('\'');
                pending_quote = false;
                continue;
            }
            closed_at = Some(i);
            break;
        }
        if c == '\'' {
            pending_quote = true;
        } else {
            default.push(c);
        }
    }
    let closed_at = match (closed_at, pending_quote) {
        (Some(i), _) => i,
        (None, true) => quoted.len(),
        (None, false) => return None,
    };
    pos += closed_at;
    let tail = &body[pos..];
    let trimmed = tail.trim_start();
    if !trimmed.starts_with('}') {
        return None;
    }
    pos += tail.len() - trimmed.len() + 1;
    if matches!(key, "*" | "?" | "$") {
        return None;
    }
    Some((
        Piece::Var {
            key: key.to_lowercase(),
            default: Some(default),
        },
        pos,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn glob(p: &str, t: &str) -> bool {
        glob_match(&wildcard_tokens(p), &chars(t))
    }

    #[test]
    fn wildcards() {
        assert!(glob("*", ""));
        assert!(glob("a*c", "abbbc"));
        assert!(glob("a*c", "ac"));
        assert!(!glob("a*c", "acb"));
        assert!(glob("a?c", "abc"));
        assert!(!glob("a?c", "ac"));
        assert!(glob("*a*a*", "banana"));
        assert!(!glob("*x*", "banana"));
        assert!(glob("", ""));
        assert!(!glob("", "a"));
        assert!(glob("é?", "éü"));
    }

    #[test]
    fn colon_barred_wildcards() {
        let p = [Tok::Char('a'), Tok::Many { colon: false }, Tok::Char('b')];
        assert!(glob_match(&p, &chars("axyb")));
        assert!(!glob_match(&p, &chars("ax:yb")));
        let p = [Tok::One { colon: false }];
        assert!(!glob_match(&p, &chars(":")));
        assert!(glob_match(&p, &chars("x")));
    }

    #[test]
    fn template_pieces() {
        let t = Template::parse("a/${aws:UserName}/${*}${?}${$}", true);
        assert_eq!(t.variable_keys(), ["aws:username"]);
        let t = Template::parse("${aws:username, 'it''s'}", true);
        assert_eq!(
            t.pieces,
            [Piece::Var {
                key: "aws:username".into(),
                default: Some("it's".into())
            }]
        );
        let t = Template::parse("${ k ,'d' }x", true);
        assert_eq!(
            t.pieces,
            [
                Piece::Var {
                    key: "k".into(),
                    default: Some("d".into())
                },
                Piece::Text("x".into())
            ]
        );
        // Malformed variables stay text.
        for s in [
            "${",
            "${}",
            "${a",
            "${a, d}",
            "${a, 'd'",
            "${a, 'd' x}",
            "$${",
            "${*, 'x'}",
        ] {
            let t = Template::parse(s, true);
            assert_eq!(t.plain_text(), Some(s), "{s}");
        }
        // Version 2008-10-17: no variables at all.
        assert_eq!(
            Template::parse("${aws:username}", false).plain_text(),
            Some("${aws:username}")
        );
        assert_eq!(
            Template::parse("$${x}", true).pieces,
            [
                Piece::Text("$".into()),
                Piece::Var {
                    key: "x".into(),
                    default: None
                }
            ]
        );
    }
}
