#!/usr/bin/env bash
# Builds every Go program of this folder and records a CPU profile of one run.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
for p in go-airquality-ingest go-transit-timetable; do
  echo "== $p"
  cd "$here/$p"
  GOPROXY=off go build -o "/tmp/holdout11-$p" .
  mkdir -p profiles
  "/tmp/holdout11-$p" -cpuprofile profiles/cpu.pb.gz > /dev/null
  ls -l profiles/cpu.pb.gz
done
