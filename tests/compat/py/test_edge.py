"""The protocol edge: dispatch, AWS JSON errors, request ids, limits, regions."""

import json
import urllib.error
import urllib.request

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

import pytest

from conftest import make_client

TARGET = "AmazonEC2ContainerServiceV20141113."


def lower(headers):
    """HTTP header names are case-insensitive; compare them lowercased."""
    return {k.lower(): v for k, v in headers.items()}


def raw(server, target, body, headers=None, credentials=("keel", "keel"), region="us-east-1"):
    """POSTs `body` as-is; signed with SigV4 (botocore's signer) unless `credentials` is None."""
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    all_headers = {"Content-Type": "application/x-amz-json-1.1"}
    if target is not None:
        all_headers["X-Amz-Target"] = target
    all_headers.update(headers or {})
    if credentials is not None:
        signed = AWSRequest(method="POST", url=server.endpoint + "/", data=data, headers=all_headers)
        SigV4Auth(Credentials(*credentials), "ecs", region).add_auth(signed)
        all_headers = dict(signed.headers.items())
    req = urllib.request.Request(server.endpoint + "/", data=data, method="POST")
    for k, v in all_headers.items():
        req.add_header(k, v)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, lower(resp.headers), json.loads(resp.read() or b"{}")
    except urllib.error.HTTPError as err:
        return err.code, lower(err.headers), json.loads(err.read() or b"{}")


def test_every_response_carries_a_request_id(server):
    status, headers, _ = raw(server, TARGET + "ListClusters", {})
    assert status == 200
    assert len(headers["x-amzn-requestid"]) == 36
    status, headers, body = raw(server, TARGET + "Nope", {})
    assert status == 400
    assert headers["x-amzn-requestid"]
    assert headers["x-amzn-errortype"] == body["__type"] == "UnknownOperationException"


def test_unknown_targets(server):
    for target in [None, "", "Foo.ListClusters", TARGET + "ListClusterz"]:
        status, _, body = raw(server, target, {})
        assert status == 400, target
        assert body["__type"] == "UnknownOperationException"


def test_malformed_json_is_a_serialization_error(server):
    for payload in [b"{", b"[1]", b"\"x\"", b"{\"clusterName\": }"]:
        status, _, body = raw(server, TARGET + "CreateCluster", payload)
        assert status == 400
        assert body["__type"] == "SerializationException", body


def test_wrong_types_name_the_member(server):
    status, _, body = raw(server, TARGET + "ListClusters", {"maxResults": "ten"})
    assert status == 400
    assert body["__type"] == "SerializationException"
    assert "maxResults" in body["message"]


def test_missing_required_member_is_named(server):
    status, _, body = raw(server, TARGET + "DeleteCluster", {})
    assert status == 400
    assert body["__type"] == "InvalidParameterException"
    assert body["message"] == (
        "1 validation error detected: Value null at 'cluster' failed to satisfy constraint: "
        "Member must not be null"
    )


def test_bad_enum_value_lists_allowed_values(server):
    status, _, body = raw(server, TARGET + "ListTasks", {"launchType": "MOON"})
    assert status == 400
    assert body["__type"] == "InvalidParameterException"
    assert "'MOON' at 'launchType'" in body["message"]
    assert "EC2" in body["message"] and "FARGATE" in body["message"]


def test_nested_violations_use_aws_paths(server):
    status, _, body = raw(
        server,
        TARGET + "RegisterTaskDefinition",
        {"family": "f", "containerDefinitions": [{"name": "a", "image": "x", "memory": 64, "healthCheck": {}}]},
    )
    assert status == 400
    assert "containerDefinitions.1.member.healthCheck.command" in body["message"], body


def test_oversized_body_is_refused(server):
    big = {"clusterName": "x" * (11 * 1024 * 1024)}
    status, _, body = raw(server, TARGET + "CreateCluster", big)
    assert status == 413
    assert body["__type"] == "RequestEntityTooLargeException"
    status, _, body = raw(server, TARGET + "DescribeClusters", {"clusters": ["x" * 10]})
    assert status == 200 and body["failures"][0]["reason"] == "MISSING"


def test_unimplemented_operations_say_so(server):
    status, _, body = raw(server, TARGET + "DiscoverPollEndpoint", {})
    assert status == 400
    assert body["__type"] == "UnsupportedFeatureException"
    assert "DiscoverPollEndpoint" in body["message"]


def test_resources_are_kept_per_region(server, name):
    east = make_client(server.endpoint, "us-east-1")
    west = make_client(server.endpoint, "eu-west-1")
    arn = east.create_cluster(clusterName=name)["cluster"]["clusterArn"]
    assert arn == f"arn:aws:ecs:us-east-1:000000000000:cluster/{name}"
    assert arn in east.list_clusters()["clusterArns"]
    west_arns = west.list_clusters()["clusterArns"]
    assert all(":us-east-1:" not in a for a in west_arns)
    failures = west.describe_clusters(clusters=[name])["failures"]
    assert failures[0]["reason"] == "MISSING"


def test_bad_input_changes_nothing(server, ecs, name):
    before = ecs.list_clusters()["clusterArns"]
    raw(server, TARGET + "CreateCluster", {"clusterName": name, "settings": [{"name": "containerInsights", "value": "maybe"}]})
    raw(server, TARGET + "CreateCluster", {"clusterName": name, "tags": [{"key": "aws:x", "value": "y"}]})
    assert ecs.list_clusters()["clusterArns"] == before
