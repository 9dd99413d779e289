#!/bin/sh
# Re-record the Go programs of holdout7 (CPU profile via runtime/pprof).
set -e
cd "$(dirname "$0")"
for p in go-seed-bank go-tram-timetables; do
  (cd "$p" && GOPROXY=off go build -o "/tmp/holdout7-$p" . && "/tmp/holdout7-$p" -cpuprofile profiles/cpu.pb.gz)
done
