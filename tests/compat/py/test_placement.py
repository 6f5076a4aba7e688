"""Placement through boto3: strategies, constraints, the cluster query language, failures[]
reasons, DRAINING instances, ListContainerInstances --filter, concurrency, and dry runs."""

import collections
import concurrent.futures
import json

import pytest
from botocore.exceptions import ClientError

from conftest import container, register_instance


def code(err):
    return err.value.response["Error"]["Code"]


@pytest.fixture
def cluster(ecs, name):
    ecs.create_cluster(clusterName=name)
    return name


def zone_instances(ecs, cluster, zones, cpu=4096, memory=8192, kind="m5.large"):
    out = []
    for zone in zones:
        inst = register_instance(ecs, cluster, cpu=cpu, memory=memory, attributes=[
            {"name": "ecs.availability-zone", "value": zone},
            {"name": "ecs.instance-type", "value": kind},
        ])
        out.append(inst["containerInstanceArn"])
    return out


def remaining(ecs, cluster, arn, which="MEMORY"):
    inst = ecs.describe_container_instances(cluster=cluster, containerInstances=[arn])["containerInstances"][0]
    return {r["name"]: r for r in inst["remainingResources"]}[which]["integerValue"]


def test_binpack_memory_fills_the_fullest_instance_first(ecs, cluster, name):
    big = register_instance(ecs, cluster, cpu=4096, memory=4096)["containerInstanceArn"]
    small = register_instance(ecs, cluster, cpu=4096, memory=1024)["containerInstanceArn"]
    ecs.register_task_definition(family=name, containerDefinitions=[container(memory=256)])
    out = ecs.run_task(cluster=cluster, taskDefinition=name, count=5,
                       placementStrategy=[{"type": "binpack", "field": "memory"}])
    placed = [t["containerInstanceArn"] for t in out["tasks"]]
    assert placed == [small] * 4 + [big]
    assert remaining(ecs, cluster, small) == 0


def test_spread_over_zones_then_binpack(ecs, cluster, name):
    arns = zone_instances(ecs, cluster, ["a", "a", "b", "b", "c", "c"])
    ecs.register_task_definition(family=name, containerDefinitions=[container(memory=64, cpu=128)])
    out = ecs.run_task(cluster=cluster, taskDefinition=name, count=9, placementStrategy=[
        {"type": "spread", "field": "attribute:ecs.availability-zone"},
        {"type": "binpack", "field": "cpu"},
    ])
    assert out["failures"] == []
    zone_of = dict(zip(arns, "aabbcc"))
    per_zone = collections.Counter(zone_of[t["containerInstanceArn"]] for t in out["tasks"])
    assert sorted(per_zone.values()) == [3, 3, 3]
    # binpack within a zone: each zone's tasks share one instance.
    assert len({t["containerInstanceArn"] for t in out["tasks"]}) == 3
    assert {t["availabilityZone"] for t in out["tasks"]} == {"a", "b", "c"}


def test_spread_by_instance_balances_the_group(ecs, cluster, name):
    arns = zone_instances(ecs, cluster, ["a", "b", "c"])
    ecs.register_task_definition(family=name, containerDefinitions=[container()])
    out = ecs.run_task(cluster=cluster, taskDefinition=name, count=6, group="web",
                       placementStrategy=[{"type": "spread", "field": "instanceId"}])
    counts = collections.Counter(t["containerInstanceArn"] for t in out["tasks"])
    assert set(counts) == set(arns) and set(counts.values()) == {2}
    assert {t["group"] for t in out["tasks"]} == {"web"}


def test_distinct_instance_and_its_failure(ecs, cluster, name):
    zone_instances(ecs, cluster, ["a", "b"])
    ecs.register_task_definition(family=name, containerDefinitions=[container()])
    out = ecs.run_task(cluster=cluster, taskDefinition=name, count=3,
                       placementConstraints=[{"type": "distinctInstance"}])
    assert len({t["containerInstanceArn"] for t in out["tasks"]}) == 2
    assert [f["reason"] for f in out["failures"]] == ["DistinctInstance placement constraint unsatisfied."] * 2
    assert all(f["arn"].startswith("arn:aws:ecs:") for f in out["failures"])


