#!/usr/bin/env bash
# Re-records the CPU profiles of the Go programs of this holdout set.
# Each program is built with the standard library only (GOPROXY=off) and
# writes its own profile through its -cpuprofile flag (runtime/pprof).
set -euo pipefail
cd "$(dirname "$0")"
HERE="$(pwd)"

for p in go-meterbill go-bracketsim; do
  echo "== $p"
  cd "$HERE/$p"
  GOPROXY=off go build -o "/tmp/holdout10-$p" .
  mkdir -p profiles
  start=$(date +%s)
  "/tmp/holdout10-$p" -cpuprofile profiles/cpu.pb.gz
  echo "$p: $(( $(date +%s) - start ))s, profile $(stat -c %s profiles/cpu.pb.gz) bytes"
done
