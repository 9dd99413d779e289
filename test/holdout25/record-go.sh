#!/usr/bin/env bash
# Builds each go-* program and records its CPU profile to <program>/profiles/cpu.pb.gz.
set -euo pipefail
cd "$(dirname "$0")"
for dir in go-*/; do
  name="${dir%/}"
  name="${name#go-}"
  echo "== go-$name"
  (
    cd "go-$name"
    GOPROXY=off GOFLAGS=-mod=mod go build -o "/tmp/h25-$name" .
    mkdir -p profiles
    "/tmp/h25-$name" -cpuprofile profiles/cpu.pb.gz
  )
done
