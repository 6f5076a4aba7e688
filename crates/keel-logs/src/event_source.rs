//! The seam between the Logs API and the event store: what queries, live tail, exports and
//! subscription delivery need from it. The store implements [`EventSource`]; tests use
//! [`MemoryEvents`].

use std::sync::Arc;

use std::collections::HashMap;

use parking_lot::{Mutex, RwLock};
use tokio::sync::broadcast;

use crate::LogsError;

/// One stored log event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredEvent {
    pub log_stream: String,
    pub timestamp: i64,
    pub ingestion_time: i64,
    pub message: String,
    /// The store's identity of the event within its group (read back with
    /// [`EventSource::get`]).
    pub id: u128,
}

/// What to read.
#[derive(Clone, Debug)]
pub struct ScanRequest<'a> {
    pub region: &'a str,
    pub group: &'a str,
    /// Inclusive bounds on the event timestamp, in milliseconds.
    pub from_ms: i64,
    pub to_ms: i64,
    /// Text every wanted event's message contains; a store may skip other events (it may
    /// also return them: callers check).
    pub must_contain: &'a [String],
}

/// Read access to stored events.
pub trait EventSource: Send + Sync + 'static {
    /// Calls `visit` with batches of the group's events in the time range, in any order,
    /// until the events run out or `visit` returns false. Runs on a blocking thread.
    fn scan(
        &self,
        request: &ScanRequest<'_>,
        visit: &mut dyn FnMut(&[StoredEvent]) -> bool,
    ) -> Result<(), LogsError>;

    /// One event by its id.
    fn get(&self, region: &str, group: &str, id: u128) -> Result<Option<StoredEvent>, LogsError>;

    /// The group's events from now on, in batches as they are stored. `None` when the source
    /// cannot follow a group.
    fn subscribe(&self, _region: &str, _group: &str) -> Option<broadcast::Receiver<NewEvents>> {
        None
    }
}

/// A batch of events just stored.
pub type NewEvents = Arc<[StoredEvent]>;

/// Events held in memory: for tests, and the stand-in until the event store is wired.
#[derive(Default)]
pub struct MemoryEvents {
    events: RwLock<Vec<(String, String, StoredEvent)>>,
    followers: Mutex<HashMap<(String, String), broadcast::Sender<NewEvents>>>,
}

impl MemoryEvents {
    pub fn new() -> Arc<Self> {
        Arc::new(Self::default())
    }

    /// Adds an event; its id is its position.
    pub fn add(&self, region: &str, group: &str, stream: &str, timestamp: i64, message: &str) {
        let mut events = self.events.write();
        let id = events.len() as u128;
        let event = StoredEvent {
            log_stream: stream.to_string(),
            timestamp,
            ingestion_time: timestamp,
            message: message.to_string(),
            id,
        };
        events.push((region.to_string(), group.to_string(), event.clone()));
        drop(events);
        if let Some(tx) = self
            .followers
            .lock()
            .get(&(region.to_string(), group.to_string()))
        {
            let _ = tx.send(Arc::from(vec![event]));
        }
    }
}

impl EventSource for MemoryEvents {
    fn scan(
        &self,
        request: &ScanRequest<'_>,
        visit: &mut dyn FnMut(&[StoredEvent]) -> bool,
    ) -> Result<(), LogsError> {
        let matching: Vec<StoredEvent> = self
            .events
            .read()
            .iter()
            .filter(|(r, g, e)| {
                r == request.region
                    && g == request.group
                    && (request.from_ms..=request.to_ms).contains(&e.timestamp)
            })
            .map(|(_, _, e)| e.clone())
            .collect();
        for chunk in matching.chunks(256) {
            if !visit(chunk) {
                break;
            }
        }
        Ok(())
    }

    fn get(&self, region: &str, group: &str, id: u128) -> Result<Option<StoredEvent>, LogsError> {
        Ok(self
            .events
            .read()
            .iter()
            .find(|(r, g, e)| r == region && g == group && e.id == id)
            .map(|(_, _, e)| e.clone()))
    }

    fn subscribe(&self, region: &str, group: &str) -> Option<broadcast::Receiver<NewEvents>> {
        let mut followers = self.followers.lock();
        let tx = followers
            .entry((region.to_string(), group.to_string()))
            .or_insert_with(|| broadcast::channel(4096).0);
        Some(tx.subscribe())
    }
}
