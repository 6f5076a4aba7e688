"""Service benchmarks against a running keel (loopback only; bounded in count and time).

  python3 tests/compat/py/bench_services.py http://127.0.0.1:5399

1. Rolling replacement: a 50-task service (maximumPercent 200, minimumHealthyPercent 100)
   whose tasks become RUNNING as soon as the simulated agent sees them; wall time from
   UpdateService to the new deployment's COMPLETED.
2. Reaction time: a task of a 10-task service exits (SubmitTaskStateChange STOPPED); time
   from that report to the replacement task's createdAt, 200 times.
"""

import statistics
import sys
import time
import urllib.parse

sys.path.insert(0, __import__("os").path.dirname(__file__))
from agent_sim import AgentSim, wait_for  # noqa: E402
from conftest import container, make_client, register_instance  # noqa: E402


def completed(ecs, cluster, name, td):
    svc = ecs.describe_services(cluster=cluster, services=[name])["services"][0]
    d = svc["deployments"]
    return len(d) == 1 and d[0]["rolloutState"] == "COMPLETED" and d[0]["taskDefinition"] == td


def rollout(endpoint, runs=3):
    ecs = make_client(endpoint)
    cluster = f"bench-roll-{int(time.time())}"
    ecs.create_cluster(clusterName=cluster)
    for i in range(10):
        register_instance(ecs, cluster, cpu=100000, memory=100000,
                          attributes=[{"name": "ecs.availability-zone", "value": f"us-east-1{'abc'[i % 3]}"}])
    td = ecs.register_task_definition(family=cluster, containerDefinitions=[container(image="v0", memory=8)])["taskDefinition"]["taskDefinitionArn"]
    ecs.create_service(cluster=cluster, serviceName="web", taskDefinition=td, desiredCount=50,
                       deploymentConfiguration={"maximumPercent": 200, "minimumHealthyPercent": 100})
    times = []
    with AgentSim(lambda: make_client(endpoint), cluster, interval=0.005):
        wait_for(lambda: completed(ecs, cluster, "web", td), timeout=120)
        for run in range(runs):
            td = ecs.register_task_definition(family=cluster, containerDefinitions=[container(image=f"v{run + 1}", memory=8)])["taskDefinition"]["taskDefinitionArn"]
            t0 = time.monotonic()
            ecs.update_service(cluster=cluster, service="web", taskDefinition=td)
            wait_for(lambda: completed(ecs, cluster, "web", td), timeout=300, interval=0.01)
            times.append(time.monotonic() - t0)
    return times


def reaction(endpoint, samples=200):
    ecs = make_client(endpoint)
    cluster = f"bench-react-{int(time.time())}"
    ecs.create_cluster(clusterName=cluster)
    for i in range(3):
        register_instance(ecs, cluster, cpu=100000, memory=100000)
    td = ecs.register_task_definition(family=cluster, containerDefinitions=[container(image="v0", memory=8)])["taskDefinition"]["taskDefinitionArn"]
    ecs.create_service(cluster=cluster, serviceName="web", taskDefinition=td, desiredCount=10)

    def running():
        arns = ecs.list_tasks(cluster=cluster, desiredStatus="RUNNING")["taskArns"]
        return ecs.describe_tasks(cluster=cluster, tasks=arns)["tasks"] if arns else []

    def settle():
        for t in running():
            if t["lastStatus"] != "RUNNING":
                ecs.submit_task_state_change(cluster=cluster, task=t["taskArn"], status="RUNNING")
        return len([t for t in running() if t["lastStatus"] == "RUNNING"]) == 10

    wait_for(settle, timeout=60, interval=0.05)
    delays = []
    for _ in range(samples):
        tasks = running()
        known = {t["taskArn"] for t in tasks}
        victim = tasks[0]["taskArn"]
        t0 = time.time()
        ecs.submit_task_state_change(cluster=cluster, task=victim, status="STOPPED", reason="Essential container in task exited")
        new = wait_for(lambda: [t for t in running() if t["taskArn"] not in known], timeout=30, interval=0.002)
        delays.append(new[0]["createdAt"].timestamp() - t0)
        ecs.submit_task_state_change(cluster=cluster, task=new[0]["taskArn"], status="RUNNING")
    return delays


def main():
    endpoint = sys.argv[1]
    host = urllib.parse.urlparse(endpoint).hostname
    assert host in ("127.0.0.1", "localhost", "::1"), "loopback only"
    times = rollout(endpoint)
    print(f"rolling replacement of 50 tasks: runs {', '.join(f'{t:.2f}s' for t in times)}; median {statistics.median(times):.2f}s")
    delays = sorted(reaction(endpoint))
    q = lambda p: delays[min(len(delays) - 1, int(p * len(delays)))]
    print(f"exit -> replacement placed ({len(delays)} samples): p50 {q(0.5)*1000:.0f} ms, p99 {q(0.99)*1000:.0f} ms, max {delays[-1]*1000:.0f} ms")


if __name__ == "__main__":
    main()