def test_member_of_from_request_and_task_definition_combine(ecs, cluster, name):
    a = zone_instances(ecs, cluster, ["a"], kind="m5.large")
    b = zone_instances(ecs, cluster, ["b"], kind="m5.large")
    zone_instances(ecs, cluster, ["a"], kind="t2.small")
    ecs.register_task_definition(family=name, containerDefinitions=[container()],
                                 placementConstraints=[{"type": "memberOf", "expression": "attribute:ecs.instance-type =~ m5.*"}])
    out = ecs.run_task(cluster=cluster, taskDefinition=name, count=3, placementConstraints=[
        {"type": "memberOf", "expression": "attribute:ecs.availability-zone in [a, z]"}])
    assert {t["containerInstanceArn"] for t in out["tasks"]} == set(a)
    out = ecs.run_task(cluster=cluster, taskDefinition=name, placementConstraints=[
        {"type": "memberOf", "expression": "attribute:ecs.availability-zone == q"}])
    assert out["tasks"] == []
    assert [f["reason"] for f in out["failures"]] == ["MemberOf placement constraint unsatisfied."] * 3
    # task:group sees running groups: never next to a task of group "db".
    ecs.run_task(cluster=cluster, taskDefinition=name, group="db", placementConstraints=[
        {"type": "memberOf", "expression": f"ec2InstanceId == {ec2_id(ecs, cluster, b[0])}"}])
    out = ecs.run_task(cluster=cluster, taskDefinition=name, count=2, placementConstraints=[
        {"type": "memberOf", "expression": "not(task:group == db) and attribute:ecs.instance-type == m5.large"}])
    assert {t["containerInstanceArn"] for t in out["tasks"]} == set(a)


def ec2_id(ecs, cluster, arn):
    return ecs.describe_container_instances(cluster=cluster, containerInstances=[arn])["containerInstances"][0]["ec2InstanceId"]


def test_malformed_expressions_are_invalid_parameters_that_point_at_the_error(ecs, cluster, name):
    zone_instances(ecs, cluster, ["a"])
    ecs.register_task_definition(family=name, containerDefinitions=[container()])
    for expression, where in [("attribute:ecs.availability-zone ==", "position 34"),
                              ("attribute:a == 1 and (", "position 22"),
                              ("bogus == 1", "position 0")]:
        with pytest.raises(ClientError) as err:
            ecs.run_task(cluster=cluster, taskDefinition=name,
                         placementConstraints=[{"type": "memberOf", "expression": expression}])
        assert code(err) == "InvalidParameterException"
        assert where in err.value.response["Error"]["Message"], err.value.response["Error"]["Message"]
        assert "placementConstraints.1" in err.value.response["Error"]["Message"]
    with pytest.raises(ClientError) as err:
        ecs.run_task(cluster=cluster, taskDefinition=name,
                     placementStrategy=[{"type": "binpack", "field": "disk"}])
    assert code(err) == "InvalidParameterException"
    with pytest.raises(ClientError) as err:
        ecs.run_task(cluster=cluster, taskDefinition=name,
                     placementStrategy=[{"type": "random"}] * 6)
    assert code(err) == "InvalidParameterException"
    with pytest.raises(ClientError) as err:
        ecs.run_task(cluster=cluster, taskDefinition=name,
                     placementConstraints=[{"type": "distinctInstance"}] * 11)
    assert code(err) == "InvalidParameterException"
    assert ecs.list_tasks(cluster=cluster)["taskArns"] == []


