#!/usr/bin/env bash
# Re-record the CPU profile of every node-* program (or only those named as arguments).
# Each run writes to /tmp/h29-<program>, then the profile is copied to <program>/profiles/cpu.cpuprofile.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
if [ "$#" -gt 0 ]; then programs=("$@"); else programs=(node-*/); fi
for p in "${programs[@]}"; do
  p="${p%/}"
  tmp="/tmp/h29-$p"
  rm -rf "$tmp"
  mkdir -p "$tmp" "$p/profiles"
  echo "== recording $p"
  start=$(date +%s.%N)
  (cd "$p" && node --cpu-prof --cpu-prof-interval 1000 --cpu-prof-dir="$tmp" main.js)
  end=$(date +%s.%N)
  prof=$(ls "$tmp"/*.cpuprofile | head -n 1)
  cp "$prof" "$p/profiles/cpu.cpuprofile"
  chmod 644 "$p/profiles/cpu.cpuprofile"
  rm -rf "$tmp"
  printf '   %s: %.1f s wall\n' "$p" "$(awk -v a="$start" -v b="$end" 'BEGIN{print b-a}')"
done
