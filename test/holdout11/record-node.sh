#!/usr/bin/env bash
# Records one CPU profile per node-* program (or only the programs named as arguments).
# Each profile is written to <program>/profiles/cpu.cpuprofile.
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
    echo "no such program: $prog" >&2
    exit 1
  fi
  name="${prog#node-}"
  outdir="/tmp/p11-$name"
  rm -rf "$outdir"
  mkdir -p "$outdir"
  echo "== $prog"
  start=$(date +%s)
  (cd "$here/$prog" && node --cpu-prof --cpu-prof-interval 1000 --cpu-prof-dir="$outdir" main.js)
  end=$(date +%s)
  shopt -s nullglob
  files=("$outdir"/*.cpuprofile)
  shopt -u nullglob
  if [ "${#files[@]}" -ne 1 ]; then
    echo "expected exactly one .cpuprofile in $outdir, found ${#files[@]}" >&2
    exit 1
  fi
  mkdir -p "$here/$prog/profiles"
  mv "${files[0]}" "$here/$prog/profiles/cpu.cpuprofile"
  chmod 644 "$here/$prog/profiles/cpu.cpuprofile"
  rm -rf "$outdir"
  echo "   $prog: $((end - start)) s, profile $(du -k "$here/$prog/profiles/cpu.cpuprofile" | cut -f1) KiB"
done
