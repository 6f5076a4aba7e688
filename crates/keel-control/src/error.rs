//! The ECS engine's errors, and their one mapping to AWS's wire codes.
//!
//! Messages follow ECS's own wording where ECS has one (e.g. "Cluster not found.").

use keel_api::{ApiError, ErrorKind};
use keel_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum EcsError {
    #[error("{0}")]
    InvalidParameter(String),
    #[error("{0}")]
    Client(String),
    #[error("Cluster not found.")]
    ClusterNotFound,
    #[error("The Cluster cannot be deleted while Container Instances are active or draining.")]
    ClusterContainsContainerInstances,
    #[error("The Cluster cannot be deleted while Services are active.")]
    ClusterContainsServices,
    #[error("The Cluster cannot be deleted while Tasks are active.")]
    ClusterContainsTasks,
    #[error("The specified capacity provider is in use and cannot be removed.")]
    ClusterContainsCapacityProvider,
    #[error("Service not found.")]
    ServiceNotFound,
    #[error("Service was not ACTIVE.")]
    ServiceNotActive,
    #[error("{0}")]
    ServiceDeploymentNotFound(String),
    #[error("{0}")]
    TaskSetNotFound(String),
    #[error("{0}")]
    NamespaceNotFound(String),
    #[error("{0}")]
    ResourceNotFound(String),
    #[error("{0}")]
    ResourceInUse(String),
    #[error("{0}")]
    TargetNotFound(String),
    #[error("{0}")]
    AttributeLimitExceeded(String),
    #[error("{0}")]
    LimitExceeded(String),
    #[error("{0}")]
    UnsupportedFeature(String),
    #[error("{0}")]
    UpdateInProgress(String),
    #[error(
        "The specified platform version does not satisfy the task definition's required capabilities."
    )]
    PlatformTaskDefinitionIncompatibility(String),
    /// RunTask's clientToken was used before with a different request.
    #[error(
        "The request could not be processed because of conflict in the current state of the resource."
    )]
    Conflict { resource_ids: Vec<String> },
    #[error("Keel does not implement the ECS operation {0} yet.")]
    NotImplemented(String),
    /// Optimistic concurrency kept failing; the caller may retry.
    #[error("The resource is being modified concurrently; please retry.")]
    Contention,
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<StoreError> for EcsError {
    fn from(err: StoreError) -> Self {
        EcsError::Internal(err.to_string())
    }
}

impl From<serde_json::Error> for EcsError {
    fn from(err: serde_json::Error) -> Self {
        EcsError::Internal(format!("corrupt record: {err}"))
    }
}

impl EcsError {
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::InvalidParameter(message.into())
    }

    pub fn client(message: impl Into<String>) -> Self {
        Self::Client(message.into())
    }

    /// The AWS error code (the exception shape in the ECS model).
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidParameter(_) => "InvalidParameterException",
            Self::Client(_) => "ClientException",
            Self::ClusterNotFound => "ClusterNotFoundException",
            Self::ClusterContainsContainerInstances => "ClusterContainsContainerInstancesException",
            Self::ClusterContainsServices => "ClusterContainsServicesException",
            Self::ClusterContainsTasks => "ClusterContainsTasksException",
            Self::ClusterContainsCapacityProvider => "ClusterContainsCapacityProviderException",
            Self::ServiceNotFound => "ServiceNotFoundException",
            Self::ServiceNotActive => "ServiceNotActiveException",
            Self::ServiceDeploymentNotFound(_) => "ServiceDeploymentNotFoundException",
            Self::TaskSetNotFound(_) => "TaskSetNotFoundException",
            Self::NamespaceNotFound(_) => "NamespaceNotFoundException",
            Self::ResourceNotFound(_) => "ResourceNotFoundException",
            Self::ResourceInUse(_) => "ResourceInUseException",
            Self::TargetNotFound(_) => "TargetNotFoundException",
            Self::AttributeLimitExceeded(_) => "AttributeLimitExceededException",
            Self::LimitExceeded(_) => "LimitExceededException",
            Self::UnsupportedFeature(_) | Self::NotImplemented(_) => "UnsupportedFeatureException",
            Self::UpdateInProgress(_) => "UpdateInProgressException",
            Self::PlatformTaskDefinitionIncompatibility(_) => {
                "PlatformTaskDefinitionIncompatibilityException"
            }
            Self::Conflict { .. } => "ConflictException",
            Self::Contention => "ServerException",
            Self::Internal(_) => "ServerException",
        }
    }
}

impl From<EcsError> for ApiError {
    fn from(err: EcsError) -> Self {
        let kind = match err {
            EcsError::Internal(_) | EcsError::Contention => ErrorKind::Server,
            _ => ErrorKind::Client,
        };
        let mut api = ApiError::new(kind, err.code(), err.to_string());
        if let EcsError::Conflict { resource_ids } = err {
            let mut extra = serde_json::Map::new();
            extra.insert("resourceIds".into(), serde_json::json!(resource_ids));
            api = api.with_extra(extra);
        }
        api
    }
}
