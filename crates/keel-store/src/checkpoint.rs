//! WAL checkpoints off the commit path, for an SQLite database with one writer thread.
//!
//! SQLite's automatic checkpoint runs inside the `COMMIT` that takes the WAL past 1,000 pages:
//! that commit copies the WAL back into the database file and fsyncs it before its callers are
//! answered, so one group commit in every few hundred takes several times as long as the rest
//! and every request queued behind it waits too. That is the tail of every durable write's
//! latency. [`Checkpointer::start`] turns the automatic checkpoint off on the writer's
//! connection; the writer calls [`Checkpointer::committed`] once it has answered the callers of
//! each commit, and a thread of its own runs `PASSIVE` checkpoints on a second connection, which WAL mode lets run beside the writer without blocking it. Checkpoints are
//! spaced at least [`MIN_INTERVAL`] apart so that each one (and its fsync of the database
//! file) covers many commits.
//!
//! The WAL starts over from its beginning only at a commit that finds everything in it already
//! copied back, which a writer that is always busy never gives a background checkpoint the
//! chance to see. So once the WAL holds more than [`RESTART_FRAMES`], the writer itself runs
//! the last, short passive checkpoint (the frames written since the background one) between
//! two batches, and its next commit restarts the WAL: that is the only checkpoint work a
//! writer waits for: once per 8 MiB written instead of once per 4 MiB, and at most
//! [`MIN_INTERVAL`]'s worth of frames instead of all of them.
//!
//! Durability is unchanged: a commit is durable once its WAL frames are fsynced, whatever the
//! checkpoints are doing.

use std::path::Path;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

/// Shortest time between two background checkpoints.
pub const MIN_INTERVAL: Duration = Duration::from_millis(20);

/// WAL length, in frames (a page each), past which the writer finishes a checkpoint itself so
/// that the WAL restarts: 8 MiB of 4 KiB pages.
pub const RESTART_FRAMES: i64 = 2_048;

/// Turns off SQLite's checkpoint-on-commit for `conn`.
fn disable_auto_checkpoint(conn: &Connection) -> rusqlite::Result<()> {
    conn.pragma_update(None, "wal_autocheckpoint", 0)
}

#[derive(Default)]
struct Signal {
    /// A commit happened since the last checkpoint started.
    pending: bool,
    stop: bool,
}

struct Shared {
    signal: Mutex<Signal>,
    wake: Condvar,
    /// Frames in the WAL as the last background checkpoint found them.
    wal_frames: AtomicI64,
}

/// The checkpoint thread of one database. Stopped (and joined) on drop.
pub struct Checkpointer {
    shared: Arc<Shared>,
    restart_frames: i64,
    thread: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for Checkpointer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Checkpointer")
            .field("restart_frames", &self.restart_frames)
            .finish_non_exhaustive()
    }
}

impl Checkpointer {
    /// Takes over checkpoints of the database at `path` (already in WAL mode) from its
    /// writer's connection `writer`: turns its automatic checkpoint off, opens a connection of
    /// its own and starts the thread, named `thread_name`.
    pub fn start(
        writer: &Connection,
        path: &Path,
        thread_name: &str,
    ) -> Result<Self, CheckpointError> {
        Self::start_with(writer, path, thread_name, RESTART_FRAMES)
    }

    fn start_with(
        writer: &Connection,
        path: &Path,
        thread_name: &str,
        restart_frames: i64,
    ) -> Result<Self, CheckpointError> {
        disable_auto_checkpoint(writer)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        // A passive checkpoint does not wait for locks, but opening its read snapshot can meet
        // the writer restarting the WAL for a moment.
        conn.busy_timeout(Duration::from_secs(1))?;
        let shared = Arc::new(Shared {
            signal: Mutex::new(Signal::default()),
            wake: Condvar::new(),
            wal_frames: AtomicI64::new(0),
        });
        let theirs = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name(thread_name.into())
            .spawn(move || run(&conn, &theirs))
            .map_err(CheckpointError::Thread)?;
        Ok(Self {
            shared,
            restart_frames,
            thread: Some(thread),
        })
    }

