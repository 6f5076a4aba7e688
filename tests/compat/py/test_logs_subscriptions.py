"""Subscription filter delivery through boto3: events that match a filter arrive in the
destination log group (directly, and through a destination), the rest do not, and delivery
goes on after kill -9 of the server with nothing lost."""

import pathlib
import shutil
import signal
import tempfile
import time

import botocore.exceptions
import pytest

from conftest import ACCOUNT, REGION, Server
from test_log_events import client, now_ms

DEADLINE = 30


def group_arn(name):
    return f"arn:aws:logs:{REGION}:{ACCOUNT}:log-group:{name}"


def delivered(logs, group, deadline=DEADLINE, want=None):
    """The (stream, timestamp, message) of every event in `group`, read with
    filter-log-events until `want` of them are there (or the deadline passes)."""
    end = time.time() + deadline
    while True:
        found = []
        kwargs = {}
        while True:
            page = logs.filter_log_events(logGroupName=group, **kwargs)
            found += [(e["logStreamName"], e["timestamp"], e["message"]) for e in page["events"]]
            if "nextToken" not in page:
                break
            kwargs = {"nextToken": page["nextToken"]}
        if (want is not None and len(set(found)) >= want) or time.time() > end:
            return found
        time.sleep(0.2)


def test_matching_events_are_delivered_to_the_destination_group(logs, name):
    source, errors, everything = f"/subs/{name}/src", f"/subs/{name}/errors", f"/subs/{name}/all"
    for g in (source, errors, everything):
        logs.create_log_group(logGroupName=g)
    logs.create_log_stream(logGroupName=source, logStreamName="app/1")
    logs.put_subscription_filter(logGroupName=source, filterName="errors", filterPattern="ERROR",
                                 destinationArn=group_arn(errors))
    dest = logs.put_destination(destinationName=name, targetArn=group_arn(everything),
                                roleArn=f"arn:aws:iam::{ACCOUNT}:role/r")["destination"]
    logs.put_subscription_filter(logGroupName=source, filterName="all", filterPattern="",
                                 destinationArn=dest["arn"])
    t = now_ms() - 10_000
    messages = ["INFO up", "ERROR disk full", "INFO retrying", "ERROR gave up"]
    logs.put_log_events(logGroupName=source, logStreamName="app/1",
                        logEvents=[{"timestamp": t + i, "message": m} for i, m in enumerate(messages)])

    stream = f"{source}/app/1"
    got = delivered(logs, errors, want=2)
    assert sorted(got) == [(stream, t + 1, "ERROR disk full"), (stream, t + 3, "ERROR gave up")]
    # get-log-events reads the delivered stream too.
    events = logs.get_log_events(logGroupName=errors, logStreamName=stream, startFromHead=True)["events"]
    assert [(e["timestamp"], e["message"]) for e in events] == [(t + 1, "ERROR disk full"), (t + 3, "ERROR gave up")]
    got = delivered(logs, everything, want=4)
    assert sorted(m for _, _, m in got) == sorted(messages)

    # A filter that would deliver back into its own source is refused, and nothing changes.
    with pytest.raises(botocore.exceptions.ClientError) as err:
        logs.put_subscription_filter(logGroupName=errors, filterName="back", filterPattern="",
                                     destinationArn=group_arn(source))
    assert err.value.response["Error"]["Code"] == "InvalidParameterException"
    assert "loop" in err.value.response["Error"]["Message"]
    assert logs.describe_subscription_filters(logGroupName=errors)["subscriptionFilters"] == []


def test_delivery_survives_kill_9():
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="keel-subs-"))
    data = tmp / "data"
    server = Server(data)
    try:
        logs = client(server.endpoint)
        source, target = "/subs/crash/src", "/subs/crash/dst"
        logs.create_log_group(logGroupName=source)
        logs.create_log_group(logGroupName=target)
        logs.create_log_stream(logGroupName=source, logStreamName="s")
        logs.put_subscription_filter(logGroupName=source, filterName="keep", filterPattern="keep",
                                     destinationArn=group_arn(target))
        t = now_ms() - 60_000
        expected = set()

        def put(batches):
            for b in batches:
                events = []
                for i in range(50):
                    kind = "keep" if i % 2 == 0 else "drop"
                    events.append({"timestamp": t + b * 50 + i, "message": f"{kind} b{b} e{i}"})
                    if kind == "keep":
                        expected.add(f"{kind} b{b} e{i}")
                logs.put_log_events(logGroupName=source, logStreamName="s", logEvents=events)

        put(range(20))
        # Delivery is under way, then more arrives and the server is killed.
        assert delivered(logs, target, want=1)
        put(range(20, 60))
        server.stop(signal.SIGKILL)
        assert server.proc.returncode == -signal.SIGKILL
        server = Server(data)
        logs = client(server.endpoint)
        # More after the restart.
        logs.put_log_events(logGroupName=source, logStreamName="s",
                            logEvents=[{"timestamp": t + 5000, "message": "keep after restart"}])
        expected.add("keep after restart")
        got = delivered(logs, target, deadline=60, want=len(expected))
        messages = [m for _, _, m in got]
        assert set(messages) == expected
        # At least once: a chunk (1,000 events) may come twice after the crash, no more.
        assert len(messages) - len(expected) <= 1000
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
