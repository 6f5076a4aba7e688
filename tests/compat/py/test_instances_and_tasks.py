"""Container instances and tasks through boto3: placement, the lifecycle, filters, failures."""

import pytest
from botocore.exceptions import ClientError

from conftest import ACCOUNT, REGION, container, register_instance


def code(err):
    return err.value.response["Error"]["Code"]


@pytest.fixture
def cluster(ecs, name):
    ecs.create_cluster(clusterName=name)
    return name


def resources(inst, which):
    return {r["name"]: r for r in inst[which]}


def test_register_describe_list_instances(ecs, cluster):
    inst = register_instance(ecs, cluster, cpu=2048, memory=4096, ports=(22, 2375),
                             attributes=[{"name": "ecs.availability-zone", "value": "az-1"}])
    arn = inst["containerInstanceArn"]
    assert arn.startswith(f"arn:aws:ecs:{REGION}:{ACCOUNT}:container-instance/{cluster}/")
    assert inst["status"] == "ACTIVE" and inst["agentConnected"] is True
    assert resources(inst, "registeredResources")["CPU"]["integerValue"] == 2048
    assert resources(inst, "remainingResources")["PORTS"]["stringSetValue"] == ["22", "2375"]
    assert inst["ec2InstanceId"].startswith("i-")

    described = ecs.describe_container_instances(cluster=cluster, containerInstances=[arn, arn.split("/")[-1], "nope"])
    assert len(described["containerInstances"]) == 2
    assert described["failures"][0]["reason"] == "MISSING"
    assert ecs.list_container_instances(cluster=cluster)["containerInstanceArns"] == [arn]

    drained = ecs.update_container_instances_state(cluster=cluster, containerInstances=[arn], status="DRAINING")
    assert drained["containerInstances"][0]["status"] == "DRAINING"
    assert ecs.list_container_instances(cluster=cluster, status="ACTIVE")["containerInstanceArns"] == []
    assert ecs.list_container_instances(cluster=cluster, status="DRAINING")["containerInstanceArns"] == [arn]
    with pytest.raises(ClientError) as err:
        ecs.update_container_instances_state(cluster=cluster, containerInstances=[arn], status="REGISTERING")
    assert code(err) == "InvalidParameterException"

    # Re-registration (an agent restart) keeps the identity.
    again = ecs.register_container_instance(
        cluster=cluster, containerInstanceArn=arn,
        totalResources=[{"name": "CPU", "type": "INTEGER", "integerValue": 4096},
                        {"name": "MEMORY", "type": "INTEGER", "integerValue": 4096}],
    )["containerInstance"]
    assert again["containerInstanceArn"] == arn and again["version"] > inst["version"]

    out = ecs.deregister_container_instance(cluster=cluster, containerInstance=arn)["containerInstance"]
    assert out["status"] == "INACTIVE"
    assert ecs.list_container_instances(cluster=cluster)["containerInstanceArns"] == []


