//! The reconciler as a library, on an in-memory store: rounds are idempotent (a round with
//! nothing to do writes nothing), a deleted service drains to INACTIVE, and the janitor purges
//! it after the retention.

use std::sync::Arc;
use std::time::Duration;

use keel_api::RequestContext;
use keel_awsmodel::ecs::{
    ContainerDefinition, CreateServiceRequest, DeleteServiceRequest, DescribeServicesRequest,
    RegisterContainerInstanceRequest, RegisterTaskDefinitionRequest, Resource,
};
use keel_control::ecs::tasks::{self, TaskStateUpdate};
use keel_control::ecs::{container_instances, services, task_definitions};
use keel_control::reconcile::reconcile_service;
use keel_control::{ControlConfig, ControlPlane};
use keel_store::MemoryStore;
use keel_types::{Scope, TaskStatus};

const REGION: &str = "us-east-1";

fn setup() -> (Arc<ControlPlane>, RequestContext) {
    let cp = ControlPlane::new(
        Arc::new(MemoryStore::new()),
        ControlConfig {
            stopped_task_retention: Duration::from_secs(3600),
            ..ControlConfig::default()
        },
    );
    let ctx = RequestContext {
        request_id: "reconciler-test".into(),
        scope: Scope::new("000000000000", REGION),
        access_key_id: None,
        principal_arn: None,
        user_agent: None,
        source_ip: None,
        caller: None,
        received_at_ms: keel_types::time::now_millis(),
        secure: false,
    };
    (cp, ctx)
}

fn resource(name: &str, value: i32) -> Resource {
    Resource {
        name: Some(name.into()),
        r#type: Some("INTEGER".into()),
        integer_value: Some(value),
        ..Resource::default()
    }
}

async fn live_tasks(cp: &ControlPlane) -> Vec<tasks::TaskRecord> {
    tasks::cluster_tasks(cp, REGION, "default")
        .await
        .unwrap()
        .into_iter()
        .map(|t| t.value)
        .filter(|t| t.last_status() != TaskStatus::Stopped)
        .collect()
}

async fn report(cp: &ControlPlane, id: &str, status: TaskStatus) {
    let update = TaskStateUpdate {
        last_status: Some(status),
        ..Default::default()
    };
    tasks::apply_task_update(cp, REGION, "default", id, &update)
        .await
        .unwrap();
}

#[tokio::test]
async fn rounds_are_idempotent_and_deletion_drains_to_inactive() {
    let (cp, ctx) = setup();
    for _ in 0..2 {
        container_instances::register_container_instance(
            &cp,
            &ctx,
            RegisterContainerInstanceRequest {
                total_resources: Some(vec![resource("CPU", 1024), resource("MEMORY", 1024)]),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    }
    task_definitions::register_task_definition(
        &cp,
        &ctx,
        RegisterTaskDefinitionRequest {
            family: "web".into(),
            container_definitions: vec![ContainerDefinition {
                name: Some("app".into()),
                image: Some("busybox".into()),
                memory: Some(64),
                essential: Some(true),
                ..Default::default()
            }],
            ..Default::default()
        },
    )
    .await
    .unwrap();
    services::create_service(
        &cp,
        &ctx,
        CreateServiceRequest {
            service_name: "web".into(),
            task_definition: Some("web".into()),
            desired_count: Some(2),
            ..Default::default()
        },
    )
    .await
    .unwrap();

    let first = reconcile_service(&cp, REGION, "default", "web")
        .await
        .unwrap();
    assert_eq!((first.started, first.stopped, first.wrote), (2, 0, true));
    let again = reconcile_service(&cp, REGION, "default", "web")
        .await
        .unwrap();
    assert_eq!(
        again,
        Default::default(),
        "nothing changed, so nothing is written"
    );
    let placed = live_tasks(&cp).await;
    assert_eq!(placed.len(), 2);
    assert_ne!(
        placed[0].container_instance_id, placed[1].container_instance_id,
        "spread by instance"
    );

    for task in &placed {
        report(&cp, &task.id, TaskStatus::Running).await;
    }
    let steady = reconcile_service(&cp, REGION, "default", "web")
        .await
        .unwrap();
    assert!(steady.wrote && steady.started == 0);
    assert!(
        !reconcile_service(&cp, REGION, "default", "web")
            .await
            .unwrap()
            .wrote
    );
    let described = services::describe_services(
        &cp,
        &ctx,
        DescribeServicesRequest {
            services: vec!["web".into()],
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let svc = &described.services.unwrap()[0];
    assert_eq!(svc.running_count, Some(2));
    let newest = svc.events.as_ref().unwrap()[0].message.clone().unwrap();
    assert_eq!(newest, "(service web) has reached a steady state.");

    services::delete_service(
        &cp,
        &ctx,
        DeleteServiceRequest {
            service: "web".into(),
            force: Some(true),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let stop = reconcile_service(&cp, REGION, "default", "web")
        .await
        .unwrap();
    assert_eq!(stop.stopped, 2);
    for task in live_tasks(&cp).await {
        assert_eq!(task.desired_status(), "STOPPED");
        report(&cp, &task.id, TaskStatus::Stopped).await;
    }
    reconcile_service(&cp, REGION, "default", "web")
        .await
        .unwrap();
    let record = services::load(&cp, &ctx, "default", "web")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(record.value.status, "INACTIVE");

    let now = keel_types::time::now_millis();
    assert_eq!(
        services::purge_inactive(&cp, now).await.unwrap(),
        0,
        "kept through the retention"
    );
    assert_eq!(
        services::purge_inactive(&cp, now + 2 * 3600 * 1000)
            .await
            .unwrap(),
        1
    );
    assert!(
        services::load(&cp, &ctx, "default", "web")
            .await
            .unwrap()
            .is_none()
    );
}
