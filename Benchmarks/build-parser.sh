#!/bin/sh
# Builds VietnameseText and DocumentParser with -O outside SwiftPM (no Package.swift change) and
# links a benchmark's main.swift against them. Sourced by parser-throughput.sh and
# citation-scaling.sh. Usage: build_parser OUT_DIR MAIN.swift BINARY_NAME
build_parser() {
    out=$1
    mkdir -p "$out"
    rm -f "$out"/*.a "$out"/*.swiftmodule
    swiftc -O -wmo -parse-as-library -emit-library -static -module-name VietnameseText \
        -emit-module -emit-module-path "$out/VietnameseText.swiftmodule" \
        Sources/VietnameseText/*.swift -o "$out/libVietnameseText.a"
    swiftc -O -wmo -parse-as-library -emit-library -static -module-name DocumentParser -I "$out" \
        -emit-module -emit-module-path "$out/DocumentParser.swiftmodule" \
        $(find Sources/DocumentParser -name '*.swift') -o "$out/libDocumentParser.a"
    swiftc -O -wmo -I "$out" -L "$out" -lDocumentParser -lVietnameseText "$2" -o "$out/$3"
}