    /// Called by the writer after a commit, once its callers are answered: wakes the thread
    /// and, when the WAL has grown past [`RESTART_FRAMES`], finishes a checkpoint on the
    /// writer's own connection `writer` so that the next commit restarts the WAL.
    pub fn committed(&self, writer: &Connection) {
        if self.shared.wal_frames.load(Ordering::Relaxed) > self.restart_frames {
            // Busy (the background thread is mid-checkpoint) is fine: try after the next one.
            match writer.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| r.get::<_, i64>(0)) {
                Ok(0) => self.shared.wal_frames.store(0, Ordering::Relaxed),
                Ok(_) => {}
                Err(err) => tracing::warn!(%err, "WAL checkpoint by the writer failed"),
            }
        }
        self.signal(|s| s.pending = true);
    }

    /// Stops the thread after the checkpoint in progress, if any.
    pub fn stop(&mut self) {
        self.signal(|s| s.stop = true);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Checkpointer {
    fn signal(&self, set: impl FnOnce(&mut Signal)) {
        set(&mut self.shared.signal.lock().unwrap_or_else(|p| p.into_inner()));
        self.shared.wake.notify_one();
    }
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        self.stop();
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CheckpointError {
    #[error("checkpoint connection: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("cannot start checkpoint thread: {0}")]
    Thread(std::io::Error),
}

fn run(conn: &Connection, shared: &Shared) {
    loop {
        {
            let mut state = shared.signal.lock().unwrap_or_else(|p| p.into_inner());
            while !state.pending && !state.stop {
                state = shared.wake.wait(state).unwrap_or_else(|p| p.into_inner());
            }
            if state.stop {
                return;
            }
            state.pending = false;
        }
        // Columns: busy, frames in the WAL, frames copied back.
        match conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| r.get::<_, i64>(1)) {
            Ok(frames) => shared.wal_frames.store(frames, Ordering::Relaxed),
            Err(err) => {
                tracing::warn!(%err, "background WAL checkpoint failed; retrying after the next commit");
            }
        }
        // Let commits accumulate so the next checkpoint (and its fsync) covers many of them.
        let state = shared.signal.lock().unwrap_or_else(|p| p.into_inner());
        let (state, _) = shared
            .wake
            .wait_timeout_while(state, MIN_INTERVAL, |s| !s.stop)
            .unwrap_or_else(|p| p.into_inner());
        if state.stop {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A database in WAL mode with one table, and its writer connection.
    fn wal_db() -> (tempfile::TempDir, std::path::PathBuf, Connection) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite");
        let writer = Connection::open(&path).unwrap();
        writer.pragma_update(None, "journal_mode", "WAL").unwrap();
        writer
            .execute_batch("CREATE TABLE t (k INTEGER PRIMARY KEY, v BLOB)")
            .unwrap();
        (dir, path, writer)
    }

    /// 2,000 commits of a 32 KiB row each: 64 MiB through the WAL.
    fn write_64_mib(writer: &Connection, checkpointer: Option<&Checkpointer>) {
        let row = vec![7u8; 32 << 10];
        for k in 0..2000 {
            writer
                .execute("INSERT INTO t (k, v) VALUES (?1, ?2)", (k, &row))
                .unwrap();
            if let Some(c) = checkpointer {
                c.committed(writer);
            }
        }
    }

    fn wal_bytes(db: &Path) -> u64 {
        let mut wal = db.as_os_str().to_owned();
        wal.push("-wal");
        std::fs::metadata(wal).map_or(0, |m| m.len())
    }

    #[test]
    fn the_wal_stays_bounded_without_automatic_checkpoints() {
        let (_dir, path, writer) = wal_db();
        writer.pragma_update(None, "synchronous", "FULL").unwrap();
        // A writer that never pauses (as here) keeps the background checkpoints from ever
        // catching up, so the bound comes from the writer's own, past 1,024 frames (4 MiB).
        let checkpointer =
            Checkpointer::start_with(&writer, &path, "test-checkpoint", 1024).unwrap();
        // Without checkpoints the WAL would hold all 64 MiB (the next test); with them it
        // holds 4 MiB plus what the writer adds in one checkpoint interval.
        write_64_mib(&writer, Some(&checkpointer));
        drop(checkpointer);
        assert!(
            wal_bytes(&path) < 32 << 20,
            "WAL grew to {} bytes",
            wal_bytes(&path)
        );
        let count: i64 = writer
            .query_row("SELECT count(*) FROM t", [], |r| r.get(0))
            .unwrap();
        assert_eq!(count, 2000);
    }

    #[test]
    fn without_the_checkpointer_the_wal_grows() {
        // The control for the test above: the pragma really turns the automatic checkpoint
        // off, so the bound there comes from the checkpointer.
        let (_dir, path, writer) = wal_db();
        writer.pragma_update(None, "synchronous", "OFF").unwrap();
        disable_auto_checkpoint(&writer).unwrap();
        write_64_mib(&writer, None);
        assert!(wal_bytes(&path) > 64 << 20);
    }
}
