#!/usr/bin/env bash
# Compiles each java-* program into /tmp and records a JFR profile as <program>/profiles/cpu.jfr.gz.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
for dir in "$here"/java-*/; do
  dir="${dir%/}"
  name="$(basename "$dir")"
  classes="/tmp/h22-$name-classes"
  echo "== $name"
  rm -rf "$classes"
  javac -d "$classes" "$dir"/src/*.java
  main_src="$(grep -l 'public static void main(String\[\] args)' "$dir"/src/*.java | head -n 1)"
  pkg="$(sed -n 's/^package \([A-Za-z0-9_.]*\);.*/\1/p' "$main_src" | head -n 1)"
  main_class="$(basename "$main_src" .java)"
  mkdir -p "$dir/profiles"
  rm -f "$dir/profiles/cpu.jfr" "$dir/profiles/cpu.jfr.gz"
  (cd "$dir" && java \
    -XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true \
    -cp "$classes" "${pkg:+$pkg.}$main_class")
  gzip -9f "$dir/profiles/cpu.jfr"
done
