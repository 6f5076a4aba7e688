//! Launches into one cluster are batched and pipelined: the next batch plans on the instances
//! as the batches still committing leave them. These tests run many RunTask calls at once
//! against the SQLite store (whose writer queues the batches' transactions in order) and check
//! that nothing is overcommitted, with and without another writer changing the instances under
//! the batches in flight.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use keel_api::RequestContext;
use keel_awsmodel::ecs::{
    Attribute, ContainerDefinition, DescribeContainerInstancesRequest, ListTasksRequest,
    PlacementStrategy, PlacementStrategyType, PutAttributesRequest,
    RegisterContainerInstanceRequest, RegisterTaskDefinitionRequest, Resource, RunTaskRequest,
    TargetType,
};
use keel_control::ecs::{attributes, container_instances, task_definitions, tasks};
use keel_control::{ControlConfig, ControlPlane};
use keel_store::SqliteStore;
use keel_types::Scope;

/// Three instances of 4096 CPU units and 1024 MiB: eight 128 MiB tasks each.
const INSTANCES: usize = 3;
const FIT: usize = INSTANCES * 8;

async fn setup(dir: &std::path::Path) -> (Arc<ControlPlane>, RequestContext, Vec<String>) {
    let store = SqliteStore::open(&dir.join("state.db")).unwrap();
    let cp = ControlPlane::new(Arc::new(store), ControlConfig::default());
    let ctx = RequestContext::new("launch-test", Scope::new("000000000000", "us-east-1"));
    let mut arns = Vec::new();
    for _ in 0..INSTANCES {
        let resource = |name: &str, value: i32| Resource {
            name: Some(name.into()),
            r#type: Some("INTEGER".into()),
            integer_value: Some(value),
            ..Resource::default()
        };
        let registered = container_instances::register_container_instance(
            &cp,
            &ctx,
            RegisterContainerInstanceRequest {
                total_resources: Some(vec![resource("CPU", 4096), resource("MEMORY", 1024)]),
                ..RegisterContainerInstanceRequest::default()
            },
        )
        .await
        .unwrap();
        arns.push(
            registered
                .container_instance
                .unwrap()
                .container_instance_arn
                .unwrap(),
        );
    }
    task_definitions::register_task_definition(
        &cp,
        &ctx,
        RegisterTaskDefinitionRequest {
            family: "launch".into(),
            container_definitions: vec![ContainerDefinition {
                name: Some("app".into()),
                image: Some("busybox".into()),
                memory: Some(128),
                essential: Some(true),
                ..ContainerDefinition::default()
            }],
            ..RegisterTaskDefinitionRequest::default()
        },
    )
    .await
    .unwrap();
    (cp, ctx, arns)
}

/// Runs `calls` RunTask calls of `count` tasks at once; every call must be answered without an
/// error. Returns the tasks placed and the failure reasons.
async fn run_at_once(
    cp: &Arc<ControlPlane>,
    ctx: &RequestContext,
    calls: usize,
    count: i32,
) -> (usize, Vec<String>) {
    let mut handles = Vec::new();
    for _ in 0..calls {
        let (cp, ctx) = (Arc::clone(cp), ctx.clone());
        handles.push(tokio::spawn(async move {
            tasks::run_task(
                &cp,
                &ctx,
                RunTaskRequest {
                    task_definition: "launch:1".into(),
                    count: Some(count),
                    placement_strategy: Some(vec![PlacementStrategy {
                        r#type: Some(PlacementStrategyType::Binpack),
                        field: Some("memory".into()),
                    }]),
                    ..RunTaskRequest::default()
                },
            )
            .await
        }));
    }
    let (mut placed, mut reasons) = (0, Vec::new());
    for handle in handles {
        let answer = handle.await.unwrap().expect("every RunTask is answered");
        placed += answer.tasks.unwrap_or_default().len();
        reasons.extend(
            answer
                .failures
                .unwrap_or_default()
                .into_iter()
                .filter_map(|f| f.reason),
        );
    }
    (placed, reasons)
}

/// Memory left on each instance, as DescribeContainerInstances reports it.
async fn remaining_memory(cp: &ControlPlane, ctx: &RequestContext, arns: &[String]) -> Vec<i32> {
    let described = container_instances::describe_container_instances(
        cp,
        ctx,
        DescribeContainerInstancesRequest {
            container_instances: arns.to_vec(),
            ..DescribeContainerInstancesRequest::default()
        },
    )
    .await
    .unwrap();
    described
        .container_instances
        .unwrap()
        .iter()
        .map(|ci| {
            ci.remaining_resources
                .iter()
                .flatten()
                .find(|r| r.name.as_deref() == Some("MEMORY"))
                .and_then(|r| r.integer_value)
                .unwrap()
        })
        .collect()
}

async fn task_count(cp: &ControlPlane, ctx: &RequestContext) -> usize {
    tasks::list_tasks(
        cp,
        ctx,
        ListTasksRequest {
            max_results: Some(100),
            ..ListTasksRequest::default()
        },
    )
    .await
    .unwrap()
    .task_arns
    .unwrap_or_default()
    .len()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_launches_place_what_fits_and_never_overcommit() {
    let dir = tempfile::tempdir().unwrap();
    let (cp, ctx, arns) = setup(dir.path()).await;
    let (placed, reasons) = run_at_once(&cp, &ctx, 40, 2).await;
    assert_eq!(placed, FIT);
    assert!(!reasons.is_empty());
    assert!(
        reasons.iter().all(|r| r == "RESOURCE:MEMORY"),
        "{reasons:?}"
    );
    assert_eq!(remaining_memory(&cp, &ctx, &arns).await, vec![0; INSTANCES]);
    assert_eq!(task_count(&cp, &ctx).await, FIT);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn launches_stay_exact_while_another_writer_changes_the_instances() {
    let dir = tempfile::tempdir().unwrap();
    let (cp, ctx, arns) = setup(dir.path()).await;
    // Rewrites every instance's record over and over, so batches in flight lose their races
    // and the ones planned on them have to be redone.
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (cp, ctx, arns, stop) = (
            Arc::clone(&cp),
            ctx.clone(),
            arns.clone(),
            Arc::clone(&stop),
        );
        tokio::spawn(async move {
            let mut round = 0u32;
            while !stop.load(Ordering::SeqCst) {
                round += 1;
                let attributes = arns
                    .iter()
                    .map(|arn| Attribute {
                        name: "round".into(),
                        value: Some(round.to_string()),
                        target_type: Some(TargetType::ContainerInstance),
                        target_id: Some(arn.clone()),
                    })
                    .collect();
                attributes::put_attributes(
                    &cp,
                    &ctx,
                    PutAttributesRequest {
                        cluster: None,
                        attributes,
                    },
                )
                .await
                .unwrap();
                tokio::task::yield_now().await;
            }
            round
        })
    };
    let (placed, reasons) = run_at_once(&cp, &ctx, 60, 1).await;
    stop.store(true, Ordering::SeqCst);
    let rounds = writer.await.unwrap();
    assert!(rounds > 1, "the other writer ran ({rounds} rounds)");
    assert_eq!(placed, FIT);
    assert!(!reasons.is_empty());
    assert!(
        reasons.iter().all(|r| r == "RESOURCE:MEMORY"),
        "{reasons:?}"
    );
    assert_eq!(remaining_memory(&cp, &ctx, &arns).await, vec![0; INSTANCES]);
    assert_eq!(task_count(&cp, &ctx).await, FIT);
}
