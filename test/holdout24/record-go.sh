#!/usr/bin/env bash
# Builds each go-*/ program and records its CPU profile to go-<name>/profiles/cpu.pb.gz.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
for dir in "$here"/go-*/; do
  dir="${dir%/}"
  name="$(basename "$dir")"
  name="${name#go-}"
  echo "== go-$name"
  (
    cd "$dir"
    GOPROXY=off GOFLAGS=-mod=mod go build -o "/tmp/h24-$name" .
    mkdir -p profiles
    "/tmp/h24-$name" -cpuprofile profiles/cpu.pb.gz
  )
done
