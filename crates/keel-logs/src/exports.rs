//! Export tasks: CreateExportTask, DescribeExportTasks, CancelExportTask, and the background
//! task that runs them.
//!
//! CloudWatch exports to an S3 bucket; Keel exports to a directory the operator configures
//! (`--logs-export-dir`, `KEEL_LOGS_EXPORT_DIR`), where the `destination` bucket is a
//! subdirectory and the objects are files laid out as CloudWatch lays out its S3 keys:
//!
//! ```text
//! EXPORT_DIR/DESTINATION/PREFIX/TASK-ID/STREAM/000000.gz
//! ```
//!
//! `PREFIX` is `destinationPrefix` (default `exportedlogs`); each stream with events in the
//! range has its own objects, gzipped lines `TIMESTAMP MESSAGE` with the event's timestamp in
//! ISO 8601 (`2024-05-01T12:00:00.000Z`), in time order, a new object (`000001.gz`, ...) every
//! 64 MiB of lines. A stream name's `/` make subdirectories, as they make S3 "folders"; bytes a
//! file name cannot hold safely (control characters, `%`) and the segments `.`, `..` and empty
//! ones (a leading, trailing or doubled `/`) are percent-encoded, so nothing is written outside
//! the task's directory. Each object is written to a temporary file and renamed when complete.
//!
//! Tasks are records under `/logs-exports/REGION/TASK-ID` in the control-plane store. One task per
//! account and region is active (PENDING, RUNNING or PENDING_CANCEL) at a time, as CloudWatch
//! allows: a marker `/logs-export-active/REGION`, written with the PENDING task and removed with
//! its last status, makes that a transaction's guard rather than a check. The worker runs PENDING
//! tasks and, after a restart, RUNNING ones again from the start (the objects come out the same).
//! CancelExportTask marks a PENDING task CANCELLED at once; a RUNNING one becomes PENDING_CANCEL,
//! and the worker, which looks at the task's status before each stream, stops there, leaves what it
//! wrote, and marks it CANCELLED. A PENDING_CANCEL task still holds the active slot until then; one
//! found after a restart is marked CANCELLED without running.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use keel_api::RequestContext;
use keel_awsmodel::logs::{
    CancelExportTaskRequest, CreateExportTaskRequest, CreateExportTaskResponse,
    DescribeExportTasksRequest, DescribeExportTasksResponse, ExportTask, ExportTaskExecutionInfo,
    ExportTaskStatus, ExportTaskStatusCode,
};
use keel_logstore::{LogStore, ScanRequest, StreamFilter, StreamOrder};
use keel_store::{Compare, KeyValue, Op, Txn};
use serde::{Deserialize, Serialize};
use tokio::sync::watch;

use crate::events::retention_cutoff;
use crate::groups::{Empty, load_group};
use crate::service::LogsService;
use crate::{LogsError, paging};

/// Every task record, of every region.
const TASKS_PREFIX: &str = "/logs-exports/";
/// A new object after this many bytes of lines.
const OBJECT_BYTES: usize = 64 << 20;
/// `destinationPrefix` when none is given, as in CloudWatch.
pub const DEFAULT_PREFIX: &str = "exportedlogs";
/// The status message of a task CancelExportTask stopped.
const CANCELLED_MESSAGE: &str = "Cancelled by user";
/// The status message of a running task CancelExportTask asked to stop.
const PENDING_CANCEL_MESSAGE: &str = "Pending cancellation";

fn task_key(region: &str, id: &str) -> String {
    format!("{TASKS_PREFIX}{region}/{id}")
}

fn active_key(region: &str) -> String {
    format!("/logs-export-active/{region}")
}

/// What the store keeps for a task: its wire shape and what running it needs.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExportRecord {
    pub task: ExportTask,
    pub region: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_stream_name_prefix: Option<String>,
    /// The group's key in the event store when the task was made (its incarnation).
    pub events_key: String,
}

impl ExportRecord {
    fn code(&self) -> Option<&ExportTaskStatusCode> {
        self.task.status.as_ref().and_then(|s| s.code.as_ref())
    }

    /// PENDING, RUNNING, or PENDING_CANCEL: not finished, holding the active slot.
    fn is_active(&self) -> bool {
        matches!(
            self.code(),
            Some(
                ExportTaskStatusCode::Pending
                    | ExportTaskStatusCode::Running
                    | ExportTaskStatusCode::PendingCancel
            )
        )
    }

