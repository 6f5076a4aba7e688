"""Tasks run for real: `keel up` (the server and its local host agent) on the Docker Engine,
driven by the AWS CLI and boto3 as ECS users drive ECS."""

import json
import os
import pathlib
import shutil
import subprocess
import tempfile
import urllib.error
import urllib.request

import boto3
import botocore.config
import botocore.exceptions
import pytest

from conftest import ACCOUNT, REGION, Cli, Server
from docker_support import BUSYBOX, WORKLOAD, docker_inspect, remove_agent_containers, require_docker, wait_for


@pytest.fixture(scope="module")
def up():
    require_docker()
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="keel-up-"))
    srv = Server(
        tmp / "data",
        command="up",
        # No --pause-image: awsvpc tasks get the agent's built-in one, as a newcomer's would.
        extra=["--task-cleanup-wait", "10m", "--availability-zone", "local-1a"],
    )
    srv.instance_arn = srv.read_until(r"Host agent registered as (\S+)").group(1)
    yield srv
    srv.stop()
    remove_agent_containers(tmp / "data" / "agent")
    shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture(scope="module")
def aws(up):
    return Cli(up.endpoint)


def client(up, service):
    return boto3.client(
        service,
        endpoint_url=up.endpoint,
        region_name=REGION,
        aws_access_key_id="keel",
        aws_secret_access_key="keel",
        config=botocore.config.Config(retries={"max_attempts": 1}),
    )


@pytest.fixture(scope="module")
def ecs(up):
    return client(up, "ecs")


@pytest.fixture(scope="module")
def logs(up):
    return client(up, "logs")


def awslogs(group, prefix):
    return {
        "logDriver": "awslogs",
        "options": {
            "awslogs-group": group,
            "awslogs-region": REGION,
            "awslogs-stream-prefix": prefix,
            "awslogs-create-group": "true",
        },
    }


def run(ecs, family, containers, **extra):
    ecs.register_task_definition(family=family, containerDefinitions=containers, **extra)
    out = ecs.run_task(cluster="default", taskDefinition=family)
    assert out["failures"] == [], out["failures"]
    return out["tasks"][0]["taskArn"]


def describe(ecs, arn):
    return ecs.describe_tasks(cluster="default", tasks=[arn])["tasks"][0]


def wait_status(ecs, arn, status, timeout=90):
    return wait_for(f"{arn} {status}", lambda: (t := describe(ecs, arn))["lastStatus"] == status and t, timeout)


def by_name(task):
    return {c["name"]: c for c in task["containers"]}


def test_the_local_agent_registers_the_host_with_ecs_attributes(ecs, up):
    inst = ecs.describe_container_instances(cluster="default", containerInstances=[up.instance_arn])["containerInstances"][0]
    assert inst["agentConnected"] is True and inst["status"] == "ACTIVE"
    cpu = {r["name"]: r for r in inst["registeredResources"]}["CPU"]["integerValue"]
    assert cpu == os.cpu_count() * 1024
    ports = {r["name"]: r for r in inst["registeredResources"]}["PORTS"]["stringSetValue"]
    # ECS's reserved ports, and the server's own.
    assert {"22", "2375", "2376", "51678", "51679", up.endpoint.rsplit(":", 1)[1]} <= set(ports)
    attrs = {a["name"]: a.get("value") for a in inst["attributes"]}
    assert attrs["ecs.os-type"] == "linux"
    assert attrs["ecs.availability-zone"] == "local-1a"
    assert "com.amazonaws.ecs.capability.logging-driver.awslogs" in attrs
    assert "ecs.capability.container-health-check" in attrs
    # The credentials endpoint listens (tests run as root, so the agent could add its address).
    assert "com.amazonaws.ecs.capability.task-iam-role" in attrs
    assert inst["versionInfo"]["dockerVersion"].startswith("DockerVersion: ")


