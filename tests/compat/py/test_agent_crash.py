"""Host agents as separate processes (`keel server` plus `keel agent`): enrollment with a
registration token, several agents on one Docker daemon, and crash safety — kill -9 of the
agent or of the server while tasks run and log: no task restarted, exits during the outage
reported, no log line lost or duplicated."""

import pathlib
import shutil
import signal
import socket
import subprocess
import tempfile
import time

import boto3
import botocore.config
import pytest

from conftest import REGION, Server, keel_bin
from docker_support import BUSYBOX, WORKLOAD, HostAgent, agent_id, docker_inspect, remove_agent_containers, require_docker, wait_for


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Platform:
    """A server on a fixed port (so it can come back on the same one) and its agents."""

    def __init__(self, tmp: pathlib.Path):
        self.tmp = tmp
        self.port = free_port()
        self.agents = []
        self.server = self.start_server()
        self.ecs = self.client("ecs")
        self.logs = self.client("logs")

    def start_server(self):
        return Server(self.tmp / "server", listen=f"127.0.0.1:{self.port}", extra=["--agent-lease-ttl", "6s"])

    @property
    def endpoint(self):
        return f"http://127.0.0.1:{self.port}"

    def client(self, service):
        return boto3.client(
            service, endpoint_url=self.endpoint, region_name=REGION,
            aws_access_key_id="keel", aws_secret_access_key="keel",
            config=botocore.config.Config(retries={"max_attempts": 4, "mode": "standard"}),
        )

    def token(self, cluster):
        env = {"AWS_ACCESS_KEY_ID": "keel", "AWS_SECRET_ACCESS_KEY": "keel", "AWS_REGION": REGION, "PATH": "/usr/bin:/bin"}
        out = subprocess.run(
            [keel_bin(), "agent-token", "create", "--cluster", cluster, "--endpoint", self.endpoint],
            capture_output=True, text=True, env=env, timeout=60,
        )
        assert out.returncode == 0, out.stderr
        return out.stdout.strip()

    def agent(self, name, cluster, extra=()):
        self.ecs.create_cluster(clusterName=cluster)
        agent = HostAgent(
            self.endpoint, self.tmp / name, token=self.token(cluster),
            extra=["--cluster", cluster, "--task-cleanup-wait", "10m", *extra],
        )
        self.agents.append(agent)
        return agent

    def close(self):
        for agent in self.agents:
            agent.stop()
            remove_agent_containers(agent.data_dir)
        self.server.stop()


@pytest.fixture
def platform():
    require_docker()
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="keel-agents-"))
    p = Platform(tmp)
    yield p
    p.close()
    shutil.rmtree(tmp, ignore_errors=True)


def awslogs(group):
    return {"logDriver": "awslogs", "options": {
        "awslogs-group": group, "awslogs-region": REGION, "awslogs-stream-prefix": "p", "awslogs-create-group": "true"}}


def describe(ecs, cluster, arn):
    return ecs.describe_tasks(cluster=cluster, tasks=[arn])["tasks"][0]


def wait_status(ecs, cluster, arn, status, timeout=90):
    return wait_for(f"{arn} {status}", lambda: (t := describe(ecs, cluster, arn))["lastStatus"] == status and t, timeout)


def stream_messages(logs, group, stream):
    """Every message of a stream, oldest first, following forward tokens."""
    out, token = [], None
    while True:
        kwargs = dict(logGroupName=group, logStreamName=stream, startFromHead=True)
        if token:
            kwargs["nextToken"] = token
        page = logs.get_log_events(**kwargs)
        out.extend(e["message"] for e in page["events"])
        if page["nextForwardToken"] == token or not page["events"]:
            return out
        token = page["nextForwardToken"]


def seqs(messages):
    return [int(m.split()[0].removeprefix("seq=")) for m in messages if m.startswith("seq=")]


