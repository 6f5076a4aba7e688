//! Keel's AWS-compatible edge.
//!
//! Every AWS API Keel serves lives on one listener, as `AWS_ENDPOINT_URL` expects. For the AWS
//! JSON protocols a request is `POST /` with `X-Amz-Target: <TargetPrefix>.<Operation>`; the edge
//! finds the service by prefix, checks the operation exists in the service's botocore model,
//! decodes and validates the body against the model, and hands a JSON value to the service. It
//! turns the service's answer (or error) into AWS's wire form. HTTP never reaches the engines.

pub mod context;
pub mod error;
pub mod eventstream;
pub mod json;
pub mod server;
pub mod sigv4;
pub mod stream;

pub use context::RequestContext;
pub use error::{ApiError, ErrorKind};
pub use json::JsonService;
pub use server::{Authentication, EdgeConfig, handle_json, handle_stream, router};
pub use stream::{EventSource, StreamEvent, event_stream_router};
