#!/usr/bin/env bash
# Start-up and reload: (1) time from process start to the first successful evaluation of the packaged service with
# the default rules (RUNS times: start the jar, POST a one-request evaluation every 20 ms until it answers 200), and
# its resident memory then; (2) runtime compile of the whole catalogue, cold (first load in a fresh JVM) and warm
# (later loads in the same JVM, as a reload). Not part of CI. Usage: scripts/bench-startup.sh   (env: RUNS=5)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
RUNS="${RUNS:-5}"
build_if_needed
java -cp "$BENCH_JAR" org.zwgk.bench.gen.Bodies "$OUT/bodies" > /dev/null
machine
REPORT="$OUT/startup.txt"
: > "$REPORT"
trap stop_service EXIT
for i in $(seq 1 "$RUNS"); do
  PORT="$(free_port)"
  t0=$(date +%s%N)
  start_service "$PORT"
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
  echo "run $i: start to first evaluation $(( (t1 - t0) / 1000000 )) ms (Quarkus: $started); VmRSS $(proc_kb "$SERVICE_PID" VmRSS) kB" | tee -a "$REPORT"
  stop_service
done
echo "catalogue compile (CompileCatalogue, 10 warm loads):" | tee -a "$REPORT"
java -Xms512m -Xmx1g -cp "$BENCH_JAR" org.zwgk.bench.CompileCatalogue 10 2>/dev/null | grep -E 'rules|cold|warm  load:' | tee -a "$REPORT"
