#!/bin/bash
# Re-records the Go holdout4 programs: profiles/cpu.pb.gz via runtime/pprof (-cpuprofile).
set -euo pipefail
cd "$(dirname "$0")"
for prog in go-toll-plazas go-beehive-monitors; do
  (
    cd "$prog"
    mkdir -p profiles
    GOPROXY=off go build -o "/tmp/bin-$prog" .
    "/tmp/bin-$prog" -cpuprofile profiles/cpu.pb.gz
  )
done
