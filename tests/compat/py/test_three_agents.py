"""Three hosts on one machine: a `keel server` and three `keel agent` processes on the same
Docker Engine, each with its own data dir, declared resources and availability zone (az-1,
az-2, az-3). Placement and services end to end with real containers, driven by boto3 and the
AWS CLI."""

import collections
import os
import pathlib
import shutil
import subprocess
import tempfile
import time

import boto3
import botocore.config
import pytest

from conftest import REGION, Cli, Server
from docker_support import WORKLOAD, HostAgent, remove_agent_containers, require_docker, wait_for

ZONES = ("az-1", "az-2", "az-3")
CLUSTER = "zones"
# Every host declares the same capacity, so which instance fills first is the strategy's doing.
CPU, MEMORY = 2048, 1024


@pytest.fixture(scope="module")
def hosts():
    require_docker()
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="keel-3az-"))
    srv = Server(tmp / "server")
    ecs = boto3.client(
        "ecs", endpoint_url=srv.endpoint, region_name=REGION, aws_access_key_id="keel",
        aws_secret_access_key="keel", config=botocore.config.Config(retries={"max_attempts": 3}),
    )
    ecs.create_cluster(clusterName=CLUSTER)
    agents = {}
    try:
        for zone in ZONES:
            agents[zone] = HostAgent(srv.endpoint, tmp / zone, extra=[
                "--cluster", CLUSTER, "--availability-zone", zone, "--cpu", str(CPU),
                "--memory", str(MEMORY), "--task-cleanup-wait", "10m",
                "--attribute", f"keel.test.host={zone}",
            ])
        yield srv, ecs, {z: a.instance_arn for z, a in agents.items()}
    finally:
        for agent in agents.values():
            agent.stop()
        srv.stop()
        for zone in ZONES:
            remove_agent_containers(tmp / zone)
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture(scope="module")
def ecs(hosts):
    return hosts[1]


@pytest.fixture(scope="module")
def zone_of(hosts):
    return {arn: zone for zone, arn in hosts[2].items()}


@pytest.fixture(scope="module")
def aws(hosts):
    return Cli(hosts[0].endpoint)


def describe(ecs, arns):
    out = []
    for i in range(0, len(arns), 100):
        out += ecs.describe_tasks(cluster=CLUSTER, tasks=arns[i:i + 100])["tasks"]
    return out


def live_tasks(ecs):
    pages = ecs.get_paginator("list_tasks").paginate(cluster=CLUSTER, desiredStatus="RUNNING")
    return [a for p in pages for a in p["taskArns"]]


@pytest.fixture(autouse=True)
def no_tasks_left(ecs):
    """Each test starts on empty hosts: services deleted, every task stopped (resources come
    back when a task is STOPPED)."""
    yield
    services = ecs.list_services(cluster=CLUSTER)["serviceArns"]
    for svc in services:
        ecs.delete_service(cluster=CLUSTER, service=svc, force=True)
    arns = live_tasks(ecs)
    for arn in arns:
        ecs.stop_task(cluster=CLUSTER, task=arn, reason="test done")
    if arns:
        wait_for("tasks to stop", lambda: all(t["lastStatus"] == "STOPPED" for t in describe(ecs, arns)), 120, 0.5)


def task_definition(ecs, family, memory=128, command=("signals",), **extra):
    """A task whose container exits on SIGTERM, so stops are quick."""
    return ecs.register_task_definition(family=family, containerDefinitions=[{
        "name": "app", "image": WORKLOAD, "command": list(command), "memory": memory, "cpu": 128,
        "essential": True, **extra,
    }])["taskDefinition"]["taskDefinitionArn"]


def wait_running(ecs, arns, timeout=120):
    return wait_for(f"{len(arns)} tasks RUNNING",
                    lambda: (ts := describe(ecs, arns)) and all(t["lastStatus"] == "RUNNING" for t in ts) and ts,
                    timeout, 0.3)


