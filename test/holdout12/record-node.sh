#!/usr/bin/env bash
# Records a CPU profile for each node-* program (or the ones named as
# arguments) into <program>/profiles/cpu.cpuprofile.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"

programs=()
if [ "$#" -gt 0 ]; then
  for p in "$@"; do programs+=("${p%/}"); done
else
  for d in node-*/; do
    [ -f "${d}main.js" ] && programs+=("${d%/}")
  done
fi

total_start=$(date +%s)
for prog in "${programs[@]}"; do
  dir="$HERE/$prog"
  if [ ! -f "$dir/main.js" ]; then
    echo "error: $prog has no main.js" >&2
    exit 1
  fi
  out="/tmp/p12-$prog"
  rm -rf "$out"
  echo "== $prog"
  start=$(date +%s)
  (cd "$dir" && node --cpu-prof --cpu-prof-interval 1000 --cpu-prof-dir="$out" main.js)
  shopt -s nullglob
  files=("$out"/*.cpuprofile)
  shopt -u nullglob
  if [ "${#files[@]}" -ne 1 ]; then
    echo "error: expected exactly one .cpuprofile in $out, found ${#files[@]}" >&2
    exit 1
  fi
  mkdir -p "$dir/profiles"
  mv "${files[0]}" "$dir/profiles/cpu.cpuprofile"
  chmod 644 "$dir/profiles/cpu.cpuprofile"
  rmdir "$out" 2>/dev/null || true
  echo "   done in $(( $(date +%s) - start )) s, profile $(stat -c %s "$dir/profiles/cpu.cpuprofile") bytes"
done
echo "total $(( $(date +%s) - total_start )) s"
