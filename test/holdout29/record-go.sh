#!/usr/bin/env bash
# Re-record the CPU profile of every go-* program (or only those named as arguments).
# Each program is built into /tmp/h29-<name>/ and run with -cpuprofile (runtime/pprof, 100 Hz);
# the profile is written to <program>/profiles/cpu.pb.gz. Run one program at a time.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
programs=("$@")
if [ ${#programs[@]} -eq 0 ]; then
  for d in "$here"/go-*/; do programs+=("$(basename "$d")"); done
fi
for prog in "${programs[@]}"; do
  name="${prog#go-}"
  build="/tmp/h29-$name"
  mkdir -p "$build" "$here/$prog/profiles"
  (cd "$here/$prog" && GOFLAGS=-mod=mod GOPROXY=off go build -o "$build/$name" .)
  echo "== $prog"
  start=$(date +%s.%N)
  "$build/$name" -cpuprofile "$here/$prog/profiles/cpu.pb.gz" | tail -n 3
  end=$(date +%s.%N)
  printf 'wall %.1fs\n' "$(echo "$end - $start" | bc)"
  # Share of samples whose stack passes through a function:
  #   go tool pprof -traces "$build/$name" "$here/$prog/profiles/cpu.pb.gz"
done
