//! StartLiveTail: a stream of a group's new events as they arrive.
//!
//! The answer is an event stream: `initial-response` (the AWS JSON protocol's first event),
//! `sessionStart` echoing the request, then a `sessionUpdate` every second with the events
//! ingested since the last one that match `logEventFilterPattern` and the stream selection —
//! at most 500 per update, evenly sampled beyond that (`sessionMetadata.sampled`). A session
//! ends with `SessionTimeoutException` after three hours, or when the client goes away. At
//! most 15 sessions run at once per account, as CloudWatch allows.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::StreamExt as _;
use keel_api::RequestContext;
use keel_api::eventstream::{EventStream, StreamItem};
use keel_awsmodel::logs::{
    LiveTailSessionLogEvent, LiveTailSessionMetadata, LiveTailSessionStart, LiveTailSessionUpdate,
    StartLiveTailRequest,
};
use keel_logpattern::Pattern;
use keel_logstore::Appended;
use tokio::sync::broadcast;

use crate::LogsError;
use crate::groups::load_group;
use crate::patterns::parse_pattern;
use crate::service::LogsService;

/// Concurrent sessions per account (CloudWatch's quota).
pub const MAX_SESSIONS: usize = 15;
/// How long a session lasts (CloudWatch: three hours).
pub const SESSION_LIMIT: Duration = Duration::from_secs(3 * 3600);
/// Events per update before sampling.
pub const MAX_EVENTS_PER_UPDATE: usize = 500;
const UPDATE_EVERY: Duration = Duration::from_secs(1);

/// Counts running sessions; a session's slot is freed when its stream is dropped.
#[derive(Default)]
pub struct Sessions {
    running: Arc<AtomicUsize>,
}

