"""CloudWatch Logs log groups through boto3 and the AWS CLI: create, describe, list, retention,
tags, and the errors."""

import botocore.exceptions
import pytest

from conftest import ACCOUNT, REGION


def error_code(call, **kwargs):
    with pytest.raises(botocore.exceptions.ClientError) as err:
        call(**kwargs)
    return err.value.response["Error"]["Code"], err.value.response["Error"]["Message"]


def test_create_describe_and_delete(logs, name):
    group = f"/keel/{name}"
    logs.create_log_group(logGroupName=group, tags={"team": "core"}, logGroupClass="INFREQUENT_ACCESS", kmsKeyId="k1")
    code, message = error_code(logs.create_log_group, logGroupName=group)
    assert code == "ResourceAlreadyExistsException"
    assert message == "The specified log group already exists"
    found = logs.describe_log_groups(logGroupNamePrefix=group)["logGroups"]
    assert len(found) == 1
    g = found[0]
    assert g["logGroupName"] == group
    assert g["arn"] == f"arn:aws:logs:{REGION}:{ACCOUNT}:log-group:{group}:*"
    assert g["logGroupArn"] == f"arn:aws:logs:{REGION}:{ACCOUNT}:log-group:{group}"
    assert g["logGroupClass"] == "INFREQUENT_ACCESS"
    assert g["kmsKeyId"] == "k1"
    assert g["storedBytes"] == 0
    assert "retentionInDays" not in g
    assert logs.list_tags_log_group(logGroupName=group)["tags"] == {"team": "core"}
    logs.delete_log_group(logGroupName=group)
    assert logs.describe_log_groups(logGroupNamePrefix=group)["logGroups"] == []
    code, message = error_code(logs.delete_log_group, logGroupName=group)
    assert code == "ResourceNotFoundException"
    assert message == "The specified log group does not exist."


def test_bad_names_and_arguments(logs):
    code, message = error_code(logs.create_log_group, logGroupName="has space")
    assert code == "InvalidParameterException"
    assert "logGroupName" in message
    code, _ = error_code(logs.describe_log_groups, logGroupNamePrefix="a", logGroupNamePattern="b")
    assert code == "InvalidParameterException"
    code, _ = error_code(logs.describe_log_groups, limit=51)
    assert code == "InvalidParameterException"


def test_retention_policy(logs, name):
    group = f"/keel/{name}"
    logs.create_log_group(logGroupName=group)
    logs.put_retention_policy(logGroupName=group, retentionInDays=30)
    assert logs.describe_log_groups(logGroupNamePrefix=group)["logGroups"][0]["retentionInDays"] == 30
    code, message = error_code(logs.put_retention_policy, logGroupName=group, retentionInDays=2)
    assert code == "InvalidParameterException"
    assert "retentionInDays" in message
    logs.delete_retention_policy(logGroupName=group)
    assert "retentionInDays" not in logs.describe_log_groups(logGroupNamePrefix=group)["logGroups"][0]
    code, _ = error_code(logs.put_retention_policy, logGroupName=group + "-nope", retentionInDays=7)
    assert code == "ResourceNotFoundException"


def test_pagination_and_patterns(logs, name):
    groups = [f"/page/{name}/{i:02}" for i in range(7)]
    for g in groups:
        logs.create_log_group(logGroupName=g)
    seen = []
    for page in logs.get_paginator("describe_log_groups").paginate(
        logGroupNamePrefix=f"/page/{name}/", PaginationConfig={"PageSize": 3}
    ):
        assert len(page["logGroups"]) <= 3
        seen += [g["logGroupName"] for g in page["logGroups"]]
    assert seen == groups
    # A pattern is a case-insensitive substring.
    found = logs.describe_log_groups(logGroupNamePattern=f"{name.upper()}/0")["logGroups"]
    assert [g["logGroupName"] for g in found] == groups
    listed = logs.list_log_groups(logGroupNamePattern=f"{name}/03")["logGroups"]
    assert listed == [{
        "logGroupName": groups[3],
        "logGroupArn": f"arn:aws:logs:{REGION}:{ACCOUNT}:log-group:{groups[3]}",
        "logGroupClass": "STANDARD",
    }]


