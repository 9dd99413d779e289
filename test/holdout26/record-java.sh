#!/usr/bin/env bash
# Compiles and runs every java-*/ program in this folder with JFR, writing profiles/cpu.jfr.gz inside each.
set -euo pipefail
cd "$(dirname "$0")"
for dir in java-*/; do
  name="${dir%/}"
  name="${name#java-}"
  echo "== java-$name"
  (
    cd "$dir"
    rm -rf "/tmp/h26-$name"
    javac -d "/tmp/h26-$name" src/*.java
    main_file=$(grep -l 'public static void main' src/*.java | head -n 1)
    pkg=$(sed -n 's/^package \([A-Za-z0-9_.]*\);.*/\1/p' "$main_file" | head -n 1)
    cls=$(basename "$main_file" .java)
    mkdir -p profiles
    java -cp "/tmp/h26-$name" \
      -XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true \
      "${pkg:+$pkg.}$cls"
    gzip -9f profiles/cpu.jfr
  )
done
