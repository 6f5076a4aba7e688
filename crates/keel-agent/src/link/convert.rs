//! Between the agent protocol's wire types and the engine's model.

use keel_agent_protocol as wire;
use keel_awsmodel::ecs::{self as ecs, TaskStopCode, TransportProtocol};

use crate::model::{DesiredStatus, DesiredTask, HealthStatus, StopCode, TaskStateChange, task_id};

/// The engine's view of a task the server assigned; `Err` says why it cannot be run.
pub fn desired_task(state: &wire::TaskDesiredState) -> Result<DesiredTask, String> {
    let desired_status = match state.desired_status.as_str() {
        "RUNNING" => DesiredStatus::Running,
        "STOPPED" => DesiredStatus::Stopped,
        other => return Err(format!("unknown desiredStatus {other:?}")),
    };
    let definition = &state.task_definition;
    let family = definition
        .family
        .clone()
        .filter(|f| !f.is_empty())
        .ok_or("the task definition has no family")?;
    let revision = definition
        .revision
        .ok_or("the task definition has no revision")?;
    if task_id(&state.task_arn).is_empty() {
        return Err("the task ARN has no id".into());
    }
    Ok(DesiredTask {
        task_arn: state.task_arn.clone(),
        cluster_arn: state.cluster_arn.clone(),
        family,
        revision,
        definition: definition.clone(),
        overrides: Some(state.overrides.clone()),
        desired_status,
        gpu_ids: state.gpu_ids.clone(),
    })
}

fn health(status: HealthStatus) -> ecs::HealthStatus {
    match status {
        HealthStatus::Healthy => ecs::HealthStatus::Healthy,
        HealthStatus::Unhealthy => ecs::HealthStatus::Unhealthy,
        HealthStatus::Unknown => ecs::HealthStatus::Unknown,
    }
}

fn stop_code(code: StopCode) -> TaskStopCode {
    match code {
        StopCode::TaskFailedToStart => TaskStopCode::TaskFailedToStart,
        StopCode::EssentialContainerExited => TaskStopCode::EssentialContainerExited,
        StopCode::UserInitiated => TaskStopCode::UserInitiated,
    }
}

/// A change as the protocol carries it.
pub fn state_change(change: &TaskStateChange) -> wire::TaskStateChange {
    wire::TaskStateChange {
        private_ipv4_address: change.private_ipv4_address.clone(),
        mac_address: change.mac_address.clone(),
        task_arn: change.task_arn.clone(),
        seq: change.seq,
        last_status: Some(change.last_status.as_str().to_string()),
        containers: change
            .containers
            .iter()
            .map(|c| wire::ContainerChange {
                name: c.name.clone(),
                last_status: Some(c.last_status.as_str().to_string()),
                // Exit codes are 0..=255 from Docker; anything else is not an exit code.
                exit_code: c.exit_code.and_then(|code| i32::try_from(code).ok()),
                reason: c.reason.clone(),
                network_bindings: Some(
                    c.network_bindings
                        .iter()
                        .map(|b| ecs::NetworkBinding {
                            bind_ip: Some(b.bind_ip.clone()),
                            container_port: Some(i32::from(b.container_port)),
                            host_port: Some(i32::from(b.host_port)),
                            protocol: Some(if b.protocol.eq_ignore_ascii_case("udp") {
                                TransportProtocol::Udp
                            } else {
                                TransportProtocol::Tcp
                            }),
                            ..Default::default()
                        })
                        .collect(),
                )
                .filter(|b: &Vec<_>| !b.is_empty()),
                health_status: c.health_status.map(health),
                runtime_id: c.runtime_id.clone(),
                image_digest: c.image_digest.clone(),
            })
            .collect(),
        pull_started_at: change.pull_started_at.map(timestamp),
        pull_stopped_at: change.pull_stopped_at.map(timestamp),
        execution_stopped_at: change.execution_stopped_at.map(timestamp),
        stop_code: change.stop_code.map(stop_code),
        stopped_reason: change.stopped_reason.clone(),
        health_status: Some(health(change.health_status)),
    }
}

