//! The [`LogSink`] of an agent on another host: awslogs output goes to the server's CloudWatch
//! Logs API (`PutLogEvents`, signed with the agent's own key, which its policy allows), as the
//! ECS agent ships it. The stream is created on first use (and the group too with
//! `awslogs-create-group`); a put is acknowledged once the events are durable on the server.

use std::collections::{HashMap, HashSet};

use async_trait::async_trait;
use keel_agent_protocol::client::AgentClient;
use parking_lot::Mutex;
use serde_json::json;

use crate::awslogs::{LogEvent, LogSink, LogTarget, SinkError};

const SIGNING_NAME: &str = "logs";
const PREFIX: &str = "Logs_20140328.";

pub struct LogsApiSink {
    client: AgentClient,
    /// One client per region (each signs for its own), sharing nothing else.
    regional: Mutex<HashMap<String, AgentClient>>,
    /// Streams known to exist, so a put is one call.
    ready: Mutex<HashSet<(String, String, String)>>,
}

impl LogsApiSink {
    pub fn new(client: AgentClient) -> Self {
        LogsApiSink {
            client,
            regional: Mutex::new(HashMap::new()),
            ready: Mutex::new(HashSet::new()),
        }
    }

    fn client_for(&self, region: &str) -> AgentClient {
        if region == self.client.region() {
            return self.client.clone();
        }
        self.regional
            .lock()
            .entry(region.to_string())
            .or_insert_with(|| self.client.with_region(region))
            .clone()
    }
}

/// An answer: the status, the error code (`__type` without its namespace) and the body.
struct Answer {
    status: u16,
    code: String,
    body: serde_json::Value,
}

async fn call(
    client: &AgentClient,
    operation: &str,
    body: serde_json::Value,
) -> Result<Answer, SinkError> {
    let bytes = serde_json::to_vec(&body).map_err(|e| SinkError(e.to_string()))?;
    call_raw(client, operation, bytes).await
}

/// PutLogEvents' body, serialized straight from the lent events (no JSON tree, no copy of
/// the messages).
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct PutBody<'a> {
    log_group_name: &'a str,
    log_stream_name: &'a str,
    log_events: Vec<PutEvent<'a>>,
}

#[derive(serde::Serialize)]
struct PutEvent<'a> {
    timestamp: i64,
    message: &'a str,
}

async fn call_raw(
    client: &AgentClient,
    operation: &str,
    bytes: Vec<u8>,
) -> Result<Answer, SinkError> {
    let (status, answer) = client
        .aws_json(SIGNING_NAME, &format!("{PREFIX}{operation}"), bytes)
        .await
        .map_err(|e| SinkError(format!("{operation}: {e}")))?;
    let body: serde_json::Value = serde_json::from_slice(&answer).unwrap_or_default();
    let code = body["__type"]
        .as_str()
        .map(|t| t.rsplit('#').next().unwrap_or(t).to_string())
        .unwrap_or_default();
    Ok(Answer { status, code, body })
}

fn failure(operation: &str, answer: &Answer) -> SinkError {
    SinkError(format!(
        "{operation}: {} ({}): {}",
        if answer.code.is_empty() {
            "error"
        } else {
            &answer.code
        },
        answer.status,
        answer.body["message"].as_str().unwrap_or_default()
    ))
}

/// Creates what the target needs; "already exists" is success.
async fn prepare(client: &AgentClient, target: &LogTarget) -> Result<(), SinkError> {
    if target.create_group {
        let answer = call(
            client,
            "CreateLogGroup",
            json!({"logGroupName": target.group}),
        )
        .await?;
        if answer.status != 200 && answer.code != "ResourceAlreadyExistsException" {
            return Err(failure("CreateLogGroup", &answer));
        }
    }
    let answer = call(
        client,
        "CreateLogStream",
        json!({"logGroupName": target.group, "logStreamName": target.stream}),
    )
    .await?;
    if answer.status != 200 && answer.code != "ResourceAlreadyExistsException" {
        return Err(failure("CreateLogStream", &answer));
    }
    Ok(())
}

#[async_trait]
impl LogSink for LogsApiSink {
    async fn put(&self, target: &LogTarget, events: &[LogEvent]) -> Result<(), SinkError> {
        let client = self.client_for(&target.region);
        let key = (
            target.region.clone(),
            target.group.clone(),
            target.stream.clone(),
        );
        if !self.ready.lock().contains(&key) {
            prepare(&client, target).await?;
            self.ready.lock().insert(key.clone());
        }
        // Serialized again for the one retry rather than kept twice.
        let body = || {
            serde_json::to_vec(&PutBody {
                log_group_name: &target.group,
                log_stream_name: &target.stream,
                log_events: events
                    .iter()
                    .map(|e| PutEvent {
                        timestamp: e.timestamp,
                        message: &e.message,
                    })
                    .collect(),
            })
            .map_err(|e| SinkError(e.to_string()))
        };
        let mut answer = call_raw(&client, "PutLogEvents", body()?).await?;
        if answer.code == "ResourceNotFoundException" {
            // Deleted since (or made by someone else's hand): make it again, once.
            self.ready.lock().remove(&key);
            prepare(&client, target).await?;
            self.ready.lock().insert(key);
            answer = call_raw(&client, "PutLogEvents", body()?).await?;
        }
        if answer.status != 200 {
            return Err(failure("PutLogEvents", &answer));
        }
        if let Some(rejected) = answer
            .body
            .get("rejectedLogEventsInfo")
            .filter(|r| !r.is_null())
        {
            // Too old, too new or past retention: CloudWatch keeps none of them, and a retry
            // would be rejected the same way.
            tracing::warn!(group = %target.group, stream = %target.stream, %rejected, "log events rejected by the log service");
        }
        Ok(())
    }

    async fn stored_tail(
        &self,
        target: &LogTarget,
        limit: usize,
    ) -> Result<Option<Vec<LogEvent>>, SinkError> {
        let client = self.client_for(&target.region);
        let answer = call(
            &client,
            "GetLogEvents",
            json!({
                "logGroupName": target.group,
                "logStreamName": target.stream,
                "startFromHead": false,
                "limit": limit.clamp(1, 10_000),
            }),
        )
        .await?;
        if answer.code == "ResourceNotFoundException" {
            return Ok(Some(Vec::new()));
        }
        if answer.status >= 500 || answer.status == 429 {
            return Err(failure("GetLogEvents", &answer));
        }
        if answer.status != 200 {
            // Refused (an agent enrolled before its policy allowed reading): it cannot tell,
            // and shipping must not wait for it.
            tracing::warn!(group = %target.group, stream = %target.stream, error = %failure("GetLogEvents", &answer), "cannot read the stream's tail; a batch whose answer was lost may be stored twice");
            return Ok(None);
        }
        let events = answer.body["events"]
            .as_array()
            .map(|events| {
                events
                    .iter()
                    .map(|e| LogEvent {
                        timestamp: e["timestamp"].as_i64().unwrap_or_default(),
                        message: e["message"].as_str().unwrap_or_default().to_string(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        Ok(Some(events))
    }
}
