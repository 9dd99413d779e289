#!/usr/bin/env bash
# Records a CPU profile of every node-* program (or only the programs named as
# arguments) and stores it as <program>/profiles/cpu.cpuprofile.
#
#   ./record-node.sh                       # all node-* programs
#   ./record-node.sh node-bed-census       # just one
set -euo pipefail

cd "$(dirname "$0")"

if [ "$#" -gt 0 ]; then
  programs=("$@")
else
  programs=()
  for dir in node-*/; do
    programs+=("${dir%/}")
  done
fi

for program in "${programs[@]}"; do
  program="${program%/}"
  if [ ! -f "$program/main.js" ]; then
    echo "skipping $program: no main.js" >&2
    continue
  fi
  profile_dir="/tmp/h22-$program"
  rm -rf "$profile_dir"
  echo "== recording $program"
  (
    cd "$program"
    node --cpu-prof --cpu-prof-interval 1000 --cpu-prof-dir="$profile_dir" main.js
  )
  shopt -s nullglob
  profiles=("$profile_dir"/*.cpuprofile)
  shopt -u nullglob
  if [ "${#profiles[@]}" -ne 1 ]; then
    echo "expected one .cpuprofile in $profile_dir, found ${#profiles[@]}" >&2
    exit 1
  fi
  mkdir -p "$program/profiles"
  mv "${profiles[0]}" "$program/profiles/cpu.cpuprofile"
  rmdir "$profile_dir" 2>/dev/null || true
  echo "== $program/profiles/cpu.cpuprofile"
done
