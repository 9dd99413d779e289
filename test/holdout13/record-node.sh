#!/usr/bin/env bash
# Re-record CPU profiles for the node-* programs (all, or those named as arguments).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"
if [ "$#" -gt 0 ]; then
  programs=("$@")
else
  programs=()
  for d in node-*/; do programs+=("${d%/}"); done
fi
for prog in "${programs[@]}"; do
  prog="${prog%/}"
  [ -f "$HERE/$prog/main.js" ] || { echo "no such program: $prog" >&2; exit 1; }
  out="/tmp/p13-$prog"
  rm -rf "$out"
  mkdir -p "$out"
  echo "== recording $prog"
  (cd "$HERE/$prog" && node --cpu-prof --cpu-prof-interval 1000 --cpu-prof-dir="$out" main.js)
  shopt -s nullglob
  files=("$out"/*.cpuprofile)
  shopt -u nullglob
  if [ "${#files[@]}" -ne 1 ]; then
    echo "expected exactly one .cpuprofile in $out, found ${#files[@]}" >&2
    exit 1
  fi
  mkdir -p "$HERE/$prog/profiles"
  mv "${files[0]}" "$HERE/$prog/profiles/cpu.cpuprofile"
  chmod 644 "$HERE/$prog/profiles/cpu.cpuprofile"
  rm -rf "$out"
  echo "   -> $prog/profiles/cpu.cpuprofile ($(stat -c %s "$HERE/$prog/profiles/cpu.cpuprofile") bytes)"
done
