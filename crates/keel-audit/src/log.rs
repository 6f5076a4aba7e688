//! The audit log: an SQLite database of its own (`DATA_DIR/audit.db`), written by one thread
//! with group commit, read for `LookupEvents`.
//!
//! **Why its own database.** The trail grows with every change for 90 days, and is searched by
//! time, event name, user, access key, source and resource; the control-plane store keeps all
//! its state in memory and offers no secondary indexes. A separate SQLite file in WAL mode
//! with `synchronous=FULL` gives the same crash safety, real indexes, and deletion by age.
//!
//! **Never missing, never blocking.** The edge records a mutating call twice: an *intent*
//! before the service runs and the *outcome* after, and waits for each to be durable before
//! going on (both waits are bounded). So every change that reaches the control-plane store has
//! at least its intent in the trail, and every acknowledged call has its outcome: a `kill -9`
//! between the two leaves an intent, which the next start marks as interrupted (the outcome is
//! unknown: the change may or may not have been made, and the client was not answered). The
//! writer commits whatever is queued in one transaction and one fsync, so concurrent calls
//! share the cost. If the database cannot be written (a full or failing disk), events are
//! appended, fsynced, to `audit-spill.jsonl` and replayed into the database at the next start;
//! if even that fails the event is written to the server log and the call goes on: the trail
//! never fails a call. Events older than the retention (90 days by default, as CloudTrail's
//! event history) are deleted hourly.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex as StdMutex};
use std::time::Duration;

use keel_api::{AuditEvent, AuditSink};
use keel_store::checkpoint::Checkpointer;
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::Value;
use tokio::sync::oneshot;
use tracing::{error, info, warn};

/// Most events committed in one transaction.
const MAX_BATCH: usize = 512;

/// What a lookup may filter on (CloudTrail's `LookupAttributeKey`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Attribute {
    EventId(String),
    EventName(String),
    ReadOnly(bool),
    Username(String),
    ResourceType(String),
    ResourceName(String),
    EventSource(String),
    AccessKeyId(String),
}

/// A lookup: events in `[start_ms, end_ms]`, newest first, after `before` (the position of the
/// last event of the previous page).
#[derive(Clone, Debug, Default)]
pub struct Lookup {
    pub attribute: Option<Attribute>,
    pub start_ms: Option<i64>,
    pub end_ms: Option<i64>,
    pub limit: usize,
    /// `(event_time_ms, seq)` of the last event already returned.
    pub before: Option<(i64, i64)>,
}

/// One stored event.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredEvent {
    pub seq: i64,
    pub event_id: String,
    pub event_time_ms: i64,
    pub event_source: String,
    pub event_name: String,
    pub username: Option<String>,
    pub access_key_id: Option<String>,
    pub read_only: bool,
    pub resources: Vec<(String, String)>,
    /// The CloudTrail record, as JSON text.
    pub record: String,
}

#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    #[error("audit database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("audit spill file {path}: {source}")]
    Spill {
        path: String,
        source: std::io::Error,
    },
    #[error("the audit log is closed")]
    Closed,
    #[error("audit database checkpoints: {0}")]
    Checkpoint(#[from] keel_store::checkpoint::CheckpointError),
}

const STATE_INTENT: i64 = 0;
const STATE_COMPLETE: i64 = 1;
const STATE_INTERRUPTED: i64 = 2;

const DDL: &str = "
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL UNIQUE,
    event_time_ms INTEGER NOT NULL,
    event_source TEXT NOT NULL,
    event_name TEXT NOT NULL,
    username TEXT,
    access_key_id TEXT,
    read_only INTEGER NOT NULL,
    error_code TEXT,
    state INTEGER NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_time ON events(event_time_ms, seq);
