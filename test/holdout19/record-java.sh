#!/usr/bin/env bash
# Compiles and records every Java program in this folder (java-*/) with JDK
# Flight Recorder; the profile ends up as <program>/profiles/cpu.jfr.gz.
set -euo pipefail
cd "$(dirname "$0")"
main_class() {
  case "$1" in
    java-cheese-cave) echo affinage.AffinageSeason ;;
    java-turbine-vibration) echo vibration.VibrationSurvey ;;
    *) echo "no main class known for $1" >&2; return 1 ;;
  esac
}
for dir in java-*/; do
  p="${dir%/}"
  echo "== $p"
  main="$(main_class "$p")"
  rm -rf "/tmp/cls19-$p"
  javac -d "/tmp/cls19-$p" "$p"/src/*.java
  (
    cd "$p"
    mkdir -p profiles
    rm -f profiles/cpu.jfr profiles/cpu.jfr.gz
    java -XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true \
      -Xlog:jfr+startup=off -cp "/tmp/cls19-$p" "$main"
    gzip -9f profiles/cpu.jfr
  )
done
