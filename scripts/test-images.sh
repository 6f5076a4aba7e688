#!/usr/bin/env bash
# Builds the images Keel's Docker tests and benchmarks run, locally (no registry is needed):
#
#   keel-test/busybox:latest   a busybox-static root filesystem (Debian's busybox-static)
#   keel-test/workload:latest  the same plus /usr/local/bin/keel-workload (crates/keel-workload,
#                              linked statically); ENTRYPOINT keel-workload, CMD serve
#
# Each image carries the hash of its inputs in the label org.keel.test.inputs and is rebuilt
# only when that hash changes. Needs a running dockerd (scripts/dockerd.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

BUSYBOX_IMAGE=keel-test/busybox:latest
WORKLOAD_IMAGE=keel-test/workload:latest
# Bump when the way the images are assembled changes.
RECIPE=1

log() { printf 'test-images.sh: %s\n' "$*" >&2; }

if ! dpkg -s busybox-static >/dev/null 2>&1; then
  log "installing busybox-static from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq busybox-static >/dev/null
fi
BUSYBOX=/bin/busybox

is_static() {
  local out
  out=$(ldd "$1" 2>&1 || true)
  grep -qE 'statically linked|not a dynamic executable' <<<"$out"
}

if ! is_static "$BUSYBOX"; then
  log "$BUSYBOX is not statically linked"; exit 1
fi

built_inputs() {
  docker image inspect -f '{{ index .Config.Labels "org.keel.test.inputs" }}' "$1" 2>/dev/null || true
}

# rootfs DIR: a minimal root filesystem around busybox.
make_rootfs() {
  local root=$1
  mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,usr/local/bin,etc,tmp,proc,sys,dev,root,var/tmp,www}
  chmod 1777 "$root/tmp" "$root/var/tmp"
  cp "$BUSYBOX" "$root/bin/busybox"
  for applet in $("$BUSYBOX" --list); do
    [ "$applet" = busybox ] || ln -sf /bin/busybox "$root/bin/$applet"
  done
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\nkeel:x:1000:1000:keel:/tmp:/bin/sh\n' > "$root/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\nkeel:x:1000:\n' > "$root/etc/group"
  echo 'keel-test' > "$root/www/index.html"
}

import() {
  local root=$1 image=$2 inputs=$3; shift 3
  tar --numeric-owner -C "$root" -c . | docker import \
    -c "LABEL org.keel.test.inputs=$inputs" "$@" - "$image" >/dev/null
  log "built $image ($inputs)"
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

busybox_inputs="recipe$RECIPE-$(sha256sum "$BUSYBOX" | cut -c1-16)"
if [ "$(built_inputs "$BUSYBOX_IMAGE")" != "$busybox_inputs" ]; then
  make_rootfs "$work/busybox"
  import "$work/busybox" "$BUSYBOX_IMAGE" "$busybox_inputs" -c 'CMD ["/bin/sh"]'
fi

# The workload: a static build for the host's triple (a separate target directory, so the
# flags do not disturb ordinary builds).
triple=$(rustc -vV | sed -n 's/^host: //p')
export "CARGO_TARGET_$(echo "$triple" | tr 'a-z-' 'A-Z_')_RUSTFLAGS=-C target-feature=+crt-static"
cargo build -q --locked --release -p keel-workload --target "$triple"
workload="${CARGO_TARGET_DIR:-$PWD/target}/$triple/release/keel-workload"
if ! is_static "$workload"; then
  log "$workload is not statically linked"; exit 1
fi
workload_inputs="recipe$RECIPE-$(cat "$BUSYBOX" "$workload" | sha256sum | cut -c1-16)"
if [ "$(built_inputs "$WORKLOAD_IMAGE")" != "$workload_inputs" ]; then
  make_rootfs "$work/workload"
  install -m 0755 "$workload" "$work/workload/usr/local/bin/keel-workload"
  import "$work/workload" "$WORKLOAD_IMAGE" "$workload_inputs" \
    -c 'ENTRYPOINT ["/usr/local/bin/keel-workload"]' -c 'CMD ["serve"]'
fi
