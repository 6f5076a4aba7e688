//! The agent's link to the server: the agent protocol ([`keel_agent_protocol`]) between an
//! [`Agent`] and the control plane.
//!
//! [`ServerLink::run`] registers the host as a container instance (again as the same instance
//! after a restart, from `instance.json`), then, for as long as the session lives, runs three
//! loops side by side:
//!
//! * **heartbeat** every `heartbeatIntervalMs` the server asks for;
//! * **poll**: the desired-state long poll, from revision 0 (the complete set) on; what it
//!   answers goes to [`Agent::apply_desired`], and a complete set stops the tasks the agent
//!   holds that are no longer in it;
//! * **deliver**: [`Agent::deliver`] sends the outbox through `POST state` in batches of at
//!   most [`keel_agent_protocol::MAX_STATE_CHANGES`] and acknowledges what the server applied.
//!
//! When the server answers that the session is gone (it restarted, or heartbeats stopped for
//! longer than the lease), the link registers again and starts over; when it cannot be
//! reached, each loop retries with a backoff (doubling to `retry_max`) while tasks keep running
//! and changes stay queued on disk. A deregistered instance ends the link
//! ([`LinkError::Deregistered`]), as it ends the ECS agent.

pub mod convert;
pub mod files;
pub mod host;
pub mod logs_api;

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use keel_agent_protocol::client::{AgentClient, ClientError};
use keel_agent_protocol::{
    HeartbeatRequest, INSTANCE_NOT_FOUND, PollRequest, RegisterRequest, Resources, StateRequest,
    TaskCredentialsRequest, TasksResponse,
};
use keel_awsmodel::ecs::{Attribute, VersionInfo};
use tokio::sync::{Notify, watch};

use crate::agent::{Agent, Uplink, UplinkError};
use crate::model::TaskStateChange;
use crate::task_credentials::{CredentialsSource, RoleCredentials};

/// What the link registers and how it retries.
#[derive(Clone, Debug)]
pub struct LinkConfig {
    /// The cluster's name or ARN.
    pub cluster: String,
    pub resources: Resources,
    pub attributes: Vec<Attribute>,
    pub version_info: Option<VersionInfo>,
    /// How long each desired-state poll may wait on the server.
    pub poll_wait: Duration,
    /// The first and the longest wait between retries of a failed call.
    pub retry_first: Duration,
    pub retry_max: Duration,
}

impl LinkConfig {
    pub fn new(cluster: impl Into<String>, resources: Resources) -> Self {
        LinkConfig {
            cluster: cluster.into(),
            resources,
            attributes: Vec::new(),
            version_info: None,
            poll_wait: Duration::from_millis(keel_agent_protocol::DEFAULT_POLL_WAIT_MS),
            retry_first: Duration::from_millis(250),
            retry_max: Duration::from_secs(15),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    #[error(
        "the container instance {0} was deregistered; this agent stops (start it again to \
         register a new instance)"
    )]
    Deregistered(String),
    #[error("state directory: {0}")]
    State(#[from] std::io::Error),
}

/// The current registration, as [`ServerLink::registration`] shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Registration {
    pub container_instance_arn: String,
    pub cluster_arn: String,
    pub session_id: String,
}

pub struct ServerLink {
    agent: Arc<Agent>,
    client: AgentClient,
    config: LinkConfig,
    dir: PathBuf,
    registered: watch::Sender<Option<Registration>>,
}

/// Why a session ended.
enum Ended {
    /// Register again.
    SessionLost,
    /// The instance is gone.
    Deregistered,
    Stopped,
}

/// Doubling delays between retries.
struct Backoff {
    first: Duration,
    max: Duration,
    next: Duration,
}

impl Backoff {
    fn new(config: &LinkConfig) -> Self {
        Backoff {
            first: config.retry_first,
            max: config.retry_max,
            next: config.retry_first,
        }
    }
    fn reset(&mut self) {
        self.next = self.first;
    }
    fn step(&mut self) -> Duration {
        let now = self.next;
        self.next = (self.next * 2).min(self.max);
        now
    }
}

fn deregistered(error: &ClientError) -> bool {
    error.code() == Some(INSTANCE_NOT_FOUND) || error.status() == Some(404)
}

impl ServerLink {
    /// `state_dir` is the agent's data directory (where `instance.json` is kept).
    pub fn new(
        agent: Arc<Agent>,
        client: AgentClient,
        config: LinkConfig,
        state_dir: impl AsRef<Path>,
    ) -> Self {
        ServerLink {
            agent,
            client,
            config,
            dir: state_dir.as_ref().to_path_buf(),
            registered: watch::channel(None).0,
        }
    }

    /// The registration of the live session (`None` between sessions).
    pub fn registration(&self) -> watch::Receiver<Option<Registration>> {
        self.registered.subscribe()
    }

