#!/usr/bin/env bash
# The PostgreSQL archive against the SQLite archive on the same synthetic documents, in one run
# (issue 16). Needs PostgreSQL 15 (a throwaway server is started and stopped, see
# Scripts/postgres/test-server.sh: fsync off; restarted here with 2 GB of shared buffers) and a
# release build of the tests (swift test -c release --filter PostgresBenchmarkTests builds it).
#
#   bash Benchmarks/postgres-archive.sh [N] [WRITER_DOCS]   # default 100000 and 3000; N = 0: writers only
#
# 1. Search: N documents (Tests/ArchiveSynthetic, seed 42) stored into both archives in batches of
#    200, then every query form of Tests/PostgresArchiveTests/PostgresBenchmarkTests run 20 times
#    on each, alternately: p50 / p95 and PostgreSQL / SQLite. Then the tables' and indexes' sizes.
#    VANTHU_PG_BENCH_KEEP=1 keeps the server and the SQLite file ($dir) for another run (queries only).
# 2. Writers: WRITER_DOCS documents per writer process, one transaction each (the path of
#    `vanthu ingest` for parsed files, no OCR): SQLite with one writer, PostgreSQL with one and
#    with two processes at once (fresh database each), documents per second over the wall time.
# VANTHU_TEST_BINARY: an already built bundle instead of .build/release/vanthuPackageTests.xctest.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
writer_docs=${2:-3000}
binary=${VANTHU_TEST_BINARY:-.build/release/vanthuPackageTests.xctest}
[ -x "$binary" ] || { echo "build first: swift build -c release --build-tests" >&2; exit 1; }
dir=${VANTHU_PG_BENCH_DIR:-/tmp/vanthu-pg-bench}
mkdir -p "$dir"
export VANTHU_PG_DIR="$dir/server"
if [ "${VANTHU_PG_BENCH_KEEP:-0}" != 1 ]; then
    trap 'bash Scripts/postgres/test-server.sh stop >/dev/null 2>&1 || true' EXIT
fi
base=$(bash Scripts/postgres/test-server.sh start)
admin=${base%/*}/postgres
# A server sized for the archive, as a real one would be (the test server keeps PostgreSQL's
# 128 MB default, a tenth of the 100,000-document tables): 2 GB of shared buffers.
if [ "$(psql -XAt "$admin" -c 'SHOW shared_buffers')" != 2GB ]; then
    psql -Xq "$admin" -c "ALTER SYSTEM SET shared_buffers = '2GB'" -c "ALTER SYSTEM SET effective_cache_size = '8GB'"
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$bin/pg_ctl" -D "$VANTHU_PG_DIR/data" -w restart >/dev/null
    else "$bin/pg_ctl" -D "$VANTHU_PG_DIR/data" -w restart >/dev/null; fi
fi
export OMP_THREAD_LIMIT=1
run_tests() { "$binary" --testing-library swift-testing --filter "$1" 2>&1 | grep '^BENCH' || true; }
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. Search, both archives.
if [ "$count" -gt 0 ]; then  # 0: the writers only
    VANTHU_TEST_POSTGRES_URL=$base VANTHU_PG_BENCHMARK=$count VANTHU_PG_BENCHMARK_SQLITE="$dir/archive-$count.sqlite" \
        run_tests 'PostgresBenchmarkTests/searchAgainstSQLite'
    echo "load after search: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

# 2. Writers.
now() { date +%s.%N; }
fresh() {
    psql -q "$admin" -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null
    echo "${base%/*}/$1"
}
writers() {  # writers TARGET N: N writer processes at once into TARGET, prints docs/s over the wall time
    local target=$1 n=$2 t0 t1
    t0=$(now)
    for id in $(seq "$n"); do
        VANTHU_PG_BENCHMARK_WRITER=$target VANTHU_PG_BENCHMARK_WRITER_COUNT=$writer_docs VANTHU_PG_BENCHMARK_WRITER_ID=$id \
            run_tests 'PostgresBenchmarkTests/writerProcess' &
    done
    wait
    t1=$(now)
    printf 'BENCH writers %d into %s: %d docs in %.1f s = %.0f docs/s (process start and generation included)\n' \
        "$n" "${target%%:*}" "$((n * writer_docs))" "$(echo "$t1 - $t0" | bc)" "$(echo "$n * $writer_docs / ($t1 - $t0)" | bc -l)"
}
rm -f "$dir"/writer.sqlite*
writers "$dir/writer.sqlite" 1
writers "$(fresh bench_writer1)" 1
writers "$(fresh bench_writer2)" 2
rm -f "$dir"/writer.sqlite*
echo "load after writers: $(cut -d' ' -f1-3 /proc/loadavg)"
