//! The agent: owner loops per task, the event pump that routes runtime events to them, the
//! outbox of unacknowledged changes, and start-up from the state directory.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::path::Path;
use std::sync::Arc;

use async_trait::async_trait;
use futures::StreamExt;
use keel_runtime::mapping::TaskContext;
use keel_runtime::{
    ContainerSummary, EventFilter, EventStream, LabelSelector, Runtime, RuntimeError, Timestamp,
    labels,
};
use parking_lot::Mutex;
use tokio::sync::{broadcast, mpsc, watch};
use tokio::task::JoinSet;

use crate::awslogs::LogCounters;
use crate::config::{AGENT_ID_LABEL, AgentConfig};
use crate::model::{DesiredStatus, DesiredTask, TaskStateChange, task_id};
use crate::owner::{Msg, Owner};
use crate::store::{AgentFile, StateDir, TaskRecord, file_part};

/// What can go wrong starting the agent or handing it work.
#[derive(Debug, thiserror::Error)]
pub enum AgentError {
    #[error("state directory {path}: {source}")]
    State {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("runtime: {0}")]
    Runtime(#[from] RuntimeError),
    /// Desired tasks that were refused (the others were applied).
    #[error("refused desired tasks: {}", .0.iter().map(|(arn, why)| format!("{arn}: {why}")).collect::<Vec<_>>().join("; "))]
    Refused(Vec<(String, String)>),
}

/// Where the agent's changes go: the protocol client implements this (and the tests record).
/// `submit` answers with the highest seq acknowledged per task.
#[async_trait]
pub trait Uplink: Send + Sync {
    async fn submit(
        &self,
        changes: Vec<TaskStateChange>,
    ) -> Result<BTreeMap<String, u64>, UplinkError>;
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct UplinkError(pub String);

/// Shipping figures of one awslogs container.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LogStats {
    pub task_arn: String,
    pub container: String,
    /// Events the sink acknowledged (over the agent's lifetimes).
    pub shipped_events: u64,
    /// Lines dropped in non-blocking mode because the buffer was full.
    pub dropped_lines: u64,
}

/// What owner loops share.
pub(crate) struct Shared {
    pub runtime: Arc<dyn Runtime>,
    pub config: AgentConfig,
    pub agent_id: String,
    pub dir: StateDir,
    agent_file: Mutex<AgentFile>,
    outbox: Mutex<BTreeMap<String, VecDeque<TaskStateChange>>>,
    changes: broadcast::Sender<TaskStateChange>,
    outbox_version: watch::Sender<u64>,
    mailboxes: Mutex<HashMap<String, mpsc::UnboundedSender<Msg>>>,
    pub log_counters: Mutex<BTreeMap<(String, String), Arc<LogCounters>>>,
}

impl Shared {
    pub(crate) fn task_context(&self, rec: &TaskRecord) -> TaskContext {
        let desired = &rec.desired;
        let mut ctx = TaskContext::new(
            desired.task_arn.clone(),
            self.config.cluster.clone(),
            desired.family.clone(),
            desired.revision,
            rec.name_suffix.clone(),
            self.config.pause.clone(),
        );
        ctx.region = self
            .config
            .region
            .clone()
            .or_else(|| region_of(&desired.cluster_arn));
        ctx.host_ip = self.config.host_ip.clone();
        ctx.gpu_ids = desired.gpus_by_container();
        ctx.awsvpc_network = self.config.awsvpc_network.clone();
        ctx.awsvpc_publish_ports = self.config.awsvpc_publish_ports;
        ctx.default_stop_timeout = self.config.default_stop_timeout;
        ctx.extra_labels = self.config.extra_labels.clone();
        ctx.extra_labels
            .insert(AGENT_ID_LABEL.into(), self.agent_id.clone());
        ctx.extra_env = self.config.extra_env.clone();
        if let (Some(endpoint), Some(role)) =
            (&self.config.task_credentials, desired.task_role_arn())
        {
            endpoint.register(&rec.credentials_id, &desired.task_arn, role);
            ctx.extra_env
                .push(endpoint.container_env(&rec.credentials_id));
        }
        ctx.local_log_files = self.config.logs.files.clone();
        ctx
    }

    pub(crate) fn pulled_before(&self, image: &str) -> bool {
        self.agent_file
            .lock()
            .pulled_images
            .iter()
            .any(|i| i == image)
    }

