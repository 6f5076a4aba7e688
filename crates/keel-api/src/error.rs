//! AWS JSON protocol errors: `{"__type": CODE, "message": MSG}` with `x-amzn-ErrorType: CODE`
//! and the HTTP status botocore expects (4xx for client errors, 5xx for server faults).
//!
//! Engines keep their own typed errors; each maps into [`ApiError`] in exactly one place.

use http::StatusCode;

/// Broad class of an error, which fixes its HTTP status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The caller's fault (400).
    Client,
    /// Throttling (400 with a throttling code, as AWS JSON services answer).
    Throttling,
    /// Body over the size limit (413).
    TooLarge,
    /// Authentication failures AWS answers with 403.
    Forbidden,
    /// Keel's fault (500).
    Server,
}

/// An error ready for the wire.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{code}: {message}")]
pub struct ApiError {
    pub kind: ErrorKind,
    /// The `__type`, e.g. `ClusterNotFoundException`.
    pub code: String,
    pub message: String,
    /// Extra members of the error shape (e.g. ConflictException's `resourceIds`).
    pub extra: Option<serde_json::Map<String, serde_json::Value>>,
    /// The status the model gives this error, when it is not the kind's (IAM answers
    /// `NoSuchEntity` with 404 and `EntityAlreadyExists` with 409).
    pub http_status: Option<u16>,
}

impl ApiError {
    pub fn new(kind: ErrorKind, code: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            kind,
            code: code.into(),
            message: message.into(),
            extra: None,
            http_status: None,
        }
    }

    /// An error whose code and status come from the model's exception shape (`shape` is the
    /// shape's name, e.g. `NoSuchEntityException`); a shape the model lacks is a client error
    /// named as given.
    pub fn modeled(
        model: &keel_awsmodel::ServiceModel,
        shape: &str,
        message: impl Into<String>,
    ) -> Self {
        match model.exception(shape) {
            Some(info) => {
                let kind = if info.fault {
                    ErrorKind::Server
                } else {
                    ErrorKind::Client
                };
                let mut err = Self::new(kind, info.code, message);
                err.http_status = Some(info.http_status);
                err
            }
            None => Self::client(shape, message),
        }
    }

    /// Overrides the HTTP status.
    pub fn with_status(mut self, status: u16) -> Self {
        self.http_status = Some(status);
        self
    }

    pub fn client(code: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Client, code, message)
    }

    pub fn server(code: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Server, code, message)
    }

    /// Malformed JSON or a value of the wrong type (AWS's `SerializationException`).
    pub fn serialization(message: impl Into<String>) -> Self {
        Self::client("SerializationException", message)
    }

    /// An `X-Amz-Target` that names no operation Keel knows.
    pub fn unknown_operation(target: &str) -> Self {
        Self::client(
            "UnknownOperationException",
            format!("Unknown operation {target}"),
        )
    }

    pub fn with_extra(mut self, extra: serde_json::Map<String, serde_json::Value>) -> Self {
        self.extra = Some(extra);
        self
    }

    pub fn status(&self) -> StatusCode {
        if let Some(status) = self.http_status.and_then(|s| StatusCode::from_u16(s).ok()) {
            return status;
        }
        match self.kind {
            ErrorKind::Client | ErrorKind::Throttling => StatusCode::BAD_REQUEST,
            ErrorKind::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorKind::Forbidden => StatusCode::FORBIDDEN,
            ErrorKind::Server => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The JSON body AWS JSON 1.0/1.1 clients parse.
    pub fn body(&self) -> serde_json::Value {
        let mut body = serde_json::Map::new();
        body.insert("__type".into(), self.code.clone().into());
        body.insert("message".into(), self.message.clone().into());
        if let Some(extra) = &self.extra {
            for (key, value) in extra {
                body.insert(key.clone(), value.clone());
            }
        }
        serde_json::Value::Object(body)
    }
}
