//! Helpers shared by the agent's tests: desired tasks from JSON, a change watcher with a
//! bound on (virtual) time, recording and gated log sinks.

#![allow(dead_code)]

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use keel_agent::{
    AgentConfig, DesiredStatus, DesiredTask, LogEvent, LogSink, LogTarget, SinkError,
    TaskStateChange,
};
use keel_awsmodel::ecs::TaskDefinition;
use keel_runtime::fake::FakeRuntime;
use keel_runtime::mapping::PauseImage;
use parking_lot::Mutex;
use tokio::sync::{Semaphore, broadcast};

pub const PAUSE_IMAGE: &str = "keel/pause:1";

pub fn pause() -> PauseImage {
    PauseImage {
        image: PAUSE_IMAGE.into(),
        command: vec!["pause".into()],
    }
}

pub fn config() -> AgentConfig {
    let mut config = AgentConfig::new("default", pause());
    config.cleanup_delay = Duration::from_secs(600);
    config.region = Some("us-east-1".into());
    config
}

/// A fake with the pause image and these images stored.
pub fn fake(images: &[&str]) -> FakeRuntime {
    let fake = FakeRuntime::new();
    fake.add_image(PAUSE_IMAGE);
    for image in images {
        fake.add_image(image);
    }
    fake
}

pub fn arn(id: &str) -> String {
    format!("arn:aws:ecs:us-east-1:000000000000:task/default/{id}")
}

pub fn task(id: &str, definition: serde_json::Value) -> DesiredTask {
    let definition: TaskDefinition = serde_json::from_value(definition).expect("task definition");
    DesiredTask {
        task_arn: arn(id),
        cluster_arn: "arn:aws:ecs:us-east-1:000000000000:cluster/default".into(),
        family: definition.family.clone().unwrap_or_else(|| "fam".into()),
        revision: 3,
        definition,
        overrides: None,
        desired_status: DesiredStatus::Running,
        gpu_ids: Vec::new(),
    }
}

pub fn stopped(mut task: DesiredTask) -> DesiredTask {
    task.desired_status = DesiredStatus::Stopped;
    task
}

/// Follows the agent's changes and keeps them all.
pub struct Watch {
    rx: broadcast::Receiver<TaskStateChange>,
    pub seen: Vec<TaskStateChange>,
    /// Per task, how far `until` has looked.
    looked: std::collections::HashMap<String, usize>,
}

impl Watch {
    pub fn new(rx: broadcast::Receiver<TaskStateChange>) -> Self {
        Self {
            rx,
            seen: Vec::new(),
            looked: Default::default(),
        }
    }

    /// The next change of `task_arn` (after the one the previous call returned) that
    /// satisfies `pred`; panics after an hour of (virtual) time.
    pub async fn until(
        &mut self,
        task_arn: &str,
        what: &str,
        pred: impl Fn(&TaskStateChange) -> bool,
    ) -> TaskStateChange {
        let from = self.looked.get(task_arn).copied().unwrap_or(0);
        for (i, change) in self.seen.iter().enumerate().skip(from) {
            if change.task_arn == task_arn && pred(change) {
                self.looked.insert(task_arn.to_string(), i + 1);
                return change.clone();
            }
        }
        let deadline = tokio::time::Instant::now() + Duration::from_secs(3600);
        loop {
            let next = tokio::time::timeout_at(deadline, self.rx.recv()).await;
            match next {
                Ok(Ok(change)) => {
                    self.seen.push(change.clone());
                    if change.task_arn == task_arn && pred(&change) {
                        self.looked.insert(task_arn.to_string(), self.seen.len());
                        return change;
                    }
                }
                Ok(Err(e)) => panic!("change stream: {e}"),
                Err(_) => panic!(
                    "no change of {task_arn} where {what}; last seen: {:#?}",
                    self.seen.iter().rev().find(|c| c.task_arn == task_arn)
                ),
            }
        }
    }

    pub async fn stopped(&mut self, task_arn: &str) -> TaskStateChange {
        self.until(task_arn, "STOPPED", |c| {
            c.last_status == keel_types::TaskStatus::Stopped
        })
        .await
    }

    pub async fn running(&mut self, task_arn: &str) -> TaskStateChange {
        self.until(task_arn, "RUNNING", |c| {
            c.last_status == keel_types::TaskStatus::Running
        })
        .await
    }

    /// Every change of one task seen so far.
    pub fn of(&self, task_arn: &str) -> Vec<TaskStateChange> {
        self.seen
            .iter()
            .filter(|c| c.task_arn == task_arn)
            .cloned()
            .collect()
    }
}

/// Lets the agent's loops run (virtual time moves only when everything waits).
pub async fn settle() {
    tokio::time::sleep(Duration::from_millis(10)).await;
}

/// Records every batch; optionally holds puts until released, or fails the first few.
#[derive(Default)]
pub struct RecordingSink {
    pub batches: Mutex<Vec<(LogTarget, Vec<LogEvent>)>>,
    gate: Option<Arc<Semaphore>>,
    failures: Mutex<u32>,
    pub attempts: Mutex<u32>,
}

impl RecordingSink {
    pub fn new() -> Arc<Self> {
        Arc::new(Self::default())
    }

    /// Puts wait until [`RecordingSink::release`].
    pub fn gated() -> Arc<Self> {
        Arc::new(Self {
            gate: Some(Arc::new(Semaphore::new(0))),
            ..Self::default()
        })
    }

    /// The first `n` puts fail.
    pub fn failing_first(n: u32) -> Arc<Self> {
        Arc::new(Self {
            failures: Mutex::new(n),
            ..Self::default()
        })
    }

    pub fn release(&self) {
        if let Some(gate) = &self.gate {
            gate.add_permits(Semaphore::MAX_PERMITS / 2);
        }
    }

    pub fn messages(&self) -> Vec<String> {
        self.batches
            .lock()
            .iter()
            .flat_map(|(_, events)| events.iter().map(|e| e.message.clone()))
            .collect()
    }

    pub fn targets(&self) -> Vec<LogTarget> {
        self.batches.lock().iter().map(|(t, _)| t.clone()).collect()
    }

    /// Waits (virtual time) until at least `n` messages were stored.
    pub async fn wait_for(&self, n: usize) -> Vec<String> {
        for _ in 0..36_000 {
            let messages = self.messages();
            if messages.len() >= n {
                return messages;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("sink has {} messages, expected {n}", self.messages().len());
    }
}

#[async_trait]
impl LogSink for RecordingSink {
    async fn put(&self, target: &LogTarget, events: &[LogEvent]) -> Result<(), SinkError> {
        *self.attempts.lock() += 1;
        if let Some(gate) = &self.gate {
            gate.acquire().await.expect("gate open").forget();
        }
        {
            let mut failures = self.failures.lock();
            if *failures > 0 {
                *failures -= 1;
                return Err(SinkError("ServiceUnavailableException: try again".into()));
            }
        }
        self.batches.lock().push((target.clone(), events.to_vec()));
        Ok(())
    }
}
