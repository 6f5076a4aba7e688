"""Logs Insights queries through boto3 and the AWS CLI: start, results, describe, stop, and
the errors. Queries here run over groups without events (the event store answers scans);
known answers over events are checked in crates/keel-logs/tests/queries.rs."""

import time

import botocore.exceptions
import pytest


def wait(logs, query_id):
    deadline = time.time() + 60
    while time.time() < deadline:
        r = logs.get_query_results(queryId=query_id)
        if r["status"] not in ("Scheduled", "Running"):
            return r
        time.sleep(0.05)
    raise AssertionError(f"query {query_id} did not finish")


def test_start_results_describe(logs, name):
    group = f"/keel/{name}"
    logs.create_log_group(logGroupName=group)
    now = int(time.time())
    qid = logs.start_query(
        logGroupName=group, startTime=now - 3600, endTime=now, queryString="stats count(*) by bin(5m)"
    )["queryId"]
    r = wait(logs, qid)
    assert r["status"] == "Complete"
    assert r["results"] == []
    assert r["statistics"]["recordsScanned"] == 0.0
    assert r["statistics"]["recordsMatched"] == 0.0
    assert "encryptionKey" not in r
    described = logs.describe_queries(logGroupName=group)["queries"]
    assert [q["queryId"] for q in described] == [qid]
    assert described[0]["status"] == "Complete"
    assert described[0]["queryString"] == "stats count(*) by bin(5m)"
    assert logs.describe_queries(logGroupName=group, status="Running")["queries"] == []
    # Paginated by the paginator botocore ships.
    pages = list(logs.get_paginator("describe_queries").paginate(logGroupName=group, PaginationConfig={"PageSize": 1}))
    assert sum(len(p["queries"]) for p in pages) == 1


def test_malformed_query_says_where(logs, name):
    group = f"/keel/{name}"
    logs.create_log_group(logGroupName=group)
    with pytest.raises(botocore.exceptions.ClientError) as err:
        logs.start_query(logGroupName=group, startTime=0, endTime=10, queryString="fields a | filter")
    e = err.value.response
    assert e["Error"]["Code"] == "MalformedQueryException"
    location = e["queryCompileError"]["location"]
    assert location["startCharOffset"] == 17
    assert "value" in e["queryCompileError"]["message"]


@pytest.mark.parametrize(
    "kwargs,code",
    [
        (dict(startTime=0, endTime=10, queryString="fields a"), "InvalidParameterException"),
        (dict(logGroupName="/keel/nope-nope", startTime=0, endTime=10, queryString="fields a"), "ResourceNotFoundException"),
        (dict(logGroupName="/keel/x", startTime=10, endTime=0, queryString="fields a"), "InvalidParameterException"),
    ],
)
def test_start_query_errors(logs, kwargs, code):
    with pytest.raises(botocore.exceptions.ClientError) as err:
        logs.start_query(**kwargs)
    assert err.value.response["Error"]["Code"] == code


def test_stop_and_unknown(logs, name):
    group = f"/keel/{name}"
    logs.create_log_group(logGroupName=group)
    qid = logs.start_query(logGroupName=group, startTime=0, endTime=10, queryString="fields @message")["queryId"]
    wait(logs, qid)
    with pytest.raises(botocore.exceptions.ClientError) as err:
        logs.stop_query(queryId=qid)
    assert err.value.response["Error"]["Code"] == "InvalidParameterException"
    with pytest.raises(botocore.exceptions.ClientError) as err:
        logs.get_query_results(queryId="00000000-0000-0000-0000-000000000000")
    assert err.value.response["Error"]["Code"] == "ResourceNotFoundException"


def test_cli_start_query_and_results(cli, name):
    group = f"/keel/{name}"
    cli.run("logs", "create-log-group", "--log-group-name", group)
    qid = cli.json(
        "logs", "start-query", "--log-group-name", group, "--start-time", "0", "--end-time", str(int(time.time())),
        "--query-string", "fields @timestamp, @message | sort @timestamp desc | limit 20",
    )["queryId"]
    deadline = time.time() + 60
    while True:
        r = cli.json("logs", "get-query-results", "--query-id", qid)
        if r["status"] not in ("Scheduled", "Running") or time.time() > deadline:
            break
        time.sleep(0.1)
    assert r["status"] == "Complete"
    assert r["results"] == []
    listed = cli.json("logs", "describe-queries", "--log-group-name", group)["queries"]
    assert listed[0]["queryId"] == qid
