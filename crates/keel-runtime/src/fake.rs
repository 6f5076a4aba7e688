//! `FakeRuntime`: a recording, scriptable runtime for tests of code that drives a [`Runtime`].
//!
//! It records every call with its arguments ([`FakeRuntime::calls`], [`FakeRuntime::created`])
//! and simulates containers faithfully enough to pass the driver conformance suite:
//! create/start/stop/kill/remove with Docker's state rules and error words, exit codes,
//! SIGTERM then SIGKILL after the grace period, OOM kills, health-check transitions, output
//! with timestamps and cursors, port assignment, volumes, and the event stream with history.
//!
//! What a started container does is scripted with a [`Behavior`], chosen by [`Matcher`] at
//! create time ([`FakeRuntime::on_container`]); failures and hangs of any call (streams included)
//! are injected with [`FakeRuntime::fail_next`] and [`FakeRuntime::hang_next`]; events with
//! [`FakeRuntime::inject_event`], and a broken event connection with
//! [`FakeRuntime::break_event_streams`]. All waiting goes through
//! `tokio::time`, so tests can run with paused time (`#[tokio::test(start_paused = true)]`) and
//! a 30-second stop grace costs nothing.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use bytes::Bytes;
use futures::StreamExt;
use parking_lot::Mutex;
use tokio::sync::{broadcast, mpsc, watch};
use tokio::time::Instant;

use crate::error::{Operation, RuntimeError};
use crate::events::{EventFilter, EventKind, LabelSelector, RuntimeEvent, matches_all};
use crate::info::{
    ContainerId, ContainerInfo, ContainerState, ContainerStatus, ContainerSummary, Health,
    HealthStatus, ImageInfo, MountInfo, PortBinding, RuntimeVersion, VolumeInfo, with_default_tag,
};
use crate::logs::{CursorFilter, LogLine, LogOptions, LogStream};
use crate::runtime::{EventStream, LogLines, PullOptions, RemoveOptions, Runtime, Timeouts};
use crate::spec::{ContainerSpec, MountSource, NetworkMode, VolumeSpec};
use crate::time::Timestamp;

/// One recorded call and its arguments.
#[derive(Clone, Debug, PartialEq)]
pub enum Call {
    Version,
    InspectImage(String),
    PullImage(String),
    ImportImage { reference: String, rootfs: Vec<u8> },
    CreateContainer(ContainerSpec),
    StartContainer(String),
    StopContainer { id: String, grace: Duration },
    KillContainer { id: String, signal: String },
    RemoveContainer { id: String, options: RemoveOptions },
    InspectContainer(String),
    WaitContainer(String),
    ListManaged(Vec<LabelSelector>),
    Events(EventFilter),
    Logs { id: String, options: LogOptions },
    CreateVolume(VolumeSpec),
    InspectVolume(String),
    RemoveVolume(String),
    ListManagedVolumes(Vec<LabelSelector>),
}

impl Call {
    pub fn operation(&self) -> Operation {
        match self {
            Call::Version => Operation::Version,
            Call::InspectImage(_) => Operation::InspectImage,
            Call::PullImage(_) => Operation::PullImage,
            Call::ImportImage { .. } => Operation::ImportImage,
            Call::CreateContainer(_) => Operation::CreateContainer,
            Call::StartContainer(_) => Operation::StartContainer,
            Call::StopContainer { .. } => Operation::StopContainer,
            Call::KillContainer { .. } => Operation::KillContainer,
            Call::RemoveContainer { .. } => Operation::RemoveContainer,
            Call::InspectContainer(_) => Operation::InspectContainer,
            Call::WaitContainer(_) => Operation::WaitContainer,
            Call::ListManaged(_) => Operation::ListContainers,
            Call::Events(_) => Operation::Events,
            Call::Logs { .. } => Operation::Logs,
            Call::CreateVolume(_) => Operation::CreateVolume,
            Call::InspectVolume(_) => Operation::InspectVolume,
            Call::RemoveVolume(_) => Operation::RemoveVolume,
            Call::ListManagedVolumes(_) => Operation::ListVolumes,
        }
    }
}

/// What a container's process does once started.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Behavior {
    /// Written right after start, in order, all with the start's timestamp.
    pub output: Vec<(LogStream, String)>,
    /// Exit on its own this long after start, with this code.
    pub exit_after: Option<(Duration, i64)>,
    /// Killed by the OOM killer this long after start (exit 137, `oom_killed`).
    pub oom_after: Option<Duration>,
    /// What SIGTERM (or another non-KILL signal) does.
    pub on_sigterm: OnSignal,
    /// Health results after start; only for containers created with a health check. Empty
    /// means healthy after the first interval, as a passing check would be.
    pub health: Vec<(Duration, HealthStatus)>,
    /// Start fails with this runtime message (the container stays created, `State.Error` set).
    pub start_error: Option<String>,
}

impl Default for Behavior {
    fn default() -> Self {
        Self {
            output: Vec::new(),
            exit_after: None,
            oom_after: None,
            on_sigterm: OnSignal::Exit(143),
            health: Vec::new(),
            start_error: None,
        }
    }
}

impl Behavior {
    /// Runs until stopped; SIGTERM ends it with 143 (killed by the signal).
    pub fn runs() -> Self {
        Self::default()
    }

    pub fn exits(after: Duration, code: i64) -> Self {
        Self {
            exit_after: Some((after, code)),
            ..Self::default()
        }
    }

    pub fn ignores_sigterm() -> Self {
        Self {
            on_sigterm: OnSignal::Ignore,
            ..Self::default()
        }
    }

