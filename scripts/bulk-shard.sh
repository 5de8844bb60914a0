#!/usr/bin/env bash
# Bulk evaluation of a province across replicas: splits an NDJSON file of fact sets (one unit's facts a line, the
# body of POST /api/v1/evaluations/bulk as application/x-ndjson) into one shard per replica by a hash of the line's
# first unit id, then streams every shard to its replica in parallel, in calls of at most CHUNK lines each.
#
#   scripts/bulk-shard.sh INPUT.ndjson OUTDIR URL [URL...]
#   env: QUERY   query string for every call, e.g. "asOf=2026-03-10&statuses=VIOLATION,WARNING" (default: none)
#        TOKEN   sent as "Authorization: Bearer $TOKEN" when set (zwgk.security.open-evaluation=false)
#        CHUNK   lines per call (default 50000; the service answers at most zwgk.limits.max-stream-lines per call)
#
# A line without "key" gets "key": "line:N" (N = its line number in INPUT), so every answer can be joined to its input.
# Writes OUTDIR/shard-K.ndjson (the input of replica K) and OUTDIR/result-K.ndjson (its answers, one line per input
# line), prints per replica the lines sent, answered and failed, and exits non-zero when an answer is missing.
set -euo pipefail
if [[ $# -lt 3 ]]; then
  sed -n '2,14p' "$0"; exit 2
fi
INPUT="$1"; OUTDIR="$2"; shift 2
URLS=("$@")
CHUNK="${CHUNK:-50000}"
mkdir -p "$OUTDIR"
rm -f "$OUTDIR"/shard-*.ndjson "$OUTDIR"/result-*.ndjson "$OUTDIR"/chunk-*

python3 - "$INPUT" "$OUTDIR" "${#URLS[@]}" <<'PY'
import hashlib, json, sys
src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
shards = [open(f"{out}/shard-{k}.ndjson", "w", encoding="utf-8") for k in range(n)]
with open(src, encoding="utf-8") as f:
    for no, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            units = (obj.get("facts") or {}).get("units") or [{}]
            unit = str(units[0].get("id", ""))
        except (ValueError, AttributeError):
            obj, unit = None, ""
        if isinstance(obj, dict):
            obj.setdefault("key", f"line:{no}")
            line = json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n"
        k = int.from_bytes(hashlib.sha256(unit.encode("utf-8")).digest()[:8], "big") % n
        shards[k].write(line if line.endswith("\n") else line + "\n")
for s in shards:
    s.close()
PY

AUTH=()
[[ -n "${TOKEN:-}" ]] && AUTH=(-H "Authorization: Bearer $TOKEN")
post_shard() { # K URL
  local k="$1" url="$2"
  split -l "$CHUNK" -d -a 4 "$OUTDIR/shard-$k.ndjson" "$OUTDIR/chunk-$k-"
  : > "$OUTDIR/result-$k.ndjson"
  for c in "$OUTDIR"/chunk-"$k"-*; do
    [[ -e "$c" ]] || continue
    curl -sS --fail-with-body -X POST "$url/api/v1/evaluations/bulk${QUERY:+?$QUERY}" "${AUTH[@]}" \
      -H 'Content-Type: application/x-ndjson' --data-binary @"$c" >> "$OUTDIR/result-$k.ndjson"
    rm -f "$c"
  done
}
pids=()
for k in "${!URLS[@]}"; do
  post_shard "$k" "${URLS[$k]}" &
  pids+=($!)
done
status=0
for p in "${pids[@]}"; do wait "$p" || status=1; done

for k in "${!URLS[@]}"; do
  sent=$(grep -c . "$OUTDIR/shard-$k.ndjson" || true)
  answered=$(grep -c . "$OUTDIR/result-$k.ndjson" || true)
  failed=$(grep -c '"error":' "$OUTDIR/result-$k.ndjson" || true)
  echo "replica $k ${URLS[$k]}: $sent lines sent, $answered answered, $failed failed"
  [[ "$sent" == "$answered" ]] || status=1
done
exit "$status"