def test_failures_carry_resource_reasons_and_draining_is_excluded(ecs, cluster, name):
    cpu = register_instance(ecs, cluster, cpu=100, memory=4096)["containerInstanceArn"]
    mem = register_instance(ecs, cluster, cpu=4096, memory=100)["containerInstanceArn"]
    draining = register_instance(ecs, cluster, cpu=4096, memory=4096)["containerInstanceArn"]
    ecs.update_container_instances_state(cluster=cluster, containerInstances=[draining], status="DRAINING")
    ecs.register_task_definition(family=name, containerDefinitions=[container(cpu=512, memory=512)])
    out = ecs.run_task(cluster=cluster, taskDefinition=name)
    assert out["tasks"] == []
    reasons = {f["arn"]: f["reason"] for f in out["failures"]}
    assert reasons == {cpu: "RESOURCE:CPU", mem: "RESOURCE:MEMORY", draining: "INACTIVE"}
    gpu_td = f"{name}-gpu"
    ecs.register_task_definition(family=gpu_td, containerDefinitions=[
        container(resourceRequirements=[{"type": "GPU", "value": "1"}])])
    ecs.update_container_instances_state(cluster=cluster, containerInstances=[draining], status="ACTIVE")
    out = ecs.run_task(cluster=cluster, taskDefinition=gpu_td)
    assert {f["arn"]: f["reason"] for f in out["failures"]}[draining] == "RESOURCE:GPU"


def test_gpus_are_assigned_and_released(ecs, cluster, name):
    inst = ecs.register_container_instance(cluster=cluster, totalResources=[
        {"name": "CPU", "type": "INTEGER", "integerValue": 4096},
        {"name": "MEMORY", "type": "INTEGER", "integerValue": 8192},
        {"name": "GPU", "type": "STRINGSET", "stringSetValue": ["gpu-0", "gpu-1"]},
    ])["containerInstance"]
    ecs.register_task_definition(family=name, containerDefinitions=[
        container(resourceRequirements=[{"type": "GPU", "value": "1"}])])
    out = ecs.run_task(cluster=cluster, taskDefinition=name, count=3)
    assert len(out["tasks"]) == 2 and out["failures"][0]["reason"] == "RESOURCE:GPU"
    arn = inst["containerInstanceArn"]
    described = ecs.describe_container_instances(cluster=cluster, containerInstances=[arn])["containerInstances"][0]
    assert {r["name"]: r for r in described["remainingResources"]}["GPU"]["stringSetValue"] == []
    ecs.stop_task(cluster=cluster, task=out["tasks"][0]["taskArn"])
    described = ecs.describe_container_instances(cluster=cluster, containerInstances=[arn])["containerInstances"][0]
    assert len({r["name"]: r for r in described["remainingResources"]}["GPU"]["stringSetValue"]) == 1


def test_list_container_instances_filter(ecs, cluster, name):
    a = zone_instances(ecs, cluster, ["us-east-1a"], kind="m5.large")
    b = zone_instances(ecs, cluster, ["us-east-1b"], kind="c5.xlarge")
    def listed(expr):
        return set(ecs.list_container_instances(cluster=cluster, filter=expr)["containerInstanceArns"])
    assert listed("attribute:ecs.availability-zone == us-east-1a") == set(a)
    assert listed("attribute:ecs.instance-type =~ c5.* or attribute:ecs.availability-zone == us-east-1a") == set(a + b)
    assert listed("not(attribute:ecs.instance-type in [m5.large])") == set(b)
    assert listed("agentConnected == true and runningTasksCount == 0") == set(a + b)
    assert listed("registeredAt > 2018-06-18T22:28:28+00:00") == set(a + b)
    with pytest.raises(ClientError) as err:
        listed("attribute:ecs.instance-type ==")
    assert code(err) == "InvalidParameterException"
    assert "position" in err.value.response["Error"]["Message"]


def test_list_container_instances_filter_through_the_cli(cli, ecs, cluster):
    a = zone_instances(ecs, cluster, ["zone-x"])
    zone_instances(ecs, cluster, ["zone-y"])
    out = cli.json("ecs", "list-container-instances", "--cluster", cluster,
                   "--filter", "attribute:ecs.availability-zone == zone-x")
    assert out["containerInstanceArns"] == a