    /// Active and not being cancelled: the worker may go on writing it.
    fn may_run(&self) -> bool {
        matches!(
            self.code(),
            Some(ExportTaskStatusCode::Pending | ExportTaskStatusCode::Running)
        )
    }

    fn id(&self) -> &str {
        self.task.task_id.as_deref().unwrap_or_default()
    }

    fn set_status(&mut self, code: ExportTaskStatusCode, message: &str) {
        let done = !matches!(
            code,
            ExportTaskStatusCode::Pending
                | ExportTaskStatusCode::Running
                | ExportTaskStatusCode::PendingCancel
        );
        self.task.status = Some(ExportTaskStatus {
            code: Some(code),
            message: Some(message.to_string()),
        });
        if done && let Some(info) = self.task.execution_info.as_mut() {
            info.completion_time = Some(keel_types::time::now_millis());
        }
    }
}

/// A bucket name S3 would accept: 3 to 63 lowercase letters, digits, dots and hyphens,
/// starting and ending with a letter or digit, without `..`.
fn check_bucket(name: &str) -> Result<(), LogsError> {
    let b = name.as_bytes();
    let ok = (3..=63).contains(&b.len())
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'.' || *c == b'-')
        && b[0].is_ascii_alphanumeric()
        && b[b.len() - 1].is_ascii_alphanumeric()
        && !name.contains("..");
    if ok {
        Ok(())
    } else {
        Err(LogsError::invalid(format!(
            "The destination {name:?} is not a valid bucket name: 3 to 63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit."
        )))
    }
}

/// A key prefix that stays inside the bucket: no empty, `.` or `..` segment, no control
/// characters, at most 1,024 bytes.
fn check_prefix(prefix: &str) -> Result<(), LogsError> {
    let ok = !prefix.is_empty()
        && prefix.len() <= 1024
        && !prefix.chars().any(char::is_control)
        && prefix
            .split('/')
            .all(|seg| !seg.is_empty() && seg != "." && seg != "..");
    if ok {
        Ok(())
    } else {
        Err(LogsError::invalid(format!(
            "The destinationPrefix {prefix:?} is not valid: it must be 1 to 1,024 bytes of non-empty segments separated by '/', none of them '.' or '..'."
        )))
    }
}

/// A stream name as a relative path: `/` separates directories; see the module docs for what
/// is percent-encoded.
pub fn stream_path(stream: &str) -> PathBuf {
    let mut path = PathBuf::new();
    for seg in stream.split('/') {
        let encoded = match seg {
            "" => "%2F".to_string(),
            "." => "%2E".to_string(),
            ".." => "%2E%2E".to_string(),
            _ => {
                let mut out = String::with_capacity(seg.len());
                for c in seg.chars() {
                    if c == '%' || c.is_control() {
                        let mut buf = [0u8; 4];
                        for b in c.encode_utf8(&mut buf).bytes() {
                            out.push_str(&format!("%{b:02X}"));
                        }
                    } else {
                        out.push(c);
                    }
                }
                out
            }
        };
        path.push(encoded);
    }
    path
}

/// An event's timestamp as the exported lines show it: `2024-05-01T12:00:00.000Z`. One ISO
/// 8601 cannot show (before 1970, after 9999) is written as its milliseconds.
fn iso8601(ms: i64) -> String {
    const YEAR_10000_MS: u64 = 253_402_300_800_000;
    match u64::try_from(ms) {
        Ok(ms) if ms < YEAR_10000_MS => keel_types::time::format_iso8601_millis_utc(ms as i64),
        _ => ms.to_string(),
    }
}

