//! The fake's recording and scripting, and the pull behaviours on top of it. Lifecycle
//! semantics shared with the Docker driver are in the conformance suite (`conformance.rs`).

use std::time::Duration;

use keel_runtime::fake::{Behavior, Call, FakeRuntime, Matcher};
use keel_runtime::image::{ImagePolicy, PullBehavior, ensure_image};
use keel_runtime::{
    ContainerSpec, HealthStatus, Operation, PullOptions, RemoveOptions, Runtime, RuntimeError,
};

fn policy(behavior: PullBehavior) -> ImagePolicy {
    ImagePolicy {
        behavior,
        ..ImagePolicy::default()
    }
}

#[tokio::test(start_paused = true)]
async fn records_each_call_with_its_arguments() {
    let fake = FakeRuntime::new();
    fake.add_image("web:1");
    let spec = ContainerSpec::new("web", "web:1");
    let id = fake.create_container(&spec).await.unwrap();
    fake.start_container("web").await.unwrap();
    fake.stop_container(id.as_str(), Duration::from_secs(7))
        .await
        .unwrap();
    fake.remove_container("web", RemoveOptions::default())
        .await
        .unwrap();
    assert_eq!(
        fake.calls(),
        vec![
            Call::CreateContainer(spec.clone()),
            Call::StartContainer("web".into()),
            Call::StopContainer {
                id: id.0.clone(),
                grace: Duration::from_secs(7)
            },
            Call::RemoveContainer {
                id: "web".into(),
                options: RemoveOptions::default()
            },
        ]
    );
    assert_eq!(fake.created(), vec![spec]);
    assert_eq!(fake.count(Operation::StartContainer), 1);
}

#[tokio::test(start_paused = true)]
async fn injected_failures_and_hangs_surface_as_errors() {
    let fake = FakeRuntime::new();
    fake.add_image("web:1");
    fake.fail_next(
        Operation::CreateContainer,
        RuntimeError::failed(
            Operation::CreateContainer,
            "Error response from daemon: boom",
        ),
    );
    let err = fake
        .create_container(&ContainerSpec::new("web", "web:1"))
        .await
        .unwrap_err();
    assert_eq!(
        err.ecs_reason(),
        "CannotCreateContainerError: Error response from daemon: boom"
    );
    // A hung start fails with the start timeout (3 minutes), in virtual time.
    let id = fake
        .create_container(&ContainerSpec::new("web", "web:1"))
        .await
        .unwrap();
    fake.hang_next(Operation::StartContainer);
    let err = fake.start_container(id.as_str()).await.unwrap_err();
    assert_eq!(
        err.to_string(),
        "Could not transition to started; timed out after waiting 3m0s"
    );
    assert!(err.is_retriable());
}

#[tokio::test(start_paused = true)]
async fn scripted_behaviour_and_direct_control() {
    let fake = FakeRuntime::new();
    fake.add_image("web:1");
    fake.on_container(
        Matcher::EcsName("app".into()),
        Behavior::runs().with_health(Duration::from_secs(3), HealthStatus::Unhealthy),
    );
    let mut spec = ContainerSpec::new("keel-web-1-app-x", "web:1");
    spec.labels
        .insert(keel_runtime::labels::CONTAINER_NAME.into(), "app".into());
    spec.health_check = Some(keel_runtime::spec::HealthCheck {
        test: vec!["CMD".into(), "true".into()],
        interval: Duration::from_secs(1),
        timeout: Duration::from_secs(1),
        retries: 2,
        start_period: Duration::ZERO,
    });
    let id = fake.create_container(&spec).await.unwrap();
    fake.start_container(id.as_str()).await.unwrap();
    tokio::time::sleep(Duration::from_secs(4)).await;
    let info = fake.inspect_container(id.as_str()).await.unwrap();
    assert_eq!(
        info.state.health.as_ref().map(|h| h.status),
        Some(HealthStatus::Unhealthy)
    );
    fake.set_health(id.as_str(), HealthStatus::Healthy);
    let info = fake.inspect_container(id.as_str()).await.unwrap();
    assert_eq!(info.state.health.unwrap().status, HealthStatus::Healthy);
    fake.oom(id.as_str());
    let info = fake.inspect_container(id.as_str()).await.unwrap();
    assert!(info.state.oom_killed);
    assert_eq!(info.state.exit_code, Some(137));
}

#[tokio::test(start_paused = true)]
async fn default_behaviour_falls_back_to_the_cached_image() {
    let fake = FakeRuntime::new();
    fake.add_image("web:1");
    fake.script_pull_err("web:1", "Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup registry-1.docker.io: no such host");
    let outcome = ensure_image(
        &fake,
        "web:1",
        &policy(PullBehavior::Default),
        false,
        &PullOptions::default(),
    )
    .await
    .unwrap();
    assert!(!outcome.pulled);
    assert!(outcome.pull_error.is_some());
    assert_eq!(
        fake.count(Operation::PullImage),
        1,
        "a refusal is not retried"
    );
}

