#!/bin/sh
# Builds the parser with -O outside SwiftPM (no Package.swift change) and measures its throughput
# on the seed and the real-dev OCR fixtures. Usage: Benchmarks/parser-throughput.sh [files...]
set -e
cd "$(dirname "$0")/.."
out=${TMPDIR:-/tmp}/vanthu-bench
. Benchmarks/build-parser.sh
build_parser "$out" Benchmarks/ParserThroughput/main.swift parser-throughput
if [ $# -eq 0 ]; then
    set -- ../shared/seeds/000_2394030464bafa6d.txt Tests/DocumentParserTests/Fixtures/realdev-ocr/*.txt
fi
"$out/parser-throughput" "$@"
