import Testing

@testable import OCR

/// The share of a page's text tesseract found in vertical lines: the sign of a page stored sideways.
@Suite struct VerticalLinesTests {
    static func line(_ text: String, width: Int, height: Int) -> RecognizedLine {
        RecognizedLine(text: text, confidence: 93, box: Box(x: 100, y: 100, width: width, height: height), words: [])
    }

    @Test func sharesAreCountedInCharacters() {
        let upright = [Self.line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", width: 1200, height: 50), Self.line("Số: 12/QĐ", width: 300, height: 50)]
        #expect(upright.verticalShare == 0)
        let sideways = upright.map { Self.line($0.text, width: $0.box.height, height: $0.box.width) }
        #expect(sideways.verticalShare == 1)
        // A seal's vertical ring text or a margin note among horizontal lines is not the page.
        let mixed = upright + [Self.line("VĂN THƯ", width: 40, height: 200)]
        #expect(mixed.verticalShare > 0 && mixed.verticalShare < 0.25)
        // Square boxes (one digit, a seal) are not vertical; a page without text has no share.
        #expect([Self.line("5", width: 40, height: 50)].verticalShare == 0)
        #expect([RecognizedLine]().verticalShare == 0)
    }
}
