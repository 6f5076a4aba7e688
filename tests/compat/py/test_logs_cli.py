"""`keel logs` against the real server: events oldest first across streams, stream prefixes,
filter patterns, --since, colours only on a terminal, errors, and --follow printing each new
event once."""

import os
import pty
import re
import select
import signal
import subprocess
import time
import uuid

import pytest

from conftest import REGION, keel_bin

LINE = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z) (\S+) (.*)$")


def now_ms():
    return int(time.time() * 1000)


def rfc3339(ms):
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ms // 1000)) + f".{ms % 1000:03d}Z"


def keel_env(**extra):
    env = dict(os.environ, AWS_ACCESS_KEY_ID="keel", AWS_SECRET_ACCESS_KEY="keel", AWS_REGION=REGION)
    for var in ("AWS_ENDPOINT_URL", "AWS_PROFILE", "NO_COLOR", "AWS_SESSION_TOKEN"):
        env.pop(var, None)
    env.update(extra)
    return env


def keel_logs(endpoint, *args, env=None):
    return subprocess.run([keel_bin(), "logs", *args, "--endpoint", endpoint], capture_output=True,
                          text=True, env=env or keel_env(), timeout=60)


def lines_of(stdout):
    """(time, stream, message) of each line; every line must have that shape."""
    out = []
    for line in stdout.splitlines():
        m = LINE.match(line)
        assert m, f"not a log line: {line!r}"
        out.append(m.groups())
    return out


def put(logs, group, stream, *events):
    """`events`: (timestamp, message) pairs."""
    answer = logs.put_log_events(logGroupName=group, logStreamName=stream,
                                 logEvents=[{"timestamp": t, "message": m} for t, m in events])
    assert "rejectedLogEventsInfo" not in answer, answer


@pytest.fixture
def group(logs, name):
    """A group with streams web/1 and worker/1, and five recent events over both plus one two
    hours old; returns (group, the recent events as (time, stream, message), the old event)."""
    group = f"/cli/{name}"
    logs.create_log_group(logGroupName=group)
    for stream in ("web/1", "worker/1"):
        logs.create_log_stream(logGroupName=group, logStreamName=stream)
    old = now_ms() - 2 * 3_600_000
    put(logs, group, "web/1", (old, "web ancient"))
    t = now_ms() - 60_000
    put(logs, group, "web/1", (t, "web one"), (t + 2000, "web ERROR two"), (t + 4000, "web three"))
    put(logs, group, "worker/1", (t + 1000, "worker one"), (t + 3000, "worker ERROR two"))
    recent = [
        (rfc3339(t), "web/1", "web one"),
        (rfc3339(t + 1000), "worker/1", "worker one"),
        (rfc3339(t + 2000), "web/1", "web ERROR two"),
        (rfc3339(t + 3000), "worker/1", "worker ERROR two"),
        (rfc3339(t + 4000), "web/1", "web three"),
    ]
    return group, recent, (rfc3339(old), "web/1", "web ancient"), t


def test_events_oldest_first_with_prefix_filter_and_since(server, group):
    group, recent, old, t = group
    out = keel_logs(server.endpoint, group)
    assert out.returncode == 0, out.stderr
    # Default --since 10m: the five recent events in time order across streams, not the old one.
    assert lines_of(out.stdout) == recent
    assert "\x1b" not in out.stdout  # not a terminal: no colours

    out = keel_logs(server.endpoint, group, "--since", "3h")
    assert lines_of(out.stdout) == [old, *recent]

    out = keel_logs(server.endpoint, group, "--since", rfc3339(t + 1500))
    assert lines_of(out.stdout) == recent[2:]

    out = keel_logs(server.endpoint, group, "--stream", "work")
    assert lines_of(out.stdout) == [e for e in recent if e[1] == "worker/1"]

    out = keel_logs(server.endpoint, group, "--filter", "ERROR")
    assert lines_of(out.stdout) == [e for e in recent if "ERROR" in e[2]]

    out = keel_logs(server.endpoint, group, "--filter", "ERROR", "--stream", "web/", "--since", "1h")
    assert lines_of(out.stdout) == [recent[2]]

    out = keel_logs(server.endpoint, group, "--stream", "nothing-like-this")
    assert out.returncode == 0 and out.stdout == "", out.stderr


def test_many_pages_are_all_printed(server, logs, name):
    group = f"/cli/{name}"
    logs.create_log_group(logGroupName=group)
    logs.create_log_stream(logGroupName=group, logStreamName="bulk")
    t = now_ms() - 120_000
    # Large messages, so the answer takes several pages of FilterLogEvents (1 MB each).
    big = "x" * 200_000
    for batch in range(3):
        put(logs, group, "bulk", *[(t + batch * 1000 + i, f"{batch}-{i} {big}") for i in range(4)])
    out = keel_logs(server.endpoint, group)
    assert out.returncode == 0, out.stderr
    messages = [m.split(" ")[0] for _, _, m in lines_of(out.stdout)]
    assert messages == [f"{b}-{i}" for b in range(3) for i in range(4)]


