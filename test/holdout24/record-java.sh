#!/usr/bin/env bash
# Compiles each java-*/ program and records a JFR profile to java-<name>/profiles/cpu.jfr.gz.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
for dir in "$here"/java-*/; do
  dir="${dir%/}"
  name="$(basename "$dir")"
  name="${name#java-}"
  echo "== java-$name"
  (
    cd "$dir"
    rm -rf "/tmp/h24-$name"
    javac -d "/tmp/h24-$name" src/*.java
    main_class="$(grep -l 'public static void main' src/*.java | head -n1)"
    pkg="$(sed -n 's/^package \([a-zA-Z0-9_.]*\);/\1/p' "$main_class" | head -n1)"
    cls="$(basename "$main_class" .java)"
    mkdir -p profiles
    rm -f profiles/cpu.jfr profiles/cpu.jfr.gz
    java "-XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true" \
      -cp "/tmp/h24-$name" "${pkg:+$pkg.}$cls"
    gzip -9f profiles/cpu.jfr
  )
done