    /// Task role credentials from the server, asked for in the live session.
    pub fn credentials_source(&self) -> Arc<dyn CredentialsSource> {
        Arc::new(ServerCredentials {
            client: self.client.clone(),
            cluster: self.config.cluster.clone(),
            registration: self.registration(),
        })
    }

    /// Runs until `stop` turns true (or the instance is deregistered).
    pub async fn run(&self, mut stop: watch::Receiver<bool>) -> Result<(), LinkError> {
        loop {
            if *stop.borrow() {
                return Ok(());
            }
            let registration = tokio::select! {
                r = self.register() => r?,
                _ = stop.wait_for(|s| *s) => return Ok(()),
            };
            let ended = self.session(&registration, &mut stop).await;
            self.registered.send_replace(None);
            match ended {
                Ended::Stopped => return Ok(()),
                Ended::SessionLost => {
                    tracing::warn!(instance = %registration.container_instance_arn, "the server lost this agent's session; registering again");
                }
                Ended::Deregistered => {
                    files::forget_instance(&self.dir)?;
                    return Err(LinkError::Deregistered(registration.container_instance_arn));
                }
            }
        }
    }

    /// Registers (retrying until it succeeds) and keeps the instance's ARN on disk.
    async fn register(&self) -> Result<Registration, LinkError> {
        let mut backoff = Backoff::new(&self.config);
        let mut known = files::load_instance(&self.dir)?
            .filter(|i| i.cluster == self.config.cluster)
            .map(|i| i.container_instance_arn);
        loop {
            let request = RegisterRequest {
                cluster: self.config.cluster.clone(),
                container_instance_arn: known.clone(),
                resources: self.config.resources.clone(),
                attributes: self.config.attributes.clone(),
                version_info: self.config.version_info.clone(),
                agent_id: self.agent.agent_id().to_string(),
                ec2_instance_id: None,
            };
            match self.client.register(&request).await {
                Ok(answer) => {
                    files::save_instance(
                        &self.dir,
                        &files::StoredInstance {
                            cluster: self.config.cluster.clone(),
                            container_instance_arn: answer.container_instance_arn.clone(),
                        },
                    )?;
                    let registration = Registration {
                        container_instance_arn: answer.container_instance_arn,
                        cluster_arn: answer.cluster_arn,
                        session_id: answer.session_id,
                    };
                    tracing::info!(instance = %registration.container_instance_arn, cluster = %registration.cluster_arn, "registered with the server");
                    self.registered.send_replace(Some(registration.clone()));
                    return Ok(registration);
                }
                Err(error) if known.is_some() && deregistered(&error) => {
                    // Deregistered while the agent was down: ECS would refuse to go on; the
                    // instance's tasks are gone, so join as a new instance instead.
                    tracing::error!(instance = known.as_deref().unwrap_or_default(), %error, "the instance this agent registered before is deregistered; registering a new one");
                    files::forget_instance(&self.dir)?;
                    known = None;
                }
                Err(error) => {
                    let wait = backoff.step();
                    if error.is_transient() {
                        tracing::warn!(%error, retry_in = ?wait, "cannot register with the server");
                    } else {
                        // A refusal (bad credentials, no such cluster) may be fixed by an
                        // operator: keep trying, slowly, and say why.
                        tracing::error!(%error, retry_in = ?wait, "the server refused to register this agent");
                    }
                    tokio::time::sleep(wait).await;
                }
            }
        }
    }

    async fn session(
        &self,
        registration: &Registration,
        stop: &mut watch::Receiver<bool>,
    ) -> Ended {
        let lost = Notify::new();
        let gone = Notify::new();
        let uplink = SessionUplink {
            client: &self.client,
            cluster: &self.config.cluster,
            registration,
            lost: &lost,
            gone: &gone,
        };
        tokio::select! {
            ended = self.heartbeat(registration) => ended,
            ended = self.poll(registration) => ended,
            () = self.agent.deliver(&uplink) => Ended::Stopped,
            () = lost.notified() => Ended::SessionLost,
            () = gone.notified() => Ended::Deregistered,
            _ = stop.wait_for(|s| *s) => Ended::Stopped,
        }
    }

    async fn heartbeat(&self, registration: &Registration) -> Ended {
        let request = HeartbeatRequest {
            cluster: self.config.cluster.clone(),
            container_instance_arn: registration.container_instance_arn.clone(),
            session_id: registration.session_id.clone(),
        };
        let mut interval = Duration::from_secs(10);
        let mut backoff = Backoff::new(&self.config);
        loop {
            tokio::time::sleep(interval).await;
            match self.client.heartbeat(&request).await {
                Ok(answer) => {
                    backoff.reset();
                    interval = Duration::from_millis(answer.heartbeat_interval_ms.max(100));
                }
                Err(error) if error.is_session_lost() => return Ended::SessionLost,
                Err(error) if deregistered(&error) => return Ended::Deregistered,
                Err(error) => {
                    tracing::warn!(%error, "heartbeat failed");
                    // Try again sooner than the interval: the lease is running out.
                    interval = backoff.step().min(interval);
                }
            }
        }
    }

