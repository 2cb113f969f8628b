import Testing
@testable import OCR

/// Finding the handwritten number and day regions from OCR word boxes, with the garbled anchors
/// real scans give (words and boxes as tesseract returned them on the real-dev pages).
@Suite struct FieldLocatorTests {
    static func word(_ text: String, _ x: Int, _ width: Int, y: Int = 500, height: Int = 50, confidence: Double = 95) -> RecognizedWord {
        RecognizedWord(text: text, confidence: confidence, box: Box(x: x, y: y, width: width, height: height))
    }

    static func line(_ words: [RecognizedWord]) -> RecognizedLine {
        let x0 = words.map(\.box.x).min() ?? 0
        let x1 = words.map { $0.box.x + $0.box.width }.max() ?? 0
        return RecognizedLine(text: words.map(\.text).joined(separator: " "), confidence: 90, box: Box(x: x0, y: 485, width: x1 - x0, height: 67), words: words)
    }

    static func regions(_ words: [RecognizedWord]) -> [FieldLocator.Region] {
        FieldLocator.regions(in: [line(words)], width: 2480, height: 3508)
    }

    @Test func cleanAnchorsBoundTheBlanks() throws {
        // d07: "Số: 4‡ /QĐÐ-UBND ... ngày ẨT. tháng 01 năm 2025"
        let found = Self.regions([
            Self.word("Số:", 469, 64), Self.word("4‡", 555, 72), Self.word("/QĐÐ-UBND", 660, 268),
            Self.word("Quảng", 1236, 145), Self.word("Ngãi,", 1393, 114), Self.word("ngày", 1528, 106),
            Self.word("ẨT.", 1657, 76, confidence: 0), Self.word("tháng", 1773, 122), Self.word("01", 1912, 45, height: 38),
            Self.word("năm", 1978, 89), Self.word("2025", 2085, 105, height: 38),
        ])
        let number = try #require(found.first { $0.kind == .number })
        #expect(number.box.x >= 525 && number.box.x <= 533)      // just before the end of "Số:"
        #expect(number.printedRight == 660)                      // the slash
        #expect(number.box.x + number.box.width > 660)           // room for ink run onto it
        #expect(number.box.y < 485 && number.box.y + number.box.height > 552)
        #expect(number.digitHeight == 38)                         // measured on "01" and "2025"
        let day = try #require(found.first { $0.kind == .day })
        #expect(day.box.x >= 1625 && day.box.x <= 1634)
        #expect(day.printedRight == 1773)                         // "tháng"
    }

    @Test func anchorsMergedWithTheHandwritingAreMeasured() throws {
        // d04 "Số:ổ0 /BC-UBND", d02 "ngày&Ôtháng", d05 "Đ4/UBND-KTTH".
        let d04 = try #require(Self.regions([Self.word("Số:ổ0", 467, 183), Self.word("/BC-UBND", 688, 277)]).first)
        #expect(d04.box.x < 540)                                  // not at the merged word's end (650)
        #expect(d04.printedRight == 688)
        let d02 = try #require(Self.regions([Self.word("ngày&Ôtháng", 1574, 296)]).first { $0.kind == .day })
        #expect(d02.printedLeft < 1690 && d02.printedRight < 1760 && d02.printedRight - d02.printedLeft > 40)
        let d05 = try #require(Self.regions([Self.word("Số:", 396, 62), Self.word("Đ4/UBND-KTTH", 479, 437)]).first)
        #expect(d05.printedRight > 590)                          // past the merged "Đ4", before the code
        #expect(d05.printedRight < 680)
    }

    @Test(arguments: ["S6:", "Sô:", "Số", "S0:"])
    func numberAnchorVariants(_ anchor: String) {
        let found = Self.regions([Self.word(anchor, 469, 64), Self.word("/TB-UBND", 660, 240)])
        #expect(found.contains { $0.kind == .number })
    }

    @Test func wordsThatOnlyLookLikeAnchorsAreNot() {
        // "Sông" is a river, "số" in running text is lowercase and has no colon, and words that are
        // neither a slash code nor its hyphenated remainder bound nothing.
        #expect(Self.regions([Self.word("Sông", 469, 120), Self.word("/TB-UBND", 660, 240)]).isEmpty)
        #expect(Self.regions([Self.word("số", 469, 50), Self.word("/TB-UBND", 660, 240)]).isEmpty)
        #expect(Self.regions([Self.word("Số:", 469, 64), Self.word("Tài", 660, 80), Self.word("chính", 760, 120)]).isEmpty)
    }

    @Test func aSlashLostUnderTheInkFallsBackToTheCodesRemainder() throws {
        // cv-snv hand-mnist: "Số: ._Z é›tv-ccvc" — the "6" of "366" covers "/S".
        let found = try #require(Self.regions([Self.word("Số:", 469, 64), Self.word("._Z", 540, 60), Self.word("é›tv-ccvc", 640, 230)]).first)
        #expect(found.kind == .number)
        #expect(found.printedRight > 640 && found.printedRight < 700)
    }

    @Test func onlyTheHeaderIsSearched() {
        let low = RecognizedLine(text: "Số: /TB-UBND", confidence: 90, box: Box(x: 400, y: 2500, width: 600, height: 60),
                                 words: [Self.word("Số:", 469, 64, y: 2500), Self.word("/TB-UBND", 660, 240, y: 2500)])
        #expect(FieldLocator.regions(in: [low], width: 2480, height: 3508).isEmpty)
    }
}