pub async fn create_export_task(
    svc: &LogsService,
    ctx: &RequestContext,
    req: CreateExportTaskRequest,
) -> Result<CreateExportTaskResponse, LogsError> {
    let Some(root) = svc.export_dir.as_ref() else {
        return Err(LogsError::invalid(
            "Keel has no export directory: start the server with --logs-export-dir (KEEL_LOGS_EXPORT_DIR) to export log data.",
        ));
    };
    check_bucket(&req.destination)?;
    let prefix = req
        .destination_prefix
        .clone()
        .unwrap_or_else(|| DEFAULT_PREFIX.to_string());
    check_prefix(&prefix)?;
    if req.from > req.to {
        return Err(LogsError::invalid(
            "The from time must not be later than the to time.",
        ));
    }
    let (group, group_key, group_revision) = load_group(svc, ctx, &req.log_group_name).await?;
    write_permission_check(&destination_dir(root, &req.destination, &prefix)).await?;
    let region = &ctx.scope.region;
    // Time-ordered, so DescribeExportTasks lists them in the order they were created.
    let id = keel_types::ids::new_ordered_uuid();
    let mut record = ExportRecord {
        task: ExportTask {
            task_id: Some(id.clone()),
            task_name: req.task_name,
            log_group_name: Some(req.log_group_name),
            from: Some(req.from),
            to: Some(req.to),
            destination: Some(req.destination),
            destination_prefix: Some(prefix),
            status: None,
            execution_info: Some(ExportTaskExecutionInfo {
                creation_time: Some(keel_types::time::now_millis()),
                completion_time: None,
            }),
        },
        region: region.clone(),
        log_stream_name_prefix: req.log_stream_name_prefix,
        events_key: group.events_key(region),
    };
    record.set_status(ExportTaskStatusCode::Pending, "Pending");
    let key = task_key(region, &id);
    let txn = Txn::new()
        .when(vec![
            Compare::mod_revision_eq(group_key, group_revision),
            Compare::absent(active_key(region)),
        ])
        .and_then(vec![
            Op::put(key, serde_json::to_vec(&record)?),
            Op::put(active_key(region), id.clone().into_bytes()),
        ]);
    if svc.store.txn(txn).await?.succeeded {
        svc.export_wakeup.notify_one();
        Ok(CreateExportTaskResponse { task_id: Some(id) })
    } else if svc.store.get(&active_key(region)).await?.is_some() {
        Err(LogsError::LimitExceeded(
            "Resource limit exceeded: an export task is already PENDING or RUNNING; wait for it to finish or cancel it.".into(),
        ))
    } else {
        Err(LogsError::OperationAborted(
            "Multiple concurrent requests to update the same resource were in conflict. Retry your request."
                .into(),
        ))
    }
}

pub async fn describe_export_tasks(
    svc: &LogsService,
    ctx: &RequestContext,
    req: DescribeExportTasksRequest,
) -> Result<DescribeExportTasksResponse, LogsError> {
    let region = &ctx.scope.region;
    let limit = usize::try_from(req.limit.unwrap_or(50)).unwrap_or(50);
    if let Some(id) = &req.task_id {
        // One task (or none), whatever the token.
        let found = match svc.store.get(&task_key(region, id)).await? {
            Some(kv) => {
                let record: ExportRecord = serde_json::from_slice(&kv.value)?;
                let keep = req
                    .status_code
                    .as_ref()
                    .is_none_or(|c| record.code() == Some(c));
                keep.then_some(record.task)
            }
            None => None,
        };
        return Ok(DescribeExportTasksResponse {
            export_tasks: Some(found.into_iter().collect()),
            next_token: None,
        });
    }
    let prefix = task_key(region, "");
    let after = req.next_token.as_deref().map(paging::decode).transpose()?;
    let wanted = req.status_code;
    let (tasks, next_token) = paging::page(svc, &prefix, after, limit, |kv| {
        let record: ExportRecord = serde_json::from_slice(&kv.value)?;
        let keep = wanted.as_ref().is_none_or(|c| record.code() == Some(c));
        Ok(keep.then_some(record.task))
    })
    .await?;
    Ok(DescribeExportTasksResponse {
        export_tasks: Some(tasks),
        next_token,
    })
}

pub async fn cancel_export_task(
    svc: &LogsService,
    ctx: &RequestContext,
    req: CancelExportTaskRequest,
) -> Result<Empty, LogsError> {
    let key = task_key(&ctx.scope.region, &req.task_id);
    let kv = svc.store.get(&key).await?.ok_or_else(|| {
        LogsError::ResourceNotFound("The specified export task does not exist.".into())
    })?;
    let mut record: ExportRecord = serde_json::from_slice(&kv.value)?;
    if record.code() == Some(&ExportTaskStatusCode::PendingCancel) {
        // Already being cancelled: nothing more to do.
        return Ok(Empty {});
    }
    if !record.is_active() {
        return Err(LogsError::InvalidOperation(format!(
            "The export task {} is {} and can no longer be cancelled.",
            req.task_id,
            record
                .code()
                .map_or("finished", ExportTaskStatusCode::as_str)
        )));
    }
    let done = if record.code() == Some(&ExportTaskStatusCode::Running) {
        // The worker is writing it: it stops before its next stream and marks it CANCELLED.
        record.set_status(ExportTaskStatusCode::PendingCancel, PENDING_CANCEL_MESSAGE);
        let txn = Txn::new()
            .when(vec![Compare::mod_revision_eq(
                kv.key.clone(),
                kv.mod_revision,
            )])
            .and_then(vec![Op::put(kv.key.clone(), serde_json::to_vec(&record)?)]);
        svc.store.txn(txn).await?.succeeded
    } else {
        // Not started: cancelled at once.
        record.set_status(ExportTaskStatusCode::Cancelled, CANCELLED_MESSAGE);
        svc.finish(&kv, &record).await?
    };
    if done {
        Ok(Empty {})
    } else {
        Err(LogsError::OperationAborted(
            "The export task changed while it was being cancelled. Retry your request.".into(),
        ))
    }
}

