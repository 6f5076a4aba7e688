//! A task definition, planned and carried out step by step against the recording fake: the
//! runtime calls are the ones the plan says, with its specs, in order. This is the shape of an
//! agent owner loop's start and stop, and how its tests assert "create was called with X".

use std::time::Duration;

use keel_awsmodel::ecs::TaskDefinition;
use keel_runtime::fake::{Behavior, Call, FakeRuntime, Matcher};
use keel_runtime::image::{ImagePolicy, PullBehavior, ensure_image};
use keel_runtime::mapping::{PauseImage, TaskContext, TaskPlan, VolumeKind, plan_task};
use keel_runtime::{
    EventFilter, EventKind, LabelSelector, NetworkMode, PullOptions, RemoveOptions, Runtime, labels,
};
use serde_json::json;

fn task() -> TaskDefinition {
    serde_json::from_value(json!({
        "family": "shop",
        "networkMode": "awsvpc",
        "volumes": [{"name": "cache"}],
        "containerDefinitions": [
            {"name": "web", "image": "shop/web:2", "memory": 128, "stopTimeout": 5,
             "portMappings": [{"containerPort": 8080}],
             "mountPoints": [{"sourceVolume": "cache", "containerPath": "/cache"}]},
            {"name": "log-router", "image": "shop/router:1", "memory": 64, "essential": false}
        ]
    }))
    .unwrap()
}

fn context() -> TaskContext {
    TaskContext::new(
        "arn:aws:ecs:us-east-1:000000000000:task/default/11112222333344445555666677778888",
        "default",
        "shop",
        7,
        "f00d",
        PauseImage {
            image: "keel/pause:1".into(),
            command: vec!["pause".into()],
        },
    )
}

/// What an owner loop does to start a planned task.
async fn start(rt: &FakeRuntime, plan: &TaskPlan) {
    for volume in &plan.volumes {
        if let VolumeKind::TaskScoped(spec) = &volume.kind {
            rt.create_volume(spec).await.unwrap();
        }
    }
    if let Some(pause) = &plan.pause {
        let id = rt.create_container(pause).await.unwrap();
        rt.start_container(id.as_str()).await.unwrap();
    }
    for container in &plan.containers {
        let policy = ImagePolicy {
            behavior: PullBehavior::PreferCached,
            ..ImagePolicy::default()
        };
        ensure_image(
            rt,
            &container.spec.image,
            &policy,
            false,
            &PullOptions::default(),
        )
        .await
        .unwrap();
        let id = rt.create_container(&container.spec).await.unwrap();
        rt.start_container(id.as_str()).await.unwrap();
    }
}

#[tokio::test(start_paused = true)]
async fn starting_a_planned_task_makes_exactly_these_calls() {
    let fake = FakeRuntime::new();
    for image in ["keel/pause:1", "shop/web:2", "shop/router:1"] {
        fake.add_image(image);
    }
    let plan = plan_task(&task(), None, &context()).unwrap();
    start(&fake, &plan).await;

    let pause = plan.pause.clone().unwrap();
    let VolumeKind::TaskScoped(cache) = plan.volumes[0].kind.clone() else {
        panic!("cache is task scoped");
    };
    let web = plan.containers[0].spec.clone();
    let router = plan.containers[1].spec.clone();
    assert_eq!(
        fake.calls(),
        vec![
            Call::CreateVolume(cache.clone()),
            Call::CreateContainer(pause.clone()),
            Call::StartContainer(fake.container_ids()[0].0.clone()),
            Call::InspectImage("shop/web:2".into()),
            Call::CreateContainer(web.clone()),
            Call::StartContainer(fake.container_ids()[1].0.clone()),
            Call::InspectImage("shop/router:1".into()),
            Call::CreateContainer(router.clone()),
            Call::StartContainer(fake.container_ids()[2].0.clone()),
        ]
    );
    // The specs carry what the plan decided.
    assert_eq!(cache.name, "keel-shop-7-cache-f00d");
    assert_eq!(web.name, "keel-shop-7-web-f00d");
    assert_eq!(web.network.mode, NetworkMode::Container(pause.name.clone()));
    assert_eq!(web.labels[labels::CONTAINER_NAME], "web");
    assert_eq!(pause.labels[labels::CONTAINER_NAME], "~internal~ecs~pause");
    let info = fake.inspect_container(&web.name).await.unwrap();
    assert_eq!(info.mounts[0].name.as_deref(), Some(cache.name.as_str()));
}

#[tokio::test(start_paused = true)]
async fn an_owner_loop_sees_an_essential_exit_and_stops_the_rest() {
    let fake = FakeRuntime::new();
    for image in ["keel/pause:1", "shop/web:2", "shop/router:1"] {
        fake.add_image(image);
    }
    // web crashes 10 s after start; the router ignores SIGTERM.
    fake.on_container(
        Matcher::EcsName("web".into()),
        Behavior::exits(Duration::from_secs(10), 2),
    );
    fake.on_container(
        Matcher::EcsName("log-router".into()),
        Behavior::ignores_sigterm(),
    );
    let ctx = context();
    let plan = plan_task(&task(), None, &ctx).unwrap();
    let mut events = fake.events(EventFilter {
        since: None,
        labels: vec![LabelSelector::eq(labels::TASK_ARN, ctx.task_arn.clone())],
    });
    start(&fake, &plan).await;

    // The owner loop's reaction to the event stream.
    use futures::StreamExt;
    let died = loop {
        let event = events.next().await.unwrap().unwrap();
        if let EventKind::Died { exit_code } = event.kind {
            break (
                event.label(labels::CONTAINER_NAME).map(str::to_string),
                exit_code,
            );
        }
    };
    assert_eq!(died, (Some("web".to_string()), Some(2)));
    let essential = plan
        .container(died.0.as_deref().unwrap())
        .unwrap()
        .essential;
    assert!(essential, "an essential container stopped: the task stops");
    let started = tokio::time::Instant::now();
    for container in plan.containers.iter().rev() {
        fake.stop_container(&container.spec.name, container.stop_timeout)
            .await
            .unwrap();
    }
    // The router ignored SIGTERM: it was killed after its 30 s default grace.
    assert!(started.elapsed() >= Duration::from_secs(30));
    let router = fake
        .inspect_container(&plan.containers[1].spec.name)
        .await
        .unwrap();
    assert_eq!(router.state.exit_code, Some(137));
    for container in &plan.containers {
        fake.remove_container(
            &container.spec.name,
            RemoveOptions {
                force: false,
                volumes: true,
            },
        )
        .await
        .unwrap();
    }
    let stops: Vec<_> = fake
        .calls()
        .into_iter()
        .filter(|c| matches!(c, Call::StopContainer { .. }))
        .collect();
    assert_eq!(
        stops,
        vec![
            Call::StopContainer {
                id: plan.containers[1].spec.name.clone(),
                grace: Duration::from_secs(30)
            },
            Call::StopContainer {
                id: plan.containers[0].spec.name.clone(),
                grace: Duration::from_secs(5)
            },
        ]
    );
}
