#!/usr/bin/env bash
# Record a CPU profile for every node-* program (or only those named as arguments).
# Usage: ./record-node.sh [node-program ...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
if [ "$#" -gt 0 ]; then
  programs=("$@")
else
  programs=()
  for d in node-*/; do programs+=("${d%/}"); done
fi
for prog in "${programs[@]}"; do
  prog="${prog%/}"
  if [ ! -f "$here/$prog/main.js" ]; then
    echo "skip $prog: no main.js" >&2
    continue
  fi
  outdir="/tmp/h24-$prog"
  rm -rf "$outdir"
  echo "== recording $prog"
  (cd "$here/$prog" && node --cpu-prof --cpu-prof-interval 1000 --cpu-prof-dir="$outdir" main.js)
  shopt -s nullglob
  files=("$outdir"/*.cpuprofile)
  shopt -u nullglob
  if [ "${#files[@]}" -ne 1 ]; then
    echo "expected one .cpuprofile in $outdir, found ${#files[@]}" >&2
    exit 1
  fi
  mkdir -p "$here/$prog/profiles"
  mv "${files[0]}" "$here/$prog/profiles/cpu.cpuprofile"
  rmdir "$outdir" 2>/dev/null || true
  echo "   -> $prog/profiles/cpu.cpuprofile"
done
