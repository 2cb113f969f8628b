/// Decodes a handwritten field as a whole: every way of reading its pieces left to right (each
/// piece a digit, or passed over as not a digit: a slash, a speck, the "t" of "tháng"), scored by
/// the classifier's probabilities and a prior on what the field can hold (a day is 1 to 31 in one
/// or two digits, a month 1 to 12, a number one to four digits, mostly two or three).
///
/// Reading digit by digit greedily turns "731" with a stray tick into "7511" and "04" with the
/// "t" of "tháng" into "041"; the whole-field reading keeps "731" and "04" among its first
/// alternatives, where the field's own rules can pick them.
///
/// The pieces form a lattice (``Span``): a glyph may be read as cut several ways, and two
/// neighbouring glyphs that may be one broken digit may be read joined; every path through it
/// counts, equal strings adding up.
struct SequenceDecoder: Sendable {
    /// What the field can hold.
    let kind: HandwrittenField.Kind

    /// The cost of passing over a piece the classifier calls a digit: a floor under its
    /// "not a digit" probability, so a clear digit is kept unless the field cannot hold it.
    static let skipFloor = 0.02

    /// One way to cut a glyph: its pieces' class probabilities, left to right, and how likely the
    /// cut is before reading (a glyph read whole, or split where two digits may touch).
    struct Cut: Sendable {
        /// Per piece, 11 probabilities (digits 0–9, then "not a digit").
        var columns: [[Double]]
        var prior: Double
    }

    /// The most probable digit strings with their probabilities, each piece read as one column.
    /// - Parameter columns: per piece, left to right, 11 probabilities (digits 0–9, then "not a digit").
    func decode(_ columns: [[Double]], keep: Int) -> [(digits: String, probability: Double)] {
        decode(glyphs: columns.map { [Cut(columns: [$0], prior: 1)] }, keep: keep)
    }

    /// The most probable digit strings with their probabilities (normalised over the strings the
    /// field can hold, times the share of the mass those strings have).
    /// - Parameter glyphs: per glyph, left to right, the ways to cut it.
    func decode(glyphs: [[Cut]], keep: Int) -> [(digits: String, probability: Double)] {
        decode(spans: glyphs.enumerated().map { Span(from: $0.offset, cuts: $0.element) }, keep: keep)
    }

    /// A run of neighbouring glyphs read as one (`from ..< to`), and the ways to cut it: one
    /// glyph, or two that may be pieces of one digit (a stroke the pen or the threshold broke).
    struct Span: Sendable {
        var from: Int
        var to: Int
        var cuts: [Cut]

        init(from: Int, to: Int? = nil, cuts: [Cut]) {
            self.from = from
            self.to = to ?? from + 1
            self.cuts = cuts
        }
    }

    /// The most probable digit strings over a lattice of spans: every path from the first glyph
    /// to the last, through spans that meet end to start. The cuts' priors of the spans leaving a
    /// glyph should add up to one, so the paths' priors do too.
    func decode(spans: [Span], keep: Int) -> [(digits: String, probability: Double)] {
        let count = spans.map(\.to).max() ?? 0
        guard count > 0 else { return [] }
        var beams: [[(digits: String, probability: Double)]] = Array(repeating: [], count: count + 1)
        beams[0] = [("", 1)]
        let width = max(keep * 4, 24)
        for end in 1...count {
            var merged: [String: Double] = [:]
            for span in spans where span.to == end && span.from >= 0 && span.from < end {
                for cut in span.cuts {
                    var paths = beams[span.from].map { (digits: $0.digits, probability: $0.probability * cut.prior) }
                    for column in cut.columns { paths = Self.extend(paths, with: column) }
                    // Equal strings reached by different cuts, spans and skips add up.
                    for (digits, p) in paths { merged[digits, default: 0] += p }
                }
            }
            let ranked: [(digits: String, probability: Double)] = merged.map { (digits: $0.key, probability: $0.value) }
            beams[end] = Array(ranked.sorted(by: Self.ranksBefore).prefix(width))
        }
        let beam = beams[count]
        let total = beam.reduce(0) { $0 + $1.probability }
        let scored = beam.compactMap { candidate -> (digits: String, weight: Double, mass: Double)? in
            let prior = self.prior(candidate.digits)
            return prior > 0 ? (candidate.digits, candidate.probability * prior, candidate.probability) : nil
        }
        let weights = scored.reduce(0) { $0 + $1.weight }
        guard weights > 0, total > 0 else { return [] }
        // Probabilities among the readings the field allows, scaled down by how much of the
        // reader's belief fell outside them: ink that reads as no valid field stays unsure.
        let share = min(1, scored.reduce(0) { $0 + $1.mass } / total)
        let ranked: [(digits: String, probability: Double)] = scored.map { (digits: $0.digits, probability: $0.weight / weights * share) }
        return Array(ranked.sorted(by: Self.ranksBefore).prefix(keep))
    }

    /// Every path with one more piece: passed over, or read as each digit it may be.
    static func extend(_ paths: [(digits: String, probability: Double)], with column: [Double]) -> [(digits: String, probability: Double)] {
        let junk = column.count > 10 ? column[10] : 0
        var next: [(digits: String, probability: Double)] = []
        for (prefix, p) in paths {
            next.append((prefix, p * max(junk, skipFloor)))
            guard prefix.count < maxDigits else { continue }
            for digit in 0..<min(10, column.count) where column[digit] > 0.001 {
                next.append((prefix + String(digit), p * column[digit]))
            }
        }
        return next
    }

    /// More probable first; equal ones in digit order, so the result does not depend on hashing.
    static func ranksBefore(_ a: (digits: String, probability: Double), _ b: (digits: String, probability: Double)) -> Bool {
        a.probability > b.probability || (a.probability == b.probability && a.digits < b.digits)
    }

    /// No field holds more digits than this.
    static let maxDigits = 5

    /// The prior of a reading: zero for what the field cannot hold.
    func prior(_ digits: String) -> Double {
        guard let value = Int(digits), !digits.isEmpty else { return 0 }
        switch kind {
        case .day:
            guard digits.count <= 2, (1...31).contains(value) else { return 0 }
            return 1
        case .month:
            guard digits.count <= 2, (1...12).contains(value) else { return 0 }
            return 1
        case .number, .citationNumber:
            // Official numbers run from 01 to a few thousand a year; a leading zero only below 10.
            if digits.count >= 2, digits.first == "0", value >= 10 { return 0 }
            switch digits.count {
            case 1: return 0.5
            case 2, 3: return 1
            case 4: return 0.6
            default: return 0
            }
        }
    }
}
