//! The one error type of the crate: a pattern that does not parse.

/// Why a filter pattern was rejected, and where.
///
/// `position` is a zero-based byte offset into the pattern string as given to
/// [`Pattern::parse`](crate::Pattern::parse). The `Display` form reads
/// `Invalid filter pattern at position N: <message>`, which the API layer can
/// hand back verbatim inside an `InvalidParameterException`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("Invalid filter pattern at position {position}: {message}")]
pub struct PatternError {
    position: usize,
    message: String,
}

impl PatternError {
    pub(crate) fn new(position: usize, message: impl Into<String>) -> Self {
        Self {
            position,
            message: message.into(),
        }
    }

    /// Zero-based byte offset of the offending text in the pattern.
    pub fn position(&self) -> usize {
        self.position
    }

    /// A short description of the problem, without the position prefix.
    pub fn message(&self) -> &str {
        &self.message
    }
}