CREATE INDEX IF NOT EXISTS events_by_name ON events(event_name, event_time_ms);
CREATE INDEX IF NOT EXISTS events_by_user ON events(username, event_time_ms);
CREATE INDEX IF NOT EXISTS events_by_key ON events(access_key_id, event_time_ms);
CREATE INDEX IF NOT EXISTS events_by_source ON events(event_source, event_time_ms);
CREATE INDEX IF NOT EXISTS events_by_state ON events(state);
CREATE TABLE IF NOT EXISTS event_resources (
    seq INTEGER NOT NULL,
    resource_type TEXT NOT NULL,
    resource_name TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS resources_by_seq ON event_resources(seq);
CREATE INDEX IF NOT EXISTS resources_by_name ON event_resources(resource_name, seq);
CREATE INDEX IF NOT EXISTS resources_by_type ON event_resources(resource_type, seq);
";

fn open_connection(path: &Path) -> Result<Connection, rusqlite::Error> {
    let conn = Connection::open(path)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.busy_timeout(Duration::from_secs(5))?;
    Ok(conn)
}

type Reply = oneshot::Sender<Result<(), AuditError>>;

enum Work {
    Record(Box<AuditEvent>, Reply),
    Purge(i64, oneshot::Sender<Result<usize, AuditError>>),
    Close(oneshot::Sender<()>),
}

/// The audit trail's store.
pub struct AuditLog {
    tx: StdMutex<Option<mpsc::Sender<Work>>>,
    reader: StdMutex<Connection>,
    spill_path: PathBuf,
    retention_ms: i64,
}

impl std::fmt::Debug for AuditLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuditLog")
            .field("retention_ms", &self.retention_ms)
            .finish_non_exhaustive()
    }
}

/// The spill file next to a database.
pub fn spill_path(db: &Path) -> PathBuf {
    db.with_file_name("audit-spill.jsonl")
}

/// The marker an interrupted call's record carries.
pub const INTERRUPTED_NOTE: &str =
    "the server stopped before the call finished: its outcome is unknown";

impl AuditLog {
    /// Opens (or creates) the log at `path`, replays a spill file left by an earlier run,
    /// marks calls interrupted by a crash, and starts the writer.
    pub fn open(path: &Path, retention: Duration) -> Result<Arc<AuditLog>, AuditError> {
        let conn = open_connection(path)?;
        conn.execute_batch(DDL)?;
        let spill = spill_path(path);
        replay_spill(&conn, &spill)?;
        let interrupted = mark_interrupted(&conn)?;
        if interrupted > 0 {
            warn!(
                interrupted,
                "audit trail: calls were under way when the server stopped; their outcome is unknown"
            );
        }
        let reader = open_connection(path)?;
        // Checkpoints run beside the writer, not inside its commits (see keel_store::checkpoint).
        let checkpointer = Checkpointer::start(&conn, path, "keel-audit-checkpoint")?;
        let (tx, rx) = mpsc::channel();
        let spill_for_writer = spill.clone();
        std::thread::Builder::new()
            .name("keel-audit-writer".into())
            .spawn(move || writer(conn, rx, spill_for_writer, checkpointer))
            .map_err(|source| AuditError::Spill {
                path: path.display().to_string(),
                source,
            })?;
        Ok(Arc::new(AuditLog {
            tx: StdMutex::new(Some(tx)),
            reader: StdMutex::new(reader),
            spill_path: spill,
            retention_ms: i64::try_from(retention.as_millis()).unwrap_or(i64::MAX),
        }))
    }

    fn send(&self, work: Work) -> Result<(), Work> {
        let guard = self.tx.lock().unwrap_or_else(|p| p.into_inner());
        match guard.as_ref() {
            Some(tx) => tx.send(work).map_err(|e| e.0),
            None => Err(work),
        }
    }

    /// Stores an event and waits until it is durable.
    pub async fn write(&self, event: AuditEvent) -> Result<(), AuditError> {
        let (reply, done) = oneshot::channel();
        if let Err(Work::Record(event, _)) = self.send(Work::Record(Box::new(event), reply)) {
            return spill(&self.spill_path, &event);
        }
        done.await.unwrap_or(Err(AuditError::Closed))
    }

    /// Deletes events older than the retention before `now_ms`; returns how many.
    pub async fn purge(&self, now_ms: i64) -> Result<usize, AuditError> {
        let (reply, done) = oneshot::channel();
        self.send(Work::Purge(now_ms.saturating_sub(self.retention_ms), reply))
            .map_err(|_| AuditError::Closed)?;
        done.await.unwrap_or(Err(AuditError::Closed))
    }

    /// Finishes queued writes and stops the writer.
    pub async fn close(&self) {
        let (reply, done) = oneshot::channel();
        if self.send(Work::Close(reply)).is_ok() {
            let _ = done.await;
        }
        self.tx.lock().unwrap_or_else(|p| p.into_inner()).take();
    }

