#!/usr/bin/env bash
# Re-record the CPU profiles of the Go programs in this folder.
# Usage: ./record-go.sh [program ...]   (default: all go-* programs)
set -euo pipefail
cd "$(dirname "$0")"
programs=("$@")
if [ ${#programs[@]} -eq 0 ]; then
  programs=(go-shipment-router go-logstats)
fi
for p in "${programs[@]}"; do
  echo "== $p"
  (cd "$p" && GOPROXY=off go build -o "/tmp/holdout8-$p" .)
  mkdir -p "$p/profiles"
  (cd "$p" && "/tmp/holdout8-$p" -cpuprofile profiles/cpu.pb.gz)
done