def test_run_task_places_and_reserves(ecs, cluster, name):
    inst = register_instance(ecs, cluster, cpu=1024, memory=1024)
    ecs.register_task_definition(family=name, containerDefinitions=[container(cpu=256, memory=300, portMappings=[{"containerPort": 80, "hostPort": 0}])])
    out = ecs.run_task(cluster=cluster, taskDefinition=name, count=3, startedBy="tester", group="g1",
                       tags=[{"key": "k", "value": "v"}], overrides={"containerOverrides": [{"name": "app", "environment": [{"name": "X", "value": "1"}]}]})
    assert out["failures"] == []
    tasks = out["tasks"]
    assert len(tasks) == 3
    t = tasks[0]
    assert t["taskArn"].startswith(f"arn:aws:ecs:{REGION}:{ACCOUNT}:task/{cluster}/")
    assert t["lastStatus"] == "PROVISIONING" and t["desiredStatus"] == "RUNNING"
    assert t["containerInstanceArn"] == inst["containerInstanceArn"]
    assert t["taskDefinitionArn"].endswith(f"task-definition/{name}:1")
    assert t["startedBy"] == "tester" and t["group"] == "g1" and t["launchType"] == "EC2"
    assert t["containers"][0]["name"] == "app" and t["containers"][0]["lastStatus"] == "PENDING"
    assert t["overrides"]["containerOverrides"][0]["environment"] == [{"name": "X", "value": "1"}]
    assert t["cpu"] == "256" and t["memory"] == "300"

    after = ecs.describe_container_instances(cluster=cluster, containerInstances=[inst["containerInstanceArn"]])["containerInstances"][0]
    assert resources(after, "remainingResources")["CPU"]["integerValue"] == 1024 - 3 * 256
    assert resources(after, "remainingResources")["MEMORY"]["integerValue"] == 1024 - 3 * 300
    assert after["pendingTasksCount"] == 3

    # A fourth does not fit in memory: failures name the instance and ECS's reason.
    more = ecs.run_task(cluster=cluster, taskDefinition=name, count=1)
    assert more["tasks"] == []
    assert more["failures"] == [{"arn": inst["containerInstanceArn"], "reason": "RESOURCE:MEMORY"}]

    described = ecs.describe_tasks(cluster=cluster, tasks=[t["taskArn"], "0" * 32], include=["TAGS"])
    assert described["tasks"][0]["tags"] == [{"key": "k", "value": "v"}]
    assert described["failures"][0]["reason"] == "MISSING"

    stopped = ecs.stop_task(cluster=cluster, task=t["taskArn"], reason="done testing")["task"]
    assert stopped["desiredStatus"] == "STOPPED" and stopped["lastStatus"] == "STOPPED"
    assert stopped["stopCode"] == "UserInitiated" and stopped["stoppedReason"] == "done testing"
    assert "stoppedAt" in stopped and "stoppingAt" in stopped
    released = ecs.describe_container_instances(cluster=cluster, containerInstances=[inst["containerInstanceArn"]])["containerInstances"][0]
    assert resources(released, "remainingResources")["CPU"]["integerValue"] == 1024 - 2 * 256


def test_static_ports_limit_tasks_per_instance(ecs, cluster, name):
    register_instance(ecs, cluster, cpu=4096, memory=4096, ports=(22,))
    ecs.register_task_definition(family=name, containerDefinitions=[container(portMappings=[{"containerPort": 80, "hostPort": 8080}])])
    out = ecs.run_task(cluster=cluster, taskDefinition=name, count=2)
    assert len(out["tasks"]) == 1
    assert out["failures"][0]["reason"] == "RESOURCE:PORTS"
    inst = ecs.describe_container_instances(cluster=cluster, containerInstances=[out["tasks"][0]["containerInstanceArn"]])["containerInstances"][0]
    assert "8080" in resources(inst, "remainingResources")["PORTS"]["stringSetValue"]


def test_draining_and_empty_clusters(ecs, cluster, name):
    ecs.register_task_definition(family=name, containerDefinitions=[container()])
    with pytest.raises(ClientError) as err:
        ecs.run_task(cluster=cluster, taskDefinition=name)
    assert code(err) == "InvalidParameterException"
    assert err.value.response["Error"]["Message"] == "No Container Instances were found in your cluster."
    inst = register_instance(ecs, cluster)
    ecs.update_container_instances_state(cluster=cluster, containerInstances=[inst["containerInstanceArn"]], status="DRAINING")
    out = ecs.run_task(cluster=cluster, taskDefinition=name)
    assert out["tasks"] == [] and out["failures"][0]["reason"] == "INACTIVE"


def test_run_task_errors(ecs, cluster, name):
    register_instance(ecs, cluster)
    with pytest.raises(ClientError) as err:
        ecs.run_task(cluster=cluster, taskDefinition="no-such-family")
    assert code(err) == "ClientException"
    ecs.register_task_definition(family=name, containerDefinitions=[container()])
    with pytest.raises(ClientError) as err:
        ecs.run_task(cluster=cluster + "x", taskDefinition=name)
    assert code(err) == "ClusterNotFoundException"
    with pytest.raises(ClientError) as err:
        ecs.run_task(cluster=cluster, taskDefinition=name, count=11)
    assert code(err) == "InvalidParameterException"
    with pytest.raises(ClientError) as err:
        ecs.run_task(cluster=cluster, taskDefinition=name, overrides={"containerOverrides": [{"name": "ghost"}]})
    assert code(err) == "InvalidParameterException"
    with pytest.raises(ClientError) as err:
        ecs.run_task(cluster=cluster, taskDefinition=name, launchType="EC2", capacityProviderStrategy=[{"capacityProvider": "FARGATE"}])
    assert code(err) == "InvalidParameterException"
    with pytest.raises(ClientError) as err:
        ecs.run_task(cluster=cluster, taskDefinition=name, launchType="FARGATE")
    assert code(err) == "ClientException"
    ecs.deregister_task_definition(taskDefinition=f"{name}:1")
    with pytest.raises(ClientError) as err:
        ecs.run_task(cluster=cluster, taskDefinition=f"{name}:1")
    assert code(err) == "ClientException"
    assert ecs.list_tasks(cluster=cluster)["taskArns"] == []


