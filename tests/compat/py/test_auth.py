"""Authentication: every request must carry a valid SigV4 signature; failures change nothing."""

import json
import os
import re
import stat
import subprocess
import time
import urllib.error
import urllib.request

import boto3
import botocore.config
import botocore.exceptions
import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from conftest import REGION, Server, keel_bin, make_client
from test_edge import TARGET, raw


def cluster_names(server):
    arns = make_client(server.endpoint).list_clusters()["clusterArns"]
    return {a.rsplit("/", 1)[1] for a in arns}


def test_unsigned_requests_are_refused_and_change_nothing(server, name):
    status, headers, body = raw(server, TARGET + "CreateCluster", {"clusterName": name}, credentials=None)
    assert status == 400
    assert body["__type"] == headers["x-amzn-errortype"] == "MissingAuthenticationTokenException"
    assert name not in cluster_names(server)


def test_a_wrong_secret_is_an_invalid_signature(server, name):
    status, _, body = raw(server, TARGET + "CreateCluster", {"clusterName": name}, credentials=("keel", "not-the-secret"))
    assert status == 400
    assert body["__type"] == "InvalidSignatureException"
    assert "does not match the signature you provided" in body["message"]
    assert name not in cluster_names(server)


def test_an_unknown_key_is_unrecognized(server, name):
    other = boto3.client(
        "ecs",
        endpoint_url=server.endpoint,
        region_name=REGION,
        aws_access_key_id="AKIANOBODY000000000",
        aws_secret_access_key="whatever",
        config=botocore.config.Config(retries={"max_attempts": 1}),
    )
    with pytest.raises(botocore.exceptions.ClientError) as err:
        other.create_cluster(clusterName=name)
    assert err.value.response["Error"]["Code"] == "UnrecognizedClientException"
    assert err.value.response["Error"]["Message"] == "The security token included in the request is invalid."
    assert name not in cluster_names(server)


def test_a_signature_for_another_service_is_refused(server, name):
    data = json.dumps({"clusterName": name}).encode()
    headers = {"Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": TARGET + "CreateCluster"}
    req = AWSRequest(method="POST", url=server.endpoint + "/", data=data, headers=headers)
    SigV4Auth(Credentials("keel", "keel"), "logs", REGION).add_auth(req)
    http_req = urllib.request.Request(server.endpoint + "/", data=data, method="POST", headers=dict(req.headers.items()))
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(http_req, timeout=30)
    body = json.loads(err.value.read())
    assert err.value.code == 400
    assert body["__type"] == "InvalidSignatureException"
    assert "'ecs'" in body["message"]
    assert name not in cluster_names(server)


def read_announcement(proc):
    """What keel printed after its first line, up to the credentials line."""
    out = []
    while True:
        line = proc.stdout.readline()
        out.append(line)
        if not line or "AWS_ACCESS_KEY_ID" in line:
            return "".join(out)


def test_first_start_generates_a_private_root_key(tmp_path, name):
    srv = Server(tmp_path / "data", root_key=None)
    try:
        announced = read_announcement(srv.proc)
        key_file = tmp_path / "data" / "root-credentials"
        assert f"Root access key in {key_file}" in announced
        m = re.search(r"export AWS_ACCESS_KEY_ID=(AKIA[A-Z2-7]{16}) AWS_SECRET_ACCESS_KEY=(\S{40})", announced)
        assert m, announced
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
        assert m.group(1) in key_file.read_text()
        client = boto3.client(
            "ecs",
            endpoint_url=srv.endpoint,
            region_name=REGION,
            aws_access_key_id=m.group(1),
            aws_secret_access_key=m.group(2),
            config=botocore.config.Config(retries={"max_attempts": 1}),
        )
        assert client.create_cluster(clusterName=name)["cluster"]["status"] == "ACTIVE"
        # The throwaway key the other tests use is not valid here.
        with pytest.raises(botocore.exceptions.ClientError) as err:
            make_client(srv.endpoint).list_clusters()
        assert err.value.response["Error"]["Code"] == "UnrecognizedClientException"
    finally:
        srv.stop()
    # A restart reads the same key back.
    again = Server(tmp_path / "data", root_key=None)
    try:
        assert m.group(1) in read_announcement(again.proc)
    finally:
        again.stop()


def test_insecure_mode_accepts_any_key_but_still_wants_a_signature(tmp_path, name):
    srv = Server(tmp_path / "data", extra=["--insecure-accept-any-credentials"], root_key=None)
    try:
        status, _, _ = raw(srv, TARGET + "CreateCluster", {"clusterName": name}, credentials=("anyone", "anything"))
        assert status == 200
        status, _, body = raw(srv, TARGET + "ListClusters", {}, credentials=None)
        assert status == 400 and body["__type"] == "MissingAuthenticationTokenException"
    finally:
        srv.stop()
    log = (tmp_path / "data" / "stderr.log").read_text()
    assert "INSECURE" in log
    assert "UNAUTHENTICATED CHANGE" in log and "CreateCluster" in log