def run_on_terminal(args, env):
    """Runs `keel` with stdout on a pseudo-terminal; its output."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen([keel_bin(), *args], stdout=follower, stderr=subprocess.PIPE, env=env)
    os.close(follower)
    out = b""
    deadline = time.time() + 60
    while time.time() < deadline:
        ready = select.select([leader], [], [], deadline - time.time())[0]
        if not ready:
            break
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal's other end closed
            break
        if not chunk:
            break
        out += chunk
    os.close(leader)
    assert proc.wait(timeout=30) == 0, proc.stderr.read()
    return out.decode()


def test_colours_per_stream_only_on_a_terminal(server, group):
    group, recent, _, _ = group
    coloured = run_on_terminal(["logs", group, "--endpoint", server.endpoint], keel_env())
    pairs = set(re.findall(r"\x1b\[(\d+)m(\S+)\x1b\[0m", coloured))
    by_stream = {stream: code for code, stream in pairs}
    # One colour per stream, the same on each of its lines.
    assert set(by_stream) == {"web/1", "worker/1"} and len(pairs) == 2, coloured
    assert all(f"\x1b[{by_stream[s]}m{s}\x1b[0m" in coloured for _, s, _ in recent)
    assert coloured.count("\x1b[0m") == len(recent)
    plain = run_on_terminal(["logs", group, "--endpoint", server.endpoint], keel_env(NO_COLOR="1"))
    assert "\x1b" not in plain and "worker ERROR two" in plain
    plain = run_on_terminal(["logs", group, "--no-color", "--endpoint", server.endpoint], keel_env())
    assert "\x1b" not in plain and "worker ERROR two" in plain


def test_errors_are_one_line_and_fail(server, group):
    group, _, _, _ = group
    missing = keel_logs(server.endpoint, f"/cli/missing-{uuid.uuid4().hex[:8]}")
    assert missing.returncode != 0
    assert missing.stdout == ""
    assert len(missing.stderr.strip().splitlines()) == 1, missing.stderr
    assert "does not exist" in missing.stderr and "ResourceNotFoundException" in missing.stderr

    bad = keel_logs(server.endpoint, group, "--filter", '{ $.level = ')
    assert bad.returncode != 0 and bad.stdout == ""
    assert len(bad.stderr.strip().splitlines()) == 1, bad.stderr
    assert bad.stderr.startswith("keel: InvalidParameterException: "), bad.stderr

    since = keel_logs(server.endpoint, group, "--since", "yesterday")
    assert since.returncode != 0 and "--since" in since.stderr

    # Nothing listens on port 1.
    down = keel_logs("http://127.0.0.1:1", group)
    assert down.returncode != 0 and "is keel running?" in down.stderr, down.stderr

    for out in (missing, bad, since, down):
        assert "panicked" not in out.stderr


class Lines:
    """Reads a process's stdout line by line with deadlines, keeping every line."""

    def __init__(self, proc):
        self.proc, self.buffer, self.lines = proc, b"", []

    def until(self, pattern, timeout):
        """Reads until a line matches `pattern`; the match, or None after `timeout` seconds
        or at the end of the output."""
        deadline = time.time() + timeout
        while True:
            while b"\n" in self.buffer:
                line, self.buffer = self.buffer.split(b"\n", 1)
                self.lines.append(line.decode())
                m = re.search(pattern, self.lines[-1])
                if m:
                    return m
            left = deadline - time.time()
            if left <= 0 or not select.select([self.proc.stdout], [], [], left)[0]:
                return None
            chunk = os.read(self.proc.stdout.fileno(), 65536)
            if not chunk:
                return None
            self.buffer += chunk


def test_follow_prints_each_new_event_once(server, logs, name):
    group = f"/cli/{name}"
    logs.create_log_group(logGroupName=group)
    for stream in ("web/1", "worker/1"):
        logs.create_log_stream(logGroupName=group, logStreamName=stream)
    put(logs, group, "worker/1", (now_ms() - 30_000, "before start"))
    proc = subprocess.Popen([keel_bin(), "logs", group, "--follow", "--stream", "worker/", "--since", "1m",
                             "--endpoint", server.endpoint], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=keel_env())
    lines = Lines(proc)
    try:
        assert lines.until(r" worker/1 before start$", timeout=30), lines.lines
        t = now_ms()
        tag = uuid.uuid4().hex[:8]
        put(logs, group, "worker/1", (t, f"first {tag}"))
        started = time.time()
        assert lines.until(rf" worker/1 first {tag}$", timeout=10), lines.lines
        assert time.time() - started < 5
        # An event at the very timestamp already printed: printed, and the earlier one not again.
        put(logs, group, "worker/1", (t, f"same time {tag}"))
        assert lines.until(rf" worker/1 same time {tag}$", timeout=10), lines.lines
        # Another stream is not followed; the sentinel after it proves the polls went past it.
        put(logs, group, "web/1", (t + 1, f"other stream {tag}"))
        put(logs, group, "worker/1", (t + 2, f"last {tag}"))
        assert lines.until(rf" worker/1 last {tag}$", timeout=10), lines.lines
        # Some more polls, which must print nothing again.
        assert lines.until(r".", timeout=2) is None, lines.lines
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0, proc.stderr.read().decode()
        lines.until(r"(?!)", timeout=5)  # whatever is left
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    messages = [m for _, _, m in lines_of("\n".join(lines.lines))]
    assert messages == ["before start", f"first {tag}", f"same time {tag}", f"last {tag}"]
    assert lines_of("\n".join(lines.lines))[1][0] == rfc3339(t)


def test_follow_ends_on_ctrl_c(server, group):
    group, recent, _, _ = group
    proc = subprocess.Popen([keel_bin(), "logs", group, "-f", "--endpoint", server.endpoint],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=keel_env())
    lines = Lines(proc)
    try:
        assert lines.until(re.escape(recent[-1][2]), timeout=30), lines.lines
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert [l for _, _, l in lines_of("\n".join(lines.lines))] == [m for _, _, m in recent]
