"""Host agent benchmarks: a release `keel server` and a `keel agent` as separate processes on
this machine's Docker Engine (loopback only; every load bounded in count and time).

  python3 tests/compat/py/bench_agent.py --keel target/release/keel [--scenario start|logs|rss|rollout|all]

Each scenario starts its own server and agent (temporary dirs, a free loopback port, a cluster
of its own) and removes them, their containers and their dirs at exit, also on failure.

* start: task start overhead. Sample by sample, alternating: (a) RunTask of a one-container
  task (busybox `sleep 3600`, networkMode host, memory 32) until DescribeTasks (polled every
  5 ms) says RUNNING; (b) `docker run -d --network host` of the same image and command, until
  it returns. Each is stopped and removed, untimed, before the next sample. Two warm-up samples
  of each are dropped; percentiles are nearest-rank.
* logs: the awslogs path end to end (Docker -> agent -> PutLogEvents -> server's log store).
  (a) one container writing 1 KiB lines as fast as it can; (b) many containers (one task each)
  at a fixed rate. Every line's seq is read back and checked to be stored exactly once.
* rss: the agent's memory, idle (registered, no tasks) and with 100 running tasks.
* rollout: rolling replacement of a 50-task service (maximumPercent 200, minimumHealthyPercent
  100; containers that are healthy once running: no health check, so a task counts as healthy
  when RUNNING), wall time from UpdateService to the new deployment's COMPLETED with the old one
  gone; against, in the same run and alternating, the Docker Engine API alone doing the same
  work with the same concurrency: create and start 50 new containers at once, then stop the 50
  old ones at once (threads, one API connection each). Both run `keel-workload signals`, which
  exits on SIGTERM, so no stop waits for a grace period.
"""

import argparse
import atexit
import json
import math
import os
import pathlib
import re
import secrets
import shutil
import signal
import socket
import http.client
import statistics
import subprocess
import sys
import tempfile
import threading
import time

import boto3
import botocore.config

REGION = "us-east-1"
BUSYBOX = "keel-test/busybox:latest"
WORKLOAD = "keel-test/workload:latest"
CLUSTER_LABEL = "com.amazonaws.ecs.cluster"
BENCH_LABEL = "keel-bench-agent"
TICK = os.sysconf("SC_CLK_TCK")
KEEP_LOGS = None  # --keep-logs: copy each run's agent and server logs here


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def pct(sorted_values, p):
    """Nearest-rank percentile of an ascending list."""
    n = len(sorted_values)
    return sorted_values[max(0, min(n - 1, math.ceil(p / 100 * n) - 1))]


def summary(values):
    v = sorted(values)
    return {"n": len(v), "median": pct(v, 50), "p90": pct(v, 90), "p99": pct(v, 99), "max": v[-1]}


