//! CloudWatch Logs errors, and their one mapping to AWS's wire codes. Messages follow the
//! service's own wording.

use keel_api::{ApiError, ErrorKind};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LogsError {
    #[error("{0}")]
    InvalidParameter(String),
    #[error("The specified log group does not exist.")]
    LogGroupNotFound,
    #[error("The specified log stream does not exist.")]
    LogStreamNotFound,
    #[error("{0}")]
    ResourceNotFound(String),
    #[error("The specified log group already exists")]
    LogGroupExists,
    #[error("The specified log stream already exists")]
    LogStreamExists,
    #[error("{0}")]
    ResourceAlreadyExists(String),
    #[error("{0}")]
    LimitExceeded(String),
    #[error("{0}")]
    OperationAborted(String),
    /// An operation the resource's state does not allow (cancelling a finished export task).
    #[error("{0}")]
    InvalidOperation(String),
    #[error("{0}")]
    Validation(String),
    #[error("{0}")]
    TooManyTags(String),
    /// A query that does not compile, with character offsets into the query string.
    #[error("{message}")]
    MalformedQuery {
        message: String,
        start: usize,
        end: usize,
    },
    #[error("Keel does not implement the CloudWatch Logs operation {0} yet.")]
    NotImplemented(String),
    #[error("internal error: {0}")]
    Internal(String),
}

impl LogsError {
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::InvalidParameter(message.into())
    }

    /// The wire `__type`.
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidParameter(_) => "InvalidParameterException",
            Self::LogGroupNotFound | Self::LogStreamNotFound | Self::ResourceNotFound(_) => {
                "ResourceNotFoundException"
            }
            Self::LogGroupExists | Self::LogStreamExists | Self::ResourceAlreadyExists(_) => {
                "ResourceAlreadyExistsException"
            }
            Self::LimitExceeded(_) => "LimitExceededException",
            Self::OperationAborted(_) => "OperationAbortedException",
            Self::InvalidOperation(_) => "InvalidOperationException",
            Self::Validation(_) => "ValidationException",
            Self::TooManyTags(_) => "TooManyTagsException",
            Self::MalformedQuery { .. } => "MalformedQueryException",
            Self::NotImplemented(_) => "UnsupportedOperationException",
            Self::Internal(_) => "ServiceUnavailableException",
        }
    }
}

impl From<LogsError> for ApiError {
    fn from(err: LogsError) -> Self {
        let kind = match err {
            LogsError::Internal(_) => ErrorKind::Server,
            _ => ErrorKind::Client,
        };
        let api = ApiError::new(kind, err.code(), err.to_string());
        match err {
            // MalformedQueryException carries where the query went wrong.
            LogsError::MalformedQuery {
                message,
                start,
                end,
            } => {
                let mut extra = serde_json::Map::new();
                extra.insert(
                    "queryCompileError".into(),
                    serde_json::json!({
                        "location": {"startCharOffset": start, "endCharOffset": end},
                        "message": message,
                    }),
                );
                api.with_extra(extra)
            }
            _ => api,
        }
    }
}

impl From<keel_store::StoreError> for LogsError {
    fn from(err: keel_store::StoreError) -> Self {
        LogsError::Internal(err.to_string())
    }
}

impl From<keel_logstore::LogStoreError> for LogsError {
    fn from(err: keel_logstore::LogStoreError) -> Self {
        use keel_logstore::LogStoreError;
        match err {
            LogStoreError::StreamNotFound => LogsError::LogStreamNotFound,
            LogStoreError::StreamExists => LogsError::LogStreamExists,
            other => LogsError::Internal(other.to_string()),
        }
    }
}

impl From<serde_json::Error> for LogsError {
    fn from(err: serde_json::Error) -> Self {
        LogsError::Internal(format!("corrupt record: {err}"))
    }
}
