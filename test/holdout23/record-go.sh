#!/usr/bin/env bash
# Builds every go-* program into /tmp and records its CPU profile into
# <program>/profiles/cpu.pb.gz.
set -euo pipefail
cd "$(dirname "$0")"
for dir in go-*/; do
  name=${dir%/}
  bin=/tmp/h23-$name
  echo "== $name"
  (cd "$name" && GOPROXY=off GOFLAGS=-mod=mod go build -o "$bin" .)
  mkdir -p "$name/profiles"
  (cd "$name" && /usr/bin/time -f "$name: %U s user, %S s sys, %e s wall" "$bin" -cpuprofile profiles/cpu.pb.gz)
done