def test_a_task_shaped_like_real_ecs_ones_runs_logs_and_stops(aws, name):
    """Several containers, awslogs, a health check, dependsOn HEALTHY and a port mapping,
    through the AWS CLI from end to end."""
    group = f"/ecs/{name}"
    td = {
        "family": name,
        "networkMode": "bridge",
        "containerDefinitions": [
            {
                "name": "web",
                "image": WORKLOAD,
                "essential": True,
                "cpu": 128,
                "memory": 64,
                "command": ["serve", "--port", "8080"],
                "portMappings": [{"containerPort": 8080, "hostPort": 0, "protocol": "tcp"}],
                "healthCheck": {
                    "command": ["CMD", "/usr/local/bin/keel-workload", "get", "http://127.0.0.1:8080/health"],
                    "interval": 5, "timeout": 2, "retries": 3, "startPeriod": 1,
                },
                "logConfiguration": awslogs(group, "svc"),
            },
            {
                "name": "worker",
                "image": WORKLOAD,
                "essential": False,
                "memoryReservation": 16,
                "stopTimeout": 2,
                "command": ["log", "--count", "20", "--rate", "50", "--size", "48", "--then", "sleep"],
                "dependsOn": [{"containerName": "web", "condition": "HEALTHY"}],
                "logConfiguration": awslogs(group, "svc"),
            },
        ],
    }
    path = pathlib.Path(tempfile.mkdtemp()) / "td.json"
    path.write_text(json.dumps(td))
    aws.json("ecs", "register-task-definition", "--cli-input-json", f"file://{path}")
    out = aws.json("ecs", "run-task", "--cluster", "default", "--task-definition", name)
    assert out["failures"] == []
    arn = out["tasks"][0]["taskArn"]
    task_id = arn.rsplit("/", 1)[1]

    def running_and_healthy():
        t = aws.json("ecs", "describe-tasks", "--cluster", "default", "--tasks", arn)["tasks"][0]
        return t["lastStatus"] == "RUNNING" and t.get("healthStatus") == "HEALTHY" and t

    task = wait_for("RUNNING and HEALTHY", running_and_healthy, timeout=90)
    containers = by_name(task)
    assert containers["web"]["healthStatus"] == "HEALTHY"
    # The worker started only once web was healthy, and runs.
    assert containers["worker"]["lastStatus"] == "RUNNING"
    assert task["pullStartedAt"] and task["pullStoppedAt"] and task["startedAt"]
    binding = containers["web"]["networkBindings"][0]
    assert binding["bindIP"] == "127.0.0.1" and binding["containerPort"] == 8080
    assert 1024 <= binding["hostPort"] <= 65535
    with urllib.request.urlopen(f"http://127.0.0.1:{binding['hostPort']}/", timeout=10) as resp:
        assert resp.status == 200 and resp.read() == b"keel-workload"
    assert docker_inspect(containers["web"]["runtimeId"])["State"]["Running"] is True

    stream = f"svc/worker/{task_id}"

    def all_lines():
        out = aws.json("logs", "get-log-events", "--log-group-name", group, "--log-stream-name", stream, "--start-from-head")
        return len(out["events"]) >= 20 and out["events"]

    events = wait_for("the worker's 20 lines", all_lines, timeout=60)
    assert [e["message"].split()[0] for e in events] == [f"seq={i}" for i in range(1, 21)]
    # web logs each request it serves (the health checks and ours).
    web = aws.json("logs", "get-log-events", "--log-group-name", group, "--log-stream-name", f"svc/web/{task_id}")
    assert web["events"]

    aws.json("ecs", "stop-task", "--cluster", "default", "--task", arn, "--reason", "done here")
    stopped = wait_for(
        "STOPPED",
        lambda: (t := aws.json("ecs", "describe-tasks", "--cluster", "default", "--tasks", arn)["tasks"][0])["lastStatus"] == "STOPPED" and t,
        timeout=90,
    )
    assert stopped["stopCode"] == "UserInitiated"
    assert stopped["stoppedReason"] == "done here"
    assert stopped["desiredStatus"] == "STOPPED"
    for c in stopped["containers"]:
        assert c["lastStatus"] == "STOPPED"
        assert isinstance(c["exitCode"], int), c
    assert stopped["stoppedAt"] and stopped["executionStoppedAt"]


