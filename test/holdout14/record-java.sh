#!/usr/bin/env bash
# Compile and profile the Java programs of holdout14 (writes <program>/profiles/cpu.jfr.gz).
set -euo pipefail
cd "$(dirname "$0")"
declare -A MAIN=( [java-tailor]=TailorShop [java-brewery]=BreweryLedger )
for p in java-tailor java-brewery; do
  echo "== $p"
  rm -rf "/tmp/cls14-$p"
  javac -d "/tmp/cls14-$p" "$p"/src/*.java
  (
    cd "$p"
    mkdir -p profiles
    rm -f profiles/cpu.jfr profiles/cpu.jfr.gz
    java -XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true \
      -Xlog:jfr+startup=off -cp "/tmp/cls14-$p" "${MAIN[$p]}"
    gzip -9f profiles/cpu.jfr
  )
done
