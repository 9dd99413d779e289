#!/usr/bin/env bash
# Re-records the CPU profiles of the Node holdout3 programs (Node 20, builtins only).
# Usage: ./record-node.sh [program-dir ...]   (default: all node-* programs)
set -euo pipefail
cd "$(dirname "$0")"
programs=("$@")
if [ ${#programs[@]} -eq 0 ]; then
  programs=(node-payroll-batch node-chat-moderation node-telemetry-ingest node-inventory-sync node-invoice-renderer)
fi
for prog in "${programs[@]}"; do
  name="${prog#node-}"
  rm -rf "/tmp/p-$name"
  (
    cd "$prog" &&
    node --cpu-prof --cpu-prof-interval 1000 --cpu-prof-dir="/tmp/p-$name" main.js &&
    mkdir -p profiles && mv /tmp/p-"$name"/*.cpuprofile profiles/cpu.cpuprofile
  )
  echo "recorded $prog/profiles/cpu.cpuprofile"
done
