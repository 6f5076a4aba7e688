//! Keel's AWS-compatible edge.
//!
//! Every AWS API Keel serves lives on one listener, as `AWS_ENDPOINT_URL` expects. For the AWS
//! JSON protocols a request is `POST /` with `X-Amz-Target: <TargetPrefix>.<Operation>`; for
//! the awsQuery protocol (IAM, STS) it is a form `Action=<Operation>&...`, routed by the
//! service name of its SigV4 credential scope. The edge authenticates the signature, decodes
//! and validates the input against the service's botocore model, asks the service what the
//! operation needs permission for and the authorizer whether the caller has it, records
//! changes and refusals in the audit trail, and turns the service's answer (or error) into the
//! protocol's wire form. HTTP never reaches the engines.

pub mod access;
pub mod audit;
pub mod caller;
pub mod context;
pub mod error;
pub mod eventstream;
pub mod json;
pub mod query;
pub mod server;
pub mod sigv4;
pub mod stream;

pub use access::{Access, Authorizer, Denial};
pub use audit::{AuditEvent, AuditSink};
pub use caller::{Caller, CallerKind, RoleSession};
pub use context::RequestContext;
pub use error::{ApiError, ErrorKind};
pub use json::JsonService;
pub use query::QueryService;
pub use server::{
    Authentication, Edge, EdgeConfig, SecureTransport, handle_json, handle_stream, read_body,
    router,
};
pub use stream::{EventSource, StreamEvent, event_stream_router};
