#!/usr/bin/env bash
# Import and search benchmark of the providers directory (docs/benchmarks.md, issue 3).
# 1. generates a synthetic DATAtourisme flow (SyntheticFlowGenerator: real sample objects with fresh identities,
#    French names, addresses in the territory's communes, median object 15-20 KB) in a temporary folder, after
#    checking the free disk space;
# 2. imports it with the command line, -Xmx512m, into a FRESH data directory (embedded PostgreSQL), then a second
#    time (all unchanged): records/s (import time as logged by the run, and wall time of the whole command) and
#    peak heap from the GC log;
# 3. boots the application on that data directory (no port) and measures ProviderSearch for 20 typical French
#    queries (SearchBenchmark): p50/p95/p99 per query and overall.
# Usage: scripts/bench-import.sh      BENCH_RECORDS=100000  BENCH_TMP=/tmp  BENCH_KEEP=1 keeps the work folder
#                                     BENCH_ROUNDS=50 BENCH_WARMUP=20 (search)  BENCH_SKIP_SEARCH=1
set -euo pipefail
cd "$(dirname "$0")/.."

RECORDS="${BENCH_RECORDS:-100000}"
JAR=target/ambassade.jar
JAVA_OPTS_IMPORT=(-Xmx512m -XX:+UseParallelGC)

mvn_offline_first() { ./mvnw -B -q -o "$@" || ./mvnw -B -q "$@"; }

if [ ! -f "$JAR" ]; then
    echo "Building $JAR"
    mvn_offline_first package -DskipTests
fi
echo "Compiling the benchmark classes (test scope) and resolving the test classpath"
mvn_offline_first test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

WORK=$(mktemp -d "${BENCH_TMP:-/tmp}/ambassade-bench-import.XXXXXX")
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
echo "== Generating $RECORDS records into $WORK/flow (load $(load))"
java -cp "$CP" fr.ambassade.providers.importing.bench.SyntheticFlowGenerator "$WORK/flow" "$RECORDS"

# peak heap from the unified GC log: "... Pause Young (Allocation Failure) 180M->45M(490M) 12.3ms"
heap() {
    grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$1" | awk -F'[M>()-]+' '
        { if ($1 > b) b = $1; if ($2 > a) a = $2; if ($3 > c) c = $3; n++ }
        END { printf "peak heap used %d MB (before GC), max live after GC %d MB, max committed %d MB, %d GCs", b, a, c, n }'
}

run_import() {
    local n=$1 what=$2 t0 t1 ms summary
    echo "== Import $n ($what), load before $(load)"
    t0=$(date +%s.%N)
    AMBASSADE_DATA_DIR="$WORK/data" AMBASSADE_DEMODATA=false PORT=0 \
        java "${JAVA_OPTS_IMPORT[@]}" "-Xlog:gc:file=$WORK/gc-$n.log" -jar "$JAR" import datatourisme "$WORK/flow" \
        --report "$WORK/report-$n.csv" >"$WORK/import-$n.out" 2>&1 &
    CHILD=$!
    wait "$CHILD" || { echo "import $n failed:"; tail -n 30 "$WORK/import-$n.out"; exit 1; }
    CHILD=""
    t1=$(date +%s.%N)
    summary=$(tail -n 1 "$WORK/import-$n.out")
    ms=$(grep -oE 'COMPLETED in [0-9]+ ms' "$WORK/import-$n.out" | grep -oE '[0-9]+' | tail -n 1)
    grep -E 'ms matching' "$WORK/import-$n.out" | sed -E 's/.*(Import run)/   \1/' || true
    awk -v r="$RECORDS" -v ms="$ms" -v t0="$t0" -v t1="$t1" -v s="$summary" 'BEGIN {
        printf "   %s\n   import %.1f s = %.0f records/s; whole command (JVM start, database start, import, stop) %.1f s = %.0f records/s\n",
            s, ms / 1000, r * 1000 / ms, t1 - t0, r / (t1 - t0) }'
    echo "   $(heap "$WORK/gc-$n.log"); load after $(load)"
}

run_import 1 "fresh data directory, all created"
run_import 2 "same flow again, all unchanged"

if [ "${BENCH_SKIP_SEARCH:-0}" != 1 ]; then
    echo "== Search, load before $(load)"
    AMBASSADE_DATA_DIR="$WORK/data" AMBASSADE_DEMODATA=false PORT=0 java -Xmx512m -cp "$CP" \
        fr.ambassade.providers.importing.bench.SearchBenchmark "${BENCH_ROUNDS:-50}" "${BENCH_WARMUP:-20}" \
        >"$WORK/search.out" 2>&1 &
    CHILD=$!
    wait "$CHILD" || { echo "search benchmark failed:"; tail -n 30 "$WORK/search.out"; exit 1; }
    CHILD=""
    sed -n '/^Search benchmark/,/^OVERALL/p;/^FILTER OPTIONS/p' "$WORK/search.out"
    echo "   load after $(load)"
fi
du -sh "$WORK/flow" "$WORK/data" 2>/dev/null | sed 's/^/   disk: /'
