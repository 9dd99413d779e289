#!/usr/bin/env bash
# Re-record the JFR CPU profiles of the Java programs (one at a time).
# Usage: ./record-java.sh [program-folder ...]   (default: all java-* folders)
set -euo pipefail
cd "$(dirname "$0")"
declare -A MAIN=([java-voterroll-merge]=VoterRollMerge [java-tm-leverage]=TmLeverage)
progs=("$@")
if [ ${#progs[@]} -eq 0 ]; then progs=(java-voterroll-merge java-tm-leverage); fi
for p in "${progs[@]}"; do
  name="${p%/}"
  build="/tmp/h28-${name}"
  rm -rf "$build" && mkdir -p "$build/classes" "${name}/profiles"
  javac -d "$build/classes" "${name}"/src/*.java
  echo "== ${name}"
  start=$(date +%s.%N)
  (cd "$name" && java -cp "$build/classes" \
    -XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true \
    "${MAIN[$name]}" > "$build/stdout.txt" 2> "$build/stderr.txt")
  end=$(date +%s.%N)
  tail -n 2 "$build/stdout.txt"
  gzip -9f "${name}/profiles/cpu.jfr"
  echo "wall: $(echo "$end - $start" | bc) s"
  rm -rf "$build"
done
