// swift-tools-version:6.0
import PackageDescription

/// Settings every Swift target shares: Swift 6 language mode (strict concurrency) plus the
/// upcoming features the codebases we learn from turn on.
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "vanthu",
    platforms: [.macOS(.v15)],  // `Mutex` (Synchronization) needs macOS 15
    products: [
        .executable(name: "vanthu", targets: ["vanthu"]),
        .library(name: "VietnameseText", targets: ["VietnameseText"]),
        .library(name: "DocumentParser", targets: ["DocumentParser"]),
        .library(name: "Archive", targets: ["Archive"]),
        .library(name: "OCR", targets: ["OCR"]),
        .library(name: "HandwrittenDigits", targets: ["HandwrittenDigits"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.3"),
        .package(url: "https://github.com/apple/swift-crypto", "3.9.0"..<"6.0.0"),
    ],
    targets: [
        // C libraries, found by pkg-config.
        .systemLibrary(
            name: "CTesseract",
            pkgConfig: "tesseract",
            providers: [.apt(["libtesseract-dev", "libleptonica-dev", "tesseract-ocr-vie"])]
        ),
        .systemLibrary(
            name: "CPopplerGlib",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev", "libcairo2-dev"])]
        ),
        .target(
            name: "CPoppler",
            dependencies: ["CPopplerGlib", "CTesseract"],
            linkerSettings: [
                .linkedLibrary("lept"), .linkedLibrary("poppler-glib"), .linkedLibrary("cairo"), .linkedLibrary("gobject-2.0"),
                .linkedLibrary("glib-2.0"),
            ]
        ),

        // Stages, each consuming the previous stage's value type.
        .target(name: "OCR", dependencies: ["CTesseract", "CPoppler", "HandwrittenDigits", "VietnameseText"], swiftSettings: strict),
        .target(name: "VietnameseText", swiftSettings: strict),
        .target(name: "HandwrittenDigits", swiftSettings: strict),
        .target(name: "DocumentParser", dependencies: ["VietnameseText"], swiftSettings: strict),
        .target(
            name: "Archive",
            dependencies: ["DocumentParser", "VietnameseText", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
        .target(
            name: "PostgresArchive",
            dependencies: [
                "Archive", "DocumentParser", "VietnameseText",
                .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "Pipeline",
            dependencies: ["OCR", "DocumentParser", "Archive", "PostgresArchive", .product(name: "PostgresNIO", package: "postgres-nio")],
            swiftSettings: strict
        ),
        .target(
            name: "WebServer",
            dependencies: [
                "Pipeline", "Archive", "DocumentParser", "OCR", "PostgresArchive", "VietnameseText",
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "HummingbirdCore", package: "hummingbird"), .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "vanthu",
            dependencies: [
                "Pipeline", "WebServer", "Archive", "DocumentParser", "OCR", "PostgresArchive",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: strict
        ),

        // Support for tests and benchmarks, not shipped (no product): the repository's paths
        // (and ../shared beside it), and the synthetic archive the benchmarks fill.
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: strict),
        .target(name: "ArchiveSynthetic", dependencies: ["DocumentParser"], path: "Tests/ArchiveSynthetic", swiftSettings: strict),

        .testTarget(name: "OCRTests", dependencies: ["OCR", "TestSupport"], exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(
            name: "HandwrittenDigitsTests",
            dependencies: ["HandwrittenDigits", "TestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
        .testTarget(name: "VietnameseTextTests", dependencies: ["VietnameseText", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "DocumentParserTests", dependencies: ["DocumentParser", "TestSupport"], exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(name: "ArchiveTests", dependencies: ["Archive", "ArchiveSynthetic"], swiftSettings: strict),
        .testTarget(
            name: "PostgresArchiveTests",
            dependencies: ["PostgresArchive", "Archive", "ArchiveSynthetic", "DocumentParser", "TestSupport"],
            swiftSettings: strict
        ),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "TestSupport"], exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(
            name: "vanthuTests",
            dependencies: [
                "vanthu", "Archive", "Pipeline", "PostgresArchive", "TestSupport", .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "WebServerTests",
            dependencies: [
                "WebServer", "OCR", "Archive", "DocumentParser", "Pipeline", "PostgresArchive", "TestSupport", "ArchiveSynthetic",
                .product(name: "HummingbirdTesting", package: "hummingbird"), .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
