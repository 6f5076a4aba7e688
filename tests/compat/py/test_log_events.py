"""CloudWatch Logs events through boto3 and the AWS CLI: PutLogEvents and its rules,
GetLogEvents tokens, FilterLogEvents with patterns and paging, stream statistics, group
sizes, deletes, retention (with disk space coming back) and GetLogRecord."""

import json
import os
import pathlib
import random
import string
import tempfile
import time

import botocore.exceptions
import pytest

from conftest import Server, make_client

DAY = 86_400_000
HOUR = 3_600_000


def client(endpoint):
    return make_client(endpoint, service="logs")


def now_ms():
    return int(time.time() * 1000)


def error(call, **kwargs):
    with pytest.raises(botocore.exceptions.ClientError) as err:
        call(**kwargs)
    return err.value.response["Error"]["Code"], err.value.response["Error"]["Message"]


def group_with_stream(logs, name, stream="app/1"):
    group = f"/events/{name}"
    logs.create_log_group(logGroupName=group)
    logs.create_log_stream(logGroupName=group, logStreamName=stream)
    return group, stream


def test_put_then_get_in_time_order_with_statistics(logs, name):
    group, stream = group_with_stream(logs, name)
    t = now_ms() - 60_000
    first = logs.put_log_events(logGroupName=group, logStreamName=stream, logEvents=[
        {"timestamp": t + 10, "message": "b"}, {"timestamp": t + 20, "message": "c"}])
    assert "rejectedLogEventsInfo" not in first
    assert first["nextSequenceToken"]
    # Batches need not follow each other in time; the sequence token is ignored.
    logs.put_log_events(logGroupName=group, logStreamName=stream, sequenceToken="whatever",
                        logEvents=[{"timestamp": t, "message": "a"}, {"timestamp": t + 20, "message": "d"}])
    got = logs.get_log_events(logGroupName=group, logStreamName=stream, startFromHead=True)
    assert [e["message"] for e in got["events"]] == ["a", "b", "c", "d"]
    assert all(e["ingestionTime"] >= t for e in got["events"])
    window = logs.get_log_events(logGroupName=group, logStreamName=stream, startTime=t + 10, endTime=t + 20,
                                 startFromHead=True)
    assert [e["message"] for e in window["events"]] == ["b"]

    s = logs.describe_log_streams(logGroupName=group)["logStreams"][0]
    assert s["firstEventTimestamp"] == t
    assert s["lastEventTimestamp"] == t + 20
    assert s["lastIngestionTime"] >= s["creationTime"]
    assert s["storedBytes"] == 0  # as CloudWatch reports streams since 2019
    g = logs.describe_log_groups(logGroupNamePrefix=group)["logGroups"][0]
    assert g["storedBytes"] > 0


def test_missing_group_and_stream_are_resource_not_found(logs, name):
    group, stream = group_with_stream(logs, name)
    ev = [{"timestamp": now_ms(), "message": "m"}]
    assert error(logs.put_log_events, logGroupName=group + "-none", logStreamName=stream, logEvents=ev) == (
        "ResourceNotFoundException", "The specified log group does not exist.")
    assert error(logs.put_log_events, logGroupName=group, logStreamName="none", logEvents=ev) == (
        "ResourceNotFoundException", "The specified log stream does not exist.")
    assert error(logs.get_log_events, logGroupName=group, logStreamName="none")[0] == "ResourceNotFoundException"
    assert error(logs.filter_log_events, logGroupName=group + "-none")[0] == "ResourceNotFoundException"


def test_batch_rules_refuse_whole_batches(logs, name):
    group, stream = group_with_stream(logs, name)
    t = now_ms()
    put = lambda events: error(logs.put_log_events, logGroupName=group, logStreamName=stream, logEvents=events)
    code, message = put([{"timestamp": t, "message": "b"}, {"timestamp": t - 1, "message": "a"}])
    assert code == "InvalidParameterException" and "chronological" in message
    code, message = put([{"timestamp": t - 25 * HOUR, "message": "a"}, {"timestamp": t, "message": "b"}])
    assert code == "InvalidParameterException" and "24 hours" in message
    # 1,048,576 bytes counting 26 per event: two events of 524,262 bytes fit, one byte more does not.
    fits = [{"timestamp": t, "message": "x" * (524_288 - 26)}] * 2
    assert "rejectedLogEventsInfo" not in logs.put_log_events(logGroupName=group, logStreamName=stream, logEvents=fits)
    code, message = put([{"timestamp": t, "message": "x" * (524_288 - 25)}] * 2)
    assert code == "InvalidParameterException" and "too large" in message.lower()
    code, message = put([{"timestamp": t, "message": "m"}] * 10_001)
    assert code == "InvalidParameterException" and "10000" in message
    # Nothing refused was stored.
    stored = logs.get_log_events(logGroupName=group, logStreamName=stream, startFromHead=True)["events"]
    assert len(stored) == 2


