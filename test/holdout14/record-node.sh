#!/usr/bin/env bash
# Records one CPU profile per node-* program (or the programs named as
# arguments) into <program>/profiles/cpu.cpuprofile.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"

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
  if [ ! -f "$HERE/$program/main.js" ]; then
    echo "skip $program: no main.js" >&2
    exit 1
  fi
  outdir="/tmp/p14-$program"
  rm -rf "$outdir"
  mkdir -p "$outdir"
  echo "== recording $program"
  (cd "$HERE/$program" && node --cpu-prof --cpu-prof-interval 1000 --cpu-prof-dir="$outdir" main.js)
  shopt -s nullglob
  written=("$outdir"/*.cpuprofile)
  shopt -u nullglob
  if [ "${#written[@]}" -ne 1 ]; then
    echo "expected exactly one .cpuprofile in $outdir, found ${#written[@]}" >&2
    exit 1
  fi
  mkdir -p "$HERE/$program/profiles"
  mv "${written[0]}" "$HERE/$program/profiles/cpu.cpuprofile"
  chmod 644 "$HERE/$program/profiles/cpu.cpuprofile"
  rm -rf "$outdir"
  echo "   -> $program/profiles/cpu.cpuprofile"
done
