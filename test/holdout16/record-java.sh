#!/usr/bin/env bash
# Compiles every java-* program in this folder with JDK 17 and records a JFR
# CPU profile of one run into <program>/profiles/cpu.jfr.gz.
set -euo pipefail
cd "$(dirname "$0")"

main_class() {
    case "$1" in
        java-seedbank) echo seedbank.SeedBankJob ;;
        java-darts) echo darts.LeagueRunner ;;
        *) echo "no main class known for $1" >&2; return 1 ;;
    esac
}

for dir in java-*/; do
    p="${dir%/}"
    cls="$(main_class "$p")"
    echo "== $p ($cls)"
    rm -rf "/tmp/cls16-$p"
    javac -d "/tmp/cls16-$p" "$p"/src/*.java
    (
        cd "$p"
        mkdir -p profiles
        rm -f profiles/cpu.jfr profiles/cpu.jfr.gz
        java -XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true \
            -Xlog:jfr+startup=off -cp "/tmp/cls16-$p" "$cls"
        gzip -9f profiles/cpu.jfr
    )
done
