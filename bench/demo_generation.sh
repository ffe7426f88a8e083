#!/usr/bin/env bash
# Times the demo company generation at 2k / 20k / 100k service users (fresh database each run).
# Usage: bench/demo_generation.sh [build-dir]   Results go to docs/performance.md by hand.
set -euo pipefail
build_dir="${1:-build}"
server="$build_dir/server/corpcare-server"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for users in 2000 20000 100000; do
  start=$(date +%s.%N)
  "$server" --data-dir "$work/$users" --demo --generate-only --users "$users" --seed 1 --today 2026-11-25 | head -n 1
  end=$(date +%s.%N)
  size=$(du -m "$work/$users/corpcare.db" | cut -f1)
  awk -v u="$users" -v s="$start" -v e="$end" -v m="$size" 'BEGIN { printf "users=%d wall=%.1fs database=%dMB\n", u, e - s, m }'
done
