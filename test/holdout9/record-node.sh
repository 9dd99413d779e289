#!/usr/bin/env bash
# Re-records the CPU profiles of the node-* programs in this folder.
# Usage: ./record-node.sh [program ...]   (default: all node-* programs)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
cd "$HERE"
programs=("$@")
if [ ${#programs[@]} -eq 0 ]; then
  programs=(node-order-api node-log-analyzer node-report-builder node-inventory-service node-metrics-rollup)
fi
for name in "${programs[@]}"; do
  echo "== $name"
  out="/tmp/p-$name"
  rm -rf "$out"
  (cd "$HERE/$name" && node --cpu-prof --cpu-prof-interval 1000 --cpu-prof-dir="$out" main.js)
  files=("$out"/*.cpuprofile)
  if [ ${#files[@]} -ne 1 ]; then echo "expected exactly one profile in $out, got ${#files[@]}" >&2; exit 1; fi
  mkdir -p "$HERE/$name/profiles"
  mv "${files[0]}" "$HERE/$name/profiles/cpu.cpuprofile"
  rm -rf "$out"
done