    pub fn retention_ms(&self) -> i64 {
        self.retention_ms
    }

    /// Events matching `lookup`, newest first.
    pub fn lookup(&self, lookup: &Lookup) -> Result<Vec<StoredEvent>, AuditError> {
        let conn = self.reader.lock().unwrap_or_else(|p| p.into_inner());
        query(&conn, lookup)
    }
}

#[async_trait::async_trait]
impl AuditSink for AuditLog {
    async fn record(&self, event: AuditEvent) {
        let id = event.event_id.clone();
        if let Err(err) = self.write(event).await {
            error!(event_id = %id, %err, "audit event could not be stored");
        }
    }
}

/// Runs until the channel closes or `Close` arrives.
fn writer(
    mut conn: Connection,
    rx: mpsc::Receiver<Work>,
    spill_path: PathBuf,
    mut checkpointer: Checkpointer,
) {
    while let Ok(first) = rx.recv() {
        let mut batch = Vec::new();
        let mut others = Vec::new();
        let mut push = |work: Work, batch: &mut Vec<(Box<AuditEvent>, Reply)>| match work {
            Work::Record(event, reply) => batch.push((event, reply)),
            other => others.push(other),
        };
        push(first, &mut batch);
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(work) => push(work, &mut batch),
                Err(_) => break,
            }
        }
        if !batch.is_empty() {
            let result = commit(&mut conn, batch.iter().map(|(e, _)| e.as_ref()));
            match result {
                Ok(()) => {
                    for (_, reply) in batch {
                        let _ = reply.send(Ok(()));
                    }
                    checkpointer.committed(&conn);
                }
                Err(err) => {
                    error!(%err, "audit database write failed; spilling to {}", spill_path.display());
                    for (event, reply) in batch {
                        let _ = reply.send(spill(&spill_path, &event));
                    }
                }
            }
        }
        for work in others {
            match work {
                Work::Purge(before_ms, reply) => {
                    let _ = reply.send(purge(&conn, before_ms));
                }
                Work::Close(reply) => {
                    checkpointer.stop();
                    let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
                    let _ = reply.send(());
                    return;
                }
                Work::Record(..) => {}
            }
        }
    }
}

/// The CloudTrail record as stored.
fn record_text(event: &AuditEvent) -> String {
    serde_json::to_string(&event.record).unwrap_or_else(|_| "{}".into())
}

fn upsert(
    tx: &rusqlite::Transaction<'_>,
    event: &AuditEvent,
    state: i64,
    record: &str,
) -> Result<(), rusqlite::Error> {
    let seq: i64 = tx
        .prepare_cached(
            "INSERT INTO events (event_id, event_time_ms, event_source, event_name, username,
             access_key_id, read_only, error_code, state, record)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT(event_id) DO UPDATE SET error_code = excluded.error_code,
             state = excluded.state, record = excluded.record
         RETURNING seq",
        )?
        .query_row(
            params![
                event.event_id,
                event.event_time_ms,
                event.event_source,
                event.event_name,
                event.username,
                event.access_key_id,
                event.read_only,
                event.error_code,
                state,
                record,
            ],
            |row| row.get(0),
        )?;
    tx.prepare_cached("DELETE FROM event_resources WHERE seq = ?1")?
        .execute([seq])?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO event_resources (seq, resource_type, resource_name) VALUES (?1, ?2, ?3)",
    )?;
    for (kind, name) in &event.resources {
        insert.execute(params![seq, kind, name])?;
    }
    Ok(())
}

/// Stores one event of a batch. An outcome whose intent is stored only updates what the
/// outcome adds (its resources are the intent's): the indexed columns and the resource rows
/// stay as they are, which halves the work of a recorded call.
fn store(
    tx: &rusqlite::Transaction<'_>,
    event: &AuditEvent,
    state: i64,
) -> Result<(), rusqlite::Error> {
    let record = record_text(event);
    if event.complete {
        let updated = tx
            .prepare_cached(
                "UPDATE events SET error_code = ?1, state = ?2, record = ?3 WHERE event_id = ?4",
            )?
            .execute(params![event.error_code, state, record, event.event_id])?;
        if updated > 0 {
            return Ok(());
        }
    }
    upsert(tx, event, state, &record)
}

