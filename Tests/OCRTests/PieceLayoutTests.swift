import Testing

@testable import OCR

/// A piece's place among the field's pieces weighed beside its shape.
@Suite struct PieceLayoutTests {
    static func piece(x: Int, height: Int, _ digits: [Int: Double]) -> Piece {
        var p = [Double](repeating: 0, count: 11)
        for (d, q) in digits { p[d] = q }
        p[10] = max(0, 1 - digits.values.reduce(0, +))
        let glyph = InkComponent(minX: x, minY: 0, maxX: x + 20, maxY: height - 1, pixels: [0])
        return Piece(glyph: glyph, probabilities: p)
    }

    static func glyph(x: ClosedRange<Int>, y: ClosedRange<Int>) -> InkComponent {
        InkComponent(minX: x.lowerBound, minY: y.lowerBound, maxX: x.upperBound, maxY: y.upperBound, pixels: [0])
    }

    @Test func piecesStackedWithinOneDigitMayBeOne() {
        // A "9" 60 pixels tall whose tail broke off below its loop, beside a whole "1".
        let one = Self.piece(x: 0, height: 60, [1: 0.95])
        let loop = Piece(glyph: Self.glyph(x: 30...70, y: 0...31), probabilities: SequenceDecoderTests.column([0: 0.6]))
        let tail = Piece(glyph: Self.glyph(x: 45...66, y: 35...59), probabilities: SequenceDecoderTests.column([1: 0.2]))
        let layout = PieceLayout(pieces: [one, loop, tail], digitHeight: 30)
        #expect(layout.mayBeOneDigit(loop.glyph, tail.glyph))
        // Two digits side by side are two, however close.
        #expect(!layout.mayBeOneDigit(one.glyph, loop.glyph))
        // Stacked, but together taller than a digit: a digit and a stroke of the line below.
        let below = Self.glyph(x: 45...66, y: 40...85)
        #expect(!layout.mayBeOneDigit(loop.glyph, below))
        // Stacked, but far apart sideways.
        let away = Self.glyph(x: 90...110, y: 35...59)
        #expect(!layout.mayBeOneDigit(loop.glyph, away))
    }

    @Test func aTickBetweenTwoDigitsIsNoDigit() {
        // d18 "68": a pen joint between the 6 and the 8, a third of their height, read "1".
        let pieces = [Self.piece(x: 0, height: 73, [6: 0.97]), Self.piece(x: 24, height: 27, [1: 0.89]), Self.piece(x: 36, height: 70, [8: 0.92])]
        let layout = PieceLayout(pieces: pieces, digitHeight: 30)
        let read = SequenceDecoder(kind: .number).decode(pieces.map(layout.weighed), keep: 3)
        #expect(read.first?.digits == "68")
    }

    @Test func aStrokeBrokenOffADigitIsNoDigit() {
        // The same "68" rasterised at 300 dpi: the thin top flourish of the "6" breaks off at the
        // ink threshold, 28 pixels tall against the 8's 70 (0.40), and reads "1" at 0.70.
        let pieces = [
            Self.piece(x: 0, height: 73, [6: 0.97]), Self.piece(x: 23, height: 28, [1: 0.70, 3: 0.04]), Self.piece(x: 35, height: 70, [8: 0.71]),
        ]
        let layout = PieceLayout(pieces: pieces, digitHeight: 40)
        #expect(SequenceDecoder(kind: .number).decode(pieces.map(layout.weighed), keep: 3).first?.digits == "68")
    }

    @Test func aFullHeightStrokeBetweenDigitsIsADigit() {
        // d16 "210": a "1" with a long flag, which the classifier calls "not a digit".
        let pieces = [Self.piece(x: 0, height: 34, [2: 0.98]), Self.piece(x: 26, height: 35, [1: 0.18]), Self.piece(x: 57, height: 32, [0: 0.95])]
        let layout = PieceLayout(pieces: pieces, digitHeight: 30)
        #expect(SequenceDecoder(kind: .number).decode(pieces.map(layout.weighed), keep: 3).first?.digits == "210")
        // Without the layout the "1" is passed over.
        #expect(SequenceDecoder(kind: .number).decode(pieces.map(\.probabilities), keep: 3).first?.digits == "20")
    }

    @Test func aTallOneDoesNotMakeTheZeroBesideItSmall() {
        let pieces = [Self.piece(x: 0, height: 85, [1: 0.9]), Self.piece(x: 30, height: 40, [0: 0.9])]
        let layout = PieceLayout(pieces: pieces, digitHeight: 30)
        #expect(SequenceDecoder(kind: .day).decode(pieces.map(layout.weighed), keep: 3).first?.digits == "10")
    }