def test_tags_by_name_and_by_arn(logs, name):
    group = f"/keel/{name}"
    logs.create_log_group(logGroupName=group)
    arn = f"arn:aws:logs:{REGION}:{ACCOUNT}:log-group:{group}"
    logs.tag_resource(resourceArn=arn, tags={"a": "1", "b": "2"})
    logs.tag_log_group(logGroupName=group, tags={"c": "3"})
    assert logs.list_tags_for_resource(resourceArn=arn)["tags"] == {"a": "1", "b": "2", "c": "3"}
    logs.untag_resource(resourceArn=arn, tagKeys=["a"])
    logs.untag_log_group(logGroupName=group, tags=["c"])
    assert logs.list_tags_log_group(logGroupName=group)["tags"] == {"b": "2"}
    code, _ = error_code(logs.tag_resource, resourceArn=arn, tags={"aws:x": "1"})
    assert code == "InvalidParameterException"
    code, _ = error_code(logs.tag_resource, resourceArn=arn, tags={f"k{i}": "v" for i in range(50)})
    assert code == "TooManyTagsException"
    assert logs.list_tags_log_group(logGroupName=group)["tags"] == {"b": "2"}
    code, _ = error_code(logs.list_tags_for_resource, resourceArn=arn + "-nope")
    assert code == "ResourceNotFoundException"


def test_not_yet_implemented_operations_say_so(logs, name):
    code, message = error_code(logs.get_data_protection_policy, logGroupIdentifier="/x")
    assert code == "UnsupportedOperationException"
    assert "GetDataProtectionPolicy" in message


def test_the_aws_cli_creates_and_describes(cli, name):
    group = f"/cli/{name}"
    cli.run("logs", "create-log-group", "--log-group-name", group)
    out = cli.json("logs", "describe-log-groups", "--log-group-name-prefix", group)
    assert out["logGroups"][0]["logGroupName"] == group


def test_test_metric_filter(logs):
    out = logs.test_metric_filter(
        filterPattern="[ip, user, username, timestamp, request, status_code = 4*, bytes]",
        logEventMessages=[
            '127.0.0.1 - frank [10/Oct/2000:13:25:15 -0700] "GET /a HTTP/1.0" 404 1534',
            '127.0.0.1 - frank [10/Oct/2000:13:25:16 -0700] "GET /b HTTP/1.0" 200 10',
            '127.0.0.1 - frank [10/Oct/2000:13:25:17 -0700] "GET /c HTTP/1.0" 401 7',
        ],
    )
    matches = out["matches"]
    assert [m["eventNumber"] for m in matches] == [1, 3]
    assert matches[0]["extractedValues"]["$status_code"] == "404"
    assert matches[0]["extractedValues"]["$bytes"] == "1534"
    json_out = logs.test_metric_filter(
        filterPattern='{ $.level = "error" && $.latency > 100 }',
        logEventMessages=['{"level":"error","latency":250}', '{"level":"error","latency":50}', "plain text"],
    )
    assert [m["eventNumber"] for m in json_out["matches"]] == [1]
    code, message = error_code(logs.test_metric_filter, filterPattern="{ $.latency }", logEventMessages=["x"])
    assert code == "InvalidParameterException"
    assert "position" in message


def transformation(value="$bytes", **extra):
    return [dict({"metricName": "Bytes", "metricNamespace": "Web", "metricValue": value}, **extra)]


def test_metric_filters(logs, name):
    group = f"/mf/{name}"
    other = f"/mf/{name}/child"
    logs.create_log_group(logGroupName=group)
    logs.create_log_group(logGroupName=other)
    pattern = "[ip, user, username, timestamp, request, status_code, bytes]"
    logs.put_metric_filter(logGroupName=group, filterName="bytes", filterPattern=pattern, metricTransformations=transformation())
    logs.put_metric_filter(logGroupName=group, filterName="errors", filterPattern='{ $.level = "error" }',
                           metricTransformations=[{"metricName": "Errors", "metricNamespace": "Web", "metricValue": "1"}])
    logs.put_metric_filter(logGroupName=other, filterName="bytes", filterPattern=pattern, metricTransformations=transformation())
    found = logs.describe_metric_filters(logGroupName=group)["metricFilters"]
    assert [f["filterName"] for f in found] == ["bytes", "errors"]
    assert found[0]["logGroupName"] == group
    assert found[0]["filterPattern"] == pattern
    assert found[0]["metricTransformations"][0]["metricValue"] == "$bytes"
    assert "creationTime" in found[0]
    by_metric = logs.describe_metric_filters(metricName="Errors", metricNamespace="Web")["metricFilters"]
    assert [(f["logGroupName"], f["filterName"]) for f in by_metric] == [(group, "errors")]
    assert logs.describe_log_groups(logGroupNamePrefix=group)["logGroups"][0]["metricFilterCount"] == 2
    # Paging through every filter of the region, one at a time.
    pages = list(logs.get_paginator("describe_metric_filters").paginate(PaginationConfig={"PageSize": 1}))
    names = [(f["logGroupName"], f["filterName"]) for p in pages for f in p["metricFilters"] if f["logGroupName"].startswith("/mf/" + name)]
    assert names == [(group, "bytes"), (group, "errors"), (other, "bytes")]

    code, message = error_code(logs.put_metric_filter, logGroupName=group, filterName="bad", filterPattern="{ $.x }",
                               metricTransformations=transformation("1"))
    assert code == "InvalidParameterException" and "position" in message
    code, _ = error_code(logs.put_metric_filter, logGroupName=group, filterName="bad", filterPattern=pattern,
                         metricTransformations=transformation("$nosuchfield"))
    assert code == "InvalidParameterException"
    code, _ = error_code(logs.put_metric_filter, logGroupName=group + "-none", filterName="x", filterPattern=pattern,
                         metricTransformations=transformation())
    assert code == "ResourceNotFoundException"

    logs.delete_metric_filter(logGroupName=group, filterName="errors")
    code, _ = error_code(logs.delete_metric_filter, logGroupName=group, filterName="errors")
    assert code == "ResourceNotFoundException"
    logs.delete_log_group(logGroupName=group)
    # The deleted group's filters went with it; the child group's stayed.
    remaining = logs.describe_metric_filters(logGroupName=other)["metricFilters"]
    assert [f["filterName"] for f in remaining] == ["bytes"]
    logs.create_log_group(logGroupName=group)
    assert logs.describe_metric_filters(logGroupName=group)["metricFilters"] == []