#[tokio::test(start_paused = true)]
async fn always_fails_even_with_a_cached_image() {
    let fake = FakeRuntime::new();
    fake.add_image("web:1");
    fake.script_pull_err(
        "web:1",
        "Error response from daemon: manifest for web:1 not found",
    );
    let err = ensure_image(
        &fake,
        "web:1",
        &policy(PullBehavior::Always),
        false,
        &PullOptions::default(),
    )
    .await
    .unwrap_err();
    assert_eq!(
        err.ecs_reason(),
        "CannotPullContainerError: Error response from daemon: manifest for web:1 not found"
    );
}

#[tokio::test(start_paused = true)]
async fn a_missing_image_fails_under_every_behaviour() {
    for behavior in [
        PullBehavior::Default,
        PullBehavior::Always,
        PullBehavior::Once,
        PullBehavior::PreferCached,
    ] {
        let fake = FakeRuntime::new();
        let err = ensure_image(
            &fake,
            "ghost",
            &policy(behavior),
            false,
            &PullOptions::default(),
        )
        .await
        .unwrap_err();
        assert_eq!(
            err.ecs_reason(),
            "CannotPullContainerError: Error response from daemon: pull access denied for ghost, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
            "{behavior:?}"
        );
    }
}

#[tokio::test(start_paused = true)]
async fn prefer_cached_and_once_skip_the_registry() {
    let fake = FakeRuntime::new();
    fake.add_image("web:1");
    let outcome = ensure_image(
        &fake,
        "web:1",
        &policy(PullBehavior::PreferCached),
        false,
        &PullOptions::default(),
    )
    .await
    .unwrap();
    assert!(!outcome.pulled);
    assert_eq!(fake.count(Operation::PullImage), 0);

    // once: pulled before -> cache; never pulled -> pull.
    ensure_image(
        &fake,
        "web:1",
        &policy(PullBehavior::Once),
        true,
        &PullOptions::default(),
    )
    .await
    .unwrap();
    assert_eq!(fake.count(Operation::PullImage), 0);
    fake.script_pull_ok("web:1", "sha256:abcd");
    let outcome = ensure_image(
        &fake,
        "web:1",
        &policy(PullBehavior::Once),
        false,
        &PullOptions::default(),
    )
    .await
    .unwrap();
    assert!(outcome.pulled);
    assert_eq!(
        outcome.image.digest_for("web:1").as_deref(),
        Some("sha256:abcd")
    );
}

#[tokio::test(start_paused = true)]
async fn timed_out_pulls_are_retried_with_backoff() {
    let fake = FakeRuntime::new();
    fake.hang_next(Operation::PullImage);
    fake.hang_next(Operation::PullImage);
    fake.script_pull_ok("web:1", "sha256:ef01");
    let started = tokio::time::Instant::now();
    let outcome = ensure_image(
        &fake,
        "web:1",
        &policy(PullBehavior::Always),
        false,
        &PullOptions::default(),
    )
    .await
    .unwrap();
    assert!(outcome.pulled);
    assert_eq!(fake.count(Operation::PullImage), 3);
    // Two pull timeouts (2 h each in ECS's defaults) passed in virtual time.
    assert!(started.elapsed() >= Duration::from_secs(4 * 3600));
}

#[tokio::test(start_paused = true)]
async fn a_broken_event_stream_ends_with_an_error_and_resubscribing_replays() {
    use futures::StreamExt;
    use keel_runtime::{EventFilter, EventKind};
    let fake = FakeRuntime::new();
    fake.add_image("web:1");
    let mut events = fake.events(EventFilter::default());
    let id = fake
        .create_container(&ContainerSpec::new("web", "web:1"))
        .await
        .unwrap();
    let created = events.next().await.unwrap().unwrap();
    assert_eq!(created.kind, EventKind::Created);
    fake.break_event_streams();
    fake.start_container(id.as_str()).await.unwrap();
    assert!(matches!(
        events.next().await,
        Some(Err(RuntimeError::Unavailable { .. }))
    ));
    assert!(
        events.next().await.is_none(),
        "the stream ends after the error"
    );
    // The agent subscribes again from the last event it saw: nothing is lost.
    let mut again = fake.events(EventFilter {
        since: Some(created.time),
        ..EventFilter::default()
    });
    let kinds: Vec<EventKind> = vec![
        again.next().await.unwrap().unwrap().kind,
        again.next().await.unwrap().unwrap().kind,
    ];
    assert_eq!(kinds, vec![EventKind::Created, EventKind::Started]);
    fake.inject_event(id.as_str(), EventKind::Other("rename".into()));
    assert_eq!(
        again.next().await.unwrap().unwrap().kind,
        EventKind::Other("rename".into())
    );
    // Injected stream failures.
    fake.fail_next(
        Operation::Logs,
        RuntimeError::failed(
            Operation::Logs,
            "configured logging driver does not support reading",
        ),
    );
    let mut logs = fake.logs(id.as_str(), keel_runtime::LogOptions::default());
    assert!(matches!(
        logs.next().await,
        Some(Err(RuntimeError::Failed { .. }))
    ));
}
