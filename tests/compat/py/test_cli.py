"""The real AWS CLI v1 against Keel: every resource family, auto-pagination, errors."""

import json


def test_cli_end_to_end(cli, name):
    cl = cli.json("ecs", "create-cluster", "--cluster-name", name, "--tags", "key=env,value=dev")["cluster"]
    assert cl["clusterName"] == name
    assert any(a.endswith(f"cluster/{name}") for a in cli.json("ecs", "list-clusters")["clusterArns"])
    out = cli.json("ecs", "describe-clusters", "--clusters", name, "--include", "TAGS")
    assert out["clusters"][0]["tags"] == [{"key": "env", "value": "dev"}]

    td = cli.json(
        "ecs", "register-task-definition", "--family", name,
        "--container-definitions", json.dumps([{"name": "web", "image": "busybox", "memory": 32, "essential": True,
                                                "portMappings": [{"containerPort": 8080}]}]),
    )["taskDefinition"]
    assert td["revision"] == 1
    assert cli.json("ecs", "describe-task-definition", "--task-definition", name)["taskDefinition"]["family"] == name

    inst = cli.json(
        "ecs", "register-container-instance", "--cluster", name,
        "--total-resources", json.dumps([{"name": "CPU", "type": "INTEGER", "integerValue": 1024},
                                         {"name": "MEMORY", "type": "INTEGER", "integerValue": 1024}]),
    )["containerInstance"]
    run = cli.json("ecs", "run-task", "--cluster", name, "--task-definition", name, "--count", "2")
    assert len(run["tasks"]) == 2 and run["failures"] == []
    arns = cli.json("ecs", "list-tasks", "--cluster", name)["taskArns"]
    assert sorted(arns) == sorted(t["taskArn"] for t in run["tasks"])
    described = cli.json("ecs", "describe-tasks", "--cluster", name, "--tasks", *arns)
    assert {t["lastStatus"] for t in described["tasks"]} == {"PROVISIONING"}
    stopped = cli.json("ecs", "stop-task", "--cluster", name, "--task", arns[0], "--reason", "cli")["task"]
    assert stopped["lastStatus"] == "STOPPED"

    cli.json("ecs", "put-attributes", "--cluster", name, "--attributes",
             f"name=role,value=web,targetId={inst['containerInstanceArn']}")
    attrs = cli.json("ecs", "list-attributes", "--cluster", name, "--target-type", "container-instance")["attributes"]
    assert {"name": "role", "value": "web"}.items() <= attrs[0].items()
    cli.json("ecs", "tag-resource", "--resource-arn", td["taskDefinitionArn"], "--tags", "key=a,value=b")
    assert cli.json("ecs", "list-tags-for-resource", "--resource-arn", td["taskDefinitionArn"])["tags"] == [{"key": "a", "value": "b"}]
    settings = cli.json("ecs", "list-account-settings", "--effective-settings")["settings"]
    assert {s["name"] for s in settings} >= {"serviceLongArnFormat", "taskLongArnFormat", "containerInsights"}


def test_cli_auto_paginates(cli, name):
    for i in range(5):
        cli.json("ecs", "register-task-definition", "--family", f"{name}-{i}",
                 "--container-definitions", json.dumps([{"name": "a", "image": "busybox", "memory": 16}]))
    # --page-size makes the CLI follow nextToken through several requests.
    fams = cli.json("ecs", "list-task-definition-families", "--family-prefix", name, "--page-size", "2")["families"]
    assert fams == [f"{name}-{i}" for i in range(5)]


def test_cli_errors(cli, name):
    proc = cli.run("ecs", "delete-cluster", "--cluster", name + "-absent", check=False)
    assert proc.returncode != 0
    assert "ClusterNotFoundException" in proc.stderr and "Cluster not found." in proc.stderr
    proc = cli.run("ecs", "describe-task-definition", "--task-definition", name + "-absent", check=False)
    assert proc.returncode != 0 and "ClientException" in proc.stderr
    proc = cli.run("ecs", "discover-poll-endpoint", check=False)
    assert proc.returncode != 0 and "UnsupportedFeatureException" in proc.stderr
