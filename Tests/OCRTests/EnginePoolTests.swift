import Foundation
import Testing

@testable import OCR

/// A processor that keeps its engines between runs (an ingest worker, one file per run) reads
/// every file as a processor starting fresh engines does, whatever the file before it was.
@Suite("Engines kept between runs")
struct EnginePoolTests {
    /// A clean page, a turned page (orientation found and corrected), then the clean page again,
    /// through one kept engine: the same text and words as fresh engines give each.
    @Test func keptEnginesReadAsFreshOnes() throws {
        let files = [Paths.fixture("small-page.png"), Paths.corpus("scans/kh-cds_rot90_p2.jpg"), Paths.fixture("small-page.png")]
        let kept = OCRProcessor(options: OCROptions(jobs: 1)).keepingEngines()
        for file in files {
            let fresh = try OCRProcessor(options: OCROptions(jobs: 1)).recognize(path: file)
            let reused = try kept.recognize(path: file)
            #expect(reused.pages.map(\.text) == fresh.pages.map(\.text), "\(file)")
            #expect(reused.pages.flatMap { $0.lines.flatMap(\.words).map(\.text) } == fresh.pages.flatMap { $0.lines.flatMap(\.words).map(\.text) })
            #expect(reused.pages.first?.text.isEmpty == false)
        }
    }
}