fn timestamp(t: keel_runtime::Timestamp) -> keel_awsmodel::Timestamp {
    keel_awsmodel::Timestamp::from_millis(t.unix_millis())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ContainerStateChange, ContainerStatus, NetworkBinding};
    use keel_types::TaskStatus;

    fn assigned(desired: &str) -> wire::TaskDesiredState {
        serde_json::from_value(serde_json::json!({
            "taskArn": "arn:aws:ecs:us-east-1:000000000000:task/default/0123abcd",
            "clusterArn": "arn:aws:ecs:us-east-1:000000000000:cluster/default",
            "taskDefinition": {"family": "web", "revision": 3, "containerDefinitions": [
                {"name": "app", "image": "keel-test/busybox:latest", "memory": 64}]},
            "overrides": {"containerOverrides": [{"name": "app", "command": ["true"]}]},
            "desiredStatus": desired,
            "lastStatus": "PROVISIONING",
            "version": 1, "revision": 7, "seq": 0
        }))
        .unwrap()
    }

    #[test]
    fn assigned_tasks_become_desired_tasks() {
        let task = desired_task(&assigned("RUNNING")).unwrap();
        assert_eq!((task.family.as_str(), task.revision), ("web", 3));
        assert_eq!(task.desired_status, DesiredStatus::Running);
        assert_eq!(task.task_id(), "0123abcd");
        let overrides = task.overrides.unwrap();
        assert_eq!(
            overrides.container_overrides.unwrap()[0].command,
            Some(vec!["true".to_string()])
        );
        assert_eq!(
            desired_task(&assigned("STOPPED")).unwrap().desired_status,
            DesiredStatus::Stopped
        );
        assert!(
            desired_task(&assigned("PAUSED"))
                .unwrap_err()
                .contains("PAUSED")
        );
        let mut nameless = assigned("RUNNING");
        nameless.task_definition.family = None;
        assert!(desired_task(&nameless).is_err());
    }

    #[test]
    fn changes_keep_every_member() {
        let change = TaskStateChange {
            private_ipv4_address: Some("172.17.0.9".into()),
            mac_address: Some("02:42:ac:11:00:09".into()),
            task_arn: "arn:aws:ecs:us-east-1:000000000000:task/default/0123abcd".into(),
            seq: 4,
            last_status: TaskStatus::Stopped,
            containers: vec![ContainerStateChange {
                name: "app".into(),
                runtime_id: Some("c0ffee".into()),
                last_status: ContainerStatus::Stopped,
                exit_code: Some(137),
                reason: Some(crate::model::OUT_OF_MEMORY.into()),
                network_bindings: vec![NetworkBinding {
                    bind_ip: "127.0.0.1".into(),
                    container_port: 53,
                    host_port: 32768,
                    protocol: "udp".into(),
                }],
                health_status: Some(HealthStatus::Unhealthy),
                image_digest: Some("sha256:00".into()),
                restart_count: 0,
            }],
            pull_started_at: Some(keel_runtime::Timestamp::from_unix_secs(10)),
            pull_stopped_at: Some(keel_runtime::Timestamp::from_unix_secs(11)),
            execution_stopped_at: Some(keel_runtime::Timestamp::from_unix_secs(20)),
            stop_code: Some(StopCode::EssentialContainerExited),
            stopped_reason: Some(crate::model::ESSENTIAL_CONTAINER_EXITED.into()),
            health_status: HealthStatus::Unhealthy,
        };
        let wire = state_change(&change);
        let json = serde_json::to_value(&wire).unwrap();
        assert_eq!(json["seq"], 4);
        assert_eq!(json["lastStatus"], "STOPPED");
        assert_eq!(json["stopCode"], "EssentialContainerExited");
        assert_eq!(json["healthStatus"], "UNHEALTHY");
        assert_eq!(json["privateIpv4Address"], "172.17.0.9");
        assert_eq!(json["macAddress"], "02:42:ac:11:00:09");
        assert_eq!(json["pullStartedAt"], serde_json::json!(10.0));
        let app = &json["containers"][0];
        assert_eq!(app["exitCode"], 137);
        assert_eq!(app["runtimeId"], "c0ffee");
        assert_eq!(app["reason"], crate::model::OUT_OF_MEMORY);
        assert_eq!(app["networkBindings"][0]["protocol"], "udp");
        assert_eq!(app["networkBindings"][0]["hostPort"], 32768);
        assert_eq!(app["imageDigest"], "sha256:00");
        // No bindings: the member is left out rather than sent empty.
        let mut bare = change.clone();
        bare.containers[0].network_bindings.clear();
        assert!(state_change(&bare).containers[0].network_bindings.is_none());
    }
}
