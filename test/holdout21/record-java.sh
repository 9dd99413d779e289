#!/usr/bin/env bash
# Compiles each java-* program and records a JFR CPU profile to
# <program>/profiles/cpu.jfr.gz.
# Usage: ./record-java.sh [java-<name> ...]   (default: every java-* folder)
set -euo pipefail
cd "$(dirname "$0")"
programs=("$@")
if [ ${#programs[@]} -eq 0 ]; then
  programs=(java-*/)
fi
for p in "${programs[@]}"; do
  p="${p%/}"
  echo "== $p"
  # The main class is the class in src/ that declares main(String[]).
  main_src=$(grep -l 'public static void main(String\[\] args)' "$p"/src/*.java | head -n1)
  pkg=$(sed -n 's/^package \([A-Za-z0-9_.]*\);.*/\1/p' "$main_src" | head -n1)
  main_class="$pkg.$(basename "$main_src" .java)"
  rm -rf "/tmp/cls21-$p"
  javac -d "/tmp/cls21-$p" "$p"/src/*.java
  (
    cd "$p"
    mkdir -p profiles
    rm -f profiles/cpu.jfr profiles/cpu.jfr.gz
    java -XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true \
      -Xlog:jfr+startup=off -cp "/tmp/cls21-$p" "$main_class"
    gzip -9f profiles/cpu.jfr
  )
done
