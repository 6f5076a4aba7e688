//! The owner loop of one task: the only code that moves the task's known state forward.
//!
//! Runtime events, desired-state changes and acknowledgements reach it as messages; every
//! runtime call runs as a sub-task of the loop (bounded by its timeout) whose result comes back
//! to the loop, so a long pull never keeps the loop from seeing a stop. After every input the
//! loop runs [`Owner::step`], which looks at what is known and starts whatever may start now,
//! then reports: when the snapshot of the task differs from the last one reported, it becomes
//! the next [`TaskStateChange`] (seq + 1), persisted with the record before anyone sees it.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::time::Duration;

use keel_awsmodel::ecs::ContainerCondition;
use keel_runtime::image::{ImageOutcome, ensure_image};
use keel_runtime::mapping::{
    AwsLogs, PAUSE_CONTAINER_NAME, RestartPolicy, TaskContext, TaskPlan, VolumeKind, VolumePlan,
    envfile, environment_file_values, plan_task,
};
use keel_runtime::{
    ContainerId, ContainerInfo, ContainerSpec, ContainerStatus as RtStatus, ContainerSummary,
    EventKind, Operation, PullOptions, RemoveOptions, RuntimeError, RuntimeEvent, Timestamp,
};
use keel_types::TaskStatus;
use tokio::sync::{mpsc, watch};
use tokio::task::{AbortHandle, JoinSet};
use tokio::time::Instant;

use crate::agent::Shared;
use crate::awslogs::{self, RunState};
use crate::model::{
    ContainerStateChange, ContainerStatus, DesiredStatus, ESSENTIAL_CONTAINER_EXITED, HealthStatus,
    NetworkBinding, OUT_OF_MEMORY, StopCode, TaskStateChange,
};
use crate::store::{KnownContainer, KnownTask, Phase, StopCause, TaskRecord};

/// What reaches an owner loop from outside.
#[derive(Debug)]
pub(crate) enum Msg {
    Desired(DesiredStatus),
    Event(RuntimeEvent),
    /// The runtime's event stream broke and was re-established: look at every container.
    Reconcile,
    /// Changes up to this seq were acknowledged.
    Ack(u64),
}

/// The result of a sub-task.
enum Done {
    Volumes(Result<(), String>),
    Image {
        slot: usize,
        result: Result<ImageOutcome, RuntimeError>,
    },
    Created {
        slot: usize,
        result: Result<ContainerId, RuntimeError>,
    },
    Started {
        slot: usize,
        result: Result<ContainerInfo, RuntimeError>,
    },
    Inspected {
        slot: usize,
        result: Result<ContainerInfo, RuntimeError>,
    },
    Stopped {
        slot: usize,
        result: Result<ContainerInfo, RuntimeError>,
        stop_error: Option<RuntimeError>,
    },
    Cleaned,
    ShipperFinished {
        slot: usize,
    },
}

/// What the plan says about one container, aligned with `KnownTask::containers`.
struct Slot {
    essential: bool,
    internal: bool,
    spec: ContainerSpec,
    /// Start conditions on other slots (dependsOn, links as START, the pause container).
    deps: Vec<(usize, ContainerCondition)>,
    /// Slots that must exist before this one is created (volumesFrom) or run (links, pause).
    create_after: Vec<(usize, Phase)>,
    start_timeout: Option<Duration>,
    stop_timeout: Duration,
    restart: Option<RestartPolicy>,
    awslogs: Option<AwsLogs>,
    has_health_check: bool,
}

#[derive(Default)]
struct SlotRun {
    busy: bool,
    /// An event arrived while busy: inspect once the current call is done.
    dirty: bool,
    pull: Option<AbortHandle>,
    /// This process's time of the latest start (dependency timeouts).
    started: Option<Instant>,
    stop_attempts: u32,
    shipper: Option<watch::Sender<RunState>>,
    shipper_running: bool,
}

pub(crate) struct Owner {
    shared: Arc<Shared>,
    rec: TaskRecord,
    ctx: TaskContext,
    slots: Vec<Slot>,
    runs: Vec<SlotRun>,
    volumes: Vec<VolumePlan>,
    /// The plan could not be made; the task fails to start with this reason.
    plan_error: Option<String>,
    /// Specs rebuilt with what the images set (region injection); done once all images are in.
    final_plan: bool,
    image_env: BTreeMap<String, Vec<String>>,
    mailbox: mpsc::UnboundedReceiver<Msg>,
    ops: JoinSet<Done>,
    op_slots: HashMap<tokio::task::Id, usize>,
    shipper_ids: HashMap<tokio::task::Id, usize>,
    volumes_busy: bool,
    cleanup_busy: bool,
    stopped_instant: Option<Instant>,
    saved: Vec<u8>,
}

/// Bounds a runtime call by the agent's own copy of its timeout.
async fn bounded<T>(
    operation: Operation,
    after: Duration,
    fut: impl std::future::Future<Output = Result<T, RuntimeError>>,
) -> Result<T, RuntimeError> {
    match tokio::time::timeout(after, fut).await {
        Ok(result) => result,
        Err(_) => Err(RuntimeError::Timeout { operation, after }),
    }
}

fn is_name_conflict(error: &RuntimeError) -> bool {
    matches!(error, RuntimeError::Failed { status: Some(409), message, .. } if message.contains("already in use"))
}

impl Owner {
    /// A new record for a task seen for the first time.
    pub(crate) fn new_record(desired: crate::model::DesiredTask) -> TaskRecord {
        let suffix = uuid::Uuid::new_v4().simple().to_string()[..12].to_string();
        TaskRecord {
            desired,
            name_suffix: suffix,
            credentials_id: crate::store::new_credentials_id(),
            seq: 0,
            outbox: Vec::new(),
            last_change: None,
            known: KnownTask {
                status: TaskStatus::Pending,
                volumes_ready: false,
                containers: Vec::new(),
                pull_started_at: None,
                pull_stopped_at: None,
                execution_stopped_at: None,
                stop: None,
                stopped_at: None,
                cleaned_up: false,
            },
        }
    }