    pub(crate) fn note_pulled(&self, image: &str) {
        let mut file = self.agent_file.lock();
        if file.pulled_images.iter().any(|i| i == image) {
            return;
        }
        file.pulled_images.push(image.to_string());
        if let Err(error) = self.dir.save_agent(&file) {
            tracing::error!(%error, "cannot persist agent state");
        }
    }

    /// A change was made and persisted: into the outbox, to subscribers.
    pub(crate) fn publish(&self, change: TaskStateChange) {
        {
            let mut outbox = self.outbox.lock();
            let queue = outbox.entry(change.task_arn.clone()).or_default();
            queue.push_back(change.clone());
            crate::owner::bound_outbox(queue);
        }
        let _ = self.changes.send(change);
        self.outbox_version.send_modify(|v| *v += 1);
    }

    /// The owner of a stopped, cleaned-up, fully acknowledged task is done with it.
    pub(crate) fn forget(&self, rec: &TaskRecord) {
        let arn = &rec.desired.task_arn;
        self.mailboxes.lock().remove(arn);
        self.outbox.lock().remove(arn);
        self.log_counters.lock().retain(|(task, _), _| task != arn);
        if let Some(endpoint) = &self.config.task_credentials {
            endpoint.forget_task(arn);
        }
        {
            let mut file = self.agent_file.lock();
            file.forgotten.insert(arn.clone(), Timestamp::now());
            let retention = self.config.forget_retention;
            let now = Timestamp::now();
            file.forgotten
                .retain(|_, at| now.duration_since(*at) < retention);
            if let Err(error) = self.dir.save_agent(&file) {
                tracing::error!(%error, "cannot persist agent state");
            }
        }
        if let Err(error) = self.dir.remove_task(rec.desired.task_id()) {
            tracing::error!(task = %arn, %error, "cannot remove task state");
        }
        tracing::info!(task = %arn, "task forgotten");
    }

    fn route(&self, event: keel_runtime::RuntimeEvent) {
        let Some(arn) = event.label(labels::TASK_ARN) else {
            return;
        };
        if let Some(mailbox) = self.mailboxes.lock().get(arn) {
            let _ = mailbox.send(Msg::Event(event));
        }
    }

    fn reconcile_all(&self) {
        for mailbox in self.mailboxes.lock().values() {
            let _ = mailbox.send(Msg::Reconcile);
        }
    }
}

/// The region part of an ARN (`arn:aws:ecs:REGION:...`).
fn region_of(arn: &str) -> Option<String> {
    arn.split(':')
        .nth(3)
        .filter(|r| !r.is_empty())
        .map(str::to_string)
}

/// The host agent's task engine.
///
/// Dropping it stops its loops (the containers keep running); a new agent on the same state
/// directory and runtime takes them over.
pub struct Agent {
    shared: Arc<Shared>,
    tasks: Mutex<JoinSet<()>>,
}

impl Agent {
    /// Opens (or creates) the state directory, re-adopts the tasks recorded there and the
    /// containers the runtime still has for them, and starts their owner loops.
    pub async fn new<R: Runtime + 'static>(
        runtime: R,
        state_dir: impl AsRef<Path>,
        config: AgentConfig,
    ) -> Result<Agent, AgentError> {
        let root = state_dir.as_ref();
        let state_error = |source| AgentError::State {
            path: root.display().to_string(),
            source,
        };
        let dir = StateDir::open(root).map_err(state_error)?;
        let mut agent_file = dir.load_agent().map_err(state_error)?.unwrap_or_default();
        if let Some(id) = &config.agent_id {
            agent_file.agent_id = id.clone();
        }
        if agent_file.agent_id.is_empty() {
            agent_file.agent_id = uuid::Uuid::new_v4().simple().to_string();
        }
        dir.save_agent(&agent_file).map_err(state_error)?;
        let records = dir.load_tasks().map_err(state_error)?;

        let runtime: Arc<dyn Runtime> = Arc::new(runtime);
        let agent_id = agent_file.agent_id.clone();
        let selector = vec![
            LabelSelector::has(labels::TASK_ARN),
            LabelSelector::eq(AGENT_ID_LABEL, agent_id.clone()),
        ];
        // Subscribe before looking: nothing that happens from here on is missed.
        let events = runtime.events(EventFilter {
            since: None,
            labels: selector.clone(),
        });
        let found = bounded_list(&runtime, &config, &selector).await?;

        let (changes, _) = broadcast::channel(16_384);
        let shared = Arc::new(Shared {
            runtime,
            config,
            agent_id,
            dir,
            agent_file: Mutex::new(agent_file),
            outbox: Mutex::new(BTreeMap::new()),
            changes,
            outbox_version: watch::channel(0).0,
            mailboxes: Mutex::new(HashMap::new()),
            log_counters: Mutex::new(BTreeMap::new()),
        });
        let agent = Agent {
            shared: shared.clone(),
            tasks: Mutex::new(JoinSet::new()),
        };
        let mut by_task: HashMap<String, Vec<ContainerSummary>> = HashMap::new();
        for container in found {
            if let Some(arn) = container.labels.get(labels::TASK_ARN) {
                by_task.entry(arn.clone()).or_default().push(container);
            }
        }
        for record in records {
            {
                let mut outbox = shared.outbox.lock();
                let queue = outbox.entry(record.desired.task_arn.clone()).or_default();
                queue.extend(record.outbox.iter().cloned());
            }
            let found = by_task.remove(&record.desired.task_arn).unwrap_or_default();
            agent.spawn_owner(record, found);
        }
        for (arn, containers) in by_task {
            tracing::warn!(task = %arn, containers = containers.len(), "containers of a task this agent has no record of; left alone");
        }
        // Owners are registered first, so every event the pump routes finds its owner. Events
        // before that are covered by each owner's inspection of its containers at adoption.
        agent
            .tasks
            .lock()
            .spawn(pump_events(shared.clone(), events, selector));
        shared.outbox_version.send_modify(|v| *v += 1);
        Ok(agent)
    }