def test_insecure_mode_refuses_a_non_loopback_address(tmp_path):
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    done = subprocess.run(
        [keel_bin(), "server", "--listen", "0.0.0.0:0", "--data-dir", str(tmp_path / "d"), "--insecure-accept-any-credentials"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode != 0
    assert "loopback" in done.stderr


def signed_request(server, data, service="ecs", region=REGION, credentials=("keel", "keel"), when=None,
                   target=TARGET + "CreateCluster", headers=None):
    """Headers of a SigV4-signed POST of `data`, signed by botocore (at `when`, if given)."""
    all_headers = {"Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": target}
    all_headers.update(headers or {})
    req = AWSRequest(method="POST", url=server.endpoint + "/", data=data, headers=all_headers)
    signer = SigV4Auth(Credentials(*credentials), service, region)
    if when is not None:
        from unittest import mock
        with mock.patch("botocore.auth.get_current_datetime", return_value=when):
            signer.add_auth(req)
    else:
        signer.add_auth(req)
    return dict(req.headers.items())


def send(server, data, headers, path="/", method="POST"):
    req = urllib.request.Request(server.endpoint + path, data=data if method == "POST" else None, method=method)
    for k, v in headers.items():
        req.add_header(k, v)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def test_a_tampered_body_is_refused_and_changes_nothing(server, name):
    data = json.dumps({"clusterName": name}).encode()
    headers = signed_request(server, data)
    tampered = json.dumps({"clusterName": name + "x"}).encode()
    status, body = send(server, tampered, headers)
    assert status == 400 and json.loads(body)["__type"] == "InvalidSignatureException"
    assert name not in cluster_names(server) and name + "x" not in cluster_names(server)


def test_a_stale_date_is_refused(server, name):
    import datetime
    stale = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None) - datetime.timedelta(minutes=20)
    data = json.dumps({"clusterName": name}).encode()
    status, body = send(server, data, signed_request(server, data, when=stale))
    error = json.loads(body)
    assert status == 400 and error["__type"] == "InvalidSignatureException"
    assert error["message"].startswith("Signature expired:")
    assert name not in cluster_names(server)


def test_a_scope_region_that_is_no_region_or_not_the_signed_one(server, name):
    data = json.dumps({"clusterName": name}).encode()
    headers = signed_request(server, data, region="no such region")
    status, body = send(server, data, headers)
    assert status == 400 and "valid region" in json.loads(body)["message"]
    # Signed for one region, presented as another: the signature no longer matches.
    headers = signed_request(server, data, region="eu-west-1")
    headers["Authorization"] = headers["Authorization"].replace("/eu-west-1/", "/us-east-1/")
    status, body = send(server, data, headers)
    assert status == 400 and json.loads(body)["__type"] == "InvalidSignatureException"
    assert name not in cluster_names(server)


def test_an_unsigned_host_header_is_refused(server, name):
    data = json.dumps({"clusterName": name}).encode()
    headers = signed_request(server, data)
    auth = headers["Authorization"]
    signed = auth.split("SignedHeaders=")[1].split(",")[0]
    headers["Authorization"] = auth.replace(signed, ";".join(h for h in signed.split(";") if h != "host"))
    status, body = send(server, data, headers)
    error = json.loads(body)
    assert status == 400 and error["__type"] == "IncompleteSignatureException"
    assert "'Host' must be a 'SignedHeader'" in error["message"]
    assert name not in cluster_names(server)


def test_presigned_urls_work_until_they_expire(server):
    from botocore.auth import SigV4QueryAuth
    url = server.endpoint + "/?Action=GetCallerIdentity&Version=2011-06-15"
    req = AWSRequest(method="GET", url=url)
    SigV4QueryAuth(Credentials("keel", "keel"), "sts", REGION, expires=2).add_auth(req)
    status, body = send(server, None, {}, path=req.url[len(server.endpoint):], method="GET")
    assert status == 200, body
    assert b"<Arn>arn:aws:iam::000000000000:root</Arn>" in body
    time.sleep(3)
    status, body = send(server, None, {}, path=req.url[len(server.endpoint):], method="GET")
    assert status == 400
    assert b"<Code>RequestExpired</Code>" in body


def test_query_protocol_auth_errors_are_xml(server):
    iam = boto3.client("iam", endpoint_url=server.endpoint, region_name=REGION,
                       aws_access_key_id="keel", aws_secret_access_key="wrong",
                       config=botocore.config.Config(retries={"max_attempts": 1}))
    with pytest.raises(botocore.exceptions.ClientError) as err:
        iam.list_users()
    assert err.value.response["Error"]["Code"] == "SignatureDoesNotMatch"
    assert err.value.response["ResponseMetadata"]["HTTPStatusCode"] == 403
