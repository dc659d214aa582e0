#!/usr/bin/env bash
# Selection screens benchmark (docs/benchmarks.md, "Selection screens", issue 9): boots the application (embedded
# default, demo mode) on a FRESH data directory and a free port, tops the database up with SQL to 100,000 providers,
# 3,000 applications in every state (history, visits, evaluations, committee sessions) and 1,000 active memberships,
# signs in as the demo director, then times over HTTP the director's panel (/admin), the staff application queue
# (first page, filtered by state, a later page) and two application files: warm-up, then BENCH_REQUESTS requests per
# screen; p50/p95/max per screen. Exits 1 when a screen's p95 reaches 100 ms. Not part of `./mvnw verify`.
# Usage: scripts/bench-selection.sh     BENCH_REQUESTS=200 BENCH_WARMUP=50 BENCH_PROVIDERS=100000
#                                       BENCH_APPLICATIONS=3000 BENCH_MEMBERSHIPS=1000 BENCH_TMP=/tmp BENCH_KEEP=1
set -euo pipefail
cd "$(dirname "$0")/.."

mvn_offline_first() { ./mvnw -B -q -o "$@" || ./mvnw -B -q "$@"; }

echo "Compiling the benchmark classes (test scope) and resolving the test classpath"
mvn_offline_first test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

WORK=$(mktemp -d "${BENCH_TMP:-/tmp}/ambassade-bench-selection.XXXXXX")
CHILD=""
cleanup() {
    if [ -n "$CHILD" ] && kill -0 "$CHILD" 2>/dev/null; then
        kill -TERM "$CHILD" 2>/dev/null || true
        wait "$CHILD" 2>/dev/null || true
    fi
    if [ -f "$WORK/data/pg/postmaster.pid" ]; then
        kill -INT "$(head -n 1 "$WORK/data/pg/postmaster.pid")" 2>/dev/null || true
        sleep 2
    fi
    if [ "${BENCH_KEEP:-0}" = 1 ]; then
        echo "Work folder kept: $WORK"
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "== Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM," \
    "$(java -version 2>&1 | head -n 1), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "== Selection screens, load before $(load)"
status=0
AMBASSADE_DATA_DIR="$WORK/data" PORT=0 java -Xmx1g -cp "$CP" fr.ambassade.selection.bench.SelectionBenchmark \
    "${BENCH_REQUESTS:-200}" "${BENCH_WARMUP:-50}" "${BENCH_PROVIDERS:-100000}" "${BENCH_APPLICATIONS:-3000}" \
    "${BENCH_MEMBERSHIPS:-1000}" >"$WORK/bench.out" 2>&1 &
CHILD=$!
wait "$CHILD" || status=$?
CHILD=""
if [ "$status" -gt 1 ] || ! grep -q '^Selection screens' "$WORK/bench.out"; then
    echo "selection benchmark failed:"
    tail -n 40 "$WORK/bench.out"
    exit 1
fi
grep -E '^(Seeded|Demo selection data)' "$WORK/bench.out" | sed -E 's/^.*(Demo selection data)/\1/' || true
sed -n '/^Selection screens/,/BUDGET/p' "$WORK/bench.out"
echo "   load after $(load)"
exit "$status"