    pub fn with_output(mut self, stream: LogStream, line: impl Into<String>) -> Self {
        self.output.push((stream, line.into()));
        self
    }

    pub fn with_health(mut self, after: Duration, status: HealthStatus) -> Self {
        self.health.push((after, status));
        self
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnSignal {
    /// Exit with this code.
    Exit(i64),
    /// Keep running (a stop then ends in SIGKILL after the grace period).
    Ignore,
}

/// Which containers a [`Behavior`] applies to, tried in the order they were added (last added
/// first).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Matcher {
    Any,
    /// The runtime name.
    Name(String),
    /// The `com.amazonaws.ecs.container-name` label: the container's name in its task.
    EcsName(String),
    Image(String),
    Label(String, String),
}

impl Matcher {
    fn matches(&self, spec: &ContainerSpec) -> bool {
        match self {
            Matcher::Any => true,
            Matcher::Name(n) => &spec.name == n,
            Matcher::EcsName(n) => spec.labels.get(crate::labels::CONTAINER_NAME) == Some(n),
            Matcher::Image(i) => &spec.image == i,
            Matcher::Label(k, v) => spec.labels.get(k) == Some(v),
        }
    }
}

enum Injected {
    Fail(RuntimeError),
    Hang,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Signal {
    Kill,
    Term,
    Other,
}

/// A signal name or number as Docker accepts it, with the number Docker reports in events.
fn parse_signal(signal: &str) -> Option<(Signal, &'static str)> {
    Some(match signal.trim_start_matches("SIG") {
        "KILL" | "9" => (Signal::Kill, "9"),
        "TERM" | "15" => (Signal::Term, "15"),
        "HUP" | "1" => (Signal::Other, "1"),
        "INT" | "2" => (Signal::Other, "2"),
        "QUIT" | "3" => (Signal::Other, "3"),
        "USR1" | "10" => (Signal::Other, "10"),
        "USR2" | "12" => (Signal::Other, "12"),
        _ => return None,
    })
}

struct FakeContainer {
    id: String,
    spec: ContainerSpec,
    behavior: Behavior,
    image_id: String,
    created_at: Timestamp,
    status: ContainerStatus,
    exit_code: Option<i64>,
    oom_killed: bool,
    error: Option<String>,
    started_at: Option<Timestamp>,
    finished_at: Option<Timestamp>,
    health: Option<Health>,
    ports: Vec<PortBinding>,
    logs: Vec<LogLine>,
    /// Incremented per start; a finished run only updates state if it is still current.
    run: u64,
    signals: Option<mpsc::UnboundedSender<Signal>>,
    /// `Some(code)` when the current run has ended.
    exited: watch::Sender<Option<i64>>,
    log_added: watch::Sender<u64>,
}

#[derive(Default)]
struct State {
    calls: Vec<Call>,
    images: BTreeMap<String, ImageInfo>,
    pulls: HashMap<String, VecDeque<Result<ImageInfo, RuntimeError>>>,
    behaviors: Vec<(Matcher, Behavior)>,
    injected: HashMap<Operation, VecDeque<Injected>>,
    containers: Vec<FakeContainer>,
    volumes: BTreeMap<String, VolumeInfo>,
    history: VecDeque<RuntimeEvent>,
    next_id: u64,
    next_port: u16,
    last_time: Timestamp,
}

const HISTORY: usize = 10_000;

struct Inner {
    state: Mutex<State>,
    /// `Err` ends every live event stream (a broken connection).
    events: broadcast::Sender<Result<RuntimeEvent, RuntimeError>>,
    timeouts: Timeouts,
    epoch: Timestamp,
    started: Instant,
}

/// A recording, scriptable [`Runtime`]. Cloning shares the same simulated host.
#[derive(Clone)]
pub struct FakeRuntime {
    inner: Arc<Inner>,
}

impl Default for FakeRuntime {
    fn default() -> Self {
        Self::new()
    }
}

impl FakeRuntime {
    pub fn new() -> Self {
        Self::with_timeouts(Timeouts::default())
    }

    pub fn with_timeouts(timeouts: Timeouts) -> Self {
        let (events, _) = broadcast::channel(4096);
        Self {
            inner: Arc::new(Inner {
                state: Mutex::new(State {
                    next_port: 32768,
                    ..State::default()
                }),
                events,
                timeouts,
                // A fixed wall-clock origin keeps timestamps reproducible under paused time.
                epoch: Timestamp::from_unix_secs(1_767_225_600),
                started: Instant::now(),
            }),
        }
    }

    // ---- scripting ----

    /// Stores an image as if pulled or built before.
    pub fn add_image(&self, reference: &str) -> ImageInfo {
        let mut state = self.inner.state.lock();
        state.next_id += 1;
        let info = ImageInfo {
            id: format!("sha256:{:064x}", state.next_id),
            repo_tags: vec![with_default_tag(reference)],
            repo_digests: Vec::new(),
            env: vec!["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin".into()],
            created_at: None,
            size_bytes: Some(1 << 20),
        };
        state
            .images
            .insert(with_default_tag(reference), info.clone());
        info
    }

    pub fn remove_image(&self, reference: &str) {
        self.inner
            .state
            .lock()
            .images
            .remove(&with_default_tag(reference));
    }

    /// The next pull of `reference` succeeds, storing an image with this repo digest.
    pub fn script_pull_ok(&self, reference: &str, digest: &str) {
        let key = with_default_tag(reference);
        let repo = crate::info::repository_of(&key).to_string();
        let info = ImageInfo {
            id: format!("sha256:{}", digest.trim_start_matches("sha256:")),
            repo_tags: vec![key.clone()],
            repo_digests: vec![format!("{repo}@{digest}")],
            env: Vec::new(),
            created_at: None,
            size_bytes: Some(1 << 20),
        };
        self.inner
            .state
            .lock()
            .pulls
            .entry(key)
            .or_default()
            .push_back(Ok(info));
    }