    pub(crate) fn new(
        shared: Arc<Shared>,
        rec: TaskRecord,
        mailbox: mpsc::UnboundedReceiver<Msg>,
    ) -> Self {
        let ctx = shared.task_context(&rec);
        let mut owner = Self {
            shared,
            rec,
            ctx,
            slots: Vec::new(),
            runs: Vec::new(),
            volumes: Vec::new(),
            plan_error: None,
            final_plan: false,
            image_env: BTreeMap::new(),
            mailbox,
            ops: JoinSet::new(),
            op_slots: HashMap::new(),
            shipper_ids: HashMap::new(),
            volumes_busy: false,
            cleanup_busy: false,
            stopped_instant: None,
            saved: Vec::new(),
        };
        match owner.make_plan() {
            Ok(plan) => owner.install_plan(plan),
            Err(reason) => owner.plan_error = Some(reason),
        }
        owner
    }

    fn make_plan(&self) -> Result<TaskPlan, String> {
        let desired = &self.rec.desired;
        let mut ctx = self.ctx.clone();
        let files = environment_file_values(&desired.definition, desired.overrides.as_ref());
        for (container, values) in files {
            let refs: Vec<&str> = values.iter().map(String::as_str).collect();
            let read = envfile::read_files(&refs)
                .map_err(|e| format!("CannotCreateContainerError: {e}"))?;
            ctx.environment_files.insert(container, read);
        }
        ctx.image_env = self.image_env.clone();
        plan_task(&desired.definition, desired.overrides.as_ref(), &ctx)
            .map_err(|e| format!("CannotCreateContainerError: {e}"))
    }

    /// Builds the slots from a plan; on the first plan also the known containers.
    fn install_plan(&mut self, plan: TaskPlan) {
        let n = plan.containers.len();
        let pause_slot = plan.pause.as_ref().map(|_| n);
        let index: HashMap<&str, usize> = plan
            .containers
            .iter()
            .enumerate()
            .map(|(i, c)| (c.name.as_str(), i))
            .collect();
        let runtime_index: HashMap<&str, usize> = plan
            .containers
            .iter()
            .enumerate()
            .map(|(i, c)| (c.spec.name.as_str(), i))
            .collect();
        let mut slots = Vec::with_capacity(n + 1);
        for c in &plan.containers {
            let mut deps: Vec<(usize, ContainerCondition)> = c
                .depends_on
                .iter()
                .filter_map(|d| {
                    index
                        .get(d.container_name.as_str())
                        .map(|i| (*i, d.condition))
                })
                .collect();
            let mut create_after = Vec::new();
            if let Some(p) = pause_slot {
                create_after.push((p, Phase::Running));
            }
            for (target, _) in &c.spec.network.links {
                if let Some(i) = runtime_index.get(target.as_str()) {
                    create_after.push((*i, Phase::Running));
                    deps.push((*i, ContainerCondition::Start));
                }
            }
            for from in &c.spec.volumes_from {
                if let Some(i) = runtime_index.get(from.container.as_str()) {
                    create_after.push((*i, Phase::Created));
                }
            }
            slots.push(Slot {
                essential: c.essential,
                internal: false,
                has_health_check: c.spec.health_check.is_some(),
                spec: c.spec.clone(),
                deps,
                create_after,
                start_timeout: c.start_timeout,
                stop_timeout: c.stop_timeout,
                restart: c.restart_policy.clone(),
                awslogs: c.awslogs.clone(),
            });
        }
        if let Some(pause) = &plan.pause {
            slots.push(Slot {
                essential: true,
                internal: true,
                has_health_check: false,
                spec: pause.clone(),
                deps: Vec::new(),
                create_after: Vec::new(),
                start_timeout: None,
                stop_timeout: self.shared.config.default_stop_timeout,
                restart: None,
                awslogs: None,
            });
        }
        if self.rec.known.containers.len() != slots.len() {
            let mut known: Vec<KnownContainer> = plan
                .containers
                .iter()
                .map(|c| KnownContainer::new(c.name.clone(), c.spec.name.clone(), false))
                .collect();
            if let Some(pause) = &plan.pause {
                known.push(KnownContainer::new(
                    PAUSE_CONTAINER_NAME.into(),
                    pause.name.clone(),
                    true,
                ));
            }
            self.rec.known.containers = known;
        }
        self.runs.resize_with(slots.len(), SlotRun::default);
        self.slots = slots;
        self.volumes = plan.volumes;
    }

    fn arn(&self) -> &str {
        &self.rec.desired.task_arn
    }

    fn stopping(&self) -> bool {
        self.rec.known.stop.is_some() || self.rec.desired.desired_status == DesiredStatus::Stopped
    }

    /// Runs the task until it is stopped, cleaned up and every change acknowledged.
    pub(crate) async fn run(mut self, found: Vec<ContainerSummary>) {
        self.adopt(found).await;
        loop {
            self.step();
            self.report();
            if self.finished() {
                break;
            }
            let deadline = self.next_deadline();
            tokio::select! {
                msg = self.mailbox.recv() => match msg {
                    Some(msg) => self.on_msg(msg),
                    None => return,
                },
                Some(done) = self.ops.join_next_with_id(), if !self.ops.is_empty() => {
                    match done {
                        Ok((id, done)) => {
                            self.op_slots.remove(&id);
                            self.shipper_ids.remove(&id);
                            self.on_done(done);
                        }
                        Err(error) => {
                            // Aborted pulls end this way (and a sub-task that panicked).
                            if let Some(slot) = self.op_slots.remove(&error.id()) {
                                self.runs[slot].busy = false;
                                self.runs[slot].pull = None;
                            }
                            if let Some(slot) = self.shipper_ids.remove(&error.id()) {
                                tracing::error!(task = %self.rec.desired.task_arn, %error, "log shipper failed");
                                self.runs[slot].shipper_running = false;
                            }
                        }
                    }
                }
                _ = sleep_until(deadline) => {}
            }
        }
        self.shared.forget(&self.rec);
    }

    fn finished(&self) -> bool {
        self.rec.known.status == TaskStatus::Stopped
            && self.rec.known.cleaned_up
            && self.rec.outbox.is_empty()
            && self.ops.is_empty()
    }

