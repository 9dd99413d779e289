#!/usr/bin/env bash
# Builds the Go examples and records their profiles with runtime/pprof:
#
#   logsvc/profiles/cpu.pb.gz     CPU profile (100 Hz)
#   logsvc/profiles/mutex.pb.gz   mutex contention profile (every contention),
#                                 from a second run: recording every contention
#                                 costs CPU in Unlock (sync.event), which would
#                                 inflate the lock frames of the CPU profile
#   logsvc/profiles/allocs.pb.gz  allocation profile (one sample per 512 KiB)
#   clean/profiles/cpu.pb.gz      CPU profile
#   clean/profiles/allocs.pb.gz   allocation profile
#
# Needs Go 1.19 or later and nothing else: the programs use the standard
# library only and go.mod has no requirements, so no module is downloaded.
# Run from anywhere: bash examples/go/record.sh [logsvc|clean ...]
set -euo pipefail
cd "$(dirname "$0")"

export GOPROXY=off GOTOOLCHAIN=local
max_bytes=$((300 * 1024))
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(logsvc clean)

bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT

for name in "${names[@]}"; do
  case "$name" in
    logsvc | clean) ;;
    *) echo "record.sh: unknown example '$name' (logsvc, clean)" >&2; exit 2 ;;
  esac
  go build -o "$bin/$name" "./$name"
  mkdir -p "$name/profiles"
  start=$(date +%s.%N)
  "$bin/$name" -cpuprofile "$name/profiles/cpu.pb.gz" \
    -allocsprofile "$name/profiles/allocs.pb.gz"
  end=$(date +%s.%N)
  if [ "$name" = logsvc ]; then
    "$bin/$name" -mutexprofile "$name/profiles/mutex.pb.gz"
  fi
  for f in "$name"/profiles/*.pb.gz; do
    size=$(wc -c <"$f")
    if [ "$size" -ge "$max_bytes" ]; then
      echo "record.sh: $f is $size bytes (limit $max_bytes)" >&2
      exit 1
    fi
    # Fails if the file is not a readable pprof profile.
    summary=$(go tool pprof -top "$f" 2>/dev/null | grep -m1 -E '^(Duration|Showing nodes)' || true)
    if [ -z "$summary" ]; then
      echo "record.sh: go tool pprof cannot read $f" >&2
      exit 1
    fi
    printf '%-28s %7d bytes  %s\n' "$f" "$size" "$summary"
  done
  awk -v n="$name" -v s="$start" -v e="$end" 'BEGIN { printf "%-28s wall %.1f s\n", n, e - s }'
done