def start_crash_workload(p, cluster, name, lines):
    """A task logging `lines` lines at 40/s, and a task whose essential container exits 5 s
    from now: the exit falls into the outage that follows."""
    group = f"/crash/{name}"
    ecs = p.ecs
    ecs.create_cluster(clusterName=cluster)
    ecs.register_task_definition(family=f"{name}-log", networkMode="none", containerDefinitions=[{
        "name": "logger", "image": WORKLOAD, "memory": 32,
        "command": ["log", "--count", str(lines), "--rate", "40", "--size", "64", "--then", "sleep"],
        "stopTimeout": 2, "logConfiguration": awslogs(group)}])
    ecs.register_task_definition(family=f"{name}-exit", networkMode="none", containerDefinitions=[{
        "name": "short", "image": WORKLOAD, "memory": 32, "command": ["exit", "4", "--after-ms", "5000"]}])
    logger = ecs.run_task(cluster=cluster, taskDefinition=f"{name}-log")["tasks"][0]["taskArn"]
    short = ecs.run_task(cluster=cluster, taskDefinition=f"{name}-exit")["tasks"][0]["taskArn"]
    running = wait_status(ecs, cluster, logger, "RUNNING")
    wait_status(ecs, cluster, short, "RUNNING")
    runtime_id = running["containers"][0]["runtimeId"]
    return group, logger, short, runtime_id, docker_inspect(runtime_id)["State"]["StartedAt"]


def check_after_outage(p, cluster, group, logger, short, runtime_id, started_at, lines):
    ecs = p.ecs
    # The exit that happened while nothing was listening is reported with its code.
    stopped = wait_status(ecs, cluster, short, "STOPPED", timeout=120)
    assert stopped["stopCode"] == "EssentialContainerExited"
    assert stopped["containers"][0]["exitCode"] == 4
    # The logging task was never restarted.
    task = describe(ecs, cluster, logger)
    assert task["lastStatus"] == "RUNNING"
    assert task["containers"][0]["runtimeId"] == runtime_id
    state = docker_inspect(runtime_id)["State"]
    assert state["Running"] and state["StartedAt"] == started_at, "the container was restarted"
    stream = f"p/logger/{logger.rsplit('/', 1)[1]}"
    got = wait_for(f"{lines} lines", lambda: len(m := stream_messages(p.logs, group, stream)) >= lines and m, timeout=120, interval=1)
    # Give a duplicate the chance to show up before judging.
    time.sleep(2)
    got = seqs(stream_messages(p.logs, group, stream))
    dups = sorted(x for x in set(got) if got.count(x) > 1)
    lost = sorted(set(range(1, lines + 1)) - set(got))
    assert got == list(range(1, lines + 1)), f"{len(got)} lines: duplicated {dups}, lost {lost}"
    ecs.stop_task(cluster=cluster, task=logger)
    wait_status(ecs, cluster, logger, "STOPPED")


def test_an_agent_enrolls_with_a_registration_token_and_keeps_its_own_key(platform):
    agent = platform.agent("a1", "enroll")
    creds = agent.data_dir / "credentials.json"
    assert creds.stat().st_mode & 0o777 == 0o600
    inst = platform.ecs.describe_container_instances(cluster="enroll", containerInstances=[agent.instance_arn])["containerInstances"][0]
    assert inst["agentConnected"] is True
    iam = platform.client("iam")
    users = iam.list_users(PathPrefix="/keel/agents/")["Users"]
    assert len(users) == 1
    # A restart uses the kept key (the token is spent) and comes back as the same instance.
    agent.stop()
    agent.token = None
    agent.root_key = None
    agent.start()
    assert agent.instance_arn == inst["containerInstanceArn"]
    assert len(iam.list_users(PathPrefix="/keel/agents/")["Users"]) == 1


