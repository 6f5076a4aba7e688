"""Services through boto3 and the AWS CLI against the real binary: the reconciler keeps the
desired count, spreads, replaces, rolls out within the deployment bounds, trips the circuit
breaker, follows instances for DAEMON services, honours task protection, and survives
kill -9. Tasks move through their lifecycle by a simulated agent (`agent_sim`)."""

import collections
import os
import pathlib
import shutil
import signal
import tempfile
import threading
import time

import botocore.exceptions
import pytest

from agent_sim import AgentSim, wait_for
from conftest import Server, container, make_client, register_instance

ZONES = ("us-east-1a", "us-east-1b", "us-east-1c")


def code(err):
    return err.value.response["Error"]["Code"]


@pytest.fixture
def cluster(ecs, name):
    ecs.create_cluster(clusterName=name)
    return name


def zone_instances(ecs, cluster, per_zone=2, cpu=4096, memory=8192):
    out = []
    for zone in ZONES:
        for _ in range(per_zone):
            out.append(
                register_instance(
                    ecs, cluster, cpu=cpu, memory=memory,
                    attributes=[{"name": "ecs.availability-zone", "value": zone}],
                )
            )
    return out


def family(ecs, name, image="busybox:1", **extra):
    return ecs.register_task_definition(
        family=name, containerDefinitions=[container(image=image, memory=32, cpu=16, **extra)]
    )["taskDefinition"]["taskDefinitionArn"]


def service(ecs, cluster, name):
    return ecs.describe_services(cluster=cluster, services=[name])["services"][0]


def service_tasks(ecs, cluster, name, desired="RUNNING"):
    arns = []
    for page in ecs.get_paginator("list_tasks").paginate(cluster=cluster, serviceName=name, desiredStatus=desired):
        arns.extend(page["taskArns"])
    tasks = []
    for i in range(0, len(arns), 100):
        tasks.extend(ecs.describe_tasks(cluster=cluster, tasks=arns[i : i + 100])["tasks"])
    return tasks


def task_arns(ecs, cluster):
    arns = []
    for desired in ("RUNNING", "STOPPED"):
        for page in ecs.get_paginator("list_tasks").paginate(cluster=cluster, desiredStatus=desired):
            arns.extend(page["taskArns"])
    # A task stopped between the two lists is in both.
    return list(dict.fromkeys(arns))


def all_tasks(ecs, cluster):
    arns = task_arns(ecs, cluster)
    tasks = []
    for i in range(0, len(arns), 100):
        tasks.extend(ecs.describe_tasks(cluster=cluster, tasks=arns[i : i + 100])["tasks"])
    return tasks


def stable(ecs, cluster, name):
    svc = service(ecs, cluster, name)
    ok = len(svc["deployments"]) == 1 and svc["runningCount"] == svc["desiredCount"]
    return svc if ok else None


def completed(ecs, cluster, name):
    svc = service(ecs, cluster, name)
    primary = [d for d in svc["deployments"] if d["status"] == "PRIMARY"][0]
    if primary["rolloutState"] == "COMPLETED" and len(svc["deployments"]) == 1:
        return svc
    return None


def messages(svc):
    """Event messages, oldest first."""
    return [e["message"] for e in reversed(svc["events"])]


def test_service_spreads_across_zones_and_tags_its_tasks(ecs, cluster, name):
    zone_instances(ecs, cluster)
    td = family(ecs, name)
    created = ecs.create_service(cluster=cluster, serviceName=name, taskDefinition=td, desiredCount=6)["service"]
    assert created["status"] == "ACTIVE"
    assert created["serviceArn"].endswith(f":service/{cluster}/{name}")
    assert created["deploymentConfiguration"]["maximumPercent"] == 200
    assert created["deploymentConfiguration"]["minimumHealthyPercent"] == 100
    [primary] = created["deployments"]
    assert primary["status"] == "PRIMARY" and primary["rolloutState"] == "IN_PROGRESS"
    assert primary["id"].startswith("ecs-svc/") and len(primary["id"]) == len("ecs-svc/") + 19
    with AgentSim(lambda: make_client(ecs.meta.endpoint_url), cluster):
        svc = wait_for(lambda: completed(ecs, cluster, name), what="service steady")
    tasks = service_tasks(ecs, cluster, name)
    assert len(tasks) == 6
    assert collections.Counter(t["availabilityZone"] for t in tasks) == {z: 2 for z in ZONES}
    assert len({t["containerInstanceArn"] for t in tasks}) == 6
    assert all(t["group"] == f"service:{name}" for t in tasks)
    assert all(t["startedBy"] == primary["id"] for t in tasks)
    log = messages(svc)
    assert log[0].startswith(f"(service {name}) has started 6 tasks: (task ")
    assert log[-2] == f"(service {name}) (deployment {primary['id']}) deployment completed."
    assert log[-1] == f"(service {name}) has reached a steady state."
    assert svc["runningCount"] == 6 and svc["pendingCount"] == 0
    assert ecs.list_services(cluster=cluster)["serviceArns"] == [created["serviceArn"]]
    with pytest.raises(botocore.exceptions.ClientError) as err:
        ecs.delete_cluster(cluster=cluster)
    assert code(err) == "ClusterContainsServicesException"


