import Testing

@testable import OCR

/// The handwriting reader on whole pages: corpus pages whose number and day are real human
/// handwriting (held-out MNIST digits, never trained on), and a page with a printed number.
@Suite("Handwriting reader")
struct HandwritingReaderTests {
    static let processor = OCRProcessor(options: OCROptions(jobs: 2))

    static func fields(_ path: String) throws -> [HandwrittenField.Kind: HandwrittenField] {
        let page = try #require(try processor.recognize(path: Paths.corpus(path)).pages.first)
        return Dictionary((page.handwriting ?? []).map { ($0.kind, $0) }, uniquingKeysWith: { first, _ in first })
    }

    @Test(arguments: [
        ("scans/seed-kh63_hand-mnist_p1.jpg", "63", "29"),
        ("scans/kh-cds_hand-mnist_p1.jpg", "06", "08"),
        ("scans/ttr-ts_hand-mnist_p1.jpg", "92", "08"),
        ("scans/bc-cchc_hand-mnist_p1.jpg", "125", "18"),
    ])
    func handwrittenNumberAndDayAreRead(path: String, number: String, day: String) throws {
        let found = try Self.fields(path)
        let n = try #require(found[.number])
        let d = try #require(found[.day])
        #expect(n.readings.first?.digits == number)
        #expect(d.readings.first?.digits == day)
        #expect(n.looksHandwritten && d.looksHandwritten)
        // The ink box lies inside the searched region, and the alternatives come best first.
        let ink = try #require(n.ink)
        #expect(ink.x >= n.region.x && ink.x + ink.width <= n.region.x + n.region.width)
        let confidences = n.readings.filter { $0.method == .classifier }.map(\.confidence)
        #expect(confidences == confidences.sorted(by: >))
    }

    @Test func aFaintPenIsReadAtAThresholdNearerThePaper() throws {
        // bc-cchc's "125" and "18" in a pen faded halfway to the paper (grey 150–200), the print
        // black: at the threshold between paper and print nothing reads as a digit.
        let page = try #require(try Self.processor.recognize(path: Paths.fixture("faint-pen.jpg")).pages.first)
        let found = Dictionary((page.handwriting ?? []).map { ($0.kind, $0) }, uniquingKeysWith: { first, _ in first })
        let n = try #require(found[.number])
        let d = try #require(found[.day])
        #expect(n.readings.first?.digits == "125")
        #expect(d.readings.first?.digits == "18")
        #expect(n.looksHandwritten && d.looksHandwritten)
    }

    @Test func aOneWrittenIntoTheNextDigitIsReadAsADigitOfItsOwn() throws {
        // Benchmarks/hand_fields.py's seed-1 page 218 (held-out writers): the day "16" in one
        // stroke, which the classifier reads whole as a "6"; without its "1" the "6" reads as
        // surely, so the "1" is a digit written into it.
        let page = try #require(try Self.processor.recognize(path: Paths.fixture("touching-pen.jpg")).pages.first)
        let found = Dictionary((page.handwriting ?? []).map { ($0.kind, $0) }, uniquingKeysWith: { first, _ in first })
        let d = try #require(found[.day])
        #expect(d.readings.first?.digits == "16")
        #expect(d.readings.contains { $0.digits == "6" })
        #expect(found[.number]?.readings.first?.digits == "10")
    }

    @Test func aOneRunIntoItsNeighbourOrReadAsAFlickStaysADigit() throws {
        // Benchmarks/hand_fields.py's seed 6 (held-out writers), touching pens. Page 98: the
        // month "11" in one stroke reads as no digit whole and "11" cut along the slant; the
        // region read again at the faint threshold, whose ink runs further, said "1", and was
        // taken for want of a digit in the first reading's chosen pieces.
        let monthPage = try #require(try Self.processor.recognize(path: Paths.fixture("month-eleven-touching.jpg")).pages.first)
        let month = try #require(monthPage.handwriting?.first { $0.kind == .month })
        #expect(month.readings.first?.digits == "11")
        // Page 208: the day "15" whose "1", a long flick touching the "5"'s flag, reads "1"
        // barely less than no digit: before the first digit and handwriting-tall, it is one.
        let dayPage = try #require(try Self.processor.recognize(path: Paths.fixture("day-leading-one.jpg")).pages.first)
        let day = try #require(dayPage.handwriting?.first { $0.kind == .day })
        #expect(day.readings.first?.digits == "15")
        #expect(dayPage.handwriting?.first { $0.kind == .number }?.readings.first?.digits == "1")
    }

    @Test func fieldsWrittenAgainstThePrintedWordsKeepTheirDigitsAndOnlyThem() throws {
        // Benchmarks/hand_fields.py's seed 6 (held-out writers). Page 33: the month "2" after a
        // "tháng" whose "g" ends past the width its letter height gives the word; the region's
        // side cuts the "g", whose end read "1" (month "12").
        let monthPage = try #require(try Self.processor.recognize(path: Paths.fixture("month-after-g.jpg")).pages.first)
        let month = try #require(monthPage.handwriting?.first { $0.kind == .month })
        #expect(month.readings.first?.digits == "2")
        #expect(!month.readings.contains { $0.digits == "12" && $0.confidence > 0.05 })
        // Page 6: the day "23" whose "3" is written against "tháng", and taken into that word's
        // box by OCR (read "2" without it).
        let dayPage = try #require(try Self.processor.recognize(path: Paths.fixture("day-into-thang.jpg")).pages.first)
        let day = try #require(dayPage.handwriting?.first { $0.kind == .day })
        #expect(day.readings.first?.digits == "23")
    }

