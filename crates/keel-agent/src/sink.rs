//! The in-process [`LogSink`]: awslogs output goes straight into the log service's event
//! store through [`keel_logs::LogsService::ingest`] (the same rules as PutLogEvents; it answers
//! once the events are durable).

use std::sync::Arc;

use async_trait::async_trait;
use keel_logs::events::IngestBatch;
use keel_logs::rules::InputEvent;

use crate::awslogs::{LogEvent, LogSink, LogTarget, SinkError};

pub struct LogsServiceSink {
    service: Arc<keel_logs::LogsService>,
}

impl LogsServiceSink {
    pub fn new(service: Arc<keel_logs::LogsService>) -> Self {
        Self { service }
    }
}

#[async_trait]
impl LogSink for LogsServiceSink {
    async fn put(&self, target: &LogTarget, events: Vec<LogEvent>) -> Result<(), SinkError> {
        let batch = IngestBatch {
            region: target.region.clone(),
            log_group: target.group.clone(),
            log_stream: target.stream.clone(),
            events: events
                .into_iter()
                .map(|e| InputEvent {
                    timestamp: e.timestamp,
                    message: e.message,
                })
                .collect(),
            create_group: target.create_group,
        };
        match self.service.ingest(batch).await {
            Ok(outcome) => {
                if let Some(rejected) = outcome.rejected {
                    tracing::warn!(group = %target.group, stream = %target.stream, ?rejected, "log events rejected by the log service");
                }
                Ok(())
            }
            Err(error) => Err(SinkError(error.to_string())),
        }
    }
}
