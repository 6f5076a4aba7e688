//! Damaged data found on disk: never a panic, never silent. Each place is counted once and
//! logged once as a warning with its file and offset; [`crate::LogStore::counters`] reports
//! the count.

use std::collections::HashSet;
use std::fmt::Display;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use parking_lot::Mutex;

#[derive(Debug, Default)]
pub struct DamageLog {
    seen: Mutex<HashSet<(PathBuf, u64)>>,
    count: AtomicU64,
}

impl DamageLog {
    /// Records damage at `offset` of `file`; `what` says what the store does about it.
    pub fn report(&self, file: &Path, offset: u64, error: &dyn Display, what: &str) {
        if self.seen.lock().insert((file.to_path_buf(), offset)) {
            self.count.fetch_add(1, Ordering::Relaxed);
            tracing::warn!(file = %file.display(), offset, %error, what, "damaged log store data");
        }
    }

    pub fn count(&self) -> u64 {
        self.count.load(Ordering::Relaxed)
    }
}
