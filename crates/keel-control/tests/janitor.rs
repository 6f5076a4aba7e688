//! The janitor: STOPPED tasks are purged after the retention, and task-definition revisions in
//! DELETE_IN_PROGRESS are removed once no task uses them.

use std::sync::Arc;
use std::time::Duration;

use keel_api::RequestContext;
use keel_awsmodel::ecs::{
    ContainerDefinition, DeleteTaskDefinitionsRequest, DeregisterTaskDefinitionRequest,
    DescribeTaskDefinitionRequest, DescribeTasksRequest, RegisterContainerInstanceRequest,
    RegisterTaskDefinitionRequest, Resource, RunTaskRequest, StopTaskRequest, TaskDefinitionStatus,
};
use keel_control::background::{purge_deleted_task_definitions, purge_stopped_tasks};
use keel_control::ecs::{container_instances, task_definitions, tasks};
use keel_control::{ControlConfig, ControlPlane, EcsError};
use keel_store::MemoryStore;
use keel_types::Scope;

const RETENTION: Duration = Duration::from_secs(3600);

fn setup() -> (Arc<ControlPlane>, RequestContext) {
    let cp = ControlPlane::new(
        Arc::new(MemoryStore::new()),
        ControlConfig {
            stopped_task_retention: RETENTION,
            ..ControlConfig::default()
        },
    );
    let ctx = RequestContext::new("janitor-test", Scope::new("000000000000", "us-east-1"));
    (cp, ctx)
}

async fn run_one_task(cp: &ControlPlane, ctx: &RequestContext) -> String {
    container_instances::register_container_instance(
        cp,
        ctx,
        RegisterContainerInstanceRequest {
            total_resources: Some(vec![
                Resource {
                    name: Some("CPU".into()),
                    r#type: Some("INTEGER".into()),
                    integer_value: Some(1024),
                    ..Resource::default()
                },
                Resource {
                    name: Some("MEMORY".into()),
                    r#type: Some("INTEGER".into()),
                    integer_value: Some(1024),
                    ..Resource::default()
                },
            ]),
            ..RegisterContainerInstanceRequest::default()
        },
    )
    .await
    .unwrap();
    task_definitions::register_task_definition(
        cp,
        ctx,
        RegisterTaskDefinitionRequest {
            family: "janitor".into(),
            container_definitions: vec![ContainerDefinition {
                name: Some("app".into()),
                image: Some("busybox".into()),
                memory: Some(64),
                essential: Some(true),
                ..ContainerDefinition::default()
            }],
            ..RegisterTaskDefinitionRequest::default()
        },
    )
    .await
    .unwrap();
    let run = tasks::run_task(
        cp,
        ctx,
        RunTaskRequest {
            task_definition: "janitor:1".into(),
            ..RunTaskRequest::default()
        },
    )
    .await
    .unwrap();
    run.tasks.unwrap()[0].task_arn.clone().unwrap()
}

async fn stop(cp: &ControlPlane, ctx: &RequestContext, arn: &str) {
    tasks::stop_task(
        cp,
        ctx,
        StopTaskRequest {
            task: arn.to_string(),
            ..StopTaskRequest::default()
        },
    )
    .await
    .unwrap();
}

async fn describe_task(cp: &ControlPlane, ctx: &RequestContext, arn: &str) -> Option<String> {
    let found = tasks::describe_tasks(
        cp,
        ctx,
        DescribeTasksRequest {
            tasks: vec![arn.to_string()],
            ..DescribeTasksRequest::default()
        },
    )
    .await
    .unwrap();
    found
        .tasks
        .unwrap()
        .first()
        .and_then(|t| t.last_status.clone())
}

#[tokio::test]
async fn stopped_tasks_stay_for_the_retention_then_are_purged() {
    let (cp, ctx) = setup();
    let arn = run_one_task(&cp, &ctx).await;
    stop(&cp, &ctx, &arn).await;
    assert_eq!(
        describe_task(&cp, &ctx, &arn).await.as_deref(),
        Some("STOPPED")
    );

    let now = keel_types::time::now_millis();
    // Within the retention: kept.
    assert_eq!(purge_stopped_tasks(&cp, now + 60_000).await.unwrap(), 0);
    assert_eq!(
        describe_task(&cp, &ctx, &arn).await.as_deref(),
        Some("STOPPED")
    );
    // Past it: gone.
    let later = now + RETENTION.as_millis() as i64 + 60_000;
    assert_eq!(purge_stopped_tasks(&cp, later).await.unwrap(), 1);
    assert_eq!(describe_task(&cp, &ctx, &arn).await, None);
    assert_eq!(purge_stopped_tasks(&cp, later).await.unwrap(), 0);
}

#[tokio::test]
async fn deleted_task_definitions_go_once_their_tasks_have_stopped() {
    let (cp, ctx) = setup();
    let arn = run_one_task(&cp, &ctx).await;
    task_definitions::deregister_task_definition(
        &cp,
        &ctx,
        DeregisterTaskDefinitionRequest {
            task_definition: "janitor:1".into(),
        },
    )
    .await
    .unwrap();
    let deleted = task_definitions::delete_task_definitions(
        &cp,
        &ctx,
        DeleteTaskDefinitionsRequest {
            task_definitions: vec!["janitor:1".into()],
        },
    )
    .await
    .unwrap();
    assert_eq!(
        deleted.task_definitions.unwrap()[0].status,
        Some(TaskDefinitionStatus::DeleteInProgress)
    );
    let describe = || {
        task_definitions::describe_task_definition(
            &cp,
            &ctx,
            DescribeTaskDefinitionRequest {
                task_definition: "janitor:1".into(),
                ..DescribeTaskDefinitionRequest::default()
            },
        )
    };

    // A task still uses it: it stays, DELETE_IN_PROGRESS.
    assert_eq!(purge_deleted_task_definitions(&cp).await.unwrap(), 0);
    let still = describe().await.unwrap().task_definition.unwrap();
    assert_eq!(still.status, Some(TaskDefinitionStatus::DeleteInProgress));

    stop(&cp, &ctx, &arn).await;
    assert_eq!(purge_deleted_task_definitions(&cp).await.unwrap(), 1);
    match describe().await {
        Err(EcsError::Client(message)) => {
            assert!(message.contains("Unable to describe"), "{message}")
        }
        other => panic!("expected the revision to be gone, got {other:?}"),
    }
    assert_eq!(purge_deleted_task_definitions(&cp).await.unwrap(), 0);
}

#[tokio::test]
async fn compaction_drops_history_in_steps_up_to_the_target() {
    use futures::StreamExt;
    let (cp, ctx) = setup();
    run_one_task(&cp, &ctx).await;
    let current = cp.store().current_revision().await.unwrap();
    assert!(current > 2);
    let reached = keel_control::background::compact_through(&cp, 0, current - 1)
        .await
        .unwrap();
    assert_eq!(reached, current - 1);
    // History before the target is gone: a watch from there is told so...
    assert!(matches!(
        cp.store().watch("/", Some(1)).await.err(),
        Some(keel_store::StoreError::Compacted { .. })
    ));
    // ...while the latest revision can still be replayed.
    let mut recent = cp.store().watch("/", Some(current)).await.unwrap();
    let event = recent.next().await.unwrap().unwrap();
    assert_eq!(event.kv.mod_revision, current);
}
