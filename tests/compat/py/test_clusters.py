"""Clusters through boto3."""

import pytest
from botocore.exceptions import ClientError

from conftest import ACCOUNT, REGION, container, register_instance


def code(err):
    return err.value.response["Error"]["Code"]


def test_create_describe_delete(ecs, name):
    created = ecs.create_cluster(
        clusterName=name,
        tags=[{"key": "team", "value": "core"}],
        settings=[{"name": "containerInsights", "value": "enabled"}],
    )["cluster"]
    assert created["clusterArn"] == f"arn:aws:ecs:{REGION}:{ACCOUNT}:cluster/{name}"
    assert created["status"] == "ACTIVE"
    assert created["settings"] == [{"name": "containerInsights", "value": "enabled"}]
    assert created["registeredContainerInstancesCount"] == 0

    # Idempotent on name.
    again = ecs.create_cluster(clusterName=name)["cluster"]
    assert again["clusterArn"] == created["clusterArn"]
    assert again["settings"][0]["value"] == "enabled"

    described = ecs.describe_clusters(clusters=[name, created["clusterArn"]], include=["TAGS", "STATISTICS", "SETTINGS"])
    assert len(described["clusters"]) == 2
    assert described["clusters"][0]["tags"] == [{"key": "team", "value": "core"}]
    stats = {s["name"]: s["value"] for s in described["clusters"][0]["statistics"]}
    assert stats["runningEC2TasksCount"] == "0"

    plain = ecs.describe_clusters(clusters=[name])["clusters"][0]
    assert "tags" not in plain and "statistics" not in plain

    deleted = ecs.delete_cluster(cluster=name)["cluster"]
    assert deleted["status"] == "INACTIVE"
    assert created["clusterArn"] not in ecs.list_clusters()["clusterArns"]
    # INACTIVE clusters stay describable.
    assert ecs.describe_clusters(clusters=[name])["clusters"][0]["status"] == "INACTIVE"
    with pytest.raises(ClientError) as err:
        ecs.delete_cluster(cluster=name)
    assert code(err) == "ClusterNotFoundException"
    assert err.value.response["Error"]["Message"] == "Cluster not found."
    # Re-creating makes it ACTIVE again.
    assert ecs.create_cluster(clusterName=name)["cluster"]["status"] == "ACTIVE"


def test_describe_unknown_reports_missing(ecs, name):
    out = ecs.describe_clusters(clusters=[name])
    assert out["clusters"] == []
    assert out["failures"] == [{"arn": f"arn:aws:ecs:{REGION}:{ACCOUNT}:cluster/{name}", "reason": "MISSING"}]


def test_invalid_names_and_settings(ecs):
    with pytest.raises(ClientError) as err:
        ecs.create_cluster(clusterName="bad name!")
    assert code(err) == "InvalidParameterException"
    with pytest.raises(ClientError) as err:
        ecs.create_cluster(clusterName="ok", settings=[{"name": "containerInsights", "value": "sometimes"}])
    assert code(err) == "InvalidParameterException"


def test_list_clusters_paginates(ecs, name):
    names = [f"{name}-{i:02d}" for i in range(7)]
    for n in names:
        ecs.create_cluster(clusterName=n)
    pages = list(ecs.get_paginator("list_clusters").paginate(PaginationConfig={"PageSize": 3}))
    assert len(pages) >= 3
    arns = [a for p in pages for a in p["clusterArns"]]
    assert len(arns) == len(set(arns))
    for n in names:
        assert f"arn:aws:ecs:{REGION}:{ACCOUNT}:cluster/{n}" in arns
    with pytest.raises(ClientError) as err:
        ecs.list_clusters(maxResults=101)
    assert code(err) == "InvalidParameterException"
    with pytest.raises(ClientError) as err:
        ecs.list_clusters(nextToken="garbage")
    assert code(err) == "InvalidParameterException"


def test_update_cluster_and_settings(ecs, name):
    ecs.create_cluster(clusterName=name)
    out = ecs.update_cluster_settings(cluster=name, settings=[{"name": "containerInsights", "value": "enhanced"}])
    assert out["cluster"]["settings"] == [{"name": "containerInsights", "value": "enhanced"}]
    out = ecs.update_cluster(
        cluster=name,
        configuration={"executeCommandConfiguration": {"logging": "DEFAULT"}},
        serviceConnectDefaults={"namespace": "ns"},
    )["cluster"]
    assert out["configuration"]["executeCommandConfiguration"]["logging"] == "DEFAULT"
    assert out["serviceConnectDefaults"]["namespace"] == "ns"
    with pytest.raises(ClientError) as err:
        ecs.update_cluster(cluster=name + "-missing", settings=[])
    assert code(err) == "ClusterNotFoundException"


