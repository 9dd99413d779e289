#!/bin/sh
# Re-records the JFR CPU profiles of the Java programs of holdout6.
set -e
cd "$(dirname "$0")"
rec() {
  dir=$1; name=$2; main=$3
  (cd "$dir" && mkdir -p profiles && rm -rf "/tmp/cls-$name" \
     && javac -d "/tmp/cls-$name" src/*.java \
     && java -XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true -Xlog:jfr+startup=off -cp "/tmp/cls-$name" "$main" \
     && gzip -9f profiles/cpu.jfr)
}
rec java-vineyard-harvest vineyard-harvest HarvestMain
rec java-observatory-logs observatory-logs ObservatoryMain
