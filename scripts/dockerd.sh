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
  if [ -n "$pid" ] && [ -d "/proc/$pid" ] && grep -q dockerd "/proc/$pid/comm" 2>/dev/null; then
    log "dockerd (pid $pid) is running but its API does not answer yet; waiting"
  else
    rm -f "$PIDFILE"
  fi
fi

started=
if ! pgrep -x dockerd >/dev/null; then
  mkdir -p "$(dirname "$LOG")"
  log "starting dockerd (log: $LOG)"
  # setsid: dockerd outlives this script and the test run that called it. 9>&-: it must not
  # inherit the lock, or it would hold it for as long as it runs.
  setsid dockerd --host "unix://$SOCK" >>"$LOG" 2>&1 < /dev/null 9>&- &
  started=$!
fi

# Whether the daemon is still there. The one started here is followed by its pid: for a moment
# after the fork it is not yet named dockerd, which `pgrep` would take for an exit.
alive() {
  if [ -n "$started" ]; then
    kill -0 "$started" 2>/dev/null
  else
    pgrep -x dockerd >/dev/null
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
    exit 1
  fi
  sleep 0.1
done
log "dockerd did not answer on $SOCK within ${WAIT}s; last lines of $LOG:"
tail -n 20 "$LOG" >&2 || true
exit 1
