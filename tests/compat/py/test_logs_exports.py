"""Export tasks through boto3: a task exports a group's events into the server's export
directory as gzipped objects laid out as in S3, and is refused without one."""

import datetime
import gzip
import pathlib
import shutil
import tempfile
import time

import botocore.exceptions
import pytest

from conftest import Server
from test_log_events import client, now_ms


def iso(ms):
    t = datetime.datetime.fromtimestamp(ms / 1000, tz=datetime.timezone.utc)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def test_create_export_task_needs_an_export_dir(logs, name):
    group = f"/exports/{name}"
    logs.create_log_group(logGroupName=group)
    with pytest.raises(botocore.exceptions.ClientError) as err:
        logs.create_export_task(logGroupName=group, to=1, **{"from": 0}, destination="bucket")
    assert err.value.response["Error"]["Code"] == "InvalidParameterException"
    assert "--logs-export-dir" in err.value.response["Error"]["Message"]
    assert logs.describe_export_tasks()["exportTasks"] == []


def test_export_task_writes_objects_into_the_export_dir():
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="keel-exports-"))
    out = tmp / "exports"
    server = Server(tmp / "data", extra=["--logs-export-dir", str(out)])
    try:
        logs = client(server.endpoint)
        group = "/exports/app"
        logs.create_log_group(logGroupName=group)
        t = now_ms() - 60_000
        for stream, messages in [("web/1", ["GET /", "GET /health"]), ("worker/1", ["job done"])]:
            logs.create_log_stream(logGroupName=group, logStreamName=stream)
            logs.put_log_events(logGroupName=group, logStreamName=stream,
                                logEvents=[{"timestamp": t + i, "message": m} for i, m in enumerate(messages)])
        task_id = logs.create_export_task(taskName="all", logGroupName=group, to=t + 1000, **{"from": t},
                                          destination="my-bucket", destinationPrefix="keel")["taskId"]
        deadline = time.time() + 30
        while True:
            task = logs.describe_export_tasks(taskId=task_id)["exportTasks"][0]
            if task["status"]["code"] not in ("PENDING", "RUNNING") or time.time() > deadline:
                break
            time.sleep(0.2)
        assert task["status"]["code"] == "COMPLETED", task
        assert task["logGroupName"] == group and task["destination"] == "my-bucket"
        assert task["destinationPrefix"] == "keel" and task["taskName"] == "all"
        assert task["executionInfo"]["completionTime"] >= task["executionInfo"]["creationTime"]
        # CloudWatch's permission check object, written when the task was accepted.
        assert (out / "my-bucket" / "keel" / "aws-logs-write-test").read_text() == "Permission Check Successful"
        base = out / "my-bucket" / "keel" / task_id
        assert sorted(str(p.relative_to(base)) for p in base.rglob("*.gz")) == ["web/1/000000.gz", "worker/1/000000.gz"]
        assert gzip.decompress((base / "web/1/000000.gz").read_bytes()).decode() == \
            f"{iso(t)} GET /\n{iso(t + 1)} GET /health\n"
        with pytest.raises(botocore.exceptions.ClientError) as err:
            logs.cancel_export_task(taskId=task_id)
        assert err.value.response["Error"]["Code"] == "InvalidOperationException"
        assert [x["taskId"] for x in logs.describe_export_tasks(statusCode="COMPLETED")["exportTasks"]] == [task_id]
        # A destination Keel cannot write to is refused at once, and no task is made.
        (out / "blocked").write_text("a file where the bucket's directory would be")
        with pytest.raises(botocore.exceptions.ClientError) as err:
            logs.create_export_task(logGroupName=group, to=t + 1000, **{"from": t}, destination="blocked")
        assert err.value.response["Error"]["Code"] == "InvalidParameterException"
        assert "blocked" in err.value.response["Error"]["Message"]
        assert [x["taskId"] for x in logs.describe_export_tasks()["exportTasks"]] == [task_id]
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)


def test_cancel_export_task_goes_through_pending_cancel_to_cancelled():
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="keel-exports-"))
    server = Server(tmp / "data", extra=["--logs-export-dir", str(tmp / "exports")])
    try:
        logs = client(server.endpoint)
        group = "/exports/cancel"
        logs.create_log_group(logGroupName=group)
        t = now_ms() - 60_000
        # Enough streams that a task the worker has started is likely still running.
        for i in range(40):
            stream = f"s/{i:02d}"
            logs.create_log_stream(logGroupName=group, logStreamName=stream)
            logs.put_log_events(logGroupName=group, logStreamName=stream,
                                logEvents=[{"timestamp": t, "message": f"event {i}"}])
        task_id = logs.create_export_task(logGroupName=group, to=t + 1, **{"from": t},
                                          destination="bucket")["taskId"]
        # Wait (bounded) until the worker picks it up, so the cancel finds it RUNNING.
        deadline = time.time() + 10
        while time.time() < deadline:
            code = logs.describe_export_tasks(taskId=task_id)["exportTasks"][0]["status"]["code"]
            if code != "PENDING":
                break
            time.sleep(0.01)
        try:
            logs.cancel_export_task(taskId=task_id)
        except botocore.exceptions.ClientError as err:
            # It finished before the cancel reached it.
            assert err.value.response["Error"]["Code"] == "InvalidOperationException"
            return
        seen = []
        deadline = time.time() + 30
        while time.time() < deadline:
            status = logs.describe_export_tasks(taskId=task_id)["exportTasks"][0]["status"]
            if not seen or seen[-1] != status["code"]:
                seen.append(status["code"])
            if status["code"] == "CANCELLED":
                break
            time.sleep(0.05)
        # A running task passes through PENDING_CANCEL (the worker may have stopped it before the
        # first look); a pending one is cancelled at once.
        assert seen in (["PENDING_CANCEL", "CANCELLED"], ["CANCELLED"]), seen
        assert status["message"] == "Cancelled by user"
        assert [x["taskId"] for x in logs.describe_export_tasks(statusCode="CANCELLED")["exportTasks"]] == [task_id]
        # The slot is free again.
        logs.create_export_task(logGroupName=group, to=t + 1, **{"from": t}, destination="bucket")
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
