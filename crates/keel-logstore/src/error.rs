//! The store's errors.

#[derive(Debug, thiserror::Error)]
pub enum LogStoreError {
    #[error("the log stream does not exist")]
    StreamNotFound,
    #[error("the log stream already exists")]
    StreamExists,
    #[error("the log store is closed")]
    Closed,
    #[error("a log store file is corrupt: {0}")]
    Corrupt(String),
    #[error("log store I/O failed: {0}")]
    Io(#[from] std::io::Error),
    /// A write failed earlier and the store refuses further writes rather than risk a WAL
    /// with a hole in it; reopening the store recovers.
    #[error("the log store stopped accepting writes after an I/O error: {0}")]
    Failed(String),
}

impl From<crate::codec::Corrupt> for LogStoreError {
    fn from(err: crate::codec::Corrupt) -> Self {
        Self::Corrupt(err.0.to_string())
    }
}
