import Archive
import ArchiveSynthetic
import DocumentParser
import Foundation
import Testing

/// Not a test: `VANTHU_SYNTHETIC_ARCHIVE=/tmp/big.sqlite VANTHU_SYNTHETIC_COUNT=100000 swift test
/// --filter SyntheticArchiveBuilder` writes the synthetic archive (`ArchiveSynthetic`) to a file, for
/// the server's load run (`Benchmarks/web-load.sh`).
@Suite struct SyntheticArchiveBuilder {
    static let path = ProcessInfo.processInfo.environment["VANTHU_SYNTHETIC_ARCHIVE"] ?? ""
    static let count = Int(ProcessInfo.processInfo.environment["VANTHU_SYNTHETIC_COUNT"] ?? "") ?? 100_000

    @Test(.enabled(if: !path.isEmpty)) func build() throws {
        let archive = try SQLiteArchive(path: Self.path)
        var batch: [(ParsedDocument, DocumentText)] = []
        for document in SyntheticArchive.generate(count: Self.count, seed: 42) {
            batch.append(document)
            if batch.count == 500 {
                _ = try archive.store(batch: batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        _ = try archive.store(batch: batch)
        #expect(try archive.facets().documents == Self.count)
    }
}
