import Foundation
import Testing

@testable import OCR

/// Rows of print tesseract's page layout left out, found and read again.
@Suite struct DroppedLinesTests {
    static func line(_ text: String, y: Int, words: Int = 3) -> RecognizedLine {
        RecognizedLine(
            text: text,
            confidence: 90,
            box: Box(x: 300, y: y, width: 1200, height: 48),
            words: (0..<words).map { RecognizedWord(text: "chữ", confidence: 90, box: Box(x: 300 + $0 * 100, y: y, width: 80, height: 40)) }
        )
    }

    @Test func aRowOfLetterSizedInkBecomesABand() {
        // Fourteen letters 40 px tall in a row, a speck, a tall stroke and a row too short.
        var pieces = (0..<14).map { Box(x: 500 + $0 * 40, y: 2090 + ($0 % 3), width: 28, height: 40) }
        pieces.append(Box(x: 900, y: 2300, width: 6, height: 6))
        pieces.append(Box(x: 1000, y: 2400, width: 20, height: 160))
        pieces += (0..<5).map { Box(x: 500 + $0 * 40, y: 2600, width: 28, height: 40) }
        let bands = DroppedLines.group(pieces.filter { $0.height >= 18 && $0.height <= 64 }, letterHeight: 40)
        #expect(bands == [Box(x: 500, y: 2090, width: 548, height: 42)])
    }

    @Test func aRecoveredLineGoesAfterTheLineAboveIt() {
        let lines = [
            Self.line("Thực hành: 330.000/TC", y: 1988),
            RecognizedLine(text: "", confidence: 95, box: Box(x: 334, y: 2063, width: 1679, height: 10), words: []),
            Self.line("* Địa điểm: Phòng Kế hoạch", y: 2142),
        ]
        let text = "Lý thuyết: 255.000/TC\n\nThực hành: 330.000/TC\n\n* Địa điểm: Phòng Kế hoạch\n"
        let recovered = Self.line("* Thời gian: Từ ngày 21 /01 /2013 đến hết ngày 15 /04 /2013", y: 2081)
        let merged = DroppedLines.merge([recovered], into: lines, text: text)
        #expect(
            merged.text
                == "Lý thuyết: 255.000/TC\n\nThực hành: 330.000/TC\n* Thời gian: Từ ngày 21 /01 /2013 đến hết ngày 15 /04 /2013\n\n* Địa điểm: Phòng Kế hoạch\n"
        )
        #expect(merged.lines.map(\.box.y) == [1988, 2063, 2081, 2142])
        // Nothing above it: the line opens the text.
        let top = DroppedLines.merge([Self.line("CỘNG HÒA", y: 100)], into: lines, text: text)
        #expect(top.text.hasPrefix("CỘNG HÒA\nLý thuyết"))
    }

    @Test func theDeadlineUnderATableIsRead() throws {
        // d10: the notice's deadline stands just under the fee table's bottom rule; tesseract's
        // layout put it in the table's block and out of the text.
        let document = try OCRProcessor(options: OCROptions(jobs: 1)).recognize(path: Paths.realDev("d10.pdf"))
        let page = try #require(document.pages.first)
        let text = page.text.replacingOccurrences(of: " /", with: "/")
        #expect(text.contains("Thời gian: Từ ngày 21/01/2013 đến hết ngày 15/04/2013"))
        #expect(page.lines.contains { $0.text.contains("Thời gian") && $0.words.count >= 10 })
        // Nothing else on the page was read twice.
        #expect(page.text.components(separatedBy: "Địa điểm").count == 2)
    }
}
