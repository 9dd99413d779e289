#!/usr/bin/env bash
# Build and profile the Go programs of holdout14 (writes <program>/profiles/cpu.pb.gz).
set -euo pipefail
cd "$(dirname "$0")"
for p in go-apiary go-seedbank; do
  echo "== $p"
  (
    cd "$p"
    mkdir -p profiles
    GOPROXY=off go build -o "/tmp/holdout14-$p" .
    "/tmp/holdout14-$p" -cpuprofile profiles/cpu.pb.gz
  )
done
