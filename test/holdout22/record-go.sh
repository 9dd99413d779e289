#!/usr/bin/env bash
# Builds each go-* program into /tmp and records its CPU profile as <program>/profiles/cpu.pb.gz.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
for dir in "$here"/go-*/; do
  dir="${dir%/}"
  name="$(basename "$dir")"
  bin="/tmp/h22-$name"
  echo "== $name"
  (cd "$dir" && GOPROXY=off go build -o "$bin" .)
  mkdir -p "$dir/profiles"
  (cd "$dir" && "$bin" -cpuprofile profiles/cpu.pb.gz)
done
