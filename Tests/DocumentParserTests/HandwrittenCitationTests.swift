import Foundation
import Testing

@testable import DocumentParser

/// Cited numbers written by hand into a printed blank, filled from the OCR stage's readings.
@Suite struct HandwrittenCitationTests {
    /// d08's basis line as OCR read it: the 87 and the 05 are handwritten.
    static let line =
        "Căn cứ Quyết định số 1466/QĐ-UBND ngày 29/12/2023 của UBND tỉnh;\nCăn cứ Quyết định số ŠÏ /QÐ- UBND ngày .85-/02/2025 của UBND tỉnh Quảng Ngãi;"

    static func parse(_ readings: [HandwrittenReading], text: String = line) -> ParsedDocument {
        var document = FixtureLoader.text(text)
        document.pages[0].handwriting = readings
        return DocumentParser().parse(document)
    }

    static func reading(_ digits: String, _ confidence: Double, printed: String = "số ŠÏ /QÐ-") -> HandwrittenReading {
        HandwrittenReading(
            field: .citationNumber,
            digits: digits,
            confidence: confidence,
            method: .classifier,
            box: PageBox(x: 1126, y: 2649, width: 76, height: 55),
            printed: printed
        )
    }

    @Test func aSureReadingFillsTheBlankAndSaysSo() throws {
        let parsed = Self.parse([Self.reading("87", 0.91), Self.reading("81", 0.04)])
        let cited = try #require(parsed.citations.first { $0.number == "87/QĐ-UBND" })
        #expect(cited.numberHandwritten == true)
        #expect(cited.relation == .basis)
        #expect(parsed.warnings.contains { $0.contains("87/QĐ-UBND") && $0.contains("written by hand") })
        // The printed citation beside it is untouched.
        let printed = try #require(parsed.citations.first { $0.number == "1466/QĐ-UBND" })
        #expect(printed.numberHandwritten == nil)
        let json = String(decoding: try JSONEncoder().encode(cited), as: UTF8.self)
        #expect(json.contains("\"numberHandwritten\":true"))
    }

    @Test func anUnsureReadingLeavesTheBlank() {
        let parsed = Self.parse([Self.reading("87", 0.12)])
        #expect(!parsed.citations.contains { $0.number?.text.hasPrefix("87/") == true })
        #expect(!parsed.warnings.contains { $0.contains("written by hand") })
    }

    @Test func inkNoTallerThanPrintIsNotHandwriting() {
        // d03's attached draft: "Xét Tờ trình số  /TTr-UBND ngày — tháng 02 năm 2025", an empty
        // blank where the reader took a speck for "17" (0.39).
        var speck = Self.reading("17", 0.39, printed: "số  /TTr-UBND")
        speck.looksHandwritten = false
        let parsed = Self.parse([speck], text: "Xét Tờ trình số  /TTr-UBND ngày — tháng 02 năm 2025 của Ủy ban nhân dân tỉnh;")
        #expect(parsed.citations.isEmpty)
    }

    @Test func aReadingWhoseWordsAreNotInTheTextIsIgnored() {
        let parsed = Self.parse([Self.reading("87", 0.9, printed: "số ẞ /QĐ-")])
        #expect(!parsed.citations.contains { $0.number?.text.hasPrefix("87/") == true })
        #expect(parsed.citations.map(\.number) == ["1466/QĐ-UBND"])
    }

    @Test func aBlankThatEndedTheLineIsFilledAcrossIt() throws {
        // Tesseract ended the line at the handwritten blank and read the slash as a fraction
        // slash ("số:" and "⁄QĐ-UBND ngày" two lines apart).
        let text = "Căn cứ Quyết định số:\n\n⁄QĐ-UBND ngày 12 tháng 02 năm 2025 của Ủy ban nhân dân tỉnh;"
        let parsed = Self.parse([Self.reading("56", 0.8, printed: "số: ⁄QĐ-UBND")], text: text)
        let cited = try #require(parsed.citations.first { $0.number == "56/QĐ-UBND" })
        #expect(cited.numberHandwritten == true)
        #expect(HandwrittenCitationNumbers.range(of: "số: ⁄QĐ-UBND", in: "số:⁄QĐ-UBND") == nil)  // the words' own gap is needed
        #expect(HandwrittenCitationNumbers.range(of: "a b", in: "a c a  b").map { String("a c a  b"[$0]) } == "a  b")
    }

    @Test func headerReadingsAreNotCitations() {
        let header = HandwrittenReading(field: .number, digits: "87", confidence: 0.95, method: .classifier, printed: "số ŠÏ /QÐ-")
        #expect(!Self.parse([header]).citations.contains { $0.number?.text.hasPrefix("87/") == true })
    }
}
