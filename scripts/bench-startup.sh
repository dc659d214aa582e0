#!/usr/bin/env bash
# Start-up of the embedded default (docs/benchmarks.md): seconds from "java -jar" to the first page served, and the
# resident memory after start of the java process and of the embedded PostgreSQL processes.
# Usage: scripts/bench-startup.sh            (BENCH_PORT=18080; BENCH_JAVA_OPTS="-Xmx512m" to try JVM options, by
#                                             default those of `./mvnw spring-boot:run`: pom.xml's run.jvmArguments,
#                                             BENCH_JAVA_OPTS= for none;
#                                             BENCH_STRICT=1 fails when over the budget: 20 s, 1 GB)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT_TO_USE="${BENCH_PORT:-18080}"
JAR=target/ambassade.jar
if [ ! -f "$JAR" ]; then
    echo "Building $JAR"
    ./mvnw -B -q package -DskipTests
fi

DATA=$(mktemp -d /tmp/ambassade-bench.XXXXXX)
LOG="$DATA/app.log"
APP_PID=""

# the postmaster and its children (checkpointer, background writer, one backend per pooled connection...)
pg_pids() {
    local postmaster
    postmaster=$(head -n 1 "$DATA/pg/postmaster.pid" 2>/dev/null || true)
    [ -n "$postmaster" ] || return 0
    echo "$postmaster"
    pgrep -P "$postmaster" || true
}

cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 120); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
        kill -KILL "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    # a postmaster left behind (app killed) gets PostgreSQL's fast shutdown
    local postmaster
    if [ -f "$DATA/pg/postmaster.pid" ]; then
        postmaster=$(head -n 1 "$DATA/pg/postmaster.pid")
        kill -INT "$postmaster" 2>/dev/null || true
        for _ in $(seq 1 40); do kill -0 "$postmaster" 2>/dev/null || break; sleep 0.5; done
    fi
    rm -rf "$DATA"
}
trap cleanup EXIT

kb() { awk -v k="$2" '$1 == k":" {print $2}' "/proc/$1/$3" 2>/dev/null || echo 0; }
mb() { awk -v v="$1" 'BEGIN {printf "%.0f", v / 1024}'; }

# the JVM options of `./mvnw spring-boot:run` unless told otherwise
DEFAULT_OPTS=$(sed -n 's:.*<run.jvmArguments>\(.*\)</run.jvmArguments>.*:\1:p' pom.xml | head -n 1)
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS-$DEFAULT_OPTS}"
# CPU seconds (user + system) used by a process so far
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$1/stat" 2>/dev/null || echo "?"; }

t0=$(date +%s.%N)
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
PORT="$PORT_TO_USE" AMBASSADE_DATA_DIR="$DATA" java ${BENCH_JAVA_OPTS:-} -jar "$JAR" >"$LOG" 2>&1 &
APP_PID=$!

code=000
for _ in $(seq 1 1200); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT_TO_USE/" || true)
    [ "$code" = 200 ] && break
    kill -0 "$APP_PID" 2>/dev/null || break
    sleep 0.1
done
t1=$(date +%s.%N)
java_cpu=$(cpu "$APP_PID")
if [ "$code" != 200 ]; then
    echo "The application did not serve / (last HTTP status $code). Log:"
    tail -n 40 "$LOG"
    exit 1
fi
seconds=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}')
health=$(curl -s "http://localhost:$PORT_TO_USE/actuator/health" || true)
sleep 2 # let the start-up settle before reading memory

java_rss=$(kb "$APP_PID" VmRSS status)
pg_rss=0
pg_pss=0
pg_count=0
for pid in $(pg_pids); do
    pg_rss=$((pg_rss + $(kb "$pid" VmRSS status)))
    pg_pss=$((pg_pss + $(kb "$pid" Pss smaps_rollup)))
    pg_count=$((pg_count + 1))
done
total=$((java_rss + pg_pss))

echo "Ambassade start-up (embedded default), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "  machine:           $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM," \
     "$(java -version 2>&1 | head -n 1)"
echo "  load average:      $(cut -d ' ' -f 1-3 /proc/loadavg) (other work on the machine slows the start-up)"
echo "  java options:      ${BENCH_JAVA_OPTS:-(none)}"
echo "  first page:        ${seconds} s (HTTP 200 on /, fresh data directory: initdb + migrations included)"
echo "  java CPU:          ${java_cpu} s (user + system until the first page: compare runs on a busy machine by it)"
echo "  app log says:      $(grep -o 'Started AmbassadeApplication in [0-9.]* seconds' "$LOG" || echo '?')"
echo "  java RSS:          $(mb "$java_rss") MB"
echo "  postgres:          ${pg_count} processes, RSS sum $(mb "$pg_rss") MB (shared buffers counted in each)," \
     "PSS sum $(mb "$pg_pss") MB"
echo "  total (java RSS + postgres PSS): $(mb "$total") MB"
echo "  /actuator/health:  $health"

# a clean stop (SIGTERM) must also stop the embedded PostgreSQL
t2=$(date +%s.%N)
kill -TERM "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
t3=$(date +%s.%N)
postmaster=$(head -n 1 "$DATA/pg/postmaster.pid" 2>/dev/null || true)
if [ -n "$postmaster" ] && kill -0 "$postmaster" 2>/dev/null; then
    echo "  FAILED: PostgreSQL (pid $postmaster) still runs after the application stopped"
    exit 1
fi
echo "  stop (SIGTERM):    $(awk -v a="$t2" -v b="$t3" 'BEGIN {printf "%.1f", b - a}') s, embedded PostgreSQL stopped with it"

over=0
awk -v s="$seconds" 'BEGIN {exit !(s >= 20)}' && { echo "  OVER BUDGET: first page >= 20 s"; over=1; }
[ "$total" -ge 1048576 ] && { echo "  OVER BUDGET: resident memory >= 1 GB"; over=1; }
[ "$over" = 0 ] && echo "  within budget (first page < 20 s, resident memory < 1 GB)"
if [ "$over" = 1 ] && [ "${BENCH_STRICT:-0}" = 1 ]; then exit 1; fi
exit 0
