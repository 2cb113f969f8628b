import Testing

@testable import OCR

/// Reading a handwritten field as a whole: pieces passed over, cuts weighed, what the field can hold.
@Suite struct SequenceDecoderTests {
    /// Eleven probabilities: `digits` as given, the rest of the mass on "not a digit".
    static func column(_ digits: [Int: Double]) -> [Double] {
        var p = [Double](repeating: 0, count: 11)
        for (d, q) in digits { p[d] = q }
        p[10] = max(0, 1 - digits.values.reduce(0, +))
        return p
    }

    @Test func aStrayTickIsPassedOver() {
        // "731" and a tick after it that reads half as a "1".
        let columns = [Self.column([7: 0.9]), Self.column([3: 0.8, 5: 0.15]), Self.column([1: 0.9]), Self.column([1: 0.5])]
        let read = SequenceDecoder(kind: .number).decode(columns, keep: 4)
        #expect(read.first?.digits == "731")
        #expect(read.contains { $0.digits == "7311" })
        #expect(read.allSatisfy { $0.probability > 0 && $0.probability <= 1 })
    }

    @Test func aDayHoldsWhatACalendarHolds() {
        // "04" and the "t" of "tháng", read as a likely "1": "041" is no day.
        let columns = [Self.column([0: 0.9]), Self.column([4: 0.8, 9: 0.1]), Self.column([1: 0.6])]
        let read = SequenceDecoder(kind: .day).decode(columns, keep: 6)
        #expect(read.first?.digits == "04")
        #expect(read.allSatisfy { (Int($0.digits) ?? 0) >= 1 && (Int($0.digits) ?? 0) <= 31 && $0.digits.count <= 2 })
        let month = SequenceDecoder(kind: .month).decode([Self.column([1: 0.9]), Self.column([8: 0.9])], keep: 6)
        #expect(month.allSatisfy { (Int($0.digits) ?? 0) <= 12 })
        #expect(month.first?.digits == "1" || month.first?.digits == "8")
    }

    @Test func inkThatReadsAsNoValidFieldStaysUnsure() {
        // Three confident digits where a day was expected: whatever is kept is not sure.
        let read = SequenceDecoder(kind: .day).decode([Self.column([5: 0.95]), Self.column([5: 0.95]), Self.column([5: 0.95])], keep: 3)
        #expect((read.first?.probability ?? 0) < 0.1)
    }

    @Test func aGlyphCutInTwoIsWeighedAgainstTheWholeReading() {
        // One blob that reads as a weak "9" whole and as a clear "0" and "4" when cut.
        let glyph: [SequenceDecoder.Cut] = [
            .init(columns: [Self.column([9: 0.15])], prior: 0.8),
            .init(columns: [Self.column([0: 0.95]), Self.column([4: 0.95])], prior: 0.2),
        ]
        let read = SequenceDecoder(kind: .day).decode(glyphs: [glyph], keep: 4)
        #expect(read.first?.digits == "04")
        #expect(read.contains { $0.digits == "9" })
    }

    @Test func twoPiecesOfOneBrokenDigitAreReadTogether() {
        // "19" whose "9" came apart: its loop reads as a weak "0", its tail as no digit; joined,
        // they read as a clear "9". Apart or joined are equally likely before reading.
        let spans: [SequenceDecoder.Span] = [
            .init(from: 0, cuts: [.init(columns: [Self.column([1: 0.95])], prior: 1)]),
            .init(from: 1, cuts: [.init(columns: [Self.column([0: 0.5, 9: 0.3])], prior: 0.5)]),
            .init(from: 2, cuts: [.init(columns: [Self.column([1: 0.1])], prior: 1)]),
            .init(from: 1, to: 3, cuts: [.init(columns: [Self.column([9: 0.95])], prior: 0.5)]),
        ]
        let read = SequenceDecoder(kind: .number).decode(spans: spans, keep: 4)
        #expect(read.first?.digits == "19")
        #expect(read.contains { $0.digits == "10" })
        // Without the joined span, the loop alone decides.
        let apart = SequenceDecoder(kind: .number).decode(spans: Array(spans.dropLast()), keep: 4)
        #expect(apart.first?.digits == "10")
    }

    @Test func aPairThatReadsBetterApartStaysApart() {
        // Two clear digits whose joined ink reads as nothing much.
        let spans: [SequenceDecoder.Span] = [
            .init(from: 0, cuts: [.init(columns: [Self.column([2: 0.95])], prior: 0.5)]),
            .init(from: 1, cuts: [.init(columns: [Self.column([7: 0.9])], prior: 1)]),
            .init(from: 0, to: 2, cuts: [.init(columns: [Self.column([8: 0.3])], prior: 0.5)]),
        ]
        #expect(SequenceDecoder(kind: .day).decode(spans: spans, keep: 3).first?.digits == "27")
    }

    @Test func numbersTakeNoLeadingZeroAboveNine() {
        #expect(SequenceDecoder(kind: .number).prior("012") == 0)
        #expect(SequenceDecoder(kind: .number).prior("07") > 0)
        #expect(SequenceDecoder(kind: .number).prior("12345") == 0)
    }
}