def test_too_old_too_new_and_expired_events_are_reported_not_stored(logs, name):
    group, stream = group_with_stream(logs, name)
    t = now_ms()
    out = logs.put_log_events(logGroupName=group, logStreamName=stream, logEvents=[
        {"timestamp": t - 15 * DAY, "message": "too old"},
        {"timestamp": t - 14 * DAY - HOUR, "message": "too old too"},
        {"timestamp": t - 14 * DAY + HOUR, "message": "kept 1"},
        {"timestamp": t - 14 * DAY + 2 * HOUR, "message": "kept 2"},
    ])
    assert out["rejectedLogEventsInfo"] == {"tooOldLogEventEndIndex": 2}
    out = logs.put_log_events(logGroupName=group, logStreamName=stream, logEvents=[
        {"timestamp": t, "message": "kept 3"}, {"timestamp": t + 3 * HOUR, "message": "too new"}])
    assert out["rejectedLogEventsInfo"] == {"tooNewLogEventStartIndex": 1}
    logs.put_retention_policy(logGroupName=group, retentionInDays=1)
    out = logs.put_log_events(logGroupName=group, logStreamName=stream, logEvents=[
        {"timestamp": t - DAY - 60_000, "message": "expired"}, {"timestamp": t - HOUR, "message": "kept 4"}])
    assert out["rejectedLogEventsInfo"] == {"expiredLogEventEndIndex": 1}
    logs.delete_retention_policy(logGroupName=group)
    got = logs.get_log_events(logGroupName=group, logStreamName=stream, startFromHead=True)["events"]
    assert [e["message"] for e in got] == ["kept 1", "kept 2", "kept 4", "kept 3"]


def test_get_log_events_tokens_are_stable_at_the_end(logs, name):
    group, stream = group_with_stream(logs, name)
    t = now_ms() - 10_000
    logs.put_log_events(logGroupName=group, logStreamName=stream,
                        logEvents=[{"timestamp": t + i, "message": f"m{i}"} for i in range(30)])
    page = logs.get_log_events(logGroupName=group, logStreamName=stream, startFromHead=True, limit=12)
    seen = [e["message"] for e in page["events"]]
    token = page["nextForwardToken"]
    assert token.startswith("f/") and page["nextBackwardToken"].startswith("b/")
    while True:
        page = logs.get_log_events(logGroupName=group, logStreamName=stream, startFromHead=True,
                                   limit=12, nextToken=token)
        seen += [e["message"] for e in page["events"]]
        if page["nextForwardToken"] == token:
            break
        token = page["nextForwardToken"]
    assert seen == [f"m{i}" for i in range(30)]
    # Nothing new: the same token, again and again.
    for _ in range(3):
        again = logs.get_log_events(logGroupName=group, logStreamName=stream, nextToken=token, startFromHead=True)
        assert again["events"] == [] and again["nextForwardToken"] == token
    logs.put_log_events(logGroupName=group, logStreamName=stream, logEvents=[{"timestamp": t + 100, "message": "new"}])
    again = logs.get_log_events(logGroupName=group, logStreamName=stream, nextToken=token, startFromHead=True)
    assert [e["message"] for e in again["events"]] == ["new"]
    # Without startFromHead: the newest events, and backward tokens walk to the start.
    tail = logs.get_log_events(logGroupName=group, logStreamName=stream, limit=5)
    assert [e["message"] for e in tail["events"]] == ["m26", "m27", "m28", "m29", "new"]
    back = logs.get_log_events(logGroupName=group, logStreamName=stream, limit=5, nextToken=tail["nextBackwardToken"])
    assert [e["message"] for e in back["events"]] == ["m21", "m22", "m23", "m24", "m25"]
    code, _ = error(logs.get_log_events, logGroupName=group, logStreamName=stream, nextToken="f/nope/s")
    assert code == "InvalidParameterException"


