#!/usr/bin/env bash
# Records a V8 CPU profile for every node-* program in this folder (or only
# the programs named as arguments) and stores it as
# <program>/profiles/cpu.cpuprofile.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

if [ "$#" -gt 0 ]; then
  programs=("$@")
else
  programs=()
  for d in node-*/; do programs+=("${d%/}"); done
fi

for program in "${programs[@]}"; do
  program="${program%/}"
  if [ ! -f "$here/$program/main.js" ]; then
    echo "record-node: $program has no main.js" >&2
    exit 1
  fi
  outdir="/tmp/p21-$program"
  rm -rf "$outdir"
  echo "== $program"
  (cd "$here/$program" && node --cpu-prof --cpu-prof-interval 1000 --cpu-prof-dir="$outdir" main.js)
  shopt -s nullglob
  profiles=("$outdir"/*.cpuprofile)
  shopt -u nullglob
  if [ "${#profiles[@]}" -ne 1 ]; then
    echo "record-node: expected exactly one .cpuprofile in $outdir, found ${#profiles[@]}" >&2
    exit 1
  fi
  mkdir -p "$here/$program/profiles"
  mv "${profiles[0]}" "$here/$program/profiles/cpu.cpuprofile"
  chmod 644 "$here/$program/profiles/cpu.cpuprofile"
  rm -rf "$outdir"
  echo "   -> $program/profiles/cpu.cpuprofile"
done
