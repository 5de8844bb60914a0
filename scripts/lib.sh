# Shared by the bench-*.sh scripts: build what is missing, start and stop the service, read its memory.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${BENCH_OUT:-$ROOT/target/bench}"
APP="$ROOT/rules-api/target/quarkus-app/quarkus-run.jar"
BENCH_JAR="$ROOT/benchmarks/target/benchmarks.jar"
mkdir -p "$OUT"

# Packages the service and the benchmarks jar (without installing into ~/.m2) unless both exist.
build_if_needed() {
  if [[ ! -f "$APP" || ! -f "$BENCH_JAR" || -n "${BENCH_REBUILD:-}" ]]; then
    (cd "$ROOT" && ./mvnw -B -ntp -q -Pbenchmarks -pl rules-api,benchmarks -am -DskipTests package)
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

SERVICE_PID=""
# start_service PORT [java options...]: starts the packaged service on 127.0.0.1:PORT; its log is $OUT/service.log.
start_service() {
  local port="$1"; shift
  java "$@" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -jar "$APP" > "$OUT/service.log" 2>&1 &
  SERVICE_PID=$!
}

stop_service() {
  if [[ -n "$SERVICE_PID" ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID"
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  SERVICE_PID=""
}

# wait_ready PORT: until the readiness check answers UP (at most 120 s).
wait_ready() {
  local port="$1"
  for _ in $(seq 1 1200); do
    if curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null 2>&1; then return 0; fi
    kill -0 "$SERVICE_PID" 2>/dev/null || { echo "the service stopped:"; tail -20 "$OUT/service.log"; return 1; }
    sleep 0.1
  done
  echo "the service did not become ready in 120 s"; return 1
}

# proc_kb PID FIELD: a field of /proc/PID/status in kB (VmRSS, VmHWM).
proc_kb() {
  awk -v f="$2:" '$1 == f {print $2}' "/proc/$1/status" 2>/dev/null
}

machine() {
  echo "date: $(date -u +%FT%TZ)"
  echo "nproc: $(nproc); cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}
