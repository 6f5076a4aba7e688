//! On-disk schema and connection setup.
//!
//! ```sql
//! -- Single row: store-wide counters, updated once per group commit.
//! meta(id = 0, revision, compacted, next_lease)
//! -- Latest state of every live key (no MVCC: old versions only survive as history).
//! kv(key TEXT UNIQUE, value BLOB, create_rev, mod_rev, version, lease NULL)
//! kv_lease ON kv(lease) WHERE lease IS NOT NULL    -- lease revocation
//! -- Every event since the compaction point, for watch replay. (rev, seq) orders events;
//! -- seq is the event's index within its revision. kind: 0 = put, 1 = delete.
//! history(rev, seq, kind, key, value, create_rev, version, lease,
//!         prev_value, prev_create_rev, prev_mod_rev, prev_version, prev_lease)
//! history_order ON history(rev, seq) UNIQUE
//! -- Live leases. Expiry deadlines are kept in memory; on reopen every surviving lease gets a
//! -- fresh full TTL (as etcd does on leader change), so only the TTL needs persisting.
//! leases(id INTEGER PRIMARY KEY, ttl_ms, granted_at_ms)
//! ```
//!
//! `kv` and `history` are ordinary rowid tables with their keys in separate indexes, not
//! `WITHOUT ROWID` tables keyed by them. Records here are typically one to a few kilobytes
//! (a task is ~1.5 KB of JSON). In a `WITHOUT ROWID` table the B-tree is an index B-tree, whose
//! cells hold at most about a quarter of a page before spilling to overflow pages, and every
//! insert lands at its key's place in the tree: a new task with its random id dirtied a leaf
//! page, an overflow page and often a split, in both tables. In a rowid table new rows append
//! to the last leaf page, whole, and only the small index entry goes to a random place. Reads
//! never come here at run time (they are served from the in-memory view), so the extra lookup
//! through the index costs nothing that matters. Measured in docs/BENCHMARKS.md ("The store's
//! table layout"): a third fewer bytes on disk per task and about 1.3x the placements per second.
//!
//! `PRAGMA user_version` holds [`SCHEMA_VERSION`]. Version 1 had both tables `WITHOUT ROWID`;
//! opening such a database copies them into the version 2 layout, in one transaction.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use crate::{LeaseId, Revision, StoreError};

pub(crate) const SCHEMA_VERSION: i64 = 2;

const DDL: &str = "
CREATE TABLE IF NOT EXISTS meta (
    id INTEGER PRIMARY KEY CHECK (id = 0),
    revision INTEGER NOT NULL,
    compacted INTEGER NOT NULL,
    next_lease INTEGER NOT NULL
);
INSERT OR IGNORE INTO meta (id, revision, compacted, next_lease) VALUES (0, 0, 0, 1);
CREATE TABLE IF NOT EXISTS kv (
    key TEXT NOT NULL UNIQUE,
    value BLOB NOT NULL,
    create_rev INTEGER NOT NULL,
    mod_rev INTEGER NOT NULL,
    version INTEGER NOT NULL,
    lease INTEGER
);
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
    prev_lease INTEGER
);
CREATE UNIQUE INDEX IF NOT EXISTS history_order ON history (rev, seq);
CREATE TABLE IF NOT EXISTS leases (
    id INTEGER PRIMARY KEY,
    ttl_ms INTEGER NOT NULL,
    granted_at_ms INTEGER NOT NULL
);
";

/// Version 1 to 2, first half: the old tables are renamed away, with the lease index, whose
/// name the new one takes. Then [`DDL`] creates the new tables and [`COPY_FROM_V1`] fills them,
/// all in one transaction.
const RENAME_V1: &str = "
DROP INDEX IF EXISTS kv_lease;
ALTER TABLE kv RENAME TO kv_v1;
ALTER TABLE history RENAME TO history_v1;
";

/// Version 1 to 2, second half: the same columns copied over, in key and in history order.
const COPY_FROM_V1: &str = "
INSERT INTO kv (key, value, create_rev, mod_rev, version, lease)
    SELECT key, value, create_rev, mod_rev, version, lease FROM kv_v1 ORDER BY key;
INSERT INTO history (rev, seq, kind, key, value, create_rev, version, lease,
        prev_value, prev_create_rev, prev_mod_rev, prev_version, prev_lease)
    SELECT rev, seq, kind, key, value, create_rev, version, lease,
        prev_value, prev_create_rev, prev_mod_rev, prev_version, prev_lease
    FROM history_v1 ORDER BY rev, seq;