def test_delete_refused_while_instances_or_tasks_remain(ecs, name):
    ecs.create_cluster(clusterName=name)
    inst = register_instance(ecs, name)
    with pytest.raises(ClientError) as err:
        ecs.delete_cluster(cluster=name)
    assert code(err) == "ClusterContainsContainerInstancesException"
    ecs.register_task_definition(family=name, containerDefinitions=[container()])
    task = ecs.run_task(cluster=name, taskDefinition=name)["tasks"][0]
    ecs.deregister_container_instance(cluster=name, containerInstance=inst["containerInstanceArn"], force=True)
    with pytest.raises(ClientError) as err:
        ecs.delete_cluster(cluster=name)
    assert code(err) == "ClusterContainsTasksException"
    ecs.stop_task(cluster=name, task=task["taskArn"])
    assert ecs.delete_cluster(cluster=name)["cluster"]["status"] == "INACTIVE"


def test_default_cluster_is_created_by_instance_registration(ecs):
    # Registering without a cluster targets `default`, which ECS creates on demand.
    inst = ecs.register_container_instance(
        totalResources=[{"name": "CPU", "type": "INTEGER", "integerValue": 512}]
    )["containerInstance"]
    assert ":container-instance/default/" in inst["containerInstanceArn"]
    described = ecs.describe_clusters()["clusters"]
    assert described[0]["clusterName"] == "default"
    ecs.deregister_container_instance(containerInstance=inst["containerInstanceArn"], force=True)


def test_capacity_providers(ecs, name):
    builtin = ecs.describe_capacity_providers(capacityProviders=["FARGATE", "FARGATE_SPOT"])["capacityProviders"]
    assert [p["name"] for p in builtin] == ["FARGATE", "FARGATE_SPOT"]
    cp_name = f"cp{name}"
    created = ecs.create_capacity_provider(
        name=cp_name,
        autoScalingGroupProvider={"autoScalingGroupArn": "arn:aws:autoscaling:us-east-1:000000000000:autoScalingGroup:x:autoScalingGroupName/asg"},
        tags=[{"key": "a", "value": "b"}],
    )["capacityProvider"]
    assert created["status"] == "ACTIVE"
    assert created["capacityProviderArn"].endswith(f":capacity-provider/{cp_name}")
    with pytest.raises(ClientError) as err:
        ecs.create_capacity_provider(name="fargate-x", autoScalingGroupProvider={"autoScalingGroupArn": "a"})
    assert code(err) == "ClientException"

    ecs.create_cluster(clusterName=name)
    with pytest.raises(ClientError) as err:
        ecs.put_cluster_capacity_providers(
            cluster=name,
            capacityProviders=["FARGATE", cp_name],
            defaultCapacityProviderStrategy=[
                {"capacityProvider": "FARGATE", "weight": 1},
                {"capacityProvider": cp_name, "weight": 1},
            ],
        )
    assert code(err) == "InvalidParameterException"
    with pytest.raises(ClientError) as err:
        ecs.put_cluster_capacity_providers(
            cluster=name,
            capacityProviders=["FARGATE", "FARGATE_SPOT"],
            defaultCapacityProviderStrategy=[
                {"capacityProvider": "FARGATE", "weight": 1, "base": 1},
                {"capacityProvider": "FARGATE_SPOT", "weight": 1, "base": 2},
            ],
        )
    assert code(err) == "InvalidParameterException"
    out = ecs.put_cluster_capacity_providers(
        cluster=name,
        capacityProviders=["FARGATE", "FARGATE_SPOT"],
        defaultCapacityProviderStrategy=[{"capacityProvider": "FARGATE", "weight": 1, "base": 1}],
    )["cluster"]
    assert out["capacityProviders"] == ["FARGATE", "FARGATE_SPOT"]
    assert out["defaultCapacityProviderStrategy"][0]["base"] == 1

    updated = ecs.update_capacity_provider(
        name=cp_name, autoScalingGroupProvider={"managedTerminationProtection": "DISABLED"}
    )["capacityProvider"]
    assert updated["autoScalingGroupProvider"]["managedTerminationProtection"] == "DISABLED"
    deleted = ecs.delete_capacity_provider(capacityProvider=cp_name)["capacityProvider"]
    assert deleted["status"] == "INACTIVE"

    listed = ecs.describe_capacity_providers(maxResults=1)
    assert len(listed["capacityProviders"]) == 1 and "nextToken" in listed
