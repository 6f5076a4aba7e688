"""IAM policies decide what users and role sessions may do on ECS and CloudWatch Logs; a refused
call gets AWS's AccessDeniedException and changes nothing."""

import json
import uuid

import boto3
import botocore.config
import botocore.exceptions
import pytest

from conftest import ACCOUNT, REGION, register_instance, container


def client(server, service, key=("keel", "keel", None)):
    return boto3.client(
        service,
        endpoint_url=server.endpoint,
        region_name=REGION,
        aws_access_key_id=key[0],
        aws_secret_access_key=key[1],
        aws_session_token=key[2],
        config=botocore.config.Config(retries={"max_attempts": 1}),
    )


def unique(prefix):
    return prefix + uuid.uuid4().hex[:10]


def user(server, *statements, managed=()):
    iam = client(server, "iam")
    name = unique("u")
    iam.create_user(UserName=name)
    if statements:
        iam.put_user_policy(UserName=name, PolicyName="p",
                            PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": list(statements)}))
    for arn in managed:
        iam.attach_user_policy(UserName=name, PolicyArn=arn)
    key = iam.create_access_key(UserName=name)["AccessKey"]
    return name, (key["AccessKeyId"], key["SecretAccessKey"], None)


def running_task(ecs, cluster):
    ecs.create_cluster(clusterName=cluster)
    register_instance(ecs, cluster)
    family = unique("fam")
    ecs.register_task_definition(family=family, containerDefinitions=[container()])
    task = ecs.run_task(cluster=cluster, taskDefinition=family)["tasks"][0]
    return family, task["taskArn"]


def denied(err):
    return err.value.response["Error"]["Code"], err.value.response["Error"]["Message"]


def test_a_read_only_user_can_describe_but_not_run_or_stop(server):
    root = client(server, "ecs")
    cluster = unique("c")
    family, task_arn = running_task(root, cluster)
    name, key = user(server, managed=["arn:aws:iam::aws:policy/ReadOnlyAccess"])
    ecs = client(server, "ecs", key)
    described = ecs.describe_tasks(cluster=cluster, tasks=[task_arn])["tasks"]
    assert [t["taskArn"] for t in described] == [task_arn]
    assert cluster in [a.split("/")[-1] for a in ecs.list_clusters()["clusterArns"]]

    with pytest.raises(botocore.exceptions.ClientError) as err:
        ecs.stop_task(cluster=cluster, task=task_arn)
    code, message = denied(err)
    assert err.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    assert code == "AccessDeniedException"
    assert message == (
        f"User: arn:aws:iam::{ACCOUNT}:user/{name} is not authorized to perform: ecs:StopTask "
        f"on resource: {task_arn} because no identity-based policy allows the ecs:StopTask action"
    )
    with pytest.raises(botocore.exceptions.ClientError) as err:
        ecs.run_task(cluster=cluster, taskDefinition=family)
    code, message = denied(err)
    assert code == "AccessDeniedException"
    assert f"ecs:RunTask on resource: arn:aws:ecs:{REGION}:{ACCOUNT}:task-definition/{family}:1 " in message

    # Nothing changed: the task still runs, no second task appeared.
    tasks = root.list_tasks(cluster=cluster)["taskArns"]
    assert tasks == [task_arn]
    assert root.describe_tasks(cluster=cluster, tasks=[task_arn])["tasks"][0]["desiredStatus"] == "RUNNING"


def test_a_deny_on_one_cluster_holds_under_allow_ecs_star(server):
    root = client(server, "ecs")
    prod, dev = unique("prod"), unique("dev")
    _, prod_task = running_task(root, prod)
    _, dev_task = running_task(root, dev)
    _, key = user(
        server,
        {"Effect": "Allow", "Action": "ecs:*", "Resource": "*"},
        {"Effect": "Deny", "Action": "ecs:StopTask", "Resource": "*",
         "Condition": {"ArnEquals": {"ecs:cluster": f"arn:aws:ecs:{REGION}:{ACCOUNT}:cluster/{prod}"}}},
    )
    ecs = client(server, "ecs", key)
    with pytest.raises(botocore.exceptions.ClientError) as err:
        ecs.stop_task(cluster=prod, task=prod_task)
    code, message = denied(err)
    assert code == "AccessDeniedException"
    assert message.endswith("with an explicit deny in an identity-based policy")
    assert root.describe_tasks(cluster=prod, tasks=[prod_task])["tasks"][0]["desiredStatus"] == "RUNNING"
    stopped = ecs.stop_task(cluster=dev, task=dev_task)["task"]
    assert stopped["desiredStatus"] == "STOPPED"


def test_resource_level_allow_and_policy_variables(server):
    root = client(server, "ecs")
    mine = unique("mine")
    other = unique("other")
    for c in (mine, other):
        root.create_cluster(clusterName=c)
    _, key = user(server, {"Effect": "Allow", "Action": "ecs:DescribeClusters",
                           "Resource": f"arn:aws:ecs:*:*:cluster/{mine}"})
    ecs = client(server, "ecs", key)
    assert ecs.describe_clusters(clusters=[mine])["clusters"][0]["clusterName"] == mine
    with pytest.raises(botocore.exceptions.ClientError) as err:
        ecs.describe_clusters(clusters=[mine, other])
    assert denied(err)[0] == "AccessDeniedException"
    assert f"cluster/{other}" in denied(err)[1]


def test_logs_are_authorized_per_log_group(server):
    logs_root = client(server, "logs")
    allowed, forbidden = "/app/" + unique("a"), "/other/" + unique("b")
    _, key = user(server, {"Effect": "Allow", "Action": "logs:*",
                           "Resource": f"arn:aws:logs:{REGION}:{ACCOUNT}:log-group:/app/*"})
    logs = client(server, "logs", key)
    logs.create_log_group(logGroupName=allowed)
    with pytest.raises(botocore.exceptions.ClientError) as err:
        logs.create_log_group(logGroupName=forbidden)
    assert denied(err)[0] == "AccessDeniedException"
    names = [g["logGroupName"] for g in logs_root.describe_log_groups()["logGroups"]]
    assert allowed in names and forbidden not in names


def test_conditions_on_source_ip_and_region(server):
    root = client(server, "ecs")
    cluster = unique("ip")
    root.create_cluster(clusterName=cluster)
    _, from_elsewhere = user(server, {"Effect": "Allow", "Action": "ecs:ListClusters", "Resource": "*",
                                      "Condition": {"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}})
    with pytest.raises(botocore.exceptions.ClientError):
        client(server, "ecs", from_elsewhere).list_clusters()
    _, loopback = user(server, {"Effect": "Allow", "Action": "ecs:ListClusters", "Resource": "*",
                                "Condition": {"IpAddress": {"aws:SourceIp": "127.0.0.0/8"},
                                              "StringEquals": {"aws:RequestedRegion": REGION}}})
    client(server, "ecs", loopback).list_clusters()
    other_region = boto3.client("ecs", endpoint_url=server.endpoint, region_name="eu-west-1",
                                aws_access_key_id=loopback[0], aws_secret_access_key=loopback[1],
                                config=botocore.config.Config(retries={"max_attempts": 1}))
    with pytest.raises(botocore.exceptions.ClientError):
        other_region.list_clusters()


def test_tagging_at_creation_needs_tag_resource(server):
    _, key = user(server, {"Effect": "Allow", "Action": "ecs:CreateCluster", "Resource": "*"})
    ecs = client(server, "ecs", key)
    ecs.create_cluster(clusterName=unique("plain"))
    with pytest.raises(botocore.exceptions.ClientError) as err:
        ecs.create_cluster(clusterName=unique("tagged"), tags=[{"key": "team", "value": "x"}])
    assert "ecs:TagResource" in denied(err)[1]
