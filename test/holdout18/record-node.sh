#!/usr/bin/env bash
# Records a V8 CPU profile for every node-* program in this folder (or for the
# programs named as arguments) and stores it as <program>/profiles/cpu.cpuprofile.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

programs=()
if [ "$#" -gt 0 ]; then
  for arg in "$@"; do programs+=("$(basename "${arg%/}")"); done
else
  for d in "$HERE"/node-*/; do programs+=("$(basename "$d")"); done
fi

for prog in "${programs[@]}"; do
  dir="$HERE/$prog"
  if [ ! -f "$dir/main.js" ]; then
    echo "record-node: $prog has no main.js" >&2
    exit 1
  fi
  out="/tmp/p18-$prog"
  rm -rf "$out"
  echo "== $prog"
  (cd "$dir" && node --cpu-prof --cpu-prof-interval 1000 --cpu-prof-dir="$out" main.js)
  shopt -s nullglob
  files=("$out"/*.cpuprofile)
  shopt -u nullglob
  if [ "${#files[@]}" -ne 1 ]; then
    echo "record-node: $prog wrote ${#files[@]} .cpuprofile files in $out, expected exactly one" >&2
    exit 1
  fi
  mkdir -p "$dir/profiles"
  mv "${files[0]}" "$dir/profiles/cpu.cpuprofile"
  chmod 644 "$dir/profiles/cpu.cpuprofile"
  rm -rf "$out"
  echo "   -> $prog/profiles/cpu.cpuprofile"
done
