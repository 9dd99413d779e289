#!/usr/bin/env bash
# Record a CPU profile for every node-* program (or only those named as arguments).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
if [ "$#" -gt 0 ]; then progs=("$@"); else progs=(node-*/); fi
for prog in "${progs[@]}"; do
  prog="${prog%/}"
  dir="/tmp/h26-$prog"
  rm -rf "$dir"
  echo "== $prog"
  start=$(date +%s)
  ( cd "$here/$prog" && node --cpu-prof --cpu-prof-interval 1000 --cpu-prof-dir="$dir" main.js )
  echo "   ran $(( $(date +%s) - start ))s"
  files=("$dir"/*.cpuprofile)
  if [ "${#files[@]}" -ne 1 ]; then echo "expected one profile in $dir, found ${#files[@]}" >&2; exit 1; fi
  mkdir -p "$here/$prog/profiles"
  mv "${files[0]}" "$here/$prog/profiles/cpu.cpuprofile"
  rm -rf "$dir"
done
