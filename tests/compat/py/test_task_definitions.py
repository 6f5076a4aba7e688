"""Task definitions through boto3: every member stored and returned, ECS's validation."""

import copy

import pytest
from botocore.exceptions import ClientError

from conftest import ACCOUNT, REGION, container

REALISTIC = {
    "networkMode": "bridge",
    "taskRoleArn": "arn:aws:iam::000000000000:role/app",
    "executionRoleArn": "arn:aws:iam::000000000000:role/exec",
    "containerDefinitions": [
        {
            "name": "web",
            "image": "nginx:1.27",
            "cpu": 256,
            "memory": 512,
            "memoryReservation": 256,
            "essential": True,
            "portMappings": [{"containerPort": 80, "hostPort": 8080, "protocol": "tcp", "name": "http", "appProtocol": "http"}],
            "environment": [{"name": "MODE", "value": "prod"}],
            "command": ["nginx", "-g", "daemon off;"],
            "logConfiguration": {
                "logDriver": "awslogs",
                "options": {"awslogs-group": "/ecs/web", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web"},
            },
            "healthCheck": {"command": ["CMD-SHELL", "wget -q -O- localhost || exit 1"], "interval": 10, "timeout": 5, "retries": 3, "startPeriod": 5},
            "dependsOn": [{"containerName": "init", "condition": "SUCCESS"}, {"containerName": "sidecar", "condition": "HEALTHY"}],
            "mountPoints": [{"sourceVolume": "data", "containerPath": "/data", "readOnly": False}],
            "ulimits": [{"name": "nofile", "softLimit": 1024, "hardLimit": 4096}],
            "dockerLabels": {"tier": "front"},
            "linuxParameters": {"initProcessEnabled": True, "capabilities": {"add": ["NET_ADMIN"]}},
            "stopTimeout": 20,
        },
        {
            "name": "sidecar",
            "image": "busybox",
            "memoryReservation": 32,
            "essential": True,
            "healthCheck": {"command": ["CMD", "true"]},
        },
        {"name": "init", "image": "busybox", "memory": 16, "essential": False, "command": ["true"]},
    ],
    "volumes": [{"name": "data", "host": {"sourcePath": "/tmp/data"}}],
    "placementConstraints": [{"type": "memberOf", "expression": "attribute:ecs.os-type == linux"}],
    "requiresCompatibilities": ["EC2"],
    "pidMode": "task",
    "tags": [{"key": "app", "value": "web"}],
}


def code(err):
    return err.value.response["Error"]["Code"]


def test_empty_role_arns_mean_no_role(ecs, name):
    # What tools that copy a described task definition into a new revision send.
    td = ecs.register_task_definition(family=name, containerDefinitions=[container()],
                                      taskRoleArn="", executionRoleArn="")["taskDefinition"]
    assert "taskRoleArn" not in td and "executionRoleArn" not in td
    assert "com.amazonaws.ecs.capability.task-iam-role" not in {a["name"] for a in td["requiresAttributes"]}


def test_register_returns_every_member(ecs, name):
    out = ecs.register_task_definition(family=name, **copy.deepcopy(REALISTIC))
    td = out["taskDefinition"]
    assert td["taskDefinitionArn"] == f"arn:aws:ecs:{REGION}:{ACCOUNT}:task-definition/{name}:1"
    assert td["revision"] == 1 and td["status"] == "ACTIVE"
    assert td["registeredBy"] == f"arn:aws:iam::{ACCOUNT}:root"
    assert "registeredAt" in td
    assert td["containerDefinitions"] == REALISTIC["containerDefinitions"]
    assert td["volumes"] == REALISTIC["volumes"]
    for key in ["taskRoleArn", "executionRoleArn", "networkMode", "placementConstraints", "pidMode", "requiresCompatibilities"]:
        assert td[key] == REALISTIC[key], key
    assert "EC2" in td["compatibilities"]
    required = {a["name"] for a in td["requiresAttributes"]}
    assert "com.amazonaws.ecs.capability.logging-driver.awslogs" in required
    assert "ecs.capability.container-health-check" in required
    assert out["tags"] == [{"key": "app", "value": "web"}]

    second = ecs.register_task_definition(family=name, containerDefinitions=[container()])["taskDefinition"]
    assert second["revision"] == 2

    latest = ecs.describe_task_definition(taskDefinition=name)["taskDefinition"]
    assert latest["revision"] == 2
    first = ecs.describe_task_definition(taskDefinition=f"{name}:1", include=["TAGS"])
    assert first["taskDefinition"]["containerDefinitions"] == REALISTIC["containerDefinitions"]
    assert first["tags"] == [{"key": "app", "value": "web"}]
    by_arn = ecs.describe_task_definition(taskDefinition=td["taskDefinitionArn"])["taskDefinition"]
    assert by_arn["revision"] == 1


def test_fargate_rules(ecs, name):
    base = dict(family=name, requiresCompatibilities=["FARGATE"], networkMode="awsvpc",
                containerDefinitions=[{"name": "a", "image": "busybox", "essential": True}])
    ok = ecs.register_task_definition(cpu="256", memory="512", **base)["taskDefinition"]
    assert "FARGATE" in ok["compatibilities"]
    ok = ecs.register_task_definition(cpu="1 vCPU", memory="2 GB", **base)["taskDefinition"]
    assert ok["cpu"] == "1 vCPU"
    with pytest.raises(ClientError) as err:
        ecs.register_task_definition(cpu="256", memory="3072", **base)
    assert code(err) == "ClientException"
    assert err.value.response["Error"]["Message"] == (
        "No Fargate configuration exists for given values: 256 CPU, 3072 memory. "
        "See the Amazon ECS documentation for the valid values."
    )
    bridge = dict(base, networkMode="bridge")
    with pytest.raises(ClientError) as err:
        ecs.register_task_definition(cpu="256", memory="512", **bridge)
    assert "awsvpc" in err.value.response["Error"]["Message"]
    with pytest.raises(ClientError):
        ecs.register_task_definition(**base)


@pytest.mark.parametrize(
    "change, message_part",
    [
        (lambda td: td.update(containerDefinitions=[]), "Container list cannot be empty"),
        (lambda td: td.update(containerDefinitions=[container(f"c{i}") for i in range(11)]), "at most 10"),
        (lambda td: td.update(containerDefinitions=[container("a"), container("a")]), "Duplicate container name"),
        (lambda td: td.update(containerDefinitions=[container(essential=False)]), "at least one essential"),
        (lambda td: td.update(containerDefinitions=[{"name": "a", "image": "x", "essential": True}]), "memory"),
        (lambda td: td.update(containerDefinitions=[container(image="")]), "image"),
        (lambda td: td.update(containerDefinitions=[container(memory=64, memoryReservation=128)]), "memoryReservation"),
        (lambda td: td.update(networkMode="awsvpc", containerDefinitions=[container(portMappings=[{"containerPort": 80, "hostPort": 81}])]),
         "host ports and container ports"),
        (lambda td: td.update(containerDefinitions=[container(dependsOn=[{"containerName": "ghost", "condition": "START"}])]), "ghost"),
        (lambda td: td.update(containerDefinitions=[
            container("a", dependsOn=[{"containerName": "b", "condition": "START"}]),
            container("b", dependsOn=[{"containerName": "a", "condition": "START"}])]), "cycle"),
        (lambda td: td.update(containerDefinitions=[
            container("a", dependsOn=[{"containerName": "b", "condition": "HEALTHY"}]), container("b")]), "healthCheck"),
        (lambda td: td.update(containerDefinitions=[container(logConfiguration={"logDriver": "awslogs", "options": {}})]), "awslogs-group"),
        (lambda td: td.update(containerDefinitions=[container(logConfiguration={"logDriver": "awslogs", "options": {"awslogs-group": "g", "awslogs-bogus": "1"}})]), "awslogs-bogus"),
        (lambda td: td.update(containerDefinitions=[container(healthCheck={"command": ["CMD-SHELL", "true"], "interval": 1})]), "interval"),
        (lambda td: td.update(containerDefinitions=[container(mountPoints=[{"sourceVolume": "nope", "containerPath": "/x"}])]), "nope"),
        (lambda td: td.update(family="bad family"), "Family"),
    ],
)
def test_invalid_definitions_are_refused(ecs, name, change, message_part):
    td = {"family": name, "containerDefinitions": [container()]}
    change(td)
    with pytest.raises(ClientError) as err:
        ecs.register_task_definition(**td)
    assert code(err) == "ClientException", err.value.response
    assert message_part.lower() in err.value.response["Error"]["Message"].lower()
    # Nothing was registered.
    with pytest.raises(ClientError):
        ecs.describe_task_definition(taskDefinition=td["family"])


def test_deregister_and_delete(ecs, name):
    arn = ecs.register_task_definition(family=name, containerDefinitions=[container()])["taskDefinition"]["taskDefinitionArn"]
    with pytest.raises(ClientError) as err:
        ecs.deregister_task_definition(taskDefinition=name)
    assert code(err) == "InvalidParameterException"
    out = ecs.delete_task_definitions(taskDefinitions=[arn])
    assert out["taskDefinitions"] == []
    assert "ACTIVE" in out["failures"][0]["reason"]
    inactive = ecs.deregister_task_definition(taskDefinition=f"{name}:1")["taskDefinition"]
    assert inactive["status"] == "INACTIVE" and "deregisteredAt" in inactive
    # Still describable by revision, no longer the latest ACTIVE.
    assert ecs.describe_task_definition(taskDefinition=f"{name}:1")["taskDefinition"]["status"] == "INACTIVE"
    with pytest.raises(ClientError) as err:
        ecs.describe_task_definition(taskDefinition=name)
    assert code(err) == "ClientException"
    assert name in ecs.list_task_definition_families(status="INACTIVE", familyPrefix=name)["families"]
    assert name not in ecs.list_task_definition_families(familyPrefix=name)["families"]
    deleted = ecs.delete_task_definitions(taskDefinitions=[arn])["taskDefinitions"][0]
    assert deleted["status"] == "DELETE_IN_PROGRESS"


def test_list_task_definitions_sorting_and_paging(ecs, name):
    for fam in [f"{name}a", f"{name}b"]:
        for _ in range(3):
            ecs.register_task_definition(family=fam, containerDefinitions=[container()])
    ecs.deregister_task_definition(taskDefinition=f"{name}a:2")
    asc = [a for p in ecs.get_paginator("list_task_definitions").paginate(PaginationConfig={"PageSize": 2}) for a in p["taskDefinitionArns"]]
    mine = [a.split("/")[-1] for a in asc if f"/{name}" in a]
    assert mine == [f"{name}a:1", f"{name}a:3", f"{name}b:1", f"{name}b:2", f"{name}b:3"]
    desc = [a for p in ecs.get_paginator("list_task_definitions").paginate(sort="DESC", PaginationConfig={"PageSize": 2}) for a in p["taskDefinitionArns"]]
    mine_desc = [a.split("/")[-1] for a in desc if f"/{name}" in a]
    assert mine_desc == list(reversed(mine))
    family_only = ecs.list_task_definitions(familyPrefix=f"{name}b")["taskDefinitionArns"]
    assert len(family_only) == 3
    inactive = ecs.list_task_definitions(familyPrefix=f"{name}a", status="INACTIVE")["taskDefinitionArns"]
    assert [a.split("/")[-1] for a in inactive] == [f"{name}a:2"]
    families = [f for p in ecs.get_paginator("list_task_definition_families").paginate(familyPrefix=name, PaginationConfig={"PageSize": 1}) for f in p["families"]]
    assert families == [f"{name}a", f"{name}b"]
