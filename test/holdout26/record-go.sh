#!/usr/bin/env bash
# Builds and runs every go-*/ program in this folder, writing profiles/cpu.pb.gz inside each.
set -euo pipefail
cd "$(dirname "$0")"
for dir in go-*/; do
  name="${dir%/}"
  name="${name#go-}"
  echo "== go-$name"
  (
    cd "$dir"
    GOPROXY=off GOFLAGS=-mod=mod go build -o "/tmp/h26-$name" .
    mkdir -p profiles
    "/tmp/h26-$name" -cpuprofile profiles/cpu.pb.gz
  )
done