    // ---- adoption after a restart ----

    /// Finds the containers a previous run of the agent created (by their runtime names, which
    /// were decided before create) and takes them over as they are: running ones are not
    /// restarted, ones that exited meanwhile are handled as exits now.
    async fn adopt(&mut self, found: Vec<ContainerSummary>) {
        if self.rec.known.cleaned_up || self.plan_error.is_some() {
            return;
        }
        let by_name: HashMap<String, ContainerSummary> =
            found.into_iter().map(|c| (c.name.clone(), c)).collect();
        for slot in 0..self.slots.len() {
            // A stop the previous agent asked for died with it: ask again.
            self.rec.known.containers[slot].stop_requested = false;
            let known = &self.rec.known.containers[slot];
            match by_name.get(&known.runtime_name) {
                None => match known.phase {
                    Phase::Waiting | Phase::Pulled => {
                        self.rec.known.containers[slot].phase = Phase::Waiting;
                    }
                    Phase::Created | Phase::Running => {
                        let reason =
                            RuntimeError::NoSuchContainer(known.runtime_name.clone()).ecs_reason();
                        self.gone(slot, reason);
                    }
                    Phase::Stopped => {}
                },
                Some(summary) => {
                    let limit = self.shared.config.timeouts.inspect_container;
                    let rt = self.shared.runtime.clone();
                    let id = summary.id.0.clone();
                    let info = bounded(
                        Operation::InspectContainer,
                        limit,
                        rt.inspect_container(&id),
                    )
                    .await;
                    match info {
                        Ok(info) => {
                            if known.phase == Phase::Pulled {
                                self.rec.known.containers[slot].phase = Phase::Waiting;
                            }
                            if matches!(info.state.status, RtStatus::Running) {
                                self.runs[slot].started = Some(Instant::now());
                            }
                            self.observe(slot, info);
                        }
                        Err(RuntimeError::NoSuchContainer(_)) => {
                            let reason = RuntimeError::NoSuchContainer(known.runtime_name.clone())
                                .ecs_reason();
                            if known.phase != Phase::Stopped {
                                self.gone(slot, reason);
                            }
                        }
                        Err(error) => {
                            tracing::warn!(task = %self.rec.desired.task_arn, %error, "inspect during adoption failed; trying again");
                            self.inspect_by(slot, id);
                        }
                    }
                }
            }
        }
        if self.rec.known.status == TaskStatus::Stopped && self.stopped_instant.is_none() {
            // Cleanup is due cleanup_delay after the (wall-clock) stop.
            let elapsed = self
                .rec
                .known
                .stopped_at
                .map(|at| Timestamp::now().duration_since(at))
                .unwrap_or_default();
            self.stopped_instant = Some(
                Instant::now()
                    .checked_sub(elapsed)
                    .unwrap_or_else(Instant::now),
            );
        }
    }

    // ---- inputs ----

    fn on_msg(&mut self, msg: Msg) {
        match msg {
            Msg::Desired(DesiredStatus::Stopped) => {
                self.rec.desired.desired_status = DesiredStatus::Stopped;
            }
            // Once STOPPED, desired stays STOPPED.
            Msg::Desired(DesiredStatus::Running) => {}
            Msg::Event(event) => self.on_event(event),
            Msg::Reconcile => {
                for slot in 0..self.slots.len() {
                    let k = &self.rec.known.containers[slot];
                    if k.id.is_some() && matches!(k.phase, Phase::Created | Phase::Running) {
                        self.inspect(slot);
                    }
                }
            }
            Msg::Ack(seq) => self.rec.outbox.retain(|c| c.seq > seq),
        }
    }

    fn on_event(&mut self, event: RuntimeEvent) {
        let interesting = matches!(
            event.kind,
            EventKind::Started
                | EventKind::Died { .. }
                | EventKind::OutOfMemory
                | EventKind::Stopped
                | EventKind::Destroyed
                | EventKind::Health(_)
                | EventKind::Restarted
        );
        if !interesting {
            return;
        }
        let slot = self.rec.known.containers.iter().position(|k| {
            k.id.as_deref() == Some(event.container.as_str())
                || event.name.as_deref() == Some(k.runtime_name.as_str())
        });
        let Some(slot) = slot else {
            return;
        };
        let k = &self.rec.known.containers[slot];
        if k.phase == Phase::Stopped || k.id.is_none() {
            return;
        }
        self.inspect(slot);
    }

