//! The one error a query can have before it runs: it does not compile.

/// Why a query was rejected, and where.
///
/// Offsets count characters (Unicode scalar values) from the start of the query string, as
/// `MalformedQueryException.queryCompileError.location` does; `end` is exclusive.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message} at position {start}")]
pub struct QueryError {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) message: String,
}

impl QueryError {
    pub(crate) fn new(start: usize, end: usize, message: impl Into<String>) -> Self {
        Self {
            start,
            end: end.max(start),
            message: message.into(),
        }
    }

    /// Character offset where the offending text starts.
    pub fn start(&self) -> usize {
        self.start
    }

    /// Character offset just past the offending text.
    pub fn end(&self) -> usize {
        self.end
    }

    /// What is wrong, without the position.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Byte offsets → character offsets in `text`.
    pub(crate) fn in_chars(mut self, text: &str) -> Self {
        let to_chars = |byte: usize| {
            let byte = byte.min(text.len());
            let mut b = byte;
            while !text.is_char_boundary(b) {
                b -= 1;
            }
            text[..b].chars().count()
        };
        self.start = to_chars(self.start);
        self.end = to_chars(self.end).max(self.start);
        self
    }
}