/// Where a destination bucket's prefix is under the export directory.
fn destination_dir(root: &std::path::Path, destination: &str, prefix: &str) -> PathBuf {
    root.join(destination).join(prefix)
}

/// As CloudWatch Logs does before it accepts an export task, writes the object
/// `aws-logs-write-test` under the destination's prefix: a destination Keel cannot write to
/// refuses the task at once instead of failing it later.
async fn write_permission_check(dir: &std::path::Path) -> Result<(), LogsError> {
    let refused = |err: std::io::Error| {
        LogsError::invalid(format!(
            "Keel cannot write to the export destination {}: {err}.",
            dir.display()
        ))
    };
    tokio::fs::create_dir_all(dir).await.map_err(refused)?;
    tokio::fs::write(
        dir.join(PERMISSION_CHECK_OBJECT),
        "Permission Check Successful",
    )
    .await
    .map_err(refused)
}

/// The object CloudWatch Logs writes to check that it may write to an export destination.
const PERMISSION_CHECK_OBJECT: &str = "aws-logs-write-test";

/// What writing one stream's objects did.
struct Written {
    objects: usize,
}

/// Writes the events of `stream` in `[start, end)` as gzipped objects under `dir` (the
/// stream's directory); nothing when it has none.
fn write_stream(
    events: &LogStore,
    key: &str,
    stream: &str,
    start: i64,
    end: i64,
    dir: &Path,
) -> std::io::Result<Written> {
    let scan = events.scan(
        ScanRequest::new(vec![key.to_string()], start, end)
            .streams(StreamFilter::Names(vec![stream.to_string()])),
    );
    let mut objects = 0usize;
    let mut current: Option<(flate2::write::GzEncoder<std::fs::File>, PathBuf, PathBuf)> = None;
    let mut bytes = 0usize;
    for event in scan {
        if current.is_none() {
            std::fs::create_dir_all(dir)?;
            let name = format!("{objects:06}.gz");
            let tmp = dir.join(format!(".{name}.tmp"));
            let file = std::fs::File::create(&tmp)?;
            current = Some((
                flate2::write::GzEncoder::new(file, flate2::Compression::default()),
                tmp,
                dir.join(name),
            ));
            objects += 1;
            bytes = 0;
        }
        let Some((gz, _, _)) = current.as_mut() else {
            continue;
        };
        let line = format!("{} {}\n", iso8601(event.timestamp), event.message);
        gz.write_all(line.as_bytes())?;
        bytes += line.len();
        if bytes >= OBJECT_BYTES
            && let Some((gz, tmp, path)) = current.take()
        {
            seal(gz, &tmp, &path)?;
        }
    }
    if let Some((gz, tmp, path)) = current.take() {
        seal(gz, &tmp, &path)?;
    }
    Ok(Written { objects })
}

fn seal(
    gz: flate2::write::GzEncoder<std::fs::File>,
    tmp: &Path,
    path: &Path,
) -> std::io::Result<()> {
    let file = gz.finish()?;
    file.sync_all()?;
    std::fs::rename(tmp, path)
}

impl LogsService {
    /// Writes a task's last status and drops the active marker, if the task is still as `kv`
    /// read it; false when it changed meanwhile.
    async fn finish(&self, kv: &KeyValue, record: &ExportRecord) -> Result<bool, LogsError> {
        let active = active_key(&record.region);
        let txn = Txn::new()
            .when(vec![
                Compare::mod_revision_eq(kv.key.clone(), kv.mod_revision),
                Compare::value_eq(active.clone(), record.id().as_bytes().to_vec()),
            ])
            .and_then(vec![
                Op::put(kv.key.clone(), serde_json::to_vec(record)?),
                Op::delete(active),
            ]);
        if self.store.txn(txn).await?.succeeded {
            return Ok(true);
        }
        // A record whose marker is gone (or never was) still takes its status.
        let txn = Txn::new()
            .when(vec![Compare::mod_revision_eq(
                kv.key.clone(),
                kv.mod_revision,
            )])
            .and_then(vec![Op::put(kv.key.clone(), serde_json::to_vec(record)?)]);
        Ok(self.store.txn(txn).await?.succeeded)
    }

