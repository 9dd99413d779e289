#!/usr/bin/env bash
# Records one CPU profile per node-* program (or per program named as an argument):
#   node --cpu-prof --cpu-prof-interval 1000 --cpu-prof-dir=/tmp/p16-<program> main.js
# and stores it as <program>/profiles/cpu.cpuprofile.
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

for prog in "${programs[@]}"; do
  prog="${prog%/}"
  if [ ! -f "$here/$prog/main.js" ]; then
    echo "record-node: $prog/main.js not found" >&2
    exit 1
  fi
  outdir="/tmp/p16-$prog"
  rm -rf "$outdir"
  mkdir -p "$outdir"
  echo "== $prog"
  start=$(date +%s.%N)
  (cd "$here/$prog" && node --cpu-prof --cpu-prof-interval 1000 --cpu-prof-dir="$outdir" main.js)
  end=$(date +%s.%N)
  shopt -s nullglob
  files=("$outdir"/*.cpuprofile)
  shopt -u nullglob
  if [ "${#files[@]}" -ne 1 ]; then
    echo "record-node: expected exactly one .cpuprofile in $outdir, found ${#files[@]}" >&2
    exit 1
  fi
  mkdir -p "$here/$prog/profiles"
  mv "${files[0]}" "$here/$prog/profiles/cpu.cpuprofile"
  chmod 644 "$here/$prog/profiles/cpu.cpuprofile"
  rmdir "$outdir" 2>/dev/null || true
  printf '   wall %.1fs -> %s/profiles/cpu.cpuprofile\n' "$(awk -v a="$start" -v b="$end" 'BEGIN{print b-a}')" "$prog"
done