    fn on_done(&mut self, done: Done) {
        match done {
            Done::Volumes(result) => {
                self.volumes_busy = false;
                match result {
                    Ok(()) => self.rec.known.volumes_ready = true,
                    Err(reason) => self.fail_task(reason),
                }
            }
            Done::Image { slot, result } => {
                self.runs[slot].busy = false;
                self.runs[slot].pull = None;
                match result {
                    Ok(outcome) => {
                        let image = self.slots[slot].spec.image.clone();
                        if let Some(error) = &outcome.pull_error {
                            tracing::warn!(task = %self.arn(), %image, %error, "pull failed; using the cached image");
                        }
                        if outcome.pulled {
                            self.shared.note_pulled(&image);
                        }
                        let name = self.rec.known.containers[slot].name.clone();
                        self.image_env.insert(name, outcome.image.env.clone());
                        let k = &mut self.rec.known.containers[slot];
                        k.image_digest = outcome.image.digest_for(&image);
                        if k.phase == Phase::Waiting {
                            k.phase = Phase::Pulled;
                        }
                    }
                    Err(error) => self.fail_container(slot, error.ecs_reason()),
                }
                let all_in = self
                    .rec
                    .known
                    .containers
                    .iter()
                    .all(|k| k.phase != Phase::Waiting);
                if all_in
                    && self.rec.known.pull_started_at.is_some()
                    && self.rec.known.pull_stopped_at.is_none()
                {
                    self.rec.known.pull_stopped_at = Some(Timestamp::now());
                }
            }
            Done::Created { slot, result } => {
                self.runs[slot].busy = false;
                match result {
                    Ok(id) => {
                        let k = &mut self.rec.known.containers[slot];
                        k.id = Some(id.0);
                        if k.phase < Phase::Created {
                            k.phase = Phase::Created;
                        }
                    }
                    // Created before, by an agent that died before hearing the answer.
                    Err(error) if is_name_conflict(&error) => {
                        let name = self.rec.known.containers[slot].runtime_name.clone();
                        self.inspect_by(slot, name);
                    }
                    Err(error) => self.fail_container(slot, error.ecs_reason()),
                }
            }
            Done::Started { slot, result } => {
                self.runs[slot].busy = false;
                match result {
                    Ok(info) => {
                        self.runs[slot].started = Some(Instant::now());
                        if let Some(tx) = &self.runs[slot].shipper {
                            tx.send_modify(|s| s.generation += 1);
                        }
                        self.observe(slot, info);
                    }
                    Err(error) => self.fail_container(slot, error.ecs_reason()),
                }
            }
            Done::Inspected { slot, result } => {
                self.runs[slot].busy = false;
                match result {
                    Ok(info) => self.observe(slot, info),
                    Err(RuntimeError::NoSuchContainer(_)) => {
                        let name = self.rec.known.containers[slot].runtime_name.clone();
                        if self.rec.known.containers[slot].phase != Phase::Stopped {
                            self.gone(slot, RuntimeError::NoSuchContainer(name).ecs_reason());
                        }
                    }
                    Err(error) => {
                        tracing::warn!(task = %self.arn(), %error, "inspect failed");
                    }
                }
            }
            Done::Stopped {
                slot,
                result,
                stop_error,
            } => {
                self.runs[slot].busy = false;
                match result {
                    Ok(info) if info.state.status.is_terminal() => self.observe(slot, info),
                    Ok(info) => {
                        // Still running: the stop failed; try again a few times.
                        self.observe(slot, info);
                        self.retry_stop(slot, stop_error);
                    }
                    Err(RuntimeError::NoSuchContainer(name)) => {
                        self.gone(slot, RuntimeError::NoSuchContainer(name).ecs_reason());
                    }
                    Err(error) => self.retry_stop(slot, Some(error)),
                }
            }
            Done::Cleaned => {
                self.cleanup_busy = false;
                self.rec.known.cleaned_up = true;
            }
            Done::ShipperFinished { slot } => {
                self.runs[slot].shipper_running = false;
            }
        }
        // Events that came while a call was in flight.
        for slot in 0..self.runs.len() {
            if self.runs[slot].dirty && !self.runs[slot].busy {
                self.runs[slot].dirty = false;
                let k = &self.rec.known.containers[slot];
                if k.id.is_some() && k.phase != Phase::Stopped {
                    self.inspect(slot);
                }
            }
        }
    }

    fn retry_stop(&mut self, slot: usize, error: Option<RuntimeError>) {
        let run = &mut self.runs[slot];
        run.stop_attempts += 1;
        let k = &mut self.rec.known.containers[slot];
        if k.phase == Phase::Stopped {
            return;
        }
        if run.stop_attempts < 3 {
            k.stop_requested = false;
        } else {
            tracing::error!(task = %self.rec.desired.task_arn, container = %k.name, "giving up stopping the container");
            k.phase = Phase::Stopped;
            k.reason = error.map(|e| e.ecs_reason());
            self.finish_shipper(slot);
        }
    }

    // ---- what the runtime says about a container ----

    fn observe(&mut self, slot: usize, info: ContainerInfo) {
        let k = &mut self.rec.known.containers[slot];
        if k.phase == Phase::Stopped {
            return;
        }
        k.id = Some(info.id.0.clone());
        match info.state.status {
            RtStatus::Created => {
                if k.phase < Phase::Created {
                    k.phase = Phase::Created;
                }
            }
            RtStatus::Running | RtStatus::Paused | RtStatus::Restarting => {
                k.phase = Phase::Running;
                k.started_at = info.state.started_at.or(k.started_at);
                k.ip_address = info.ip_address.clone();
                k.mac_address = info.mac_address.clone();
                k.bindings = info
                    .ports
                    .iter()
                    .map(|p| NetworkBinding {
                        bind_ip: p.host_ip.clone(),
                        container_port: p.container_port,
                        host_port: p.host_port,
                        protocol: p.protocol.as_str().to_string(),
                    })
                    .collect();
                k.health = info
                    .state
                    .health
                    .as_ref()
                    .map(|h| HealthStatus::from_runtime(h.status));
            }
            RtStatus::Exited | RtStatus::Dead | RtStatus::Removing => {
                if k.phase < Phase::Running && info.state.started_at.is_none() {
                    // Never ran (a failed start leaves a container like this).
                    let reason = info.state.error.clone();
                    self.fail_container(
                        slot,
                        reason.unwrap_or_else(|| "CannotStartContainerError".into()),
                    );
                    return;
                }
                k.started_at = info.state.started_at.or(k.started_at);
                let code = info.state.exit_code.unwrap_or(-1);
                self.exited(slot, code, info.state.oom_killed, info.state.finished_at);
            }
        }
    }

    fn exited(&mut self, slot: usize, code: i64, oom: bool, finished_at: Option<Timestamp>) {
        let stopping = self.stopping();
        let restart = self.slots[slot].restart.clone();
        let k = &mut self.rec.known.containers[slot];
        k.finished_at = finished_at;
        let ran = match (k.started_at, finished_at) {
            (Some(start), Some(end)) => end.duration_since(start),
            _ => Duration::ZERO,
        };
        let restart_allowed = !stopping
            && !k.stop_requested
            && restart.is_some_and(|p| {
                !p.ignored_exit_codes.iter().any(|c| i64::from(*c) == code)
                    && ran >= p.restart_attempt_period
            });
        if restart_allowed {
            k.restart_count += 1;
            tracing::info!(task = %self.rec.desired.task_arn, container = %k.name, code, restarts = k.restart_count, "restarting the container in place");
            self.start(slot);
            return;
        }
        k.phase = Phase::Stopped;
        k.exit_code = Some(code);
        if oom {
            k.reason = Some(OUT_OF_MEMORY.to_string());
        }
        let started = k.ever_started();
        self.finish_shipper(slot);
        if !stopping && self.slots[slot].essential {
            self.rec.known.stop = Some(StopCause {
                code: if started {
                    StopCode::EssentialContainerExited
                } else {
                    StopCode::TaskFailedToStart
                },
                reason: Some(ESSENTIAL_CONTAINER_EXITED.to_string()),
            });
        }
    }

