#!/bin/sh
# Builds the parser with -O outside SwiftPM (no Package.swift change) and measures its throughput
# on the seed and the real-dev OCR fixtures. Usage: Benchmarks/parser-throughput.sh [files...]
set -e
cd "$(dirname "$0")/.."
out=${TMPDIR:-/tmp}/vanthu-bench
mkdir -p "$out"
rm -f "$out"/*.a "$out"/*.swiftmodule
swiftc -O -wmo -parse-as-library -emit-library -static -module-name VietnameseText \
    -emit-module -emit-module-path "$out/VietnameseText.swiftmodule" \
    Sources/VietnameseText/*.swift -o "$out/libVietnameseText.a"
swiftc -O -wmo -parse-as-library -emit-library -static -module-name DocumentParser -I "$out" \
    -emit-module -emit-module-path "$out/DocumentParser.swiftmodule" \
    $(find Sources/DocumentParser -name '*.swift') -o "$out/libDocumentParser.a"
swiftc -O -wmo -I "$out" -L "$out" -lDocumentParser -lVietnameseText Benchmarks/ParserThroughput/main.swift -o "$out/parser-throughput"
if [ $# -eq 0 ]; then
    set -- ../shared/seeds/000_2394030464bafa6d.txt Tests/DocumentParserTests/Fixtures/realdev-ocr/*.txt
fi
"$out/parser-throughput" "$@"