def cpu_seconds(pid):
    """utime + stime of a process (all its threads), in seconds."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def memory_kib(pid):
    out = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(("VmRSS:", "VmHWM:", "RssAnon:", "RssFile:", "Threads:")):
                out[line.split(":")[0]] = int(line.split()[1])
    return out


def mib(kib):
    return kib / 1024


def dockerd_pid():
    try:
        return int(subprocess.run(["pgrep", "-xo", "dockerd"], capture_output=True, text=True).stdout.split()[0])
    except (IndexError, ValueError):
        return None


def wait_for(fn, timeout, interval=0.05, what="condition"):
    deadline = time.monotonic() + timeout
    while True:
        value = fn()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(interval)


class Keel:
    """A `keel server` and a `keel agent`, each its own process, in a temporary dir."""

    def __init__(self, binary, cleanup_wait="1m"):
        self.binary = binary
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="keel-bench-agent-", dir="/var/tmp"))
        self.cluster = "bench-" + secrets.token_hex(4)
        self.key = ("bench" + secrets.token_hex(6), secrets.token_hex(16))
        self.server = self.agent = None
        self.cleanup_wait = cleanup_wait
        atexit.register(self.close)

    def start(self):
        env = dict(os.environ, XDG_CONFIG_HOME=str(self.tmp / "cfg"))
        env.pop("KEEL_CONFIG", None)
        env["KEEL_ACCESS_KEY_ID"], env["KEEL_SECRET_ACCESS_KEY"] = self.key
        self.server = subprocess.Popen(
            [self.binary, "server", "--listen", "127.0.0.1:0", "--data-dir", str(self.tmp / "server")],
            stdout=subprocess.PIPE, stderr=open(self.tmp / "server.log", "ab"), env=env, text=True,
        )
        self.endpoint = self._read_until(self.server, r" at (http://127\.0\.0\.1:\d+)", 60, "server")
        self.ecs = self.client("ecs")
        self.logs = self.client("logs")
        self.ecs.create_cluster(clusterName=self.cluster)
        env = dict(os.environ, AWS_ACCESS_KEY_ID=self.key[0], AWS_SECRET_ACCESS_KEY=self.key[1],
                   AWS_REGION=REGION, XDG_CONFIG_HOME=str(self.tmp / "cfg"))
        for k in ("AWS_SESSION_TOKEN", "AWS_PROFILE", "KEEL_AGENT_TOKEN"):
            env.pop(k, None)
        self.agent = subprocess.Popen(
            [self.binary, "agent", "--server", self.endpoint, "--data-dir", str(self.tmp / "agent"),
             "--cluster", self.cluster, "--pause-image", BUSYBOX, "--image-pull-behavior", "prefer-cached",
             "--task-cleanup-wait", self.cleanup_wait],
            stdout=subprocess.PIPE, stderr=open(self.tmp / "agent.log", "ab"), env=env, text=True,
        )
        self.instance = self._read_until(self.agent, r"Host agent registered as (\S+)", 60, "agent")
        log(f"server {self.endpoint} (pid {self.server.pid}), agent pid {self.agent.pid}, cluster {self.cluster}")
        return self

    def _read_until(self, proc, pattern, timeout, what):
        found = []

        def reader():
            for line in proc.stdout:
                if not found:
                    m = re.search(pattern, line)
                    if m:
                        found.append(m.group(1))
            # keep draining until the process exits, so it never blocks on a full pipe

        threading.Thread(target=reader, daemon=True).start()
        deadline = time.monotonic() + timeout
        while not found:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{what} did not start; see {self.tmp}/{what}.log:\n"
                                   + (self.tmp / f"{what}.log").read_text()[-3000:])
            time.sleep(0.02)
        return found[0]

    def client(self, service):
        return boto3.client(
            service, endpoint_url=self.endpoint, region_name=REGION,
            aws_access_key_id=self.key[0], aws_secret_access_key=self.key[1],
            config=botocore.config.Config(retries={"max_attempts": 3, "mode": "standard"},
                                          max_pool_connections=4, read_timeout=120),
        )

    def register(self, family, containers, network="host"):
        return self.ecs.register_task_definition(
            family=family, networkMode=network, containerDefinitions=containers,
        )["taskDefinition"]["taskDefinitionArn"]

    def run(self, td, count=1):
        out = self.ecs.run_task(cluster=self.cluster, taskDefinition=td, count=count)
        if out.get("failures"):
            raise RuntimeError(f"RunTask failures: {out['failures']}")
        return [t["taskArn"] for t in out["tasks"]]

    def describe(self, arns):
        tasks = []
        for i in range(0, len(arns), 100):
            tasks += self.ecs.describe_tasks(cluster=self.cluster, tasks=arns[i:i + 100])["tasks"]
        return tasks

    def stop_all(self, timeout=120):
        arns = []
        for status in ("RUNNING", "STOPPED"):
            pages = self.ecs.get_paginator("list_tasks").paginate(cluster=self.cluster, desiredStatus=status)
            arns += [a for p in pages for a in p["taskArns"]]
        live = [t["taskArn"] for t in self.describe(arns) if t["lastStatus"] != "STOPPED"]
        for arn in live:
            self.ecs.stop_task(cluster=self.cluster, task=arn, reason="benchmark done")
        if live:
            wait_for(lambda: all(t["lastStatus"] == "STOPPED" for t in self.describe(live)),
                     timeout, 0.5, "tasks to stop")

    def close(self):
        if self.agent is None and self.server is None:
            return
        try:
            if self.server is not None and self.server.poll() is None and self.agent is not None \
                    and self.agent.poll() is None:
                self.stop_all(timeout=60)
        except Exception as e:  # best effort; containers are removed below either way
            log(f"stopping tasks: {e}")
        for proc in (self.agent, self.server):
            if proc is not None and proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        self.agent = self.server = None
        if KEEP_LOGS:
            dest = pathlib.Path(KEEP_LOGS) / self.cluster
            dest.mkdir(parents=True, exist_ok=True)
            for name in ("agent.log", "server.log"):
                if (self.tmp / name).exists():
                    shutil.copy(self.tmp / name, dest / name)
        remove_containers(self.cluster)
        shutil.rmtree(self.tmp, ignore_errors=True)


def remove_containers(cluster=None):
    """Removes this run's containers: the agent's (by cluster label) and the docker run ones."""
    ids = []
    if cluster:
        out = subprocess.run(
            ["docker", "ps", "-a", "--filter", f"label={CLUSTER_LABEL}",
             "--format", '{{.ID}} {{.Label "' + CLUSTER_LABEL + '"}}'],
            capture_output=True, text=True).stdout
        ids += [line.split()[0] for line in out.splitlines()
                if len(line.split()) > 1 and line.split()[1].rsplit("/", 1)[-1] == cluster]
    out = subprocess.run(["docker", "ps", "-aq", "--filter", f"label={BENCH_LABEL}={os.getpid()}"],
                         capture_output=True, text=True).stdout
    ids += out.split()
    for i in range(0, len(ids), 50):
        subprocess.run(["docker", "rm", "-f", "-v", *ids[i:i + 50]], capture_output=True)


# ---------------------------------------------------------------------------------------------
# 1. Task start overhead


def scenario_start(args):
    k = Keel(args.keel, cleanup_wait=args.cleanup_wait).start()
    td = k.register("start", [{
        "name": "app", "image": BUSYBOX, "command": ["sleep", "3600"], "memory": 32,
        "essential": True, "stopTimeout": 2,
    }])
    keel_ms, server_ms, docker_ms = [], [], []
    total = args.samples + 2
    for i in range(total):
        # (a) Keel: RunTask -> DescribeTasks says RUNNING
        t0 = time.monotonic()
        arn = k.run(td)[0]
        deadline = t0 + 60
        while True:
            task = k.ecs.describe_tasks(cluster=k.cluster, tasks=[arn])["tasks"][0]
            if task["lastStatus"] == "RUNNING":
                t1 = time.monotonic()
                break
            if task["lastStatus"] == "STOPPED" or time.monotonic() > deadline:
                raise RuntimeError(f"task did not start: {task.get('stoppedReason')} {task['lastStatus']}")
            time.sleep(0.005)
        if "startedAt" not in task:  # the record may trail lastStatus by a moment
            task = k.describe([arn])[0]
        srv = (task["startedAt"] - task["createdAt"]).total_seconds() * 1000 if "startedAt" in task else float("nan")
        k.ecs.stop_task(cluster=k.cluster, task=arn, reason="sample done")
        wait_for(lambda: k.describe([arn])[0]["lastStatus"] == "STOPPED", 60, 0.05, "task to stop")
        # (b) docker run -d
        t2 = time.monotonic()
        cid = subprocess.run(
            ["docker", "run", "-d", "--network", "host", "--label", f"{BENCH_LABEL}={os.getpid()}",
             BUSYBOX, "sleep", "3600"], check=True, capture_output=True, text=True, timeout=60).stdout.strip()
        t3 = time.monotonic()
        subprocess.run(["docker", "rm", "-f", cid], check=True, capture_output=True, timeout=60)
        a, b = (t1 - t0) * 1000, (t3 - t2) * 1000
        log(f"sample {i + 1}/{total}: keel {a:.1f} ms (server createdAt->startedAt {srv:.0f} ms), docker run {b:.1f} ms")
        if i >= 2:
            keel_ms.append(a)
            server_ms.append(srv)
            docker_ms.append(b)
    k.close()
    ks, ds, ss = summary(keel_ms), summary(docker_ms), summary(server_ms)
    diffs = [a - b for a, b in zip(keel_ms, docker_ms)]
    result = {
        "samples": len(keel_ms), "keel_runtask_to_running_ms": ks, "server_created_to_started_ms": ss,
        "docker_run_ms": ds,
        "median_keel_minus_docker_ms": ks["median"] - ds["median"],
        "p99_keel_minus_docker_ms": ks["p99"] - ds["p99"],
        "median_of_paired_differences_ms": statistics.median(diffs),
        "samples_ms": {"keel": keel_ms, "server": server_ms, "docker": docker_ms},
    }
    print("\n| method | samples | median ms | p90 ms | p99 ms | max ms |\n|---|---|---|---|---|---|")
    for label, s in (("Keel: RunTask → DescribeTasks RUNNING", ks),
                     ("Keel: server's createdAt → startedAt", ss),
                     ("`docker run -d --network host`", ds)):
        print(f"| {label} | {s['n']} | {s['median']:.1f} | {s['p90']:.1f} | {s['p99']:.1f} | {s['max']:.1f} |")
    print(f"\nmedian Keel − docker: {result['median_keel_minus_docker_ms']:+.1f} ms; "
          f"p99 Keel − docker: {result['p99_keel_minus_docker_ms']:+.1f} ms; "
          f"median of paired differences: {result['median_of_paired_differences_ms']:+.1f} ms")
    return result


# ---------------------------------------------------------------------------------------------
# 2. Log path


def awslogs(group, prefix):
    return {"logDriver": "awslogs", "options": {
        "awslogs-group": group, "awslogs-region": REGION, "awslogs-stream-prefix": prefix,
        "awslogs-create-group": "true"}}


SEQ = re.compile(r"^seq=(\d+) ")


def last_seq(logs, group, stream):
    """The seq of the newest stored line of a stream (0 if none yet)."""
    try:
        ev = logs.get_log_events(logGroupName=group, logStreamName=stream, startFromHead=False, limit=1)["events"]
    except logs.exceptions.ResourceNotFoundException:
        return 0, None
    if not ev:
        return 0, None
    return int(SEQ.match(ev[-1]["message"]).group(1)), ev[-1]["timestamp"]


def read_all(logs, group, stream, count):
    """Reads a stream from its head; returns (lines, missing, duplicates, bad, bytes, first_ts, last_ts)."""
    seen = bytearray(count + 1)
    dup = bad = n = nbytes = 0
    first_ts = last_ts = None
    token = None
    while True:
        kw = {"nextToken": token} if token else {"startFromHead": True}
        page = logs.get_log_events(logGroupName=group, logStreamName=stream, **kw)
        for ev in page["events"]:
            m = SEQ.match(ev["message"])
            n += 1
            nbytes += len(ev["message"])
            first_ts = ev["timestamp"] if first_ts is None else first_ts
            last_ts = ev["timestamp"]
            if not m or int(m.group(1)) > count:
                bad += 1
                continue
            s = int(m.group(1))
            if seen[s]:
                dup += 1
            seen[s] = 1
        if page["nextForwardToken"] == token or not page["events"]:
            break
        token = page["nextForwardToken"]
    missing = count - sum(seen[1:])
    return {"lines": n, "missing": missing, "duplicates": dup, "bad": bad, "bytes": nbytes,
            "first_ts": first_ts, "last_ts": last_ts}


class Usage:
    """CPU seconds and memory of the agent, the server and dockerd between two points."""

    def __init__(self, k):
        self.pids = {"agent": k.agent.pid, "server": k.server.pid}
        d = dockerd_pid()
        if d:
            self.pids["dockerd"] = d

    def snap(self):
        return {"t": time.monotonic(), **{n: cpu_seconds(p) for n, p in self.pids.items()}}

    @staticmethod
    def delta(a, b):
        return {n: b[n] - a[n] for n in a}


def scenario_logs_single(args):
    k = Keel(args.keel).start()
    count, size = args.log_count, 1024
    group, prefix = "/bench/single", "one"
    td = k.register("logs-single", [{
        "name": "log", "image": WORKLOAD, "memory": 64, "essential": True, "stopTimeout": 2,
        "command": ["log", "--count", str(count), "--rate", str(args.log_rate), "--size", str(size),
                    "--then", "sleep"],
        "logConfiguration": awslogs(group, prefix)}])
    usage = Usage(k)
    arn = k.run(td)[0]
    task = wait_for(lambda: (lambda t: t if t["lastStatus"] in ("RUNNING", "STOPPED") else None)(k.describe([arn])[0]),
                    120, 0.01, "task RUNNING")
    if task["lastStatus"] != "RUNNING":
        raise RuntimeError(f"task stopped: {task.get('stoppedReason')}")
    s0 = usage.snap()
    stream = f"{prefix}/log/{arn.rsplit('/', 1)[1]}"
    peak = {"VmRSS": 0, "VmHWM": 0}
    progress = []
    deadline = time.monotonic() + args.log_timeout
    while True:
        seq, ts = last_seq(k.logs, group, stream)
        now = time.monotonic()
        progress.append((now - s0["t"], seq))
        m = memory_kib(k.agent.pid)
        peak = {x: max(peak[x], m[x]) for x in peak}
        if seq >= count:
            break
        if now > deadline:
            log(f"timeout: {seq} of {count} stored after {args.log_timeout}s")
            break
        time.sleep(0.1)
    s1 = usage.snap()
    final_mem = memory_kib(k.agent.pid)
    elapsed = s1["t"] - s0["t"]
    cpu = Usage.delta(s0, s1)
    time.sleep(3)  # anything shipped late (a duplicate) is counted too
    log("reading the stream back to check every line")
    check = read_all(k.logs, group, stream, count)
    writer_s = (check["last_ts"] - check["first_ts"]) / 1000 if check["first_ts"] else float("nan")
    stored = count - check["missing"]
    mib_stored = stored * size / 2**20
    result = {
        "lines": count, "line_bytes": size, "writer_rate": args.log_rate, "elapsed_s": elapsed, "complete": seq >= count,
        "lines_per_s": stored / elapsed, "mib_per_s": mib_stored / elapsed,
        "writer_span_s_docker_timestamps": writer_s,
        "agent_cpu_s": cpu["agent"], "server_cpu_s": cpu["server"], "dockerd_cpu_s": cpu.get("dockerd"),
        "mib_per_agent_cpu_s": mib_stored / cpu["agent"] if cpu["agent"] else float("inf"),
        "agent_rss_peak_sampled_mib": mib(peak["VmRSS"]), "agent_hwm_mib": mib(final_mem["VmHWM"]),
        "agent_rss_end_mib": mib(final_mem["VmRSS"]),
        "check": check,
        "progress": [(round(t, 2), s) for t, s in progress[:: max(1, len(progress) // 40)]],
    }
    print(json.dumps({x: v for x, v in result.items() if x != "progress"}, indent=1, default=str))
    k.close()
    return result


def scenario_logs_many(args):
    k = Keel(args.keel).start()
    n, rate, count, size = args.containers, args.rate, args.many_count, args.many_size
    group, prefix = "/bench/many", "many"
    td = k.register("logs-many", [{
        "name": "log", "image": WORKLOAD, "memory": 32, "essential": True, "stopTimeout": 2,
        "command": ["log", "--count", str(count), "--rate", str(rate), "--size", str(size), "--then", "sleep"],
        "logConfiguration": awslogs(group, prefix)}])
    usage = Usage(k)
    u_start = usage.snap()
    arns = []
    for left in range(n, 0, -10):
        arns += k.run(td, count=min(10, left))
    t_run = time.monotonic()
    started = {}

    def all_running():
        for t in k.describe([a for a in arns if a not in started]):
            if t["lastStatus"] == "RUNNING":
                started[t["taskArn"]] = time.monotonic()
            elif t["lastStatus"] == "STOPPED":
                raise RuntimeError(f"task stopped: {t.get('stoppedReason')}")
        return len(started) == len(arns)

    wait_for(all_running, args.start_timeout, 0.25, f"{n} tasks RUNNING")
    t_all = time.monotonic()
    start_span = t_all - t_run
    log(f"{n} tasks RUNNING {start_span:.1f}s after the first RunTask")
    streams = {a: f"{prefix}/log/{a.rsplit('/', 1)[1]}" for a in arns}
    # The window: from all RUNNING, 30 s or until the first-started container runs out of lines.
    first = min(started.values())
    window = max(5.0, min(args.window, first + count / rate - 3 - t_all))

    def sweep():
        out = {}
        for a, s in streams.items():
            seq, ts = last_seq(k.logs, group, s)
            out[a] = (time.monotonic(), seq, ts, time.time())
        return out

    w0, u0 = sweep(), usage.snap()
    time.sleep(max(0.0, window - (time.monotonic() - u0["t"])))
    u1 = usage.snap()
    w1 = sweep()
    mem = memory_kib(k.agent.pid)
    rate_stored = sum((w1[a][1] - w0[a][1]) / (w1[a][0] - w0[a][0]) for a in arns)
    lags = sorted(w1[a][3] - w1[a][2] / 1000 for a in arns if w1[a][2])
    cpu = Usage.delta(u0, u1)
    span = u1["t"] - u0["t"]
    log(f"window {span:.1f}s: {rate_stored:.0f} lines/s stored; waiting for every line")

    def done():
        return all(last_seq(k.logs, group, s)[0] >= count for s in streams.values())

    try:
        wait_for(done, args.log_timeout, 1.0, "all lines stored")
        complete = True
    except TimeoutError as e:
        log(str(e))
        complete = False
    t_done = time.monotonic()
    u_end = usage.snap()
    time.sleep(3)  # anything shipped late (a duplicate) is counted too
    total = {"lines": 0, "missing": 0, "duplicates": 0, "bad": 0}
    for s in streams.values():
        c = read_all(k.logs, group, s, count)
        for x in total:
            total[x] += c[x]
    result = {
        "containers": n, "tasks": len(arns), "rate_per_container": rate, "lines_per_container": count,
        "line_bytes": size, "start_span_s": start_span, "window_s": span,
        "lines_per_s_stored_in_window": rate_stored, "expected_lines_per_s": n * rate,
        "mib_per_s_in_window": rate_stored * size / 2**20,
        "lag_s_at_window_end": {"median": pct(lags, 50), "max": lags[-1]} if lags else None,
        "agent_cpu_s_in_window": cpu["agent"], "agent_cores_in_window": cpu["agent"] / span,
        "server_cores_in_window": cpu["server"] / span,
        "dockerd_cores_in_window": cpu["dockerd"] / span if "dockerd" in cpu else None,
        "agent_rss_mib": mib(mem["VmRSS"]), "agent_hwm_mib": mib(mem["VmHWM"]),
        "all_stored_s_after_last_running": t_done - t_all, "complete": complete,
        "agent_cpu_s_whole_run": u_end["agent"] - u_start["agent"],
        "check": total,
    }
    print(json.dumps(result, indent=1, default=str))
    k.close()
    return result


# ---------------------------------------------------------------------------------------------
# 3. Agent RSS


def scenario_rss(args):
    k = Keel(args.keel).start()
    time.sleep(5)
    idle = []
    for _ in range(5):
        idle.append(memory_kib(k.agent.pid))
        time.sleep(1)
    idle_rss = max(m["VmRSS"] for m in idle)
    idle_hwm = idle[-1]["VmHWM"]
    log(f"idle: VmRSS {mib(idle_rss):.1f} MiB, VmHWM {mib(idle_hwm):.1f} MiB; {idle[-1]}")
    td = k.register("rss", [{
        "name": "app", "image": BUSYBOX, "command": ["sleep", "3600"], "memory": 32,
        "essential": True, "stopTimeout": 2}])
    arns = []
    t0 = time.monotonic()
    for left in range(args.tasks, 0, -10):
        arns += k.run(td, count=min(10, left))
    wait_for(lambda: all(t["lastStatus"] == "RUNNING" for t in k.describe(arns)),
             args.start_timeout, 0.5, f"{args.tasks} tasks RUNNING")
    start_span = time.monotonic() - t0
    log(f"{len(arns)} tasks RUNNING after {start_span:.1f}s; settling")
    time.sleep(10)
    busy = []
    for _ in range(10):
        busy.append(memory_kib(k.agent.pid))
        time.sleep(1)
    c0 = cpu_seconds(k.agent.pid)
    time.sleep(10)
    idle_cpu = (cpu_seconds(k.agent.pid) - c0) / 10
    busy_rss = max(m["VmRSS"] for m in busy)
    log(f"with tasks: {busy[-1]}")
    result = {
        "idle_rss_mib": mib(idle_rss), "idle_hwm_mib": mib(idle_hwm),
        "tasks": len(arns), "start_span_s": start_span,
        "running_rss_mib": mib(busy_rss), "running_hwm_mib": mib(busy[-1]["VmHWM"]),
        "idle_status_kib": idle[-1], "running_status_kib": busy[-1],
        "agent_cores_with_tasks_running": idle_cpu,
    }
    print(json.dumps(result, indent=1))
    k.close()
    return result


# ---------------------------------------------------------------------------------------------
# 4. Rolling replacement of a service, against the Docker Engine alone


class DockerApi(http.client.HTTPConnection):
    """One connection to the Engine API on /var/run/docker.sock."""

    def __init__(self, path="/var/run/docker.sock"):
        super().__init__("localhost", timeout=120)
        self.path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(self.timeout)
        self.sock.connect(self.path)

    def call(self, method, url, body=None, ok=(200, 201, 204, 304)):
        data = json.dumps(body).encode() if body is not None else None
        self.request(method, url, body=data, headers={"Content-Type": "application/json"} if data else {})
        resp = self.getresponse()
        text = resp.read()
        if resp.status not in ok:
            raise RuntimeError(f"{method} {url}: {resp.status} {text[:300]!r}")
        return json.loads(text) if text else None


def parallel(fn, items):
    """Runs fn(item) for every item at once, one thread each; re-raises the first failure."""
    errors, threads = [], []

    def run(item):
        try:
            fn(item)
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)

    for item in items:
        threads.append(threading.Thread(target=run, args=(item,)))
        threads[-1].start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]


def docker_start(n, memory_mib, revision):
    """Creates and starts n containers at once (as the agent would), returns their IDs."""
    ids = []

    def one(_):
        api = DockerApi()
        c = api.call("POST", "/containers/create", {
            "Image": WORKLOAD, "Cmd": ["signals"], "Env": [f"REVISION={revision}"],
            "Labels": {BENCH_LABEL: str(os.getpid())},
            "HostConfig": {"NetworkMode": "host", "Memory": memory_mib * 1024 * 1024}})
        api.call("POST", f"/containers/{c['Id']}/start")
        ids.append(c["Id"])
        api.close()

    parallel(one, range(n))
    return ids


def docker_stop(ids, timeout_s=30):
    def one(cid):
        api = DockerApi()
        api.call("POST", f"/containers/{cid}/stop?t={timeout_s}")
        api.close()

    parallel(one, ids)


def docker_remove(ids):
    def one(cid):
        api = DockerApi()
        api.call("DELETE", f"/containers/{cid}?force=1&v=1", ok=(200, 204, 404))
        api.close()

    parallel(one, ids)


def service_state(k, name):
    svc = k.ecs.describe_services(cluster=k.cluster, services=[name])["services"][0]
    return svc, svc["deployments"]


def scenario_rollout(args):
    n, memory = args.service_tasks, 16
    k = Keel(args.keel, cleanup_wait="10s").start()
    revisions = [k.register("rollout", [{
        "name": "app", "image": WORKLOAD, "command": ["signals"], "memory": memory, "essential": True,
        "environment": [{"name": "REVISION", "value": str(r)}]}]) for r in range(2)]
    name = "rollout"
    k.ecs.create_service(cluster=k.cluster, serviceName=name, taskDefinition=revisions[0], desiredCount=n,
                         deploymentConfiguration={"maximumPercent": 200, "minimumHealthyPercent": 100})

    def settled(td):
        svc, deps = service_state(k, name)
        return (len(deps) == 1 and deps[0]["taskDefinition"] == td and deps[0].get("rolloutState") == "COMPLETED"
                and deps[0]["runningCount"] == n and svc["runningCount"] == n)

    wait_for(lambda: settled(revisions[0]), args.start_timeout, 0.2, f"{n} tasks RUNNING")
    log(f"service of {n} tasks RUNNING")
    keel_s, docker_s, lows, highs = [], [], [], []
    old = docker_start(n, memory, "old")  # the Docker side's running "service", untimed
    for r in range(args.rounds):
        time.sleep(args.settle)
        # (a) Keel: UpdateService to the other revision -> COMPLETED, the old deployment gone.
        target = revisions[(r + 1) % 2]
        t0 = time.monotonic()
        k.ecs.update_service(cluster=k.cluster, service=name, taskDefinition=target)
        low, high = n, n
        deadline = t0 + args.start_timeout
        while True:
            svc, deps = service_state(k, name)
            low, high = min(low, svc["runningCount"]), max(high, svc["runningCount"])
            if (len(deps) == 1 and deps[0]["taskDefinition"] == target
                    and deps[0].get("rolloutState") == "COMPLETED" and deps[0]["runningCount"] == n):
                break
            if time.monotonic() > deadline:
                raise TimeoutError(f"rollout {r + 1} did not complete: {deps}")
            time.sleep(0.02)
        t1 = time.monotonic()
        time.sleep(args.settle)
        # (b) Docker alone: start n new containers at once, then stop the n old ones at once.
        t2 = time.monotonic()
        new = docker_start(n, memory, f"r{r}")
        docker_stop(old)
        t3 = time.monotonic()
        docker_remove(old)  # untimed, as the agent removes stopped containers later
        old = new
        a, b = t1 - t0, t3 - t2
        keel_s.append(a)
        docker_s.append(b)
        lows.append(low)
        highs.append(high)
        log(f"round {r + 1}/{args.rounds}: keel {a:.2f} s (running count sampled {low}..{high}), "
            f"docker {b:.2f} s, ratio {a / b:.2f}")
    docker_remove(old)
    k.close()
    ratios = [a / b for a, b in zip(keel_s, docker_s)]
    result = {"tasks": n, "keel_s": keel_s, "docker_s": docker_s, "ratios": ratios,
              "median_ratio": statistics.median(ratios),
              "ratio_of_medians": statistics.median(keel_s) / statistics.median(docker_s),
              "running_count_low": lows, "running_count_high": highs}
    print("\n| round | Keel: UpdateService → COMPLETED | Docker API: start 50 new, stop 50 old | ratio |\n|---|---|---|---|")
    for i, (a, b) in enumerate(zip(keel_s, docker_s)):
        print(f"| {i + 1} | {a:.2f} s | {b:.2f} s | {a / b:.2f} |")
    print(f"\nmedian ratio {result['median_ratio']:.2f}; ratio of medians {result['ratio_of_medians']:.2f}")
    return result


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--keel", default="target/release/keel")
    p.add_argument("--scenario", choices=["start", "logs", "logs-single", "logs-many", "rss", "rollout", "all"], default="all")
    p.add_argument("--samples", type=int, default=40, help="start: measured samples of each method")
    p.add_argument("--cleanup-wait", default="1m",
                   help="start: the agent's --task-cleanup-wait (stopped tasks' containers are removed after it)")
    p.add_argument("--log-count", type=int, default=18_000,
                   help="logs (a): 1 KiB lines; the default stays within one 20 MiB file of Docker's "
                        "local log driver (Docker 20.10's follow reader skips and replays files at rotation)")
    p.add_argument("--log-rate", type=int, default=0, help="logs (a): lines/s, 0 = as fast as it can")
    p.add_argument("--log-timeout", type=float, default=300)
    p.add_argument("--containers", type=int, default=100, help="logs (b): containers, one task each")
    p.add_argument("--rate", type=int, default=100, help="logs (b): lines/s per container")
    p.add_argument("--many-count", type=int, default=9000, help="logs (b): lines per container")
    p.add_argument("--many-size", type=int, default=200, help="logs (b): bytes per line")
    p.add_argument("--window", type=float, default=30, help="logs (b): measurement window, s")
    p.add_argument("--tasks", type=int, default=100, help="rss: running tasks")
    p.add_argument("--start-timeout", type=float, default=600)
    p.add_argument("--service-tasks", type=int, default=50, help="rollout: the service's desired count")
    p.add_argument("--rounds", type=int, default=3, help="rollout: rollouts (and Docker runs) alternating")
    p.add_argument("--settle", type=float, default=5, help="rollout: pause before each timed part, s")
    p.add_argument("--out", help="write the results as JSON here")
    p.add_argument("--keep-logs", help="copy each run's agent and server logs into this dir")
    args = p.parse_args()
    global KEEP_LOGS
    KEEP_LOGS = args.keep_logs
    args.keel = str(pathlib.Path(args.keel).resolve())
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    results = {}
    runs = {"start": [scenario_start], "logs-single": [scenario_logs_single], "logs-many": [scenario_logs_many],
            "logs": [scenario_logs_single, scenario_logs_many], "rss": [scenario_rss],
            "rollout": [scenario_rollout],
            "all": [scenario_rss, scenario_start, scenario_logs_single, scenario_logs_many]}[args.scenario]
    try:
        for fn in runs:
            log(f"--- {fn.__name__} (load average {os.getloadavg()[0]:.2f})")
            results[fn.__name__] = fn(args)
            results[fn.__name__]["loadavg_after"] = os.getloadavg()
    finally:
        remove_containers()
        if args.out:
            pathlib.Path(args.out).write_text(json.dumps(results, indent=1, default=str))


if __name__ == "__main__":
    main()
