#!/usr/bin/env bash
# Re-record the JFR CPU profiles of the hand-written Java programs.
set -euo pipefail
cd "$(dirname "$0")"
declare -A MAIN=( [java-courseenroll]=RegistrationServer [java-quotaledger]=QuotaLedger )
for p in java-courseenroll java-quotaledger; do
  rm -rf "/tmp/cls13-$p"
  javac -d "/tmp/cls13-$p" "$p"/src/*.java
  (
    cd "$p"
    mkdir -p profiles
    rm -f profiles/cpu.jfr profiles/cpu.jfr.gz
    java -XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true \
      -Xlog:jfr+startup=off -cp "/tmp/cls13-$p" "${MAIN[$p]}"
    gzip -9f profiles/cpu.jfr
  )
done
