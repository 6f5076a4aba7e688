//! Following a container's output without Docker's own follow reader.
//!
//! Docker 20.10's `GET /containers/ID/logs?follow=1` reads the rotating log files (`local` and
//! `json-file` drivers, `daemon/logger/loggerutils`) in two phases: what is on disk when the
//! request arrives, read from every file (a consistent snapshot), then the current file,
//! followed through file-system events. The second phase holds the current file open by name.
//! A reader that is not at the end of that file when the writer rotates keeps reading the
//! renamed file and, at its end, opens the *current* name again: every file rotated in
//! between is skipped, and each further rotation event queued meanwhile opens the current file
//! once more from its start, repeating it. A reader slower than the writer (a sink that holds
//! the shipper back, or a writer faster than the daemon's reader) loses whole files and
//! repeats others (moby/moby 20.10, fixed by the rewrite of the follow reader in 23.0).
//!
//! So output is read only in the first phase: snapshots (`follow=0`), each from the cursor.
//! Docker's `since` is whole seconds and a snapshot from `since` decodes every retained file
//! from its start, so a snapshot asks for the last `tail` lines instead (Docker finds them
//! backwards from the end of the files) and checks that the window reaches back past the
//! cursor: its first line must be older than the cursor. A window too short is given up
//! before anything is taken from it and asked again eight times larger (at most
//! [`MAX_WINDOW`], then the whole log). Between snapshots, a `follow=1&tail=1` request only
//! waits: its first line is the newest on disk (so output written since the last snapshot is
//! seen at once), and the next one says that there is more; it is closed then, and never read
//! further. When that stream ends the container has stopped: one more snapshot, and the
//! output is complete.

use std::time::Duration;

use bollard::Docker;
use bollard::query_parameters::LogsOptions;
use futures::StreamExt;
use tokio::sync::mpsc;

use super::{convert, map_err};
use crate::error::{Operation, RuntimeError};
use crate::logs::{CursorFilter, LogCursor, LogLine};

/// The first window of a resumed read.
const FIRST_WINDOW: u64 = 1024;
/// The largest window asked for; past it, the whole log.
const MAX_WINDOW: u64 = 1 << 21;
/// After a wake-up, how long more output may gather before the next snapshot.
const GATHER: Duration = Duration::from_millis(50);

pub(super) struct Follower {
    pub docker: Docker,
    pub id: String,
    pub stdout: bool,
    pub stderr: bool,
    /// The last line handed out.
    pub cursor: Option<LogCursor>,
}

enum Snapshot {
    /// Read; how many lines were new.
    Read(u64),
    /// The window did not reach back to the cursor.
    TooShort,
    /// The receiver is gone.
    Closed,
}

enum Wake {
    More,
    Stopped,
    Closed,
}

type Sender = mpsc::Sender<Result<LogLine, RuntimeError>>;

impl Follower {
    pub async fn run(mut self, tx: Sender) {
        let mut window = self.cursor.map(|_| FIRST_WINDOW);
        loop {
            let new = match self.snapshot(window, &tx).await {
                Ok(Snapshot::Read(new)) => new,
                Ok(Snapshot::TooShort) => {
                    window = window
                        .and_then(|w| w.checked_mul(8))
                        .filter(|w| *w <= MAX_WINDOW);
                    continue;
                }
                Ok(Snapshot::Closed) => return,
                Err(e) => {
                    let _ = tx.send(Err(e)).await;
                    return;
                }
            };
            // What came now is about what the next snapshot may hold.
            window = Some((new.saturating_mul(2)).clamp(FIRST_WINDOW, MAX_WINDOW));
            match self.wait_for_more(&tx).await {
                Ok(Wake::More) => tokio::time::sleep(GATHER).await,
                Ok(Wake::Stopped) => {
                    // What it wrote last; then the output is complete.
                    match self.snapshot(None, &tx).await {
                        Ok(_) => {}
                        Err(e) => {
                            let _ = tx.send(Err(e)).await;
                        }
                    }
                    return;
                }
                Ok(Wake::Closed) => return,
                Err(e) => {
                    let _ = tx.send(Err(e)).await;
                    return;
                }
            }
        }
    }

    fn options(&self, follow: bool, tail: Option<u64>) -> LogsOptions {
        // Docker's `since` is whole seconds; a window (`tail`) starts where it starts.
        let since = match (tail, self.cursor) {
            (None, Some(c)) => i32::try_from(c.time.unix_secs()).unwrap_or(0),
            _ => 0,
        };
        LogsOptions {
            follow,
            stdout: self.stdout,
            stderr: self.stderr,
            since,
            until: 0,
            timestamps: true,
            tail: tail.map_or_else(|| "all".to_string(), |n| n.to_string()),
        }
    }

    /// Reads what is on disk after the cursor; `window` lines from the end, or all.
    async fn snapshot(
        &mut self,
        window: Option<u64>,
        tx: &Sender,
    ) -> Result<Snapshot, RuntimeError> {
        let op = Operation::Logs;
        // Nothing read yet: everything there is.
        let window = window.filter(|_| self.cursor.is_some());
        let mut lines = self
            .docker
            .logs(&self.id, Some(self.options(false, window)));
        let mut filter = CursorFilter::new(self.cursor);
        let mut first = true;
        let mut new = 0;
        while let Some(item) = lines.next().await {
            let output = item.map_err(|e| map_err(op, &self.id, e))?;
            let Some(line) = convert::log_line(output) else {
                continue;
            };
            if first {
                first = false;
                if let (Some(_), Some(cursor)) = (window, self.cursor)
                    && line.time >= cursor.time
                {
                    return Ok(Snapshot::TooShort);
                }
            }
            if !filter.admit(&line) {
                continue;
            }
            let cursor = self.cursor.get_or_insert_with(LogCursor::default);
            cursor.advance(&line);
            new += 1;
            if tx.send(Ok(line)).await.is_err() {
                return Ok(Snapshot::Closed);
            }
        }
        Ok(Snapshot::Read(new))
    }

    /// Until the container writes a line after the cursor, or stops.
    async fn wait_for_more(&self, tx: &Sender) -> Result<Wake, RuntimeError> {
        let op = Operation::Logs;
        let mut lines = self
            .docker
            .logs(&self.id, Some(self.options(true, Some(1))));
        loop {
            let item = tokio::select! {
                item = lines.next() => item,
                _ = tx.closed() => return Ok(Wake::Closed),
            };
            let Some(item) = item else {
                return Ok(Wake::Stopped);
            };
            let output = item.map_err(|e| map_err(op, &self.id, e))?;
            let Some(line) = convert::log_line(output) else {
                continue;
            };
            match self.cursor {
                Some(cursor) if line.time <= cursor.time => continue,
                _ => return Ok(Wake::More),
            }
        }
    }
}