def test_concurrent_run_tasks_never_overcommit(ecs, cluster, name):
    arns = zone_instances(ecs, cluster, ["a", "b", "c"], cpu=4096, memory=1024)
    ecs.register_task_definition(family=name, containerDefinitions=[container(memory=128)])
    # 3 instances x 8 tasks fit; 40 callers ask for 2 each.
    def run(_):
        return ecs.run_task(cluster=cluster, taskDefinition=name, count=2,
                            placementStrategy=[{"type": "binpack", "field": "memory"}])
    with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(run, range(40)))
    placed = sum(len(r["tasks"]) for r in results)
    assert placed == 24
    assert all(f["reason"] == "RESOURCE:MEMORY" for r in results for f in r["failures"])
    for arn in arns:
        assert remaining(ecs, cluster, arn) == 0
    assert len(ecs.list_tasks(cluster=cluster, maxResults=100)["taskArns"]) == 24


def test_dry_run_plans_without_placing(server, ecs, cluster, name):
    small = register_instance(ecs, cluster, cpu=256, memory=4096)["containerInstanceArn"]
    big = register_instance(ecs, cluster, cpu=4096, memory=4096)["containerInstanceArn"]
    ecs.register_task_definition(family=name, containerDefinitions=[container(cpu=512)])
    body = json.dumps({"cluster": cluster, "taskDefinition": name, "count": 2, "keelDryRun": True,
                       "placementStrategy": [{"type": "binpack", "field": "cpu"}]})
    status, out = signed_post(server, "RunTask", body)
    assert status == 200, out
    assert [t["containerInstanceArn"] for t in out["tasks"]] == [big, big]
    assert {(f["arn"], f["reason"], f["detail"]) for f in out["failures"]} == {
        (small, "RESOURCE:CPU", "task 1 of 2"), (small, "RESOURCE:CPU", "task 2 of 2")}
    assert ecs.list_tasks(cluster=cluster)["taskArns"] == []
    assert remaining(ecs, cluster, big, "CPU") == 4096


def signed_post(server, operation, body):
    import urllib.request
    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials
    request = AWSRequest(method="POST", url=server.endpoint + "/", data=body, headers={
        "Content-Type": "application/x-amz-json-1.1",
        "X-Amz-Target": f"AmazonEC2ContainerServiceV20141113.{operation}"})
    SigV4Auth(Credentials("keel", "keel"), "ecs", "us-east-1").add_auth(request)
    req = urllib.request.Request(server.endpoint + "/", data=body.encode(), headers=dict(request.headers), method="POST")
    try:
        with urllib.request.urlopen(req) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def test_keel_plan_cli_explains_without_placing(server, ecs, cluster, name):
    import os
    import subprocess
    from conftest import keel_bin
    full = register_instance(ecs, cluster, cpu=4096, memory=100)["containerInstanceArn"]
    ok = register_instance(ecs, cluster, cpu=4096, memory=4096)["containerInstanceArn"]
    ecs.register_task_definition(family=name, containerDefinitions=[container(memory=256)])
    env = dict(os.environ, AWS_ACCESS_KEY_ID="keel", AWS_SECRET_ACCESS_KEY="keel", AWS_REGION="us-east-1")
    proc = subprocess.run([keel_bin(), "plan", "--endpoint", server.endpoint, "--cluster", cluster,
                           "--task-definition", name, "--count", "2",
                           "--placement-strategy", "binpack:memory",
                           "--placement-constraint", "distinctInstance"],
                          env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    short = lambda arn: arn.rsplit("/", 1)[-1]
    assert lines[0].startswith(f"task 1 of 2: container instance {short(ok)}")
    assert f"    rejected {short(full)}: RESOURCE:MEMORY" in lines
    assert "task 2 of 2: not placed: no container instance can take it" in lines
    assert f"    rejected {short(ok)}: DistinctInstance placement constraint unsatisfied." in lines
    assert ecs.list_tasks(cluster=cluster)["taskArns"] == []
    bad = subprocess.run([keel_bin(), "plan", "--endpoint", server.endpoint, "--cluster", cluster,
                          "--task-definition", name, "--placement-constraint", "memberOf:attribute:x =="],
                         env=env, capture_output=True, text=True, timeout=60)
    assert bad.returncode != 0 and "position 14" in bad.stderr
