#!/usr/bin/env bash
# Scale: a streamed bulk evaluation of SIZES request records (NDJSON generated on the fly into a pipe, never a file)
# (1) through the library (org.zwgk.bench.BulkLibrary: one evaluation per record), and (2) through
# POST /api/v1/evaluations/bulk (application/x-ndjson in and out, curl -T - streaming the generator's output).
# Reports records/s and peak memory: heap (sampled, and the most left after a collection: the live set) and RSS
# (VmHWM). Both run with -Xmx512m, so a heap that grew with the input would fail. Not part of CI.
# The library runs in two modes: one evaluation per record, and per-unit batches (the generator writes each unit's
# records in runs of 50; a run is evaluated as one fact set).
# Usage: scripts/bench-bulk.sh
#   env: BATCH_SIZES="100000 1000000" RECORD_SIZES="100000 1000000" HTTP_SIZES="100000 1000000"
set -euo pipefail
source "$(dirname "$0")/lib.sh"
BATCH_SIZES="${BATCH_SIZES-100000 1000000}"
RECORD_SIZES="${RECORD_SIZES-100000 1000000}"
HTTP_SIZES="${HTTP_SIZES-100000 1000000}"
HTTP_TIMEOUT="${HTTP_TIMEOUT:-3600}"   # seconds; a run stopped here reports the records answered by then
build_if_needed
machine
REPORT="$OUT/${BULK_REPORT:-bulk}.txt"
: > "$REPORT"
trap stop_service EXIT

gc_peaks() { # GC log -> "heap before GC max / after GC max" in MB
  python3 - "$1" <<'PY'
import re, sys
before = after = 0
for line in open(sys.argv[1]):
    m = re.search(r'Pause.* (\d+)M->(\d+)M\((\d+)M\)', line)
    if m:
        before = max(before, int(m.group(1))); after = max(after, int(m.group(2)))
print(f"peak heap before a collection {before} MB, peak heap after a collection (live set) {after} MB")
PY
}

library() { # size mode
  echo "library, $1 records, $2:" | tee -a "$REPORT"
  java -Xms512m -Xmx512m -cp "$BENCH_JAR" org.zwgk.bench.BulkLibrary "$1" "$2" 2>/dev/null | grep -E '^mode|^peak|^VmRSS' | tee -a "$REPORT"
}
for n in $BATCH_SIZES; do library "$n" batch; done
for n in $RECORD_SIZES; do library "$n" record; done
for n in $HTTP_SIZES; do
  {
    PORT="$(free_port)"
    # The service refuses bodies over quarkus.http.limits.max-body-size (10M in application.properties), a streamed
    # NDJSON body included: about 16,800 of these records. The bulk run lifts the limit for its own service.
    # and stops a stream after zwgk.limits.max-stream-lines lines (100,000 by default): both raised for the run.
    start_service "$PORT" -Xms512m -Xmx512m -Xlog:gc:file="$OUT/gc-bulk-$n.log" -Dquarkus.http.limits.max-body-size=1G \
      -Dzwgk.limits.max-stream-lines=$(( n + 1 ))
    wait_ready "$PORT"
    rss0=$(proc_kb "$SERVICE_PID" VmRSS)
    t0=$(date +%s%N)
    lines=$(timeout "$HTTP_TIMEOUT" bash -c "java -cp '$BENCH_JAR' org.zwgk.bench.gen.NdjsonGen $n \
      | curl -sS -T - -X POST -H 'Content-Type: application/x-ndjson' -H 'Accept: application/x-ndjson' \
          'http://127.0.0.1:$PORT/api/v1/evaluations/bulk?statuses=VIOLATION'" | wc -l || true)
    t1=$(date +%s%N)
    ms=$(( (t1 - t0) / 1000000 ))
    capped=""; [[ "$lines" -lt "$n" ]] && capped=" (fewer lines than records: stopped after ${HTTP_TIMEOUT} s, or the service refused the rest)"
    echo "http, $n records: $lines result lines in $ms ms: $(( lines * 1000 / (ms > 0 ? ms : 1) )) records/s$capped" | tee -a "$REPORT"
    echo "  service VmRSS before $rss0 kB, after $(proc_kb "$SERVICE_PID" VmRSS) kB, peak VmHWM $(proc_kb "$SERVICE_PID" VmHWM) kB" | tee -a "$REPORT"
    echo "  $(gc_peaks "$OUT/gc-bulk-$n.log")" | tee -a "$REPORT"
    stop_service
  }
done
