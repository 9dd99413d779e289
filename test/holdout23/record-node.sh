#!/usr/bin/env bash
# Records a CPU profile for every node-* program here (or only those named as
# arguments) and stores it as <program>/profiles/cpu.cpuprofile.
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
    echo "skip $program: no main.js" >&2
    continue
  fi
  out="/tmp/h23-$program"
  rm -rf "$out"
  mkdir -p "$out"
  echo "== $program"
  (
    cd "$here/$program"
    node --cpu-prof --cpu-prof-interval 1000 --cpu-prof-dir="$out" main.js
  )
  shopt -s nullglob
  files=("$out"/*.cpuprofile)
  shopt -u nullglob
  if [ "${#files[@]}" -ne 1 ]; then
    echo "expected one .cpuprofile in $out, found ${#files[@]}" >&2
    exit 1
  fi
  mkdir -p "$here/$program/profiles"
  mv "${files[0]}" "$here/$program/profiles/cpu.cpuprofile"
  rmdir "$out" 2>/dev/null || true
  echo "   -> $program/profiles/cpu.cpuprofile"
done