    /// The next pull of `reference` fails with this daemon message.
    pub fn script_pull_err(&self, reference: &str, message: &str) {
        self.inner
            .state
            .lock()
            .pulls
            .entry(with_default_tag(reference))
            .or_default()
            .push_back(Err(RuntimeError::Failed {
                operation: Operation::PullImage,
                message: message.to_string(),
                status: Some(500),
            }));
    }

    /// Containers created from now on that `matcher` selects behave like this.
    pub fn on_container(&self, matcher: Matcher, behavior: Behavior) {
        self.inner.state.lock().behaviors.push((matcher, behavior));
    }

    /// The next call of `operation` fails with `error` (after being recorded).
    pub fn fail_next(&self, operation: Operation, error: RuntimeError) {
        self.inner
            .state
            .lock()
            .injected
            .entry(operation)
            .or_default()
            .push_back(Injected::Fail(error));
    }

    /// The next call of `operation` never answers; it fails with its timeout.
    pub fn hang_next(&self, operation: Operation) {
        self.inner
            .state
            .lock()
            .injected
            .entry(operation)
            .or_default()
            .push_back(Injected::Hang);
    }

    /// Ends a running container now with this exit code, as if its process exited.
    pub fn exit(&self, id: &str, code: i64) {
        let target = self.current_run(id);
        if let Some((id, run)) = target {
            self.finish(&id, run, code, false);
        }
    }

    /// OOM-kills a running container now.
    pub fn oom(&self, id: &str) {
        if let Some((id, run)) = self.current_run(id) {
            self.emit_for(&id, EventKind::OutOfMemory);
            self.finish(&id, run, 137, true);
        }
    }

    /// Sets the health status now (emits the health event on a change).
    pub fn set_health(&self, id: &str, status: HealthStatus) {
        let id = {
            let state = self.inner.state.lock();
            find(&state, id).map(|c| c.id.clone())
        };
        if let Some(id) = id {
            self.apply_health(&id, status);
        }
    }

    /// Emits an event for a container now, as the runtime would (for kinds the simulation does
    /// not produce itself, or repeats an agent must tolerate).
    pub fn inject_event(&self, id: &str, kind: EventKind) {
        self.emit_for(id, kind);
    }

    /// Ends every open event stream with an error, as a daemon restart or a broken
    /// connection would; new subscriptions work again (and replay with `since`).
    pub fn break_event_streams(&self) {
        let _ = self.inner.events.send(Err(RuntimeError::Unavailable {
            operation: Operation::Events,
            message: "the event stream was closed by the runtime".into(),
        }));
    }

    /// An injected failure or hang for a streaming call, as a stream.
    fn injected_stream<T: Send + 'static>(
        &self,
        operation: Operation,
    ) -> Option<futures::stream::BoxStream<'static, Result<T, RuntimeError>>> {
        let injected = self
            .inner
            .state
            .lock()
            .injected
            .get_mut(&operation)
            .and_then(VecDeque::pop_front)?;
        Some(match injected {
            Injected::Fail(e) => futures::stream::once(async move { Err(e) }).boxed(),
            Injected::Hang => futures::stream::pending().boxed(),
        })
    }

    /// Appends a line to a container's output.
    pub fn write_log(&self, id: &str, stream: LogStream, text: &str) {
        let mut state = self.inner.state.lock();
        let time = next_time(&self.inner, &mut state);
        if let Some(c) = find_mut(&mut state, id) {
            push_log(c, stream, time, text);
        }
    }

    // ---- inspection ----

    /// Every call so far, in order.
    pub fn calls(&self) -> Vec<Call> {
        self.inner.state.lock().calls.clone()
    }

    /// The specs of every create call so far.
    pub fn created(&self) -> Vec<ContainerSpec> {
        self.calls()
            .into_iter()
            .filter_map(|c| match c {
                Call::CreateContainer(spec) => Some(spec),
                _ => None,
            })
            .collect()
    }

    /// How many calls of `operation` were made.
    pub fn count(&self, operation: Operation) -> usize {
        self.inner
            .state
            .lock()
            .calls
            .iter()
            .filter(|c| c.operation() == operation)
            .count()
    }

    pub fn clear_calls(&self) {
        self.inner.state.lock().calls.clear();
    }

    /// Ids of the containers that exist now.
    pub fn container_ids(&self) -> Vec<ContainerId> {
        self.inner
            .state
            .lock()
            .containers
            .iter()
            .map(|c| ContainerId(c.id.clone()))
            .collect()
    }

    pub fn volume_names(&self) -> Vec<String> {
        self.inner.state.lock().volumes.keys().cloned().collect()
    }

    // ---- internals ----

    /// Records the call, then applies an injected failure or hang, if any.
    async fn enter(&self, call: Call, timeout: Option<Duration>) -> Result<(), RuntimeError> {
        let operation = call.operation();
        let injected = {
            let mut state = self.inner.state.lock();
            state.calls.push(call);
            state
                .injected
                .get_mut(&operation)
                .and_then(VecDeque::pop_front)
        };
        match injected {
            None => Ok(()),
            Some(Injected::Fail(e)) => Err(e),
            Some(Injected::Hang) => {
                let after = timeout.unwrap_or(Duration::from_secs(86_400));
                tokio::time::sleep(after).await;
                Err(RuntimeError::Timeout { operation, after })
            }
        }
    }

