#!/usr/bin/env bash
# Builds every go-* program in this folder and records a CPU profile of one
# run into <program>/profiles/cpu.pb.gz (runtime/pprof, gzipped protobuf).
set -euo pipefail
cd "$(dirname "$0")"
export GOPROXY=off
for dir in go-*/; do
    p="${dir%/}"
    echo "== $p"
    (
        cd "$p"
        GOPROXY=off go build -o "/tmp/holdout16-$p" .
        mkdir -p profiles
        "/tmp/holdout16-$p" -cpuprofile profiles/cpu.pb.gz
    )
done
