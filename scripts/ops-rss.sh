#!/usr/bin/env bash
# Resident memory of the packaged service under a short load, to size a replica's memory request and limit
# (docs/operations.md). Starts rules-api/target/quarkus-app on 127.0.0.1 with the heap cap given, sends a unit's
# month (examples/facts/district-department-2026-02.json) to POST /api/v1/evaluations with wrk for DURATION seconds
# at CONCURRENCY connections, and prints VmRSS after start, VmRSS after the load and the peak VmHWM.
# Not part of CI. Usage: scripts/ops-rss.sh   (env: HEAP=256m DURATION=30 CONCURRENCY=4)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
HEAP="${HEAP:-256m}"
DURATION="${DURATION:-30}"
CONCURRENCY="${CONCURRENCY:-4}"

if ! command -v wrk > /dev/null; then
  echo "installing wrk (Debian package)"
  apt-get update -qq && apt-get install -y -qq wrk > /dev/null
fi
[[ -f "$APP" ]] || (cd "$ROOT" && ./mvnw -B -ntp -q -pl rules-api -am -DskipTests package)
BODY_FILE="$OUT/ops-unit-month.json"
python3 - "$ROOT/examples/facts/district-department-2026-02.json" > "$BODY_FILE" <<'PY'
import json, sys
facts = json.load(open(sys.argv[1], encoding="utf-8"))
facts.pop("asOf", None)
print(json.dumps({"asOf": "2026-03-10", "facts": facts}, ensure_ascii=False))
PY

PORT="$(free_port)"
trap stop_service EXIT
start_service "$PORT" -Xmx"$HEAP"
wait_ready "$PORT"
machine
echo "heap cap -Xmx$HEAP; VmRSS after start: $(proc_kb "$SERVICE_PID" VmRSS) kB"
BODY="$BODY_FILE" wrk -t2 -c"$CONCURRENCY" -d"${DURATION}s" -s "$ROOT/scripts/wrk/post.lua" \
  "http://127.0.0.1:$PORT/api/v1/evaluations" | grep '^RESULT'
echo "VmRSS after ${DURATION}s at $CONCURRENCY connections: $(proc_kb "$SERVICE_PID" VmRSS) kB; peak VmHWM: $(proc_kb "$SERVICE_PID" VmHWM) kB"
