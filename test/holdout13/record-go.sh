#!/usr/bin/env bash
# Re-record the CPU profiles of the hand-written Go programs.
set -euo pipefail
cd "$(dirname "$0")"
for p in go-leakwatch go-liftdispatch; do
  (
    cd "$p"
    GOPROXY=off go build -o "/tmp/holdout13-$p" .
    mkdir -p profiles
    "/tmp/holdout13-$p" -cpuprofile profiles/cpu.pb.gz
  )
done
