#!/usr/bin/env bash
# Re-records the CPU profiles of the Node holdout7 programs (Node 20, builtins only).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
for name in bakery-orders courier-routing escape-rooms farm-irrigation kiln-studio; do
  dir="$here/node-$name"
  tmp="/tmp/p-$name"
  rm -rf "$tmp"
  (cd "$dir" && node --cpu-prof --cpu-prof-interval 1000 --cpu-prof-dir="$tmp" main.js \
    && mkdir -p profiles && mv "$tmp"/*.cpuprofile profiles/cpu.cpuprofile)
  echo "recorded node-$name"
done
