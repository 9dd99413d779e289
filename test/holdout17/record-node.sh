#!/usr/bin/env bash
# Records a CPU profile for each node-* program (or the ones named as arguments)
# into <program>/profiles/cpu.cpuprofile.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

if [ "$#" -gt 0 ]; then
  programs=("$@")
else
  programs=()
  for d in node-*/; do
    programs+=("${d%/}")
  done
fi

for program in "${programs[@]}"; do
  program="${program%/}"
  if [ ! -f "$here/$program/main.js" ]; then
    echo "record-node: $program has no main.js" >&2
    exit 1
  fi
  profdir="/tmp/p17-$program"
  rm -rf "$profdir"
  echo "== $program"
  start=$(date +%s.%N)
  (cd "$here/$program" && node --cpu-prof --cpu-prof-interval 1000 --cpu-prof-dir="$profdir" main.js > /dev/null)
  end=$(date +%s.%N)
  shopt -s nullglob
  found=("$profdir"/*.cpuprofile)
  shopt -u nullglob
  if [ "${#found[@]}" -ne 1 ]; then
    echo "record-node: expected exactly one .cpuprofile in $profdir, found ${#found[@]}" >&2
    exit 1
  fi
  mkdir -p "$here/$program/profiles"
  mv "${found[0]}" "$here/$program/profiles/cpu.cpuprofile"
  chmod 644 "$here/$program/profiles/cpu.cpuprofile"
  rmdir "$profdir"
  awk -v p="$program" -v s="$start" -v e="$end" 'BEGIN { printf "   wrote %s/profiles/cpu.cpuprofile (%.1f s)\n", p, e - s }'
done
