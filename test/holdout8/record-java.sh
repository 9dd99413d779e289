#!/usr/bin/env bash
# Re-record the JFR CPU profiles of the Java programs in this folder.
# Usage: ./record-java.sh [program ...]   (default: all java-* programs)
set -euo pipefail
cd "$(dirname "$0")"
declare -A MAIN=([java-billing]=BillingApp [java-inventory]=InventoryPlanner)
programs=("$@")
if [ ${#programs[@]} -eq 0 ]; then
  programs=(java-billing java-inventory)
fi
for p in "${programs[@]}"; do
  echo "== $p"
  cls="/tmp/cls-$p"
  rm -rf "$cls"
  javac -d "$cls" "$p"/src/*.java
  mkdir -p "$p/profiles"
  rm -f "$p/profiles/cpu.jfr" "$p/profiles/cpu.jfr.gz"
  (cd "$p" && java -XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true \
      -Xlog:jfr+startup=off -cp "$cls" "${MAIN[$p]}")
  gzip -9f "$p/profiles/cpu.jfr"
done
