#!/usr/bin/env bash
# Builds and records every Go program in this folder (go-*/).
# Each program writes its CPU profile to <program>/profiles/cpu.pb.gz.
set -euo pipefail
cd "$(dirname "$0")"
for dir in go-*/; do
  p="${dir%/}"
  echo "== $p"
  (cd "$p" && GOPROXY=off go build -o "/tmp/holdout19-$p" .)
  (cd "$p" && mkdir -p profiles && "/tmp/holdout19-$p" -cpuprofile profiles/cpu.pb.gz)
done
