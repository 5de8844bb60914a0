#!/usr/bin/env bash
# JMH: evaluations per second and allocation per evaluation (-prof gc: gc.alloc.rate.norm) of the standard fact sets,
# one and two threads, and the slice rulebook / hand-written. Not part of CI.
# Usage: scripts/bench-jmh.sh [JMH options, e.g. a benchmark regex or -wi 1 -i 1 for a quick check]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
build_if_needed
machine | tee "$OUT/jmh-machine.txt"
java -jar "$BENCH_JAR" EvaluationBenchmark -prof gc -rf json -rff "$OUT/jmh.json" "$@" 2>&1 | tee "$OUT/jmh.log" \
  | grep -E '^(Benchmark|EvaluationBenchmark)' | grep -v -E ':gc\.(count|time|alloc\.rate) ' | tee "$OUT/jmh.txt"
python3 - "$OUT/jmh.json" <<'PY' | tee -a "$OUT/jmh.txt"
import json, sys
r = {b["benchmark"].split(".")[-1]: b["primaryMetric"]["score"] for b in json.load(open(sys.argv[1]))}
for t in ("", "2T"):
    if "sliceRulebook" + t in r and "sliceHandWritten" + t in r:
        print(f"slice rulebook / hand-written{' (2 threads)' if t else ''}: "
              f"{r['sliceHandWritten' + t] / r['sliceRulebook' + t]:.1f}x slower")
PY
