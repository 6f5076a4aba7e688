//! The driver conformance suite: what every [`Runtime`] must do, as one set of tests.
//!
//! ```ignore
//! keel_runtime::runtime_conformance_suite!(my_target().await);
//! ```
//!
//! The expression is evaluated inside each test and yields `Option<T>` where `T: Target`;
//! `None` skips the test (the target prints why). A [`Target`] gives the runtime under test and
//! makes containers that behave as a [`Workload`] asks: the Docker target runs the
//! `keel-test/workload` image, the fake scripts a [`crate::fake::Behavior`]. Every container
//! and volume a test creates carries the target's run label and is removed when the test ends,
//! whether it passed or not.
//!
//! The invoking crate needs `tokio` (`macros`, `rt-multi-thread`) and `futures`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::time::Duration;

use futures::StreamExt;

use crate::error::RuntimeError;
use crate::events::{EventFilter, EventKind, LabelSelector, RuntimeEvent};
use crate::info::{ContainerStatus, HealthStatus};
use crate::logs::{LogCursor, LogLine, LogOptions, LogStream};
use crate::runtime::{PullOptions, RemoveOptions, Runtime};
use crate::spec::{ContainerSpec, NetworkMode, PortPublish, Protocol, VolumeSpec};

/// What a test container does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Workload {
    /// Runs until signalled; SIGTERM makes it exit with `exit_code`.
    HandlesTerm { exit_code: i64 },
    /// Runs and ignores SIGTERM (a stop ends in SIGKILL).
    IgnoresTerm,
    /// Exits on its own shortly after start.
    Exits { code: i64 },
    /// Writes `count` lines `seq=N stream=S` (alternating stdout and stderr when
    /// `both_streams`, starting with stdout), then exits 0.
    Prints { count: u32, both_streams: bool },
    /// Allocates far beyond a 32 MiB memory limit.
    Oom,
    /// Serves HTTP on `port` (all addresses of its namespace) with a passing health check.
    Serves { port: u16 },
    /// Runs with a health check that always fails.
    Unhealthy,
    /// Exits 0 if `http://127.0.0.1:PORT/health` answers 200 within a few seconds.
    Fetches { port: u16 },
}

/// A runtime under test and how to make its containers behave.
pub trait Target: Send + Sync {
    type R: Runtime;

    fn runtime(&self) -> &Self::R;

    /// Carried by everything a test creates; unique per test.
    fn run_label(&self) -> LabelSelector;

    /// A runtime name unique to this test.
    fn unique(&self, base: &str) -> String;

    /// A container doing `workload`, named `name`, with the run label.
    fn spec(&self, name: &str, workload: Workload) -> ContainerSpec;

    /// A container that only holds namespaces (sleeps until stopped).
    fn holder(&self, name: &str) -> ContainerSpec;

    /// An image reference no registry serves.
    fn missing_image(&self) -> String {
        // A registry on a closed loopback port: the pull fails at once and sends nothing off
        // the host.
        "127.0.0.1:1/keel-test/never-built:none".to_string()
    }

    /// Whether network namespaces are real, so traffic can be sent through them.
    fn real_network(&self) -> bool;
}

/// Removes everything carrying the target's run label.
pub async fn cleanup<T: Target>(target: &T) {
    let rt = target.runtime();
    let label = [target.run_label()];
    if let Ok(containers) = rt.list_managed(&label).await {
        for c in containers {
            let _ = rt
                .remove_container(
                    c.id.as_str(),
                    RemoveOptions {
                        force: true,
                        volumes: true,
                    },
                )
                .await;
        }
    }
    if let Ok(volumes) = rt.list_managed_volumes(&label).await {
        for v in volumes {
            let _ = rt.remove_volume(&v.name).await;
        }
    }
}

