#!/bin/sh
# Lighthouse A/B on a shared, noisy machine: two checkouts' builds, one bench:lighthouse run of each per
# round (RUNS=1: a warm-up, then the outlook and the plan), the order swapped every round, so both sides
# meet the same load. Prints each run's scores; read the medians and compare them (docs/performance.md).
#
#   e2e/bench/lighthouse-ab.sh /path/to/checkout-A /path/to/checkout-B [rounds, default 3]
#
# Each checkout needs its own build (`npm run build`) and node_modules (a symlink to another checkout's
# is fine). Env: PORT (default 4611), SAVE (a folder: each run's report and trace go to SAVE/<A|B>-<round>).
set -eu
A=$1
B=$2
N=${3:-3}
PORT=${PORT:-4611}
r=1
while [ "$r" -le "$N" ]; do
  if [ $((r % 2)) -eq 1 ]; then order="A B"; else order="B A"; fi
  for name in $order; do
    if [ "$name" = A ]; then dir=$A; else dir=$B; fi
    echo "--- round $r $name ($dir)"
    save=${SAVE:+$SAVE/$name-$r}
    (cd "$dir" && PORT=$PORT RUNS=1 SAVE=$save npx tsx e2e/bench/lighthouse.bench.ts 2>&1 | grep -E '^ \?view=|performance|LCP|observed|rror|not passed')
  done
  r=$((r + 1))
done
