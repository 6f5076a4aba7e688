"""A stand-in for Keel's host agent, for service tests without containers.

It does over the public ECS API what an agent reports over its protocol: every task placed
in the cluster moves PROVISIONING -> PENDING -> RUNNING (or exits, if `behaviour` says so),
and every task told to stop (desiredStatus STOPPED) reaches STOPPED. The reports go through
SubmitTaskStateChange, which drives the same state-update path the agent protocol uses.

When real agents exist, the same tests run with them instead: a test only needs something
that moves tasks, and `AgentSim` and a real agent both do.
"""

import threading
import time

import botocore.exceptions


class AgentSim:
    def __init__(self, client_factory, cluster, behaviour=None, interval=0.02):
        """`client_factory()` returns an ECS client (called again after errors, so the agent
        survives a server restart). `behaviour(task) -> "run" | "exit" | "hold"`: what a new
        task does; default "run"."""
        self.client_factory = client_factory
        self.cluster = cluster
        self.behaviour = behaviour or (lambda task: "run")
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self.errors = 0
        self.reports = 0
        self.paused = threading.Event()

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(timeout=10)

    def _tasks(self, ecs):
        arns = []
        for desired in ("RUNNING", "STOPPED"):
            pages = ecs.get_paginator("list_tasks").paginate(cluster=self.cluster, desiredStatus=desired)
            for page in pages:
                arns.extend(page["taskArns"])
        tasks = []
        for i in range(0, len(arns), 100):
            tasks.extend(ecs.describe_tasks(cluster=self.cluster, tasks=arns[i : i + 100])["tasks"])
        return tasks

    def _report(self, ecs, task, status, reason=None):
        kwargs = dict(cluster=self.cluster, task=task["taskArn"], status=status)
        if reason:
            kwargs["reason"] = reason
        if status == "STOPPED" and task["desiredStatus"] == "RUNNING":
            kwargs["containers"] = [
                {"containerName": c["name"], "status": "STOPPED", "exitCode": 1, "reason": "exited"}
                for c in task.get("containers", [])
            ]
        ecs.submit_task_state_change(**kwargs)
        self.reports += 1

    def step(self, ecs):
        for task in self._tasks(ecs):
            last, desired = task["lastStatus"], task["desiredStatus"]
            if last == "STOPPED":
                continue
            if desired == "STOPPED":
                self._report(ecs, task, "STOPPED")
                continue
            if last in ("PROVISIONING", "PENDING", "ACTIVATING"):
                what = self.behaviour(task)
                if what == "run":
                    self._report(ecs, task, "RUNNING")
                elif what == "exit":
                    self._report(ecs, task, "STOPPED", reason="Essential container in task exited")

    def _loop(self):
        ecs = None
        while not self._stop.is_set():
            if self.paused.is_set():
                time.sleep(self.interval)
                continue
            try:
                if ecs is None:
                    ecs = self.client_factory()
                self.step(ecs)
            except (botocore.exceptions.BotoCoreError, botocore.exceptions.ClientError, OSError):
                self.errors += 1
                ecs = None
                time.sleep(0.2)
            time.sleep(self.interval)


def wait_for(predicate, timeout=60, interval=0.1, what="condition"):
    deadline = time.time() + timeout
    last = None
    while time.time() < deadline:
        last = predicate()
        if last:
            return last
        time.sleep(interval)
    raise AssertionError(f"timed out waiting for {what}; last value: {last!r}")