def containers_of(task_arn):
    out = subprocess.run(["docker", "ps", "-q", "--filter", f"label=com.amazonaws.ecs.task-arn={task_arn}"],
                         capture_output=True, text=True, check=True).stdout
    return out.split()


# ---- placement (the scheduler issue's end-to-end test) ----------------------------------------


def test_spread_over_the_zones_lands_three_in_each_and_runs_them(ecs, zone_of, name):
    td = task_definition(ecs, name)
    out = ecs.run_task(cluster=CLUSTER, taskDefinition=td, count=9, placementStrategy=[
        {"type": "spread", "field": "attribute:ecs.availability-zone"}])
    assert out["failures"] == []
    per_zone = collections.Counter(zone_of[t["containerInstanceArn"]] for t in out["tasks"])
    assert per_zone == {"az-1": 3, "az-2": 3, "az-3": 3}
    tasks = wait_running(ecs, [t["taskArn"] for t in out["tasks"]])
    assert {t["availabilityZone"] for t in tasks} == set(ZONES)
    # Each is a real container on this machine's Docker Engine.
    assert all(len(containers_of(t["taskArn"])) == 1 for t in tasks)


def test_binpack_memory_fills_one_instance_before_the_next(ecs, hosts, name):
    arns = list(hosts[2].values())
    inst = ecs.describe_container_instances(cluster=CLUSTER, containerInstances=arns)["containerInstances"]
    memory = {i["containerInstanceArn"]: next(r["integerValue"] for r in i["remainingResources"]
                                              if r["name"] == "MEMORY") for i in inst}
    assert len(set(memory.values())) == 1, memory
    fits = next(iter(memory.values())) // 256
    td = task_definition(ecs, name, memory=256)
    out = ecs.run_task(cluster=CLUSTER, taskDefinition=td, count=fits + 1,
                       placementStrategy=[{"type": "binpack", "field": "memory"}])
    assert out["failures"] == []
    counts = collections.Counter(t["containerInstanceArn"] for t in out["tasks"])
    assert sorted(counts.values()) == [1, fits]
    full = counts.most_common(1)[0][0]
    after = ecs.describe_container_instances(cluster=CLUSTER, containerInstances=[full])["containerInstances"][0]
    assert next(r["integerValue"] for r in after["remainingResources"] if r["name"] == "MEMORY") == memory[full] - 256 * fits
    wait_running(ecs, [t["taskArn"] for t in out["tasks"]])


def test_member_of_a_zone_lands_only_there(ecs, hosts, name):
    td = task_definition(ecs, name)
    out = ecs.run_task(cluster=CLUSTER, taskDefinition=td, count=3, placementConstraints=[
        {"type": "memberOf", "expression": "attribute:ecs.availability-zone == az-2"}])
    assert out["failures"] == []
    assert {t["containerInstanceArn"] for t in out["tasks"]} == {hosts[2]["az-2"]}


def test_distinct_instance_places_what_fits_and_fails_the_rest(ecs, hosts, name):
    td = task_definition(ecs, name)
    out = ecs.run_task(cluster=CLUSTER, taskDefinition=td, count=5,
                       placementConstraints=[{"type": "distinctInstance"}])
    assert len(out["tasks"]) == 3
    assert len({t["containerInstanceArn"] for t in out["tasks"]}) == 3
    # As ECS reports it: each instance that turned the rest down, with the constraint's reason.
    assert sorted(f["arn"] for f in out["failures"]) == sorted(hosts[2].values())
    assert {f["reason"] for f in out["failures"]} == {"DistinctInstance placement constraint unsatisfied."}


def test_a_draining_instance_gets_nothing(ecs, hosts, zone_of, name):
    drained = hosts[2]["az-1"]
    ecs.update_container_instances_state(cluster=CLUSTER, containerInstances=[drained], status="DRAINING")
    try:
        td = task_definition(ecs, name)
        out = ecs.run_task(cluster=CLUSTER, taskDefinition=td, count=6, placementStrategy=[
            {"type": "spread", "field": "attribute:ecs.availability-zone"}])
        assert out["failures"] == []
        per_zone = collections.Counter(zone_of[t["containerInstanceArn"]] for t in out["tasks"])
        assert per_zone == {"az-2": 3, "az-3": 3}
    finally:
        ecs.update_container_instances_state(cluster=CLUSTER, containerInstances=[drained], status="ACTIVE")


