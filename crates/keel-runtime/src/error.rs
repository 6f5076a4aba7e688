//! Errors of runtime calls, and how the ECS agent names them in a container's `reason`.
//!
//! ECS reports a failed transition as `NAME: message` (amazon-ecs-agent's `DefaultNamedError`),
//! e.g. `CannotPullContainerError: Error response from daemon: pull access denied for web,
//! repository does not exist or may require 'docker login'`. [`RuntimeError::ecs_reason`] builds
//! exactly that string so the agent can put it in a task's stopped reason unchanged.

use std::fmt;
use std::time::Duration;

use crate::time::go_duration;

/// The runtime call an error came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Operation {
    Version,
    InspectImage,
    PullImage,
    ImportImage,
    CreateContainer,
    StartContainer,
    StopContainer,
    KillContainer,
    RemoveContainer,
    InspectContainer,
    WaitContainer,
    ListContainers,
    Events,
    Logs,
    CreateVolume,
    InspectVolume,
    RemoveVolume,
    ListVolumes,
}

impl Operation {
    /// The state the ECS agent says it could not reach when the call times out
    /// (`Could not transition to created; timed out after waiting 4m0s`).
    pub fn transition(self) -> &'static str {
        match self {
            Operation::PullImage => "pulled",
            Operation::ImportImage => "imported",
            Operation::CreateContainer => "created",
            Operation::StartContainer => "started",
            Operation::StopContainer | Operation::KillContainer => "stopped",
            Operation::RemoveContainer => "removed",
            Operation::InspectContainer => "inspecting",
            Operation::WaitContainer => "waited",
            Operation::InspectImage => "image inspected",
            Operation::Version => "version",
            Operation::ListContainers => "listed",
            Operation::Events => "events",
            Operation::Logs => "logs",
            Operation::CreateVolume => "volume created",
            Operation::InspectVolume => "volume inspected",
            Operation::RemoveVolume => "volume removed",
            Operation::ListVolumes => "volumes listed",
        }
    }

    /// amazon-ecs-agent's error name for a failure of this call.
    pub fn ecs_error_name(self) -> &'static str {
        match self {
            Operation::PullImage | Operation::ImportImage => "CannotPullContainerError",
            Operation::CreateContainer => "CannotCreateContainerError",
            Operation::StartContainer => "CannotStartContainerError",
            Operation::StopContainer | Operation::KillContainer => "CannotStopContainerError",
            Operation::RemoveContainer => "CannotRemoveContainerError",
            Operation::InspectContainer | Operation::WaitContainer => "CannotInspectContainerError",
            Operation::InspectImage => "CannotPullContainerError",
            Operation::ListContainers => "CannotListContainersError",
            Operation::CreateVolume => "CannotCreateVolumeError",
            Operation::InspectVolume => "CannotInspectVolumeError",
            Operation::RemoveVolume => "CannotRemoveVolumeError",
            Operation::ListVolumes => "CannotListVolumesError",
            Operation::Version | Operation::Events | Operation::Logs => {
                "CannotGetDockerClientError"
            }
        }
    }
}

impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

/// A runtime call that did not do what was asked.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RuntimeError {
    /// The call did not finish within its timeout (the request is abandoned).
    #[error("Could not transition to {}; timed out after waiting {}", .operation.transition(), go_duration(*.after))]
    Timeout {
        operation: Operation,
        after: Duration,
    },

    /// No container has this id or name.
    #[error("Container not found: {0}")]
    NoSuchContainer(String),

    /// No image is stored under this reference.
    #[error("No such image: {0}")]
    NoSuchImage(String),

    /// No volume has this name.
    #[error("No such volume: {0}")]
    NoSuchVolume(String),

    /// The runtime refused or failed the call; `message` is its own words (for Docker, as
    /// the Docker CLI prints them: `Error response from daemon: ...`).
    #[error("{message}")]
    Failed {
        operation: Operation,
        message: String,
        /// The runtime's status code when it has one (HTTP status for Docker).
        status: Option<u16>,
    },

    /// The runtime cannot be reached (socket missing, connection refused, broken stream).
    #[error("cannot reach the container runtime: {message}")]
    Unavailable {
        operation: Operation,
        message: String,
    },

    /// The spec asks for something this driver cannot express.
    #[error("{0}")]
    InvalidSpec(String),
}

impl RuntimeError {
    pub fn failed(operation: Operation, message: impl Into<String>) -> Self {
        Self::Failed {
            operation,
            message: message.into(),
            status: None,
        }
    }

    /// The call this error came from, where it is known.
    pub fn operation(&self) -> Option<Operation> {
        match self {
            Self::Timeout { operation, .. }
            | Self::Failed { operation, .. }
            | Self::Unavailable { operation, .. } => Some(*operation),
            _ => None,
        }
    }

    /// amazon-ecs-agent's name for this error.
    pub fn ecs_error_name(&self) -> &'static str {
        match self {
            Self::Timeout { .. } => "DockerTimeoutError",
            Self::NoSuchContainer(_) => "NoSuchContainerError",
            Self::NoSuchImage(_) => "CannotPullContainerError",
            Self::NoSuchVolume(_) => "CannotInspectVolumeError",
            Self::Failed { operation, .. } | Self::Unavailable { operation, .. } => {
                operation.ecs_error_name()
            }
            Self::InvalidSpec(_) => "CannotCreateContainerError",
        }
    }

    /// `NAME: message`, the form ECS puts in a container's `reason`.
    pub fn ecs_reason(&self) -> String {
        format!("{}: {self}", self.ecs_error_name())
    }

    /// Whether trying the same call again may succeed (timeouts and an unreachable runtime);
    /// a refusal or a missing object will not change by retrying.
    pub fn is_retriable(&self) -> bool {
        matches!(self, Self::Timeout { .. } | Self::Unavailable { .. })
    }

    pub fn is_not_found(&self) -> bool {
        matches!(
            self,
            Self::NoSuchContainer(_) | Self::NoSuchImage(_) | Self::NoSuchVolume(_)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_read_like_the_ecs_agent() {
        let pull = RuntimeError::failed(
            Operation::PullImage,
            "Error response from daemon: pull access denied for web",
        );
        assert_eq!(
            pull.ecs_reason(),
            "CannotPullContainerError: Error response from daemon: pull access denied for web"
        );
        let timeout = RuntimeError::Timeout {
            operation: Operation::CreateContainer,
            after: Duration::from_secs(240),
        };
        assert_eq!(
            timeout.ecs_reason(),
            "DockerTimeoutError: Could not transition to created; timed out after waiting 4m0s"
        );
        assert!(timeout.is_retriable());
        assert_eq!(
            RuntimeError::NoSuchContainer("abc".into()).ecs_reason(),
            "NoSuchContainerError: Container not found: abc"
        );
    }
}
