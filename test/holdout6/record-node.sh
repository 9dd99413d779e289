#!/usr/bin/env bash
# Re-records the CPU profiles of the Node programs in this folder.
set -euo pipefail
cd "$(dirname "$0")"
for prog in node-campsite-bookings node-film-festival node-gym-memberships node-harbor-berths node-avalanche-bulletins; do
  name=${prog#node-}
  rm -rf "/tmp/p-$name"
  (cd "$prog" && node --cpu-prof --cpu-prof-interval 1000 --cpu-prof-dir="/tmp/p-$name" main.js \
    && mkdir -p profiles && mv /tmp/p-"$name"/*.cpuprofile profiles/cpu.cpuprofile)
  echo "recorded $prog"
done
