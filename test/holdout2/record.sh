#!/usr/bin/env bash
# Re-records every profile of the second held-out set.
# Usage: test/holdout2/record.sh [program ...]   (default: all)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
cd "$HERE"
PROGRAMS=("$@")
[ ${#PROGRAMS[@]} -gt 0 ] || PROGRAMS=(node-search-api node-report-batch node-clean-api go-metrics go-clean java-orders)

record_node() { # <dir> <entry>
  local dir="$1" entry="$2" tmp
  tmp="$(mktemp -d)"
  mkdir -p "$dir/profiles"
  (cd "$dir" && HOLDOUT_WALL_OUT="$HERE/$dir/profiles/wall.pb.gz" \
     node -r "$HERE/wall-preload.js" --cpu-prof --cpu-prof-interval 1000 --cpu-prof-dir="$tmp" "$entry")
  mv "$tmp"/*.cpuprofile "$dir/profiles/cpu.cpuprofile"
  rm -rf "$tmp"
}

record_go() { # <dir>
  local dir="$1" bin
  bin="$(mktemp -d)/prog"
  mkdir -p "$dir/profiles"
  (cd "$dir" && GOPROXY=off go build -o "$bin" . && "$bin" -cpuprofile profiles/cpu.pb.gz)
  rm -rf "$(dirname "$bin")"
}

record_java() { # <dir> <main class>
  local dir="$1" main="$2" classes
  classes="$(mktemp -d)"
  mkdir -p "$dir/profiles"
  (cd "$dir" && javac -d "$classes" src/*.java \
     && java -XX:StartFlightRecording=duration=30s,filename=profiles/cpu.jfr,settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true \
          -Xlog:jfr+startup=off -cp "$classes" "$main" \
     && gzip -9f profiles/cpu.jfr)
  rm -rf "$classes"
}

for p in "${PROGRAMS[@]}"; do
  echo "recording $p" >&2
  case "$p" in
    node-search-api) record_node node-search-api server.js ;;
    node-report-batch) record_node node-report-batch batch.js ;;
    node-clean-api) record_node node-clean-api server.js ;;
    go-metrics) record_go go-metrics ;;
    go-clean) record_go go-clean ;;
    java-orders) record_java java-orders OrderReport ;;
    *) echo "unknown program $p" >&2; exit 2 ;;
  esac
done
ls -l "$HERE"/*/profiles/* >&2
