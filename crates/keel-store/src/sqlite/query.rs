//! SQL used by both the writer and the read pool. All statements go through the per-connection
//! prepared statement cache.

use std::ops::Bound;

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::{EventKind, KeyValue, LeaseId, RangeRequest, Revision, WatchEvent, prefix_end};

const KV_COLS: &str = "key, value, create_rev, mod_rev, version, lease";
const KV_COLS_KEYS_ONLY: &str = "key, x'', create_rev, mod_rev, version, lease";

fn kv_from_row(r: &Row<'_>) -> rusqlite::Result<KeyValue> {
    Ok(KeyValue {
        key: r.get(0)?,
        value: r.get(1)?,
        create_revision: r.get(2)?,
        mod_revision: r.get(3)?,
        version: r.get(4)?,
        lease: r.get(5)?,
    })
}

/// Every current key-value, in key order (to build the read view at open).
pub(crate) fn load_all(conn: &Connection) -> rusqlite::Result<Vec<KeyValue>> {
    conn.prepare(&format!("SELECT {KV_COLS} FROM kv ORDER BY key"))?
        .query_map([], kv_from_row)?
        .collect()
}

/// `WHERE` clause (without the keyword) for `lower .. upper`, appending its parameters.
fn key_bounds<'a>(lower: Bound<&'a str>, upper: Bound<&'a str>, args: &mut Vec<&'a str>) -> String {
    let mut clauses = Vec::with_capacity(2);
    match lower {
        Bound::Included(k) => {
            clauses.push("key >= ?");
            args.push(k);
        }
        Bound::Excluded(k) => {
            clauses.push("key > ?");
            args.push(k);
        }
        Bound::Unbounded => {}
    }
    match upper {
        Bound::Included(k) => {
            clauses.push("key <= ?");
            args.push(k);
        }
        Bound::Excluded(k) => {
            clauses.push("key < ?");
            args.push(k);
        }
        Bound::Unbounded => {}
    }
    if clauses.is_empty() {
        "1".to_owned()
    } else {
        clauses.join(" AND ")
    }
}

/// See [`crate::engine::Backend::range`].
pub(crate) fn range(
    conn: &Connection,
    req: &RangeRequest,
) -> rusqlite::Result<(Vec<KeyValue>, bool, usize)> {
    let (lo, hi) = req.range.bounds();
    let upper = match &hi {
        Bound::Included(k) => Bound::Included(k.as_str()),
        Bound::Excluded(k) => Bound::Excluded(k.as_str()),
        Bound::Unbounded => Bound::Unbounded,
    };

    let mut args = Vec::new();
    let cond = key_bounds(Bound::Included(lo.as_str()), upper, &mut args);
    let count: i64 = conn
        .prepare_cached(&format!("SELECT count(*) FROM kv WHERE {cond}"))?
        .query_row(rusqlite::params_from_iter(args.iter()), |r| r.get(0))?;
    let count = usize::try_from(count).unwrap_or(0);
    if req.count_only {
        return Ok((Vec::new(), false, count));
    }

    let lower = match &req.start_after {
        Some(a) if *a >= lo => Bound::Excluded(a.as_str()),
        _ => Bound::Included(lo.as_str()),
    };
    let mut args = Vec::new();
    let cond = key_bounds(lower, upper, &mut args);
    let cols = if req.keys_only {
        KV_COLS_KEYS_ONLY
    } else {
        KV_COLS
    };
    // Fetch one extra row to learn whether there is more.
    let limit = req
        .effective_limit()
        .and_then(|n| i64::try_from(n).ok())
        .map_or(-1, |n| n.saturating_add(1));
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {cols} FROM kv WHERE {cond} ORDER BY key LIMIT {limit}"
    ))?;
    let mut kvs = stmt
        .query_map(rusqlite::params_from_iter(args.iter()), kv_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let more = match req.effective_limit() {
        Some(n) if kvs.len() > n => {
            kvs.truncate(n);
            true
        }
        _ => false,
    };
    Ok((kvs, more, count))
}

pub(crate) fn upsert_kv(conn: &Connection, kv: &KeyValue) -> rusqlite::Result<()> {
    conn.prepare_cached(&format!(
        "INSERT INTO kv ({KV_COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, create_rev = excluded.create_rev,
            mod_rev = excluded.mod_rev, version = excluded.version, lease = excluded.lease"
    ))?
    .execute(params![
        kv.key,
        kv.value,
        kv.create_revision,
        kv.mod_revision,
        kv.version,
        kv.lease
    ])?;
    Ok(())
}

pub(crate) fn delete_kv(conn: &Connection, key: &str) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM kv WHERE key = ?1")?
        .execute([key])?;
    Ok(())
}

pub(crate) fn lease_exists(conn: &Connection, id: LeaseId) -> rusqlite::Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM leases WHERE id = ?1")?
        .query_row([id], |_| Ok(()))
        .optional()?
        .is_some())
}

