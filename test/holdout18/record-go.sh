#!/usr/bin/env bash
# Builds and records a CPU profile for every go-* program in this folder.
# Usage: ./record-go.sh [go-<name> ...]   (default: all go-* folders)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
progs=("$@")
if [ ${#progs[@]} -eq 0 ]; then
  progs=(go-*/)
fi
for p in "${progs[@]}"; do
  p="${p%/}"
  echo "== $p"
  (
    cd "$here/$p"
    GOPROXY=off go build -o "/tmp/holdout18-$p" .
    mkdir -p profiles
    "/tmp/holdout18-$p" -cpuprofile profiles/cpu.pb.gz
  )
done
