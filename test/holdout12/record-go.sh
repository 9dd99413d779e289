#!/usr/bin/env bash
# Re-records the CPU profiles of the Go programs of holdout12.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
for p in go-satpass go-vineyard; do
  echo "== $p"
  cd "$here/$p"
  GOPROXY=off go build -o "/tmp/holdout12-$p" .
  mkdir -p profiles
  "/tmp/holdout12-$p" -cpuprofile profiles/cpu.pb.gz > /dev/null
  ls -l profiles/cpu.pb.gz
done
