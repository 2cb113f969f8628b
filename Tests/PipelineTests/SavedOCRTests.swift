import DocumentParser
import Foundation
import OCR
import Testing

@testable import Pipeline

/// A saved `vanthu ocr --format json` result is parsed again without OCR.
@Suite("Saved OCR results")
struct SavedOCRTests {
    @Test func theWordsAndHandwrittenFieldsCarryOver() throws {
        let field = HandwrittenField(
            kind: .number,
            region: Box(x: 1, y: 2, width: 3, height: 4),
            ink: nil,
            readings: [.init(digits: "47", confidence: 0.9, method: .classifier)],
            looksHandwritten: true
        )
        let page = RecognizedPage(
            number: 1,
            source: .ocr,
            text: "Số: 4† /QĐ-UBND\nQUYẾT ĐỊNH\nVề việc thử",
            meanConfidence: 88,
            width: 100,
            height: 100,
            dpi: 300,
            handwriting: [field]
        )
        let saved = RecognizedDocument(path: "/scans/47 QĐ UB.pdf", format: .pdf, pages: [page])
        let data = try JSONEncoder().encode(saved)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vanthu-saved-\(UUID().uuidString).json").path
        try data.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = try DocumentLoader.readText(path: path, sha256: "0").get()
        #expect(text.source == .ocr)
        #expect(text.path == "/scans/47 QĐ UB.pdf")
        #expect(text.pages.first?.handwriting.first?.digits == "47")
        #expect(DocumentParser().parse(text).number == "47/QĐ-UBND")
    }
}