    fn spawn_owner(&self, record: TaskRecord, found: Vec<ContainerSummary>) {
        let (tx, rx) = mpsc::unbounded_channel();
        self.shared
            .mailboxes
            .lock()
            .insert(record.desired.task_arn.clone(), tx);
        let owner = Owner::new(self.shared.clone(), record, rx);
        let mut tasks = self.tasks.lock();
        // Forget the loops of tasks already done.
        while tasks.try_join_next().is_some() {}
        tasks.spawn(owner.run(found));
    }

    /// The agent's id (the value of [`AGENT_ID_LABEL`] on what it creates).
    pub fn agent_id(&self) -> &str {
        &self.shared.agent_id
    }

    /// Hands the agent the desired state of tasks: new tasks start, known ones whose desired
    /// status became STOPPED stop. Tasks not named are left as they are. A desired RUNNING
    /// never restarts a task that has stopped (status only moves forward).
    pub fn apply_desired(&self, tasks: Vec<DesiredTask>) -> Result<(), AgentError> {
        let mut refused = Vec::new();
        for task in tasks {
            let arn = task.task_arn.clone();
            let id = task_id(&arn);
            if !arn.starts_with("arn:")
                || !arn.contains(":task/")
                || id.is_empty()
                || file_part(id) != id
            {
                refused.push((arn, "not a task ARN".to_string()));
                continue;
            }
            let known = self.shared.mailboxes.lock().get(&arn).cloned();
            if let Some(mailbox) = known {
                let _ = mailbox.send(Msg::Desired(task.desired_status));
                continue;
            }
            if self.shared.agent_file.lock().forgotten.contains_key(&arn) {
                tracing::debug!(task = %arn, "desired state of a forgotten task ignored");
                continue;
            }
            if task.desired_status == DesiredStatus::Stopped {
                // Nothing runs for it here.
                continue;
            }
            let record = Owner::new_record(task);
            if let Err(error) = self.shared.dir.save_task(&record) {
                refused.push((arn, format!("cannot persist: {error}")));
                continue;
            }
            self.spawn_owner(record, Vec::new());
        }
        if refused.is_empty() {
            Ok(())
        } else {
            Err(AgentError::Refused(refused))
        }
    }

    /// Tells a task the agent holds to stop (the server no longer lists it); `false` when the
    /// agent holds no such task.
    pub fn stop_task(&self, task_arn: &str) -> bool {
        match self.shared.mailboxes.lock().get(task_arn) {
            Some(mailbox) => {
                let _ = mailbox.send(Msg::Desired(DesiredStatus::Stopped));
                true
            }
            None => false,
        }
    }

