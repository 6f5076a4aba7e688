"""Helpers for the tests that run real containers: the Docker daemon, host agent processes,
and clean-up of what an agent created."""

import json
import os
import pathlib
import shutil
import signal
import subprocess
import time

import pytest

from conftest import keel_bin, wait_for_line

BUSYBOX = "keel-test/busybox:latest"
WORKLOAD = "keel-test/workload:latest"


def require_docker():
    """Skips without a Docker daemon, unless the run says Docker tests must run
    (KEEL_TEST_DOCKER=1, as the README's test command sets), where a missing daemon fails."""
    ok = shutil.which("docker") and subprocess.run(
        ["docker", "image", "inspect", BUSYBOX, WORKLOAD], capture_output=True
    ).returncode == 0
    if ok:
        return
    if os.environ.get("KEEL_TEST_DOCKER") == "1":
        pytest.fail("KEEL_TEST_DOCKER=1 but Docker or the test images are not there (scripts/dockerd.sh, scripts/test-images.sh)")
    pytest.skip("needs a Docker daemon and the test images (scripts/dockerd.sh, scripts/test-images.sh)")


def wait_for(what, check, timeout=60, interval=0.2):
    """Calls `check()` until it returns something truthy; returns that."""
    deadline = time.time() + timeout
    last = None
    while time.time() < deadline:
        last = check()
        if last:
            return last
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}; last: {last!r}")


def agent_id(agent_dir: pathlib.Path):
    try:
        return json.loads((agent_dir / "agent.json").read_text())["agentId"]
    except (OSError, ValueError, KeyError):
        return None


def remove_agent_containers(agent_dir: pathlib.Path):
    """Removes every container and volume the agent with this data dir created."""
    ident = agent_id(agent_dir)
    if not ident:
        return
    label = f"label=org.keel.agent.id={ident}"
    ids = subprocess.run(["docker", "ps", "-aq", "--filter", label], capture_output=True, text=True).stdout.split()
    if ids:
        subprocess.run(["docker", "rm", "-f", *ids], capture_output=True)
    vols = subprocess.run(["docker", "volume", "ls", "-q", "--filter", label], capture_output=True, text=True).stdout.split()
    if vols:
        subprocess.run(["docker", "volume", "rm", *vols], capture_output=True)


def docker_inspect(container_id):
    out = subprocess.run(["docker", "inspect", container_id], capture_output=True, text=True)
    return json.loads(out.stdout)[0] if out.returncode == 0 else None


class HostAgent:
    """A `keel agent` process."""

    def __init__(self, endpoint, data_dir: pathlib.Path, extra=(), token=None, root_key=("keel", "keel")):
        self.endpoint = endpoint
        self.data_dir = data_dir
        self.extra = list(extra)
        self.token = token
        self.root_key = root_key
        self.stderr_path = data_dir.parent / (data_dir.name + ".stderr.log")
        self.proc = None
        self.instance_arn = None
        self.start()

    def start(self):
        env = dict(os.environ, KEEL_LOG="info,keel_agent=debug")
        for k in list(env):
            if k.startswith("KEEL_AGENT_"):
                env.pop(k)
        env.pop("AWS_ACCESS_KEY_ID", None)
        env.pop("AWS_SECRET_ACCESS_KEY", None)
        args = [
            keel_bin(), "agent", "--server", self.endpoint, "--data-dir", str(self.data_dir),
            "--pause-image", BUSYBOX, *self.extra,
        ]
        if self.token:
            args += ["--token", self.token]
        elif self.root_key:
            env["AWS_ACCESS_KEY_ID"], env["AWS_SECRET_ACCESS_KEY"] = self.root_key
        self.proc = subprocess.Popen(
            args, stdout=subprocess.PIPE, stderr=open(self.stderr_path, "ab"), env=env, text=True
        )
        m = wait_for_line(self.proc, r"Host agent registered as (\S+)")
        if m:
            self.instance_arn = m.group(1)
            return
        self.proc.kill()
        raise RuntimeError("keel agent did not register: " + self.stderr_path.read_text()[-4000:])

    def kill(self):
        """kill -9."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode if self.proc else None

    def log(self):
        return self.stderr_path.read_text()
