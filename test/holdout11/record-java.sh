#!/usr/bin/env bash
# Compiles every Java program of this folder and records a JFR CPU profile of one run.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
run() {
  local p="$1" main="$2"
  echo "== $p"
  cd "$here"
  rm -rf "/tmp/cls11-$p"
  javac -d "/tmp/cls11-$p" "$p"/src/*.java
  cd "$here/$p"
  mkdir -p profiles
  java -XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true \
    -Xlog:jfr+startup=off -cp "/tmp/cls11-$p" "$main" > /dev/null
  gzip -9f profiles/cpu.jfr
  ls -l profiles/cpu.jfr.gz
}
run java-claims-triage ClaimsTriageJob
run java-ski-school SkiSchoolPlanner
