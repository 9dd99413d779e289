#!/usr/bin/env bash
# Re-records the Go programs' CPU profiles (profiles/cpu.pb.gz) with runtime/pprof.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
for prog in go-fleet-telemetry go-payroll-run; do
  dir="$here/$prog"
  mkdir -p "$dir/profiles"
  (cd "$dir" && GOPROXY=off go build -o "/tmp/holdout3-$prog" . \
     && "/tmp/holdout3-$prog" -cpuprofile profiles/cpu.pb.gz)
  echo "recorded $prog"
done
