#!/bin/sh
# Re-record the Java programs of holdout7 (JFR execution samples at 1 ms).
set -e
cd "$(dirname "$0")"
rec() {
  name=$1; main=$2
  (cd "java-$name" && rm -rf "/tmp/cls-$name" && javac -d "/tmp/cls-$name" src/*.java && \
   java -XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true -Xlog:jfr+startup=off -cp "/tmp/cls-$name" "$main" && \
   gzip -9f profiles/cpu.jfr)
}
rec ski-lift-passes LiftDay
rec orchard-packing PackhouseShift
