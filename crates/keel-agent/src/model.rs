//! What the agent is asked to run ([`DesiredTask`]) and what it reports back
//! ([`TaskStateChange`]), independent of how either travels to and from the server.
//!
//! A change is a full snapshot of what the agent knows about one task at one moment, numbered
//! by a per-task `seq` that only grows (and survives restarts). A receiver applies a change
//! only if its `seq` is greater than the last one it applied, so resending is harmless and
//! applying the latest snapshot is always right.

use keel_awsmodel::ecs::{TaskDefinition, TaskOverride};
use keel_runtime::Timestamp;
use keel_types::TaskStatus;
use serde::{Deserialize, Serialize};

/// `desiredStatus` of a task as the server decides it. Once STOPPED it stays STOPPED.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum DesiredStatus {
    Running,
    Stopped,
}

impl DesiredStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            DesiredStatus::Running => "RUNNING",
            DesiredStatus::Stopped => "STOPPED",
        }
    }
}

/// A task the server wants on this host, with everything needed to run it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DesiredTask {
    pub task_arn: String,
    pub cluster_arn: String,
    pub family: String,
    pub revision: i32,
    pub definition: TaskDefinition,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overrides: Option<TaskOverride>,
    pub desired_status: DesiredStatus,
    /// The GPU ids placement assigned the task (see [`DesiredTask::gpus_by_container`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gpu_ids: Vec<String>,
}

impl DesiredTask {
    /// The task's GPU ids shared out per container, as ECS does
    /// ([`keel_runtime::mapping::share_gpus`]).
    pub fn gpus_by_container(&self) -> std::collections::BTreeMap<String, Vec<String>> {
        keel_runtime::mapping::share_gpus(&self.definition, &self.gpu_ids)
    }

    /// The task's IAM role: RunTask's override, else the task definition's.
    pub fn task_role_arn(&self) -> Option<&str> {
        self.overrides
            .as_ref()
            .and_then(|o| o.task_role_arn.as_deref())
            .filter(|r| !r.is_empty())
            .or_else(|| {
                self.definition
                    .task_role_arn
                    .as_deref()
                    .filter(|r| !r.is_empty())
            })
    }

    /// The task's id: the last part of its ARN (`.../task/CLUSTER/ID`).
    pub fn task_id(&self) -> &str {
        task_id(&self.task_arn)
    }
}

/// The last `/`-separated part of a task ARN.
pub fn task_id(task_arn: &str) -> &str {
    task_arn.rsplit('/').next().unwrap_or(task_arn)
}

/// A container's `lastStatus` as ECS reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ContainerStatus {
    Pending,
    Running,
    Stopped,
}

impl ContainerStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ContainerStatus::Pending => "PENDING",
            ContainerStatus::Running => "RUNNING",
            ContainerStatus::Stopped => "STOPPED",
        }
    }
}

/// ECS's `healthStatus` of a container or a task.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum HealthStatus {
    Healthy,
    Unhealthy,
    Unknown,
}

impl HealthStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            HealthStatus::Healthy => "HEALTHY",
            HealthStatus::Unhealthy => "UNHEALTHY",
            HealthStatus::Unknown => "UNKNOWN",
        }
    }

    pub(crate) fn from_runtime(status: keel_runtime::HealthStatus) -> Self {
        match status {
            keel_runtime::HealthStatus::Healthy => HealthStatus::Healthy,
            keel_runtime::HealthStatus::Unhealthy => HealthStatus::Unhealthy,
            keel_runtime::HealthStatus::Starting => HealthStatus::Unknown,
        }
    }
}

/// Why a task stopped, as ECS's `stopCode` names it (the subset a host agent decides).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StopCode {
    TaskFailedToStart,
    EssentialContainerExited,
    UserInitiated,
}

impl StopCode {
    pub fn as_str(self) -> &'static str {
        match self {
            StopCode::TaskFailedToStart => "TaskFailedToStart",
            StopCode::EssentialContainerExited => "EssentialContainerExited",
            StopCode::UserInitiated => "UserInitiated",
        }
    }
}

/// The task's `stoppedReason` when an essential container exits (ECS's words).
pub const ESSENTIAL_CONTAINER_EXITED: &str = "Essential container in task exited";
/// A container's `reason` after the kernel's OOM killer ended it (ECS's words).
pub const OUT_OF_MEMORY: &str = "OutOfMemoryError: Container killed due to memory usage";

/// A published port as the runtime made it (the host port is the one chosen).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NetworkBinding {
    #[serde(rename = "bindIP")]
    pub bind_ip: String,
    pub container_port: u16,
    pub host_port: u16,
    /// `tcp` or `udp`.
    pub protocol: String,
}

/// One container of a [`TaskStateChange`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContainerStateChange {
    /// The container's name in the task definition.
    pub name: String,
    /// The runtime's id, once created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runtime_id: Option<String>,
    pub last_status: ContainerStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i64>,
    /// Why it stopped or failed (`CannotPullContainerError: ...`, `OutOfMemoryError: ...`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub network_bindings: Vec<NetworkBinding>,
    /// Only for containers with a health check.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_status: Option<HealthStatus>,
    /// The manifest digest of the image it runs, when the image came from a registry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_digest: Option<String>,
    /// Restarts in place under the container's restartPolicy.
    #[serde(default)]
    pub restart_count: u32,
}