def test_a_fargate_task_definition_runs_on_the_built_in_pause_image(aws, name):
    """What ECS users on Fargate write: awsvpc, task-level cpu and memory, no host port. The
    containers share one network namespace, held by the pause image the agent carries itself
    (imported into Docker when missing: no registry is reachable here)."""
    pause_image = "keel/pause:0.1.0"
    subprocess.run(["docker", "image", "rm", "-f", pause_image], capture_output=True)
    td = {
        "family": name,
        "requiresCompatibilities": ["FARGATE"],
        "networkMode": "awsvpc",
        "cpu": "256",
        "memory": "512",
        "containerDefinitions": [
            {
                "name": "web",
                "image": WORKLOAD,
                "essential": True,
                "command": ["serve", "--port", "8080"],
                "portMappings": [{"containerPort": 8080, "protocol": "tcp"}],
            },
            {
                # Reaches web on the namespace's loopback, then exits 0.
                "name": "probe",
                "image": WORKLOAD,
                "essential": False,
                "command": ["get", "http://127.0.0.1:8080/", "--retry-for-ms", "30000"],
                "dependsOn": [{"containerName": "web", "condition": "START"}],
            },
        ],
    }
    path = pathlib.Path(tempfile.mkdtemp()) / "td.json"
    path.write_text(json.dumps(td))
    aws.json("ecs", "register-task-definition", "--cli-input-json", f"file://{path}")
    out = aws.json(
        "ecs", "run-task", "--cluster", "default", "--task-definition", name, "--launch-type", "FARGATE",
        "--network-configuration", "awsvpcConfiguration={subnets=[subnet-1],assignPublicIp=DISABLED}",
    )
    assert out["failures"] == []
    arn = out["tasks"][0]["taskArn"]
    [eni] = out["tasks"][0]["attachments"]
    assert eni["type"] == "ElasticNetworkInterface" and eni["status"] == "PRECREATED"
    assert eni["details"] == [{"name": "subnetId", "value": "subnet-1"}]

    def probe_done():
        t = aws.json("ecs", "describe-tasks", "--cluster", "default", "--tasks", arn)["tasks"][0]
        c = by_name(t)
        return t["lastStatus"] == "RUNNING" and c["probe"]["lastStatus"] == "STOPPED" and t

    task = wait_for("RUNNING with the probe done", probe_done, timeout=90)
    containers = by_name(task)
    assert containers["probe"]["exitCode"] == 0, containers["probe"]
    web = docker_inspect(containers["web"]["runtimeId"])
    holder = web["HostConfig"]["NetworkMode"]
    assert holder.startswith("container:"), holder
    pause = docker_inspect(holder.split(":", 1)[1])
    assert pause["Config"]["Image"] == pause_image
    assert pause["State"]["Running"] is True
    # The task's address, as ECS shows an awsvpc task's: on its interface and its containers.
    network = next(iter(pause["NetworkSettings"]["Networks"].values()))
    [eni] = task["attachments"]
    assert eni["status"] == "ATTACHED"
    details = {d["name"]: d["value"] for d in eni["details"]}
    assert details["privateIPv4Address"] == network["IPAddress"]
    assert details["macAddress"] == network["MacAddress"]
    assert details["subnetId"] == "subnet-1" and details["networkInterfaceId"].startswith("eni-")
    assert details["privateDnsName"] == "ip-" + network["IPAddress"].replace(".", "-") + ".ec2.internal"
    for c in task["containers"]:
        assert c["networkInterfaces"] == [{"attachmentId": eni["id"], "privateIpv4Address": network["IPAddress"]}]

    aws.json("ecs", "stop-task", "--cluster", "default", "--task", arn)
    stopped = wait_for(
        "STOPPED",
        lambda: (t := aws.json("ecs", "describe-tasks", "--cluster", "default", "--tasks", arn)["tasks"][0])["lastStatus"] == "STOPPED" and t,
        timeout=90,
    )
    assert stopped["stopCode"] == "UserInitiated"
    assert stopped["attachments"][0]["status"] == "DELETED"
    assert docker_inspect(pause["Id"])["State"]["Running"] is False


def trust(service):
    return json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"Service": service}, "Action": "sts:AssumeRole"}]})


def container_env(runtime_id):
    return dict(e.split("=", 1) for e in docker_inspect(runtime_id)["Config"]["Env"])


