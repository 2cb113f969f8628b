#!/bin/sh
# Parse time against distinct citations in one text (issue 13, item 3), parser built with -O outside
# SwiftPM like parser-throughput.sh. Usage: Benchmarks/citation-scaling.sh [N...] (default 1000 2000 4000 20000).
set -e
cd "$(dirname "$0")/.."
out=${TMPDIR:-/tmp}/vanthu-citation-scaling
. Benchmarks/build-parser.sh
build_parser "$out" Benchmarks/CitationScaling/main.swift citation-scaling
if [ $# -eq 0 ]; then set -- 1000 2000 4000 20000; fi
"$out/citation-scaling" "$@"