struct Slot(Arc<AtomicUsize>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

enum Streams {
    All,
    Names(Vec<String>),
    Prefixes(Vec<String>),
}

impl Streams {
    fn selects(&self, stream: &str) -> bool {
        match self {
            Streams::All => true,
            Streams::Names(names) => names.iter().any(|n| n == stream),
            Streams::Prefixes(prefixes) => prefixes.iter().any(|p| stream.starts_with(p.as_str())),
        }
    }
}

struct Session {
    phase: u8,
    start: Bytes,
    followers: Vec<(String, broadcast::Receiver<Arc<Appended>>)>,
    pattern: Option<Pattern>,
    streams: Streams,
    began: Instant,
    ticker: tokio::time::Interval,
    _slot: Slot,
}

fn json(value: &impl serde::Serialize) -> Bytes {
    Bytes::from(serde_json::to_vec(value).unwrap_or_else(|_| b"{}".to_vec()))
}

impl Session {
    /// Events since the last update that the session selects.
    fn drain(&mut self) -> Vec<LiveTailSessionLogEvent> {
        let mut out = Vec::new();
        for (identifier, rx) in &mut self.followers {
            loop {
                match rx.try_recv() {
                    Ok(batch) => {
                        if !self.streams.selects(&batch.stream) {
                            continue;
                        }
                        for e in &batch.events {
                            if self
                                .pattern
                                .as_ref()
                                .is_some_and(|p| !p.matches(&e.message))
                            {
                                continue;
                            }
                            out.push(LiveTailSessionLogEvent {
                                log_stream_name: Some(batch.stream.to_string()),
                                log_group_identifier: Some(identifier.clone()),
                                message: Some(e.message.clone()),
                                timestamp: Some(e.timestamp),
                                ingestion_time: Some(e.ingestion_time),
                            });
                        }
                    }
                    // Too far behind: what was dropped is gone, as CloudWatch drops the oldest.
                    Err(broadcast::error::TryRecvError::Lagged(_)) => continue,
                    Err(_) => break,
                }
            }
        }
        out
    }

    async fn next(&mut self) -> Option<StreamItem> {
        match self.phase {
            0 => {
                self.phase = 1;
                Some(StreamItem::Event {
                    event_type: "initial-response".into(),
                    payload: Bytes::from_static(b"{}"),
                })
            }
            1 => {
                self.phase = 2;
                Some(StreamItem::Event {
                    event_type: "sessionStart".into(),
                    payload: self.start.clone(),
                })
            }
            2 => {
                self.ticker.tick().await;
                if self.began.elapsed() >= SESSION_LIMIT {
                    self.phase = 3;
                    return Some(StreamItem::Exception {
                        exception_type: "SessionTimeoutException".into(),
                        payload: json(&serde_json::json!({
                            "message": "Session timed out after three hours."
                        })),
                    });
                }
                let mut events = self.drain();
                let sampled = events.len() > MAX_EVENTS_PER_UPDATE;
                if sampled {
                    let n = events.len();
                    events = (0..MAX_EVENTS_PER_UPDATE)
                        .map(|i| events[i * n / MAX_EVENTS_PER_UPDATE].clone())
                        .collect();
                }
                Some(StreamItem::Event {
                    event_type: "sessionUpdate".into(),
                    payload: json(&LiveTailSessionUpdate {
                        session_metadata: Some(LiveTailSessionMetadata {
                            sampled: Some(sampled),
                        }),
                        session_results: Some(events),
                    }),
                })
            }
            _ => None,
        }
    }
}

fn group_name(identifier: &str) -> &str {
    identifier
        .split_once(":log-group:")
        .map(|(_, rest)| rest.trim_end_matches(":*"))
        .unwrap_or(identifier)
}

pub async fn start_live_tail(
    svc: &LogsService,
    ctx: &RequestContext,
    req: StartLiveTailRequest,
) -> Result<EventStream, LogsError> {
    let streams = match (&req.log_stream_names, &req.log_stream_name_prefixes) {
        (Some(_), Some(_)) => {
            return Err(LogsError::invalid(
                "logStreamNames and logStreamNamePrefixes are mutually exclusive.",
            ));
        }
        (Some(names), None) => Streams::Names(names.clone()),
        (None, Some(prefixes)) => Streams::Prefixes(prefixes.clone()),
        (None, None) => Streams::All,
    };
    if !matches!(streams, Streams::All) && req.log_group_identifiers.len() != 1 {
        return Err(LogsError::invalid(
            "logStreamNames and logStreamNamePrefixes can only be used with exactly one log group in logGroupIdentifiers.",
        ));
    }
    let pattern = match req.log_event_filter_pattern.as_deref() {
        Some(p) if !p.trim().is_empty() => Some(parse_pattern(p)?),
        _ => None,
    };
    let mut followers = Vec::new();
    for identifier in &req.log_group_identifiers {
        let group = group_name(identifier);
        let (record, _, _) = load_group(svc, ctx, group).await.map_err(|err| match err {
            LogsError::LogGroupNotFound => {
                LogsError::ResourceNotFound(format!("Log group {identifier} does not exist."))
            }
            other => other,
        })?;
        let rx = svc.events.subscribe(&record.events_key(&ctx.scope.region));
        followers.push((identifier.clone(), rx));
    }
    let running = svc.live_sessions.running.clone();
    if running.fetch_add(1, Ordering::AcqRel) >= MAX_SESSIONS {
        running.fetch_sub(1, Ordering::AcqRel);
        return Err(LogsError::LimitExceeded(format!(
            "The maximum number of concurrent Live Tail sessions ({MAX_SESSIONS}) is reached."
        )));
    }
    let start = json(&LiveTailSessionStart {
        request_id: Some(ctx.request_id.clone()),
        session_id: Some(keel_types::ids::new_uuid()),
        log_group_identifiers: Some(req.log_group_identifiers.clone()),
        log_stream_names: req.log_stream_names.clone(),
        log_stream_name_prefixes: req.log_stream_name_prefixes.clone(),
        log_event_filter_pattern: req.log_event_filter_pattern.clone(),
    });
    let mut ticker =
        tokio::time::interval_at(tokio::time::Instant::now() + UPDATE_EVERY, UPDATE_EVERY);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let session = Session {
        phase: 0,
        start,
        followers,
        pattern,
        streams,
        began: Instant::now(),
        ticker,
        _slot: Slot(running),
    };
    Ok(futures::stream::unfold(session, |mut s| async move {
        let item = s.next().await?;
        Some((item, s))
    })
    .boxed())
}
