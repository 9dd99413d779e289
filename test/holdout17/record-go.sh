#!/usr/bin/env bash
# Builds and profiles every go-* program of this holdout set.
set -euo pipefail
cd "$(dirname "$0")"
for dir in go-*/; do
  p="${dir%/}"
  echo "== $p"
  (
    cd "$p"
    GOPROXY=off go build -o "/tmp/holdout17-$p" .
    mkdir -p profiles
    "/tmp/holdout17-$p" -cpuprofile profiles/cpu.pb.gz
  )
done
