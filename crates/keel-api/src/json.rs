//! The contract between the edge and a service engine speaking an AWS JSON protocol.

use crate::{Access, ApiError, RequestContext};
use keel_awsmodel::ServiceModel;

/// A service served over AWS JSON 1.0/1.1 (ECS, CloudWatch Logs, ...).
///
/// The edge has already checked that `operation` exists in [`JsonService::model`] and that
/// `input` satisfies the operation's input shape (types, required members, enums, lengths and
/// ranges), so an implementation deserializes it into its typed request and acts.
#[async_trait::async_trait]
pub trait JsonService: Send + Sync + 'static {
    /// The botocore model this service implements.
    fn model(&self) -> &'static ServiceModel;

    /// The `__type` used for model-constraint violations (required members, enums, lengths).
    fn validation_error_code(&self) -> &'static str {
        "InvalidParameterException"
    }

    /// What `operation` asks permission for, from its validated input: the IAM action, the
    /// resources it acts on and its condition keys. `None` means the operation is not
    /// declared, and only the root key may call it (see [`crate::access`]). Services keep
    /// every declaration in one place.
    async fn access(
        &self,
        _ctx: &RequestContext,
        _operation: &str,
        _input: &serde_json::Value,
    ) -> Result<Option<Access>, ApiError> {
        Ok(None)
    }

    /// Members the audit trail must not record beyond those the model marks sensitive, as
    /// paths of member names with `*` for list items (see [`crate::audit::redact`]).
    fn audit_redactions(&self) -> &'static [&'static str] {
        &[]
    }

    /// Runs one operation. `Ok` is the encoded response body (a JSON object): encoding straight
    /// from the typed response, without an intermediate `serde_json::Value`, is a large share
    /// of a read's cost saved.
    async fn call(
        &self,
        ctx: &RequestContext,
        operation: &str,
        input: serde_json::Value,
    ) -> Result<bytes::Bytes, ApiError>;

    /// Operations whose output is an event stream; the edge sends them to
    /// [`JsonService::call_stream`] instead of [`JsonService::call`].
    fn is_streaming(&self, _operation: &str) -> bool {
        false
    }

    /// Runs a streaming operation: an error before the stream starts is an ordinary AWS JSON
    /// error; after that, the stream's own items (events, a final exception) are the answer.
    async fn call_stream(
        &self,
        _ctx: &RequestContext,
        operation: &str,
        _input: serde_json::Value,
    ) -> Result<crate::eventstream::EventStream, ApiError> {
        Err(ApiError::unknown_operation(operation))
    }
}
