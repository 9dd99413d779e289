#!/usr/bin/env bash
# Compiles each java-* program and records a JFR CPU profile to <program>/profiles/cpu.jfr.gz.
set -euo pipefail
cd "$(dirname "$0")"
for dir in java-*/; do
  name="${dir%/}"
  name="${name#java-}"
  echo "== java-$name"
  (
    cd "java-$name"
    rm -rf "/tmp/h25-$name"
    javac -d "/tmp/h25-$name" src/*.java
    main_file=$(grep -l 'static void main' src/*.java | head -n1)
    pkg=$(sed -n 's/^package \([A-Za-z0-9_.]*\);/\1/p' "$main_file")
    cls=$(basename "$main_file" .java)
    mkdir -p profiles
    java -cp "/tmp/h25-$name" \
      -XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true \
      "${pkg:+$pkg.}$cls"
    gzip -9f profiles/cpu.jfr
  )
done
