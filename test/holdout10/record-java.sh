#!/usr/bin/env bash
# Re-records the JFR CPU profiles of the Java programs of this holdout set.
# Each program is compiled with plain javac (JDK only) and run with a 1 ms
# execution-sample period; the recording is gzip-compressed afterwards.
set -euo pipefail
cd "$(dirname "$0")"
HERE="$(pwd)"

run() {
  local p="$1" main="$2"
  echo "== $p"
  rm -rf "/tmp/cls-$p"
  javac -d "/tmp/cls-$p" "$HERE/$p"/src/*.java
  cd "$HERE/$p"
  mkdir -p profiles
  rm -f profiles/cpu.jfr
  local start
  start=$(date +%s)
  java -XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true \
       -Xlog:jfr+startup=off -cp "/tmp/cls-$p" "$main"
  gzip -9f profiles/cpu.jfr
  echo "$p: $(( $(date +%s) - start ))s, profile $(stat -c %s profiles/cpu.jfr.gz) bytes"
}

run java-wardplanner HospitalNetworkPlanner
run java-robotroute RobotFleetPlanner
