//! The agent's state on disk: one small JSON file per task and per shipped log stream, each
//! replaced atomically (write a temporary file, fsync it, rename it over the old one, fsync the
//! directory), so a crash at any instant leaves either the old or the new version.
//!
//! ```text
//! STATE_DIR/agent.json                       agent id, images pulled (for `once`), forgotten ARNs
//! STATE_DIR/tasks/TASK-ID.json               desired task, what was created, seq, unacked changes
//! STATE_DIR/logs/TASK-ID/CONTAINER.json      awslogs cursor (last line the sink acknowledged)
//! ```

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use keel_runtime::{LogCursor, Timestamp};
use keel_types::TaskStatus;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::model::{DesiredTask, HealthStatus, NetworkBinding, StopCode, TaskStateChange};

/// Agent-wide state.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct AgentFile {
    pub agent_id: String,
    /// Images this agent has pulled successfully (for the `once` pull behaviour).
    #[serde(default)]
    pub pulled_images: Vec<String>,
    /// Tasks forgotten after they stopped, were cleaned up and their changes acknowledged,
    /// with when (wall clock): a stale desired state naming one again is ignored.
    #[serde(default)]
    pub forgotten: BTreeMap<String, Timestamp>,
}

/// How far a container has come. Persisted: a restarted agent continues from here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub(crate) enum Phase {
    /// Nothing created yet (its image may be being pulled).
    Waiting,
    /// Its image is there.
    Pulled,
    /// Created, never started.
    Created,
    /// Started (it may be between a crash and a restart in place).
    Running,
    /// Done for good.
    Stopped,
}

/// What the agent knows of one container (or the pause container).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct KnownContainer {
    pub name: String,
    /// The runtime name, decided before create.
    pub runtime_name: String,
    pub internal: bool,
    pub phase: Phase,
    pub id: Option<String>,
    pub exit_code: Option<i64>,
    pub reason: Option<String>,
    pub health: Option<HealthStatus>,
    pub bindings: Vec<NetworkBinding>,
    pub image_digest: Option<String>,
    pub restart_count: u32,
    /// The runtime's time of the latest start (for restartAttemptPeriod).
    pub started_at: Option<Timestamp>,
    pub finished_at: Option<Timestamp>,
    /// The agent asked it to stop (so its exit is expected).
    pub stop_requested: bool,
    /// Its address on its own network, while it runs (the pause container's is an awsvpc
    /// task's address).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac_address: Option<String>,
}

impl KnownContainer {
    pub fn new(name: String, runtime_name: String, internal: bool) -> Self {
        Self {
            name,
            runtime_name,
            internal,
            phase: Phase::Waiting,
            id: None,
            exit_code: None,
            reason: None,
            health: None,
            bindings: Vec::new(),
            image_digest: None,
            restart_count: 0,
            started_at: None,
            finished_at: None,
            stop_requested: false,
            ip_address: None,
            mac_address: None,
        }
    }

    pub fn ever_started(&self) -> bool {
        self.started_at.is_some()
    }
}

/// Why the task is stopping.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct StopCause {
    pub code: StopCode,
    pub reason: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct KnownTask {
    #[serde(with = "crate::model::task_status")]
    pub status: TaskStatus,
    pub volumes_ready: bool,
    /// Task containers in definition order, then the pause container if the task has one.
    pub containers: Vec<KnownContainer>,
    pub pull_started_at: Option<Timestamp>,
    pub pull_stopped_at: Option<Timestamp>,
    pub execution_stopped_at: Option<Timestamp>,
    pub stop: Option<StopCause>,
    /// Wall-clock time the task reached STOPPED (cleanup is due `cleanup_delay` later).
    pub stopped_at: Option<Timestamp>,
    pub cleaned_up: bool,
}

/// Everything persisted about one task.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct TaskRecord {
    pub desired: DesiredTask,
    /// Makes the runtime names unique (`keel-FAMILY-REV-NAME-SUFFIX`).
    pub name_suffix: String,
    /// The id of the task's role credentials at the credentials endpoint (random; kept, so
    /// containers started before a restart keep theirs).
    #[serde(default = "new_credentials_id")]
    pub credentials_id: String,
    /// The seq of the latest change made.
    pub seq: u64,
    /// Changes not yet acknowledged, in seq order.
    pub outbox: Vec<TaskStateChange>,
    /// The latest change made (kept after its acknowledgement, to tell what changed next).
    pub last_change: Option<TaskStateChange>,
    pub known: KnownTask,
}

/// A fresh credentials id: 128 random bits.
pub(crate) fn new_credentials_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// The awslogs position of one container.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct CursorFile {
    /// After the last line the sink acknowledged (or dropped in non-blocking mode).
    pub cursor: Option<LogCursor>,
    pub shipped_events: u64,
    pub dropped_lines: u64,
}

/// The state directory.
#[derive(Clone, Debug)]
pub(crate) struct StateDir {
    root: PathBuf,
}

