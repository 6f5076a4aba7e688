"""The control plane's own logs, read back through the CloudWatch Logs API with boto3."""

import json
import pathlib
import shutil
import tempfile
import time

import boto3
import botocore.config
import botocore.exceptions
import pytest

from conftest import REGION, Server, make_client, register_instance

GROUP = "/keel/control-plane"


def client(service, endpoint, key=("keel", "keel")):
    return boto3.client(
        service,
        endpoint_url=endpoint,
        region_name=REGION,
        aws_access_key_id=key[0],
        aws_secret_access_key=key[1],
        config=botocore.config.Config(retries={"max_attempts": 1}),
    )


def messages(logs, stream, want, timeout=20):
    """The stream's messages (parsed JSON), once `want(records)` holds or the time is up."""
    deadline = time.time() + timeout
    records = []
    while time.time() < deadline:
        try:
            events = logs.get_log_events(
                logGroupName=GROUP, logStreamName=stream, startFromHead=True
            )["events"]
            records = [json.loads(e["message"]) for e in events]
            if want(records):
                return records
        except logs.exceptions.ResourceNotFoundException:
            pass
        time.sleep(0.3)
    raise AssertionError(f"stream {stream}: condition not met; got {records}")


@pytest.fixture(scope="module")
def srv():
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="keel-cplogs-"))
    server = Server(tmp / "data", extra=["--control-plane-logs", "api,audit,authenticator,scheduler"])
    yield server
    server.stop()
    shutil.rmtree(tmp, ignore_errors=True)


def test_requests_audit_records_and_refusals_are_in_the_control_plane_group(srv, name):
    ecs = make_client(srv.endpoint)
    logs = client("logs", srv.endpoint)
    ecs.create_cluster(clusterName=name)
    with pytest.raises(botocore.exceptions.ClientError) as err:
        client("ecs", srv.endpoint, key=("AKIANOSUCHKEY0000000", "wrong")).list_clusters()
    assert err.value.response["Error"]["Code"] == "UnrecognizedClientException"

    api = messages(
        logs,
        "api",
        lambda rs: any(r.get("operation", "").endswith(".CreateCluster") for r in rs),
    )
    groups = logs.describe_log_groups(logGroupNamePrefix=GROUP)["logGroups"]
    assert [g["logGroupName"] for g in groups] == [GROUP]
    created = next(r for r in api if r.get("operation", "").endswith(".CreateCluster"))
    assert created["status"] == 200 and created["error_code"] == ""
    assert created["latency_us"] > 0

    audit = messages(
        logs, "audit", lambda rs: any(r.get("eventName") == "CreateCluster" for r in rs)
    )
    record = next(r for r in audit if r.get("eventName") == "CreateCluster")
    assert record["eventSource"] == "ecs.amazonaws.com"
    assert record["requestParameters"]["clusterName"] == name
    assert record["userIdentity"]["type"] == "Root"

    refused = messages(
        logs,
        "authenticator",
        lambda rs: any(r.get("code") == "UnrecognizedClientException" for r in rs),
    )
    assert any("authentication failed" in r["message"] for r in refused)


def test_placements_go_to_the_scheduler_stream(srv, name):
    ecs = make_client(srv.endpoint)
    logs = client("logs", srv.endpoint)
    ecs.create_cluster(clusterName=name)
    instance = register_instance(ecs, name)["containerInstanceArn"]
    ecs.register_task_definition(
        family=name,
        containerDefinitions=[{"name": "app", "image": "busybox", "memory": 64, "essential": True}],
    )
    task = ecs.run_task(cluster=name, taskDefinition=name)["tasks"][0]["taskArn"]
    placed = messages(logs, "scheduler", lambda rs: any(r.get("task") == task for r in rs))
    line = next(r for r in placed if r.get("task") == task)
    assert line["message"] == "task placed"
    assert line["container_instance"] == instance
    assert line["cluster"] == name


def test_nothing_is_written_when_no_log_type_is_enabled(server, ecs, name):
    # The session's default server runs without --control-plane-logs.
    ecs.create_cluster(clusterName=name)
    logs = client("logs", server.endpoint)
    time.sleep(1.5)  # longer than the shipper's flush interval
    assert logs.describe_log_groups(logGroupNamePrefix=GROUP)["logGroups"] == []
