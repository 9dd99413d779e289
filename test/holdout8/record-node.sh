#!/usr/bin/env bash
# Re-record the CPU profiles of the node-* programs in this folder.
set -euo pipefail
cd "$(dirname "$0")"
programs=(node-invoice-api node-access-log-rollup node-catalog-merge node-webhook-relay node-timesheet-payroll)
for name in "${programs[@]}"; do
  echo "== $name"
  rm -rf "/tmp/p-$name"
  (cd "$name" && node --cpu-prof --cpu-prof-interval 1000 --cpu-prof-dir="/tmp/p-$name" main.js > /dev/null)
  files=("/tmp/p-$name"/*.cpuprofile)
  if [ "${#files[@]}" -ne 1 ]; then echo "expected one profile for $name, got ${#files[@]}" >&2; exit 1; fi
  mkdir -p "$name/profiles"
  mv "${files[0]}" "$name/profiles/cpu.cpuprofile"
  chmod 644 "$name/profiles/cpu.cpuprofile"
  rmdir "/tmp/p-$name"
done
