#!/usr/bin/env bash
# Cold start to ready and idle RSS of the packaged hub (embedded default, demo loaded on the
# first start). Usage: bench/startup.sh [runs]   (build first: mvn -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=exchange-core/target/quarkus-app/quarkus-run.jar
port=18181
for i in $(seq 1 "$runs"); do
  b0=$(date +%s%N); java -version >/dev/null 2>&1; b1=$(date +%s%N)
  echo "run $i baseline: bare JVM start+exit (java -version) $(( (b1 - b0) / 1000000 )) ms"
  dir=$(mktemp -d)
  for phase in first-start-with-demo restart; do
    t0=$(date +%s%N)
    GOVEX_DATA_DIR=$dir QUARKUS_HTTP_PORT=$port GOVEX_ADMIN_API_KEY=bench java -jar "$jar" --demo >"$dir/log" 2>&1 &
    pid=$!
    until curl -sf "localhost:$port/q/health/ready" >/dev/null; do sleep 0.05; done
    t1=$(date +%s%N)
    sleep 10
    rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
    echo "run $i $phase: ready in $(( (t1 - t0) / 1000000 )) ms, idle RSS $(( rss / 1024 )) MiB"
    kill $pid; wait $pid 2>/dev/null || true
  done
  rm -rf "$dir"
done