DROP TABLE kv_v1;
DROP TABLE history_v1;
";

/// The schema version 1 tables, for the migration test and nothing else.
#[cfg(test)]
const DDL_V1: &str = "
CREATE TABLE meta (
    id INTEGER PRIMARY KEY CHECK (id = 0),
    revision INTEGER NOT NULL,
    compacted INTEGER NOT NULL,
    next_lease INTEGER NOT NULL
);
INSERT INTO meta (id, revision, compacted, next_lease) VALUES (0, 0, 0, 1);
CREATE TABLE kv (
    key TEXT PRIMARY KEY NOT NULL,
    value BLOB NOT NULL,
    create_rev INTEGER NOT NULL,
    mod_rev INTEGER NOT NULL,
    version INTEGER NOT NULL,
    lease INTEGER
) WITHOUT ROWID;
CREATE INDEX kv_lease ON kv (lease) WHERE lease IS NOT NULL;
CREATE TABLE history (
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
CREATE TABLE leases (
    id INTEGER PRIMARY KEY,
    ttl_ms INTEGER NOT NULL,
    granted_at_ms INTEGER NOT NULL
);
PRAGMA user_version = 1;
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
    let upgrade = if version == 1 {
        format!("{RENAME_V1} {DDL} {COPY_FROM_V1}")
    } else {
        DDL.to_owned()
    };
    conn.execute_batch(&format!(
        "BEGIN IMMEDIATE; {upgrade} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A version 1 database with two keys (one with a lease) and their history.
    fn v1_database(path: &Path) {
        let conn = Connection::open(path).unwrap();
        conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        conn.execute_batch(DDL_V1).unwrap();
        conn.execute_batch(
            "UPDATE meta SET revision = 3, next_lease = 8 WHERE id = 0;
             INSERT INTO leases (id, ttl_ms, granted_at_ms) VALUES (7, 60000, 0);
             INSERT INTO kv VALUES ('/a', x'6131', 1, 3, 2, NULL);
             INSERT INTO kv VALUES ('/b', x'62', 2, 2, 1, 7);
             INSERT INTO history VALUES (1, 0, 0, '/a', x'61', 1, 1, NULL, NULL, NULL, NULL, NULL, NULL);
             INSERT INTO history VALUES (2, 0, 0, '/b', x'62', 2, 1, 7, NULL, NULL, NULL, NULL, NULL);
             INSERT INTO history VALUES (3, 0, 0, '/a', x'6131', 1, 2, NULL, x'61', 1, 1, 1, NULL);",
        )
        .unwrap();
    }

    #[test]
    fn a_version_1_database_is_moved_to_rowid_tables_with_everything_in_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.db");
        v1_database(&path);

        let (conn, recovered) = open_writer(&path, 0).unwrap();
        assert_eq!(recovered.revision, 3);
        assert_eq!(recovered.next_lease, 8);
        assert_eq!(recovered.leases, vec![(7, Duration::from_secs(60))]);
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, SCHEMA_VERSION);
        let without_rowid: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%WITHOUT ROWID%'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(without_rowid, 0, "no table keeps the version 1 layout");
        let tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(tables, ["history", "kv", "leases", "meta"]);

        let kvs = crate::sqlite::query::load_all(&conn).unwrap();
        let rows: Vec<_> = kvs
            .iter()
            .map(|kv| {
                (
                    kv.key.as_str(),
                    kv.value.as_slice(),
                    kv.mod_revision,
                    kv.version,
                    kv.lease,
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                ("/a", &b"a1"[..], 3, 2, None),
                ("/b", &b"b"[..], 2, 1, Some(7))
            ]
        );
        let leased = crate::sqlite::query::lease_keys(&conn, 7).unwrap();
        assert_eq!(leased, ["/b"]);
        let events = crate::sqlite::query::history_page(&conn, "/", (0, 0), 10).unwrap();
        let replay: Vec<_> = events
            .iter()
            .map(|(_, ev)| {
                (
                    ev.kv.mod_revision,
                    ev.kv.key.as_str(),
                    ev.prev_kv.as_ref().map(|p| p.value.clone()),
                )
            })
            .collect();
        assert_eq!(
            replay,
            [
                (1, "/a", None),
                (2, "/b", None),
                (3, "/a", Some(b"a".to_vec()))
            ]
        );
        drop(conn);

        // Opening again finds version 2 and changes nothing.
        let (conn, recovered) = open_writer(&path, 0).unwrap();
        assert_eq!(recovered.revision, 3);
        assert_eq!(crate::sqlite::query::load_all(&conn).unwrap().len(), 2);
    }
}
