#!/usr/bin/env bash
# Re-record the CPU profile of every java-* program (or only those named as arguments).
# Each program is compiled into /tmp/h29-<name>/classes and run with Java Flight Recorder
# (execution samples every 1 ms); the recording is gzipped to <program>/profiles/cpu.jfr.gz.
# Run one program at a time. The main class is the one file in src/ that declares main().
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
programs=("$@")
if [ ${#programs[@]} -eq 0 ]; then
  for d in "$here"/java-*/; do programs+=("$(basename "$d")"); done
fi
for prog in "${programs[@]}"; do
  name="${prog#java-}"
  build="/tmp/h29-$name"
  rm -rf "$build/classes"
  mkdir -p "$build/classes" "$here/$prog/profiles"
  javac -d "$build/classes" "$here/$prog"/src/*.java
  main="$(basename "$(grep -l 'static void main' "$here/$prog"/src/*.java | head -n 1)" .java)"
  echo "== $prog ($main)"
  start=$(date +%s.%N)
  (cd "$here/$prog" && java \
    -XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true \
    -cp "$build/classes" "$main" | tail -n 4)
  end=$(date +%s.%N)
  printf 'wall %.1fs\n' "$(echo "$end - $start" | bc)"
  gzip -9f "$here/$prog/profiles/cpu.jfr"
  # Shares: jfr print --json --stack-depth 128 --events jdk.ExecutionSample <unzipped cpu.jfr>
done