    /// The container vanished from the runtime.
    fn gone(&mut self, slot: usize, reason: String) {
        let stopping = self.stopping();
        let k = &mut self.rec.known.containers[slot];
        if k.phase == Phase::Stopped {
            return;
        }
        let started = k.ever_started();
        k.phase = Phase::Stopped;
        if k.reason.is_none() {
            k.reason = Some(reason);
        }
        self.finish_shipper(slot);
        if !stopping && self.slots[slot].essential {
            self.rec.known.stop = Some(StopCause {
                code: if started {
                    StopCode::EssentialContainerExited
                } else {
                    StopCode::TaskFailedToStart
                },
                reason: Some(ESSENTIAL_CONTAINER_EXITED.to_string()),
            });
        }
    }

    /// A container cannot run (its image, create, start or dependencies failed).
    fn fail_container(&mut self, slot: usize, reason: String) {
        let stopping = self.stopping();
        let k = &mut self.rec.known.containers[slot];
        if k.phase == Phase::Stopped {
            return;
        }
        let started = k.ever_started();
        tracing::warn!(task = %self.rec.desired.task_arn, container = %k.name, %reason, "container failed");
        k.phase = Phase::Stopped;
        k.reason = Some(reason.clone());
        self.finish_shipper(slot);
        if !stopping && self.slots[slot].essential {
            self.rec.known.stop = Some(if started {
                StopCause {
                    code: StopCode::EssentialContainerExited,
                    reason: Some(ESSENTIAL_CONTAINER_EXITED.to_string()),
                }
            } else {
                StopCause {
                    code: StopCode::TaskFailedToStart,
                    reason: Some(reason),
                }
            });
        }
    }

    /// The whole task cannot start (plan, volumes).
    fn fail_task(&mut self, reason: String) {
        if self.rec.known.stop.is_none() {
            self.rec.known.stop = Some(StopCause {
                code: StopCode::TaskFailedToStart,
                reason: Some(reason.clone()),
            });
        }
        for k in &mut self.rec.known.containers {
            if k.phase < Phase::Created && k.reason.is_none() {
                k.reason = Some(reason.clone());
            }
        }
    }

    // ---- deciding what to do next ----

    fn step(&mut self) {
        if let Some(reason) = self.plan_error.take() {
            self.fail_task(reason);
        }
        if self.rec.known.status == TaskStatus::Stopped {
            self.step_cleanup();
            return;
        }
        if self.rec.desired.desired_status == DesiredStatus::Stopped
            && self.rec.known.stop.is_none()
        {
            self.rec.known.stop = Some(StopCause {
                code: StopCode::UserInitiated,
                reason: None,
            });
        }
        if self.stopping() {
            self.step_stop();
        } else {
            self.step_start();
        }
        self.ensure_shippers();
        self.update_status();
        if self.rec.known.status == TaskStatus::Stopped {
            self.step_cleanup();
        }
    }

    fn step_start(&mut self) {
        // Images, all at once; volumes alongside.
        for slot in 0..self.slots.len() {
            if self.rec.known.containers[slot].phase == Phase::Waiting && !self.runs[slot].busy {
                self.pull(slot);
            }
        }
        if !self.rec.known.volumes_ready && !self.volumes_busy {
            self.create_volumes();
        }
        let all_in = self
            .rec
            .known
            .containers
            .iter()
            .all(|k| k.phase != Phase::Waiting);
        if !all_in || !self.rec.known.volumes_ready {
            return;
        }
        if !self.final_plan {
            self.final_plan = true;
            match self.make_plan() {
                Ok(plan) => self.install_plan(plan),
                Err(reason) => {
                    self.fail_task(reason);
                    return;
                }
            }
        }
        let now = Instant::now();
        for slot in 0..self.slots.len() {
            if self.runs[slot].busy || self.stopping() {
                continue;
            }
            match self.rec.known.containers[slot].phase {
                Phase::Pulled => match self.create_ready(slot) {
                    Ok(true) => self.create(slot),
                    Ok(false) => {}
                    Err(reason) => self.fail_container(slot, reason),
                },
                Phase::Created => match self.deps_state(slot, now) {
                    Deps::Ready => self.start(slot),
                    Deps::Waiting(_) => {}
                    Deps::Failed(reason) => self.fail_container(slot, reason),
                },
                _ => {}
            }
        }
    }

