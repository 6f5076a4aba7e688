"""Acknowledged writes survive kill -9 of the server, under a concurrent write load."""

import pathlib
import signal
import tempfile
import threading
import time

from botocore.exceptions import ClientError, EndpointConnectionError
import botocore.exceptions

from conftest import Server, container, make_client


def test_acknowledged_writes_survive_sigkill():
    data = pathlib.Path(tempfile.mkdtemp(prefix="keel-dur-")) / "data"
    server = Server(data)
    acked_clusters, acked_tds = [], []
    lock = threading.Lock()
    stop = threading.Event()

    def writer(worker):
        client = make_client(server.endpoint)
        i = 0
        while not stop.is_set() and i < 2000:
            i += 1
            try:
                if i % 2:
                    name = f"w{worker}-{i}"
                    client.create_cluster(clusterName=name)
                    with lock:
                        acked_clusters.append(name)
                else:
                    fam = f"fam{worker}"
                    rev = client.register_task_definition(family=fam, containerDefinitions=[container()])["taskDefinition"]["revision"]
                    with lock:
                        acked_tds.append((fam, rev))
            except (ClientError, EndpointConnectionError, botocore.exceptions.ConnectionClosedError,
                    botocore.exceptions.ReadTimeoutError, botocore.exceptions.HTTPClientError):
                return

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    time.sleep(2.0)
    server.stop(signal.SIGKILL)
    stop.set()
    for t in threads:
        t.join(timeout=60)
    assert server.proc.returncode == -signal.SIGKILL
    assert len(acked_clusters) > 20, "the load did not get going"

    restarted = Server(data)
    try:
        ecs = make_client(restarted.endpoint)
        listed = set()
        for page in ecs.get_paginator("list_clusters").paginate():
            listed.update(a.split("/")[-1] for a in page["clusterArns"])
        missing = [c for c in acked_clusters if c not in listed]
        assert missing == [], f"{len(missing)} acknowledged clusters lost"
        for fam, rev in acked_tds:
            td = ecs.describe_task_definition(taskDefinition=f"{fam}:{rev}")["taskDefinition"]
            assert td["revision"] == rev
        # Revisions keep counting from where they were: nothing handed out twice.
        for w in range(8):
            revs = [r for f, r in acked_tds if f == f"fam{w}"]
            if revs:
                nxt = ecs.register_task_definition(family=f"fam{w}", containerDefinitions=[container()])["taskDefinition"]["revision"]
                assert nxt > max(revs)
    finally:
        restarted.stop()


def test_sigterm_shuts_down_cleanly():
    data = pathlib.Path(tempfile.mkdtemp(prefix="keel-term-")) / "data"
    server = Server(data)
    make_client(server.endpoint).create_cluster(clusterName="kept")
    assert server.stop(signal.SIGTERM) == 0
    log = server.stderr_path.read_text()
    assert "SIGTERM" in log and "stopped" in log
    again = Server(data)
    try:
        assert make_client(again.endpoint).describe_clusters(clusters=["kept"])["clusters"][0]["status"] == "ACTIVE"
    finally:
        again.stop()


def test_one_data_dir_one_server():
    data = pathlib.Path(tempfile.mkdtemp(prefix="keel-lock-")) / "data"
    first = Server(data)
    try:
        import subprocess
        from conftest import keel_bin
        proc = subprocess.run([keel_bin(), "server", "--listen", "127.0.0.1:0", "--data-dir", str(data)],
                              capture_output=True, text=True, timeout=60)
        assert proc.returncode != 0
        assert "in use by another keel process" in proc.stderr
    finally:
        first.stop()
