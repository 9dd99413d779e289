#!/bin/sh
# Re-records the Go programs of holdout5 (CPU profile via runtime/pprof, -cpuprofile flag).
set -e
cd "$(dirname "$0")"
for p in go-vaccine-coldchain go-school-timetables; do
  (cd "$p" && mkdir -p profiles && GOPROXY=off go build -o "/tmp/holdout5-$p" . && "/tmp/holdout5-$p" -cpuprofile profiles/cpu.pb.gz)
done
