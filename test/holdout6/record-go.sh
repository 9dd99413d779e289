#!/bin/sh
# Re-records the CPU profiles of the Go programs of holdout6.
set -e
cd "$(dirname "$0")"
for p in go-podcast-feeds go-race-timing; do
  (cd "$p" && mkdir -p profiles && GOPROXY=off go build -o "/tmp/holdout6-$p" . \
     && "/tmp/holdout6-$p" -cpuprofile profiles/cpu.pb.gz)
done
