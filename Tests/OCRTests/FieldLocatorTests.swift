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
        return RecognizedLine(
            text: words.map(\.text).joined(separator: " "),
            confidence: 90,
            box: Box(x: x0, y: 485, width: x1 - x0, height: 67),
            words: words
        )
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
        #expect(number.box.x >= 525 && number.box.x <= 533)  // just before the end of "Số:"
        #expect(number.printedRight == 660)  // the slash
        #expect(number.box.x + number.box.width > 660)  // room for ink run onto it
        #expect(number.box.y < 485 && number.box.y + number.box.height > 552)
        #expect(number.digitHeight == 38)  // measured on "01" and "2025"
        let day = try #require(found.first { $0.kind == .day })
        #expect(day.box.x >= 1625 && day.box.x <= 1634)
        #expect(day.printedRight == 1773)  // "tháng"
    }

    @Test func aYearWordTheMonthTookLeavesTheYearToBoundTheMonth() throws {
        // A benchmark phone photo (held-out writers): "tháng Hư am 2024", the month "10" written
        // over the "n" of "năm". The printed year bounds the blank, "năm" and a space back.
        let words = [
            Self.word("ngày", 1244, 93, y: 382, height: 45), Self.word("Ì", 1403, 13, y: 373, height: 45),
            Self.word("tháng", 1476, 107, y: 382, height: 44), Self.word("Hư", 1603, 43, y: 350, height: 80, confidence: 47),
            Self.word("am", 1699, 87, y: 358, height: 59, confidence: 0), Self.word("2024", 1801, 95, y: 384, height: 33),
        ]
        let month = try #require(Self.regions(words).first { $0.kind == .month })
        let h = Double(month.textHeight)
        #expect(month.printedRight == 1801 - Int((FieldLocator.Width.nam + FieldLocator.Width.space) * h))
        #expect(month.box.x + month.box.width > 1700)  // the "0" reaches into "am"
        // A number that is no year bounds nothing: two letter heights after "tháng".
        var other = words
        other[5] = Self.word("12345", 1801, 120, y: 384, height: 33)
        let short = try #require(Self.regions(other).first { $0.kind == .month })
        #expect(short.printedRight < month.printedRight)
    }

    @Test func aNgayWhoseYTheDayTookStillAnchorsTheDayAndMonth() throws {
        // A benchmark page (held-out writers): "Đà Lạt ngà tháng năm 2024", the day written over
        // the "y" of "ngày", the month by hand too.
        let found = Self.regions([
            Self.word("Đà", 1380, 60), Self.word("Lạt", 1452, 80), Self.word("ngà", 1546, 80),
            Self.word("tháng", 1790, 122), Self.word("năm", 2010, 89), Self.word("2024", 2115, 105, height: 38),
        ])
        let day = try #require(found.first { $0.kind == .day })
        // "ngày" ends 2.2 letter heights from its start (the "y" is under the ink), not at "ngà".
        #expect(day.printedLeft == 1546 + Int(FieldLocator.Width.ngay * Double(day.textHeight)))
        #expect(day.printedRight == 1790)
        #expect(found.contains { $0.kind == .month })
        // Without "tháng" after it, "ngà" anchors nothing; nor does "Ngã" (a place: "Ngã Năm").
        #expect(!Self.regions([Self.word("Lạt", 1452, 80), Self.word("ngà", 1546, 80), Self.word("năm", 2010, 89)]).contains { $0.kind == .day })
        #expect(!Self.regions([Self.word("Ngã", 1546, 80), Self.word("tháng", 1790, 122), Self.word("năm", 2010, 89)]).contains { $0.kind == .day })
        // Where "ngày" is read on the line, it is the anchor, though a "ngà" comes first.
        let both = Self.regions([
            Self.word("ngà", 1046, 80), Self.word("tháng", 1290, 122),
            Self.word("ngày", 1546, 106), Self.word("tháng", 1790, 122), Self.word("năm", 2010, 89),
        ])
        #expect(try #require(both.first { $0.kind == .day }).printedLeft == 1652)
    }

    @Test func anchorsMergedWithTheHandwritingAreMeasured() throws {
        // d04 "Số:ổ0 /BC-UBND", d02 "ngày&Ôtháng", d05 "Đ4/UBND-KTTH".
        let d04 = try #require(Self.regions([Self.word("Số:ổ0", 467, 183), Self.word("/BC-UBND", 688, 277)]).first)
        #expect(d04.box.x < 540)  // not at the merged word's end (650)
        #expect(d04.printedRight == 688)
        let d02 = try #require(Self.regions([Self.word("ngày&Ôtháng", 1574, 296)]).first { $0.kind == .day })
        #expect(d02.printedLeft < 1690 && d02.printedRight < 1760 && d02.printedRight - d02.printedLeft > 40)
        let d05 = try #require(Self.regions([Self.word("Số:", 396, 62), Self.word("Đ4/UBND-KTTH", 479, 437)]).first)
        #expect(d05.printedRight > 590)  // past the merged "Đ4", before the code
        #expect(d05.printedRight < 680)
    }

    @Test(arguments: ["S6:", "Sô:", "Số", "S0:"])
    func numberAnchorVariants(_ anchor: String) {
        let found = Self.regions([Self.word(anchor, 469, 64), Self.word("/TB-UBND", 660, 240)])
        #expect(found.contains { $0.kind == .number })
    }

    @Test func wordsThatOnlyLookLikeAnchorsAreNot() {
        // "Sông" is a river, "số" in running text is lowercase and has no colon (a cited number's
        // blank, not the document's number), and words that are neither a slash code nor its
        // hyphenated remainder bound nothing.
        #expect(Self.regions([Self.word("Sông", 469, 120), Self.word("/TB-UBND", 660, 240)]).isEmpty)
        #expect(Self.regions([Self.word("số", 469, 50), Self.word("/TB-UBND", 660, 240)]).map(\.kind) == [.citationNumber])
        #expect(Self.regions([Self.word("Số:", 469, 64), Self.word("Tài", 660, 80), Self.word("chính", 760, 120)]).isEmpty)
    }

    @Test func aSlashLostUnderTheInkFallsBackToTheCodesRemainder() throws {
        // cv-snv hand-mnist: "Số: ._Z é›tv-ccvc" — the "6" of "366" covers "/S".
        let found = try #require(Self.regions([Self.word("Số:", 469, 64), Self.word("._Z", 540, 60), Self.word("é›tv-ccvc", 640, 230)]).first)
        #expect(found.kind == .number)
        #expect(found.printedRight > 640 && found.printedRight < 700)
    }

    @Test func onlyTheHeaderIsSearched() {
        let low = RecognizedLine(
            text: "Số: /TB-UBND",
            confidence: 90,
            box: Box(x: 400, y: 2500, width: 600, height: 60),
            words: [Self.word("Số:", 469, 64, y: 2500), Self.word("/TB-UBND", 660, 240, y: 2500)]
        )
        #expect(FieldLocator.regions(in: [low], width: 2480, height: 3508).isEmpty)
    }

    @Test func ngayGluedToThePlaceIsAnAnchor() throws {
        // "Quảng Ngãi,ngày — tháng Ì năm 2024": the comma's space lost, "ngày" inside one word.
        let found = Self.regions([
            Self.word("Quảng", 1236, 145), Self.word("Ngãi,ngày", 1393, 240), Self.word("—", 1700, 40, confidence: 10),
            Self.word("tháng", 1773, 122), Self.word("năm", 2010, 89), Self.word("2024", 2115, 105, height: 38),
        ])
        let day = try #require(found.first { $0.kind == .day })
        // "ngày" is the last four of nine letters: it starts at 1393 + 240 × 5/9, ends 2 letter
        // heights on, well before the blank.
        #expect(day.printedLeft > 1393 + 240 * 5 / 9 && day.printedLeft <= 1633)
        #expect(day.printedRight == 1773)
        #expect(FieldLocator.afterPlace(Self.word("ngày", 10, 100), anchor: "ngay").text == "ngày")
        #expect(FieldLocator.afterPlace(Self.word(",ngày", 10, 100), anchor: "ngay").text == ",ngày")
    }

    @Test func aDateInTheBodyIsNoBlank() {
        // The header's date line unread; the body's first paragraph cites a law's date.
        let header = Self.line([Self.word("KẾ", 1100, 60, y: 700), Self.word("HOẠCH", 1170, 160, y: 700)])
        let body = RecognizedLine(
            text: "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            confidence: 90,
            box: Box(x: 354, y: 860, width: 1900, height: 60),
            words: [
                Self.word("Căn", 354, 80, y: 860), Self.word("cứ", 445, 50, y: 860), Self.word("Luật", 505, 90, y: 860),
                Self.word("ngày", 1500, 100, y: 860), Self.word("19", 1610, 45, y: 860, height: 38),
                Self.word("tháng", 1665, 120, y: 860), Self.word("6", 1795, 22, y: 860, height: 38),
                Self.word("năm", 1827, 89, y: 860), Self.word("2015;", 1925, 110, y: 860),
            ]
        )
        #expect(FieldLocator.opensBody(body))
        #expect(!FieldLocator.opensBody(header))
        #expect(FieldLocator.regions(in: [header, body], width: 2480, height: 3508).allSatisfy { $0.kind != .day })
    }

    @Test func aCitedNumberLeftBlankAndWrittenByHandIsARegion() throws {
        // d08 page 1: "Căn cứ Quyết định số ŠÏ /QÐ- UBND ngày .85-/02/2025 của UBND", low on the page.
        let words = [
            Self.word("Căn", 561, 89, y: 2663), Self.word("cứ", 671, 58, y: 2663), Self.word("Quyết", 746, 136, y: 2650),
            Self.word("định", 898, 99, y: 2662), Self.word("số", 1016, 53, y: 2650), Self.word("ŠÏ", 1126, 76, y: 2649, confidence: 5),
            Self.word("/QÐ-", 1218, 119, y: 2662), Self.word("UBND", 1345, 151, y: 2641), Self.word("ngày", 1516, 136, y: 2663),
        ]
        let line = RecognizedLine(
            text: words.map(\.text).joined(separator: " "),
            confidence: 90,
            box: Box(x: 561, y: 2641, width: 935, height: 75),
            words: words
        )
        let found = FieldLocator.regions(in: [line], width: 2454, height: 3508)
        let blank = try #require(found.first { $0.kind == .citationNumber })
        #expect(blank.printed == "số ŠÏ /QÐ-")
        #expect(blank.printedLeft == 1069 && blank.printedRight == 1218)
        // Digits OCR did read are print: no region ("số 1466/QĐ-UBND", "số l 466/QĐ-UBND").
        let printed = [Self.word("số", 1044, 53, y: 2496), Self.word("l", 1124, 20, y: 2508), Self.word("466/QĐ-UBND", 1151, 362, y: 2507)]
        let printedLine = RecognizedLine(text: "số l 466/QĐ-UBND", confidence: 90, box: Box(x: 1044, y: 2496, width: 470, height: 79), words: printed)
        #expect(FieldLocator.regions(in: [printedLine], width: 2454, height: 3508).isEmpty)
        // The header's "Số:" is the number's field, not a citation's.
        #expect(
            !Self.regions([Self.word("Số:", 469, 64), Self.word("4‡", 555, 72), Self.word("/QĐÐ-UBND", 660, 268)]).contains {
                $0.kind == .citationNumber
            }
        )
    }
    @Test func aHandwrittenMonthIsARegionOfItsOwn() throws {
        // d14: "ngày-2Ôtháng đỆ năm 2021": the day glued to "ngày" and "tháng", the month's ink a
        // word of its own that starts inside the glued word's box.
        let found = Self.regions([
            Self.word("Số:", 380, 60), Self.word("6ÝƑ", 563, 120), Self.word("/STP-VB", 900, 200),
            Self.word("Minh,", 1644, 122), Self.word("ngày-2Ôtháng", 1788, 364, height: 65), Self.word("đỆ", 2106, 44, height: 86),
            Self.word("năm", 2161, 90, height: 37), Self.word("2021", 2269, 102, height: 39),
        ])
        let month = try #require(found.first { $0.kind == .month })
        #expect(month.printedLeft <= 2106)  // the month's ink is inside
        #expect(month.printedRight == 2161)  // "năm"
        // d16: clean words, printed month "02".
        let clean = Self.regions([
            Self.word("ngày", 1232, 87), Self.word("18", 1331, 56), Self.word("tháng", 1410, 102), Self.word("02", 1529, 46, height: 30),
            Self.word("năm", 1601, 75), Self.word("2025", 1689, 88),
        ])
        let printed = try #require(clean.first { $0.kind == .month })
        #expect(printed.printedLeft == 1512 && printed.printedRight == 1601)
    }
    @Test func aThangBoxThatTookInTheDaysLastDigitIsMeasuredAgainstNgay() throws {
        // Benchmarks/hand_fields.py, seed 6, page 6: the day "23" with its "3" written against
        // "tháng", whose box (169 px; 127 where the pen kept off it) took the "3" in; "ngày" read
        // alone is 111 px wide, so the printed "tháng" is 111 × 2.55 / 2.2 = 128 px.
        func words(thang width: Int, month: String = "03") -> [RecognizedWord] {
            [
                Self.word("Lãnh,", 1341, 131, height: 41), Self.word("ngày", 1493, 111, height: 41), Self.word("2¬", 1651, 66, height: 41),
                Self.word("tháng", 1899 - width, width, height: 41), Self.word(month, 1918, 54, height: 30),
                Self.word("năm", 1991, 95, height: 41), Self.word("2024", 2104, 115, height: 30),
            ]
        }
        let swallowed = try #require(Self.regions(words(thang: 169)).first { $0.kind == .day })
        #expect(swallowed.printedRight == 1899 - 128)
        // Without a printed month after it, the ink the box took in may be the month's: the box
        // stands.
        let handMonth = try #require(Self.regions(words(thang: 169, month: "ÿ")).first { $0.kind == .day })
        #expect(handMonth.printedRight == 1899 - 169)
        let clean = try #require(Self.regions(words(thang: 127)).first { $0.kind == .day })
        #expect(clean.printedRight == 1772)  // the box's own start
        // Measured against the letter height (2.55 × 41 = 105 px), "tháng" would be too narrow
        // here, and the region's "g" too: its end is the box's, for ink the region's side cuts.
        let month = try #require(Self.regions(words(thang: 127)).first { $0.kind == .month })
        #expect(month.printedLeft < 1899 && month.printedLeftLatest == 1899)
    }

    @Test func aBlankThatSplitTheLineIsFoundAcrossBothParts() throws {
        // d17's appendix (250 dpi, landscape): tesseract ended the line at the handwritten number,
        // read the slash as a fraction slash, and put an underline between the parts.
        // Each line's box spans its words, as tesseract's does.
        func line(_ words: [RecognizedWord]) -> RecognizedLine {
            let x0 = words.map(\.box.x).min() ?? 0
            let y0 = words.map(\.box.y).min() ?? 0
            let x1 = words.map { $0.box.x + $0.box.width }.max() ?? 0
            let y1 = words.map { $0.box.y + $0.box.height }.max() ?? 0
            return RecognizedLine(
                text: words.map(\.text).joined(separator: " "),
                confidence: 80,
                box: Box(x: x0, y: y0, width: x1 - x0, height: y1 - y0),
                words: words
            )
        }
        let lines = [
            line([
                Self.word("⁄Eèm", 284, 98, y: 312, height: 50), Self.word("thị-2", 398, 90, y: 314, height: 52),
                Self.word("Quyết", 505, 104, y: 314, height: 45), Self.word("định", 625, 80, y: 312, height: 42),
                Self.word("số:", 722, 57, y: 322, height: 32),
            ]),
            line([Self.word("⁄QĐ-UBND", 902, 220, y: 322, height: 45), Self.word("ngày", 1150, 98, y: 326, height: 41)]),
            RecognizedLine(text: "", confidence: 95, box: Box(x: 1135, y: 401, width: 550, height: 8), words: []),
            line([
                Self.word("tháng", 1347, 110, y: 318, height: 48), Self.word("02", 1480, 44, y: 322, height: 32),
                Self.word("năm", 1545, 80, y: 324, height: 32), Self.word("2025", 1645, 100, y: 322, height: 32),
            ]),
        ]
        let joined = FieldLocator.bands(lines)
        #expect(joined.count == 1)
        #expect(joined.first?.words.count == 11)
        let found = FieldLocator.regions(in: lines, width: 2958, height: 2070)
        let blank = try #require(found.first { $0.kind == .citationNumber })
        #expect(blank.printed == "số: ⁄QĐ-UBND")
        #expect(blank.printedLeft == 779 && blank.printedRight == 902)
        let day = try #require(found.first { $0.kind == .day })
        #expect(day.printedLeft == 1248 && day.printedRight == 1347)
        // Lines of another band, or overlapping, stay apart.
        let below = RecognizedLine(
            text: "STT",
            confidence: 92,
            box: Box(x: 1900, y: 490, width: 77, height: 30),
            words: [Self.word("STT", 1900, 77, y: 490, height: 30)]
        )
        #expect(FieldLocator.bands([lines[0], below]).count == 2)
        #expect(FieldLocator.bands([lines[1], lines[0]]).count == 2)  // starts left of the other's end
    }

    @Test(arguments: ["/QĐ-UBND", "⁄QĐ-UBND", "∕QĐ-UBND", "／QĐ-UBND"])
    func everySlashOCRReadsOpensACode(_ code: String) {
        #expect(FieldLocator.slashStart(of: Self.word(code, 660, 240), textHeight: 50) == 660)
    }

    @Test func anAnchorBoxThatTookInTheHandwritingIsMeasured() throws {
        // d09 at 150 dpi: "Số;" 2.8 letter heights wide over the handwritten "19" (clean: 1.3).
        let words = [Self.word("Số;", 432, 109, height: 39), Self.word(";z\\/TB-DCT", 551, 182, height: 39), Self.word("Tp.", 1180, 45, height: 39)]
        let number = try #require(Self.regions(words).first { $0.kind == .number })
        #expect(number.printedLeft < 490)  // the printed "Số;" ends about 1.28 letter heights in
        #expect(number.box.x < 490)
        // A clean anchor keeps its box's end.
        let clean = try #require(Self.regions([Self.word("Số:", 456, 53, height: 41), Self.word("/TB-ĐHTĐ", 582, 200, height: 41)]).first)
        #expect(clean.printedLeft == 509)
    }

    @Test func aCodeBoxWiderThanItsLettersLeavesRoomForTheSlash() throws {
        // d11 as a heavy JPEG: the handwritten "1" of "561" went into the code's box, read
        // "/TB-ĐHTĐ" from x 582 (its letters are 4.67 Times ems, 191 pixels at this size; the box 249).
        let words = [Self.word("Số:", 456, 53, height: 41), Self.word("56", 539, 37, height: 41), Self.word("/TB-ĐHTĐ", 582, 249, height: 41)]
        let number = try #require(Self.regions(words).first { $0.kind == .number })
        #expect(number.printedRight == 582)
        #expect(number.printedRightLatest >= 630 && number.printedRightLatest <= 650)  // the slash is at 622
        #expect(number.box.x + number.box.width > number.printedRightLatest)
        // A box as wide as its letters leaves the slash where the box starts.
        let tight = try #require(Self.regions([Self.word("Số:", 456, 53, height: 41), Self.word("/TB-ĐHTĐ", 582, 200, height: 41)]).first)
        #expect(tight.printedRightLatest == 582)
        // d18: wide capitals ("/QĐ-UBND", 4.89 ems: 259 pixels at 53, the box 285) are no ink taken in.
        let wide = try #require(Self.regions([Self.word("Số:", 455, 71, height: 53), Self.word("/QĐ-UBND", 646, 285, height: 53)]).first)
        #expect(wide.printedRightLatest == 646)
    }

    @Test func theCodeOpensAtTheSlashBeforeItsLetters() {
        // d16 at 300 dpi: "210" written against the code, read "#⁄10/QĐÐ-UBND"; the fraction slash
        // OCR read in the handwriting is followed by a digit, the code's own by "Q".
        let merged = FieldLocator.slashStart(of: Self.word("#⁄10/QĐÐ-UBND", 572, 359), textHeight: 50)
        #expect(merged == 931 - Int(9 * FieldLocator.Width.capital * 50))
        #expect(FieldLocator.codeIndex(in: Array("#⁄10/QĐ-UBND")) == 4)
        #expect(FieldLocator.codeIndex(in: Array("12-TB/ĐTN")) == 2)
        #expect(FieldLocator.codeIndex(in: Array("⁄10")) == nil)
    }

    @Test func aCodeAfterHandwritingReadAsSeveralWordsBoundsTheBlank() throws {
        // "1073" read as "— . _": the code is the fifth word after "Số:".
        let found = Self.regions([
            Self.word("Số:", 384, 64, y: 460, height: 41), Self.word("—", 537, 36, confidence: 36), Self.word(".", 630, 2, confidence: 34),
            Self.word("_", 677, 30, confidence: 1), Self.word("/UBND-VP", 733, 266, y: 464, height: 37),
        ])
        #expect(found.first { $0.kind == .number }?.printedRight == 733)
    }

    @Test func aLineOpeningWithSoThatLostItsCapitalIsTheNumberLine() throws {
        let opening = Self.regions([
            Self.word("số", 384, 64, y: 460, height: 41), Self.word("5]H_", 553, 109, confidence: 67),
            Self.word("/UBND-vP", 746, 253, y: 464, height: 37), Self.word("Cần", 1233, 92), Self.word("Thơ,", 1346, 99),
            Self.word("ngày", 1466, 111),
        ])
        #expect(opening.first { $0.kind == .number }?.printedRight == 746)
        // Inside a line, "số" without its colon is a citation's ("Công văn số 12/UBND-VP").
        let inside = Self.regions([
            Self.word("Công", 200, 90), Self.word("văn", 300, 70), Self.word("số", 384, 64), Self.word("5]H_", 553, 109, confidence: 67),
            Self.word("/UBND-VP", 746, 253),
        ])
        #expect(!inside.contains { $0.kind == .number })
    }

    @Test(arguments: ["sø.", "sẽ", "VN:", "s:"])
    func aSoThePenWroteOverIsStillTheNumberLinesAnchor(marker: String) throws {
        // "Số:" read as another short word where the handwriting crossed it: the row holds the
        // place and date, so its first word is the anchor all the same.
        let found = Self.regions([
            Self.word(marker, 384, 64, y: 460, height: 41), Self.word("43", 553, 109, confidence: 67),
            Self.word("/UBND-VP", 746, 253, y: 464, height: 37), Self.word("Quảng", 1233, 92), Self.word("Ngãi,", 1346, 99),
            Self.word("ngày", 1466, 111),
        ])
        let number = try #require(found.first { $0.kind == .number })
        #expect(number.printedRight == 746)
        #expect(number.box.x <= 553)
        // Without the place and date beside it, a short word before a code anchors nothing.
        let alone = Self.regions([Self.word(marker, 384, 64, y: 460, height: 41), Self.word("43", 553, 109), Self.word("/UBND-VP", 746, 253)])
        #expect(!alone.contains { $0.kind == .number })
        // "V/v" opens a subject, not the number row.
        let subject = Self.regions([
            Self.word("V/v", 384, 64, y: 460, height: 41), Self.word("43", 553, 109), Self.word("/UBND-VP", 746, 253, y: 464, height: 37),
            Self.word("Quảng", 1233, 92), Self.word("Ngãi,", 1346, 99), Self.word("ngày", 1466, 111),
        ])
        #expect(!subject.contains { $0.kind == .number })
    }

    @Test func aSpeckBeforeAPrintedSoIsNoAnchor() throws {
        // "ề Số: 125/BC-UBND … Hà Nội, ngày": the printed "Số:" is the anchor, not the speck.
        let found = Self.regions([
            Self.word("ề", 330, 20, y: 460, height: 41), Self.word("Số:", 384, 64, y: 460, height: 41), Self.word("43", 553, 109, confidence: 67),
            Self.word("/UBND-VP", 746, 253, y: 464, height: 37), Self.word("Hà", 1233, 60), Self.word("Nội,", 1300, 99),
            Self.word("ngày", 1466, 111),
        ])
        let number = try #require(found.first { $0.kind == .number })
        #expect(number.printedLeft >= 448)
    }

    @Test func aCodeGarbledPastTheSlashBoundsTheBlankFurtherOn() throws {
        // "#ị © 2 ÄÃÖBND-VP": the slash lost and four words of handwriting before the code.
        let found = Self.regions([
            Self.word("Số:", 384, 64, y: 460, height: 41), Self.word("#ị", 500, 40, confidence: 20), Self.word("©", 560, 20, confidence: 20),
            Self.word("2", 600, 20, confidence: 30), Self.word("ÄÃÖBND-VP", 640, 300, y: 464, height: 37),
        ])
        // The blank ends a little into the code's word (0.6 of a letter height past its start).
        let right = try #require(found.first { $0.kind == .number }?.printedRight)
        #expect(right > 640 && right < 680)
    }

    @Test func handwritingReadAsASlashAndALetterIsNoCode() throws {
        // "754" written large: OCR read the "75" as "/s" and the "4" as "C" before the code.
        #expect(FieldLocator.codeIndex(in: Array("/s")) == nil)
        #expect(FieldLocator.codeIndex(in: Array("/C")) == nil)
        let found = Self.regions([
            Self.word("Số:", 384, 64, y: 460, height: 41), Self.word("/s", 535, 129, y: 432, height: 73, confidence: 53),
            Self.word("C", 663, 49, y: 432, height: 71, confidence: 42), Self.word("/UBND-VP", 746, 253, y: 464, height: 37),
        ])
        let number = try #require(found.first { $0.kind == .number })
        #expect(number.printedRight == 746)
    }

    @Test func aPartyNumberEndsAtTheHyphenBeforeItsType() throws {
        // A youth union's "Số: 12-TB/ĐTN": the handwritten digits stop before "-TB".
        let party = try #require(Self.regions([Self.word("Số:", 400, 60), Self.word("-TB/ĐTN", 560, 180)]).first { $0.kind == .number })
        #expect(party.printedRight == 560)
        let merged = try #require(FieldLocator.slashStart(of: Self.word("12-TB/ĐTN", 470, 270), textHeight: 50))
        #expect(merged < 560)  // before "-TB", not at the slash
    }
}
