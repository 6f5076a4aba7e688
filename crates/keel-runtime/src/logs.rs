//! Reading a container's output: lines with their stream and the runtime's timestamp, and a
//! cursor that lets a restarted reader continue exactly where the last one stopped.
//!
//! The runtime timestamps each line when it reads it from the container (Docker: nanoseconds,
//! `RFC3339Nano`). A [`LogCursor`] is the timestamp of the last line consumed plus how many
//! lines carried exactly that timestamp, so lines stamped in the same nanosecond are neither
//! lost nor repeated. Docker's own `since` filter only has whole-second precision; drivers ask
//! from the cursor's second and skip up to the cursor themselves ([`CursorFilter`]).
//!
//! Known edge: Docker timestamps stdout and stderr in two readers; a line of one stream can be
//! stored just after a line of the other with a slightly later stamp. A cursor that falls
//! exactly between two such lines skips the earlier-stamped one on resume. Within one stream
//! the order is exact.

use bytes::Bytes;
use serde::{Deserialize, Serialize};

use crate::time::Timestamp;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LogStream {
    Stdout,
    Stderr,
}

impl LogStream {
    pub fn as_str(self) -> &'static str {
        match self {
            LogStream::Stdout => "stdout",
            LogStream::Stderr => "stderr",
        }
    }
}

/// One line (or one piece of a long line) of container output.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogLine {
    pub stream: LogStream,
    /// The runtime's timestamp for the line.
    pub time: Timestamp,
    /// The bytes of the line, without the trailing newline.
    pub message: Bytes,
    /// The runtime split a long line (Docker: at 16 KiB); the line continues in the next
    /// message of the same stream.
    pub partial: bool,
}

/// Where a reader stopped. Persist it after shipping lines; pass it back as
/// [`LogOptions::after`] to continue.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogCursor {
    /// The timestamp of the last line consumed.
    pub time: Timestamp,
    /// How many consumed lines carried exactly `time`.
    pub lines_at_time: u32,
}

impl LogCursor {
    /// Records that `line` was consumed.
    pub fn advance(&mut self, line: &LogLine) {
        if line.time == self.time {
            self.lines_at_time = self.lines_at_time.saturating_add(1);
        } else if line.time > self.time {
            self.time = line.time;
            self.lines_at_time = 1;
        }
        // An earlier stamp after a later one (see the module notes): the cursor already lies
        // past it, so a resumed reader will not repeat it either.
    }
}

/// What to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogOptions {
    /// Keep streaming new lines until the container stops (and its output is drained).
    pub follow: bool,
    /// Start after this cursor; from the beginning when `None`.
    pub after: Option<LogCursor>,
    pub stdout: bool,
    pub stderr: bool,
}

impl Default for LogOptions {
    fn default() -> Self {
        Self {
            follow: false,
            after: None,
            stdout: true,
            stderr: true,
        }
    }
}

impl LogOptions {
    pub fn follow_from(after: Option<LogCursor>) -> Self {
        Self {
            follow: true,
            after,
            ..Self::default()
        }
    }
}

/// Drops the lines a cursor has already covered; for drivers whose runtime cannot start at an
/// exact position.
#[derive(Clone, Debug)]
pub struct CursorFilter {
    cursor: Option<LogCursor>,
    skipped_at_time: u32,
    passed: bool,
}

impl CursorFilter {
    pub fn new(cursor: Option<LogCursor>) -> Self {
        Self {
            passed: cursor.is_none(),
            cursor,
            skipped_at_time: 0,
        }
    }

    /// Whether `line` comes after the cursor. Once one line has passed, every later line
    /// passes: order in the runtime's store is what counts.
    pub fn admit(&mut self, line: &LogLine) -> bool {
        if self.passed {
            return true;
        }
        let Some(cursor) = self.cursor else {
            return true;
        };
        if line.time < cursor.time {
            return false;
        }
        if line.time == cursor.time && self.skipped_at_time < cursor.lines_at_time {
            self.skipped_at_time += 1;
            return false;
        }
        self.passed = true;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(nanos: i64, text: &str) -> LogLine {
        LogLine {
            stream: LogStream::Stdout,
            time: Timestamp::from_unix_nanos(nanos),
            message: Bytes::copy_from_slice(text.as_bytes()),
            partial: false,
        }
    }

    #[test]
    fn resuming_at_any_point_yields_exactly_the_rest() {
        // Several lines share a timestamp, as lines written in one burst can.
        let lines = [
            line(10, "a"),
            line(10, "b"),
            line(11, "c"),
            line(12, "d"),
            line(12, "e"),
            line(12, "f"),
            line(13, "g"),
        ];
        for consumed in 0..=lines.len() {
            let mut cursor = LogCursor::default();
            for l in &lines[..consumed] {
                cursor.advance(l);
            }
            let mut filter = CursorFilter::new((consumed > 0).then_some(cursor));
            let rest: Vec<_> = lines.iter().filter(|l| filter.admit(l)).cloned().collect();
            assert_eq!(rest, lines[consumed..].to_vec(), "after {consumed} lines");
        }
    }
}
