#!/usr/bin/env bash
# Re-records the CPU profiles of the Node programs in this folder (Node 20, builtins only).
set -euo pipefail
cd "$(dirname "$0")"
record() {
  local name="$1" entry="$2"
  (
    cd "node-$name"
    rm -rf "/tmp/p-$name"
    node --cpu-prof --cpu-prof-interval 1000 --cpu-prof-dir="/tmp/p-$name" "$entry.js" \
      && mkdir -p profiles && mv /tmp/p-"$name"/*.cpuprofile profiles/cpu.cpuprofile
  )
}
record ticketing consumer
record recipes report
record parking processor
record weather-stations server
record library-loans loans
