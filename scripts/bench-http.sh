#!/usr/bin/env bash
# HTTP load test of the packaged service with wrk, on 127.0.0.1 only, for a bounded time:
# (a) POST /api/v1/deadlines, (b) POST /api/v1/evaluations with a unit-month, (c) POST /api/v1/bench/parse with the
# same unit-month body (parsed, not evaluated: the floor of the HTTP stack; enabled here with
# -Dzwgk.bench.floor-endpoint=true). Each endpoint: a warm-up, then DURATION seconds at each concurrency.
# Prints req/s and p50/p99/p999 latency per run, the ratio evaluate / floor, and the service's resident memory.
# Not part of CI. Usage: scripts/bench-http.sh   (env: DURATION=15 WARMUP=10 CONCURRENCY="1 4 16")
set -euo pipefail
source "$(dirname "$0")/lib.sh"
DURATION="${DURATION:-15}"
WARMUP="${WARMUP:-10}"
CONCURRENCY="${CONCURRENCY:-1 4 16}"

if ! command -v wrk > /dev/null; then
  echo "installing wrk (Debian package)"
  apt-get update -qq && apt-get install -y -qq wrk > /dev/null
fi
build_if_needed
BODIES="$OUT/bodies"
java -cp "$BENCH_JAR" org.zwgk.bench.gen.Bodies "$BODIES"

PORT="$(free_port)"
trap stop_service EXIT
start_service "$PORT" -Xms512m -Xmx512m -Dzwgk.bench.floor-endpoint=true
wait_ready "$PORT"
echo "service pid $SERVICE_PID on 127.0.0.1:$PORT; VmRSS after start: $(proc_kb "$SERVICE_PID" VmRSS) kB"
machine

REPORT="$OUT/http.txt"
: > "$REPORT"
declare -A RPS
run() { # name path body concurrency seconds
  local name="$1" path="$2" body="$3" c="$4" secs="$5"
  local threads=$(( c < 2 ? 1 : 2 ))
  BODY="$body" wrk -t"$threads" -c"$c" -d"${secs}s" --latency -s "$ROOT/scripts/wrk/post.lua" "http://127.0.0.1:$PORT$path" \
    > "$OUT/wrk-$name-c$c.txt" 2>&1
  grep '^RESULT' "$OUT/wrk-$name-c$c.txt" | sed "s/^RESULT/$name c=$c/"
}
for spec in "deadlines /api/v1/deadlines $BODIES/deadline.json" \
            "evaluate /api/v1/evaluations $BODIES/unit-month.json" \
            "floor /api/v1/bench/parse $BODIES/unit-month.json"; do
  read -r name path body <<< "$spec"
  run "$name" "$path" "$body" 4 "$WARMUP" > /dev/null   # warm-up, not reported
  for c in $CONCURRENCY; do
    line="$(run "$name" "$path" "$body" "$c" "$DURATION")"
    echo "$line" | tee -a "$REPORT"
    RPS["$name-$c"]="$(echo "$line" | sed -E 's/.*req\/s=([0-9.]+).*/\1/')"
  done
done
for c in $CONCURRENCY; do
  echo "evaluate/floor c=$c: $(python3 -c "print(f'{${RPS[evaluate-$c]}/${RPS[floor-$c]}:.3f}')")" | tee -a "$REPORT"
done
echo "service VmRSS under load (after the runs): $(proc_kb "$SERVICE_PID" VmRSS) kB; peak VmHWM: $(proc_kb "$SERVICE_PID" VmHWM) kB" | tee -a "$REPORT"
