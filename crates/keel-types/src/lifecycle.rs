//! The ECS task lifecycle.
//!
//! `lastStatus` moves forward through PROVISIONING → PENDING → ACTIVATING → RUNNING →
//! DEACTIVATING → STOPPING → DEPROVISIONING → STOPPED and never back; states may be skipped (a
//! task that fails to start goes from PENDING straight to STOPPED). `desiredStatus` is RUNNING
//! or STOPPED, and once STOPPED it stays STOPPED.
//! See <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-lifecycle-explanation.html>.

use std::fmt;
use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TaskStatus {
    Provisioning,
    Pending,
    Activating,
    Running,
    Deactivating,
    Stopping,
    Deprovisioning,
    Stopped,
}

impl TaskStatus {
    pub const ALL: [TaskStatus; 8] = [
        Self::Provisioning,
        Self::Pending,
        Self::Activating,
        Self::Running,
        Self::Deactivating,
        Self::Stopping,
        Self::Deprovisioning,
        Self::Stopped,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Provisioning => "PROVISIONING",
            Self::Pending => "PENDING",
            Self::Activating => "ACTIVATING",
            Self::Running => "RUNNING",
            Self::Deactivating => "DEACTIVATING",
            Self::Stopping => "STOPPING",
            Self::Deprovisioning => "DEPROVISIONING",
            Self::Stopped => "STOPPED",
        }
    }

    /// Whether a task may move from `self` to `next`: forward only; staying put is a no-op.
    pub fn can_transition_to(self, next: TaskStatus) -> bool {
        next >= self
    }

    /// Tasks count as "pending" in cluster statistics until they run.
    pub fn is_pending(self) -> bool {
        self < Self::Running
    }

    /// Whether the task still holds resources on its container instance. ECS releases a task's
    /// CPU, memory and ports when it reaches STOPPED.
    pub fn holds_resources(self) -> bool {
        self != Self::Stopped
    }
}

impl fmt::Display for TaskStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown task status: {0}")]
pub struct UnknownStatus(pub String);

impl FromStr for TaskStatus {
    type Err = UnknownStatus;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|status| status.as_str() == s)
            .ok_or_else(|| UnknownStatus(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_names_round_trip() {
        for status in TaskStatus::ALL {
            assert_eq!(status.as_str().parse::<TaskStatus>().unwrap(), status);
        }
        assert!("RUNNNING".parse::<TaskStatus>().is_err());
    }

    #[test]
    fn transitions_only_move_forward() {
        assert!(TaskStatus::Pending.can_transition_to(TaskStatus::Running));
        assert!(TaskStatus::Pending.can_transition_to(TaskStatus::Stopped));
        assert!(!TaskStatus::Stopped.can_transition_to(TaskStatus::Running));
        assert!(!TaskStatus::Running.can_transition_to(TaskStatus::Pending));
    }
}
