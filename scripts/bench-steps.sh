#!/usr/bin/env bash
# What each optimisation bought: builds the benchmarks jar at each commit of the optimisation series (in temporary
# git worktrees, offline from the local Maven repository) and runs the same JMH command on each.
# Usage: scripts/bench-steps.sh [commit ...]   (default: the series listed in docs/benchmarks.md)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
STEPS=("$@")
if [[ ${#STEPS[@]} -eq 0 ]]; then
  STEPS=(c05585b 50d6a54 6c8bc3c 5ccff59 045a427)
fi
JMH_ARGS=(-f 1 -wi 4 -w 2s -i 4 -r 2s -prof gc 'EvaluationBenchmark\.(oneRequest|unitMonth|sliceRulebook)$')
machine | tee "$OUT/steps.txt"
for c in "${STEPS[@]}"; do
  sha=$(git -C "$ROOT" rev-parse --short "$c")
  jar="$OUT/steps/benchmarks-$sha.jar"
  if [[ ! -f "$jar" ]]; then
    dir="$(mktemp -d)/zwgk-$sha"
    git -C "$ROOT" worktree add -q --detach "$dir" "$sha"
    (cd "$dir" && ./mvnw -B -ntp -q -o -Pbenchmarks -pl benchmarks -am -DskipTests package > /dev/null)
    mkdir -p "$OUT/steps" && cp "$dir/benchmarks/target/benchmarks.jar" "$jar"
    git -C "$ROOT" worktree remove --force "$dir"
  fi
  echo "== $sha $(git -C "$ROOT" log -1 --format=%s "$sha" | cut -c1-100)" | tee -a "$OUT/steps.txt"
  java -jar "$jar" "${JMH_ARGS[@]}" 2>&1 | grep -E '^EvaluationBenchmark' | grep -E 'thrpt .*ops/s|alloc.rate.norm' | tee -a "$OUT/steps.txt"
done
