//! The labels the ECS agent puts on every container it creates
//! (amazon-ecs-agent `agent/engine/docker_task_engine.go`), so a restarted agent can find its
//! containers with [`crate::Runtime::list_managed`].

pub const TASK_ARN: &str = "com.amazonaws.ecs.task-arn";
pub const CONTAINER_NAME: &str = "com.amazonaws.ecs.container-name";
pub const CLUSTER: &str = "com.amazonaws.ecs.cluster";
pub const TASK_DEFINITION_FAMILY: &str = "com.amazonaws.ecs.task-definition-family";
pub const TASK_DEFINITION_VERSION: &str = "com.amazonaws.ecs.task-definition-version";
