#!/usr/bin/env bash
# Re-record the JFR CPU profiles of the Java programs in test/holdout9.
set -euo pipefail
cd "$(dirname "$0")"
record() {
  local p="$1" main="$2"
  echo "== $p"
  rm -rf "/tmp/cls-$p"
  javac -d "/tmp/cls-$p" "$p"/src/*.java
  mkdir -p "$p/profiles"
  (cd "$p" && rm -f profiles/cpu.jfr profiles/cpu.jfr.gz &&
    java -XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true \
         -Xlog:jfr+startup=off -cp "/tmp/cls-$p" "$main" &&
    gzip -9f profiles/cpu.jfr)
}
record java-payrollexport PayrollExport
record java-stockledger StockLedgerJob