/// What the agent knows about one task, numbered by `seq`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskStateChange {
    pub task_arn: String,
    /// An awsvpc task's address, once its network namespace exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_ipv4_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac_address: Option<String>,
    /// Grows by one per change of this task, across agent restarts.
    pub seq: u64,
    /// PENDING, RUNNING or STOPPED.
    #[serde(with = "task_status")]
    pub last_status: TaskStatus,
    pub containers: Vec<ContainerStateChange>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pull_started_at: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pull_stopped_at: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_stopped_at: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop_code: Option<StopCode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopped_reason: Option<String>,
    pub health_status: HealthStatus,
}

impl TaskStateChange {
    pub fn container(&self, name: &str) -> Option<&ContainerStateChange> {
        self.containers.iter().find(|c| c.name == name)
    }

    /// Same content, ignoring `seq`.
    pub(crate) fn same_state(&self, other: &TaskStateChange) -> bool {
        self.last_status == other.last_status
            && self.containers == other.containers
            && self.pull_started_at == other.pull_started_at
            && self.pull_stopped_at == other.pull_stopped_at
            && self.execution_stopped_at == other.execution_stopped_at
            && self.stop_code == other.stop_code
            && self.stopped_reason == other.stopped_reason
            && self.health_status == other.health_status
            && self.private_ipv4_address == other.private_ipv4_address
            && self.mac_address == other.mac_address
    }
}

/// `TaskStatus` as its ECS name.
pub(crate) mod task_status {
    use keel_types::TaskStatus;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(status: &TaskStatus, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(status.as_str())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<TaskStatus, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gpus_are_shared_out_in_container_order() {
        let definition: TaskDefinition = serde_json::from_value(serde_json::json!({
            "family": "ml", "revision": 1, "containerDefinitions": [
                {"name": "trainer", "image": "i", "resourceRequirements": [{"type": "GPU", "value": "2"}]},
                {"name": "sidecar", "image": "i"},
                {"name": "eval", "image": "i", "resourceRequirements": [{"type": "GPU", "value": "1"}]}
            ]
        }))
        .unwrap();
        let task = DesiredTask {
            task_arn: "arn:aws:ecs:us-east-1:1:task/c/abc".into(),
            cluster_arn: "arn:aws:ecs:us-east-1:1:cluster/c".into(),
            family: "ml".into(),
            revision: 1,
            definition,
            overrides: None,
            desired_status: DesiredStatus::Running,
            gpu_ids: vec!["GPU-a".into(), "GPU-b".into(), "GPU-c".into()],
        };
        let split = task.gpus_by_container();
        assert_eq!(split["trainer"], vec!["GPU-a", "GPU-b"]);
        assert_eq!(split["eval"], vec!["GPU-c"]);
        assert!(!split.contains_key("sidecar"));
        // Without assigned ids (no GPUs on the host), nothing is asked of the runtime.
        let none = DesiredTask {
            gpu_ids: Vec::new(),
            ..task
        };
        assert!(none.gpus_by_container().values().all(Vec::is_empty));
    }

    #[test]
    fn changes_serialize_with_ecs_names() {
        let change = TaskStateChange {
            private_ipv4_address: None,
            mac_address: None,
            task_arn: "arn:aws:ecs:us-east-1:1:task/c/abc".into(),
            seq: 3,
            last_status: TaskStatus::Stopped,
            containers: vec![ContainerStateChange {
                name: "web".into(),
                runtime_id: Some("f00".into()),
                last_status: ContainerStatus::Stopped,
                exit_code: Some(137),
                reason: Some(OUT_OF_MEMORY.into()),
                network_bindings: vec![NetworkBinding {
                    bind_ip: "127.0.0.1".into(),
                    container_port: 80,
                    host_port: 32769,
                    protocol: "tcp".into(),
                }],
                health_status: Some(HealthStatus::Unhealthy),
                image_digest: None,
                restart_count: 0,
            }],
            pull_started_at: None,
            pull_stopped_at: None,
            execution_stopped_at: Some(Timestamp::from_unix_secs(5)),
            stop_code: Some(StopCode::EssentialContainerExited),
            stopped_reason: Some(ESSENTIAL_CONTAINER_EXITED.into()),
            health_status: HealthStatus::Unhealthy,
        };
        let json = serde_json::to_value(&change).unwrap();
        assert_eq!(json["lastStatus"], "STOPPED");
        assert_eq!(json["stopCode"], "EssentialContainerExited");
        assert_eq!(
            json["containers"][0]["networkBindings"][0]["bindIP"],
            "127.0.0.1"
        );
        assert_eq!(json["containers"][0]["healthStatus"], "UNHEALTHY");
        let back: TaskStateChange = serde_json::from_value(json).unwrap();
        assert_eq!(back, change);
        assert_eq!(task_id(&change.task_arn), "abc");
    }
}