    async fn poll(&self, registration: &Registration) -> Ended {
        let mut request = PollRequest {
            cluster: self.config.cluster.clone(),
            container_instance: registration.container_instance_arn.clone(),
            after: 0,
            wait_ms: Some(
                self.config
                    .poll_wait
                    .as_millis()
                    .try_into()
                    .unwrap_or(u64::MAX),
            ),
        };
        let mut backoff = Backoff::new(&self.config);
        loop {
            match self.client.poll_tasks(&request).await {
                Ok(answer) => {
                    backoff.reset();
                    request.after = answer.revision;
                    self.apply(answer);
                }
                Err(error) if error.is_session_lost() => return Ended::SessionLost,
                Err(error) if deregistered(&error) => return Ended::Deregistered,
                Err(error) => {
                    let wait = backoff.step();
                    tracing::warn!(%error, retry_in = ?wait, "desired-state poll failed");
                    tokio::time::sleep(wait).await;
                }
            }
        }
    }

    fn apply(&self, answer: TasksResponse) {
        let mut desired = Vec::with_capacity(answer.tasks.len());
        let mut listed = HashSet::new();
        for state in &answer.tasks {
            listed.insert(state.task_arn.clone());
            match convert::desired_task(state) {
                Ok(task) => desired.push(task),
                Err(why) => {
                    tracing::error!(task = %state.task_arn, why, "cannot run an assigned task")
                }
            }
        }
        if let Err(error) = self.agent.apply_desired(desired) {
            tracing::error!(%error, "desired state not applied");
        }
        if answer.resync {
            for arn in self.agent.tasks() {
                if !listed.contains(&arn) && self.agent.stop_task(&arn) {
                    tracing::debug!(task = %arn, "no longer assigned to this instance: stopping");
                }
            }
        }
    }
}

/// State changes of one session.
struct SessionUplink<'a> {
    client: &'a AgentClient,
    cluster: &'a str,
    registration: &'a Registration,
    lost: &'a Notify,
    gone: &'a Notify,
}

#[async_trait]
impl Uplink for SessionUplink<'_> {
    async fn submit(
        &self,
        changes: Vec<TaskStateChange>,
    ) -> Result<BTreeMap<String, u64>, UplinkError> {
        let mut acked = BTreeMap::new();
        for batch in changes.chunks(keel_agent_protocol::MAX_STATE_CHANGES) {
            let request = StateRequest {
                cluster: self.cluster.to_string(),
                container_instance_arn: self.registration.container_instance_arn.clone(),
                session_id: self.registration.session_id.clone(),
                changes: batch.iter().map(convert::state_change).collect(),
            };
            match self.client.submit_state(&request).await {
                Ok(answer) => {
                    for rejected in &answer.rejected {
                        tracing::warn!(task = %rejected.task_arn, seq = rejected.seq, reason = %rejected.reason, "the server rejected a state change");
                    }
                    for (arn, seq) in answer.acked {
                        let entry = acked.entry(arn).or_insert(0);
                        *entry = seq.max(*entry);
                    }
                }
                Err(error) => {
                    if error.is_session_lost() {
                        self.lost.notify_one();
                    } else if deregistered(&error) {
                        self.gone.notify_one();
                    }
                    if acked.is_empty() {
                        return Err(UplinkError(error.to_string()));
                    }
                    // What was acknowledged so far counts; the rest goes again.
                    break;
                }
            }
        }
        Ok(acked)
    }
}

/// [`ServerLink::credentials_source`].
struct ServerCredentials {
    client: AgentClient,
    cluster: String,
    registration: watch::Receiver<Option<Registration>>,
}

#[async_trait]
impl CredentialsSource for ServerCredentials {
    async fn fetch(&self, task_arn: &str) -> Result<RoleCredentials, String> {
        let mut registration = self.registration.clone();
        let registered = tokio::time::timeout(
            Duration::from_secs(10),
            registration.wait_for(Option::is_some),
        )
        .await
        .map_err(|_| "the agent is not registered with its server".to_string())?
        .map_err(|_| "the agent is stopping".to_string())?
        .clone()
        .ok_or("the agent is not registered with its server")?;
        let request = TaskCredentialsRequest {
            cluster: self.cluster.clone(),
            container_instance_arn: registered.container_instance_arn,
            session_id: registered.session_id,
            task_arn: task_arn.to_string(),
        };
        let answer = self
            .client
            .task_credentials(&request)
            .await
            .map_err(|e| e.to_string())?;
        Ok(RoleCredentials {
            role_arn: answer.role_arn,
            access_key_id: answer.access_key_id,
            secret_access_key: answer.secret_access_key,
            session_token: answer.session_token,
            expiration_ms: answer.expiration.as_millis(),
        })
    }
}
