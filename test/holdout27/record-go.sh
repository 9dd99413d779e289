#!/usr/bin/env bash
# Re-record the CPU profiles of the Go programs of this set (one at a time).
# Each program is built into /tmp/h27-<name> and writes its own profile with
# runtime/pprof (-cpuprofile, 100 Hz) to <program>/profiles/cpu.pb.gz.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
for prog in go-allotment-recon go-farecap; do
  name="${prog#go-}"
  echo "== $prog"
  ( cd "$here/$prog" && GOFLAGS=-mod=mod GOPROXY=off go build -o "/tmp/h27-$name" . )
  mkdir -p "$here/$prog/profiles"
  ( cd "$here/$prog" && /usr/bin/time -f "wall %es" "/tmp/h27-$name" -cpuprofile profiles/cpu.pb.gz )
done