def test_several_agents_share_one_docker_daemon_as_separate_hosts(platform):
    ecs = platform.ecs
    ecs.create_cluster(clusterName="multi")
    small = platform.agent("small", "multi", ["--cpu", "512", "--memory", "256", "--attribute", "size=small"])
    big = platform.agent("big", "multi", ["--cpu", "4096", "--memory", "4096", "--attribute", "size=big", "--attribute", "zone=b",
                                          "--gpu", "GPU-0,GPU-1"])
    insts = {i["containerInstanceArn"]: i for i in ecs.describe_container_instances(
        cluster="multi", containerInstances=[small.instance_arn, big.instance_arn])["containerInstances"]}
    cpu = {arn: {r["name"]: r for r in i["registeredResources"]}["CPU"]["integerValue"] for arn, i in insts.items()}
    assert cpu == {small.instance_arn: 512, big.instance_arn: 4096}
    gpus = {r["name"]: r for r in insts[big.instance_arn]["registeredResources"]}["GPU"]["stringSetValue"]
    assert sorted(gpus) == ["GPU-0", "GPU-1"]
    attrs = {a["name"]: a.get("value") for a in insts[big.instance_arn]["attributes"]}
    assert attrs["size"] == "big" and attrs["zone"] == "b"
    assert {a["name"]: a.get("value") for a in insts[small.instance_arn]["attributes"]}["size"] == "small"
    ecs.register_task_definition(family="multi-big", networkMode="none", containerDefinitions=[{
        "name": "app", "image": BUSYBOX, "memory": 512, "command": ["sleep", "600"], "stopTimeout": 1}],
        placementConstraints=[{"type": "memberOf", "expression": "attribute:size == big"}])
    out = ecs.run_task(cluster="multi", taskDefinition="multi-big", count=2)
    assert out["failures"] == []
    for t in out["tasks"]:
        assert t["containerInstanceArn"] == big.instance_arn
        wait_status(ecs, "multi", t["taskArn"], "RUNNING")
    # Each agent runs only its own: the small host has no container.
    on_small = subprocess.run(["docker", "ps", "-q", "--filter", f"label=org.keel.agent.id={agent_id(small.data_dir)}"],
                              capture_output=True, text=True).stdout.split()
    assert on_small == []
    # Each host offers what it declared: 8 GiB fits neither.
    ecs.register_task_definition(family="multi-small", networkMode="none", containerDefinitions=[{
        "name": "app", "image": BUSYBOX, "memory": 8192, "command": ["sleep", "600"]}])
    out = ecs.run_task(cluster="multi", taskDefinition="multi-small")
    assert out["tasks"] == [] and out["failures"][0]["reason"].startswith("RESOURCE:MEMORY")
    # A GPU task lands on the host with GPUs and gets one of its ids; this Docker has no NVIDIA
    # runtime, so the start fails, and how it fails shows the device request reached Docker.
    ecs.register_task_definition(family="multi-gpu", networkMode="none", containerDefinitions=[{
        "name": "cuda", "image": BUSYBOX, "memory": 32, "command": ["sleep", "60"],
        "resourceRequirements": [{"type": "GPU", "value": "1"}]}])
    out = ecs.run_task(cluster="multi", taskDefinition="multi-gpu")
    assert out["failures"] == [] and out["tasks"][0]["containerInstanceArn"] == big.instance_arn
    gpu_task = out["tasks"][0]
    assert gpu_task["containers"][0]["gpuIds"][0] in ("GPU-0", "GPU-1")
    stopped = wait_status(ecs, "multi", gpu_task["taskArn"], "STOPPED")
    assert stopped["stopCode"] == "TaskFailedToStart"
    assert "nvidia" in stopped["containers"][0]["reason"], stopped["containers"][0]
    for t in ecs.list_tasks(cluster="multi")["taskArns"]:
        ecs.stop_task(cluster="multi", task=t)


def test_kill_9_of_the_agent_loses_nothing(platform):
    agent = platform.agent("crashy", "crash-agent")
    lines = 400
    group, logger, short, runtime_id, started_at = start_crash_workload(platform, "crash-agent", "ka", lines)
    time.sleep(1.5)
    agent.kill()
    # Heartbeats stop: once the session's lease (6 s here) runs out the instance is shown
    # disconnected. The short task exits meanwhile; the logger goes on writing.
    ecs = platform.ecs

    def connected():
        return ecs.describe_container_instances(cluster="crash-agent", containerInstances=[agent.instance_arn])["containerInstances"][0]["agentConnected"]

    wait_for("agentConnected false", lambda: not connected(), timeout=60)
    agent.token = None
    agent.start()
    assert connected() is True
    check_after_outage(platform, "crash-agent", group, logger, short, runtime_id, started_at, lines)


def test_kill_9_of_the_server_loses_nothing(platform):
    agent = platform.agent("steady", "crash-server")
    lines = 400
    group, logger, short, runtime_id, started_at = start_crash_workload(platform, "crash-server", "ks", lines)
    time.sleep(1.5)
    platform.server.stop(sig=signal.SIGKILL)
    time.sleep(6)  # the short task exits while the server is away; logs queue in the agent
    platform.server = platform.start_server()
    check_after_outage(platform, "crash-server", group, logger, short, runtime_id, started_at, lines)
    inst = platform.ecs.describe_container_instances(cluster="crash-server", containerInstances=[agent.instance_arn])["containerInstances"][0]
    assert inst["agentConnected"] is True
    assert agent.proc.poll() is None, "the agent kept running through the outage"