fn commit<'e>(
    conn: &mut Connection,
    events: impl Iterator<Item = &'e AuditEvent>,
) -> Result<(), rusqlite::Error> {
    let tx = conn.transaction()?;
    for event in events {
        let state = if event.complete {
            STATE_COMPLETE
        } else {
            STATE_INTENT
        };
        store(&tx, event, state)?;
    }
    tx.commit()
}

fn purge(conn: &Connection, before_ms: i64) -> Result<usize, AuditError> {
    let deleted = conn.execute(
        "DELETE FROM event_resources WHERE seq IN (SELECT seq FROM events WHERE event_time_ms < ?1)",
        [before_ms],
    )?;
    let _ = deleted;
    Ok(conn.execute("DELETE FROM events WHERE event_time_ms < ?1", [before_ms])?)
}

/// The serialized form of an event in the spill file.
fn spill_line(event: &AuditEvent) -> String {
    serde_json::json!({
        "eventId": event.event_id,
        "eventTimeMs": event.event_time_ms,
        "eventSource": event.event_source,
        "eventName": event.event_name,
        "username": event.username,
        "accessKeyId": event.access_key_id,
        "readOnly": event.read_only,
        "resources": event.resources,
        "errorCode": event.error_code,
        "complete": event.complete,
        "record": event.record,
    })
    .to_string()
}

fn spill(path: &Path, event: &AuditEvent) -> Result<(), AuditError> {
    let io = |source| AuditError::Spill {
        path: path.display().to_string(),
        source,
    };
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(io)?;
    let mut line = spill_line(event);
    line.push('\n');
    file.write_all(line.as_bytes()).map_err(io)?;
    file.sync_all().map_err(io)
}

fn replay_spill(conn: &Connection, path: &Path) -> Result<(), AuditError> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Ok(());
    };
    let mut replayed = 0usize;
    let tx = conn.unchecked_transaction()?;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let Ok(v) = serde_json::from_str::<Value>(line) else {
            warn!("skipping an unreadable line of the audit spill file");
            continue;
        };
        let event = AuditEvent {
            event_id: v["eventId"].as_str().unwrap_or_default().to_string(),
            event_time_ms: v["eventTimeMs"].as_i64().unwrap_or_default(),
            event_source: v["eventSource"].as_str().unwrap_or_default().to_string(),
            event_name: v["eventName"].as_str().unwrap_or_default().to_string(),
            username: v["username"].as_str().map(str::to_string),
            access_key_id: v["accessKeyId"].as_str().map(str::to_string),
            read_only: v["readOnly"].as_bool().unwrap_or(false),
            resources: serde_json::from_value(v["resources"].clone()).unwrap_or_default(),
            error_code: v["errorCode"].as_str().map(str::to_string),
            complete: v["complete"].as_bool().unwrap_or(false),
            record: v["record"].clone(),
        };
        if event.event_id.is_empty() {
            continue;
        }
        // An intent must not overwrite an outcome replayed or written before it.
        let existing: Option<i64> = tx
            .query_row(
                "SELECT state FROM events WHERE event_id = ?1",
                [&event.event_id],
                |r| r.get(0),
            )
            .optional()?;
        if !event.complete && existing.is_some() {
            continue;
        }
        store(
            &tx,
            &event,
            if event.complete {
                STATE_COMPLETE
            } else {
                STATE_INTENT
            },
        )?;
        replayed += 1;
    }
    tx.commit()?;
    std::fs::remove_file(path).map_err(|source| AuditError::Spill {
        path: path.display().to_string(),
        source,
    })?;
    info!(replayed, "audit events replayed from the spill file");
    Ok(())
}

