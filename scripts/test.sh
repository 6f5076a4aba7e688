#!/usr/bin/env bash
# Runs every Keel test on a fresh Debian machine (as root) or a developer's machine.
# Does its own set-up: Python test clients (pinned), a Docker daemon and the test images (built
# locally), then builds and runs the suites.
set -euo pipefail
cd "$(dirname "$0")/.."

# Pinned real clients: the AWS CLI v1 and boto3 whose botocore model Keel's wire types come from,
# and ecs-deploy, a deployment tool built on them.
PY_CLIENTS=(awscli==1.46.3 boto3==1.44.5 botocore==1.44.5 pytest==8.3.5 ecs-deploy==1.17.0)

log() { printf '\n==> %s\n' "$*" >&2; }

log "checking tools"
command -v cargo >/dev/null || { echo "cargo is required (https://rustup.rs)"; exit 1; }
if ! command -v python3 >/dev/null; then
  apt-get update -qq && apt-get install -y -qq python3 python3-pip >/dev/null
fi
# The agent puts the task credentials address (169.254.170.2) on the loopback interface with `ip`.
if ! command -v ip >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq iproute2 >/dev/null
fi
if ! python3 -c 'import awscli, boto3, pytest, ecs_deploy' 2>/dev/null \
   || [ "$(python3 -c 'import botocore; print(botocore.__version__)' 2>/dev/null)" != "1.44.5" ]; then
  log "installing pinned Python clients: ${PY_CLIENTS[*]}"
  python3 -m pip install -q --disable-pip-version-check "${PY_CLIENTS[@]}" 2>&1 | grep -v "Running pip as the 'root' user" || true
fi

export CARGO_TERM_COLOR=never
log "format and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -q -- -D warnings

log "building keel and every test"
# One build with the whole workspace's features: building `-p keel` alone would compile the
# dependencies a second time with other feature sets.
cargo build --workspace --locked --bins --tests --examples -q
export KEEL_BIN="${CARGO_TARGET_DIR:-$PWD/target}/debug/keel"

log "generated wire types match the botocore model"
"${CARGO_TARGET_DIR:-$PWD/target}/debug/xtask" codegen --check

log "Docker daemon and locally built test images"
./scripts/dockerd.sh
./scripts/test-images.sh
# The runtime's Docker tests must run here: a missing daemon fails them instead of skipping.
export KEEL_TEST_DOCKER=1
remove_test_containers() {
  # Tests remove what they create; this catches what a crashed test left behind.
  docker ps -aq --filter label=org.keel.test.run | xargs -r docker rm -f >/dev/null 2>&1 || true
  docker volume ls -q --filter label=org.keel.test.run | xargs -r docker volume rm >/dev/null 2>&1 || true
}
trap remove_test_containers EXIT

log "rust tests (unit, integration, store and runtime conformance, durability, AWS SDK for Rust)"
cargo test --workspace --locked --no-fail-fast

log "AWS CLI and boto3 compatibility tests"
python3 -m pytest -q tests/compat/py -p no:cacheprovider
