#!/usr/bin/env bash
# Start-up and reload: (1) time from process start to the first successful evaluation of the packaged service with
# the default rules (RUNS times: start the jar, POST a one-request evaluation every 20 ms until it answers 200), the
# time of the unit-month evaluated right after, and the resident memory then; (2) runtime compile of the whole catalogue, cold (first load in a fresh JVM) and warm
# (later loads in the same JVM, as a reload). Each is measured twice, alternating run by run: from the rule set compiled
# at build time into the rules-core jar (zwgk/rulebook.kbase, the default) and compiled at load (-Dzwgk.precompiled=off,
# with every package compiled each time); (2b) a hot reload of a rule directory after editing one folder;
# (3) `bin/rules evaluate` on an example month. Not part of CI.
# Usage: scripts/bench-startup.sh   (env: RUNS=5, MODES="precompiled source")
set -euo pipefail
source "$(dirname "$0")/lib.sh"
RUNS="${RUNS:-5}"
MODES="${MODES:-precompiled source}"
# source: compile at load, every package every time (no package remembered from an earlier load in the same JVM)
mode_opts() { [[ "$1" == source ]] && echo "-Dzwgk.precompiled=off -Dzwgk.compiled-packages=off" || true; }
build_if_needed
java -cp "$BENCH_JAR" org.zwgk.bench.gen.Bodies "$OUT/bodies" > /dev/null
machine
REPORT="$OUT/startup.txt"
: > "$REPORT"
trap stop_service EXIT
for i in $(seq 1 "$RUNS"); do
 for mode in $MODES; do
  PORT="$(free_port)"
  t0=$(date +%s%N)
  # shellcheck disable=SC2046
  start_service "$PORT" $(mode_opts "$mode")
  code=000
  until [[ "$code" == 200 ]]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
      --data-binary @"$OUT/bodies/one-request.json" "http://127.0.0.1:$PORT/api/v1/evaluations" 2>/dev/null || true)
    if [[ "$code" != 200 ]]; then
      kill -0 "$SERVICE_PID" 2>/dev/null || { echo "the service stopped"; tail -20 "$OUT/service.log"; exit 1; }
      sleep 0.02
    fi
  done
  t1=$(date +%s%N)
  started=$(grep -o 'started in [0-9.]*s' "$OUT/service.log" | head -1 || true)
  # then the first unit-month: what a first real caller waits for (the warm-up at start is meant to keep it short)
  month=$(curl -s -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' \
    --data-binary @"$OUT/bodies/unit-month.json" "http://127.0.0.1:$PORT/api/v1/evaluations")
  warmed=$(grep -o 'loaded in [0-9]* ms, warmed up by [0-9]* example cases in [0-9]* ms' "$OUT/service.log" | head -1 || true)
  echo "run $i, $mode: start to first evaluation $(( (t1 - t0) / 1000000 )) ms (Quarkus: $started; rules $warmed);" \
    "then a unit-month ${month}s; VmRSS $(proc_kb "$SERVICE_PID" VmRSS) kB" | tee -a "$REPORT"
  stop_service
 done
done
for mode in $MODES; do
  echo "catalogue load, $mode (CompileCatalogue, 10 warm loads):" | tee -a "$REPORT"
  # shellcheck disable=SC2046
  java -Xms512m -Xmx1g $(mode_opts "$mode") -cp "$BENCH_JAR" org.zwgk.bench.CompileCatalogue 10 2>/dev/null | grep -E 'rules|cold|warm  load:' | tee -a "$REPORT"
done
# (2b) a hot reload of a rule directory after an edit of one folder, with the unchanged folders' compiled packages
# remembered (the default) and with every package compiled (-Dzwgk.compiled-packages=off)
for opts in "" "-Dzwgk.compiled-packages=off"; do
  echo "reload of a rule directory (ReloadAfterEdit, 10 reloads) ${opts:-(packages remembered)}:" | tee -a "$REPORT"
  # shellcheck disable=SC2086
  java -Xms512m -Xmx1g $opts -cp "$BENCH_JAR" org.zwgk.bench.ReloadAfterEdit 10 2>/dev/null | grep -E '^(rules|reload)' | tee -a "$REPORT"
done
# (3) the clerk's command: bin/rules evaluate on an example month, wall time per call (built-in rules, precompiled)
"$ROOT/bin/rules" --version > /dev/null 2>&1 || true   # builds rules-cli.jar if it is missing (not timed)
for i in $(seq 1 "$RUNS"); do
  t0=$(date +%s%N)
  (cd "$ROOT" && bin/rules evaluate examples/facts/district-department-2026-02.json --as-of 2026-03-10 > /dev/null)
  t1=$(date +%s%N)
  echo "bin/rules evaluate, run $i: $(( (t1 - t0) / 1000000 )) ms" | tee -a "$REPORT"
done
