#!/bin/bash
# Re-records the Java holdout4 programs: profiles/cpu.jfr.gz (JFR, ExecutionSample every 1 ms).
set -euo pipefail
cd "$(dirname "$0")"
for entry in java-hotel-rates:RateDesk java-tool-rental:RentalCounter; do
  prog=${entry%%:*}; main=${entry##*:}
  (
    cd "$prog"
    mkdir -p profiles
    rm -rf "/tmp/cls-$prog"
    javac -d "/tmp/cls-$prog" src/*.java
    java -XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true -Xlog:jfr+startup=off -cp "/tmp/cls-$prog" "$main"
    gzip -9f profiles/cpu.jfr
  )
done