def test_a_task_role_reaches_its_containers_through_the_credentials_endpoint(up, ecs, logs, name):
    """taskRoleArn as ECS users write it: the container reads its credentials from
    169.254.170.2 as the SDKs do, and they act as the role's session named after the task."""
    iam = client(up, "iam")
    role = iam.create_role(RoleName=name, AssumeRolePolicyDocument=trust("ecs-tasks.amazonaws.com"))["Role"]
    iam.put_role_policy(RoleName=name, PolicyName="list", PolicyDocument=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "ecs:ListClusters", "Resource": "*"}]}))
    group = f"/ecs/{name}"
    fetch = 'wget -qO- "http://169.254.170.2${AWS_CONTAINER_CREDENTIALS_RELATIVE_URI}"; echo; exec sleep 3600'
    ecs.register_task_definition(
        family=name, taskRoleArn=role["Arn"], networkMode="bridge",
        containerDefinitions=[{
            "name": "app", "image": BUSYBOX, "memory": 32, "essential": True, "stopTimeout": 2,
            "command": ["sh", "-c", fetch], "logConfiguration": awslogs(group, "app"),
        }],
    )
    out = ecs.run_task(cluster="default", taskDefinition=name)
    assert out["failures"] == [], out["failures"]
    arn = out["tasks"][0]["taskArn"]
    task_id = arn.rsplit("/", 1)[1]
    task = wait_status(ecs, arn, "RUNNING")
    env = container_env(by_name(task)["app"]["runtimeId"])
    uri = env["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"]
    assert uri.startswith("/v2/credentials/") and len(uri) > len("/v2/credentials/") + 30

    def fetched():
        try:
            out = logs.get_log_events(logGroupName=group, logStreamName=f"app/app/{task_id}", startFromHead=True)
        except logs.exceptions.ResourceNotFoundException:
            return None  # the stream is made with the first line
        return [e["message"] for e in out["events"] if e["message"].startswith("{")]

    body = json.loads(wait_for("the container's credentials", fetched, timeout=60)[0])
    assert body["RoleArn"] == role["Arn"]
    assert body["AccessKeyId"].startswith("ASIA") and body["SecretAccessKey"] and body["Token"]
    assert body["Expiration"].endswith("Z")

    def as_task(service):
        return boto3.client(
            service, endpoint_url=up.endpoint, region_name=REGION,
            aws_access_key_id=body["AccessKeyId"], aws_secret_access_key=body["SecretAccessKey"],
            aws_session_token=body["Token"], config=botocore.config.Config(retries={"max_attempts": 1}),
        )

    identity = as_task("sts").get_caller_identity()
    assert identity["Arn"] == f"arn:aws:sts::{ACCOUNT}:assumed-role/{name}/{task_id}"
    task_ecs = as_task("ecs")
    assert "clusterArns" in task_ecs.list_clusters()
    with pytest.raises(botocore.exceptions.ClientError) as denied:
        task_ecs.list_task_definitions()
    assert denied.value.response["Error"]["Code"] == "AccessDeniedException"

    # The AWS CLI's own container credential provider, from the host (the address is local).
    cli_env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    cli_env.update(AWS_CONTAINER_CREDENTIALS_RELATIVE_URI=uri, AWS_ENDPOINT_URL=up.endpoint,
                   AWS_DEFAULT_REGION=REGION, AWS_CONFIG_FILE="/dev/null", AWS_SHARED_CREDENTIALS_FILE="/dev/null")
    proc = subprocess.run(["aws", "sts", "get-caller-identity", "--output", "json"], env=cli_env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["Arn"] == identity["Arn"]

    # An id the agent never gave out is refused.
    with pytest.raises(urllib.error.HTTPError) as unknown:
        urllib.request.urlopen("http://169.254.170.2/v2/credentials/" + "0" * 36, timeout=10)
    assert unknown.value.code == 400
    assert json.loads(unknown.value.read())["code"] == "InvalidIdInRequest"
    ecs.stop_task(cluster="default", task=arn)
    wait_status(ecs, arn, "STOPPED")


def test_a_task_role_that_does_not_trust_ecs_tasks_gives_no_credentials(up, ecs, name):
    iam = client(up, "iam")
    role = iam.create_role(RoleName=name, AssumeRolePolicyDocument=trust("ec2.amazonaws.com"))["Role"]
    arn = run(ecs, name, [{"name": "app", "image": BUSYBOX, "memory": 32, "stopTimeout": 2,
                           "command": ["sleep", "3600"]}], taskRoleArn=role["Arn"])
    task = wait_status(ecs, arn, "RUNNING")
    uri = container_env(by_name(task)["app"]["runtimeId"])["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"]
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen("http://169.254.170.2" + uri, timeout=30)
    assert refused.value.code == 500
    message = json.loads(refused.value.read())["message"]
    assert f"ECS was unable to assume the role '{role['Arn']}'" in message, message
    ecs.stop_task(cluster="default", task=arn)
    wait_status(ecs, arn, "STOPPED")


def test_an_essential_container_exit_stops_the_task(ecs, name):
    arn = run(ecs, name, [
        {"name": "main", "image": WORKLOAD, "memory": 32, "essential": True, "command": ["exit", "3", "--after-ms", "1500"]},
        {"name": "helper", "image": WORKLOAD, "memory": 32, "essential": False, "command": ["signals"]},
    ], networkMode="none")
    task = wait_status(ecs, arn, "STOPPED")
    assert task["stopCode"] == "EssentialContainerExited"
    assert task["stoppedReason"] == "Essential container in task exited"
    containers = by_name(task)
    assert containers["main"]["exitCode"] == 3
    # The other container was told to stop (SIGTERM; `signals` exits 0 on it).
    assert containers["helper"]["lastStatus"] == "STOPPED" and containers["helper"]["exitCode"] == 0


def test_a_failing_health_check_makes_the_task_unhealthy(ecs, name):
    arn = run(ecs, name, [{
        "name": "web", "image": WORKLOAD, "memory": 32, "essential": True,
        "command": ["serve", "--port", "8080", "--unhealthy-after", "12"],
        "healthCheck": {
            "command": ["CMD", "/usr/local/bin/keel-workload", "get", "http://127.0.0.1:8080/health"],
            "interval": 5, "timeout": 2, "retries": 1,
        },
    }], networkMode="none")
    wait_for("HEALTHY", lambda: describe(ecs, arn).get("healthStatus") == "HEALTHY", timeout=60)
    task = wait_for("UNHEALTHY", lambda: (t := describe(ecs, arn)).get("healthStatus") == "UNHEALTHY" and t, timeout=60)
    assert by_name(task)["web"]["healthStatus"] == "UNHEALTHY"
    ecs.stop_task(cluster="default", task=arn)
    wait_status(ecs, arn, "STOPPED")


def test_an_out_of_memory_kill_is_reported_as_ecs_reports_it(ecs, name):
    arn = run(ecs, name, [{
        "name": "hog", "image": WORKLOAD, "memory": 24, "essential": True,
        "command": ["memory", "--mib", "256", "--hold", "30"],
    }], networkMode="none")
    task = wait_status(ecs, arn, "STOPPED")
    hog = by_name(task)["hog"]
    assert hog["exitCode"] == 137
    assert hog["reason"].startswith("OutOfMemoryError"), hog
    assert task["stopCode"] == "EssentialContainerExited"


def test_a_missing_image_fails_the_task_with_cannot_pull_container_error(ecs, name):
    # A registry on a loopback port nothing listens on: the pull fails at once, and nothing
    # leaves the machine.
    arn = run(ecs, name, [{"name": "app", "image": "127.0.0.1:9/keel-test/missing:1", "memory": 32}], networkMode="none")
    task = wait_status(ecs, arn, "STOPPED", timeout=120)
    assert task["stopCode"] == "TaskFailedToStart"
    app = by_name(task)["app"]
    assert app["reason"].startswith("CannotPullContainerError"), app
    assert "CannotPullContainerError" in task["stoppedReason"]


def test_restart_policy_restarts_the_container_in_place(ecs, logs, name):
    group = f"/ecs/{name}"
    arn = run(ecs, name, [{
        "name": "flaky", "image": BUSYBOX, "memory": 32, "essential": True,
        # ECS restarts only a container that ran for restartAttemptPeriod (at least 60 s).
        "command": ["sh", "-c", "echo started; sleep 61; exit 7"],
        "restartPolicy": {"enabled": True, "restartAttemptPeriod": 60},
        "logConfiguration": awslogs(group, "r"),
    }], networkMode="none")
    task = wait_status(ecs, arn, "RUNNING")
    runtime_id = by_name(task)["flaky"]["runtimeId"]
    first_start = docker_inspect(runtime_id)["State"]["StartedAt"]
    stream = f"r/flaky/{arn.rsplit('/', 1)[1]}"

    def started_twice():
        try:
            events = logs.get_log_events(logGroupName=group, logStreamName=stream, startFromHead=True)["events"]
        except logs.exceptions.ResourceNotFoundException:
            return False  # not shipped yet
        return [e["message"] for e in events].count("started") >= 2

    wait_for("a second start", started_twice, timeout=120, interval=1)
    task = describe(ecs, arn)
    assert task["lastStatus"] == "RUNNING" and task["desiredStatus"] == "RUNNING"
    flaky = by_name(task)["flaky"]
    assert flaky["runtimeId"] == runtime_id, "restarted in place, not replaced"
    assert docker_inspect(runtime_id)["State"]["StartedAt"] != first_start
    ecs.stop_task(cluster="default", task=arn)
    wait_status(ecs, arn, "STOPPED")