def test_member_of_keeps_service_tasks_on_matching_instances(ecs, cluster, name):
    zone_instances(ecs, cluster)
    arns = [i["containerInstanceArn"] for i in ecs.describe_container_instances(
        cluster=cluster, containerInstances=ecs.list_container_instances(cluster=cluster)["containerInstanceArns"]
    )["containerInstances"]]
    web = arns[:2]
    for arn in web:
        ecs.put_attributes(cluster=cluster, attributes=[{"name": "role", "value": "web", "targetId": arn}])
    td = family(ecs, name)
    ecs.create_service(
        cluster=cluster, serviceName=name, taskDefinition=td, desiredCount=4,
        placementConstraints=[{"type": "memberOf", "expression": "attribute:role == web"}],
    )
    with AgentSim(lambda: make_client(ecs.meta.endpoint_url), cluster):
        wait_for(lambda: completed(ecs, cluster, name), what="service steady")
    tasks = service_tasks(ecs, cluster, name)
    assert len(tasks) == 4
    assert {t["containerInstanceArn"] for t in tasks} == set(web)


def test_a_task_that_stops_is_replaced(ecs, cluster, name):
    zone_instances(ecs, cluster, per_zone=1)
    td = family(ecs, name)
    ecs.create_service(cluster=cluster, serviceName=name, taskDefinition=td, desiredCount=3)
    with AgentSim(lambda: make_client(ecs.meta.endpoint_url), cluster) as agent:
        wait_for(lambda: stable(ecs, cluster, name), what="stable")
        victim = service_tasks(ecs, cluster, name)[0]
        agent.paused.set()
        time.sleep(0.2)
        ecs.submit_task_state_change(cluster=cluster, task=victim["taskArn"], status="STOPPED",
                                     reason="Essential container in task exited")
        agent.paused.clear()
        wait_for(lambda: (lambda t: len(t) == 3 and victim["taskArn"] not in {x["taskArn"] for x in t}
                          and all(x["lastStatus"] == "RUNNING" for x in t))(service_tasks(ecs, cluster, name)),
                 what="replacement")
    svc = service(ecs, cluster, name)
    assert any(m.startswith(f"(service {name}) has started 1 tasks:") for m in messages(svc))


def sample_bounds(ecs, cluster, name, desired, stop_event, samples, floor, cap):
    """Records (live, healthy) counts of the service's tasks until stopped."""
    while not stop_event.is_set():
        # A consistent sample: no task may have appeared while it was taken (the describe
        # shows the state of every task that exists), else take it again.
        before = set(task_arns(ecs, cluster))
        tasks = [t for t in all_tasks(ecs, cluster) if t.get("group") == f"service:{name}"]
        if not {t["taskArn"] for t in tasks} <= before or set(task_arns(ecs, cluster)) != before:
            continue
        live = [t for t in tasks if t["lastStatus"] != "STOPPED"]
        healthy = [t for t in live if t["lastStatus"] == "RUNNING" and t["desiredStatus"] == "RUNNING"]
        samples.append((len(live), len(healthy)))
        time.sleep(0.02)


