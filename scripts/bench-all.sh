#!/usr/bin/env bash
# Reruns every measurement of docs/benchmarks.md; results in target/bench/. About 40 minutes on 2 cores.
# Measure on a quiet machine: the load average is printed with each part.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_REBUILD=1 scripts/bench-jmh.sh
scripts/bench-startup.sh
scripts/bench-http.sh
scripts/bench-bulk.sh
scripts/bench-steps.sh
