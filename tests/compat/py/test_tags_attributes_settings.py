"""Tags, attributes and account settings through boto3."""

import pytest
from botocore.exceptions import ClientError

from conftest import container, register_instance


def code(err):
    return err.value.response["Error"]["Code"]


def test_tags_on_every_taggable_resource(ecs, name):
    cluster_arn = ecs.create_cluster(clusterName=name)["cluster"]["clusterArn"]
    td_arn = ecs.register_task_definition(family=name, containerDefinitions=[container()])["taskDefinition"]["taskDefinitionArn"]
    inst_arn = register_instance(ecs, name)["containerInstanceArn"]
    task_arn = ecs.run_task(cluster=name, taskDefinition=name)["tasks"][0]["taskArn"]
    cp_arn = ecs.create_capacity_provider(name="cp" + name, autoScalingGroupProvider={"autoScalingGroupArn": "asg"})["capacityProvider"]["capacityProviderArn"]
    for arn in [cluster_arn, td_arn, inst_arn, task_arn, cp_arn]:
        ecs.tag_resource(resourceArn=arn, tags=[{"key": "a", "value": "1"}, {"key": "b", "value": "2"}])
        ecs.tag_resource(resourceArn=arn, tags=[{"key": "a", "value": "3"}])
        ecs.untag_resource(resourceArn=arn, tagKeys=["b"])
        assert ecs.list_tags_for_resource(resourceArn=arn)["tags"] == [{"key": "a", "value": "3"}], arn
    with pytest.raises(ClientError) as err:
        ecs.tag_resource(resourceArn=cluster_arn, tags=[{"key": "aws:reserved", "value": "x"}])
    assert code(err) == "InvalidParameterException"
    with pytest.raises(ClientError) as err:
        ecs.tag_resource(resourceArn=cluster_arn, tags=[{"key": f"k{i}", "value": "v"} for i in range(50)])
    assert code(err) == "InvalidParameterException"
    assert ecs.list_tags_for_resource(resourceArn=cluster_arn)["tags"] == [{"key": "a", "value": "3"}]
    with pytest.raises(ClientError) as err:
        ecs.list_tags_for_resource(resourceArn=cluster_arn + "-missing")
    assert code(err) == "ClusterNotFoundException"
    with pytest.raises(ClientError) as err:
        ecs.list_tags_for_resource(resourceArn="not-an-arn")
    assert code(err) == "InvalidParameterException"


def test_attributes(ecs, name):
    ecs.create_cluster(clusterName=name)
    a = register_instance(ecs, name)["containerInstanceArn"]
    b = register_instance(ecs, name)["containerInstanceArn"]
    ecs.put_attributes(cluster=name, attributes=[
        {"name": "stack", "value": "prod", "targetType": "container-instance", "targetId": a},
        {"name": "stack", "value": "test", "targetId": b.split("/")[-1]},
        {"name": "gpu", "targetId": a},
    ])
    listed = ecs.list_attributes(cluster=name, targetType="container-instance", attributeName="stack")["attributes"]
    assert sorted((x["targetId"], x["value"]) for x in listed) == sorted([(a, "prod"), (b, "test")])
    prod = ecs.list_attributes(cluster=name, targetType="container-instance", attributeName="stack", attributeValue="prod")["attributes"]
    assert [x["targetId"] for x in prod] == [a]
    inst = ecs.describe_container_instances(cluster=name, containerInstances=[a])["containerInstances"][0]
    assert {"name": "gpu"} in inst["attributes"]
    ecs.delete_attributes(cluster=name, attributes=[{"name": "gpu", "targetId": a}])
    assert ecs.list_attributes(cluster=name, targetType="container-instance", attributeName="gpu")["attributes"] == []
    with pytest.raises(ClientError) as err:
        ecs.put_attributes(cluster=name, attributes=[{"name": "x", "targetId": "0" * 32}])
    assert code(err) == "TargetNotFoundException"
    with pytest.raises(ClientError) as err:
        ecs.put_attributes(cluster=name, attributes=[{"name": "bad name", "targetId": a}])
    assert code(err) == "InvalidParameterException"
    many = [{"name": f"c{i}", "value": "v", "targetId": a} for i in range(10)]
    with pytest.raises(ClientError) as err:
        ecs.put_attributes(cluster=name, attributes=many)
    assert code(err) == "AttributeLimitExceededException"
    # The failed call changed nothing.
    assert ecs.list_attributes(cluster=name, targetType="container-instance", attributeName="c0")["attributes"] == []


def test_account_settings(ecs, name):
    effective = ecs.list_account_settings(effectiveSettings=True, name="taskLongArnFormat")["settings"]
    assert effective[0]["value"] == "enabled"
    principal = f"arn:aws:iam::000000000000:user/{name}"
    put = ecs.put_account_setting(name="containerInsights", value="enhanced", principalArn=principal)["setting"]
    assert put == {"name": "containerInsights", "value": "enhanced", "principalArn": principal, "type": "user"}
    mine = ecs.list_account_settings(principalArn=principal)["settings"]
    assert mine == [put]
    assert ecs.list_account_settings(principalArn=principal, effectiveSettings=True, name="awsvpcTrunking")["settings"][0]["value"] == "disabled"
    with pytest.raises(ClientError) as err:
        ecs.put_account_setting(name="containerInsights", value="loud", principalArn=principal)
    assert code(err) == "InvalidParameterException"
    deleted = ecs.delete_account_setting(name="containerInsights", principalArn=principal)["setting"]
    assert deleted["value"] == "enhanced"
    assert ecs.list_account_settings(principalArn=principal)["settings"] == []
    pages = list(ecs.get_paginator("list_account_settings").paginate(effectiveSettings=True, PaginationConfig={"PageSize": 4}))
    assert len(pages) >= 3


def test_short_arn_format_is_honoured(server):
    from conftest import make_client
    west = make_client(server.endpoint, "ap-south-1")
    west.put_account_setting_default(name="taskLongArnFormat", value="disabled")
    west.create_cluster(clusterName="short")
    register_instance(west, "short")
    west.register_task_definition(family="short", containerDefinitions=[container()])
    arn = west.run_task(cluster="short", taskDefinition="short")["tasks"][0]["taskArn"]
    assert arn.split(":")[-1].count("/") == 1, arn
    assert west.describe_tasks(cluster="short", tasks=[arn])["tasks"][0]["taskArn"] == arn
