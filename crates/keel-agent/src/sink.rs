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
    async fn put(&self, target: &LogTarget, events: &[LogEvent]) -> Result<(), SinkError> {
        let batch = IngestBatch {
            region: target.region.clone(),
            log_group: target.group.clone(),
            log_stream: target.stream.clone(),
            events: events
                .iter()
                .map(|e| InputEvent {
                    timestamp: e.timestamp,
                    message: e.message.clone(),
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

    async fn stored_tail(
        &self,
        target: &LogTarget,
        limit: usize,
    ) -> Result<Option<Vec<LogEvent>>, SinkError> {
        // The account is not part of where events are kept; the region is.
        let ctx = keel_api::RequestContext::new(
            "keel-agent",
            keel_types::Scope::new("000000000000", target.region.clone()),
        );
        let request = keel_awsmodel::logs::GetLogEventsRequest {
            log_group_name: Some(target.group.clone()),
            log_stream_name: target.stream.clone(),
            limit: Some(i32::try_from(limit.clamp(1, 10_000)).unwrap_or(10_000)),
            start_from_head: Some(false),
            ..Default::default()
        };
        match keel_logs::events::get_log_events(&self.service, &ctx, request).await {
            Ok(answer) => Ok(Some(
                answer
                    .events
                    .unwrap_or_default()
                    .into_iter()
                    .map(|e| LogEvent {
                        timestamp: e.timestamp.unwrap_or_default(),
                        message: e.message.unwrap_or_default(),
                    })
                    .collect(),
            )),
            Err(
                keel_logs::LogsError::LogGroupNotFound | keel_logs::LogsError::LogStreamNotFound,
            ) => Ok(Some(Vec::new())),
            Err(error) => Err(SinkError(error.to_string())),
        }
    }
}