def test_query_definitions(logs, name):
    ids = []
    for i in range(3):
        ids.append(logs.put_query_definition(name=f"{name}-{i}", queryString="fields @timestamp | limit 5",
                                             logGroupNames=["/a"])["queryDefinitionId"])
    logs.put_query_definition(name=f"{name}-0", queryDefinitionId=ids[0], queryString="stats count(*)")
    # botocore has no paginator for this operation: follow nextToken by hand.
    found, token, pages = [], None, 0
    while True:
        kwargs = {"queryDefinitionNamePrefix": name, "maxResults": 2}
        if token:
            kwargs["nextToken"] = token
        page = logs.describe_query_definitions(**kwargs)
        pages += 1
        found += page["queryDefinitions"]
        token = page.get("nextToken")
        if not token:
            break
    assert pages == 2
    assert [d["name"] for d in found] == [f"{name}-0", f"{name}-1", f"{name}-2"]
    assert found[0]["queryString"] == "stats count(*)"
    assert found[0]["queryDefinitionId"] == ids[0]
    assert found[1]["logGroupNames"] == ["/a"]
    assert logs.delete_query_definition(queryDefinitionId=ids[1])["success"] is True
    code, _ = error_code(logs.delete_query_definition, queryDefinitionId=ids[1])
    assert code == "ResourceNotFoundException"
    code, _ = error_code(logs.put_query_definition, name="x", queryDefinitionId="nope" * 4, queryString="q")
    assert code == "ResourceNotFoundException"


def test_resource_policies(logs, name):
    doc = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"es.amazonaws.com"},"Action":"logs:PutLogEvents","Resource":"*"}]}'
    put = logs.put_resource_policy(policyName=name, policyDocument=doc)
    assert put["resourcePolicy"]["policyName"] == name
    assert put["resourcePolicy"]["policyScope"] == "ACCOUNT"
    revision = put["revisionId"]
    code, _ = error_code(logs.put_resource_policy, policyName=name, policyDocument=doc, expectedRevisionId="stale")
    assert code == "OperationAbortedException"
    again = logs.put_resource_policy(policyName=name, policyDocument=doc, expectedRevisionId=revision)
    assert again["revisionId"] != revision
    code, _ = error_code(logs.put_resource_policy, policyName=name + "-bad", policyDocument="not json")
    assert code == "InvalidParameterException"
    names = [p.get("policyName") for p in logs.describe_resource_policies(policyScope="ACCOUNT")["resourcePolicies"]]
    assert name in names and name + "-bad" not in names
    logs.delete_resource_policy(policyName=name)
    code, _ = error_code(logs.delete_resource_policy, policyName=name)
    assert code == "ResourceNotFoundException"


