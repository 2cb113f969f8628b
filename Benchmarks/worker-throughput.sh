#!/usr/bin/env bash
# Distributed ingest on one machine (issue 16): pages per second with 1 and 2 `vanthu worker`
# processes (one OCR engine each, so two workers stand for two machines' worth of cores), and the
# queue's cost per file against `vanthu ingest --jobs 1` of the same files into SQLite, in one run.
# Needs a release build and PostgreSQL 15 (a throwaway server is started and stopped).
# Each worker prints where its time went (`--timings`: claim, fetch, temporary file, OCR, parse,
# store + complete).
# Usage: Benchmarks/worker-throughput.sh [FILES...]   (default: the corpus scans)
set -euo pipefail
cd "$(dirname "$0")/.."
VANTHU=${VANTHU:-.build/release/vanthu}
[ -x "$VANTHU" ] || { echo "build first: swift build -c release" >&2; exit 1; }
if [ $# -eq 0 ]; then set -- Corpus/scans; fi
export VANTHU_PG_DIR=$(mktemp -d /tmp/vanthu-bench-pg.XXXXXX)
trap 'bash Scripts/postgres/test-server.sh stop >/dev/null 2>&1 || true' EXIT
base=$(bash Scripts/postgres/test-server.sh start)
admin=${base%/*}/postgres
export OMP_THREAD_LIMIT=1
now() { date +%s.%N; }
fresh() {  # a new database per round, so every round stores every file
    psql -q "$admin" -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null
    echo "${base%/*}/$1"
}
pages_done() { psql -At "$1" -c "SELECT coalesce(sum(pages), 0) FROM jobs WHERE state = 'done'"; }

sqlite=$(mktemp -d /tmp/vanthu-bench-sqlite.XXXXXX)
t0=$(now); "$VANTHU" ingest --jobs 1 --index "$sqlite/a.sqlite" "$@" >/dev/null 2>&1 || true; t1=$(now)
ingest_s=$(echo "$t1 - $t0" | bc)

for workers in 1 2; do
    url=$(fresh "bench_w$workers")
    "$VANTHU" enqueue --index "$url" "$@" >/dev/null
    t0=$(now)
    for n in $(seq "$workers"); do
        "$VANTHU" worker --jobs 1 --idle-exit --timings --index "$url" >/dev/null 2>"$sqlite/worker$workers-$n.err" &
    done
    wait
    t1=$(now)
    seconds=$(echo "$t1 - $t0" | bc)
    pages=$(pages_done "$url")
    eval "w${workers}_s=$seconds; w${workers}_p=$pages"
    printf 'workers %d: %s pages in %.1f s, %.2f pages/s\n' "$workers" "$pages" "$seconds" "$(echo "$pages / $seconds" | bc -l)"
    grep -h 'timings of' "$sqlite"/worker$workers-*.err | sed 's/^vanthu: /  /' || true
done
printf 'vanthu ingest --jobs 1 (SQLite, no queue): %.1f s\n' "$ingest_s"
printf '2 workers / 1 worker: %.2fx (pages per second)\n' "$(echo "($w2_p / $w2_s) / ($w1_p / $w1_s)" | bc -l)"
printf 'queue and PostgreSQL cost per file, 1 worker against ingest: %+.1f %%\n' "$(echo "($w1_s - $ingest_s) * 100 / $ingest_s" | bc -l)"
rm -rf "$sqlite"
