#!/usr/bin/env bash
# Re-records perf-6.1-busy.txt: a small C program (perf-busy.c) sampled by
# Linux perf with call graphs, written out by `perf script` (Debian 12's
# linux-perf 6.1). Needs gcc and perf, and perf_event_paranoid <= 2.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
gcc -O1 -g -fno-omit-frame-pointer -o "$tmp/busy" "$here/perf-busy.c"
perf record -F 999 -g -o "$tmp/perf.data" "$tmp/busy" >/dev/null
perf script -i "$tmp/perf.data" > "$here/perf-6.1-busy.txt"
rm -rf "$tmp"
