"""The audit trail: who did what (and what was refused), secrets hidden, through CloudTrail's
LookupEvents and `keel audit`; and no acknowledged call missing after kill -9."""

import json
import os
import pathlib
import signal
import subprocess
import tempfile
import threading
import time
import uuid

import boto3
import botocore.config
import botocore.exceptions
import pytest

from conftest import ACCOUNT, REGION, Server, container, keel_bin, make_client

HIDDEN = "HIDDEN_DUE_TO_SECURITY_REASONS"


def client(endpoint, service, key=("keel", "keel", None)):
    return boto3.client(
        service,
        endpoint_url=endpoint,
        region_name=REGION,
        aws_access_key_id=key[0],
        aws_secret_access_key=key[1],
        aws_session_token=key[2],
        config=botocore.config.Config(retries={"max_attempts": 1}),
    )


def unique(prefix):
    return prefix + uuid.uuid4().hex[:10]


def lookup(endpoint, key, value, **extra):
    trail = client(endpoint, "cloudtrail")
    events = []
    for page in trail.get_paginator("lookup_events").paginate(
        LookupAttributes=[{"AttributeKey": key, "AttributeValue": value}], **extra
    ):
        events.extend(page["Events"])
    return events


def records(events):
    return [json.loads(e["CloudTrailEvent"]) for e in events]