    @Test func aPartTheWholeDigitDoesNotNeedIsADigitOfItsOwn() {
        func piece(height: Int, _ digits: [Int: Double]) -> Piece {
            Piece(glyph: InkComponent(minX: 0, minY: 0, maxX: 20, maxY: height - 1, pixels: [0]), probabilities: SequenceDecoderTests.column(digits))
        }
        // The seed-1 "16" above: "6" whole at 0.95; cut, "1" at 0.92 and "6" at 0.96.
        let sixteen = piece(height: 77, [6: 0.95])
        #expect(HandwritingReader.explainsAway(sixteen, split: [piece(height: 76, [1: 0.92]), piece(height: 76, [6: 0.96])]))
        // A "4" cut from its stem: the stem reads "1", the rest a "4" less surely than the whole.
        let four = piece(height: 75, [4: 0.97])
        #expect(!HandwritingReader.explainsAway(four, split: [piece(height: 75, [4: 0.92]), piece(height: 72, [1: 0.85])]))
        // A "5" and its flag: the flag is no digit's height.
        let five = piece(height: 60, [5: 0.85])
        #expect(!HandwritingReader.explainsAway(five, split: [piece(height: 40, [1: 0.9]), piece(height: 60, [5: 0.9])]))
        // A full-height stroke that spoils the whole's reading, whatever it is: the rest reads
        // the digit clearly more surely ("15", the "1" a flick the classifier calls no digit).
        let spoilt = piece(height: 57, [5: 0.84])
        #expect(HandwritingReader.explainsAway(spoilt, split: [piece(height: 52, [8: 0.22]), piece(height: 53, [5: 0.97])]))
    }

    @Test func theFaintThresholdStandsUnderThePaper() {
        // Paper at 250 with a few pixels of print and a faint pen.
        var grey = [UInt8](repeating: 250, count: 1000)
        for i in 0..<60 { grey[i] = 20 }
        for i in 60..<120 { grey[i] = 170 }
        let image = InkImage(width: 100, height: 10, grey: grey)
        #expect(image.faintThreshold == 205)
        #expect(image.threshold < 170)
        #expect(InkImage(width: 10, height: 10, grey: [UInt8](repeating: 120, count: 100)).faintThreshold == nil)
    }

    @Test func twoReadingsOfOneFieldAreAveraged() {
        let dark: [HandwrittenField.Reading] = [
            .init(digits: "68", confidence: 0.7, method: .classifier), .init(digits: "681", confidence: 0.2, method: .classifier),
        ]
        let faint: [HandwrittenField.Reading] = [
            .init(digits: "689", confidence: 0.8, method: .classifier), .init(digits: "68", confidence: 0.2, method: .classifier),
        ]
        let both = HandwritingReader.averaged(dark, faint, keep: 3)
        #expect(both.map(\.digits) == ["68", "689", "681"])
        #expect(abs(both[0].confidence - 0.45) < 1e-9)
        #expect(abs(both[1].confidence - 0.4) < 1e-9 && abs(both[2].confidence - 0.1) < 1e-9)
    }

    @Test func theShareOfFaintInkIsMeasuredInTheBox() {
        // 10 x 10: 20 dark pixels, 30 faint, the rest paper.
        var grey = [UInt8](repeating: 250, count: 100)
        for i in 0..<20 { grey[i] = 30 }
        for i in 20..<50 { grey[i] = 180 }
        let image = InkImage(width: 10, height: 10, grey: grey)
        #expect(abs(image.share(between: 120, and: 205, in: Box(x: 0, y: 0, width: 10, height: 10)) - 0.6) < 1e-9)
        #expect(image.share(between: 120, and: 205, in: Box(x: -30, y: 50, width: 5, height: 5)) == 0)
    }

    @Test func blueInkSurvivesColourDropout() throws {
        // The strokes on this page are blue ballpoint, which the OCR's colour dropout erases.
        let found = try Self.fields("scans/tb-tcd_handwritten.jpg")
        #expect(found[.number]?.ink != nil)
        #expect(found[.day]?.ink != nil)
    }

    @Test func aPrintedNumberIsNotTakenForHandwriting() throws {
        let found = try Self.fields("scans/tb-tcd_clean.png")
        let n = try #require(found[.number])
        #expect(!n.looksHandwritten)
        #expect(n.readings.first?.digits == "47")
    }

    @Test func aCitedNumberWrittenByHandIsRead() throws {
        // d08: "Căn cứ Quyết định số 87/QĐ-UBND ngày 05/02/2025": the 87 and the 05 written in by hand.
        let document = try Self.processor.recognize(path: Paths.realDev("d08.pdf"))
        let blanks = document.pages.flatMap { $0.handwriting ?? [] }.filter { $0.kind == .citationNumber }
        let blank = try #require(blanks.first { $0.printed?.contains("QĐ") == true || $0.printed?.contains("QÐ") == true })
        #expect(blank.readings.first?.digits == "87")
        #expect((blank.readings.first?.confidence ?? 0) >= 0.3)
        // Printed citation numbers on the same pages are not read again.
        #expect(blanks.count == 1)
    }

    @Test func theReaderCanBeSwitchedOff() throws {
        let plain = OCRProcessor(options: OCROptions(jobs: 1, readHandwriting: false))
        let page = try #require(try plain.recognize(path: Paths.corpus("scans/seed-kh63_hand-mnist_p1.jpg")).pages.first)
        #expect(page.handwriting == nil)
    }
}