@pytest.mark.parametrize("minimum,maximum", [(100, 200), (50, 100)])
def test_rolling_update_stays_within_bounds(ecs, cluster, name, minimum, maximum):
    zone_instances(ecs, cluster)
    v1 = family(ecs, name, image="busybox:1")
    ecs.create_service(
        cluster=cluster, serviceName=name, taskDefinition=v1, desiredCount=6,
        deploymentConfiguration={"minimumHealthyPercent": minimum, "maximumPercent": maximum},
    )
    floor, cap = -(-6 * minimum // 100), 6 * maximum // 100
    with AgentSim(lambda: make_client(ecs.meta.endpoint_url), cluster) as agent:
        wait_for(lambda: completed(ecs, cluster, name), what="first rollout")
        # A slower agent stretches the rollout so the sampler sees it many times.
        agent.interval = 0.25
        v2 = family(ecs, name, image="busybox:2")
        samples, stop = [], threading.Event()
        sampler = threading.Thread(target=sample_bounds, args=(make_client(ecs.meta.endpoint_url), cluster, name, 6, stop, samples, floor, cap))
        sampler.start()
        try:
            updated = ecs.update_service(cluster=cluster, service=name, taskDefinition=v2)["service"]
            assert [d["status"] for d in updated["deployments"]] == ["PRIMARY", "ACTIVE"]
            svc = wait_for(lambda: completed(ecs, cluster, name), timeout=120, what="second rollout")
        finally:
            stop.set()
            sampler.join()
    assert len(samples) > 5
    assert max(live for live, _ in samples) <= cap, samples
    assert min(healthy for _, healthy in samples) >= floor, samples
    tasks = service_tasks(ecs, cluster, name)
    assert {t["taskDefinitionArn"] for t in tasks} == {v2}
    [primary] = svc["deployments"]
    assert primary["taskDefinition"] == v2 and primary["runningCount"] == 6
    log = messages(svc)
    completed_at = [i for i, m in enumerate(log) if m.endswith("deployment completed.")]
    assert len(completed_at) == 2
    second = log[completed_at[0] + 1 :]
    assert any(m.startswith(f"(service {name}) has started") for m in second)
    assert any(m.startswith(f"(service {name}) has stopped") for m in second)
    first_stop = next(i for i, m in enumerate(second) if "has stopped" in m)
    first_start = next(i for i, m in enumerate(second) if "has started" in m)
    if minimum == 100:
        assert first_start < first_stop, "with a 100% floor new tasks start before old ones stop"
    assert second[-2] == f"(service {name}) (deployment {primary['id']}) deployment completed."
    assert second[-1] == f"(service {name}) has reached a steady state."
    deployments = ecs.list_service_deployments(cluster=cluster, service=name)["serviceDeployments"]
    assert [d["status"] for d in deployments] == ["SUCCESSFUL", "SUCCESSFUL"]
    described = ecs.describe_service_deployments(serviceDeploymentArns=[deployments[0]["serviceDeploymentArn"]])
    target = described["serviceDeployments"][0]["targetServiceRevision"]["arn"]
    revision = ecs.describe_service_revisions(serviceRevisionArns=[target])["serviceRevisions"][0]
    assert revision["taskDefinition"] == v2


def test_circuit_breaker_fails_and_rolls_back(ecs, cluster, name):
    zone_instances(ecs, cluster, per_zone=1)
    good = family(ecs, name, image="busybox:good")
    bad = family(ecs, name, image="busybox:bad")
    ecs.create_service(
        cluster=cluster, serviceName=name, taskDefinition=good, desiredCount=2,
        deploymentConfiguration={"deploymentCircuitBreaker": {"enable": True, "rollback": True}},
    )
    behaviour = lambda task: "exit" if task["taskDefinitionArn"] == bad else "run"
    with AgentSim(lambda: make_client(ecs.meta.endpoint_url), cluster, behaviour=behaviour):
        wait_for(lambda: completed(ecs, cluster, name), what="first rollout")
        ecs.update_service(cluster=cluster, service=name, taskDefinition=bad)
        # One description for both checks: a second one could see a later state.
        svc = wait_for(lambda: (lambda s: s if s and s["taskDefinition"] == good else None)(completed(ecs, cluster, name)),
                       timeout=120, what="rollback")
    [primary] = svc["deployments"]
    assert primary["taskDefinition"] == good
    assert primary["rolloutState"] == "COMPLETED"
    log = messages(svc)
    assert any(m.endswith("deployment failed: tasks failed to start.") for m in log)
    assert any(m.startswith(f"(service {name}) rolling back to deployment ecs-svc/") for m in log)
    stopped = [t for t in all_tasks(ecs, cluster) if t["taskDefinitionArn"] == bad]
    assert len(stopped) >= 3, "the threshold for 2 desired tasks is 3 failures"
    assert {t["taskDefinitionArn"] for t in service_tasks(ecs, cluster, name)} == {good}
    [sd, first] = ecs.list_service_deployments(cluster=cluster, service=name)["serviceDeployments"]
    assert sd["status"] == "ROLLBACK_SUCCESSFUL" and first["status"] == "SUCCESSFUL"
    detail = ecs.describe_service_deployments(serviceDeploymentArns=[sd["serviceDeploymentArn"]])["serviceDeployments"][0]
    assert detail["deploymentCircuitBreaker"]["status"] == "TRIGGERED"
    assert detail["deploymentCircuitBreaker"]["threshold"] == 3
    # What tripped it stays on record after the rollback's own deployment takes over.
    assert detail["deploymentCircuitBreaker"]["failureCount"] >= 3
    assert detail["rollback"]["serviceRevisionArn"] == first["targetServiceRevisionArn"]


def test_circuit_breaker_without_rollback_stops_launching(ecs, cluster, name):
    register_instance(ecs, cluster)
    bad = family(ecs, name, image="busybox:bad")
    ecs.create_service(
        cluster=cluster, serviceName=name, taskDefinition=bad, desiredCount=1,
        deploymentConfiguration={"deploymentCircuitBreaker": {"enable": True, "rollback": False}},
    )
    with AgentSim(lambda: make_client(ecs.meta.endpoint_url), cluster, behaviour=lambda t: "exit"):
        svc = wait_for(lambda: (lambda s: s if s["deployments"][0]["rolloutState"] == "FAILED" else None)(service(ecs, cluster, name)),
                       what="failed deployment")
        time.sleep(1)
    assert svc["deployments"][0]["failedTasks"] == 3
    assert len([t for t in all_tasks(ecs, cluster)]) == 3, "no launches after the breaker tripped"


def test_daemon_follows_instances(ecs, cluster, name):
    first = [register_instance(ecs, cluster) for _ in range(2)]
    td = family(ecs, name)
    svc = ecs.create_service(cluster=cluster, serviceName=name, taskDefinition=td, schedulingStrategy="DAEMON")["service"]
    assert svc["deploymentConfiguration"] == {
        "deploymentCircuitBreaker": {"enable": False, "rollback": False},
        "maximumPercent": 100, "minimumHealthyPercent": 0, "strategy": "ROLLING",
    }
    with pytest.raises(botocore.exceptions.ClientError) as err:
        ecs.update_service(cluster=cluster, service=name, desiredCount=3)
    assert code(err) == "InvalidParameterException"

    def per_instance():
        return collections.Counter(t["containerInstanceArn"] for t in service_tasks(ecs, cluster, name)
                                   if t["lastStatus"] == "RUNNING")

    with AgentSim(lambda: make_client(ecs.meta.endpoint_url), cluster):
        wait_for(lambda: per_instance() == {i["containerInstanceArn"]: 1 for i in first}, what="one per instance")
        third = register_instance(ecs, cluster)
        wait_for(lambda: len(per_instance()) == 3, what="a task on the new instance")
        ecs.update_container_instances_state(cluster=cluster, containerInstances=[first[0]["containerInstanceArn"]], status="DRAINING")
        wait_for(lambda: per_instance() == {first[1]["containerInstanceArn"]: 1, third["containerInstanceArn"]: 1},
                 what="the draining instance emptied")
        svc = wait_for(lambda: stable(ecs, cluster, name), what="stable daemon")
    assert svc["desiredCount"] == 2


def test_draining_moves_replica_tasks_within_bounds(ecs, cluster, name):
    instances = zone_instances(ecs, cluster, per_zone=1)
    td = family(ecs, name)
    ecs.create_service(cluster=cluster, serviceName=name, taskDefinition=td, desiredCount=3,
                       placementConstraints=[{"type": "distinctInstance"}])
    with AgentSim(lambda: make_client(ecs.meta.endpoint_url), cluster) as agent:
        wait_for(lambda: stable(ecs, cluster, name), what="stable")
        agent.interval = 0.25
        spare = register_instance(ecs, cluster, attributes=[{"name": "ecs.availability-zone", "value": ZONES[0]}])
        drained = instances[0]["containerInstanceArn"]
        samples, stop = [], threading.Event()
        sampler = threading.Thread(target=sample_bounds, args=(make_client(ecs.meta.endpoint_url), cluster, name, 3, stop, samples, 3, 6))
        sampler.start()
        try:
            ecs.update_container_instances_state(cluster=cluster, containerInstances=[drained], status="DRAINING")
            wait_for(lambda: (lambda t: len(t) == 3 and all(x["lastStatus"] == "RUNNING" for x in t)
                              and drained not in {x["containerInstanceArn"] for x in t})(service_tasks(ecs, cluster, name)),
                     what="tasks off the draining instance")
        finally:
            stop.set()
            sampler.join()
    assert min(h for _, h in samples) >= 3, samples
    assert max(live for live, _ in samples) <= 6, samples
    assert spare["containerInstanceArn"] in {t["containerInstanceArn"] for t in service_tasks(ecs, cluster, name)}


def test_a_protected_task_survives_scale_in(ecs, cluster, name):
    zone_instances(ecs, cluster, per_zone=1)
    td = family(ecs, name)
    ecs.create_service(cluster=cluster, serviceName=name, taskDefinition=td, desiredCount=3)
    with AgentSim(lambda: make_client(ecs.meta.endpoint_url), cluster):
        wait_for(lambda: stable(ecs, cluster, name), what="stable")
        keep = service_tasks(ecs, cluster, name)[1]["taskArn"]
        out = ecs.update_task_protection(cluster=cluster, tasks=[keep], protectionEnabled=True, expiresInMinutes=5)
        [p] = out["protectedTasks"]
        assert p["protectionEnabled"] and p["taskArn"] == keep
        assert 280 < (p["expirationDate"].timestamp() - time.time()) <= 300
        got = ecs.get_task_protection(cluster=cluster, tasks=[keep])["protectedTasks"][0]
        assert got["protectionEnabled"]
        ecs.update_service(cluster=cluster, service=name, desiredCount=1)
        wait_for(lambda: stable(ecs, cluster, name), what="scaled in")
        assert [t["taskArn"] for t in service_tasks(ecs, cluster, name)] == [keep]
        # Protection keeps a task through a deployment too, until it is lifted.
        v2 = family(ecs, name, image="busybox:2")
        ecs.update_service(cluster=cluster, service=name, taskDefinition=v2)
        time.sleep(1.5)
        assert keep in [t["taskArn"] for t in service_tasks(ecs, cluster, name)]
        ecs.update_task_protection(cluster=cluster, tasks=[keep], protectionEnabled=False)
        wait_for(lambda: completed(ecs, cluster, name), what="deployment after protection lifted")
    assert keep not in [t["taskArn"] for t in service_tasks(ecs, cluster, name)]
    with pytest.raises(botocore.exceptions.ClientError) as err:
        ecs.update_task_protection(cluster=cluster, tasks=[keep], protectionEnabled=True, expiresInMinutes=2881)
    assert code(err) == "InvalidParameterException"


def test_wait_services_stable_and_delete(ecs, cli, cluster, name):
    zone_instances(ecs, cluster, per_zone=1)
    td = family(ecs, name)
    cli.json("ecs", "create-service", "--cluster", cluster, "--service-name", name,
             "--task-definition", td, "--desired-count", "3")
    with AgentSim(lambda: make_client(ecs.meta.endpoint_url), cluster):
        proc = cli.run("ecs", "wait", "services-stable", "--cluster", cluster, "--services", name)
        assert proc.returncode == 0
        svc = stable(ecs, cluster, name)
        assert svc is not None
        with pytest.raises(botocore.exceptions.ClientError) as err:
            ecs.delete_service(cluster=cluster, service=name)
        assert code(err) == "InvalidParameterException"
        deleted = ecs.delete_service(cluster=cluster, service=name, force=True)["service"]
        assert deleted["status"] == "DRAINING"
        cli.run("ecs", "wait", "services-inactive", "--cluster", cluster, "--services", name)
    assert service(ecs, cluster, name)["status"] == "INACTIVE"
    assert service_tasks(ecs, cluster, name) == []
    assert ecs.list_services(cluster=cluster)["serviceArns"] == []
    with pytest.raises(botocore.exceptions.ClientError) as err:
        ecs.update_service(cluster=cluster, service=name, desiredCount=1)
    assert code(err) == "ServiceNotFoundException"


def test_service_validation(ecs, cluster, name):
    td = family(ecs, name)
    cases = [
        (dict(taskDefinition=td), "InvalidParameterException"),  # no desiredCount
        (dict(taskDefinition=td, desiredCount=1, deploymentConfiguration={"maximumPercent": 50}), "InvalidParameterException"),
        (dict(taskDefinition=td, desiredCount=1, deploymentConfiguration={"minimumHealthyPercent": 150}), "InvalidParameterException"),
        (dict(taskDefinition=td, schedulingStrategy="DAEMON", desiredCount=2), "InvalidParameterException"),
        (dict(taskDefinition=td, desiredCount=1, placementConstraints=[{"type": "memberOf", "expression": "attribute:x =="}]), "InvalidParameterException"),
        (dict(taskDefinition=td, desiredCount=1, deploymentController={"type": "CODE_DEPLOY"}), "UnsupportedFeatureException"),
        (dict(taskDefinition=f"{name}-missing", desiredCount=1), "ClientException"),
    ]
    for kwargs, expected in cases:
        with pytest.raises(botocore.exceptions.ClientError) as err:
            ecs.create_service(cluster=cluster, serviceName=name, **kwargs)
        assert code(err) == expected, kwargs
    assert ecs.list_services(cluster=cluster)["serviceArns"] == []
    ecs.create_service(cluster=cluster, serviceName=name, taskDefinition=td, desiredCount=0,
                       clientToken="tok-1", tags=[{"key": "team", "value": "core"}],
                       loadBalancers=[{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:000000000000:targetgroup/x/1", "containerName": "app", "containerPort": 80}])
    again = ecs.create_service(cluster=cluster, serviceName=name, taskDefinition=td, desiredCount=0,
                               clientToken="tok-1", tags=[{"key": "team", "value": "core"}],
                               loadBalancers=[{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:000000000000:targetgroup/x/1", "containerName": "app", "containerPort": 80}])
    assert again["service"]["serviceName"] == name
    with pytest.raises(botocore.exceptions.ClientError) as err:
        ecs.create_service(cluster=cluster, serviceName=name, taskDefinition=td, desiredCount=0)
    assert code(err) == "InvalidParameterException"
    described = ecs.describe_services(cluster=cluster, services=[name, "nope"], include=["TAGS"])
    svc = described["services"][0]
    assert svc["tags"] == [{"key": "team", "value": "core"}]
    assert svc["loadBalancers"][0]["containerPort"] == 80
    assert any("loadBalancers configured; Keel stores and reports it but does not act on it yet" in e["message"] for e in svc["events"])
    assert described["failures"][0]["reason"] == "MISSING"
    assert ecs.list_tags_for_resource(resourceArn=svc["serviceArn"])["tags"] == [{"key": "team", "value": "core"}]


def test_short_service_arns_follow_the_account_setting(ecs, cluster, name):
    td = family(ecs, name)
    ecs.put_account_setting(name="serviceLongArnFormat", value="disabled")
    try:
        svc = ecs.create_service(cluster=cluster, serviceName=name, taskDefinition=td, desiredCount=0)["service"]
    finally:
        ecs.put_account_setting(name="serviceLongArnFormat", value="enabled")
    assert svc["serviceArn"].endswith(f":service/{name}")
    assert service(ecs, cluster, svc["serviceArn"])["serviceName"] == name


def test_kill_9_mid_rollout_then_the_deployment_completes(tmp_path):
    srv = Server(tmp_path / "data")
    endpoint = {"url": srv.endpoint}
    factory = lambda: make_client(endpoint["url"])
    ecs = factory()
    cluster, name = "crash", "web"
    ecs.create_cluster(clusterName=cluster)
    zone_instances(ecs, cluster)
    v1 = family(ecs, name, image="busybox:1")
    ecs.create_service(cluster=cluster, serviceName=name, taskDefinition=v1, desiredCount=6)
    try:
        with AgentSim(factory, cluster) as agent:
            wait_for(lambda: completed(ecs, cluster, name), what="first rollout")
            v2 = family(ecs, name, image="busybox:2")
            # Slow the agent so the kill lands mid-rollout.
            agent.interval = 0.3
            ecs.update_service(cluster=cluster, service=name, taskDefinition=v2)
            wait_for(lambda: any(t["taskDefinitionArn"] == v2 for t in service_tasks(ecs, cluster, name)), what="rollout started")
            srv.stop(signal.SIGKILL)
            srv = Server(tmp_path / "data")
            endpoint["url"] = srv.endpoint
            ecs = factory()
            agent.interval = 0.02
            svc = wait_for(lambda: completed(ecs, cluster, name), timeout=120, what="rollout after restart")
        assert svc["taskDefinition"] == v2
        tasks = [t for t in all_tasks(ecs, cluster)]
        live = [t for t in tasks if t["lastStatus"] != "STOPPED"]
        assert len(live) == 6 and {t["taskDefinitionArn"] for t in live} == {v2}
        # Every task ever started: 6 of v1 and 6 of v2 (the rollout started no extras).
        counts = collections.Counter(t["taskDefinitionArn"] for t in tasks)
        assert counts[v1] == 6 and counts[v2] == 6, counts
    finally:
        srv.stop()


def test_external_controller_task_sets(ecs, cluster, name):
    zone_instances(ecs, cluster, per_zone=1)
    blue = family(ecs, name, image="busybox:blue")
    green = family(ecs, name, image="busybox:green")
    svc = ecs.create_service(cluster=cluster, serviceName=name, desiredCount=4,
                             deploymentController={"type": "EXTERNAL"})["service"]
    assert svc["deploymentController"] == {"type": "EXTERNAL"}
    assert svc["taskSets"] == [] and svc["deployments"] == []
    with pytest.raises(botocore.exceptions.ClientError) as err:
        ecs.create_service(cluster=cluster, serviceName=name + "x", desiredCount=1, taskDefinition=blue,
                           deploymentController={"type": "EXTERNAL"})
    assert code(err) == "InvalidParameterException"

    def sets():
        return {t["taskDefinition"]: t for t in ecs.describe_task_sets(cluster=cluster, service=name)["taskSets"]}

    def per_td():
        return collections.Counter(t["taskDefinitionArn"] for t in service_tasks(ecs, cluster, name) if t["lastStatus"] == "RUNNING")

    with AgentSim(lambda: make_client(ecs.meta.endpoint_url), cluster):
        first = ecs.create_task_set(cluster=cluster, service=name, taskDefinition=blue, externalId="blue",
                                    scale={"value": 100, "unit": "PERCENT"}, tags=[{"key": "color", "value": "blue"}])["taskSet"]
        assert first["status"] == "PRIMARY" and first["computedDesiredCount"] == 4
        assert first["taskSetArn"].endswith(f":task-set/{cluster}/{name}/{first['id']}")
        wait_for(lambda: per_td() == {blue: 4}, what="blue at 100%")
        wait_for(lambda: sets()[blue]["stabilityStatus"] == "STEADY_STATE", what="blue steady")
        second = ecs.create_task_set(cluster=cluster, service=name, taskDefinition=green, externalId="green",
                                     scale={"value": 50, "unit": "PERCENT"})["taskSet"]
        assert second["status"] == "ACTIVE" and second["computedDesiredCount"] == 2
        wait_for(lambda: per_td() == {blue: 4, green: 2}, what="green at 50%")
        ecs.update_service_primary_task_set(cluster=cluster, service=name, primaryTaskSet=second["taskSetArn"])
        ecs.update_task_set(cluster=cluster, service=name, taskSet=second["id"], scale={"value": 100, "unit": "PERCENT"})
        with pytest.raises(botocore.exceptions.ClientError) as err:
            ecs.delete_task_set(cluster=cluster, service=name, taskSet=first["id"])
        assert code(err) == "InvalidParameterException"
        ecs.delete_task_set(cluster=cluster, service=name, taskSet=first["id"], force=True)
        wait_for(lambda: per_td() == {green: 4}, what="green only")
        svc = wait_for(lambda: (lambda s: s if len(s["taskSets"]) == 1 and s["taskSets"][0]["stabilityStatus"] == "STEADY_STATE" else None)(service(ecs, cluster, name)),
                       what="one steady task set")
    assert svc["taskDefinition"] == green
    assert svc["taskSets"][0]["status"] == "PRIMARY" and svc["runningCount"] == 4
    tagged = ecs.describe_task_sets(cluster=cluster, service=name, taskSets=[first["id"], second["id"]], include=["TAGS"])
    assert [t["id"] for t in tagged["taskSets"]] == [second["id"]]
    assert tagged["failures"][0]["reason"] == "MISSING"
    with pytest.raises(botocore.exceptions.ClientError) as err:
        ecs.update_task_set(cluster=cluster, service=name, taskSet="ecs-svc/0", scale={"value": 10, "unit": "PERCENT"})
    assert code(err) == "TaskSetNotFoundException"
    with pytest.raises(botocore.exceptions.ClientError) as err:
        ecs.update_service(cluster=cluster, service=name, taskDefinition=blue)
    assert code(err) == "InvalidParameterException"