    /// Every change not yet acknowledged: per task in seq order, tasks by ARN.
    pub fn outbox(&self) -> Vec<TaskStateChange> {
        self.shared
            .outbox
            .lock()
            .values()
            .flat_map(|q| q.iter().cloned())
            .collect()
    }

    /// Changes as they are made (after they are persisted). A receiver that lags should
    /// read [`Agent::outbox`] again.
    pub fn subscribe(&self) -> broadcast::Receiver<TaskStateChange> {
        self.shared.changes.subscribe()
    }

    /// Bumped whenever the outbox grows (or is loaded at start).
    pub fn outbox_changed(&self) -> watch::Receiver<u64> {
        self.shared.outbox_version.subscribe()
    }

    /// The receiver has applied every change of `task_arn` up to `seq`: drop them.
    pub fn ack(&self, task_arn: &str, seq: u64) {
        if let Some(queue) = self.shared.outbox.lock().get_mut(task_arn) {
            queue.retain(|c| c.seq > seq);
        }
        if let Some(mailbox) = self.shared.mailboxes.lock().get(task_arn) {
            let _ = mailbox.send(Msg::Ack(seq));
        }
    }

    /// Delivers the outbox through `uplink` until the agent is dropped: everything unacked, in
    /// order, again after each failure (with backoff) and whenever new changes are made.
    pub async fn deliver(&self, uplink: &dyn Uplink) {
        let mut changed = self.outbox_changed();
        let mut delay = std::time::Duration::from_millis(100);
        loop {
            changed.borrow_and_update();
            let pending = self.outbox();
            if !pending.is_empty() {
                match uplink.submit(pending).await {
                    Ok(acked) => {
                        for (arn, seq) in acked {
                            self.ack(&arn, seq);
                        }
                        delay = std::time::Duration::from_millis(100);
                        continue;
                    }
                    Err(error) => {
                        tracing::warn!(%error, "cannot deliver task state changes; retrying");
                        tokio::time::sleep(delay).await;
                        delay = (delay * 2).min(std::time::Duration::from_secs(30));
                        continue;
                    }
                }
            }
            if changed.changed().await.is_err() {
                return;
            }
        }
    }

    /// ARNs of the tasks the agent is looking after.
    pub fn tasks(&self) -> Vec<String> {
        let mut out: Vec<String> = self.shared.mailboxes.lock().keys().cloned().collect();
        out.sort();
        out
    }

    /// awslogs shipping figures of every container being shipped.
    pub fn log_stats(&self) -> Vec<LogStats> {
        self.shared
            .log_counters
            .lock()
            .iter()
            .map(|((task, container), counters)| LogStats {
                task_arn: task.clone(),
                container: container.clone(),
                shipped_events: counters.shipped(),
                dropped_lines: counters.dropped(),
            })
            .collect()
    }
}

async fn bounded_list(
    runtime: &Arc<dyn Runtime>,
    config: &AgentConfig,
    selector: &[LabelSelector],
) -> Result<Vec<ContainerSummary>, RuntimeError> {
    let limit = config.timeouts.list_containers;
    match tokio::time::timeout(limit, runtime.list_managed(selector)).await {
        Ok(result) => result,
        Err(_) => Err(RuntimeError::Timeout {
            operation: keel_runtime::Operation::ListContainers,
            after: limit,
        }),
    }
}

/// Routes runtime events to owner loops; re-subscribes after a break (from the last event's
/// time) and has every owner look at its containers again.
async fn pump_events(shared: Arc<Shared>, mut events: EventStream, selector: Vec<LabelSelector>) {
    let mut since: Option<Timestamp> = None;
    loop {
        while let Some(item) = events.next().await {
            match item {
                Ok(event) => {
                    since = Some(event.time);
                    shared.route(event);
                }
                Err(error) => {
                    tracing::warn!(%error, "runtime event stream broke; subscribing again");
                    break;
                }
            }
        }
        tokio::time::sleep(shared.config.events_retry_delay).await;
        events = shared.runtime.events(EventFilter {
            since,
            labels: selector.clone(),
        });
        shared.reconcile_all();
    }
}
