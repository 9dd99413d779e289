#!/usr/bin/env bash
# Re-record the CPU profiles of the Go programs (one at a time).
# Usage: ./record-go.sh [program-folder ...]   (default: all go-* folders)
set -euo pipefail
cd "$(dirname "$0")"
progs=("$@")
if [ ${#progs[@]} -eq 0 ]; then progs=(go-termbase-qa go-precinct-canvass); fi
for p in "${progs[@]}"; do
  name="${p%/}"
  bin="/tmp/h28-${name}"
  mkdir -p "$bin" "${name}/profiles"
  (cd "$name" && GOFLAGS=-mod=mod GOPROXY=off go build -o "$bin/prog" .)
  echo "== ${name}"
  start=$(date +%s.%N)
  (cd "$name" && "$bin/prog" -cpuprofile profiles/cpu.pb.gz > "$bin/stdout.txt")
  end=$(date +%s.%N)
  tail -n 3 "$bin/stdout.txt"
  echo "wall: $(echo "$end - $start" | bc) s"
  rm -rf "$bin"
done