def test_the_trail_shows_who_did_what_with_secrets_hidden(server):
    iam = client(server.endpoint, "iam")
    name = unique("aud")
    iam.create_user(UserName=name)
    key = iam.create_access_key(UserName=name)["AccessKey"]
    iam.put_user_policy(UserName=name, PolicyName="all", PolicyDocument=json.dumps(
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["ecs:*", "sts:AssumeRole"], "Resource": "*"}]}))
    user_key = (key["AccessKeyId"], key["SecretAccessKey"], None)

    [created] = [r for r in records(lookup(server.endpoint, "EventName", "CreateAccessKey"))
                 if r["requestParameters"] == {"userName": name}]
    assert created["userIdentity"]["type"] == "Root"
    assert created["responseElements"]["accessKey"]["accessKeyId"] == key["AccessKeyId"]
    assert created["responseElements"]["accessKey"]["secretAccessKey"] == HIDDEN
    assert key["SecretAccessKey"] not in json.dumps(created)
    assert created["eventSource"] == "iam.amazonaws.com"
    assert created["sourceIPAddress"] == "127.0.0.1"
    assert "Boto3" in created["userAgent"] or "botocore" in created["userAgent"]
    for field in ["eventVersion", "eventTime", "awsRegion", "requestID", "eventID", "readOnly", "eventType"]:
        assert field in created

    ecs = client(server.endpoint, "ecs", user_key)
    family = unique("secret")
    ecs.register_task_definition(family=family, containerDefinitions=[
        container(environment=[{"name": "DB_PASSWORD", "value": "hunter2"}])])
    events = lookup(server.endpoint, "Username", name)
    [registered] = [r for r in records(events) if r["eventName"] == "RegisterTaskDefinition"]
    assert registered["userIdentity"] == {
        "type": "IAMUser",
        "principalId": registered["userIdentity"]["principalId"],
        "arn": f"arn:aws:iam::{ACCOUNT}:user/{name}",
        "accountId": ACCOUNT,
        "accessKeyId": key["AccessKeyId"],
        "userName": name,
    }
    assert "hunter2" not in json.dumps(registered)
    assert registered["requestParameters"]["containerDefinitions"][0]["environment"] == HIDDEN
    assert all(e["Username"] == name and e["AccessKeyId"] == key["AccessKeyId"] for e in events)

    role = unique("r")
    iam.create_role(RoleName=role, AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": ACCOUNT}, "Action": "sts:AssumeRole"}]}))
    creds = client(server.endpoint, "sts", user_key).assume_role(
        RoleArn=f"arn:aws:iam::{ACCOUNT}:role/{role}", RoleSessionName="audited")["Credentials"]
    [assumed] = [r for r in records(lookup(server.endpoint, "EventName", "AssumeRole"))
                 if r["requestParameters"]["roleSessionName"] == "audited"]
    assert assumed["responseElements"]["credentials"]["sessionToken"] == HIDDEN
    assert assumed["responseElements"]["credentials"]["accessKeyId"] == creds["AccessKeyId"]
    assert creds["SessionToken"] not in json.dumps(assumed)

    # A role session is audited as the session.
    session = client(server.endpoint, "ecs", (creds["AccessKeyId"], creds["SecretAccessKey"], creds["SessionToken"]))
    with pytest.raises(botocore.exceptions.ClientError):
        session.create_cluster(clusterName=unique("nope"))
    [refused] = records(lookup(server.endpoint, "Username", "audited"))
    assert refused["userIdentity"]["type"] == "AssumedRole"
    assert refused["userIdentity"]["sessionContext"]["sessionIssuer"]["userName"] == role
    assert refused["errorCode"] == "AccessDeniedException"


def test_denied_calls_are_recorded_and_filtered_by_the_cli(server, cli):
    iam = client(server.endpoint, "iam")
    name = unique("den")
    iam.create_user(UserName=name)
    key = iam.create_access_key(UserName=name)["AccessKey"]
    ecs = client(server.endpoint, "ecs", (key["AccessKeyId"], key["SecretAccessKey"], None))
    cluster = unique("denied")
    with pytest.raises(botocore.exceptions.ClientError):
        ecs.create_cluster(clusterName=cluster)
    with pytest.raises(botocore.exceptions.ClientError):
        ecs.list_clusters()

    out = cli.json("cloudtrail", "lookup-events", "--lookup-attributes", f"AttributeKey=Username,AttributeValue={name}")
    names = sorted(e["EventName"] for e in out["Events"])
    assert names == ["CreateCluster", "ListClusters"], "refused reads are recorded too"
    detail = {e["EventName"]: json.loads(e["CloudTrailEvent"]) for e in out["Events"]}
    assert detail["CreateCluster"]["errorCode"] == "AccessDeniedException"
    assert detail["CreateCluster"]["requestParameters"] == {"clusterName": cluster}
    assert detail["ListClusters"]["readOnly"] is True

    by_name = cli.json("cloudtrail", "lookup-events", "--lookup-attributes", "AttributeKey=EventName,AttributeValue=CreateUser")
    assert any(json.loads(e["CloudTrailEvent"])["requestParameters"] == {"userName": name} for e in by_name["Events"])
    assert all(e["EventName"] == "CreateUser" for e in by_name["Events"])
    assert all(e["ReadOnly"] == "false" for e in by_name["Events"])

    by_resource = cli.json("cloudtrail", "lookup-events", "--lookup-attributes",
                           f"AttributeKey=ResourceName,AttributeValue=arn:aws:ecs:{REGION}:{ACCOUNT}:cluster/{cluster}")
    assert [e["EventName"] for e in by_resource["Events"]] == ["CreateCluster"]
    assert by_resource["Events"][0]["Resources"] == [
        {"ResourceType": "AWS::ECS::Cluster", "ResourceName": f"arn:aws:ecs:{REGION}:{ACCOUNT}:cluster/{cluster}"}]

    bad = cli.run("cloudtrail", "lookup-events", "--lookup-attributes",
                  "AttributeKey=EventName,AttributeValue=a", "AttributeKey=Username,AttributeValue=b", check=False)
    assert bad.returncode != 0 and "InvalidLookupAttributesException" in bad.stderr


def test_lookup_pages_by_fifty_and_bounds_time(server):
    ecs = make_client(server.endpoint)
    prefix = unique("page")
    for i in range(55):
        ecs.create_cluster(clusterName=f"{prefix}-{i}")
    trail = client(server.endpoint, "cloudtrail")
    first = trail.lookup_events(LookupAttributes=[{"AttributeKey": "EventName", "AttributeValue": "CreateCluster"}])
    assert len(first["Events"]) == 50 and first["NextToken"]
    times = [e["EventTime"] for e in first["Events"]]
    assert times == sorted(times, reverse=True), "newest first"
    seen = [json.loads(e["CloudTrailEvent"])["requestParameters"]["clusterName"]
            for e in lookup(server.endpoint, "EventName", "CreateCluster")]
    assert {f"{prefix}-{i}" for i in range(55)} <= set(seen)
    assert len(seen) == len(set(seen)), "pages do not overlap"
    with pytest.raises(botocore.exceptions.ClientError) as err:
        trail.lookup_events(StartTime=time.time(), EndTime=time.time() - 3600)
    assert err.value.response["Error"]["Code"] == "InvalidTimeRangeException"
    future = trail.lookup_events(StartTime=time.time() + 3600)
    assert future["Events"] == []


def test_keel_audit_prints_and_filters(server):
    iam = client(server.endpoint, "iam")
    name = unique("kau")
    iam.create_user(UserName=name)
    env = dict(os.environ, AWS_ACCESS_KEY_ID="keel", AWS_SECRET_ACCESS_KEY="keel", AWS_REGION=REGION)
    env.pop("AWS_PROFILE", None)
    out = subprocess.run([keel_bin(), "audit", "--endpoint", server.endpoint, "--event-name", "CreateUser",
                          "--user", "root", "--since", "1h"], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    lines = [l for l in out.stdout.splitlines()[1:] if l.strip()]
    assert any(name in l for l in lines)
    assert all(" CreateUser " in l for l in lines)
    as_json = subprocess.run([keel_bin(), "audit", "--endpoint", server.endpoint, "--json", "--event-name", "CreateUser"],
                             capture_output=True, text=True, env=env, timeout=60)
    assert any(json.loads(l)["requestParameters"] == {"userName": name} for l in as_json.stdout.splitlines())
    # --follow prints what happens after it started.
    follower = subprocess.Popen([keel_bin(), "audit", "--endpoint", server.endpoint, "--follow", "--max", "0",
                                 "--event-name", "CreateUser"], stdout=subprocess.PIPE, text=True, env=env)
    try:
        time.sleep(1.0)
        later = unique("later")
        iam.create_user(UserName=later)
        deadline = time.time() + 30
        seen = ""
        while time.time() < deadline and later not in seen:
            seen += follower.stdout.readline()
        assert later in seen
    finally:
        follower.kill()
        follower.wait()
    wrong = subprocess.run([keel_bin(), "audit", "--endpoint", server.endpoint],
                           capture_output=True, text=True, env=dict(env, AWS_SECRET_ACCESS_KEY="wrong"), timeout=60)
    assert wrong.returncode != 0 and "InvalidSignatureException" in wrong.stderr


def test_no_acknowledged_change_is_missing_after_sigkill():
    data = pathlib.Path(tempfile.mkdtemp(prefix="keel-audit-kill-")) / "data"
    server = Server(data)
    acked = []
    lock = threading.Lock()
    stop = threading.Event()

    def writer(worker):
        ecs = make_client(server.endpoint)
        i = 0
        while not stop.is_set() and i < 3000:
            i += 1
            name = f"k{worker}-{i}"
            try:
                ecs.create_cluster(clusterName=name)
            except (botocore.exceptions.ClientError, botocore.exceptions.EndpointConnectionError,
                    botocore.exceptions.ConnectionClosedError, botocore.exceptions.ReadTimeoutError,
                    botocore.exceptions.HTTPClientError):
                return
            with lock:
                acked.append(name)

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    time.sleep(3.0)
    server.stop(signal.SIGKILL)
    stop.set()
    for t in threads:
        t.join(timeout=60)
    assert server.proc.returncode == -signal.SIGKILL
    assert len(acked) > 20, "the load did not get going"

    again = Server(data)
    try:
        recorded = {}
        for e in records(lookup(again.endpoint, "EventName", "CreateCluster")):
            recorded[e["requestParameters"]["clusterName"]] = e
        missing = [c for c in acked if c not in recorded]
        assert missing == [], f"{len(missing)} acknowledged calls missing from the trail"
        for name in acked:
            assert recorded[name].get("errorCode") is None
            assert "additionalEventData" not in recorded[name], "an acknowledged call has its outcome"
        # Stronger: every cluster that exists (acknowledged or not) has its call in the trail,
        # because the intent is durable before the change is made.
        existing = set()
        for page in make_client(again.endpoint).get_paginator("list_clusters").paginate():
            existing.update(a.split("/")[-1] for a in page["clusterArns"])
        unrecorded = [c for c in existing if c.startswith("k") and c not in recorded]
        assert unrecorded == [], f"changes without a trail: {unrecorded[:5]}"
    finally:
        again.stop()
