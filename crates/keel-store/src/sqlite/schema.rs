//! On-disk schema and connection setup.
//!
//! ```sql
//! -- Single row: store-wide counters, updated once per group commit.
//! meta(id = 0, revision, compacted, next_lease)
//! -- Latest state of every live key (no MVCC: old versions only survive as history).
//! kv(key TEXT PRIMARY KEY, value BLOB, create_rev, mod_rev, version, lease NULL) WITHOUT ROWID
//! kv_lease ON kv(lease) WHERE lease IS NOT NULL    -- lease revocation
//! -- Every event since the compaction point, for watch replay. (rev, seq) orders events;
//! -- seq is the event's index within its revision. kind: 0 = put, 1 = delete.
//! history(rev, seq, kind, key, value, create_rev, version, lease,
//!         prev_value, prev_create_rev, prev_mod_rev, prev_version, prev_lease,
//!         PRIMARY KEY (rev, seq)) WITHOUT ROWID
//! -- Live leases. Expiry deadlines are kept in memory; on reopen every surviving lease gets a
//! -- fresh full TTL (as etcd does on leader change), so only the TTL needs persisting.
//! leases(id INTEGER PRIMARY KEY, ttl_ms, granted_at_ms)
//! ```
//!
//! `PRAGMA user_version` holds [`SCHEMA_VERSION`].

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use crate::{LeaseId, Revision, StoreError};

pub(crate) const SCHEMA_VERSION: i64 = 1;

const DDL: &str = "
CREATE TABLE IF NOT EXISTS meta (
    id INTEGER PRIMARY KEY CHECK (id = 0),
    revision INTEGER NOT NULL,
    compacted INTEGER NOT NULL,
    next_lease INTEGER NOT NULL
);
INSERT OR IGNORE INTO meta (id, revision, compacted, next_lease) VALUES (0, 0, 0, 1);
CREATE TABLE IF NOT EXISTS kv (
    key TEXT PRIMARY KEY NOT NULL,
    value BLOB NOT NULL,
    create_rev INTEGER NOT NULL,
    mod_rev INTEGER NOT NULL,
    version INTEGER NOT NULL,
    lease INTEGER
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS kv_lease ON kv (lease) WHERE lease IS NOT NULL;
CREATE TABLE IF NOT EXISTS history (
    rev INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    key TEXT NOT NULL,
    value BLOB NOT NULL,
    create_rev INTEGER NOT NULL,
    version INTEGER NOT NULL,
    lease INTEGER,
    prev_value BLOB,
    prev_create_rev INTEGER,
    prev_mod_rev INTEGER,
    prev_version INTEGER,
    prev_lease INTEGER,
    PRIMARY KEY (rev, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS leases (
    id INTEGER PRIMARY KEY,
    ttl_ms INTEGER NOT NULL,
    granted_at_ms INTEGER NOT NULL
);
";

/// State recovered from disk when opening.
pub(crate) struct Recovered {
    pub revision: Revision,
    pub compacted: Revision,
    pub next_lease: LeaseId,
    pub leases: Vec<(LeaseId, Duration)>,
}

const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Opens the writer connection, creating/upgrading the schema and reading back the state.
pub(crate) fn open_writer(
    path: &Path,
    mmap_size: u64,
) -> Result<(Connection, Recovered), StoreError> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::Backend(format!(
            "could not enable WAL mode (got {mode})"
        )));
    }
    // Durability rule: a commit returns only after the WAL is fsynced.
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", false)?;
    // The writer still reads pages (the B-tree paths its inserts descend, ranges, leases): map
    // the file, as the readers do, rather than a `pread` per page.
    conn.pragma_update(
        None,
        "mmap_size",
        i64::try_from(mmap_size).unwrap_or(i64::MAX),
    )?;
    // A batch of placements writes hundreds of records; with SQLite's default 2 MB page cache
    // the writer spills dirty pages to the WAL mid-transaction and reads B-tree pages back.
    conn.pragma_update(None, "cache_size", -16_384)?;
    conn.set_prepared_statement_cache_capacity(64);

    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::Backend(format!(
            "database schema version {version} is newer than supported ({SCHEMA_VERSION})"
        )));
    }
    conn.execute_batch(&format!(
        "BEGIN IMMEDIATE; {DDL} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"
    ))?;

    let (revision, compacted, next_lease) = conn
        .query_row(
            "SELECT revision, compacted, next_lease FROM meta WHERE id = 0",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?
        .ok_or_else(|| StoreError::Backend("meta row missing".into()))?;
    let mut stmt = conn.prepare("SELECT id, ttl_ms FROM leases ORDER BY id")?;
    let leases = stmt
        .query_map([], |r| {
            let ttl_ms: i64 = r.get(1)?;
            Ok((
                r.get(0)?,
                Duration::from_millis(u64::try_from(ttl_ms).unwrap_or(0)),
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    drop(stmt);
    Ok((
        conn,
        Recovered {
            revision,
            compacted,
            next_lease,
            leases,
        },
    ))
}

/// Opens a connection for the read pool. It never writes (`query_only`). `mmap_size` > 0 lets
/// it read database pages through a memory map instead of a `pread` per page, which roughly
/// halves point-read latency; only the writer's pages in the WAL are still read with `pread`.
pub(crate) fn open_reader(path: &Path, mmap_size: u64) -> Result<Connection, StoreError> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "query_only", true)?;
    conn.pragma_update(
        None,
        "mmap_size",
        i64::try_from(mmap_size).unwrap_or(i64::MAX),
    )?;
    conn.set_prepared_statement_cache_capacity(64);
    Ok(conn)
}
