import Foundation
import Testing

@testable import OCR

/// Issue 13, item 13: libpng printed its own line beside ours on a broken PNG; the chunks and their
/// checksums are now checked first, and libpng never sees a damaged file.
@Suite("PNG chunks checked before libpng")
struct PNGChunkTests {
    static func corpusPNG() throws -> Data {
        let names = try FileManager.default.contentsOfDirectory(atPath: Paths.corpus("scans")).filter { $0.hasSuffix(".png") }.sorted()
        let name = try #require(names.first)
        return try Data(contentsOf: URL(fileURLWithPath: Paths.corpus("scans/" + name)))
    }

    @Test func wholePNGsPass() throws {
        #expect(PNGChunks.problem(in: try Self.corpusPNG()) == nil)
        #expect(PNGChunks.problem(path: Paths.fixture("small-page.png")) == nil)
    }

    @Test func truncatedAndScribbledPNGsAreCaught() throws {
        let data = try Self.corpusPNG()
        #expect(PNGChunks.problem(in: data.prefix(30_000))?.contains("truncated") == true)
        var scribbled = data
        for i in 5_000..<5_020 { scribbled[i] ^= 0x55 }
        #expect(PNGChunks.problem(in: scribbled)?.contains("checksum") == true)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vanthu-cut-\(UUID().uuidString).png").path
        try data.prefix(30_000).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try ImageReader(limits: ImageLimits()).pageCount(path: path, format: .png)
            Issue.record("a truncated PNG passed")
        } catch let error as OCRError {
            #expect(error.reason.contains("truncated"))
        }
    }
}