    @Test func aTallStrokeBeforeTheFirstDigitIsADigit() {
        // "15": the "1" a long flick leaning 38°, which the classifier calls "not a digit" (0.73);
        // it stands before the "5", as tall as it and half again as tall as the printed digits.
        let flick = Self.piece(x: 0, height: 42, [1: 0.21, 7: 0.03])
        let five = Self.piece(x: 30, height: 39, [5: 0.9])
        let layout = PieceLayout(pieces: [flick, five], digitHeight: 29)
        #expect(SequenceDecoder(kind: .number).decode([flick, five].map(layout.weighed), keep: 3).first?.digits == "15")
        #expect(SequenceDecoder(kind: .number).decode([flick, five].map(\.probabilities), keep: 3).first?.digits == "5")
    }

    @Test func aFlaggedOneShorterThanTheNextDigitLeadsTheDay() {
        // d16's day "18" on a worse scanner: the "1" carries a flag as wide as a digit and reads
        // "not a digit" at 0.6; it is 35 pixels tall against the "8"'s 40 and the print's 32.
        let one = Self.piece(x: 0, height: 35, [1: 0.4])
        let eight = Self.piece(x: 32, height: 40, [8: 0.97])
        let layout = PieceLayout(pieces: [one, eight], digitHeight: 32)
        #expect(SequenceDecoder(kind: .day).decode([one, eight].map(layout.weighed), keep: 3).first?.digits == "18")
        #expect(SequenceDecoder(kind: .day).decode([one, eight].map(\.probabilities), keep: 3).first?.digits == "8")
    }

    @Test func aLeadingOneReadAsBarelyADigitOrTouchingTheNextStaysADigit() {
        // Seed 6's "1512": the leading "1", a long slanted flick, reads "1" at 0.51 and no digit
        // at 0.49 here (0.46 on the page); it is the first digit itself, taller than print.
        let flick = Self.piece(x: 0, height: 67, [1: 0.51])
        let rest = [Self.piece(x: 30, height: 61, [5: 0.95]), Self.piece(x: 116, height: 65, [1: 0.8]), Self.piece(x: 147, height: 57, [2: 0.98])]
        let layout = PieceLayout(pieces: [flick] + rest, digitHeight: 40)
        #expect(SequenceDecoder(kind: .number).decode(([flick] + rest).map(layout.weighed), keep: 3).first?.digits == "1512")
        #expect(SequenceDecoder(kind: .number).decode(([flick] + rest).map(\.probabilities), keep: 3).first?.digits == "512")
        // A first piece read likeliest as another digit is not so helped: a tall mark read "7".
        let mark = Self.piece(x: 0, height: 67, [7: 0.51])
        let marked = PieceLayout(pieces: [mark] + rest, digitHeight: 40)
        #expect(marked.weighed(mark) == mark.probabilities)
        // Nor is a "1" read surely: made surer still, a "19" whose "9" was a blurred "4" passed
        // unwarned.
        let sure = Self.piece(x: 0, height: 67, [1: 0.9])
        #expect(PieceLayout(pieces: [sure] + rest, digitHeight: 40).weighed(sure) == sure.probabilities)
        // Seed 6's day "15": the "1" (columns 50–67, "1" at 0.43, no digit at 0.57 here and 0.47
        // on the page) reaches two columns into the "5"'s box (65–140).
        let one = Piece(glyph: Self.glyph(x: 50...67, y: 0...52), probabilities: SequenceDecoderTests.column([1: 0.43]))
        let five = Piece(glyph: Self.glyph(x: 65...140, y: 2...48), probabilities: SequenceDecoderTests.column([5: 0.94]))
        let day = PieceLayout(pieces: [one, five], digitHeight: 40)
        #expect(SequenceDecoder(kind: .day).decode([one, five].map(day.weighed), keep: 3).first?.digits == "15")
        // A tall stroke reaching well into the first digit is not before it.
        let inside = Piece(glyph: Self.glyph(x: 50...80, y: 0...52), probabilities: SequenceDecoderTests.column([1: 0.43]))
        let overlapping = PieceLayout(pieces: [inside, five], digitHeight: 40)
        #expect(SequenceDecoder(kind: .day).decode([inside, five].map(overlapping.weighed), keep: 3).first?.digits == "5")
    }