def test_subscription_filters_and_destinations(logs, name):
    source, target = f"/sub/{name}/src", f"/sub/{name}/dst"
    logs.create_log_group(logGroupName=source)
    logs.create_log_group(logGroupName=target)
    target_arn = f"arn:aws:logs:{REGION}:{ACCOUNT}:log-group:{target}"
    dest = logs.put_destination(destinationName=name, targetArn=target_arn, roleArn="arn:aws:iam::000000000000:role/x")["destination"]
    assert dest["arn"] == f"arn:aws:logs:{REGION}:{ACCOUNT}:destination:{name}"
    logs.put_destination_policy(destinationName=name, accessPolicy='{"Version":"2012-10-17","Statement":[]}')
    found = logs.describe_destinations(DestinationNamePrefix=name)["destinations"]
    assert len(found) == 1 and found[0]["accessPolicy"].startswith('{"Version"')

    logs.put_subscription_filter(logGroupName=source, filterName="to-group", filterPattern="ERROR", destinationArn=target_arn)
    logs.put_subscription_filter(logGroupName=source, filterName="to-dest", filterPattern="", destinationArn=dest["arn"])
    code, _ = error_code(logs.put_subscription_filter, logGroupName=source, filterName="third", filterPattern="", destinationArn=target_arn)
    assert code == "LimitExceededException"
    code, message = error_code(logs.put_subscription_filter, logGroupName=target, filterName="k", filterPattern="",
                               destinationArn=f"arn:aws:kinesis:{REGION}:{ACCOUNT}:stream/s")
    assert code == "InvalidParameterException" and "cannot deliver" in message
    filters = logs.describe_subscription_filters(logGroupName=source)["subscriptionFilters"]
    assert [f["filterName"] for f in filters] == ["to-dest", "to-group"]
    assert filters[1]["destinationArn"] == target_arn
    assert filters[1]["distribution"] == "ByLogStream"
    logs.delete_subscription_filter(logGroupName=source, filterName="to-group")
    code, _ = error_code(logs.delete_subscription_filter, logGroupName=source, filterName="to-group")
    assert code == "ResourceNotFoundException"
    logs.delete_destination(destinationName=name)
    assert logs.describe_destinations(DestinationNamePrefix=name)["destinations"] == []


def test_log_streams(logs, name):
    group = f"/streams/{name}"
    child = f"/streams/{name}/child"
    logs.create_log_group(logGroupName=group)
    logs.create_log_group(logGroupName=child)
    for s in ["web/1", "web/2", "worker/1", "api/1"]:
        logs.create_log_stream(logGroupName=group, logStreamName=s)
    logs.create_log_stream(logGroupName=child, logStreamName="web/9")
    code, message = error_code(logs.create_log_stream, logGroupName=group, logStreamName="web/1")
    assert code == "ResourceAlreadyExistsException" and message == "The specified log stream already exists"
    code, _ = error_code(logs.create_log_stream, logGroupName=group, logStreamName="a:b")
    assert code == "InvalidParameterException"
    code, _ = error_code(logs.create_log_stream, logGroupName=group + "/none", logStreamName="x")
    assert code == "ResourceNotFoundException"

    names = [s["logStreamName"] for p in logs.get_paginator("describe_log_streams").paginate(
        logGroupName=group, PaginationConfig={"PageSize": 3}) for s in p["logStreams"]]
    assert names == ["api/1", "web/1", "web/2", "worker/1"]
    desc = logs.describe_log_streams(logGroupName=group, descending=True, limit=2)
    assert [s["logStreamName"] for s in desc["logStreams"]] == ["worker/1", "web/2"]
    rest = logs.describe_log_streams(logGroupName=group, descending=True, nextToken=desc["nextToken"])
    assert [s["logStreamName"] for s in rest["logStreams"]] == ["web/1", "api/1"]
    web = logs.describe_log_streams(logGroupName=group, logStreamNamePrefix="web/")["logStreams"]
    assert [s["logStreamName"] for s in web] == ["web/1", "web/2"]
    assert web[0]["arn"] == f"arn:aws:logs:{REGION}:{ACCOUNT}:log-group:{group}:log-stream:web/1"
    by_arn = logs.describe_log_streams(logGroupIdentifier=f"arn:aws:logs:{REGION}:{ACCOUNT}:log-group:{child}")
    assert [s["logStreamName"] for s in by_arn["logStreams"]] == ["web/9"]
    code, _ = error_code(logs.describe_log_streams, logGroupName=group, orderBy="LastEventTime", logStreamNamePrefix="web")
    assert code == "InvalidParameterException"

    logs.delete_log_stream(logGroupName=group, logStreamName="api/1")
    code, message = error_code(logs.delete_log_stream, logGroupName=group, logStreamName="api/1")
    assert code == "ResourceNotFoundException" and message == "The specified log stream does not exist."
    logs.delete_log_group(logGroupName=group)
    logs.create_log_group(logGroupName=group)
    assert logs.describe_log_streams(logGroupName=group)["logStreams"] == []
    assert [s["logStreamName"] for s in logs.describe_log_streams(logGroupName=child)["logStreams"]] == ["web/9"]