/// Marks intents left by a crash: their outcome is unknown.
fn mark_interrupted(conn: &Connection) -> Result<usize, AuditError> {
    let mut stmt = conn.prepare("SELECT seq, record FROM events WHERE state = ?1")?;
    let rows: Vec<(i64, String)> = stmt
        .query_map([STATE_INTENT], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (seq, record) in &rows {
        let mut value: Value = serde_json::from_str(record).unwrap_or(Value::Null);
        if let Value::Object(map) = &mut value {
            map.insert(
                "additionalEventData".into(),
                serde_json::json!({"keelOutcome": INTERRUPTED_NOTE}),
            );
        }
        conn.execute(
            "UPDATE events SET state = ?1, record = ?2 WHERE seq = ?3",
            params![STATE_INTERRUPTED, value.to_string(), seq],
        )?;
    }
    Ok(rows.len())
}

fn query(conn: &Connection, lookup: &Lookup) -> Result<Vec<StoredEvent>, AuditError> {
    let mut sql = String::from(
        "SELECT e.seq, e.event_id, e.event_time_ms, e.event_source, e.event_name, e.username,
                e.access_key_id, e.read_only, e.record, e.state
         FROM events e WHERE 1 = 1",
    );
    let mut args: Vec<rusqlite::types::Value> = Vec::new();
    let mut arg = |sql: &mut String, clause: &str, v: rusqlite::types::Value| {
        args.push(v);
        sql.push_str(&clause.replace('?', &format!("?{}", args.len())));
    };
    use rusqlite::types::Value as V;
    match &lookup.attribute {
        None => {}
        Some(Attribute::EventId(v)) => arg(&mut sql, " AND e.event_id = ?", V::Text(v.clone())),
        Some(Attribute::EventName(v)) => arg(&mut sql, " AND e.event_name = ?", V::Text(v.clone())),
        Some(Attribute::ReadOnly(v)) => {
            arg(&mut sql, " AND e.read_only = ?", V::Integer(i64::from(*v)))
        }
        Some(Attribute::Username(v)) => arg(&mut sql, " AND e.username = ?", V::Text(v.clone())),
        Some(Attribute::EventSource(v)) => {
            arg(&mut sql, " AND e.event_source = ?", V::Text(v.clone()))
        }
        Some(Attribute::AccessKeyId(v)) => {
            arg(&mut sql, " AND e.access_key_id = ?", V::Text(v.clone()))
        }
        Some(Attribute::ResourceType(v)) => arg(
            &mut sql,
            " AND EXISTS (SELECT 1 FROM event_resources r WHERE r.seq = e.seq AND r.resource_type = ?)",
            V::Text(v.clone()),
        ),
        Some(Attribute::ResourceName(v)) => arg(
            &mut sql,
            " AND EXISTS (SELECT 1 FROM event_resources r WHERE r.seq = e.seq AND r.resource_name = ?)",
            V::Text(v.clone()),
        ),
    }
    if let Some(start) = lookup.start_ms {
        arg(&mut sql, " AND e.event_time_ms >= ?", V::Integer(start));
    }
    if let Some(end) = lookup.end_ms {
        arg(&mut sql, " AND e.event_time_ms <= ?", V::Integer(end));
    }
    if let Some((time, seq)) = lookup.before {
        arg(&mut sql, " AND (e.event_time_ms < ?", V::Integer(time));
        arg(&mut sql, " OR (e.event_time_ms = ?", V::Integer(time));
        arg(&mut sql, " AND e.seq < ?))", V::Integer(seq));
    }
    sql.push_str(" ORDER BY e.event_time_ms DESC, e.seq DESC");
    arg(
        &mut sql,
        " LIMIT ?",
        V::Integer(i64::try_from(lookup.limit).unwrap_or(50)),
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| {
        Ok(StoredEvent {
            seq: r.get(0)?,
            event_id: r.get(1)?,
            event_time_ms: r.get(2)?,
            event_source: r.get(3)?,
            event_name: r.get(4)?,
            username: r.get(5)?,
            access_key_id: r.get(6)?,
            read_only: r.get(7)?,
            record: {
                let record: String = r.get(8)?;
                let state: i64 = r.get(9)?;
                if state == STATE_INTENT {
                    // A call still under way (or the writer has not yet stored its outcome).
                    let mut value: Value = serde_json::from_str(&record).unwrap_or(Value::Null);
                    if let Value::Object(map) = &mut value {
                        map.insert(
                            "additionalEventData".into(),
                            serde_json::json!({"keelOutcome": "the call is still under way"}),
                        );
                    }
                    value.to_string()
                } else {
                    record
                }
            },
            resources: Vec::new(),
        })
    })?;
    let mut events: Vec<StoredEvent> = rows.collect::<Result<_, _>>()?;
    let mut res = conn.prepare_cached(
        "SELECT resource_type, resource_name FROM event_resources WHERE seq = ?1",
    )?;
    for event in &mut events {
        event.resources = res
            .query_map([event.seq], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
    }
    Ok(events)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn event(id: &str, name: &str, time: i64, complete: bool) -> AuditEvent {
        AuditEvent {
            event_id: id.into(),
            event_time_ms: time,
            event_source: "ecs.amazonaws.com".into(),
            event_name: name.into(),
            username: Some("alice".into()),
            access_key_id: Some("AKIAEXAMPLE".into()),
            read_only: false,
            resources: vec![(
                "AWS::ECS::Cluster".into(),
                "arn:aws:ecs:us-east-1:0:cluster/c".into(),
            )],
            error_code: None,
            complete,
            record: json!({"eventID": id, "eventName": name}),
        }
    }

    fn all(log: &AuditLog) -> Vec<StoredEvent> {
        log.lookup(&Lookup {
            limit: 1000,
            ..Lookup::default()
        })
        .unwrap()
    }

    #[tokio::test]
    async fn outcomes_replace_intents_and_lookups_filter_and_page() {
        let dir = tempfile::tempdir().unwrap();
        let log = AuditLog::open(&dir.path().join("audit.db"), Duration::from_secs(3600)).unwrap();
        log.write(event("1", "CreateCluster", 1_000, false))
            .await
            .unwrap();
        let mut done = event("1", "CreateCluster", 1_000, true);
        done.error_code = Some("ClientException".into());
        log.write(done).await.unwrap();
        for (i, t) in [(2, 2_000), (3, 3_000), (4, 3_000)] {
            log.write(event(&i.to_string(), "StopTask", t, true))
                .await
                .unwrap();
        }
        let events = all(&log);
        assert_eq!(events.len(), 4);
        assert_eq!(events[0].event_id, "4", "newest first, then by sequence");
        assert_eq!(events[3].event_id, "1");
        let page1 = log
            .lookup(&Lookup {
                attribute: Some(Attribute::EventName("StopTask".into())),
                limit: 2,
                ..Lookup::default()
            })
            .unwrap();
        assert_eq!(
            page1
                .iter()
                .map(|e| e.event_id.as_str())
                .collect::<Vec<_>>(),
            ["4", "3"]
        );
        let last = page1.last().unwrap();
        let page2 = log
            .lookup(&Lookup {
                attribute: Some(Attribute::EventName("StopTask".into())),
                limit: 2,
                before: Some((last.event_time_ms, last.seq)),
                ..Lookup::default()
            })
            .unwrap();
        assert_eq!(
            page2
                .iter()
                .map(|e| e.event_id.as_str())
                .collect::<Vec<_>>(),
            ["2"]
        );
        let by_resource = log
            .lookup(&Lookup {
                attribute: Some(Attribute::ResourceName(
                    "arn:aws:ecs:us-east-1:0:cluster/c".into(),
                )),
                start_ms: Some(2_500),
                limit: 10,
                ..Lookup::default()
            })
            .unwrap();
        assert_eq!(by_resource.len(), 2);
        assert_eq!(by_resource[0].resources[0].0, "AWS::ECS::Cluster");
        assert_eq!(log.purge(2_500 + 3_600_000).await.unwrap(), 2);
        assert_eq!(all(&log).len(), 2);
        log.close().await;
    }

    #[tokio::test]
    async fn intents_left_by_a_crash_are_marked_and_spills_are_replayed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.db");
        {
            let log = AuditLog::open(&path, Duration::from_secs(3600)).unwrap();
            log.write(event("a", "RunTask", 1, false)).await.unwrap();
            // No outcome, no close: as after kill -9.
        }
        spill(&spill_path(&path), &event("b", "StopTask", 2, true)).unwrap();
        let log = AuditLog::open(&path, Duration::from_secs(3600)).unwrap();
        assert!(!spill_path(&path).exists());
        let events = all(&log);
        assert_eq!(events.len(), 2);
        let a = events.iter().find(|e| e.event_id == "a").unwrap();
        assert!(a.record.contains(INTERRUPTED_NOTE), "{}", a.record);
        assert!(events.iter().any(|e| e.event_id == "b"));
    }
}