    /// Runs every PENDING task, and every RUNNING one (left by a restart) again; returns how
    /// many it finished. Stops between streams when `stop` turns true, leaving the task
    /// RUNNING for the next start.
    pub async fn run_export_tasks(&self, stop: &watch::Receiver<bool>) -> usize {
        let records = match crate::subscriptions::range_all(self, TASKS_PREFIX.to_string()).await {
            Ok(records) => records,
            Err(err) => {
                tracing::warn!(%err, "export tasks: cannot list them");
                return 0;
            }
        };
        let mut done = 0;
        for kv in records {
            let Ok(record) = serde_json::from_slice::<ExportRecord>(&kv.value) else {
                tracing::warn!(record = %kv.key, "export tasks: skipping a record it cannot read");
                continue;
            };
            if !record.is_active() {
                continue;
            }
            match self.run_export(kv, record, stop).await {
                Ok(true) => done += 1,
                Ok(false) => {}
                Err(err) => tracing::warn!(%err, "export task failed to run"),
            }
            if *stop.borrow() {
                break;
            }
        }
        done
    }

    /// Runs one task to its end; false when it stopped early (cancelled, or shutting down).
    async fn run_export(
        &self,
        kv: KeyValue,
        mut record: ExportRecord,
        stop: &watch::Receiver<bool>,
    ) -> Result<bool, LogsError> {
        let key = kv.key.clone();
        if record.code() == Some(&ExportTaskStatusCode::PendingCancel) {
            // Cancelled while it ran before a restart: it stops here.
            record.set_status(ExportTaskStatusCode::Cancelled, CANCELLED_MESSAGE);
            self.finish(&kv, &record).await?;
            return Ok(false);
        }
        // PENDING → RUNNING.
        record.set_status(ExportTaskStatusCode::Running, "Running");
        let txn = Txn::new()
            .when(vec![Compare::mod_revision_eq(key.clone(), kv.mod_revision)])
            .and_then(vec![Op::put(key.clone(), serde_json::to_vec(&record)?)]);
        if !self.store.txn(txn).await?.succeeded {
            return Ok(false);
        }
        let outcome = self.export_streams(&record, stop).await;
        let Some(kv) = self.store.get(&key).await? else {
            return Ok(false);
        };
        let mut current: ExportRecord = serde_json::from_slice(&kv.value)?;
        if current.code() == Some(&ExportTaskStatusCode::PendingCancel) {
            // Cancelled while it ran: it stopped (or finished) and keeps what it wrote.
            tracing::info!(task = record.id(), "export task cancelled");
            current.set_status(ExportTaskStatusCode::Cancelled, CANCELLED_MESSAGE);
            self.finish(&kv, &current).await?;
            return Ok(false);
        }
        if !current.is_active() {
            return Ok(false);
        }
        match outcome {
            Ok(None) => return Ok(false),
            Ok(Some(objects)) => {
                tracing::info!(task = record.id(), objects, "export task completed");
                record.set_status(ExportTaskStatusCode::Completed, "Completed successfully");
            }
            Err(message) => {
                tracing::warn!(task = record.id(), %message, "export task failed");
                record.set_status(ExportTaskStatusCode::Failed, &message);
            }
        }
        self.finish(&kv, &record).await?;
        Ok(true)
    }

