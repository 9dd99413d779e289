#!/usr/bin/env bash
# Re-records the CPU profile of every node-* program in this folder (or only those named as arguments).
# Each program is run on its own (one at a time) with the V8 sampling profiler at a 1 ms interval;
# the resulting .cpuprofile is copied to <program>/profiles/cpu.cpuprofile.
set -euo pipefail
cd "$(dirname "$0")"
programs=("$@")
if [ ${#programs[@]} -eq 0 ]; then
  programs=(node-*/)
fi
for dir in "${programs[@]}"; do
  prog="${dir%/}"
  tmp="/tmp/h28-${prog}"
  rm -rf "$tmp"
  mkdir -p "$tmp" "${prog}/profiles"
  echo "== recording ${prog}"
  start=$(date +%s.%N)
  (cd "$prog" && node --cpu-prof --cpu-prof-interval 1000 --cpu-prof-dir="$tmp" main.js)
  end=$(date +%s.%N)
  profile=$(ls -1 "$tmp"/*.cpuprofile | head -n 1)
  cp "$profile" "${prog}/profiles/cpu.cpuprofile"
  chmod 644 "${prog}/profiles/cpu.cpuprofile"
  rm -rf "$tmp"
  echo "== ${prog}: $(echo "$end - $start" | bc) s wall"
done
