#!/usr/bin/env bash
# Builds each go-* program in this folder and records its CPU profile to
# <program>/profiles/cpu.pb.gz (runtime/pprof, via the program's -cpuprofile flag).
set -euo pipefail
cd "$(dirname "$0")"
for dir in go-*/; do
  p="${dir%/}"
  echo "== $p"
  (cd "$p" && GOPROXY=off go build -o "/tmp/holdout20-$p" .)
  mkdir -p "$p/profiles"
  (cd "$p" && "/tmp/holdout20-$p" -cpuprofile profiles/cpu.pb.gz)
done
