import Foundation
import Testing

@testable import DocumentParser

/// The extractor must stay linear: a 2 MB document (many pages) parses in bounded time.
@Suite struct HeaderPerformanceTests {
    @Test func largeDocumentStaysLinear() throws {
        let one = try HeaderFixtures.realDev("d04")
        let body = one.pages.map(\.text)
        var pages: [DocumentText.Page] = []
        var size = 0
        while size < 2_000_000 {
            for text in body {
                pages.append(.init(number: pages.count + 1, text: text))
                size += text.utf8.count
            }
        }
        let big = DocumentText(path: one.path, sha256: one.sha256, pages: pages, source: .ocr)
        let clock = ContinuousClock()
        var header = DocumentHeader()
        let elapsed = clock.measure { header = HeaderExtractor().extract(from: big) }
        print("HEADERPERF \(size) bytes, \(pages.count) pages: \(elapsed)")
        #expect(header.number == "280/BC-UBND")
        #expect(elapsed < .seconds(60))
    }
}
