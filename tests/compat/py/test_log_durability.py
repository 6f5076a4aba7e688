"""Acknowledged PutLogEvents survive kill -9 of the server under several concurrent writers."""

import pathlib
import signal
import tempfile
import threading
import time

import botocore.exceptions

from conftest import Server
from test_log_events import client, now_ms

WRITERS = 6


def test_acknowledged_log_events_survive_sigkill():
    data = pathlib.Path(tempfile.mkdtemp(prefix="keel-logdur-")) / "data"
    server = Server(data)
    logs = client(server.endpoint)
    group = "/durability/app"
    logs.create_log_group(logGroupName=group)
    for w in range(WRITERS):
        logs.create_log_stream(logGroupName=group, logStreamName=f"w{w}")
    acked = {w: [] for w in range(WRITERS)}
    stop = threading.Event()
    base = now_ms() - 60_000

    def writer(w):
        c = client(server.endpoint)
        batch = 0
        while not stop.is_set() and batch < 5000:
            events = [{"timestamp": base + batch, "message": f"w{w} b{batch} e{i} " + "payload " * 10}
                      for i in range(50)]
            try:
                c.put_log_events(logGroupName=group, logStreamName=f"w{w}", logEvents=events)
            except (botocore.exceptions.ClientError, botocore.exceptions.EndpointConnectionError,
                    botocore.exceptions.ConnectionClosedError, botocore.exceptions.ReadTimeoutError,
                    botocore.exceptions.HTTPClientError):
                return
            acked[w].append(batch)
            batch += 1

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(WRITERS)]
    for t in threads:
        t.start()
    time.sleep(3.0)
    server.stop(signal.SIGKILL)
    stop.set()
    for t in threads:
        t.join(timeout=60)
    assert server.proc.returncode == -signal.SIGKILL
    total = sum(len(v) for v in acked.values())
    assert total > 30, f"the load did not get going: {total} batches"

    restarted = Server(data)
    try:
        logs = client(restarted.endpoint)
        for w in range(WRITERS):
            stored = {}
            token = None
            while True:
                kwargs = {"nextToken": token} if token else {}
                page = logs.get_log_events(logGroupName=group, logStreamName=f"w{w}", startFromHead=True, **kwargs)
                for e in page["events"]:
                    b = int(e["message"].split()[1][1:])
                    stored[b] = stored.get(b, 0) + 1
                if page["nextForwardToken"] == token:
                    break
                token = page["nextForwardToken"]
            missing = [b for b in acked[w] if stored.get(b) != 50]
            assert missing == [], f"writer {w}: {len(missing)} acknowledged batches lost or partial"
            # A batch is stored whole or not at all.
            assert all(n == 50 for n in stored.values())
        # Statistics survived too.
        s = logs.describe_log_streams(logGroupName=group, logStreamNamePrefix="w0")["logStreams"][0]
        if acked[0]:
            assert s["lastEventTimestamp"] >= base + acked[0][-1]
    finally:
        restarted.stop()