    fn create_ready(&self, slot: usize) -> Result<bool, String> {
        for (other, phase) in &self.slots[slot].create_after {
            let k = &self.rec.known.containers[*other];
            if k.phase == Phase::Stopped && k.id.is_none() {
                return Err(format!(
                    "DependencyNotResolvedError: container {} never started",
                    k.name
                ));
            }
            if k.phase < *phase || self.runs[*other].busy {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn deps_state(&self, slot: usize, now: Instant) -> Deps {
        let mut wait_until: Option<Instant> = None;
        for (other, condition) in &self.slots[slot].deps {
            let k = &self.rec.known.containers[*other];
            let met = match condition {
                ContainerCondition::Start => k.ever_started(),
                ContainerCondition::Complete => k.phase == Phase::Stopped && k.exit_code.is_some(),
                ContainerCondition::Success => k.phase == Phase::Stopped && k.exit_code == Some(0),
                ContainerCondition::Healthy => k.health == Some(HealthStatus::Healthy),
            };
            if met {
                continue;
            }
            if k.phase == Phase::Stopped {
                let what = match k.exit_code {
                    Some(code) => format!("exited with code {code}"),
                    None => "stopped without running".to_string(),
                };
                return Deps::Failed(format!(
                    "DependencyNotResolvedError: container {} {what} and can never reach {}",
                    k.name,
                    condition.as_str()
                ));
            }
            if *condition != ContainerCondition::Start
                && let (Some(timeout), Some(started)) =
                    (self.slots[*other].start_timeout, self.runs[*other].started)
            {
                let due = started + timeout;
                if now >= due {
                    return Deps::Failed(format!(
                        "DependencyNotResolvedError: container {} did not reach {} within its startTimeout of {}s",
                        k.name,
                        condition.as_str(),
                        timeout.as_secs()
                    ));
                }
                wait_until = Some(wait_until.map_or(due, |w: Instant| w.min(due)));
            }
            return Deps::Waiting(wait_until);
        }
        Deps::Ready
    }

    fn step_stop(&mut self) {
        for slot in 0..self.slots.len() {
            let phase = self.rec.known.containers[slot].phase;
            match phase {
                Phase::Waiting | Phase::Pulled => {
                    if let Some(pull) = self.runs[slot].pull.take() {
                        pull.abort();
                    }
                    if !self.runs[slot].busy || phase == Phase::Waiting {
                        self.rec.known.containers[slot].phase = Phase::Stopped;
                    }
                }
                Phase::Created if !self.runs[slot].busy => {
                    self.rec.known.containers[slot].phase = Phase::Stopped;
                }
                Phase::Running
                    if !self.runs[slot].busy
                        && !self.rec.known.containers[slot].stop_requested
                        && !self.has_live_dependents(slot) =>
                {
                    self.stop(slot);
                }
                _ => {}
            }
        }
    }

    /// Whether a container that depends on `slot` still runs (dependents stop first).
    fn has_live_dependents(&self, slot: usize) -> bool {
        self.slots.iter().enumerate().any(|(other, s)| {
            other != slot
                && (s.deps.iter().any(|(d, _)| *d == slot)
                    || s.create_after.iter().any(|(d, _)| *d == slot))
                && (self.rec.known.containers[other].phase == Phase::Running
                    || self.runs[other].busy)
        })
    }

    fn update_status(&mut self) {
        let known = &self.rec.known;
        let next = if self.stopping() {
            let all_stopped = known.containers.iter().all(|k| k.phase == Phase::Stopped);
            let in_flight = self.runs.iter().any(|r| r.busy) || self.volumes_busy;
            if all_stopped && !in_flight {
                TaskStatus::Stopped
            } else {
                known.status
            }
        } else {
            let task_running = known.containers.iter().zip(&self.slots).all(|(k, s)| {
                if s.internal {
                    k.phase == Phase::Running
                } else {
                    k.phase >= Phase::Running
                }
            });
            if task_running && !known.containers.is_empty() {
                TaskStatus::Running
            } else {
                known.status
            }
        };
        if !known.status.can_transition_to(next) || next == known.status {
            return;
        }
        self.rec.known.status = next;
        if next == TaskStatus::Stopped {
            let last_exit = self
                .rec
                .known
                .containers
                .iter()
                .filter_map(|k| k.finished_at)
                .max();
            let now = Timestamp::now();
            self.rec.known.execution_stopped_at = Some(last_exit.unwrap_or(now));
            self.rec.known.stopped_at = Some(now);
            self.stopped_instant = Some(Instant::now());
            for slot in 0..self.slots.len() {
                self.finish_shipper(slot);
            }
        }
    }

    fn step_cleanup(&mut self) {
        if self.rec.known.cleaned_up || self.cleanup_busy {
            return;
        }
        if self.runs.iter().any(|r| r.shipper_running || r.busy) {
            return;
        }
        let due =
            self.stopped_instant.unwrap_or_else(Instant::now) + self.shared.config.cleanup_delay;
        if Instant::now() < due {
            return;
        }
        self.cleanup();
    }

    fn next_deadline(&self) -> Option<Instant> {
        let mut deadline: Option<Instant> = None;
        let mut consider = |at: Instant| {
            deadline = Some(deadline.map_or(at, |d| d.min(at)));
        };
        if self.rec.known.status == TaskStatus::Stopped {
            if !self.rec.known.cleaned_up
                && let Some(stopped) = self.stopped_instant
            {
                consider(stopped + self.shared.config.cleanup_delay);
            }
            return deadline;
        }
        if !self.stopping() {
            let now = Instant::now();
            for slot in 0..self.slots.len() {
                if self.rec.known.containers[slot].phase == Phase::Created
                    && let Deps::Waiting(Some(at)) = self.deps_state(slot, now)
                {
                    consider(at);
                }
            }
        }
        deadline
    }

    // ---- reporting ----

    fn snapshot(&self) -> TaskStateChange {
        let known = &self.rec.known;
        let containers = known
            .containers
            .iter()
            .zip(&self.slots)
            .filter(|(k, _)| !k.internal)
            .map(|(k, s)| ContainerStateChange {
                name: k.name.clone(),
                runtime_id: k.id.clone(),
                last_status: match k.phase {
                    Phase::Waiting | Phase::Pulled | Phase::Created => ContainerStatus::Pending,
                    Phase::Running => ContainerStatus::Running,
                    Phase::Stopped => ContainerStatus::Stopped,
                },
                exit_code: k.exit_code.filter(|_| k.phase == Phase::Stopped),
                reason: k.reason.clone(),
                network_bindings: k.bindings.clone(),
                health_status: s
                    .has_health_check
                    .then(|| k.health.unwrap_or(HealthStatus::Unknown)),
                image_digest: k.image_digest.clone(),
                restart_count: k.restart_count,
            })
            .collect::<Vec<_>>();
        let stopped = known.status == TaskStatus::Stopped;
        // An awsvpc task's address is its pause container's (a pause container that only
        // holds PID or IPC namespaces has no network of its own).
        let pause = known
            .containers
            .iter()
            .find(|k| k.internal && k.ip_address.is_some());
        TaskStateChange {
            private_ipv4_address: pause.and_then(|k| k.ip_address.clone()),
            mac_address: pause.and_then(|k| k.mac_address.clone()),
            task_arn: self.rec.desired.task_arn.clone(),
            seq: 0,
            last_status: known.status,
            health_status: self.task_health(&containers),
            containers,
            pull_started_at: known.pull_started_at,
            pull_stopped_at: known.pull_stopped_at,
            execution_stopped_at: known.execution_stopped_at.filter(|_| stopped),
            stop_code: known.stop.as_ref().map(|s| s.code).filter(|_| stopped),
            stopped_reason: known
                .stop
                .as_ref()
                .and_then(|s| s.reason.clone())
                .filter(|_| stopped),
        }
    }

    /// ECS: UNHEALTHY if an essential container with a health check is; HEALTHY if all of
    /// them are; UNKNOWN otherwise (and when none has a health check).
    fn task_health(&self, containers: &[ContainerStateChange]) -> HealthStatus {
        let checked: Vec<HealthStatus> = containers
            .iter()
            .zip(self.slots.iter().filter(|s| !s.internal))
            .filter(|(_, s)| s.essential)
            .filter_map(|(c, _)| c.health_status)
            .collect();
        if checked.is_empty() {
            HealthStatus::Unknown
        } else if checked.contains(&HealthStatus::Unhealthy) {
            HealthStatus::Unhealthy
        } else if checked.iter().all(|h| *h == HealthStatus::Healthy) {
            HealthStatus::Healthy
        } else {
            HealthStatus::Unknown
        }
    }

    /// Makes the next change if the task's state differs from the last one reported, then
    /// persists the record (before the change is published).
    fn report(&mut self) {
        let mut snapshot = self.snapshot();
        let changed = self
            .rec
            .last_change
            .as_ref()
            .is_none_or(|last| !last.same_state(&snapshot));
        let mut published = None;
        if changed {
            self.rec.seq += 1;
            snapshot.seq = self.rec.seq;
            self.rec.outbox.push(snapshot.clone());
            bound_outbox(&mut self.rec.outbox);
            self.rec.last_change = Some(snapshot.clone());
            published = Some(snapshot);
        }
        self.persist();
        if let Some(change) = published {
            self.shared.publish(change);
        }
    }

    fn persist(&mut self) {
        let bytes = match serde_json::to_vec(&self.rec) {
            Ok(bytes) => bytes,
            Err(error) => {
                tracing::error!(%error, "cannot serialize task state");
                return;
            }
        };
        if bytes == self.saved {
            return;
        }
        if let Err(error) = self.shared.dir.save_task(&self.rec) {
            tracing::error!(task = %self.arn(), %error, "cannot persist task state");
            return;
        }
        self.saved = bytes;
    }

    // ---- sub-tasks (runtime calls) ----

    fn spawn_for(
        &mut self,
        slot: usize,
        fut: impl std::future::Future<Output = Done> + Send + 'static,
    ) -> AbortHandle {
        self.runs[slot].busy = true;
        let handle = self.ops.spawn(fut);
        self.op_slots.insert(handle.id(), slot);
        handle
    }

    fn pull(&mut self, slot: usize) {
        if self.rec.known.pull_started_at.is_none() {
            self.rec.known.pull_started_at = Some(Timestamp::now());
        }
        let rt = self.shared.runtime.clone();
        let image = self.slots[slot].spec.image.clone();
        let policy = self.shared.config.image_policy;
        let pulled_before = self.shared.pulled_before(&image);
        let limit = self.shared.config.timeouts.pull;
        let handle = self.spawn_for(slot, async move {
            let result = bounded(
                Operation::PullImage,
                limit,
                ensure_image(&rt, &image, &policy, pulled_before, &PullOptions::default()),
            )
            .await;
            Done::Image { slot, result }
        });
        self.runs[slot].pull = Some(handle);
    }

    fn create_volumes(&mut self) {
        self.volumes_busy = true;
        let rt = self.shared.runtime.clone();
        let volumes = self.volumes.clone();
        let timeouts = self.shared.config.timeouts;
        self.ops.spawn(async move {
            for volume in volumes {
                let result = match &volume.kind {
                    VolumeKind::HostPath(_) => Ok(()),
                    VolumeKind::TaskScoped(spec) => {
                        bounded(Operation::CreateVolume, timeouts.create_volume, rt.create_volume(spec))
                            .await
                            .map(|_| ())
                            .map_err(|e| e.ecs_reason())
                    }
                    VolumeKind::Shared {
                        spec,
                        autoprovision,
                    } => match bounded(
                        Operation::InspectVolume,
                        timeouts.inspect_volume,
                        rt.inspect_volume(&spec.name),
                    )
                    .await
                    {
                        Ok(Some(_)) => Ok(()),
                        Ok(None) if *autoprovision => bounded(
                            Operation::CreateVolume,
                            timeouts.create_volume,
                            rt.create_volume(spec),
                        )
                        .await
                        .map(|_| ())
                        .map_err(|e| e.ecs_reason()),
                        Ok(None) => Err(format!(
                            "CannotCreateVolumeError: volume {} does not exist and autoprovision is false",
                            spec.name
                        )),
                        Err(e) => Err(e.ecs_reason()),
                    },
                };
                if let Err(reason) = result {
                    return Done::Volumes(Err(reason));
                }
            }
            Done::Volumes(Ok(()))
        });
    }

    fn create(&mut self, slot: usize) {
        let rt = self.shared.runtime.clone();
        let spec = self.slots[slot].spec.clone();
        let limit = self.shared.config.timeouts.create;
        self.spawn_for(slot, async move {
            let result = bounded(
                Operation::CreateContainer,
                limit,
                rt.create_container(&spec),
            )
            .await;
            Done::Created { slot, result }
        });
    }

    fn start(&mut self, slot: usize) {
        let Some(id) = self.rec.known.containers[slot].id.clone() else {
            return;
        };
        let rt = self.shared.runtime.clone();
        let timeouts = self.shared.config.timeouts;
        self.spawn_for(slot, async move {
            let started = bounded(
                Operation::StartContainer,
                timeouts.start,
                rt.start_container(&id),
            )
            .await;
            let result = match started {
                Ok(()) => {
                    bounded(
                        Operation::InspectContainer,
                        timeouts.inspect_container,
                        rt.inspect_container(&id),
                    )
                    .await
                }
                Err(e) => Err(e),
            };
            Done::Started { slot, result }
        });
    }

    fn inspect(&mut self, slot: usize) {
        if self.runs[slot].busy {
            self.runs[slot].dirty = true;
            return;
        }
        let Some(id) = self.rec.known.containers[slot].id.clone() else {
            return;
        };
        self.inspect_by(slot, id);
    }

    fn inspect_by(&mut self, slot: usize, id: String) {
        let rt = self.shared.runtime.clone();
        let limit = self.shared.config.timeouts.inspect_container;
        self.spawn_for(slot, async move {
            let result = bounded(
                Operation::InspectContainer,
                limit,
                rt.inspect_container(&id),
            )
            .await;
            Done::Inspected { slot, result }
        });
    }

    fn stop(&mut self, slot: usize) {
        let Some(id) = self.rec.known.containers[slot].id.clone() else {
            return;
        };
        self.rec.known.containers[slot].stop_requested = true;
        let rt = self.shared.runtime.clone();
        let grace = self.slots[slot].stop_timeout;
        let timeouts = self.shared.config.timeouts;
        self.spawn_for(slot, async move {
            let stop_error = bounded(
                Operation::StopContainer,
                grace + timeouts.stop_buffer,
                rt.stop_container(&id, grace),
            )
            .await
            .err();
            let result = bounded(
                Operation::InspectContainer,
                timeouts.inspect_container,
                rt.inspect_container(&id),
            )
            .await;
            Done::Stopped {
                slot,
                result,
                stop_error,
            }
        });
    }

    fn cleanup(&mut self) {
        self.cleanup_busy = true;
        let rt = self.shared.runtime.clone();
        let timeouts = self.shared.config.timeouts;
        let task = self.rec.desired.task_arn.clone();
        // Task containers first, the pause container (last slot) after them.
        let ids: Vec<String> = self
            .rec
            .known
            .containers
            .iter()
            .filter_map(|k| k.id.clone())
            .collect();
        let volumes: Vec<String> = self
            .volumes
            .iter()
            .filter_map(|v| match &v.kind {
                VolumeKind::TaskScoped(spec) => Some(spec.name.clone()),
                _ => None,
            })
            .collect();
        self.ops.spawn(async move {
            for id in ids {
                let options = RemoveOptions {
                    force: true,
                    volumes: true,
                };
                match bounded(
                    Operation::RemoveContainer,
                    timeouts.remove,
                    rt.remove_container(&id, options),
                )
                .await
                {
                    Ok(()) | Err(RuntimeError::NoSuchContainer(_)) => {}
                    Err(error) => tracing::warn!(%task, %id, %error, "cannot remove container"),
                }
            }
            for name in volumes {
                if let Err(error) = bounded(
                    Operation::RemoveVolume,
                    timeouts.remove_volume,
                    rt.remove_volume(&name),
                )
                .await
                {
                    tracing::warn!(%task, volume = %name, %error, "cannot remove task volume");
                }
            }
            Done::Cleaned
        });
    }

    // ---- awslogs ----

    fn ensure_shippers(&mut self) {
        if self.rec.known.cleaned_up {
            return;
        }
        let Some(sink) = self.shared.config.log_sink.clone() else {
            return;
        };
        for slot in 0..self.slots.len() {
            let Some(awslogs) = self.slots[slot].awslogs.clone() else {
                continue;
            };
            let k = &self.rec.known.containers[slot];
            let Some(id) = k.id.clone() else {
                continue;
            };
            if self.runs[slot].shipper.is_some()
                || !matches!(k.phase, Phase::Running | Phase::Stopped)
            {
                continue;
            }
            let finished = k.phase == Phase::Stopped;
            let (tx, rx) = watch::channel(RunState {
                generation: 0,
                finished,
            });
            let shipper = awslogs::Shipper::new(
                self.shared.clone(),
                sink.clone(),
                &self.rec.desired,
                &k.name,
                id,
                &awslogs,
                &self.ctx,
            );
            self.runs[slot].shipper = Some(tx);
            self.runs[slot].shipper_running = true;
            let handle = self.ops.spawn(async move {
                shipper.run(rx).await;
                Done::ShipperFinished { slot }
            });
            self.shipper_ids.insert(handle.id(), slot);
        }
    }

    fn finish_shipper(&mut self, slot: usize) {
        if let Some(tx) = &self.runs[slot].shipper {
            tx.send_modify(|s| s.finished = true);
        }
    }
}

/// The most unacknowledged changes kept per task. Beyond it, the oldest change whose task
/// status is the same as the next one's is dropped: each change is a full snapshot, so a later
/// one carries everything an intermediate one said, and no task status transition is lost.
pub(crate) const MAX_OUTBOX: usize = 64;

pub(crate) fn bound_outbox<Q>(queue: &mut Q)
where
    Q: OutboxQueue,
{
    while queue.len() > MAX_OUTBOX {
        let redundant = (0..queue.len() - 1).find(|&i| queue.status(i) == queue.status(i + 1));
        match redundant {
            Some(i) => queue.remove_at(i),
            None => break,
        }
    }
}

/// The two queues changes are kept in (the record's and the agent's outbox).
pub(crate) trait OutboxQueue {
    fn len(&self) -> usize;
    fn status(&self, i: usize) -> TaskStatus;
    fn remove_at(&mut self, i: usize);
}

impl OutboxQueue for Vec<TaskStateChange> {
    fn len(&self) -> usize {
        Vec::len(self)
    }
    fn status(&self, i: usize) -> TaskStatus {
        self[i].last_status
    }
    fn remove_at(&mut self, i: usize) {
        self.remove(i);
    }
}

impl OutboxQueue for std::collections::VecDeque<TaskStateChange> {
    fn len(&self) -> usize {
        std::collections::VecDeque::len(self)
    }
    fn status(&self, i: usize) -> TaskStatus {
        self[i].last_status
    }
    fn remove_at(&mut self, i: usize) {
        self.remove(i);
    }
}

enum Deps {
    Ready,
    Waiting(Option<Instant>),
    Failed(String),
}

async fn sleep_until(deadline: Option<Instant>) {
    match deadline {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}