    fn current_run(&self, id: &str) -> Option<(String, u64)> {
        let state = self.inner.state.lock();
        find(&state, id)
            .filter(|c| c.status == ContainerStatus::Running)
            .map(|c| (c.id.clone(), c.run))
    }

    fn emit_for(&self, id: &str, kind: EventKind) {
        let mut state = self.inner.state.lock();
        emit(&self.inner, &mut state, id, kind);
    }

    fn apply_health(&self, id: &str, status: HealthStatus) {
        let mut state = self.inner.state.lock();
        let Some(c) = find_mut(&mut state, id) else {
            return;
        };
        if c.spec.health_check.is_none() || c.status != ContainerStatus::Running {
            return;
        }
        let previous = c.health.as_ref().map(|h| h.status);
        let failing = if status == HealthStatus::Unhealthy {
            c.spec.health_check.as_ref().map_or(1, |h| h.retries)
        } else {
            0
        };
        c.health = Some(Health {
            status,
            failing_streak: failing,
            last_output: Some(String::new()),
            last_exit_code: Some(if status == HealthStatus::Unhealthy {
                1
            } else {
                0
            }),
        });
        if previous != Some(status) && status != HealthStatus::Starting {
            let id = c.id.clone();
            emit(&self.inner, &mut state, &id, EventKind::Health(status));
        }
    }

    /// Ends run `run` of a container with `code`.
    fn finish(&self, id: &str, run: u64, code: i64, oom: bool) {
        let mut state = self.inner.state.lock();
        let time = next_time(&self.inner, &mut state);
        let Some(c) = find_mut(&mut state, id) else {
            return;
        };
        if c.run != run || c.status != ContainerStatus::Running {
            return;
        }
        c.status = ContainerStatus::Exited;
        c.exit_code = Some(code);
        c.oom_killed = oom;
        c.finished_at = Some(time);
        c.signals = None;
        c.exited.send_replace(Some(code));
        let id = c.id.clone();
        emit(
            &self.inner,
            &mut state,
            &id,
            EventKind::Died {
                exit_code: Some(code),
            },
        );
    }

    fn spawn_process(&self, id: String, run: u64, mut signals: mpsc::UnboundedReceiver<Signal>) {
        let this = self.clone();
        let (behavior, health_check) = {
            let state = self.inner.state.lock();
            match find(&state, &id) {
                Some(c) => (c.behavior.clone(), c.spec.health_check.clone()),
                None => return,
            }
        };
        tokio::spawn(async move {
            let start = Instant::now();
            let mut health: VecDeque<(Duration, HealthStatus)> = match &health_check {
                None => VecDeque::new(),
                Some(check) if behavior.health.is_empty() => {
                    VecDeque::from([(check.interval, HealthStatus::Healthy)])
                }
                Some(_) => {
                    let mut steps = behavior.health.clone();
                    steps.sort_by_key(|(d, _)| *d);
                    steps.into()
                }
            };
            let far = start + Duration::from_secs(100 * 365 * 86_400);
            let exit_at = behavior.exit_after.map(|(d, code)| (start + d, code));
            let oom_at = behavior.oom_after.map(|d| start + d);
            loop {
                let health_at = health.front().map(|(d, _)| start + *d);
                tokio::select! {
                    signal = signals.recv() => match signal {
                        Some(Signal::Kill) => return this.finish(&id, run, 137, false),
                        Some(Signal::Term) => {
                            if let OnSignal::Exit(code) = behavior.on_sigterm {
                                return this.finish(&id, run, code, false);
                            }
                        }
                        Some(Signal::Other) => {}
                        None => return,
                    },
                    _ = tokio::time::sleep_until(exit_at.map_or(far, |(t, _)| t)) => {
                        let code = exit_at.map_or(0, |(_, c)| c);
                        return this.finish(&id, run, code, false);
                    }
                    _ = tokio::time::sleep_until(oom_at.unwrap_or(far)) => {
                        this.emit_for(&id, EventKind::OutOfMemory);
                        return this.finish(&id, run, 137, true);
                    }
                    _ = tokio::time::sleep_until(health_at.unwrap_or(far)) => {
                        if let Some((_, status)) = health.pop_front() {
                            this.apply_health(&id, status);
                        }
                    }
                }
            }
        });
    }

    async fn wait_exit(&self, id: &str) -> Result<i64, RuntimeError> {
        let mut rx = {
            let state = self.inner.state.lock();
            let c = find(&state, id).ok_or_else(|| RuntimeError::NoSuchContainer(id.into()))?;
            if c.status != ContainerStatus::Running {
                return Ok(c.exit_code.unwrap_or(0));
            }
            c.exited.subscribe()
        };
        loop {
            if let Some(code) = *rx.borrow_and_update() {
                return Ok(code);
            }
            if rx.changed().await.is_err() {
                // The container was removed while running (force remove).
                return Ok(137);
            }
        }
    }

    fn send_signal(&self, id: &str, signal: Signal, number: &str) -> bool {
        let mut state = self.inner.state.lock();
        let Some(c) = find(&state, id) else {
            return false;
        };
        let (Some(tx), ContainerStatus::Running) = (c.signals.clone(), c.status) else {
            return false;
        };
        let id = c.id.clone();
        emit(
            &self.inner,
            &mut state,
            &id,
            EventKind::Killed {
                signal: Some(number.to_string()),
            },
        );
        tx.send(signal).is_ok()
    }
}

fn find<'a>(state: &'a State, id: &str) -> Option<&'a FakeContainer> {
    let id = id.trim_start_matches('/');
    state
        .containers
        .iter()
        .find(|c| c.id == id || c.spec.name == id)
        .or_else(|| {
            // Docker accepts any unique id prefix.
            let mut prefixed = state.containers.iter().filter(|c| c.id.starts_with(id));
            match (prefixed.next(), prefixed.next()) {
                (Some(c), None) if id.len() >= 4 => Some(c),
                _ => None,
            }
        })
}

