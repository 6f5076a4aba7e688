//! The harness the `cluster_query` fuzz target and its corpus replay share.

use crate::query::{Expr, MAX_EXPRESSION_LENGTH};

/// Parses `data` as an expression. Panics (a finding) if a parsed expression does not print
/// back to an equal one, or if a refusal points outside the input.
pub fn cluster_query(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Expr::parse(text) {
        Ok(expr) => {
            let shown = expr.to_string();
            let again = Expr::parse(&shown)
                .unwrap_or_else(|e| panic!("{text:?} printed as {shown:?}, which fails: {e}"));
            assert_eq!(again, expr, "{text:?} printed as {shown:?}");
        }
        Err(err) => {
            let len = text.chars().count();
            assert!(
                err.position <= len.min(MAX_EXPRESSION_LENGTH),
                "{text:?}: position {} is outside the input",
                err.position
            );
        }
    }
}
