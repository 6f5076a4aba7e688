"""Logs Insights over a stored group, through the API: loads about `--mib` MiB of 200-byte text
events into one log group of 100 streams with PutLogEvents (boto3, several threads), then times
StartQuery → GetQueryResults `Complete` for each query, `--runs` times.

    python3 tests/compat/py/bench_insights.py --keel target/release/keel --mib 1024

Starts its own `keel server` on a free loopback port with a temporary data dir, removed at exit.
Prints one JSON document with the load and each query's wall-clock times and statistics.
"""

import argparse
import concurrent.futures
import json
import os
import pathlib
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time

import boto3
import botocore.config

REGION = "us-east-1"
EVENT_BYTES = 200
# PutLogEvents counts 26 bytes per event against its 1,048,576-byte batch limit.
PER_BATCH = 1_048_576 // (EVENT_BYTES + 26)
QUERIES = [
    "stats count(*) by bin(1m)",
    'filter @message like "ERROR" | stats count(*) by bin(5m)',
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def client(endpoint):
    return boto3.client(
        "logs", endpoint_url=endpoint, region_name=REGION,
        aws_access_key_id="keel", aws_secret_access_key="keel",
        config=botocore.config.Config(retries={"max_attempts": 3}, read_timeout=120, max_pool_connections=16),
    )


def message(rng, seq):
    level = "ERROR" if seq % 50 == 0 else rng.choice(("INFO", "INFO", "INFO", "WARN", "DEBUG"))
    head = f"{level} req={seq:010d} user=u{rng.randrange(10_000):05d} path=/api/v1/items/{rng.randrange(100_000)} status={rng.choice((200, 200, 201, 404, 500))} "
    return (head + "x" * EVENT_BYTES)[:EVENT_BYTES]


def load(logs, group, total_events, start_ms, span_ms, threads):
    streams = [f"app/{i:03d}" for i in range(100)]
    for s in streams:
        logs.create_log_stream(logGroupName=group, logStreamName=s)
    per_stream = total_events // len(streams)
    step = max(1, span_ms // per_stream)

    def fill(index):
        rng = random.Random(index)
        name = streams[index]
        sent = 0
        while sent < per_stream:
            n = min(PER_BATCH, per_stream - sent)
            events = [
                {"timestamp": start_ms + (sent + i) * step, "message": message(rng, index * per_stream + sent + i)}
                for i in range(n)
            ]
            out = logs.put_log_events(logGroupName=group, logStreamName=name, logEvents=events)
            assert "rejectedLogEventsInfo" not in out, out
            sent += n
        return sent

    with concurrent.futures.ThreadPoolExecutor(threads) as pool:
        return sum(pool.map(fill, range(len(streams))))


def run_query(logs, group, query, start_s, end_s):
    t0 = time.monotonic()
    qid = logs.start_query(logGroupName=group, startTime=start_s, endTime=end_s, queryString=query)["queryId"]
    while True:
        out = logs.get_query_results(queryId=qid)
        if out["status"] in ("Complete", "Failed", "Cancelled", "Timeout"):
            break
        time.sleep(0.02)
    return time.monotonic() - t0, out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--keel", required=True)
    p.add_argument("--mib", type=int, default=1024)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--threads", type=int, default=4)
    args = p.parse_args()
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="keel-insights-", dir="/var/tmp"))
    port = free_port()
    endpoint = f"http://127.0.0.1:{port}"
    env = dict(os.environ, KEEL_ACCESS_KEY_ID="keel", KEEL_SECRET_ACCESS_KEY="keel")
    server = subprocess.Popen(
        [args.keel, "server", "--listen", f"127.0.0.1:{port}", "--data-dir", str(tmp / "data")],
        stdout=subprocess.DEVNULL, stderr=open(tmp / "server.log", "wb"), env=env,
    )
    try:
        logs = client(endpoint)
        deadline = time.monotonic() + 30
        while True:
            try:
                logs.describe_log_groups(limit=1)
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        group = "/bench/insights"
        logs.create_log_group(logGroupName=group)
        total = args.mib * 1024 * 1024 // EVENT_BYTES
        now_ms = int(time.time() * 1000)
        span_ms = 2 * 3600 * 1000
        start_ms = now_ms - span_ms - 60_000
        t0 = time.monotonic()
        loaded = load(logs, group, total, start_ms, span_ms, args.threads)
        load_s = time.monotonic() - t0
        result = {
            "events": loaded, "message_mib": round(loaded * EVENT_BYTES / 2**20, 1),
            "load_s": round(load_s, 1), "load_mib_per_s": round(loaded * EVENT_BYTES / 2**20 / load_s, 1),
            "queries": {},
        }
        for query in QUERIES:
            runs = []
            for _ in range(args.runs):
                wall, out = run_query(logs, group, query, start_ms // 1000, (now_ms // 1000) + 60)
                runs.append({
                    "wall_s": round(wall, 3), "status": out["status"], "rows": len(out["results"]),
                    "statistics": out.get("statistics"),
                })
            result["queries"][query] = runs
        json.dump(result, sys.stdout, indent=1)
        print()
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
