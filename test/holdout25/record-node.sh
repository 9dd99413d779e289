#!/usr/bin/env bash
# Records a CPU profile of each node-* program (or only those named as arguments)
# into <program>/profiles/cpu.cpuprofile.
set -euo pipefail
cd "$(dirname "$0")"

if [ "$#" -gt 0 ]; then
  programs=("$@")
else
  programs=()
  for d in node-*/; do programs+=("${d%/}"); done
fi

for prog in "${programs[@]}"; do
  prog="${prog%/}"
  if [ ! -f "$prog/main.js" ]; then
    echo "skip $prog: no main.js" >&2
    continue
  fi
  outdir="/tmp/h25-$prog"
  rm -rf "$outdir"
  echo "== recording $prog"
  (cd "$prog" && node --cpu-prof --cpu-prof-interval 1000 --cpu-prof-dir="$outdir" main.js)
  shopt -s nullglob
  files=("$outdir"/*.cpuprofile)
  shopt -u nullglob
  if [ "${#files[@]}" -ne 1 ]; then
    echo "expected one .cpuprofile in $outdir, found ${#files[@]}" >&2
    exit 1
  fi
  mkdir -p "$prog/profiles"
  mv "${files[0]}" "$prog/profiles/cpu.cpuprofile"
  rm -rf "$outdir"
  echo "   -> $prog/profiles/cpu.cpuprofile"
done
