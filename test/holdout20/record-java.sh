#!/usr/bin/env bash
# Compiles each java-* program in this folder and records a JFR CPU profile to
# <program>/profiles/cpu.jfr.gz (1 ms execution sampling, "profile" settings).
set -euo pipefail
cd "$(dirname "$0")"
main_class() {
  case "$1" in
    java-ballastlab) echo org.ballastlab.BallastLab ;;
    java-dyehouse) echo works.dyehouse.DyeHouse ;;
    *) echo "no main class known for $1" >&2; return 1 ;;
  esac
}
for dir in java-*/; do
  p="${dir%/}"
  echo "== $p"
  cls="$(main_class "$p")"
  rm -rf "/tmp/cls20-$p"
  javac -d "/tmp/cls20-$p" "$p"/src/*.java
  mkdir -p "$p/profiles"
  rm -f "$p/profiles/cpu.jfr" "$p/profiles/cpu.jfr.gz"
  (cd "$p" && java -XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true \
      -Xlog:jfr+startup=off -cp "/tmp/cls20-$p" "$cls" && gzip -9f profiles/cpu.jfr)
done
