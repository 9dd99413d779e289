#!/usr/bin/env bash
# Builds and profiles the Go programs of this holdout set (go-*).
set -euo pipefail
cd "$(dirname "$0")"
for p in go-auctionhouse go-bikeshare; do
  echo "== $p"
  (
    cd "$p"
    GOPROXY=off go build -o "/tmp/holdout15-$p" .
    mkdir -p profiles
    "/tmp/holdout15-$p" -cpuprofile profiles/cpu.pb.gz > /dev/null
  )
done
