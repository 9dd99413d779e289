#!/bin/sh
# Compiles LogScanner and records it with JDK Flight Recorder (JDK 11+; made
# with OpenJDK 17), writing profiles/rec.jfr.gz. The profile.jfc settings
# sample Java stacks every 10 ms (jdk.ExecutionSample) and record
# allocations, locks and parks. Run from anywhere: ./examples/java/record.sh
set -eu
cd "$(dirname "$0")"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
javac -d "$out/classes" src/com/example/logscan/LogScanner.java
java -XX:StartFlightRecording=duration=10s,filename="$out/rec.jfr",settings=profile \
  -cp "$out/classes" com.example.logscan.LogScanner 11
mkdir -p profiles
gzip -9 -c "$out/rec.jfr" > profiles/rec.jfr.gz
ls -l profiles/rec.jfr.gz