def test_list_container_instances_filters_with_the_query_language(aws, hosts):
    out = aws.json("ecs", "list-container-instances", "--cluster", CLUSTER,
                   "--filter", "attribute:ecs.availability-zone in [az-1, az-3]")
    assert sorted(out["containerInstanceArns"]) == sorted([hosts[2]["az-1"], hosts[2]["az-3"]])
    out = aws.json("ecs", "list-container-instances", "--cluster", CLUSTER,
                   "--filter", "attribute:keel.test.host == az-2 and agentConnected == true")
    assert out["containerInstanceArns"] == [hosts[2]["az-2"]]


# ---- services (the services issue's end-to-end test) -------------------------------------------


def service(ecs, name):
    return ecs.describe_services(cluster=CLUSTER, services=[name])["services"][0]


def steady(ecs, name, td, count):
    svc = service(ecs, name)
    deps = svc["deployments"]
    return (len(deps) == 1 and deps[0]["taskDefinition"] == td and deps[0].get("rolloutState") == "COMPLETED"
            and svc["runningCount"] == count and svc)


def service_tasks(ecs, name):
    arns = ecs.list_tasks(cluster=CLUSTER, serviceName=name, desiredStatus="RUNNING")["taskArns"]
    return [t for t in describe(ecs, arns) if t["lastStatus"] == "RUNNING"] if arns else []


def test_a_service_spreads_over_the_zones_and_replaces_a_killed_container(ecs, zone_of, name):
    td = task_definition(ecs, name)
    ecs.create_service(cluster=CLUSTER, serviceName=name, taskDefinition=td, desiredCount=6)
    wait_for("6 RUNNING", lambda: steady(ecs, name, td, 6), 120, 0.5)
    tasks = service_tasks(ecs, name)
    assert collections.Counter(zone_of[t["containerInstanceArn"]] for t in tasks) == {z: 2 for z in ZONES}
    victim = tasks[0]["taskArn"]
    subprocess.run(["docker", "kill", *containers_of(victim)], check=True, capture_output=True)
    stopped = wait_for("the killed task STOPPED",
                       lambda: (t := describe(ecs, [victim])[0])["lastStatus"] == "STOPPED" and t, 60, 0.3)
    assert stopped["stopCode"] == "EssentialContainerExited"
    replaced = wait_for("a replacement RUNNING", lambda: (ts := service_tasks(ecs, name)) and len(ts) == 6
                        and victim not in {t["taskArn"] for t in ts} and ts, 120, 0.5)
    assert collections.Counter(zone_of[t["containerInstanceArn"]] for t in replaced) == {z: 2 for z in ZONES}


def test_a_rolling_update_stays_within_its_bounds_and_completes(ecs, name):
    first = task_definition(ecs, name)
    ecs.create_service(cluster=CLUSTER, serviceName=name, taskDefinition=first, desiredCount=6,
                       deploymentConfiguration={"maximumPercent": 150, "minimumHealthyPercent": 50})
    wait_for("6 RUNNING", lambda: steady(ecs, name, first, 6), 120, 0.5)
    second = task_definition(ecs, name, environment=[{"name": "REVISION", "value": "2"}])
    ecs.update_service(cluster=CLUSTER, service=name, taskDefinition=second)
    low, high = 6, 6
    deadline = time.time() + 180
    while not steady(ecs, name, second, 6):
        assert time.time() < deadline, service(ecs, name)["deployments"]
        # Every task the service holds, whichever deployment it belongs to, as the hosts run them.
        arns = ecs.list_tasks(cluster=CLUSTER, serviceName=name, desiredStatus="RUNNING")["taskArns"]
        live = [t for t in describe(ecs, arns) if t["lastStatus"] != "STOPPED"] if arns else []
        running = sum(t["lastStatus"] == "RUNNING" for t in live)
        low, high = min(low, running), max(high, len(live))
        time.sleep(0.1)
    assert low >= 3, f"fewer than minimumHealthyPercent: {low}"
    assert high <= 9, f"more than maximumPercent: {high}"
    assert {t["taskDefinitionArn"] for t in service_tasks(ecs, name)} == {second}
    messages = [e["message"] for e in service(ecs, name)["events"]]
    assert "has reached a steady state." in messages[0]
    assert any("has started" in m for m in messages) and any("has stopped" in m for m in messages)