    @Test func aStrokeBeforeTheFirstDigitIsJudgedUpright() throws {
        // The same "15" leaning right (-0.4) and cut along its slant: the flick's box reaches
        // past the "5"'s left edge, but stood upright it ends before the "5" begins.
        let slant = -0.4
        let flickInk = try #require(
            GlyphSegmenter.bounded(GlyphSegmenterTests.slanted([(40, 10, 42, 5)], slant: slant).sorted(), width: GlyphSegmenterTests.width)
        )
        let fiveInk = try #require(
            GlyphSegmenter.bounded(GlyphSegmenterTests.slanted([(50, 12, 39, 24)], slant: slant).sorted(), width: GlyphSegmenterTests.width)
        )
        #expect(flickInk.maxX > fiveInk.minX)
        let flick = Piece(glyph: flickInk, probabilities: SequenceDecoderTests.column([1: 0.21, 7: 0.03]))
        let five = Piece(glyph: fiveInk, probabilities: SequenceDecoderTests.column([5: 0.9]))
        let upright = PieceLayout(pieces: [flick, five], digitHeight: 29, slant: slant, regionWidth: GlyphSegmenterTests.width)
        #expect(SequenceDecoder(kind: .number).decode([flick, five].map(upright.weighed), keep: 3).first?.digits == "15")
        // Judged by the boxes, the flick does not stand before the "5".
        let boxes = PieceLayout(pieces: [flick, five], digitHeight: 29)
        #expect(SequenceDecoder(kind: .number).decode([flick, five].map(boxes.weighed), keep: 3).first?.digits == "5")
    }

    @Test func aTallStrokeAfterTheLastDigitIsADigit() {
        // "591": the last "1" a slanted stroke the classifier takes for a slash (0.56 "not a
        // digit"); the printed slash is print-high, this one as tall as the digits.
        let pieces = [Self.piece(x: 0, height: 61, [5: 0.97]), Self.piece(x: 40, height: 59, [9: 0.85]), Self.piece(x: 75, height: 62, [1: 0.38])]
        let layout = PieceLayout(pieces: pieces, digitHeight: 40, printedRight: 150)
        #expect(SequenceDecoder(kind: .number).decode(pieces.map(layout.weighed), keep: 3).first?.digits == "591")
        #expect(SequenceDecoder(kind: .number).decode(pieces.map(\.probabilities), keep: 3).first?.digits == "59")
    }

    @Test func aSmallLastDigitFarFromTheSlashIsNoPrint() {
        // "669" with a short "9" (39 pixels against the 6s' 53, the print 40 high): print-high
        // ink at the right end is print only within a letter height of the code's slash.
        let pieces = [Self.piece(x: 0, height: 53, [6: 0.97]), Self.piece(x: 50, height: 53, [6: 0.97]), Self.piece(x: 105, height: 39, [9: 0.97])]
        let far = PieceLayout(pieces: pieces, digitHeight: 40, printedRight: 196)
        #expect(SequenceDecoder(kind: .number).decode(pieces.map(far.weighed), keep: 3).first?.digits == "669")
        // Against the slash it is the slash or the code's first letter, as before.
        let near = PieceLayout(pieces: pieces, digitHeight: 40, printedRight: 150)
        #expect(SequenceDecoder(kind: .number).decode(pieces.map(near.weighed), keep: 3).first?.digits == "66")
    }

    @Test func printHighInkFromTheSlashOnIsPrint() {
        // d05 "574": the printed "/U" begins before the slash's place and is cut in two, the "U"
        // part read "3" (0.62); it starts at the slash and is print-high: print.
        let pieces = [
            Self.piece(x: 26, height: 53, [5: 0.98]), Self.piece(x: 58, height: 49, [7: 0.94]), Self.piece(x: 91, height: 49, [4: 0.94]),
            Self.piece(x: 167, height: 39, [3: 0.62, 5: 0.09]),
        ]
        let layout = PieceLayout(pieces: pieces, digitHeight: 40, printedRight: 148)
        #expect(SequenceDecoder(kind: .number).decode(pieces.map(layout.weighed), keep: 3).first?.digits == "574")
        #expect(SequenceDecoder(kind: .number).decode(pieces.map(\.probabilities), keep: 3).first?.digits == "5743")
    }

    @Test func printHeightInkBeforeTheFirstDigitStaysPrint() {
        // The end of the printed anchor ("Số:"'s colon run into the "ố") at the printed digits'
        // height is no digit, though as tall as a small handwritten "5".
        let anchor = Self.piece(x: 0, height: 30, [1: 0.2])
        let five = Self.piece(x: 30, height: 31, [5: 0.9])
        let layout = PieceLayout(pieces: [anchor, five], digitHeight: 29)
        #expect(SequenceDecoder(kind: .number).decode([anchor, five].map(layout.weighed), keep: 3).first?.digits == "5")
    }
}