/// A file-name-safe form of a task id or container name.
pub(crate) fn file_part(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

impl StateDir {
    pub fn open(root: &Path) -> io::Result<Self> {
        fs::create_dir_all(root.join("tasks"))?;
        fs::create_dir_all(root.join("logs"))?;
        Ok(Self {
            root: root.to_path_buf(),
        })
    }

    fn agent_path(&self) -> PathBuf {
        self.root.join("agent.json")
    }

    fn task_path(&self, task_id: &str) -> PathBuf {
        self.root
            .join("tasks")
            .join(format!("{}.json", file_part(task_id)))
    }

    fn cursor_dir(&self, task_id: &str) -> PathBuf {
        self.root.join("logs").join(file_part(task_id))
    }

    pub fn cursor_path(&self, task_id: &str, container: &str) -> PathBuf {
        self.cursor_dir(task_id)
            .join(format!("{}.json", file_part(container)))
    }

    pub fn load_agent(&self) -> io::Result<Option<AgentFile>> {
        read_json(&self.agent_path())
    }

    pub fn save_agent(&self, file: &AgentFile) -> io::Result<()> {
        write_json(&self.agent_path(), file)
    }

    /// Every task record; unreadable files are reported and skipped, leftovers of an
    /// interrupted write removed.
    pub fn load_tasks(&self) -> io::Result<Vec<TaskRecord>> {
        let mut out = Vec::new();
        let dir = self.root.join("tasks");
        let mut entries: Vec<PathBuf> = fs::read_dir(&dir)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for path in entries {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name.ends_with(".tmp") {
                let _ = fs::remove_file(&path);
                continue;
            }
            if !name.ends_with(".json") {
                continue;
            }
            match read_json::<TaskRecord>(&path) {
                Ok(Some(record)) => out.push(record),
                Ok(None) => {}
                Err(error) => {
                    tracing::error!(path = %path.display(), %error, "unreadable task state; skipped");
                }
            }
        }
        Ok(out)
    }

    pub fn save_task(&self, record: &TaskRecord) -> io::Result<()> {
        write_json(&self.task_path(record.desired.task_id()), record)
    }

    pub fn remove_task(&self, task_id: &str) -> io::Result<()> {
        let dir = self.cursor_dir(task_id);
        if dir.exists() {
            fs::remove_dir_all(&dir)?;
        }
        match fs::remove_file(self.task_path(task_id)) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
        sync_dir(&self.root.join("tasks"))
    }

    pub fn load_cursor(&self, task_id: &str, container: &str) -> io::Result<Option<CursorFile>> {
        read_json(&self.cursor_path(task_id, container))
    }

    pub fn save_cursor(&self, task_id: &str, container: &str, file: &CursorFile) -> io::Result<()> {
        let dir = self.cursor_dir(task_id);
        if !dir.exists() {
            fs::create_dir_all(&dir)?;
            sync_dir(&self.root.join("logs"))?;
        }
        write_json(&self.cursor_path(task_id, container), file)
    }
}

pub(crate) fn read_json<T: DeserializeOwned>(path: &Path) -> io::Result<Option<T>> {
    match fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

fn write_json<T: Serialize>(path: &Path, value: &T) -> io::Result<()> {
    write_json_mode(path, value, 0o666)
}

/// As [`write_atomic`], JSON, created with `mode` (less the umask): 0o600 for secrets.
pub(crate) fn write_json_mode<T: Serialize>(path: &Path, value: &T, mode: u32) -> io::Result<()> {
    let bytes = serde_json::to_vec(value).map_err(io::Error::other)?;
    write_atomic(path, &bytes, mode)
}

/// Replaces `path` with `bytes` so that a crash leaves the old or the new content, never a mix;
/// a new file gets `mode` less the umask.
fn write_atomic(path: &Path, bytes: &[u8], mode: u32) -> io::Result<()> {
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    let mut tmp_name = path.file_name().unwrap_or_default().to_os_string();
    tmp_name.push(".tmp");
    let tmp = dir.join(tmp_name);
    {
        let mut options = fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, mode);
        #[cfg(not(unix))]
        let _ = mode;
        let mut file = options.open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
    }
    fs::rename(&tmp, path)?;
    sync_dir(dir)
}

fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_writes_replace_and_leave_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let state = StateDir::open(dir.path()).unwrap();
        let file = CursorFile {
            cursor: Some(LogCursor {
                time: Timestamp::from_unix_secs(3),
                lines_at_time: 2,
            }),
            shipped_events: 7,
            dropped_lines: 1,
        };
        state.save_cursor("t1", "web", &file).unwrap();
        state
            .save_cursor(
                "t1",
                "web",
                &CursorFile {
                    shipped_events: 8,
                    ..file.clone()
                },
            )
            .unwrap();
        let back = state.load_cursor("t1", "web").unwrap().unwrap();
        assert_eq!(back.shipped_events, 8);
        assert_eq!(back.cursor, file.cursor);
        let names: Vec<_> = fs::read_dir(dir.path().join("logs/t1"))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(names, vec!["web.json".to_string()]);
        assert_eq!(file_part("a/b:c"), "a_b_c");
    }
}