def test_the_circuit_breaker_rolls_back_a_revision_that_exits_at_once(ecs, name):
    good = task_definition(ecs, name)
    ecs.create_service(cluster=CLUSTER, serviceName=name, taskDefinition=good, desiredCount=3,
                       deploymentConfiguration={"maximumPercent": 200, "minimumHealthyPercent": 100,
                                                "deploymentCircuitBreaker": {"enable": True, "rollback": True}})
    wait_for("3 RUNNING", lambda: steady(ecs, name, good, 3), 120, 0.5)
    bad = task_definition(ecs, name, command=("exit", "3"))
    ecs.update_service(cluster=CLUSTER, service=name, taskDefinition=bad)
    # The breaker trips, the bad deployment fails and the rollback deployment brings the good
    # revision back; the failed one then leaves deployments[], so the end state is what is
    # checked, and the service deployment records tell how it got there.
    time.sleep(1)
    svc = wait_for("back on the good revision", lambda: steady(ecs, name, good, 3), 240, 0.5)
    log = [e["message"] for e in svc["events"]]
    assert any(m.endswith("deployment failed: tasks failed to start.") for m in log), log
    assert any(m.startswith(f"(service {name}) rolling back to deployment ecs-svc/") for m in log), log
    assert {t["taskDefinitionArn"] for t in service_tasks(ecs, name)} == {good}
    sds = ecs.list_service_deployments(cluster=CLUSTER, service=name)["serviceDeployments"]
    assert [d["status"] for d in sds] == ["ROLLBACK_SUCCESSFUL", "SUCCESSFUL"]
    detail = ecs.describe_service_deployments(serviceDeploymentArns=[sds[0]["serviceDeploymentArn"]])
    breaker = detail["serviceDeployments"][0]["deploymentCircuitBreaker"]
    assert breaker["status"] == "TRIGGERED" and breaker["failureCount"] >= breaker["threshold"] == 3
    stopped = ecs.list_tasks(cluster=CLUSTER, serviceName=name, desiredStatus="STOPPED")["taskArns"]
    # Real containers that exited with the code the revision gave them (the rollback stops
    # whatever of the bad revision is still starting, with the scheduler's stop code).
    exits = [t for t in describe(ecs, stopped)
             if t["taskDefinitionArn"] == bad and t["stopCode"] == "EssentialContainerExited"]
    assert len(exits) >= 3
    assert {t["containers"][0].get("exitCode") for t in exits} == {3}


def test_a_protected_task_survives_a_scale_in(ecs, name):
    td = task_definition(ecs, name)
    ecs.create_service(cluster=CLUSTER, serviceName=name, taskDefinition=td, desiredCount=3)
    wait_for("3 RUNNING", lambda: steady(ecs, name, td, 3), 120, 0.5)
    keep = service_tasks(ecs, name)[1]["taskArn"]
    out = ecs.update_task_protection(cluster=CLUSTER, tasks=[keep], protectionEnabled=True)
    assert out["protectedTasks"][0]["protectionEnabled"] is True
    # Scaled in to none: only the protection can keep a task, so the survivor is not luck.
    ecs.update_service(cluster=CLUSTER, service=name, desiredCount=0)
    left = wait_for("scaled in", lambda: (ts := service_tasks(ecs, name)) and len(ts) == 1 and ts, 120, 0.5)
    assert left[0]["taskArn"] == keep
    assert containers_of(keep), "the protected task's container is still running"


