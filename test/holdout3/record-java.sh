#!/usr/bin/env bash
# Re-records the Java programs' CPU profiles (profiles/cpu.jfr.gz) with JFR execution sampling.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
record() {
  local prog="$1" main="$2" name="${1#java-}"
  local dir="$here/$prog"
  mkdir -p "$dir/profiles"
  (cd "$dir" && rm -rf "/tmp/cls-$name" && javac -d "/tmp/cls-$name" src/*.java \
     && java -XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true \
          -Xlog:jfr+startup=off -cp "/tmp/cls-$name" "$main" \
     && gzip -9f profiles/cpu.jfr)
  echo "recorded $prog"
}
record java-claims-adjudication ClaimsBatchJob
record java-inventory-reorder ReorderPlanner
