#!/usr/bin/env bash
# Re-record the CPU profile of every node-* program in this folder, one program at a time.
# Usage: ./record-node.sh [program ...]   (default: all node-* folders)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
programs=("$@")
if [ ${#programs[@]} -eq 0 ]; then
  programs=()
  for d in node-*/; do programs+=("${d%/}"); done
fi
for program in "${programs[@]}"; do
  tmp="/tmp/h27-${program}"
  rm -rf "$tmp"
  mkdir -p "$tmp" "$here/$program/profiles"
  start=$(date +%s.%N)
  (cd "$here/$program" && node --cpu-prof --cpu-prof-interval 1000 --cpu-prof-dir="$tmp" main.js)
  end=$(date +%s.%N)
  shopt -s nullglob
  profiles=("$tmp"/*.cpuprofile)
  shopt -u nullglob
  if [ ${#profiles[@]} -ne 1 ]; then
    echo "$program: expected exactly one profile in $tmp, found ${#profiles[@]}" >&2
    exit 1
  fi
  cp "${profiles[0]}" "$here/$program/profiles/cpu.cpuprofile"
  chmod 644 "$here/$program/profiles/cpu.cpuprofile"
  rm -rf "$tmp"
  awk -v p="$program" -v s="$start" -v e="$end" 'BEGIN { printf "%s: recorded in %.1f s\n", p, e - s }'
done