def test_filter_log_events_patterns_streams_and_paginator(logs, name):
    group = f"/filter/{name}"
    logs.create_log_group(logGroupName=group)
    t = now_ms() - 600_000
    for s in ["web/1", "web/2", "worker/1"]:
        logs.create_log_stream(logGroupName=group, logStreamName=s)
        events = [{"timestamp": t + i * 3 + hash(s) % 3,
                   "message": json.dumps({"level": "ERROR" if i % 10 == 0 else "INFO", "stream": s, "i": i})}
                  for i in range(400)]
        logs.put_log_events(logGroupName=group, logStreamName=s, logEvents=events)
    pages = list(logs.get_paginator("filter_log_events").paginate(
        logGroupName=group, PaginationConfig={"PageSize": 50}))
    events = [e for p in pages for e in p["events"]]
    assert len(events) == 1200 and len(pages) >= 24
    # Interleaved across streams, in time order; event ids unique.
    assert [e["timestamp"] for e in events] == sorted(e["timestamp"] for e in events)
    assert len({e["eventId"] for e in events}) == 1200
    assert pages[0]["searchedLogStreams"] == []
    errors = [e for p in logs.get_paginator("filter_log_events").paginate(
        logGroupName=group, filterPattern='{ $.level = "ERROR" }') for e in p["events"]]
    assert len(errors) == 120
    web = logs.filter_log_events(logGroupName=group, logStreamNamePrefix="web/", filterPattern="ERROR")["events"]
    assert {e["logStreamName"] for e in web} == {"web/1", "web/2"} and len(web) == 80
    named = logs.filter_log_events(logGroupName=group, logStreamNames=["worker/1"], startTime=t, endTime=t + 30)
    assert {e["logStreamName"] for e in named["events"]} == {"worker/1"}
    newest = logs.filter_log_events(logGroupName=group, startFromHead=False, limit=5)["events"]
    assert [e["timestamp"] for e in newest] == sorted((e["timestamp"] for e in events), reverse=True)[:5]
    code, _ = error(logs.filter_log_events, logGroupName=group, logStreamNames=["a"], logStreamNamePrefix="a")
    assert code == "InvalidParameterException"
    code, _ = error(logs.filter_log_events, logGroupName=group, filterPattern='{ $.level = ')
    assert code == "InvalidParameterException"


def test_describe_log_streams_orders_by_last_event_time(logs, name):
    group = f"/order/{name}"
    logs.create_log_group(logGroupName=group)
    t = now_ms() - 60_000
    for s, offset in [("a", 300), ("b", 100), ("c", 200)]:
        logs.create_log_stream(logGroupName=group, logStreamName=s)
        logs.put_log_events(logGroupName=group, logStreamName=s, logEvents=[{"timestamp": t + offset, "message": s}])
    newest = [s["logStreamName"] for p in logs.get_paginator("describe_log_streams").paginate(
        logGroupName=group, orderBy="LastEventTime", descending=True, PaginationConfig={"PageSize": 1})
              for s in p["logStreams"]]
    assert newest == ["a", "c", "b"]
    oldest = logs.describe_log_streams(logGroupName=group, orderBy="LastEventTime")["logStreams"]
    assert [s["logStreamName"] for s in oldest] == ["b", "c", "a"]


def test_deleting_streams_and_groups_deletes_their_events(logs, name):
    group, stream = group_with_stream(logs, name)
    t = now_ms()
    logs.put_log_events(logGroupName=group, logStreamName=stream, logEvents=[{"timestamp": t, "message": "gone"}])
    logs.delete_log_stream(logGroupName=group, logStreamName=stream)
    logs.create_log_stream(logGroupName=group, logStreamName=stream)
    assert logs.get_log_events(logGroupName=group, logStreamName=stream)["events"] == []
    logs.put_log_events(logGroupName=group, logStreamName=stream, logEvents=[{"timestamp": t, "message": "gone too"}])
    logs.delete_log_group(logGroupName=group)
    logs.create_log_group(logGroupName=group)
    assert logs.filter_log_events(logGroupName=group)["events"] == []
    assert logs.describe_log_groups(logGroupNamePrefix=group)["logGroups"][0]["storedBytes"] == 0


def test_get_log_record_by_pointer(logs, name):
    group, stream = group_with_stream(logs, name)
    code, _ = error(logs.get_log_record, logRecordPointer="not-a-pointer")
    assert code == "InvalidParameterException"


