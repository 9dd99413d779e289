#!/usr/bin/env bash
# Compiles and profiles (JFR) every java-* program of this holdout set.
set -euo pipefail
cd "$(dirname "$0")"
main_class() {
  case "$1" in
    java-ropeway-maintenance) echo ropeway.Main ;;
    java-bindery-planner) echo bindery.Main ;;
    *) echo "unknown program $1" >&2; return 1 ;;
  esac
}
for dir in java-*/; do
  p="${dir%/}"
  cls="$(main_class "$p")"
  echo "== $p ($cls)"
  rm -rf "/tmp/cls17-$p"
  javac -d "/tmp/cls17-$p" "$p"/src/*.java
  (
    cd "$p"
    mkdir -p profiles
    rm -f profiles/cpu.jfr profiles/cpu.jfr.gz
    java -XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true \
      -Xlog:jfr+startup=off -cp "/tmp/cls17-$p" "$cls"
    gzip -9f profiles/cpu.jfr
  )
done