pub(crate) fn lease_keys(conn: &Connection, id: LeaseId) -> rusqlite::Result<Vec<String>> {
    conn.prepare_cached("SELECT key FROM kv WHERE lease = ?1 ORDER BY key")?
        .query_map([id], |r| r.get(0))?
        .collect()
}

pub(crate) fn insert_lease(
    conn: &Connection,
    id: LeaseId,
    ttl_ms: i64,
    now_ms: i64,
) -> rusqlite::Result<()> {
    conn.prepare_cached("INSERT INTO leases (id, ttl_ms, granted_at_ms) VALUES (?1, ?2, ?3)")?
        .execute(params![id, ttl_ms, now_ms])?;
    Ok(())
}

pub(crate) fn delete_lease(conn: &Connection, id: LeaseId) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM leases WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

pub(crate) fn insert_history(
    conn: &Connection,
    seq: usize,
    ev: &WatchEvent,
) -> rusqlite::Result<()> {
    let kind = match ev.kind {
        EventKind::Put => 0,
        EventKind::Delete => 1,
    };
    let prev = ev.prev_kv.as_ref();
    conn.prepare_cached(
        "INSERT INTO history (rev, seq, kind, key, value, create_rev, version, lease,
            prev_value, prev_create_rev, prev_mod_rev, prev_version, prev_lease)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
    .execute(params![
        ev.kv.mod_revision,
        i64::try_from(seq).unwrap_or(i64::MAX),
        kind,
        ev.kv.key,
        ev.kv.value,
        ev.kv.create_revision,
        ev.kv.version,
        ev.kv.lease,
        prev.map(|p| &p.value),
        prev.map(|p| p.create_revision),
        prev.map(|p| p.mod_revision),
        prev.map(|p| p.version),
        prev.and_then(|p| p.lease),
    ])?;
    Ok(())
}

pub(crate) fn delete_history_through(conn: &Connection, through: Revision) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM history WHERE rev <= ?1")?
        .execute([through])?;
    Ok(())
}

pub(crate) fn write_meta(
    conn: &Connection,
    revision: Revision,
    compacted: Revision,
    next_lease: LeaseId,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "UPDATE meta SET revision = ?1, compacted = ?2, next_lease = ?3 WHERE id = 0",
    )?
    .execute([revision, compacted, next_lease])?;
    Ok(())
}

/// `(revision, compacted)` as of the connection's current read snapshot.
pub(crate) fn read_meta(conn: &Connection) -> rusqlite::Result<(Revision, Revision)> {
    conn.prepare_cached("SELECT revision, compacted FROM meta WHERE id = 0")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
}

/// Up to `limit` history events for keys under `prefix` strictly after `(rev, seq)`.
pub(crate) fn history_page(
    conn: &Connection,
    prefix: &str,
    after: (Revision, i64),
    limit: usize,
) -> rusqlite::Result<Vec<(i64, WatchEvent)>> {
    let end = prefix_end(prefix);
    let upper = if end.is_some() { "AND key < ?4" } else { "" };
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let sql = format!(
        "SELECT rev, seq, kind, key, value, create_rev, version, lease,
                prev_value, prev_create_rev, prev_mod_rev, prev_version, prev_lease
         FROM history WHERE (rev, seq) > (?1, ?2) AND key >= ?3 {upper}
         ORDER BY rev, seq LIMIT {limit}"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let map = |r: &Row<'_>| -> rusqlite::Result<(i64, WatchEvent)> {
        let rev: Revision = r.get(0)?;
        let seq: i64 = r.get(1)?;
        let kind: i64 = r.get(2)?;
        let key: String = r.get(3)?;
        let prev_value: Option<Vec<u8>> = r.get(8)?;
        let prev_kv = match prev_value {
            Some(value) => Some(KeyValue {
                key: key.clone(),
                value,
                create_revision: r.get::<_, Option<i64>>(9)?.unwrap_or(0),
                mod_revision: r.get::<_, Option<i64>>(10)?.unwrap_or(0),
                version: r.get::<_, Option<i64>>(11)?.unwrap_or(0),
                lease: r.get(12)?,
            }),
            None => None,
        };
        let kv = KeyValue {
            key,
            value: r.get(4)?,
            create_revision: r.get(5)?,
            mod_revision: rev,
            version: r.get(6)?,
            lease: r.get(7)?,
        };
        let kind = if kind == 0 {
            EventKind::Put
        } else {
            EventKind::Delete
        };
        Ok((seq, WatchEvent { kind, kv, prev_kv }))
    };
    match end {
        Some(end) => stmt
            .query_map(params![after.0, after.1, prefix, end], map)?
            .collect(),
        None => stmt
            .query_map(params![after.0, after.1, prefix], map)?
            .collect(),
    }
}
