#!/usr/bin/env bash
# Compiles and records a JFR CPU profile for every java-* program in this folder.
# Usage: ./record-java.sh [java-<name> ...]   (default: all java-* folders)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
progs=("$@")
if [ ${#progs[@]} -eq 0 ]; then
  progs=(java-*/)
fi
main_class() {
  # The class declaring main(String[]), qualified by its package.
  local f pkg
  f="$(grep -l 'public static void main' "$1"/src/*.java | head -n 1)"
  pkg="$(sed -n 's/^package \([A-Za-z0-9_.]*\);.*/\1/p' "$f" | head -n 1)"
  echo "${pkg:+$pkg.}$(basename "$f" .java)"
}
for p in "${progs[@]}"; do
  p="${p%/}"
  cls="$(main_class "$p")"
  echo "== $p ($cls)"
  rm -rf "/tmp/cls18-$p"
  javac -d "/tmp/cls18-$p" "$p"/src/*.java
  (
    cd "$here/$p"
    mkdir -p profiles
    rm -f profiles/cpu.jfr profiles/cpu.jfr.gz
    java -XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true \
      -Xlog:jfr+startup=off -cp "/tmp/cls18-$p" "$cls"
    gzip -9f profiles/cpu.jfr
  )
done
