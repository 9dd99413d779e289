#!/usr/bin/env bash
# Compiles and profiles the Java programs of this holdout set (java-*) with JFR.
set -euo pipefail
cd "$(dirname "$0")"
declare -A MAIN=(
  [java-innbooking]=innbooking.GuesthouseApp
  [java-swisschess]=swisschess.TournamentRunner
)
for p in java-innbooking java-swisschess; do
  echo "== $p"
  rm -rf "/tmp/cls15-$p"
  javac -d "/tmp/cls15-$p" "$p"/src/*.java
  (
    cd "$p"
    mkdir -p profiles
    rm -f profiles/cpu.jfr profiles/cpu.jfr.gz
    java -XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true \
      -Xlog:jfr+startup=off -cp "/tmp/cls15-$p" "${MAIN[$p]}" > /dev/null
    gzip -9f profiles/cpu.jfr
  )
done
