"""Fixtures: a real `keel server` on a loopback port, and real AWS clients pointed at it."""

import json
import os
import pathlib
import re
import select
import shutil
import signal
import subprocess
import tempfile
import time
import uuid

import boto3
import botocore.config
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]
REGION = "us-east-1"
ACCOUNT = "000000000000"


def keel_bin() -> str:
    path = os.environ.get("KEEL_BIN")
    if path:
        return path
    target = os.environ.get("CARGO_TARGET_DIR", str(ROOT / "target"))
    return str(pathlib.Path(target) / "debug" / "keel")


def wait_for_line(proc, pattern, timeout=60):
    """Reads `proc`'s stdout until a line matches `pattern`; the match, or None when the
    process ends or `timeout` passes first (a silent process does not block the read)."""
    deadline = time.time() + timeout
    while True:
        left = deadline - time.time()
        if left <= 0 or not select.select([proc.stdout], [], [], left)[0]:
            return None
        line = proc.stdout.readline()
        if not line:
            return None
        m = re.search(pattern, line)
        if m:
            return m


class Server:
    def __init__(self, data_dir: pathlib.Path, extra=(), root_key=("keel", "keel"), command="server", listen="127.0.0.1:0"):
        """`root_key`: the root access key handed to keel through its environment; `None`
        lets keel find or generate its own. `command`: `server`, or `up` for the server with
        its local host agent."""
        self.data_dir = data_dir
        self.stderr_path = data_dir / "stderr.log"
        data_dir.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, KEEL_CHECK_RESPONSES="1", XDG_CONFIG_HOME=str(data_dir / "cfg"))
        env.pop("KEEL_CONFIG", None)
        env.pop("KEEL_ACCESS_KEY_ID", None)
        env.pop("KEEL_SECRET_ACCESS_KEY", None)
        if root_key is not None:
            env["KEEL_ACCESS_KEY_ID"], env["KEEL_SECRET_ACCESS_KEY"] = root_key
        self.proc = subprocess.Popen(
            [keel_bin(), command, "--listen", listen, "--data-dir", str(data_dir), *extra],
            stdout=subprocess.PIPE,
            stderr=open(self.stderr_path, "ab"),
            env=env,
            text=True,
        )
        m = wait_for_line(self.proc, r" at (https?://127\.0\.0\.1:\d+)")
        self.endpoint = m and m.group(1)
        if not self.endpoint:
            self.proc.kill()
            raise RuntimeError("keel did not start: " + self.stderr_path.read_text())

    def read_until(self, pattern, timeout=60):
        """Reads stdout until a line matches `pattern`; returns the match."""
        m = wait_for_line(self.proc, pattern, timeout)
        if m:
            return m
        raise RuntimeError(f"no line matched {pattern!r}: " + self.stderr_path.read_text()[-4000:])

    def stop(self, sig=signal.SIGTERM):
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode


@pytest.fixture(scope="session")
def server():
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="keel-py-"))
    srv = Server(tmp / "data")
    yield srv
    srv.stop()
    shutil.rmtree(tmp, ignore_errors=True)


def make_client(endpoint, region=REGION, service="ecs"):
    return boto3.client(
        service,
        endpoint_url=endpoint,
        region_name=region,
        aws_access_key_id="keel",
        aws_secret_access_key="keel",
        config=botocore.config.Config(retries={"max_attempts": 1}),
    )


@pytest.fixture(scope="session")
def ecs(server):
    return make_client(server.endpoint)


@pytest.fixture(scope="module")
def logs(server):
    return make_client(server.endpoint, service="logs")


@pytest.fixture
def name():
    """A unique resource name per test, so tests share one server without interfering."""
    return "t" + uuid.uuid4().hex[:12]


class Cli:
    """Runs the real AWS CLI v1 against the server."""

    def __init__(self, endpoint):
        self.env = dict(
            os.environ,
            AWS_ENDPOINT_URL=endpoint,
            AWS_ACCESS_KEY_ID="keel",
            AWS_SECRET_ACCESS_KEY="keel",
            AWS_DEFAULT_REGION=REGION,
            AWS_REGION=REGION,
            AWS_PAGER="",
            AWS_MAX_ATTEMPTS="1",
        )
        self.env.pop("AWS_PROFILE", None)

    def run(self, *args, check=True):
        proc = subprocess.run(
            ["aws", *args, "--output", "json"], env=self.env, capture_output=True, text=True, timeout=120
        )
        if check and proc.returncode != 0:
            raise AssertionError(f"aws {' '.join(args)} failed ({proc.returncode}): {proc.stderr}")
        return proc

    def json(self, *args):
        out = self.run(*args).stdout
        return json.loads(out) if out.strip() else {}


@pytest.fixture(scope="session")
def cli(server):
    return Cli(server.endpoint)


def container(name="app", **extra):
    c = {"name": name, "image": "busybox:latest", "memory": 64, "essential": True}
    c.update(extra)
    return c


def register_instance(ecs, cluster, cpu=1024, memory=2048, ports=(22,), attributes=None):
    return ecs.register_container_instance(
        cluster=cluster,
        totalResources=[
            {"name": "CPU", "type": "INTEGER", "integerValue": cpu},
            {"name": "MEMORY", "type": "INTEGER", "integerValue": memory},
            {"name": "PORTS", "type": "STRINGSET", "stringSetValue": [str(p) for p in ports]},
            {"name": "PORTS_UDP", "type": "STRINGSET", "stringSetValue": []},
        ],
        versionInfo={"agentVersion": "1.0.0", "agentHash": "keel", "dockerVersion": "20.10"},
        attributes=attributes or [],
    )["containerInstance"]
