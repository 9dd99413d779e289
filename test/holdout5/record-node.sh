#!/usr/bin/env bash
# Re-record the CPU profiles of the Node holdout5 programs (Node 20, builtins only).
set -euo pipefail
cd "$(dirname "$0")"
record() {
  local prog="$1" entry="$2" name="${1#node-}"
  rm -rf "/tmp/p-$name"
  (cd "$prog" && node --cpu-prof --cpu-prof-interval 1000 --cpu-prof-dir="/tmp/p-$name" "$entry.js" \
    && mkdir -p profiles && mv /tmp/p-"$name"/*.cpuprofile profiles/cpu.cpuprofile)
}
record node-airline-crew roster
record node-dental-clinic server
record node-energy-meters billing
record node-museum-collection worker
record node-bike-docks server
# Shares in manifest.json were measured with: node measure-node.js <profile> <file.js> <function> ...
