#!/usr/bin/env bash
# Our search against the sqlite3 shell running the very same SQL on the same archive file.
#
#   bash Benchmarks/fts-overhead.sh [N]        # N synthetic documents, default 100000
#
# 1. The archive benchmark (Tests/ArchiveTests/BenchmarkTests) builds the synthetic archive once
#    (kept in $VANTHU_FTS_DIR, default /tmp/vanthu-fts-overhead), times `SQLiteArchive.search` for
#    each of its 20 query kinds (p50 of 20 runs) and records, through an SQLite trace, every
#    SELECT that search ran, arguments inlined.
# 2. The `sqlite3` shell replays those statements on the same file, 20 times per query kind. The
#    folded index needs the `vietnamese_folding` tokenizer: the shell loads it from
#    Benchmarks/FTSOverhead/vietnamese_folding.c (the same fold, as a C extension), so the shell
#    does the same FTS5 work: same MATCH, same bm25, same snippets, same joins.
# 3. Printed per query kind: our p50, the shell's mean, and the ratio — what GRDB, Swift and our
#    query planning add on top of SQLite itself.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
dir=${VANTHU_FTS_DIR:-/tmp/vanthu-fts-overhead}
mkdir -p "$dir/sql"
rm -f "$dir"/sql/*.sql

# The tokenizer extension, with its fold table made from Unicode's decompositions.
python3 - "$dir/fold_table.h" <<'PY'
import sys, unicodedata
def fold(ch):
    out = ""
    for s in unicodedata.normalize("NFD", ch):
        v = ord(s)
        if 0x300 <= v <= 0x36F: continue
        out += "d" if v in (0x110, 0x111, 0xD0, 0xF0) else s.lower()
    return out
def table(name, lo, hi):
    cells = ", ".join('"' + "".join("\\x%02x" % b for b in fold(chr(v)).encode()) + '"' for v in range(lo, hi + 1))
    return f"static const char *{name}[{hi - lo + 1}] = {{{cells}}};\n"
open(sys.argv[1], "w").write(table("fold_latin", 0xC0, 0x24F) + table("fold_extended", 0x1E00, 0x1EFF))
PY
compiler=$(command -v cc || command -v gcc || command -v clang)  # clang ships with the Swift toolchain
"$compiler" -O2 -fPIC -shared -I "$dir" Benchmarks/FTSOverhead/vietnamese_folding.c -o "$dir/vietnamese_folding.so"

# Ours (builds the archive on the first run). VANTHU_TEST_BINARY: an already built test bundle
# (.build/release/vanthuPackageTests.xctest) instead of `swift test -c release`.
export VANTHU_BENCHMARK=$count VANTHU_BENCHMARK_SINGLE=0 VANTHU_BENCHMARK_ARCHIVE="$dir/archive-$count.sqlite" \
    VANTHU_BENCHMARK_SQL="$dir/sql" OMP_THREAD_LIMIT=1
if [ -n "${VANTHU_TEST_BINARY:-}" ]; then
    "$VANTHU_TEST_BINARY" --testing-library swift-testing --filter BenchmarkTests
else
    swift test -c release --filter BenchmarkTests
fi 2>&1 | grep '^BENCH' | tee "$dir/ours.txt"

# The shell, on the same file.
archive="$dir/archive-$count.sqlite"
repeats=20
calc() { python3 -c "print($1)"; }
run() { # run SCRIPT: seconds for sqlite3 to run it
    local start end
    start=$(date +%s.%N)
    sqlite3 -bail "$archive" < "$1" > /dev/null
    end=$(date +%s.%N)
    calc "$end - $start"
}
printf '.load %s\n' "$dir/vietnamese_folding.so" > "$dir/empty.sql"
base=0
for _ in 1 2 3; do base=$(calc "$base + $(run "$dir/empty.sql") / 3"); done
printf '%-20s %10s %10s %8s\n' "query" "ours p50" "sqlite3" "ratio"
for file in "$dir"/sql/*.sql; do
    name=$(basename "$file" .sql | cut -d' ' -f2-)
    { printf '.load %s\n' "$dir/vietnamese_folding.so"; for _ in $(seq $repeats); do cat "$file"; done; } > "$dir/replay.sql"
    shell=$(calc "($(run "$dir/replay.sql") - $base) * 1000 / $repeats")
    ours=$(grep -F "BENCH query $name:" "$dir/ours.txt" | sed -E 's/.*p50 ([0-9.]+) ms.*/\1/')
    printf '%-20s %8.1f ms %7.1f ms %7.2fx\n' "$name" "$ours" "$shell" "$(calc "$ours / ($shell + 0.0001)")"
done
