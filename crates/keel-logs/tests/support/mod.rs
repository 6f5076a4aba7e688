//! The Logs service over a real event store in a temporary directory, with a way to put
//! events at any timestamp (the public API and the ingest path refuse events older than 14
//! days, which fixed corpora are).

use std::sync::Arc;

use keel_logs::LogsService;
use keel_logstore::{LogStore, LogStoreOptions, NewEvent};
use keel_store::MemoryStore;

pub struct Fixture {
    pub svc: Arc<LogsService>,
    _dir: tempfile::TempDir,
}

pub fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let events = Arc::new(LogStore::open(dir.path(), LogStoreOptions::default()).unwrap());
    Fixture {
        svc: LogsService::new(Arc::new(MemoryStore::new()), events),
        _dir: dir,
    }
}

impl Fixture {
    /// Stores one event in `group` (which must exist) and `stream` (created if missing), with
    /// its ingestion time equal to its timestamp. Durable when it returns.
    pub async fn add(&self, group: &str, stream: &str, timestamp: i64, message: &str) {
        self.add_all(group, stream, &[(timestamp, message.to_string())])
            .await;
    }

    /// Stores several events of one stream in one durable append, ingested at the first one's
    /// timestamp.
    pub async fn add_all(&self, group: &str, stream: &str, events: &[(i64, String)]) {
        let record = keel_logs::groups::load_group_in(&self.svc, "us-east-1", group)
            .await
            .unwrap();
        let first = events.first().map_or(0, |e| e.0);
        self.svc
            .event_store()
            .append(
                &record.events_key("us-east-1"),
                stream,
                Some(first),
                first,
                events
                    .iter()
                    .map(|(timestamp, message)| NewEvent {
                        timestamp: *timestamp,
                        message: message.clone(),
                    })
                    .collect(),
            )
            .await
            .unwrap();
    }
}
