"""Subscription filters delivering to a Firehose delivery stream the operator mapped to an HTTP
endpoint (`--logs-firehose-endpoint NAME=URL`): a receiver on loopback gets Firehose's HTTP
endpoint delivery requests carrying CloudWatch's gzipped DATA_MESSAGE records; a receiver that
fails at first still gets everything; an unconfigured stream or a missing role is refused."""

import base64
import gzip
import http.server
import json
import pathlib
import shutil
import tempfile
import threading
import time

import botocore.exceptions
import pytest

from conftest import ACCOUNT, REGION, Server, make_client
from test_log_events import now_ms


class Receiver:
    """An HTTP endpoint on 127.0.0.1 that records Firehose delivery requests; it answers 500
    to the first `fail_first` of them."""

    def __init__(self, fail_first=0):
        self.requests = []
        self.failures_left = fail_first
        self.lock = threading.Lock()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                with outer.lock:
                    fail = outer.failures_left > 0
                    if fail:
                        outer.failures_left -= 1
                    else:
                        outer.requests.append(({k.lower(): v for k, v in self.headers.items()}, json.loads(body)))
                if fail:
                    self.send_response(500)
                    self.end_headers()
                    return
                answer = json.dumps({"requestId": self.headers["X-Amz-Firehose-Request-Id"],
                                     "timestamp": int(time.time() * 1000)}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def messages(self):
        """Every DATA_MESSAGE received, decoded."""
        with self.lock:
            requests = list(self.requests)
        out = []
        for _, body in requests:
            for record in body["records"]:
                out.append(json.loads(gzip.decompress(base64.b64decode(record["data"]))))
        return out

    def close(self):
        self.httpd.shutdown()


def stream_arn(name):
    return f"arn:aws:firehose:{REGION}:{ACCOUNT}:deliverystream/{name}"


ROLE = f"arn:aws:iam::{ACCOUNT}:role/CWLtoFirehose"
UNTRUSTING = f"arn:aws:iam::{ACCOUNT}:role/Ec2Only"


def trust(service):
    return json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"Service": service}, "Action": "sts:AssumeRole"}]})


@pytest.fixture(scope="module")
def receivers():
    ok, flaky = Receiver(), Receiver(fail_first=3)
    yield ok, flaky
    ok.close()
    flaky.close()


@pytest.fixture(scope="module")
def firehose_logs(receivers):
    ok, flaky = receivers
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="keel-firehose-"))
    srv = Server(tmp / "data", extra=[
        "--logs-firehose-endpoint", f"audit=http://127.0.0.1:{ok.port}/ingest?x=1",
        "--logs-firehose-endpoint", f"flaky=http://127.0.0.1:{flaky.port}/",
    ])
    iam = make_client(srv.endpoint, service="iam")
    iam.create_role(RoleName="CWLtoFirehose", AssumeRolePolicyDocument=trust("logs.amazonaws.com"))
    iam.create_role(RoleName="Ec2Only", AssumeRolePolicyDocument=trust("ec2.amazonaws.com"))
    yield make_client(srv.endpoint, service="logs")
    srv.stop()
    shutil.rmtree(tmp, ignore_errors=True)


def wait_messages(receiver, want, deadline=60):
    end = time.time() + deadline
    while True:
        got = receiver.messages()
        events = sum(len(m["logEvents"]) for m in got)
        if events >= want or time.time() > end:
            return got
        time.sleep(0.2)


def test_matching_events_reach_the_endpoint_as_firehose_delivers_them(firehose_logs, receivers, name):
    logs, (ok, _) = firehose_logs, receivers
    group = f"/firehose/{name}"
    logs.create_log_group(logGroupName=group)
    for s in ("web/1", "web/2"):
        logs.create_log_stream(logGroupName=group, logStreamName=s)
    logs.put_subscription_filter(logGroupName=group, filterName="errors", filterPattern="ERROR",
                                 destinationArn=stream_arn("audit"), roleArn=ROLE)
    t = now_ms() - 10_000
    logs.put_log_events(logGroupName=group, logStreamName="web/1", logEvents=[
        {"timestamp": t, "message": "INFO up"}, {"timestamp": t + 1, "message": "ERROR disk full"}])
    logs.put_log_events(logGroupName=group, logStreamName="web/2", logEvents=[
        {"timestamp": t + 2, "message": "ERROR gave up"}])

    got = [m for m in wait_messages(ok, 2) if m["logGroup"] == group]
    by_stream = {m["logStream"]: m for m in got}
    assert set(by_stream) == {"web/1", "web/2"}
    for m in got:
        assert m["messageType"] == "DATA_MESSAGE"
        assert m["owner"] == ACCOUNT
        assert m["subscriptionFilters"] == ["errors"]
    assert [(e["timestamp"], e["message"]) for e in by_stream["web/1"]["logEvents"]] == [(t + 1, "ERROR disk full")]
    assert [(e["timestamp"], e["message"]) for e in by_stream["web/2"]["logEvents"]] == [(t + 2, "ERROR gave up")]
    assert all(e["id"] for m in got for e in m["logEvents"])
    with ok.lock:
        headers, body = ok.requests[-1]
    # Header names are case-insensitive (HTTP/1.1 sends them lower-cased here).
    assert headers["x-amz-firehose-source-arn"] == stream_arn("audit")
    assert headers["x-amz-firehose-request-id"] == body["requestId"]
    assert headers["content-type"] == "application/json"
    assert isinstance(body["timestamp"], int)


def test_a_failing_endpoint_gets_everything_once_it_answers(firehose_logs, receivers, name):
    logs, (_, flaky) = firehose_logs, receivers
    group = f"/firehose/{name}"
    logs.create_log_group(logGroupName=group)
    logs.create_log_stream(logGroupName=group, logStreamName="s")
    logs.put_subscription_filter(logGroupName=group, filterName="all", filterPattern="",
                                 destinationArn=stream_arn("flaky"), roleArn=ROLE)
    t = now_ms() - 10_000
    logs.put_log_events(logGroupName=group, logStreamName="s",
                        logEvents=[{"timestamp": t + i, "message": f"line {i}"} for i in range(5)])
    got = wait_messages(flaky, 5)
    delivered = [e["message"] for m in got if m["logGroup"] == group for e in m["logEvents"]]
    # At least once: the refused requests were sent again.
    assert sorted(set(delivered)) == [f"line {i}" for i in range(5)]
    assert flaky.failures_left == 0


def test_an_unconfigured_stream_or_a_role_that_cannot_be_assumed_is_refused(firehose_logs, name):
    logs = firehose_logs
    group = f"/firehose/{name}"
    logs.create_log_group(logGroupName=group)
    for arn, role in [(stream_arn("nowhere"), ROLE), (stream_arn("audit"), None),
                      (stream_arn("audit"), UNTRUSTING),
                      (stream_arn("audit"), f"arn:aws:iam::{ACCOUNT}:role/NoSuchRole"),
                      (f"arn:aws:firehose:eu-west-1:{ACCOUNT}:deliverystream/audit", ROLE)]:
        kwargs = {"roleArn": role} if role else {}
        with pytest.raises(botocore.exceptions.ClientError) as err:
            logs.put_subscription_filter(logGroupName=group, filterName="f", filterPattern="",
                                         destinationArn=arn, **kwargs)
        assert err.value.response["Error"]["Code"] == "InvalidParameterException"
    assert logs.describe_subscription_filters(logGroupName=group)["subscriptionFilters"] == []
