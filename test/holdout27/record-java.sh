#!/usr/bin/env bash
# Re-record the CPU profiles of the Java programs of this set (one at a time).
# Each program is compiled into /tmp/h27-<name>, run with JFR (execution
# samples every 1 ms), and the recording is stored as profiles/cpu.jfr.gz.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
declare -A MAIN=( [java-award-redemption]=AwardRedemptionService [java-coach-seatmap]=CoachReservationEngine )
for prog in ${PROGRAMS:-java-award-redemption java-coach-seatmap}; do
  name="${prog#java-}"
  echo "== $prog"
  rm -rf "/tmp/h27-$name" && mkdir -p "/tmp/h27-$name"
  javac -d "/tmp/h27-$name" "$here/$prog"/src/*.java
  mkdir -p "$here/$prog/profiles"
  ( cd "$here/$prog" && rm -f profiles/cpu.jfr profiles/cpu.jfr.gz && /usr/bin/time -f "wall %es" java \
      -XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true \
      -cp "/tmp/h27-$name" "${MAIN[$prog]}" && gzip -9f profiles/cpu.jfr )
done
