#!/bin/sh
# Parse time against distinct citations in one text (issue 13, item 3), parser built with -O outside
# SwiftPM like parser-throughput.sh. Usage: Benchmarks/citation-scaling.sh [N...] (default 1000 2000 4000 20000).
set -e
cd "$(dirname "$0")/.."
out=${TMPDIR:-/tmp}/vanthu-citation-scaling
mkdir -p "$out"
rm -f "$out"/*.a "$out"/*.swiftmodule
swiftc -O -wmo -parse-as-library -emit-library -static -module-name VietnameseText \
    -emit-module -emit-module-path "$out/VietnameseText.swiftmodule" \
    Sources/VietnameseText/*.swift -o "$out/libVietnameseText.a"
swiftc -O -wmo -parse-as-library -emit-library -static -module-name DocumentParser -I "$out" \
    -emit-module -emit-module-path "$out/DocumentParser.swiftmodule" \
    $(find Sources/DocumentParser -name '*.swift') -o "$out/libDocumentParser.a"
swiftc -O -wmo -I "$out" -L "$out" -lDocumentParser -lVietnameseText Benchmarks/CitationScaling/main.swift -o "$out/citation-scaling"
if [ $# -eq 0 ]; then set -- 1000 2000 4000 20000; fi
"$out/citation-scaling" "$@"