def test_client_token_is_idempotent(ecs, cluster, name):
    register_instance(ecs, cluster, cpu=4096, memory=4096)
    ecs.register_task_definition(family=name, containerDefinitions=[container()])
    first = ecs.run_task(cluster=cluster, taskDefinition=name, count=2, clientToken="tok-1")
    again = ecs.run_task(cluster=cluster, taskDefinition=name, count=2, clientToken="tok-1")
    assert [t["taskArn"] for t in again["tasks"]] == [t["taskArn"] for t in first["tasks"]]
    assert len(ecs.list_tasks(cluster=cluster)["taskArns"]) == 2
    with pytest.raises(ClientError) as err:
        ecs.run_task(cluster=cluster, taskDefinition=name, count=1, clientToken="tok-1")
    assert code(err) == "ConflictException"
    assert sorted(err.value.response["resourceIds"]) == sorted(t["taskArn"] for t in first["tasks"])


def test_start_task_on_named_instances(ecs, cluster, name):
    a = register_instance(ecs, cluster, cpu=512, memory=512)
    b = register_instance(ecs, cluster, cpu=512, memory=512)
    ecs.register_task_definition(family=name, containerDefinitions=[container(memory=400)])
    out = ecs.start_task(cluster=cluster, taskDefinition=name,
                         containerInstances=[b["containerInstanceArn"], b["containerInstanceArn"], "missing"])
    assert [t["containerInstanceArn"] for t in out["tasks"]] == [b["containerInstanceArn"]]
    reasons = sorted(f["reason"] for f in out["failures"])
    assert reasons == ["MISSING", "RESOURCE:MEMORY"]
    assert a["containerInstanceArn"] not in [t["containerInstanceArn"] for t in out["tasks"]]


def test_state_changes_follow_the_lifecycle(ecs, cluster, name):
    inst = register_instance(ecs, cluster)
    ecs.register_task_definition(family=name, containerDefinitions=[container()])
    task = ecs.run_task(cluster=cluster, taskDefinition=name)["tasks"][0]
    arn = task["taskArn"]
    ecs.submit_task_state_change(cluster=cluster, task=arn, status="PENDING")
    ecs.submit_container_state_change(cluster=cluster, task=arn, containerName="app", status="RUNNING",
                                      runtimeId="abc", networkBindings=[{"bindIP": "127.0.0.1", "containerPort": 80, "hostPort": 32768, "protocol": "tcp"}])
    ecs.submit_task_state_change(cluster=cluster, task=arn, status="RUNNING")
    running = ecs.describe_tasks(cluster=cluster, tasks=[arn])["tasks"][0]
    assert running["lastStatus"] == "RUNNING" and "startedAt" in running
    assert running["containers"][0]["networkBindings"][0]["hostPort"] == 32768
    assert running["version"] > task["version"]
    cl = ecs.describe_clusters(clusters=[cluster])["clusters"][0]
    assert cl["runningTasksCount"] == 1 and cl["pendingTasksCount"] == 0

    # Status never moves backwards.
    ecs.submit_task_state_change(cluster=cluster, task=arn, status="PENDING")
    assert ecs.describe_tasks(cluster=cluster, tasks=[arn])["tasks"][0]["lastStatus"] == "RUNNING"

    # StopTask on a running task asks the agent; the task stays RUNNING until it reports.
    ecs.stop_task(cluster=cluster, task=arn)
    t = ecs.describe_tasks(cluster=cluster, tasks=[arn])["tasks"][0]
    assert t["desiredStatus"] == "STOPPED" and t["lastStatus"] == "RUNNING"
    assert arn in ecs.list_tasks(cluster=cluster, desiredStatus="STOPPED")["taskArns"]
    ecs.submit_container_state_change(cluster=cluster, task=arn, containerName="app", status="STOPPED", exitCode=0)
    ecs.submit_task_state_change(cluster=cluster, task=arn, status="STOPPED")
    t = ecs.describe_tasks(cluster=cluster, tasks=[arn])["tasks"][0]
    assert t["lastStatus"] == "STOPPED" and t["stopCode"] == "UserInitiated"
    assert t["containers"][0]["exitCode"] == 0
    with pytest.raises(ClientError) as err:
        ecs.submit_task_state_change(cluster=cluster, task=arn, status="SLEEPING")
    assert code(err) == "InvalidParameterException"


