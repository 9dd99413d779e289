#!/usr/bin/env bash
# Re-record the CPU profiles of the Go programs in test/holdout9.
set -euo pipefail
cd "$(dirname "$0")"
for p in go-freightquote go-metricsrollup; do
  echo "== $p"
  (cd "$p" && GOPROXY=off go build -o "/tmp/holdout9-$p" . && mkdir -p profiles && "/tmp/holdout9-$p" -cpuprofile profiles/cpu.pb.gz)
done
