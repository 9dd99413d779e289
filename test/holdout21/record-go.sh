#!/usr/bin/env bash
# Builds each go-* program and records its CPU profile to <program>/profiles/cpu.pb.gz.
# Usage: ./record-go.sh [go-<name> ...]   (default: every go-* folder)
set -euo pipefail
cd "$(dirname "$0")"
programs=("$@")
if [ ${#programs[@]} -eq 0 ]; then
  programs=(go-*/)
fi
for p in "${programs[@]}"; do
  p="${p%/}"
  echo "== $p"
  (
    cd "$p"
    GOPROXY=off go build -o "/tmp/holdout21-$p" .
    mkdir -p profiles
    "/tmp/holdout21-$p" -cpuprofile profiles/cpu.pb.gz
  )
done