def test_list_tasks_filters_and_pages(ecs, cluster, name):
    a = register_instance(ecs, cluster, cpu=8192, memory=8192)
    ecs.register_task_definition(family=name, containerDefinitions=[container(memory=16)])
    ecs.register_task_definition(family=name + "b", containerDefinitions=[container(memory=16)])
    mine = ecs.run_task(cluster=cluster, taskDefinition=name, count=10, startedBy="me")["tasks"]
    other = ecs.run_task(cluster=cluster, taskDefinition=name + "b", count=2)["tasks"]
    arns = [t for p in ecs.get_paginator("list_tasks").paginate(cluster=cluster, PaginationConfig={"PageSize": 4}) for t in p["taskArns"]]
    assert sorted(arns) == sorted(t["taskArn"] for t in mine + other)
    assert sorted(ecs.list_tasks(cluster=cluster, family=name + "b")["taskArns"]) == sorted(t["taskArn"] for t in other)
    assert len(ecs.list_tasks(cluster=cluster, startedBy="me")["taskArns"]) == 10
    assert len(ecs.list_tasks(cluster=cluster, containerInstance=a["containerInstanceArn"])["taskArns"]) == 12
    assert ecs.list_tasks(cluster=cluster, launchType="FARGATE")["taskArns"] == []
    assert ecs.list_tasks(cluster=cluster, desiredStatus="STOPPED")["taskArns"] == []
    with pytest.raises(ClientError) as err:
        ecs.list_tasks(cluster=cluster, startedBy="me", family=name)
    assert code(err) == "InvalidParameterException"
    with pytest.raises(ClientError) as err:
        ecs.list_tasks(cluster=cluster, serviceName="nope")
    assert code(err) == "ServiceNotFoundException"


def test_fargate_tasks(ecs, cluster, name):
    register_instance(ecs, cluster, cpu=4096, memory=8192)
    ecs.register_task_definition(family=name, requiresCompatibilities=["FARGATE"], networkMode="awsvpc", cpu="256", memory="512",
                                 containerDefinitions=[{"name": "a", "image": "busybox", "essential": True}])
    with pytest.raises(ClientError) as err:
        ecs.run_task(cluster=cluster, taskDefinition=name, launchType="FARGATE")
    assert err.value.response["Error"]["Message"] == "Network Configuration must be provided when networkMode 'awsvpc' is specified."
    t = ecs.run_task(cluster=cluster, taskDefinition=name, launchType="FARGATE",
                     networkConfiguration={"awsvpcConfiguration": {"subnets": ["subnet-1"]}})["tasks"][0]
    assert t["launchType"] == "FARGATE" and t["platformVersion"] == "1.4.0" and t["cpu"] == "256"
    assert "containerInstanceArn" not in t


def test_run_task_refuses_what_the_runtime_cannot_run(ecs, cluster, name):
    register_instance(ecs, cluster)
    ecs.register_task_definition(family=name, containerDefinitions=[container(
        secrets=[{"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-1:000000000000:secret:db"}],
        linuxParameters={"initProcessEnabled": True},
    )])
    for call in (
        lambda: ecs.run_task(cluster=cluster, taskDefinition=name),
        lambda: ecs.start_task(cluster=cluster, taskDefinition=name,
                               containerInstances=ecs.list_container_instances(cluster=cluster)["containerInstanceArns"]),
    ):
        with pytest.raises(ClientError) as err:
            call()
        assert code(err) == "ClientException"
        message = err.value.response["Error"]["Message"]
        assert "containerDefinitions[app].secrets" in message, message
    assert ecs.list_tasks(cluster=cluster)["taskArns"] == []
    # What Docker can express runs.
    ecs.register_task_definition(family=name, containerDefinitions=[container(linuxParameters={"initProcessEnabled": True})])
    assert len(ecs.run_task(cluster=cluster, taskDefinition=name)["tasks"]) == 1
