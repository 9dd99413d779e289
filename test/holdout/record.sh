#!/usr/bin/env bash
# Re-records the profiles of the held-out programs into <program>/profiles/.
#
#   test/holdout/record.sh                       # every program
#   test/holdout/record.sh node-ledger java-clean
#
# Node programs: a V8 CPU profile (node --cpu-prof, 1000 µs) -> profiles/cpu.cpuprofile, and a
# wall-time pprof from @datadog/pprof (wall-preload.cjs, 1000 µs, line numbers) -> profiles/wall.pb.gz.
# Java programs: compiled into a temporary directory, run under JFR (settings=profile, 1 ms
# execution samples, every contended monitor enter) -> profiles/rec.jfr.gz.
# A profile above 400 KB is recorded again with twice the interval. Each profile is checked
# (parses, has samples) before it replaces the old one. One line per profile; exit 1 on failure.
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
MAX_BYTES=409600

declare -A NODE_ENTRY=(
  [node-media-gateway]=gateway.js
  [node-ledger]=main.js
  [node-clean-render]=build.js
  [node-clean-stats]=report.js
)
declare -A JAVA_MAIN=(
  [java-catalog]=org.example.catalog.CatalogImport
  [java-clean]=org.example.telemetry.SignalBatch
)
ALL=(node-media-gateway node-ledger node-clean-render node-clean-stats java-catalog java-clean)

TMP="$(mktemp -d /tmp/holdout-record.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT
failed=0

size_of() { stat -c %s "$1"; }

check_cpuprofile() {
  node -e '
    const p = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    if (!Array.isArray(p.nodes) || !Array.isArray(p.samples) || p.samples.length === 0) process.exit(1);
    process.stdout.write(String(p.samples.length));
  ' "$1"
}

check_pprof() {
  node -e '
    const { Profile } = require(process.argv[2] + "/node_modules/pprof-format");
    const p = Profile.decode(require("zlib").gunzipSync(require("fs").readFileSync(process.argv[1])));
    const count = p.sample.reduce((n, x) => n + Number(x.value[0]), 0);
    if (p.sample.length === 0 || count === 0) process.exit(1);
    process.stdout.write(String(count));
  ' "$1" "$ROOT"
}

record_node() {
  local prog="$1" dir="$HERE/$1" entry="${NODE_ENTRY[$1]}"
  mkdir -p "$dir/profiles"
  local interval out n
  # V8 CPU profile
  for interval in 1000 2000 4000 8000; do
    rm -rf "$TMP/cpu" && mkdir -p "$TMP/cpu"
    if ! (cd "$dir" && node --cpu-prof --cpu-prof-interval "$interval" --cpu-prof-dir "$TMP/cpu" \
          --cpu-prof-name cpu.cpuprofile "$entry"); then
      echo "$prog: program failed under --cpu-prof" >&2; failed=1; return
    fi
    out="$TMP/cpu/cpu.cpuprofile"
    [ "$(size_of "$out")" -le "$MAX_BYTES" ] && break
  done
  if [ "$(size_of "$out")" -gt "$MAX_BYTES" ]; then echo "$prog: cpu profile still over 400 KB" >&2; failed=1; return; fi
  if ! n="$(check_cpuprofile "$out")"; then echo "$prog: cpu profile does not parse" >&2; failed=1; return; fi
  cp "$out" "$dir/profiles/cpu.cpuprofile"
  printf '%-20s cpu.cpuprofile  %6s samples  %7s bytes  interval %s us\n' "$prog" "$n" "$(size_of "$out")" "$interval"
  # wall-time pprof
  for interval in 1000 2000 4000 8000; do
    out="$TMP/wall.pb.gz" && rm -f "$out"
    if ! (cd "$dir" && HOLDOUT_WALL_OUT="$out" HOLDOUT_WALL_INTERVAL_US="$interval" \
          NODE_PATH="$ROOT/node_modules" node -r "$HERE/wall-preload.cjs" "$entry"); then
      echo "$prog: program failed under the wall profiler" >&2; failed=1; return
    fi
    [ "$(size_of "$out")" -le "$MAX_BYTES" ] && break
  done
  if [ "$(size_of "$out")" -gt "$MAX_BYTES" ]; then echo "$prog: wall profile still over 400 KB" >&2; failed=1; return; fi
  if ! n="$(check_pprof "$out")"; then echo "$prog: wall profile does not decode" >&2; failed=1; return; fi
  cp "$out" "$dir/profiles/wall.pb.gz"
  printf '%-20s wall.pb.gz      %6s samples  %7s bytes  interval %s us\n' "$prog" "$n" "$(size_of "$out")" "$interval"
}

record_java() {
  local prog="$1" dir="$HERE/$1" main="${JAVA_MAIN[$1]}"
  mkdir -p "$dir/profiles"
  rm -rf "$TMP/classes" && mkdir -p "$TMP/classes"
  if ! javac -d "$TMP/classes" $(find "$dir/src" -name '*.java' | sort); then
    echo "$prog: javac failed" >&2; failed=1; return
  fi
  local period out n
  for period in 1 2 4 8; do
    rm -f "$TMP/rec.jfr" "$TMP/rec.jfr.gz"
    if ! java -Xlog:jfr+startup=error \
         "-XX:StartFlightRecording=filename=$TMP/rec.jfr,settings=profile,jdk.ExecutionSample#period=${period}ms,jdk.JavaMonitorEnter#threshold=0ms" \
         -cp "$TMP/classes" "$main"; then
      echo "$prog: program failed under JFR" >&2; failed=1; return
    fi
    gzip -9 -c "$TMP/rec.jfr" > "$TMP/rec.jfr.gz"
    out="$TMP/rec.jfr.gz"
    [ "$(size_of "$out")" -le "$MAX_BYTES" ] && break
  done
  if [ "$(size_of "$out")" -gt "$MAX_BYTES" ]; then echo "$prog: JFR recording still over 400 KB" >&2; failed=1; return; fi
  n="$(jfr summary "$TMP/rec.jfr" 2>/dev/null | awk '$1 == "jdk.ExecutionSample" { print $2 }')"
  if [ -z "$n" ] || [ "$n" -eq 0 ]; then echo "$prog: JFR recording has no execution samples" >&2; failed=1; return; fi
  local monitors
  monitors="$(jfr summary "$TMP/rec.jfr" | awk '$1 == "jdk.JavaMonitorEnter" { print $2 }')"
  cp "$out" "$dir/profiles/rec.jfr.gz"
  printf '%-20s rec.jfr.gz      %6s samples  %7s bytes  period %s ms  (%s monitor-enter events)\n' \
    "$prog" "$n" "$(size_of "$out")" "$period" "${monitors:-0}"
}

progs=("$@")
[ ${#progs[@]} -eq 0 ] && progs=("${ALL[@]}")
for prog in "${progs[@]}"; do
  if [ -n "${NODE_ENTRY[$prog]:-}" ]; then
    record_node "$prog"
  elif [ -n "${JAVA_MAIN[$prog]:-}" ]; then
    record_java "$prog"
  else
    echo "unknown program: $prog (known: ${ALL[*]})" >&2
    exit 2
  fi
done
exit "$failed"
