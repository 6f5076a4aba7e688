//! The Logs service over a real event store in a temporary directory, with a way to put
//! events at any timestamp (the public API and the ingest path refuse events older than 14
//! days, which fixed corpora are); and the service over durable stores in a directory, to be
//! closed and opened again.

// Each test file uses its own part of this module.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use keel_api::{JsonService, RequestContext};
use keel_logs::LogsService;
use keel_logstore::{LogStore, LogStoreOptions, NewEvent};
use keel_store::{MemoryStore, SqliteStore, Store};
use keel_types::Scope;
use serde_json::Value;

pub const REGION: &str = "us-east-1";
pub const ACCOUNT: &str = "000000000000";

pub fn ctx() -> RequestContext {
    RequestContext::new("test", Scope::new(ACCOUNT, REGION))
}

/// The service over the SQLite control-plane store and the event store in `dir`, which
/// outlives it: a test can close it and open it again over what it stored.
pub struct Durable {
    pub svc: Arc<LogsService>,
    pub store: Arc<dyn Store>,
    pub events: Arc<LogStore>,
}

impl Durable {
    pub fn open(dir: &Path, export_dir: Option<PathBuf>) -> Self {
        let store: Arc<dyn Store> = Arc::new(SqliteStore::open(&dir.join("state.db")).unwrap());
        let events =
            Arc::new(LogStore::open(&dir.join("logs"), LogStoreOptions::default()).unwrap());
        Self {
            svc: LogsService::with_export_dir(store.clone(), events.clone(), export_dir),
            store,
            events,
        }
    }

    pub async fn close(self) {
        self.events.close().await.unwrap();
        self.store.close().await.unwrap();
    }

    /// An operation's answer, or its error's code and message.
    pub async fn call(&self, op: &str, input: Value) -> Result<Value, (String, String)> {
        self.svc
            .call(&ctx(), op, input)
            .await
            .map(|b| serde_json::from_slice(&b).unwrap())
            .map_err(|e| (e.code.to_string(), e.message.clone()))
    }

    pub async fn ok(&self, op: &str, input: Value) -> Value {
        match self.call(op, input.clone()).await {
            Ok(v) => v,
            Err(err) => panic!("{op} {input}: {err:?}"),
        }
    }
}

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