def test_the_aws_cli_puts_gets_filters_and_describes(cli, name):
    group = f"/cli-events/{name}"
    cli.run("logs", "create-log-group", "--log-group-name", group)
    cli.run("logs", "create-log-stream", "--log-group-name", group, "--log-stream-name", "s1")
    t = now_ms()
    out = cli.json("logs", "put-log-events", "--log-group-name", group, "--log-stream-name", "s1",
                   "--log-events", f"timestamp={t},message=hello from the cli",
                   f"timestamp={t + 1},message=ERROR something broke")
    assert "rejectedLogEventsInfo" not in out
    got = cli.json("logs", "get-log-events", "--log-group-name", group, "--log-stream-name", "s1", "--start-from-head")
    assert [e["message"] for e in got["events"]] == ["hello from the cli", "ERROR something broke"]
    found = cli.json("logs", "filter-log-events", "--log-group-name", group, "--filter-pattern", "ERROR")
    assert [e["message"] for e in found["events"]] == ["ERROR something broke"]
    streams = cli.json("logs", "describe-log-streams", "--log-group-name", group)["logStreams"]
    assert streams[0]["lastEventTimestamp"] == t + 1
    bad = cli.run("logs", "put-log-events", "--log-group-name", group, "--log-stream-name", "s1", "--log-events",
                  f"timestamp={t},message=b", f"timestamp={t - 5},message=a", check=False)
    assert bad.returncode != 0 and "InvalidParameterException" in bad.stderr


def test_paging_to_the_end_of_a_large_group(logs, name):
    group = f"/large/{name}"
    logs.create_log_group(logGroupName=group)
    t = now_ms() - 3_600_000
    total = 0
    for s in range(5):
        stream = f"s{s}"
        logs.create_log_stream(logGroupName=group, logStreamName=stream)
        for batch in range(4):
            events = [{"timestamp": t + batch * 10_000 + i, "message": f"{stream} {batch} {i} " + "x" * 150}
                      for i in range(2500)]
            logs.put_log_events(logGroupName=group, logStreamName=stream, logEvents=events)
            total += len(events)
    count = 0
    pages = 0
    for page in logs.get_paginator("filter_log_events").paginate(logGroupName=group):
        count += len(page["events"])
        pages += 1
    assert count == total == 50_000
    assert pages >= 5  # 10,000 events or 1 MB a page
    # One stream to its end with GetLogEvents tokens, 10,000 a page at most.
    token, seen = None, 0
    while True:
        kwargs = {"nextToken": token} if token else {}
        page = logs.get_log_events(logGroupName=group, logStreamName="s3", startFromHead=True, **kwargs)
        assert len(page["events"]) <= 10_000
        seen += len(page["events"])
        if page["nextForwardToken"] == token:
            break
        token = page["nextForwardToken"]
    assert seen == 10_000


def dir_bytes(path):
    return sum(f.stat().st_size for f in pathlib.Path(path).rglob("*") if f.is_file())


def test_retention_deletes_old_events_and_gives_disk_space_back():
    data = pathlib.Path(tempfile.mkdtemp(prefix="keel-ret-")) / "data"
    server = Server(data, extra=["--logs-retention-interval", "1s"])
    try:
        logs = client(server.endpoint)
        group = "/retention/app"
        logs.create_log_group(logGroupName=group)
        logs.create_log_stream(logGroupName=group, logStreamName="s")
        t = now_ms()
        rng = random.Random(7)
        # About 8 MB of poorly compressible events three days old, and a few fresh ones.
        for batch in range(10):
            events = [{"timestamp": t - 3 * DAY + batch * 1000 + i,
                       "message": "".join(rng.choices(string.ascii_letters, k=400))} for i in range(2000)]
            logs.put_log_events(logGroupName=group, logStreamName="s", logEvents=events)
        logs.put_log_events(logGroupName=group, logStreamName="s",
                            logEvents=[{"timestamp": t - i, "message": "fresh"} for i in range(10, 0, -1)])
        time.sleep(2.5)
        before = dir_bytes(data / "logs")
        assert before > 6_000_000, before
        logs.put_retention_policy(logGroupName=group, retentionInDays=1)
        # Reads hide expired events at once.
        got = logs.filter_log_events(logGroupName=group)["events"]
        assert [e["message"] for e in got] == ["fresh"] * 10
        deadline = time.time() + 60
        while time.time() < deadline and dir_bytes(data / "logs") > before / 4:
            time.sleep(0.5)
        after = dir_bytes(data / "logs")
        assert after < before / 4, f"disk use {before} -> {after}"
        assert logs.describe_log_groups(logGroupNamePrefix=group)["logGroups"][0]["storedBytes"] < 100_000
    finally:
        server.stop()
    # And after a restart, the expired events stay gone.
    again = Server(data)
    try:
        got = client(again.endpoint).filter_log_events(logGroupName="/retention/app")["events"]
        assert [e["message"] for e in got] == ["fresh"] * 10
    finally:
        again.stop()