def test_a_daemon_service_follows_hosts_that_join_and_drain(ecs, hosts, zone_of, name, tmp_path):
    td = task_definition(ecs, name)
    ecs.create_service(cluster=CLUSTER, serviceName=name, taskDefinition=td, schedulingStrategy="DAEMON")

    def one_per(instances):
        ts = service_tasks(ecs, name)
        return sorted(t["containerInstanceArn"] for t in ts) == sorted(instances) and ts

    wait_for("one task per host", lambda: one_per(hosts[2].values()), 120, 0.5)
    drained = hosts[2]["az-3"]
    ecs.update_container_instances_state(cluster=CLUSTER, containerInstances=[drained], status="DRAINING")
    joined = None
    try:
        wait_for("the draining host's task gone", lambda: one_per([hosts[2]["az-1"], hosts[2]["az-2"]]), 120, 0.5)
        joined = HostAgent(hosts[0].endpoint, tmp_path / "az-4", extra=[
            "--cluster", CLUSTER, "--availability-zone", "az-4", "--cpu", str(CPU), "--memory", str(MEMORY)])
        wait_for("a task on the host that joined",
                 lambda: one_per([hosts[2]["az-1"], hosts[2]["az-2"], joined.instance_arn]), 120, 0.5)
    finally:
        ecs.update_container_instances_state(cluster=CLUSTER, containerInstances=[drained], status="ACTIVE")
        ecs.delete_service(cluster=CLUSTER, service=name, force=True)
        if joined is not None:
            arns = ecs.list_tasks(cluster=CLUSTER, containerInstance=joined.instance_arn)["taskArns"]
            for arn in arns:
                ecs.stop_task(cluster=CLUSTER, task=arn)
            if arns:
                wait_for("the joined host's tasks to stop",
                         lambda: all(t["lastStatus"] == "STOPPED" for t in describe(ecs, arns)), 60, 0.5)
            joined.stop()
            remove_agent_containers(tmp_path / "az-4")
            ecs.deregister_container_instance(cluster=CLUSTER, containerInstance=joined.instance_arn, force=True)


def test_ecs_deploy_rolls_a_new_image_out_and_waits_for_it(ecs, hosts, name):
    if shutil.which("ecs") is None:
        if os.environ.get("KEEL_TEST_DOCKER") == "1":
            pytest.fail("ecs-deploy is missing (the README's test command installs it)")
        pytest.skip("needs ecs-deploy (pip install ecs-deploy; the README's test command installs it)")
    image = f"keel-test/workload:{name}"
    subprocess.run(["docker", "tag", WORKLOAD, image], check=True, capture_output=True)
    try:
        td = task_definition(ecs, name)
        ecs.create_service(cluster=CLUSTER, serviceName=name, taskDefinition=td, desiredCount=2)
        wait_for("2 RUNNING", lambda: steady(ecs, name, td, 2), 120, 0.5)
        env = dict(Cli(hosts[0].endpoint).env)
        proc = subprocess.run(["ecs", "deploy", CLUSTER, name, "--image", "app", image, "--timeout", "180"],
                              env=env, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert "Deployment successful" in proc.stdout, proc.stdout
        svc = service(ecs, name)
        assert len(svc["deployments"]) == 1 and svc["deployments"][0]["rolloutState"] == "COMPLETED"
        new_td = svc["taskDefinition"]
        assert new_td != td
        tasks = service_tasks(ecs, name)
        assert len(tasks) == 2 and {t["taskDefinitionArn"] for t in tasks} == {new_td}
        described = ecs.describe_task_definition(taskDefinition=new_td)["taskDefinition"]
        assert described["containerDefinitions"][0]["image"] == image
    finally:
        subprocess.run(["docker", "rmi", image], capture_output=True)
