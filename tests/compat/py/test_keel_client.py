"""`keel services`, `keel deploy` and `keel events --follow` against the real server, and the
event stream's authentication."""

import json
import os
import subprocess
import threading
import time
import urllib.error
import urllib.request

from agent_sim import AgentSim, wait_for
from conftest import container, keel_bin, make_client, register_instance


def keel(endpoint, *args, timeout=120):
    env = dict(os.environ, AWS_ACCESS_KEY_ID="keel", AWS_SECRET_ACCESS_KEY="keel", AWS_REGION="us-east-1")
    env.pop("AWS_ENDPOINT_URL", None)
    return subprocess.run([keel_bin(), *args, "--endpoint", endpoint], env=env, capture_output=True,
                          text=True, timeout=timeout)


def test_deploy_services_and_events(server, ecs, name):
    ecs.create_cluster(clusterName=name)
    for zone in ("a", "b"):
        register_instance(ecs, name, attributes=[{"name": "ecs.availability-zone", "value": f"us-east-1{zone}"}])
    td = ecs.register_task_definition(family=name, containerDefinitions=[container(image="web:1", memory=32)],
                                      tags=[{"key": "app", "value": name}])["taskDefinition"]["taskDefinitionArn"]
    ecs.create_service(cluster=name, serviceName="web", taskDefinition=td, desiredCount=2)

    env = dict(os.environ, AWS_ACCESS_KEY_ID="keel", AWS_SECRET_ACCESS_KEY="keel", AWS_REGION="us-east-1")
    follower = subprocess.Popen([keel_bin(), "events", "--follow", "--endpoint", server.endpoint],
                                env=env, stdout=subprocess.PIPE, text=True)
    lines = []
    reader = threading.Thread(target=lambda: [lines.append(json.loads(l)) for l in follower.stdout], daemon=True)
    reader.start()
    try:
        with AgentSim(lambda: make_client(server.endpoint), name):
            wait_for(lambda: ecs.describe_services(cluster=name, services=["web"])["services"][0]["runningCount"] == 2)
            out = keel(server.endpoint, "deploy", "web", "--image", "web:2", "--cluster", name)
            assert out.returncode == 0, out.stdout + out.stderr
            assert "Registered " + name + ":2" in out.stdout
            assert "completed." in out.stdout
            assert "[" + "#" * 30 + "] 2/2 running  COMPLETED" in out.stdout
            listing = keel(server.endpoint, "services", "--cluster", name)
            assert listing.returncode == 0, listing.stderr
            header, row = listing.stdout.splitlines()
            assert header.split() == ["SERVICE", "STATUS", "DESIRED", "RUNNING", "PENDING", "TASK", "DEFINITION", "ROLLOUT"]
            assert row.split() == ["web", "ACTIVE", "2", "2", "0", f"{name}:2", "COMPLETED"]
            wait_for(lambda: any(e["detail-type"] == "ECS Deployment State Change"
                                 and e["detail"]["eventName"] == "SERVICE_DEPLOYMENT_COMPLETED" for e in lines),
                     what="deployment completed event")
    finally:
        follower.terminate()
        follower.wait(timeout=10)
    new_td = ecs.describe_services(cluster=name, services=["web"])["services"][0]["taskDefinition"]
    assert new_td.endswith(f"{name}:2")
    described = ecs.describe_task_definition(taskDefinition=new_td, include=["TAGS"])
    assert described["taskDefinition"]["containerDefinitions"][0]["image"] == "web:2"
    assert described["tags"] == [{"key": "app", "value": name}]
    kinds = {e["detail-type"] for e in lines}
    assert {"ECS Task State Change", "ECS Service Action", "ECS Deployment State Change"} <= kinds
    mine = [e for e in lines if e["detail-type"] == "ECS Task State Change" and name in e["detail"].get("clusterArn", "")]
    assert any(e["detail"]["lastStatus"] == "RUNNING" for e in mine)
    assert all(e["source"] == "aws.ecs" and e["region"] == "us-east-1" for e in lines)
    steady = [e for e in lines if e["detail-type"] == "ECS Service Action" and e["detail"]["eventName"] == "SERVICE_STEADY_STATE"]
    assert steady and steady[0]["resources"][0].endswith(f"service/{name}/web")


def test_deploy_reports_failure(server, ecs, name):
    ecs.create_cluster(clusterName=name)
    register_instance(ecs, name)
    td = ecs.register_task_definition(family=name, containerDefinitions=[container(image="ok:1", memory=32)])["taskDefinition"]["taskDefinitionArn"]
    ecs.create_service(cluster=name, serviceName="web", taskDefinition=td, desiredCount=1,
                       deploymentConfiguration={"deploymentCircuitBreaker": {"enable": True, "rollback": True}})
    behaviour = lambda task: "exit" if task["containers"][0]["image"] == "bad:1" else "run"
    with AgentSim(lambda: make_client(server.endpoint), name, behaviour=behaviour):
        wait_for(lambda: ecs.describe_services(cluster=name, services=["web"])["services"][0]["runningCount"] == 1)
        out = keel(server.endpoint, "deploy", "web", "--image", "bad:1", "--cluster", name)
    assert out.returncode == 1, out.stdout
    assert "failed" in out.stdout


def test_event_stream_requires_a_signature(server):
    with urllib.request.urlopen(server.endpoint + "/healthz") as ok:
        assert ok.status == 200
    try:
        urllib.request.urlopen(server.endpoint + "/keel/events/v1/stream", timeout=10)
        raise AssertionError("unsigned stream request was accepted")
    except urllib.error.HTTPError as err:
        assert err.code in (400, 403)
        assert json.loads(err.read())["__type"] == "MissingAuthenticationTokenException"


def test_client_refuses_without_credentials(server, tmp_path):
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path)}
    out = subprocess.run([keel_bin(), "services", "--endpoint", server.endpoint], env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 1 and "no credentials" in out.stderr
