#!/usr/bin/env bash
# Re-records the JFR CPU profiles of the Java programs of holdout12.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
record() {
  local p="$1" main="$2"
  echo "== $p"
  cd "$here"
  rm -rf "/tmp/cls12-$p"
  javac -d "/tmp/cls12-$p" "$p"/src/*.java
  cd "$here/$p"
  mkdir -p profiles
  java -XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true \
    -Xlog:jfr+startup=off -cp "/tmp/cls12-$p" "$main" > /dev/null
  gzip -9f profiles/cpu.jfr
  ls -l profiles/cpu.jfr.gz
}
record java-pharmacy PharmacyRefills
record java-cinema CinemaScheduler
