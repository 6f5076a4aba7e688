//! Keel's log service: CloudWatch Logs (`Logs_20140328`, AWS JSON 1.1) served from Keel's own
//! log store.
//!
//! - [`rules`]: CloudWatch's rules that need no state: names, retention values, and what
//!   PutLogEvents accepts, rejects per event (too old, too new, expired) or refuses outright.
//! - [`error`]: the service's errors and their one mapping to wire codes.

pub mod error;
pub mod rules;

pub use error::LogsError;