fn find_mut<'a>(state: &'a mut State, id: &str) -> Option<&'a mut FakeContainer> {
    let found = find(state, id)?.id.clone();
    state.containers.iter_mut().find(|c| c.id == found)
}

fn next_time(inner: &Inner, state: &mut State) -> Timestamp {
    let now = inner.epoch.saturating_add(inner.started.elapsed());
    let time = now.max(state.last_time);
    state.last_time = time;
    time
}

fn emit(inner: &Inner, state: &mut State, id: &str, kind: EventKind) {
    let time = next_time(inner, state);
    let Some(c) = find(state, id) else {
        return;
    };
    let event = RuntimeEvent {
        time,
        container: ContainerId(c.id.clone()),
        name: Some(c.spec.name.clone()),
        labels: c.spec.labels.clone(),
        kind,
    };
    if state.history.len() == HISTORY {
        state.history.pop_front();
    }
    state.history.push_back(event.clone());
    let _ = inner.events.send(Ok(event));
}

fn push_log(c: &mut FakeContainer, stream: LogStream, time: Timestamp, text: &str) {
    if !c.spec.log.readable() {
        return;
    }
    let stream = if c.spec.tty {
        LogStream::Stdout
    } else {
        stream
    };
    c.logs.push(LogLine {
        stream,
        time,
        message: Bytes::copy_from_slice(text.as_bytes()),
        partial: false,
    });
    let count = c.logs.len() as u64;
    c.log_added.send_replace(count);
}

fn daemon_error(operation: Operation, status: u16, message: String) -> RuntimeError {
    RuntimeError::Failed {
        operation,
        message: format!("Error response from daemon: {message}"),
        status: Some(status),
    }
}

async fn bounded<T>(
    operation: Operation,
    after: Duration,
    fut: impl std::future::Future<Output = Result<T, RuntimeError>>,
) -> Result<T, RuntimeError> {
    tokio::time::timeout(after, fut)
        .await
        .unwrap_or(Err(RuntimeError::Timeout { operation, after }))
}

