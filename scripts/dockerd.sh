#!/usr/bin/env bash
# Makes sure a Docker daemon answers on /var/run/docker.sock: installs Debian's docker.io when
# dockerd is missing and starts dockerd in the background when none is running. Idempotent; safe
# to run concurrently (a lock serialises callers). Used by scripts/test.sh and the benchmarks.
#
#   KEEL_DOCKERD_LOG   where dockerd writes its log (default /var/log/keel-dockerd.log)
#   KEEL_DOCKERD_WAIT  seconds to wait for the API (default 60)
set -euo pipefail

SOCK=/var/run/docker.sock
LOG=${KEEL_DOCKERD_LOG:-/var/log/keel-dockerd.log}
WAIT=${KEEL_DOCKERD_WAIT:-60}
PIDFILE=/var/run/docker.pid

log() { printf 'dockerd.sh: %s\n' "$*" >&2; }

api_up() {
  # The socket answers /_ping with OK.
  [ -S "$SOCK" ] && curl -fsS --max-time 2 --unix-socket "$SOCK" http://localhost/_ping >/dev/null 2>&1
}

# Whether PID is a live (not zombie) process named NAME. A daemon whose parent is gone may stay a
# zombie for as long as nothing reaps it, and `kill -0`, /proc/PID and pgrep all still see it.
live() {
  local pid=$1 name=$2 state
  [ -n "$pid" ] && grep -qx "$name" "/proc/$pid/comm" 2>/dev/null || return 1
  state=$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1)
  [ -n "$state" ] && [ "$state" != Z ] && [ "$state" != X ]
}

# Whether any live dockerd runs.
dockerd_running() {
  local pid
  for pid in $(pgrep -x dockerd || true); do
    live "$pid" dockerd && return 0
  done
  return 1
}

exec 9>/var/run/keel-dockerd.lock
flock 9

if api_up; then
  exit 0
fi

if ! command -v curl >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl >/dev/null
fi
if ! command -v dockerd >/dev/null; then
  log "installing docker.io from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io >/dev/null
fi

# A dockerd killed without cleaning up leaves its pid file behind and then refuses to start.
if [ -f "$PIDFILE" ]; then
  pid=$(cat "$PIDFILE" 2>/dev/null || true)
  if live "$pid" dockerd; then
    log "dockerd (pid $pid) is running but its API does not answer yet; waiting"
  else
    rm -f "$PIDFILE"
  fi
fi

# dockerd runs its own containerd and records its pid here. After a dockerd that did not stop
# cleanly, the file outlives it: if the pid now belongs to some other process, dockerd takes it
# for a live containerd, waits for a socket that never appears and gives up ("timeout waiting for
# containerd to start"). A containerd left over from a dead dockerd is stopped for the same reason.
clear_stale_containerd() {
  local pidfile=/var/run/docker/containerd/containerd.pid pid
  [ -f "$pidfile" ] || return 0
  pid=$(cat "$pidfile" 2>/dev/null || true)
  if live "$pid" containerd; then
    log "stopping containerd (pid $pid) left over from an earlier dockerd"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
      live "$pid" containerd || break
      sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

started=
start_dockerd() {
  clear_stale_containerd
  mkdir -p "$(dirname "$LOG")"
  log "starting dockerd (log: $LOG)"
  # setsid: dockerd outlives this script and the test run that called it. 9>&-: it must not
  # inherit the lock, or it would hold it for as long as it runs.
  setsid dockerd --host "unix://$SOCK" >>"$LOG" 2>&1 < /dev/null 9>&- &
  started=$!
}
if ! dockerd_running; then
  start_dockerd
fi

# Whether the daemon is still there. The one started here is followed by its pid: for a moment
# after the fork it is not yet named dockerd, which a check by name would take for an exit.
alive() {
  if [ -n "$started" ]; then
    kill -0 "$started" 2>/dev/null && ! grep -q '^State:.*[ZX]' "/proc/$started/status" 2>/dev/null
  else
    dockerd_running
  fi
}

for _ in $(seq 1 $((WAIT * 10))); do
  if api_up; then
    log "dockerd is up ($(curl -fsS --unix-socket "$SOCK" http://localhost/version | sed -n 's/.*"Version":"\([^"]*\)".*/\1/p'))"
    exit 0
  fi
  if ! alive; then
    log "dockerd exited; last lines of $LOG:"
    tail -n 20 "$LOG" >&2 || true
    # One more try: what made it exit (a stale pid file, a containerd that was still going
    # down) is usually gone a moment later.
    if [ -n "$started" ] && [ -z "${retried:-}" ]; then
      retried=1
      rm -f "$PIDFILE"
      sleep 1
      start_dockerd
      continue
    fi
    exit 1
  fi
  sleep 0.1
done
log "dockerd did not answer on $SOCK within ${WAIT}s; last lines of $LOG:"
tail -n 20 "$LOG" >&2 || true
exit 1