    /// Writes the task's objects: `Some(objects written)`, `None` if it was cancelled or the
    /// server is stopping, or the reason it failed.
    async fn export_streams(
        &self,
        record: &ExportRecord,
        stop: &watch::Receiver<bool>,
    ) -> Result<Option<usize>, String> {
        let Some(root) = self.export_dir.clone() else {
            return Err("Keel has no export directory (--logs-export-dir).".into());
        };
        let task = &record.task;
        let group_name = task.log_group_name.clone().unwrap_or_default();
        let group = match crate::groups::load_group_in(self, &record.region, &group_name).await {
            Ok(group) if group.events_key(&record.region) == record.events_key => group,
            Ok(_) | Err(LogsError::LogGroupNotFound) => {
                return Err(format!("The log group {group_name} was deleted."));
            }
            Err(err) => return Err(err.to_string()),
        };
        let dir = destination_dir(
            &root,
            task.destination.as_deref().unwrap_or_default(),
            task.destination_prefix.as_deref().unwrap_or(DEFAULT_PREFIX),
        )
        .join(record.id());
        let cutoff = retention_cutoff(group.retention_in_days, keel_types::time::now_millis());
        let start = task.from.unwrap_or(0).max(cutoff);
        // `to` is inclusive: events later than it are not exported.
        let end = task.to.unwrap_or(i64::MAX).saturating_add(1);
        let prefix = record.log_stream_name_prefix.clone().unwrap_or_default();
        let key = task_key(&record.region, record.id());
        let mut after: Option<keel_logstore::StreamInfo> = None;
        let mut objects = 0;
        loop {
            let (streams, more) = self.events.list_streams(
                &record.events_key,
                &prefix,
                StreamOrder::NameAscending,
                after.as_ref(),
                100,
            );
            for stream in &streams {
                if *stop.borrow() {
                    return Ok(None);
                }
                match self.store.get(&key).await {
                    Ok(Some(kv)) => {
                        let current: Result<ExportRecord, _> = serde_json::from_slice(&kv.value);
                        if current.map_or(true, |r| !r.may_run()) {
                            return Ok(None);
                        }
                    }
                    Ok(None) => return Ok(None),
                    Err(err) => return Err(err.to_string()),
                }
                let events = self.events.clone();
                let (events_key, name) = (record.events_key.clone(), stream.name.clone());
                let stream_dir = dir.join(stream_path(&stream.name));
                let written = tokio::task::spawn_blocking(move || {
                    write_stream(&events, &events_key, &name, start, end, &stream_dir)
                })
                .await
                .map_err(|err| format!("the export of a stream failed: {err}"))?
                .map_err(|err| format!("Writing the stream {}: {err}", stream.name))?;
                objects += written.objects;
            }
            match (more, streams.last()) {
                (true, Some(last)) => after = Some(last.clone()),
                _ => return Ok(Some(objects)),
            }
        }
    }
}

/// Runs export tasks until `stop` turns true: at start (resuming RUNNING ones), when
/// CreateExportTask makes one, and every few seconds.
pub async fn run(svc: Arc<LogsService>, mut stop: watch::Receiver<bool>) {
    loop {
        svc.run_export_tasks(&stop).await;
        if *stop.borrow() {
            return;
        }
        let woken = async {
            tokio::select! {
                _ = svc.export_wakeup.notified() => {}
                _ = tokio::time::sleep(Duration::from_secs(5)) => {}
            }
        };
        if crate::stopped_after(&mut stop, woken).await {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stream_names_stay_inside_their_directory() {
        assert_eq!(stream_path("web/web/abc"), PathBuf::from("web/web/abc"));
        assert_eq!(
            stream_path("../../etc/passwd"),
            PathBuf::from("%2E%2E/%2E%2E/etc/passwd")
        );
        assert_eq!(stream_path("/a//b/"), PathBuf::from("%2F/a/%2F/b/%2F"));
        assert_eq!(stream_path("100%\n"), PathBuf::from("100%25%0A"));
        assert_eq!(stream_path("[$LATEST] é"), PathBuf::from("[$LATEST] é"));
    }

    #[test]
    fn buckets_prefixes_and_timestamps() {
        for ok in ["my-bucket", "a.b.c", "abc"] {
            assert!(check_bucket(ok).is_ok(), "{ok}");
        }
        for bad in [
            "ab",
            "My-Bucket",
            "a..b",
            "-ab",
            "ab-",
            "a/b",
            &"a".repeat(64),
        ] {
            assert!(check_bucket(bad).is_err(), "{bad}");
        }
        assert!(check_prefix("exportedlogs").is_ok());
        assert!(check_prefix("a/b-c").is_ok());
        for bad in ["", "/a", "a/", "a//b", "../a", "a/./b"] {
            assert!(check_prefix(bad).is_err(), "{bad}");
        }
        assert_eq!(iso8601(1_714_564_800_123), "2024-05-01T12:00:00.123Z");
        assert_eq!(iso8601(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(iso8601(-5), "-5");
        assert_eq!(iso8601(i64::MAX), i64::MAX.to_string());
    }
}
