//! IAM and STS errors, and their one mapping to the wire: each variant names the model's
//! exception shape, whose code and HTTP status come from the model (`NoSuchEntity` is 404,
//! `EntityAlreadyExists` 409, ...). Messages follow IAM's own wording.

use keel_api::{ApiError, ErrorKind};
use keel_awsmodel::ServiceModel;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IamError {
    #[error("{0}")]
    NoSuchEntity(String),
    #[error("{0}")]
    EntityAlreadyExists(String),
    #[error("{0}")]
    DeleteConflict(String),
    #[error("{0}")]
    LimitExceeded(String),
    #[error("{0}")]
    MalformedPolicyDocument(String),
    #[error("{0}")]
    InvalidInput(String),
    /// A parameter breaks a rule IAM checks itself (`ValidationError`, 400).
    #[error("{0}")]
    Validation(String),
    /// The caller may not do this (STS's trust-policy checks).
    #[error("{0}")]
    AccessDenied(String),
    #[error("Keel does not implement the {service} operation {operation} yet.")]
    NotImplemented {
        service: &'static str,
        operation: String,
    },
    /// Too many writers raced for the same records; the caller may retry.
    #[error(
        "The request was rejected because multiple requests to change this object were submitted simultaneously. Wait a few minutes and submit your request again."
    )]
    ConcurrentModification,
    #[error("internal error: {0}")]
    Internal(String),
}

impl IamError {
    /// The model's exception shape for this error, if it has one.
    fn shape(&self) -> Option<&'static str> {
        Some(match self {
            Self::NoSuchEntity(_) => "NoSuchEntityException",
            Self::EntityAlreadyExists(_) => "EntityAlreadyExistsException",
            Self::DeleteConflict(_) => "DeleteConflictException",
            Self::LimitExceeded(_) => "LimitExceededException",
            Self::MalformedPolicyDocument(_) => "MalformedPolicyDocumentException",
            Self::InvalidInput(_) => "InvalidInputException",
            Self::ConcurrentModification => "ConcurrentModificationException",
            Self::Internal(_) => "ServiceFailureException",
            Self::Validation(_) | Self::AccessDenied(_) | Self::NotImplemented { .. } => {
                return None;
            }
        })
    }

    /// The error on the wire of the service with `model` (IAM or STS).
    pub fn into_api(self, model: &ServiceModel) -> ApiError {
        let message = self.to_string();
        if let Some(shape) = self.shape()
            && model.exception(shape).is_some()
        {
            return ApiError::modeled(model, shape, message);
        }
        match self {
            Self::AccessDenied(_) => {
                ApiError::new(ErrorKind::Forbidden, "AccessDenied", message).with_status(403)
            }
            Self::Internal(_) => ApiError::server("ServiceFailure", message),
            Self::MalformedPolicyDocument(_) => {
                ApiError::client("MalformedPolicyDocument", message)
            }
            Self::NotImplemented { .. } => ApiError::client("NotImplemented", message),
            Self::NoSuchEntity(_) => ApiError::client("NoSuchEntity", message).with_status(404),
            _ => ApiError::client("ValidationError", message),
        }
    }
}

impl From<keel_store::StoreError> for IamError {
    fn from(err: keel_store::StoreError) -> Self {
        IamError::Internal(err.to_string())
    }
}

impl From<serde_json::Error> for IamError {
    fn from(err: serde_json::Error) -> Self {
        IamError::Internal(format!("corrupt record: {err}"))
    }
}

impl From<crate::secrets::SecretsError> for IamError {
    fn from(err: crate::secrets::SecretsError) -> Self {
        IamError::Internal(err.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_statuses_come_from_the_model() {
        let iam = &keel_awsmodel::iam::MODEL;
        let err =
            IamError::NoSuchEntity("The user with name bob cannot be found.".into()).into_api(iam);
        assert_eq!(err.code, "NoSuchEntity");
        assert_eq!(err.status(), http::StatusCode::NOT_FOUND);
        let err = IamError::EntityAlreadyExists("x".into()).into_api(iam);
        assert_eq!(
            (err.code.as_str(), err.status().as_u16()),
            ("EntityAlreadyExists", 409)
        );
        let err = IamError::Validation("x".into()).into_api(iam);
        assert_eq!(
            (err.code.as_str(), err.status().as_u16()),
            ("ValidationError", 400)
        );
        let err = IamError::AccessDenied("x".into()).into_api(&keel_awsmodel::sts::MODEL);
        assert_eq!(
            (err.code.as_str(), err.status().as_u16()),
            ("AccessDenied", 403)
        );
        let err =
            IamError::MalformedPolicyDocument("x".into()).into_api(&keel_awsmodel::sts::MODEL);
        assert_eq!(err.code, "MalformedPolicyDocument");
    }
}
