#!/usr/bin/env bash
# Compiles every java-* program's src/*.java into /tmp and records a JFR
# profile into <program>/profiles/cpu.jfr.gz.
set -euo pipefail
cd "$(dirname "$0")"
for dir in java-*/; do
  name=${dir%/}
  out=/tmp/h23-$name
  echo "== $name"
  rm -rf "$out"
  mkdir -p "$out"
  javac -d "$out" "$name"/src/*.java
  main_src=$(grep -l 'public static void main' "$name"/src/*.java | head -n 1)
  pkg=$(sed -n 's/^package \([A-Za-z0-9_.]*\);.*/\1/p' "$main_src")
  main_class=$(basename "$main_src" .java)
  mkdir -p "$name/profiles"
  rm -f "$name/profiles/cpu.jfr" "$name/profiles/cpu.jfr.gz"
  (cd "$name" && /usr/bin/time -f "$name: %U s user, %S s sys, %e s wall" java \
    -XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true \
    -cp "$out" "${pkg:+$pkg.}$main_class")
  gzip -9f "$name/profiles/cpu.jfr"
done