/// Expands to one `#[tokio::test]` per conformance test.
#[macro_export]
macro_rules! runtime_conformance_suite {
    ($make:expr) => {
        $crate::__runtime_conformance_tests!($make;
            version_answers,
            missing_image_inspects_as_none,
            pull_of_unknown_image_is_cannot_pull,
            imported_pause_image_runs_until_stopped,
            exit_code_is_reported,
            lifecycle_states_and_times,
            stop_escalates_to_sigkill_after_grace,
            stop_of_stopped_container_succeeds,
            kill_sends_the_signal,
            restart_after_exit,
            oom_kill_is_reported,
            health_becomes_healthy,
            health_becomes_unhealthy,
            events_follow_the_lifecycle_with_labels,
            events_replay_since,
            logs_carry_streams_and_resume_from_a_cursor,
            logs_follow_until_exit,
            list_managed_finds_by_label,
            published_port_gets_a_host_port,
            shared_network_namespace,
            volumes_create_inspect_remove,
            remove_running_needs_force,
            duplicate_name_conflicts,
            unknown_container_is_not_found,
        );
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __runtime_conformance_tests {
    ($make:expr; $($name:ident),* $(,)?) => {
        $(
            #[::tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                let Some(target) = $make else { return };
                let outcome = ::futures::FutureExt::catch_unwind(
                    ::std::panic::AssertUnwindSafe($crate::conformance::$name(&target)),
                )
                .await;
                $crate::conformance::cleanup(&target).await;
                if let Err(panic) = outcome {
                    ::std::panic::resume_unwind(panic);
                }
            }
        )*
    };
}

/// Generous bound for anything a test waits on (never a speed assertion).
const WAIT: Duration = Duration::from_secs(60);

async fn within<F: std::future::Future>(what: &str, fut: F) -> F::Output {
    match tokio::time::timeout(WAIT, fut).await {
        Ok(v) => v,
        Err(_) => panic!("{what}: nothing after {WAIT:?}"),
    }
}

async fn run<T: Target>(t: &T, spec: &ContainerSpec) -> String {
    let rt = t.runtime();
    let id = rt.create_container(spec).await.expect("create").0;
    rt.start_container(&id).await.expect("start");
    id
}

async fn wait_exit<T: Target>(t: &T, id: &str) -> i64 {
    within("wait", t.runtime().wait_container(id))
        .await
        .expect("wait")
}

/// Polls inspect until `check` holds.
async fn eventually<T: Target>(
    t: &T,
    id: &str,
    what: &str,
    check: impl Fn(&crate::info::ContainerInfo) -> bool,
) -> crate::info::ContainerInfo {
    within(what, async {
        loop {
            let info = t.runtime().inspect_container(id).await.expect("inspect");
            if check(&info) {
                return info;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    })
    .await
}

/// Events of `id` until one satisfies `until` (inclusive).
async fn events_until(
    stream: &mut crate::runtime::EventStream,
    id: &str,
    until: impl Fn(&RuntimeEvent) -> bool,
) -> Vec<RuntimeEvent> {
    within("events", async {
        let mut seen = Vec::new();
        while let Some(event) = stream.next().await {
            let event = event.expect("event stream");
            if event.container.as_str() != id {
                continue;
            }
            let done = until(&event);
            seen.push(event);
            if done {
                return seen;
            }
        }
        panic!("event stream ended; saw {seen:?}");
    })
    .await
}

async fn read_logs<T: Target>(t: &T, id: &str, options: LogOptions) -> Vec<LogLine> {
    within("logs", async {
        t.runtime()
            .logs(id, options)
            .map(|l| l.expect("log line"))
            .collect::<Vec<_>>()
            .await
    })
    .await
}

pub async fn version_answers<T: Target>(t: &T) {
    let v = t.runtime().version().await.expect("version");
    assert_eq!(v.runtime, t.runtime().name());
    assert!(!v.api_version.is_empty());
}

pub async fn missing_image_inspects_as_none<T: Target>(t: &T) {
    let image = t.runtime().inspect_image(&t.missing_image()).await;
    assert_eq!(image, Ok(None));
}

pub async fn pull_of_unknown_image_is_cannot_pull<T: Target>(t: &T) {
    let err = t
        .runtime()
        .pull_image(&t.missing_image(), &PullOptions::default())
        .await
        .expect_err("no registry serves this image");
    assert_eq!(err.ecs_error_name(), "CannotPullContainerError", "{err:?}");
    assert!(err.ecs_reason().starts_with("CannotPullContainerError: "));
}

/// The built-in pause image's root filesystem imported under a test name: the image is there
/// afterwards, and a container of it runs under init until a stop's SIGTERM ends it (143, not
/// the SIGKILL of an expired grace).
pub async fn imported_pause_image_runs_until_stopped<T: Target>(t: &T) {
    let rt = t.runtime();
    let reference = "keel-test/pause-import:conformance";
    let rootfs = crate::pause::rootfs(std::env::consts::ARCH).expect("a pause program");
    let image = rt.import_image(reference, rootfs).await.expect("import");
    assert!(
        image.repo_tags.iter().any(|tag| tag == reference),
        "{:?}",
        image.repo_tags
    );
    let stored = rt.inspect_image(reference).await.expect("inspect");
    assert_eq!(stored.map(|i| i.id), Some(image.id));
    let mut holder = t.holder(&t.unique("imported-pause"));
    holder.image = reference.to_string();
    holder.command = Some(vec![crate::pause::COMMAND.to_string()]);
    holder.network.mode = NetworkMode::None;
    let id = run(t, &holder).await;
    let info = rt.inspect_container(&id).await.unwrap();
    assert_eq!(info.state.status, ContainerStatus::Running);
    within("stop", rt.stop_container(&id, Duration::from_secs(30)))
        .await
        .expect("stop");
    let info = rt.inspect_container(&id).await.unwrap();
    assert_eq!(info.state.exit_code, Some(143), "{:?}", info.state);
}

pub async fn exit_code_is_reported<T: Target>(t: &T) {
    let spec = t.spec(&t.unique("exit"), Workload::Exits { code: 3 });
    let id = run(t, &spec).await;
    assert_eq!(wait_exit(t, &id).await, 3);
    let info = t.runtime().inspect_container(&id).await.unwrap();
    assert_eq!(info.state.status, ContainerStatus::Exited);
    assert_eq!(info.state.exit_code, Some(3));
    assert!(!info.state.oom_killed);
}

pub async fn lifecycle_states_and_times<T: Target>(t: &T) {
    let rt = t.runtime();
    let spec = t.spec(&t.unique("life"), Workload::HandlesTerm { exit_code: 0 });
    let id = rt.create_container(&spec).await.unwrap().0;
    let created = rt.inspect_container(&id).await.unwrap();
    assert_eq!(created.state.status, ContainerStatus::Created);
    assert_eq!(created.name, spec.name);
    assert_eq!(created.state.exit_code, None, "no exit code before it ran");
    assert_eq!(created.state.started_at, None);
    assert_eq!(
        created.labels.get(&t.run_label().key),
        t.run_label().value.as_ref()
    );
    // The name works wherever the id does.
    assert_eq!(rt.inspect_container(&spec.name).await.unwrap().id.0, id);

    rt.start_container(&id).await.unwrap();
    let running = rt.inspect_container(&id).await.unwrap();
    assert_eq!(running.state.status, ContainerStatus::Running);
    assert!(running.state.pid.is_some());
    let started = running.state.started_at.expect("started_at");
    assert_eq!(running.state.exit_code, None);
    // Starting a running container is not an error.
    rt.start_container(&id).await.unwrap();

    rt.stop_container(&id, Duration::from_secs(10))
        .await
        .unwrap();
    let stopped = rt.inspect_container(&id).await.unwrap();
    assert_eq!(stopped.state.status, ContainerStatus::Exited);
    assert_eq!(
        stopped.state.exit_code,
        Some(0),
        "SIGTERM handled with exit 0"
    );
    assert!(stopped.state.finished_at.expect("finished_at") >= started);

    rt.remove_container(&id, RemoveOptions::default())
        .await
        .unwrap();
    assert!(matches!(
        rt.inspect_container(&id).await,
        Err(RuntimeError::NoSuchContainer(_))
    ));
}

pub async fn stop_escalates_to_sigkill_after_grace<T: Target>(t: &T) {
    let rt = t.runtime();
    let label = [t.run_label()];
    let mut events = rt.events(EventFilter {
        since: None,
        labels: label.to_vec(),
    });
    let spec = t.spec(&t.unique("stubborn"), Workload::IgnoresTerm);
    let id = run(t, &spec).await;
    let grace = Duration::from_secs(2);
    let asked = tokio::time::Instant::now();
    rt.stop_container(&id, grace).await.unwrap();
    assert!(
        asked.elapsed() >= grace,
        "SIGKILL came before the grace ended"
    );
    let info = rt.inspect_container(&id).await.unwrap();
    assert_eq!(info.state.exit_code, Some(137), "killed by SIGKILL");
    let seen = events_until(&mut events, &id, |e| e.kind == EventKind::Stopped).await;
    let signals: Vec<_> = seen
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Killed { signal } => signal.clone(),
            _ => None,
        })
        .collect();
    assert_eq!(signals, vec!["15", "9"], "events: {seen:?}");
    assert!(seen.iter().any(|e| e.kind
        == EventKind::Died {
            exit_code: Some(137)
        }));
}

pub async fn stop_of_stopped_container_succeeds<T: Target>(t: &T) {
    let spec = t.spec(&t.unique("done"), Workload::Exits { code: 0 });
    let id = run(t, &spec).await;
    wait_exit(t, &id).await;
    t.runtime()
        .stop_container(&id, Duration::from_secs(1))
        .await
        .expect("stopping an exited container is fine");
    // A created, never started container too.
    let other = t.spec(&t.unique("never"), Workload::Exits { code: 0 });
    let id = t.runtime().create_container(&other).await.unwrap().0;
    t.runtime()
        .stop_container(&id, Duration::from_secs(1))
        .await
        .expect("stopping a created container is fine");
}

pub async fn kill_sends_the_signal<T: Target>(t: &T) {
    let spec = t.spec(&t.unique("kill"), Workload::HandlesTerm { exit_code: 7 });
    let id = run(t, &spec).await;
    t.runtime().kill_container(&id, "SIGTERM").await.unwrap();
    assert_eq!(wait_exit(t, &id).await, 7, "the workload saw SIGTERM");
    let err = t.runtime().kill_container(&id, "SIGKILL").await;
    assert!(err.is_err(), "killing an exited container fails");
}

pub async fn restart_after_exit<T: Target>(t: &T) {
    let spec = t.spec(&t.unique("again"), Workload::Exits { code: 4 });
    let id = run(t, &spec).await;
    assert_eq!(wait_exit(t, &id).await, 4);
    let first = t.runtime().inspect_container(&id).await.unwrap();
    t.runtime().start_container(&id).await.expect("start again");
    assert_eq!(wait_exit(t, &id).await, 4);
    let second = t.runtime().inspect_container(&id).await.unwrap();
    assert!(second.state.started_at > first.state.started_at);
}

pub async fn oom_kill_is_reported<T: Target>(t: &T) {
    let rt = t.runtime();
    let mut events = rt.events(EventFilter {
        since: None,
        labels: vec![t.run_label()],
    });
    let spec = t.spec(&t.unique("oom"), Workload::Oom);
    let id = run(t, &spec).await;
    assert_eq!(wait_exit(t, &id).await, 137);
    let info = rt.inspect_container(&id).await.unwrap();
    assert!(info.state.oom_killed, "{:?}", info.state);
    let seen = events_until(&mut events, &id, |e| {
        matches!(e.kind, EventKind::Died { .. })
    })
    .await;
    assert!(
        seen.iter().any(|e| e.kind == EventKind::OutOfMemory),
        "{seen:?}"
    );
}

pub async fn health_becomes_healthy<T: Target>(t: &T) {
    let mut events = t.runtime().events(EventFilter {
        since: None,
        labels: vec![t.run_label()],
    });
    let spec = t.spec(&t.unique("healthy"), Workload::Serves { port: 8080 });
    assert!(spec.health_check.is_some());
    let id = run(t, &spec).await;
    let seen = events_until(&mut events, &id, |e| matches!(e.kind, EventKind::Health(_))).await;
    assert_eq!(
        seen.last().unwrap().kind,
        EventKind::Health(HealthStatus::Healthy)
    );
    let info = eventually(t, &id, "healthy", |i| {
        i.state
            .health
            .as_ref()
            .is_some_and(|h| h.status == HealthStatus::Healthy)
    })
    .await;
    assert_eq!(info.state.health.unwrap().failing_streak, 0);
}

pub async fn health_becomes_unhealthy<T: Target>(t: &T) {
    let spec = t.spec(&t.unique("unhealthy"), Workload::Unhealthy);
    let id = run(t, &spec).await;
    let info = eventually(t, &id, "unhealthy", |i| {
        i.state
            .health
            .as_ref()
            .is_some_and(|h| h.status == HealthStatus::Unhealthy)
    })
    .await;
    let health = info.state.health.unwrap();
    assert!(health.failing_streak >= 1);
    assert_ne!(health.last_exit_code, Some(0));
}

pub async fn events_follow_the_lifecycle_with_labels<T: Target>(t: &T) {
    let rt = t.runtime();
    let label = t.run_label();
    let mut events = rt.events(EventFilter {
        since: None,
        labels: vec![label.clone()],
    });
    let spec = t.spec(&t.unique("events"), Workload::Exits { code: 5 });
    let id = run(t, &spec).await;
    let seen = events_until(&mut events, &id, |e| {
        matches!(e.kind, EventKind::Died { .. })
    })
    .await;
    let kinds: Vec<&EventKind> = seen.iter().map(|e| &e.kind).collect();
    assert_eq!(kinds.first(), Some(&&EventKind::Created), "{kinds:?}");
    assert!(kinds.contains(&&EventKind::Started), "{kinds:?}");
    assert_eq!(kinds.last(), Some(&&EventKind::Died { exit_code: Some(5) }));
    for e in &seen {
        assert_eq!(
            e.label(&label.key),
            label.value.as_deref(),
            "labels travel with events"
        );
        assert_eq!(e.name.as_deref(), Some(spec.name.as_str()));
    }
    assert!(seen.windows(2).all(|w| w[0].time <= w[1].time));
    rt.remove_container(&id, RemoveOptions::default())
        .await
        .unwrap();
    let gone = events_until(&mut events, &id, |e| e.kind == EventKind::Destroyed).await;
    assert_eq!(gone.last().unwrap().kind, EventKind::Destroyed);
}

pub async fn events_replay_since<T: Target>(t: &T) {
    let rt = t.runtime();
    let mut live = rt.events(EventFilter {
        since: None,
        labels: vec![t.run_label()],
    });
    let spec = t.spec(&t.unique("replay"), Workload::Exits { code: 0 });
    let id = run(t, &spec).await;
    let first = events_until(&mut live, &id, |e| matches!(e.kind, EventKind::Died { .. })).await;
    let created_at = first[0].time;
    // A subscriber that missed all of it replays from a time.
    let mut replay = rt.events(EventFilter {
        since: Some(created_at),
        labels: vec![t.run_label()],
    });
    let again = events_until(&mut replay, &id, |e| {
        matches!(e.kind, EventKind::Died { .. })
    })
    .await;
    assert_eq!(again.first().map(|e| &e.kind), Some(&EventKind::Created));
}

fn text(line: &LogLine) -> String {
    String::from_utf8_lossy(&line.message).into_owned()
}

pub async fn logs_carry_streams_and_resume_from_a_cursor<T: Target>(t: &T) {
    let spec = t.spec(
        &t.unique("logs"),
        Workload::Prints {
            count: 20,
            both_streams: true,
        },
    );
    let id = run(t, &spec).await;
    assert_eq!(wait_exit(t, &id).await, 0);
    let all = read_logs(t, &id, LogOptions::default()).await;
    assert_eq!(all.len(), 20, "{all:?}");
    let mut by_stream: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for line in &all {
        by_stream
            .entry(line.stream.as_str())
            .or_default()
            .push(text(line));
        assert!(!line.partial);
        let expected = if text(line).contains("stream=stderr") {
            LogStream::Stderr
        } else {
            LogStream::Stdout
        };
        assert_eq!(line.stream, expected, "{line:?}");
    }
    // Within a stream, order is exact.
    let stdout: Vec<String> = (1..=20)
        .step_by(2)
        .map(|n| format!("seq={n} stream=stdout "))
        .collect();
    let stderr: Vec<String> = (2..=20)
        .step_by(2)
        .map(|n| format!("seq={n} stream=stderr "))
        .collect();
    assert_eq!(by_stream["stdout"], stdout);
    assert_eq!(by_stream["stderr"], stderr);

    // Resume after every prefix: exactly the rest, nothing lost or repeated.
    for consumed in [1, 7, 19, 20] {
        let mut cursor = LogCursor::default();
        for line in &all[..consumed] {
            cursor.advance(line);
        }
        let rest = read_logs(
            t,
            &id,
            LogOptions {
                after: Some(cursor),
                ..LogOptions::default()
            },
        )
        .await;
        assert_eq!(rest, all[consumed..].to_vec(), "after {consumed} lines");
    }
    // One stream only.
    let only_err = read_logs(
        t,
        &id,
        LogOptions {
            stdout: false,
            ..LogOptions::default()
        },
    )
    .await;
    assert_eq!(only_err.iter().map(text).collect::<Vec<_>>(), stderr);
}

pub async fn logs_follow_until_exit<T: Target>(t: &T) {
    let spec = t.spec(
        &t.unique("follow"),
        Workload::Prints {
            count: 30,
            both_streams: false,
        },
    );
    let id = run(t, &spec).await;
    // Following from a running container: every line, then the end when it exits.
    let follow = t.runtime().logs(&id, LogOptions::follow_from(None));
    let lines: Vec<LogLine> = within("follow", follow.map(|l| l.unwrap()).collect()).await;
    assert_eq!(lines.len(), 30);
    assert_eq!(text(&lines[0]), "seq=1 stream=stdout ");
    assert_eq!(text(&lines[29]), "seq=30 stream=stdout ");
    let info = t.runtime().inspect_container(&id).await.unwrap();
    assert_eq!(info.state.status, ContainerStatus::Exited);
}

pub async fn list_managed_finds_by_label<T: Target>(t: &T) {
    let rt = t.runtime();
    let mut a = t.spec(&t.unique("list-a"), Workload::Exits { code: 0 });
    a.labels.insert("keel.test.group".into(), "a".into());
    let b = t.spec(&t.unique("list-b"), Workload::HandlesTerm { exit_code: 0 });
    let id_a = run(t, &a).await;
    wait_exit(t, &id_a).await;
    let id_b = rt.create_container(&b).await.unwrap().0;
    let all = rt.list_managed(&[t.run_label()]).await.unwrap();
    let mut ids: Vec<&str> = all.iter().map(|c| c.id.as_str()).collect();
    ids.sort_unstable();
    let mut want = vec![id_a.as_str(), id_b.as_str()];
    want.sort_unstable();
    assert_eq!(ids, want, "exited and created containers are listed");
    let group = rt
        .list_managed(&[t.run_label(), LabelSelector::eq("keel.test.group", "a")])
        .await
        .unwrap();
    assert_eq!(group.len(), 1);
    assert_eq!(group[0].name, a.name);
    assert_eq!(group[0].status, ContainerStatus::Exited);
    let none = rt
        .list_managed(&[t.run_label(), LabelSelector::has("keel.test.absent")])
        .await
        .unwrap();
    assert!(none.is_empty());
}

pub async fn published_port_gets_a_host_port<T: Target>(t: &T) {
    let mut spec = t.spec(&t.unique("port"), Workload::Serves { port: 8080 });
    spec.network.mode = NetworkMode::Bridge;
    spec.network.ports = vec![PortPublish {
        container_port: 8080,
        protocol: Protocol::Tcp,
        host_ip: "127.0.0.1".into(),
        host_port: None,
    }];
    let id = run(t, &spec).await;
    let info = t.runtime().inspect_container(&id).await.unwrap();
    assert_eq!(info.ports.len(), 1, "{:?}", info.ports);
    let binding = &info.ports[0];
    assert_eq!(binding.container_port, 8080);
    assert_eq!(binding.host_ip, "127.0.0.1");
    assert_ne!(binding.host_port, 0);
    if t.real_network() {
        // Docker picks from the kernel's ephemeral range, as ECS's agent would.
        let range = std::fs::read_to_string("/proc/sys/net/ipv4/ip_local_port_range")
            .expect("ephemeral port range");
        let bounds: Vec<u16> = range
            .split_whitespace()
            .filter_map(|v| v.parse().ok())
            .collect();
        assert!(
            (bounds[0]..=bounds[1]).contains(&binding.host_port),
            "{} is outside {range}",
            binding.host_port
        );
        let answer = within("http on the published port", async {
            loop {
                if let Ok(text) = http_get(binding.host_port, "/health").await
                    && text.starts_with("HTTP/1.1 200")
                {
                    return text;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        })
        .await;
        assert!(answer.ends_with("ok"), "{answer}");
    }
}

/// A GET to 127.0.0.1:`port` (only loopback).
async fn http_get(port: u16, path: &str) -> std::io::Result<String> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await?;
    stream
        .write_all(
            format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .as_bytes(),
        )
        .await?;
    let mut out = Vec::new();
    stream.read_to_end(&mut out).await?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

pub async fn shared_network_namespace<T: Target>(t: &T) {
    let rt = t.runtime();
    let mut holder = t.holder(&t.unique("pause"));
    holder.network.mode = NetworkMode::None;
    let pause_id = run(t, &holder).await;
    let mut server = t.spec(&t.unique("server"), Workload::Serves { port: 8080 });
    server.network.mode = NetworkMode::Container(holder.name.clone());
    server.health_check = None;
    run(t, &server).await;
    let mut client = t.spec(&t.unique("client"), Workload::Fetches { port: 8080 });
    client.network.mode = NetworkMode::Container(holder.name.clone());
    let client_id = run(t, &client).await;
    assert_eq!(
        wait_exit(t, &client_id).await,
        0,
        "the client reached the server on 127.0.0.1 of the shared namespace"
    );
    let info = rt.inspect_container(&client_id).await.unwrap();
    assert_eq!(info.network_mode, format!("container:{pause_id}"));
}

pub async fn volumes_create_inspect_remove<T: Target>(t: &T) {
    let rt = t.runtime();
    let label = t.run_label();
    let spec = VolumeSpec {
        name: t.unique("vol"),
        driver: String::new(),
        driver_opts: BTreeMap::new(),
        labels: [(label.key.clone(), label.value.clone().unwrap_or_default())].into(),
    };
    assert_eq!(rt.inspect_volume(&spec.name).await, Ok(None));
    let created = rt.create_volume(&spec).await.unwrap();
    assert_eq!(created.name, spec.name);
    assert_eq!(created.driver, "local");
    assert!(!created.mountpoint.is_empty());
    let again = rt
        .create_volume(&spec)
        .await
        .expect("creating the same volume again is fine");
    assert_eq!(again.name, spec.name);
    let seen = rt
        .inspect_volume(&spec.name)
        .await
        .unwrap()
        .expect("volume");
    assert_eq!(seen.labels.get(&label.key), label.value.as_ref());
    let listed = rt
        .list_managed_volumes(std::slice::from_ref(&label))
        .await
        .unwrap();
    assert!(listed.iter().any(|v| v.name == spec.name));
    rt.remove_volume(&spec.name).await.unwrap();
    assert_eq!(rt.inspect_volume(&spec.name).await, Ok(None));
    rt.remove_volume(&spec.name)
        .await
        .expect("removing a missing volume is fine");
}

pub async fn remove_running_needs_force<T: Target>(t: &T) {
    let rt = t.runtime();
    let spec = t.spec(&t.unique("busy"), Workload::HandlesTerm { exit_code: 0 });
    let id = run(t, &spec).await;
    let err = rt
        .remove_container(&id, RemoveOptions::default())
        .await
        .expect_err("a running container is not removed without force");
    assert_eq!(err.ecs_error_name(), "CannotRemoveContainerError");
    rt.remove_container(
        &id,
        RemoveOptions {
            force: true,
            volumes: true,
        },
    )
    .await
    .unwrap();
    assert!(matches!(
        rt.inspect_container(&id).await,
        Err(RuntimeError::NoSuchContainer(_))
    ));
}

pub async fn duplicate_name_conflicts<T: Target>(t: &T) {
    let spec = t.spec(&t.unique("twice"), Workload::Exits { code: 0 });
    t.runtime().create_container(&spec).await.unwrap();
    let err = t
        .runtime()
        .create_container(&spec)
        .await
        .expect_err("names are unique");
    assert!(
        matches!(
            err,
            RuntimeError::Failed {
                status: Some(409),
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(err.ecs_error_name(), "CannotCreateContainerError");
}

pub async fn unknown_container_is_not_found<T: Target>(t: &T) {
    let rt = t.runtime();
    let ghost = t.unique("ghost");
    assert!(matches!(
        rt.start_container(&ghost).await,
        Err(RuntimeError::NoSuchContainer(_))
    ));
    assert!(matches!(
        rt.inspect_container(&ghost).await,
        Err(RuntimeError::NoSuchContainer(_))
    ));
    assert!(matches!(
        rt.remove_container(&ghost, RemoveOptions::default()).await,
        Err(RuntimeError::NoSuchContainer(_))
    ));
    let err = rt
        .create_container(&ContainerSpec::new(t.unique("noimage"), t.missing_image()))
        .await
        .expect_err("no such image");
    assert!(matches!(err, RuntimeError::NoSuchImage(_)), "{err:?}");
}

/// The image with busybox only (`scripts/test-images.sh`).
pub const BUSYBOX_IMAGE: &str = "keel-test/busybox:latest";
/// busybox plus `/usr/local/bin/keel-workload` as entry point (`scripts/test-images.sh`).
pub const WORKLOAD_IMAGE: &str = "keel-test/workload:latest";
/// The label every test container and volume carries; its value names the test.
pub const RUN_LABEL: &str = "org.keel.test.run";
/// Set to `1` by `scripts/test.sh`: Docker must be there, a missing daemon fails the tests.
pub const REQUIRE_DOCKER_ENV: &str = "KEEL_TEST_DOCKER";

#[cfg(feature = "docker")]
fn unique_suffix() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!("{}-{:x}", std::process::id(), nanos & 0xff_ffff_ffff)
}

fn labelled(mut spec: ContainerSpec, label: &LabelSelector) -> ContainerSpec {
    spec.labels
        .insert(label.key.clone(), label.value.clone().unwrap_or_default());
    spec
}

/// The health check the workloads use: a request to their own `/health`.
fn health_check(test: Vec<String>) -> crate::spec::HealthCheck {
    crate::spec::HealthCheck {
        test,
        interval: Duration::from_secs(1),
        timeout: Duration::from_secs(2),
        retries: 2,
        start_period: Duration::ZERO,
    }
}

const OOM_LIMIT: u64 = 32 * 1024 * 1024;

/// The Docker daemon on `/var/run/docker.sock` with the `keel-test/*` images.
#[cfg(feature = "docker")]
pub struct DockerTarget {
    runtime: crate::docker::DockerRuntime,
    label: LabelSelector,
}

#[cfg(feature = "docker")]
impl DockerTarget {
    /// Connects (to `DOCKER_HOST` when it is a `unix://` socket, else
    /// `/var/run/docker.sock`), or explains why not. When `KEEL_TEST_DOCKER=1` (as `scripts/test.sh` sets)
    /// a missing daemon or image is a failure; otherwise the test is skipped with a message.
    pub async fn from_env(test: &str) -> Option<Self> {
        let required = std::env::var(REQUIRE_DOCKER_ENV).is_ok_and(|v| v == "1");
        let skip = |why: String| {
            if required {
                panic!(
                    "{why} ({REQUIRE_DOCKER_ENV}=1 requires Docker; run scripts/dockerd.sh and scripts/test-images.sh)"
                );
            }
            // Straight to the process's stderr: the test harness does not capture it, so a
            // skip is seen even when the test "passes".
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED {test}: {why}; run scripts/test.sh, or scripts/dockerd.sh and scripts/test-images.sh, to run Docker tests"
            );
        };
        let socket = std::env::var("DOCKER_HOST")
            .ok()
            .filter(|h| h.starts_with("unix://"))
            .unwrap_or_else(|| crate::docker::DEFAULT_SOCKET.to_string());
        let runtime = match crate::docker::DockerRuntime::connect(&socket, Default::default()).await
        {
            Ok(rt) => rt,
            Err(e) => {
                skip(format!("no Docker daemon at {socket}: {e}"));
                return None;
            }
        };
        for image in [BUSYBOX_IMAGE, WORKLOAD_IMAGE] {
            match runtime.inspect_image(image).await {
                Ok(Some(_)) => {}
                _ => {
                    skip(format!("test image {image} is missing"));
                    return None;
                }
            }
        }
        Some(Self {
            runtime,
            label: LabelSelector::eq(RUN_LABEL, format!("{test}-{}", unique_suffix())),
        })
    }

    pub fn docker(&self) -> &crate::docker::DockerRuntime {
        &self.runtime
    }
}

fn workload_command(workload: Workload) -> Vec<String> {
    let args: Vec<String> = match workload {
        Workload::HandlesTerm { exit_code } => vec![
            "signals".into(),
            "--exit-code".into(),
            exit_code.to_string(),
        ],
        Workload::IgnoresTerm => vec!["sleep".into(), "3600".into()],
        Workload::Exits { code } => vec![
            "exit".into(),
            code.to_string(),
            "--after-ms".into(),
            "100".into(),
        ],
        Workload::Prints {
            count,
            both_streams,
        } => vec![
            "log".into(),
            "--count".into(),
            count.to_string(),
            "--rate".into(),
            "50".into(),
            "--stream".into(),
            if both_streams { "both" } else { "stdout" }.into(),
        ],
        Workload::Oom => vec!["memory".into(), "--mib".into(), "256".into()],
        Workload::Serves { port } => vec!["serve".into(), "--port".into(), port.to_string()],
        Workload::Unhealthy => vec!["signals".into()],
        Workload::Fetches { port } => vec![
            "get".into(),
            format!("http://127.0.0.1:{port}/health"),
            "--retry-for-ms".into(),
            "10000".into(),
        ],
    };
    args
}

/// Settings shared by both targets' specs (the fake ignores the command).
fn workload_spec(name: &str, workload: Workload, label: &LabelSelector) -> ContainerSpec {
    let mut spec = ContainerSpec::new(name, WORKLOAD_IMAGE);
    spec.command = Some(workload_command(workload));
    spec.network.mode = NetworkMode::None;
    match workload {
        Workload::Oom => {
            spec.resources.memory_bytes = Some(OOM_LIMIT);
            spec.resources.memory_swap_bytes = Some(OOM_LIMIT as i64);
        }
        Workload::Serves { port } => {
            spec.health_check = Some(health_check(vec![
                "CMD".into(),
                "/usr/local/bin/keel-workload".into(),
                "get".into(),
                format!("http://127.0.0.1:{port}/health"),
            ]));
        }
        Workload::Unhealthy => {
            spec.health_check = Some(health_check(vec!["CMD-SHELL".into(), "exit 1".into()]));
        }
        Workload::Prints { .. } => {
            // The driver awslogs containers get: output kept for the agent to read back.
            spec.log = crate::spec::LogSpec::Driver {
                name: "local".into(),
                options: BTreeMap::new(),
            };
        }
        _ => {}
    }
    labelled(spec, label)
}

fn holder_spec(name: &str, label: &LabelSelector) -> ContainerSpec {
    let mut spec = ContainerSpec::new(name, BUSYBOX_IMAGE);
    spec.command = Some(vec!["sleep".into(), "3600".into()]);
    spec.security.init = true;
    labelled(spec, label)
}

#[cfg(feature = "docker")]
impl Target for DockerTarget {
    type R = crate::docker::DockerRuntime;

    fn runtime(&self) -> &Self::R {
        &self.runtime
    }

    fn run_label(&self) -> LabelSelector {
        self.label.clone()
    }

    fn unique(&self, base: &str) -> String {
        format!(
            "keel-test-{base}-{}",
            self.label.value.as_deref().unwrap_or("")
        )
    }

    fn spec(&self, name: &str, workload: Workload) -> ContainerSpec {
        workload_spec(name, workload, &self.label)
    }

    fn holder(&self, name: &str) -> ContainerSpec {
        holder_spec(name, &self.label)
    }

    fn real_network(&self) -> bool {
        true
    }
}

/// The recording fake, scripted to behave as each [`Workload`] asks.
pub struct FakeTarget {
    fake: crate::fake::FakeRuntime,
    label: LabelSelector,
}

impl FakeTarget {
    pub fn new(test: &str) -> Self {
        let fake = crate::fake::FakeRuntime::new();
        fake.add_image(BUSYBOX_IMAGE);
        fake.add_image(WORKLOAD_IMAGE);
        Self {
            fake,
            label: LabelSelector::eq(RUN_LABEL, test.to_string()),
        }
    }

    pub fn fake(&self) -> &crate::fake::FakeRuntime {
        &self.fake
    }
}

impl Target for FakeTarget {
    type R = crate::fake::FakeRuntime;

    fn runtime(&self) -> &Self::R {
        &self.fake
    }

    fn run_label(&self) -> LabelSelector {
        self.label.clone()
    }

    fn unique(&self, base: &str) -> String {
        format!("keel-test-{base}")
    }

    fn spec(&self, name: &str, workload: Workload) -> ContainerSpec {
        use crate::fake::{Behavior, Matcher, OnSignal};
        let soon = Duration::from_millis(50);
        let behavior = match workload {
            Workload::HandlesTerm { exit_code } => Behavior {
                on_sigterm: OnSignal::Exit(exit_code),
                ..Behavior::default()
            },
            Workload::IgnoresTerm => Behavior::ignores_sigterm(),
            Workload::Exits { code } => Behavior::exits(soon, code),
            Workload::Fetches { .. } => Behavior::exits(soon, 0),
            Workload::Prints {
                count,
                both_streams,
            } => {
                let mut b = Behavior::exits(soon, 0);
                for n in 1..=count {
                    let stream = if both_streams && n % 2 == 0 {
                        LogStream::Stderr
                    } else {
                        LogStream::Stdout
                    };
                    b = b.with_output(stream, format!("seq={n} stream={} ", stream.as_str()));
                }
                b
            }
            Workload::Oom => Behavior {
                oom_after: Some(soon),
                ..Behavior::default()
            },
            Workload::Serves { .. } => Behavior::runs(),
            Workload::Unhealthy => {
                Behavior::runs().with_health(Duration::from_secs(1), HealthStatus::Unhealthy)
            }
        };
        self.fake
            .on_container(Matcher::Name(name.to_string()), behavior);
        workload_spec(name, workload, &self.label)
    }

    fn holder(&self, name: &str) -> ContainerSpec {
        holder_spec(name, &self.label)
    }

    fn real_network(&self) -> bool {
        false
    }
}