#[async_trait]
impl Runtime for FakeRuntime {
    fn name(&self) -> &'static str {
        "fake"
    }

    async fn version(&self) -> Result<RuntimeVersion, RuntimeError> {
        self.enter(Call::Version, Some(self.inner.timeouts.version))
            .await?;
        Ok(RuntimeVersion {
            runtime: "fake".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            api_version: "1.41".into(),
        })
    }

    async fn inspect_image(&self, reference: &str) -> Result<Option<ImageInfo>, RuntimeError> {
        self.enter(
            Call::InspectImage(reference.into()),
            Some(self.inner.timeouts.inspect_image),
        )
        .await?;
        let state = self.inner.state.lock();
        Ok(state
            .images
            .get(&with_default_tag(reference))
            .or_else(|| state.images.values().find(|i| i.id == reference))
            .cloned())
    }

    async fn pull_image(
        &self,
        reference: &str,
        _options: &PullOptions,
    ) -> Result<ImageInfo, RuntimeError> {
        self.enter(
            Call::PullImage(reference.into()),
            Some(self.inner.timeouts.pull),
        )
        .await?;
        let key = with_default_tag(reference);
        let mut state = self.inner.state.lock();
        match state.pulls.get_mut(&key).and_then(VecDeque::pop_front) {
            Some(Ok(info)) => {
                state.images.insert(key, info.clone());
                Ok(info)
            }
            Some(Err(e)) => Err(e),
            None => {
                // No registry is reachable from the fake: only what is stored can be "pulled"
                // (as from a registry that has it), anything else is refused as Docker does.
                match state.images.get(&key) {
                    Some(info) => Ok(info.clone()),
                    None => Err(daemon_error(
                        Operation::PullImage,
                        404,
                        format!(
                            "pull access denied for {}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
                            crate::info::repository_of(&key)
                        ),
                    )),
                }
            }
        }
    }

    async fn import_image(
        &self,
        reference: &str,
        rootfs: Vec<u8>,
    ) -> Result<ImageInfo, RuntimeError> {
        self.enter(
            Call::ImportImage {
                reference: reference.into(),
                rootfs,
            },
            Some(self.inner.timeouts.import),
        )
        .await?;
        Ok(self.add_image(reference))
    }

    async fn create_container(&self, spec: &ContainerSpec) -> Result<ContainerId, RuntimeError> {
        let op = Operation::CreateContainer;
        self.enter(
            Call::CreateContainer(spec.clone()),
            Some(self.inner.timeouts.create),
        )
        .await?;
        let mut state = self.inner.state.lock();
        if let Some(existing) = state.containers.iter().find(|c| c.spec.name == spec.name) {
            return Err(daemon_error(
                op,
                409,
                format!(
                    "Conflict. The container name \"/{}\" is already in use by container \"{}\". You have to remove (or rename) that container to be able to reuse that name.",
                    spec.name, existing.id
                ),
            ));
        }
        let image_id = match state.images.get(&with_default_tag(&spec.image)) {
            Some(image) => image.id.clone(),
            None => {
                return Err(RuntimeError::NoSuchImage(with_default_tag(&spec.image)));
            }
        };
        if let NetworkMode::Container(other) = &spec.network.mode
            && find(&state, other).is_none()
        {
            return Err(daemon_error(op, 404, format!("No such container: {other}")));
        }
        for m in &spec.mounts {
            if let MountSource::Volume(name) = &m.source
                && !state.volumes.contains_key(name)
            {
                // Docker creates a missing named volume on use; so does the fake.
                state.volumes.insert(
                    name.clone(),
                    VolumeInfo {
                        name: name.clone(),
                        driver: "local".into(),
                        mountpoint: format!("/var/lib/docker/volumes/{name}/_data"),
                        labels: BTreeMap::new(),
                        options: BTreeMap::new(),
                    },
                );
            }
        }
        let behavior = state
            .behaviors
            .iter()
            .rev()
            .find(|(m, _)| m.matches(spec))
            .map(|(_, b)| b.clone())
            .unwrap_or_default();
        state.next_id += 1;
        let id = format!("{:064x}", 0xfa4e_0000_0000_u64 + state.next_id);
        let created_at = next_time(&self.inner, &mut state);
        state.containers.push(FakeContainer {
            id: id.clone(),
            spec: spec.clone(),
            behavior,
            image_id,
            created_at,
            status: ContainerStatus::Created,
            exit_code: None,
            oom_killed: false,
            error: None,
            started_at: None,
            finished_at: None,
            health: None,
            ports: Vec::new(),
            logs: Vec::new(),
            run: 0,
            signals: None,
            exited: watch::channel(None).0,
            log_added: watch::channel(0).0,
        });
        emit(&self.inner, &mut state, &id, EventKind::Created);
        Ok(ContainerId(id))
    }

    async fn start_container(&self, id: &str) -> Result<(), RuntimeError> {
        let op = Operation::StartContainer;
        self.enter(
            Call::StartContainer(id.into()),
            Some(self.inner.timeouts.start),
        )
        .await?;
        let (cid, run, rx) = {
            let mut state = self.inner.state.lock();
            let c = find(&state, id).ok_or_else(|| RuntimeError::NoSuchContainer(id.into()))?;
            if c.status == ContainerStatus::Running {
                return Ok(());
            }
            if let NetworkMode::Container(other) = &c.spec.network.mode {
                let joinable =
                    find(&state, other).is_some_and(|o| o.status == ContainerStatus::Running);
                if !joinable {
                    return Err(daemon_error(
                        op,
                        409,
                        format!("cannot join network of a non running container: {other}"),
                    ));
                }
            }
            if let Some(message) = c.behavior.start_error.clone() {
                let cid = c.id.clone();
                let c = find_mut(&mut state, &cid).expect("found above");
                c.error = Some(message.clone());
                return Err(daemon_error(op, 500, message));
            }
            let time = next_time(&self.inner, &mut state);
            let mut next_port = state.next_port;
            let c = find_mut(&mut state, id).expect("found above");
            let publishes = matches!(
                c.spec.network.mode,
                NetworkMode::Bridge | NetworkMode::Named(_)
            ) && !c.spec.network.disabled;
            if c.ports.is_empty() && publishes {
                c.ports = c
                    .spec
                    .network
                    .ports
                    .iter()
                    .map(|p| PortBinding {
                        container_port: p.container_port,
                        protocol: p.protocol,
                        host_ip: p.host_ip.clone(),
                        host_port: p.host_port.unwrap_or_else(|| {
                            next_port += 1;
                            next_port
                        }),
                    })
                    .collect();
            }
            c.status = ContainerStatus::Running;
            c.run += 1;
            c.exit_code = None;
            c.oom_killed = false;
            c.error = None;
            c.started_at = Some(time);
            c.finished_at = None;
            c.health = c.spec.health_check.as_ref().map(|_| Health {
                status: HealthStatus::Starting,
                failing_streak: 0,
                last_output: None,
                last_exit_code: None,
            });
            c.exited.send_replace(None);
            let (tx, rx) = mpsc::unbounded_channel();
            c.signals = Some(tx);
            let output = c.behavior.output.clone();
            for (stream, text) in &output {
                push_log(c, *stream, time, text);
            }
            let (cid, run) = (c.id.clone(), c.run);
            state.next_port = next_port;
            emit(&self.inner, &mut state, &cid, EventKind::Started);
            (cid, run, rx)
        };
        self.spawn_process(cid, run, rx);
        Ok(())
    }

    async fn stop_container(&self, id: &str, grace: Duration) -> Result<(), RuntimeError> {
        let limit = grace + self.inner.timeouts.stop_buffer;
        self.enter(
            Call::StopContainer {
                id: id.into(),
                grace,
            },
            Some(limit),
        )
        .await?;
        bounded(Operation::StopContainer, limit, async {
            {
                let state = self.inner.state.lock();
                find(&state, id).ok_or_else(|| RuntimeError::NoSuchContainer(id.into()))?;
            }
            if self.send_signal(id, Signal::Term, "15") {
                let waited = tokio::time::timeout(grace, self.wait_exit(id)).await;
                if waited.is_err() && self.send_signal(id, Signal::Kill, "9") {
                    self.wait_exit(id).await?;
                }
                self.emit_for(id, EventKind::Stopped);
            }
            Ok(())
        })
        .await
    }

    async fn kill_container(&self, id: &str, signal: &str) -> Result<(), RuntimeError> {
        self.enter(
            Call::KillContainer {
                id: id.into(),
                signal: signal.into(),
            },
            Some(self.inner.timeouts.kill),
        )
        .await?;
        let Some((parsed, number)) = parse_signal(signal) else {
            return Err(daemon_error(
                Operation::KillContainer,
                400,
                format!("Invalid signal: {signal}"),
            ));
        };
        let state = self.inner.state.lock();
        let c = find(&state, id).ok_or_else(|| RuntimeError::NoSuchContainer(id.into()))?;
        if c.status != ContainerStatus::Running {
            return Err(daemon_error(
                Operation::KillContainer,
                409,
                format!(
                    "Cannot kill container: {id}: Container {} is not running",
                    c.id
                ),
            ));
        }
        drop(state);
        self.send_signal(id, parsed, number);
        Ok(())
    }

    async fn remove_container(&self, id: &str, options: RemoveOptions) -> Result<(), RuntimeError> {
        self.enter(
            Call::RemoveContainer {
                id: id.into(),
                options,
            },
            Some(self.inner.timeouts.remove),
        )
        .await?;
        let mut state = self.inner.state.lock();
        let c = find(&state, id).ok_or_else(|| RuntimeError::NoSuchContainer(id.into()))?;
        let cid = c.id.clone();
        if c.status == ContainerStatus::Running {
            if !options.force {
                return Err(daemon_error(
                    Operation::RemoveContainer,
                    409,
                    format!(
                        "You cannot remove a running container {cid}. Stop the container before attempting removal or force remove"
                    ),
                ));
            }
            emit(
                &self.inner,
                &mut state,
                &cid,
                EventKind::Killed {
                    signal: Some("9".into()),
                },
            );
            let time = next_time(&self.inner, &mut state);
            let c = find_mut(&mut state, &cid).expect("found above");
            c.status = ContainerStatus::Exited;
            c.exit_code = Some(137);
            c.finished_at = Some(time);
            c.signals = None;
            c.exited.send_replace(Some(137));
            emit(
                &self.inner,
                &mut state,
                &cid,
                EventKind::Died {
                    exit_code: Some(137),
                },
            );
        }
        emit(&self.inner, &mut state, &cid, EventKind::Destroyed);
        state.containers.retain(|c| c.id != cid);
        Ok(())
    }

    async fn inspect_container(&self, id: &str) -> Result<ContainerInfo, RuntimeError> {
        self.enter(
            Call::InspectContainer(id.into()),
            Some(self.inner.timeouts.inspect_container),
        )
        .await?;
        let state = self.inner.state.lock();
        let c = find(&state, id).ok_or_else(|| RuntimeError::NoSuchContainer(id.into()))?;
        let network_mode = match &c.spec.network.mode {
            NetworkMode::Bridge => "bridge".to_string(),
            NetworkMode::Host => "host".to_string(),
            NetworkMode::None => "none".to_string(),
            NetworkMode::Container(other) => format!(
                "container:{}",
                find(&state, other).map_or(other.clone(), |o| o.id.clone())
            ),
            NetworkMode::Named(name) => name.clone(),
        };
        let running = c.status == ContainerStatus::Running;
        let has_address = matches!(
            c.spec.network.mode,
            NetworkMode::Bridge | NetworkMode::Named(_)
        );
        Ok(ContainerInfo {
            id: ContainerId(c.id.clone()),
            name: c.spec.name.clone(),
            image: c.spec.image.clone(),
            image_id: c.image_id.clone(),
            labels: c.spec.labels.clone(),
            created_at: Some(c.created_at),
            state: ContainerState {
                status: c.status,
                exit_code: c.exit_code,
                oom_killed: c.oom_killed,
                error: c.error.clone(),
                pid: running.then_some(1000 + u32::try_from(c.run).unwrap_or(0)),
                started_at: c.started_at,
                finished_at: c.finished_at,
                health: c.health.clone(),
            },
            network_mode,
            ip_address: (running && has_address).then(|| "172.17.0.2".to_string()),
            mac_address: (running && has_address).then(|| "02:42:ac:11:00:02".to_string()),
            ports: if running { c.ports.clone() } else { Vec::new() },
            mounts: c
                .spec
                .mounts
                .iter()
                .map(|m| match &m.source {
                    MountSource::Bind(path) => MountInfo {
                        name: None,
                        source: path.clone(),
                        destination: m.target.clone(),
                        read_only: m.read_only,
                    },
                    MountSource::Volume(name) => MountInfo {
                        name: Some(name.clone()),
                        source: format!("/var/lib/docker/volumes/{name}/_data"),
                        destination: m.target.clone(),
                        read_only: m.read_only,
                    },
                })
                .collect(),
        })
    }

    async fn wait_container(&self, id: &str) -> Result<i64, RuntimeError> {
        self.enter(Call::WaitContainer(id.into()), None).await?;
        self.wait_exit(id).await
    }

    async fn list_managed(
        &self,
        labels: &[LabelSelector],
    ) -> Result<Vec<ContainerSummary>, RuntimeError> {
        self.enter(
            Call::ListManaged(labels.to_vec()),
            Some(self.inner.timeouts.list_containers),
        )
        .await?;
        let state = self.inner.state.lock();
        Ok(state
            .containers
            .iter()
            .filter(|c| matches_all(labels, &c.spec.labels))
            .map(|c| ContainerSummary {
                id: ContainerId(c.id.clone()),
                name: c.spec.name.clone(),
                image: c.spec.image.clone(),
                labels: c.spec.labels.clone(),
                status: c.status,
                created_at: Some(c.created_at),
            })
            .collect())
    }

    fn events(&self, filter: EventFilter) -> EventStream {
        let (replay, rx) = {
            let mut state = self.inner.state.lock();
            state.calls.push(Call::Events(filter.clone()));
            // Subscribe and snapshot under one lock: nothing is missed or delivered twice.
            let rx = self.inner.events.subscribe();
            let replay: Vec<RuntimeEvent> = match filter.since {
                Some(since) => state
                    .history
                    .iter()
                    .filter(|e| e.time >= since)
                    .cloned()
                    .collect(),
                None => Vec::new(),
            };
            (replay, rx)
        };
        if let Some(stream) = self.injected_stream(Operation::Events) {
            return stream;
        }
        let labels = filter.labels.clone();
        let live = futures::stream::unfold(Some(rx), |rx| async move {
            let mut rx = rx?;
            match rx.recv().await {
                Ok(Ok(event)) => Some((Ok(event), Some(rx))),
                // A break: the error, then the end.
                Ok(Err(e)) => Some((Err(e), None)),
                Err(broadcast::error::RecvError::Lagged(n)) => Some((
                    Err(RuntimeError::Unavailable {
                        operation: Operation::Events,
                        message: format!("event stream fell behind by {n} events"),
                    }),
                    Some(rx),
                )),
                Err(broadcast::error::RecvError::Closed) => None,
            }
        });
        futures::stream::iter(replay.into_iter().map(Ok))
            .chain(live)
            .filter(move |e| {
                let keep = match e {
                    Ok(event) => matches_all(&labels, &event.labels),
                    Err(_) => true,
                };
                futures::future::ready(keep)
            })
            .boxed()
    }

    fn logs(&self, id: &str, options: LogOptions) -> LogLines {
        let found = {
            let mut state = self.inner.state.lock();
            state.calls.push(Call::Logs {
                id: id.into(),
                options: options.clone(),
            });
            find(&state, id).map(|c| (c.id.clone(), c.log_added.subscribe()))
        };
        if let Some(stream) = self.injected_stream(Operation::Logs) {
            return stream;
        }
        let Some((cid, added)) = found else {
            let error = RuntimeError::NoSuchContainer(id.into());
            return futures::stream::once(async move { Err(error) }).boxed();
        };
        struct Reader {
            fake: FakeRuntime,
            id: String,
            next: usize,
            filter: CursorFilter,
            options: LogOptions,
            added: watch::Receiver<u64>,
        }
        let reader = Reader {
            fake: self.clone(),
            id: cid,
            next: 0,
            filter: CursorFilter::new(options.after),
            options,
            added,
        };
        futures::stream::unfold(reader, |mut r| async move {
            loop {
                let (line, running) = {
                    let state = r.fake.inner.state.lock();
                    let c = find(&state, &r.id)?;
                    (
                        c.logs.get(r.next).cloned(),
                        c.status == ContainerStatus::Running,
                    )
                };
                match line {
                    Some(line) => {
                        r.next += 1;
                        let wanted = match line.stream {
                            LogStream::Stdout => r.options.stdout,
                            LogStream::Stderr => r.options.stderr,
                        };
                        if wanted && r.filter.admit(&line) {
                            return Some((Ok(line), r));
                        }
                    }
                    None if r.options.follow && running => {
                        // Wake on new output or on exit (checked again after a short wait).
                        let changed = r.added.changed();
                        if tokio::time::timeout(Duration::from_millis(50), changed)
                            .await
                            .is_ok_and(|res| res.is_err())
                        {
                            return None;
                        }
                    }
                    None => return None,
                }
            }
        })
        .boxed()
    }

    async fn create_volume(&self, spec: &VolumeSpec) -> Result<VolumeInfo, RuntimeError> {
        self.enter(
            Call::CreateVolume(spec.clone()),
            Some(self.inner.timeouts.create_volume),
        )
        .await?;
        let driver = if spec.driver.is_empty() {
            "local".to_string()
        } else {
            spec.driver.clone()
        };
        let mut state = self.inner.state.lock();
        if let Some(existing) = state.volumes.get(&spec.name) {
            if existing.driver != driver {
                return Err(daemon_error(
                    Operation::CreateVolume,
                    409,
                    format!("create {}: volume name must be unique", spec.name),
                ));
            }
            return Ok(existing.clone());
        }
        let info = VolumeInfo {
            name: spec.name.clone(),
            driver,
            mountpoint: format!("/var/lib/docker/volumes/{}/_data", spec.name),
            labels: spec.labels.clone(),
            options: spec.driver_opts.clone(),
        };
        state.volumes.insert(spec.name.clone(), info.clone());
        Ok(info)
    }

    async fn inspect_volume(&self, name: &str) -> Result<Option<VolumeInfo>, RuntimeError> {
        self.enter(
            Call::InspectVolume(name.into()),
            Some(self.inner.timeouts.inspect_volume),
        )
        .await?;
        Ok(self.inner.state.lock().volumes.get(name).cloned())
    }

    async fn remove_volume(&self, name: &str) -> Result<(), RuntimeError> {
        self.enter(
            Call::RemoveVolume(name.into()),
            Some(self.inner.timeouts.remove_volume),
        )
        .await?;
        let mut state = self.inner.state.lock();
        let users: Vec<String> = state
            .containers
            .iter()
            .filter(|c| {
                c.spec
                    .mounts
                    .iter()
                    .any(|m| m.source == MountSource::Volume(name.to_string()))
            })
            .map(|c| c.id.clone())
            .collect();
        if !users.is_empty() {
            return Err(daemon_error(
                Operation::RemoveVolume,
                409,
                format!("remove {name}: volume is in use - [{}]", users.join(", ")),
            ));
        }
        state.volumes.remove(name);
        Ok(())
    }

    async fn list_managed_volumes(
        &self,
        labels: &[LabelSelector],
    ) -> Result<Vec<VolumeInfo>, RuntimeError> {
        self.enter(
            Call::ListManagedVolumes(labels.to_vec()),
            Some(self.inner.timeouts.list_volumes),
        )
        .await?;
        Ok(self
            .inner
            .state
            .lock()
            .volumes
            .values()
            .filter(|v| matches_all(labels, &v.labels))
            .cloned()
            .collect())
    }
}
