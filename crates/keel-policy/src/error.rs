//! The one error type of the crate: a policy document that IAM would refuse.

use std::fmt::Display;

/// Why a policy document was rejected.
///
/// Every rejection is what IAM reports as `MalformedPolicyDocument`; the
/// [`message`](Self::message) follows the wording IAM uses for the same
/// mistake (for example `Policy statement must contain actions.`), and where
/// IAM's wording is only a generic `Syntax errors in policy.` a second
/// sentence names the element at fault. The API layer can return the message
/// verbatim.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct PolicyError {
    message: String,
}

impl PolicyError {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }

    /// `Syntax errors in policy.` followed by what exactly is wrong.
    pub(crate) fn syntax(detail: impl Display) -> Self {
        Self::new(format!("Syntax errors in policy. {detail}"))
    }

    /// `The policy failed legacy parsing` followed by what exactly is wrong.
    pub(crate) fn legacy(detail: impl Display) -> Self {
        Self::new(format!("The policy failed legacy parsing. {detail}"))
    }

    /// The human-readable description, as the API returns it.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The AWS error code the API layer reports: always
    /// `MalformedPolicyDocument`.
    pub fn code(&self) -> &'static str {
        "MalformedPolicyDocument"
    }
}
