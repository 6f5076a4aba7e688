"""StartLiveTail's event stream read by boto3 and by the AWS CLI: the framing (prelude,
headers, CRCs) checked by botocore's own event-stream parser, the initial response, the
sessionStart event and an update each second.

StartLiveTail's model asks clients to prefix the host with `stream-`; against an IP endpoint
that must be turned off (`inject_host_prefix=False`, or AWS_DISABLE_HOST_PREFIX_INJECTION).
Events put while a session runs are checked in crates/keel-logs/tests/live_tail.rs."""

import subprocess
import time

import boto3
import botocore.config
import botocore.exceptions
import pytest

from conftest import ACCOUNT, REGION


@pytest.fixture(scope="module")
def logs(server):
    return boto3.client(
        "logs",
        endpoint_url=server.endpoint,
        region_name=REGION,
        aws_access_key_id="keel",
        aws_secret_access_key="keel",
        config=botocore.config.Config(retries={"max_attempts": 1}, inject_host_prefix=False),
    )


def test_boto3_reads_session_start_and_updates(logs, name):
    group = f"/keel/{name}"
    logs.create_log_group(logGroupName=group)
    arn = f"arn:aws:logs:{REGION}:{ACCOUNT}:log-group:{group}"
    response = logs.start_live_tail(logGroupIdentifiers=[arn], logEventFilterPattern="ERROR")
    stream = response["responseStream"]
    events = []
    started = time.time()
    for event in stream:
        events.append(event)
        if len(events) == 3:
            break
    stream.close()
    start = events[0]["sessionStart"]
    assert start["logGroupIdentifiers"] == [arn]
    assert start["logEventFilterPattern"] == "ERROR"
    assert start["sessionId"]
    for update in events[1:]:
        assert update["sessionUpdate"]["sessionMetadata"] == {"sampled": False}
        assert update["sessionUpdate"]["sessionResults"] == []
    # Updates come about once a second (generous bound: this is not a timing test).
    assert time.time() - started < 30


def test_boto3_errors_before_the_stream(logs):
    with pytest.raises(botocore.exceptions.ClientError) as err:
        logs.start_live_tail(logGroupIdentifiers=["/keel/no-such-group"])
    assert err.value.response["Error"]["Code"] == "ResourceNotFoundException"


def test_cli_streams_updates(cli, name):
    group = f"/keel/{name}"
    cli.run("logs", "create-log-group", "--log-group-name", group)
    env = dict(cli.env, AWS_DISABLE_HOST_PREFIX_INJECTION="true")
    proc = subprocess.Popen(
        ["aws", "logs", "start-live-tail", "--log-group-identifiers", group, "--debug"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen = []
    deadline = time.time() + 60
    try:
        for line in proc.stderr:
            if "':event-type': 'session" in line:
                seen.append("sessionStart" if "sessionStart" in line else "sessionUpdate")
            if seen.count("sessionUpdate") >= 2 or time.time() > deadline:
                break
    finally:
        proc.kill()
        proc.wait()
    assert seen[:3] == ["sessionStart", "sessionUpdate", "sessionUpdate"]
