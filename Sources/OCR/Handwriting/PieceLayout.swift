/// A piece of a handwritten field's ink with the classifier's 11 probabilities (digits 0–9, then
/// "not a digit").
struct Piece {
    var glyph: GlyphSegmenter.Glyph
    var probabilities: [Double]

    /// The digit the classifier finds likeliest, or `nil` without probabilities.
    var likeliestDigit: Int? {
        (0..<min(10, probabilities.count)).max { probabilities[$0] < probabilities[$1] }
    }

    /// The classifier thinks it more likely a digit than not.
    var looksLikeDigit: Bool {
        let junk = probabilities.count > 10 ? probabilities[10] : 0
        return junk <= probabilities.prefix(10).max() ?? 0
    }
}

/// Where a piece stands among the field's pieces, as evidence beside its shape: the classifier
/// sees each piece alone, scaled to the same size, so a pen tick between two digits reads as a
/// "1" and a tall "1" with a long flag reads as a slash. The field's layout says otherwise:
/// - a piece less than half as tall as the field's digits is no digit (a tick, a speck, a joint,
///   a stroke the threshold broke off a faint digit: the flourish of a "6");
/// - a piece as tall as its neighbours, between two digits, is a digit (nothing else is written
///   inside a number: the printed slash and the code come after it);
/// - a piece before the first digit (or the first itself), nearly as tall as the digits and
///   taller than print, is a digit too: the blank starts after the printed anchor ("Số:",
///   "ngày"), whose colon and letters are short, so such a stroke is the leading "1" of "15" or
///   "195", written as a long slanted flick the classifier alone takes for a slash;
/// - after the last digit, a piece as tall as the digits and clearly taller than print is a
///   digit too: the printed slash after the blank is print-high, so such a stroke is the last
///   "1" of "591", written slanted like a slash;
/// - at the right end of handwriting, a piece no taller than the printed digits and within a
///   letter height of the printed code's slash is print (the slash, the code's first letter),
///   when the handwriting is clearly taller. Further from the slash nothing printed stands: a
///   small last digit ("669" with a short "9") is the hand's;
/// - a piece no taller than the printed digits that starts at the code's slash is print (a part
///   of a glyph that began before the slash: the slash and the code's "U").
struct PieceLayout {
    /// The median height of the pieces that look like digits, or `nil` without any.
    let digitHeight: Double?
    /// The tallest piece that looks like a digit, or `nil` without any.
    let tallestDigit: Double?
    /// The printed digits' height on the line.
    let printHeight: Double
    /// The horizontal span of the pieces that look like digits: the first one's left edge and
    /// the last one's, stood upright.
    let firstX: Double, lastX: Double
    /// The right edge of the rightmost piece that looks like a digit, stood upright.
    let lastRight: Double
    /// Where print resumes after the blank, in the region's columns, when known: the code's
    /// slash (as found in the ink), the "t" of "tháng", the "n" of "năm".
    let printedRight: Double?
    /// The writer's slant (columns per row down) by which places along the line are compared,
    /// the width of the region the pieces' pixels index, and the row about which ink is stood
    /// upright: the parts of a slanted pair cut along the slant overlap in their boxes, not in
    /// the hand's own columns.
    let slant: Double, regionWidth: Int, middleY: Double

    init(pieces: [Piece], digitHeight printed: Int, slant: Double = 0, regionWidth: Int = 0, printedRight: Int? = nil) {
        let digits = pieces.filter(\.looksLikeDigit)
        let heights = digits.map { Double($0.glyph.height) }.sorted()
        // The lower median: with two pieces, the shorter one (a tall "1" must not make a "0"
        // beside it look small).
        self.digitHeight = heights.isEmpty ? nil : heights[(heights.count - 1) / 2]
        self.tallestDigit = heights.last
        self.printHeight = Double(printed)
        let lean = regionWidth > 0 ? slant : 0
        let centres = pieces.map(\.glyph.centerY).sorted()
        let middle = centres.isEmpty ? 0 : centres[centres.count / 2]
        self.slant = lean
        self.regionWidth = regionWidth
        self.middleY = middle
        let spans = digits.map { Self.uprightSpan(of: $0.glyph, slant: lean, width: regionWidth, middleY: middle) }
        self.firstX = spans.map(\.left).min() ?? 0
        self.lastX = spans.map(\.left).max() ?? 0
        self.lastRight = spans.map(\.right).max() ?? 0
        self.printedRight = printedRight.map(Double.init)
    }

    /// The glyph's leftmost and rightmost columns once the hand is stood upright about `middleY`.
    static func uprightSpan(of glyph: GlyphSegmenter.Glyph, slant: Double, width: Int, middleY: Double) -> (left: Double, right: Double) {
        guard slant != 0, width > 0, !glyph.pixels.isEmpty else { return (Double(glyph.minX), Double(glyph.maxX)) }
        let columns = glyph.uprightColumns(regionWidth: width, slant: slant, middleY: middleY)
        return (columns.min() ?? Double(glyph.minX), columns.max() ?? Double(glyph.maxX))
    }

    private func upright(_ glyph: GlyphSegmenter.Glyph) -> (left: Double, right: Double) {
        Self.uprightSpan(of: glyph, slant: slant, width: regionWidth, middleY: middleY)
    }

    /// Whether two neighbouring glyphs (`left` before `right`) may be the pieces of one digit
    /// that the pen or the threshold broke (the loop and the tail of a "9", the flag of a "5"):
    /// stacked rather than side by side (their rows overlap by less than half the shorter one),
    /// one of them less than three quarters of the joined height, close (a gap of at most a
    /// fifth of the digits' height), and together of one digit's size (no wider than tall, no
    /// taller than 1.2 times the tallest digit-like piece or 2.2 times print: the pieces of a
    /// broken digit are shorter than the digits, so the median would not do).
    func mayBeOneDigit(_ left: GlyphSegmenter.Glyph, _ right: GlyphSegmenter.Glyph) -> Bool {
        guard let median = digitHeight, let tallest = tallestDigit else { return false }
        let joinedTop = min(left.minY, right.minY)
        let joinedHeight = Double(max(left.maxY, right.maxY) - joinedTop + 1)
        let joinedWidth = Double(max(left.maxX, right.maxX) - min(left.minX, right.minX) + 1)
        let rows = min(left.maxY, right.maxY) - max(left.minY, right.minY) + 1
        let shorter = Double(min(left.height, right.height))
        return Double(right.minX - left.maxX - 1) <= 0.2 * median
            && Double(rows) < 0.5 * shorter
            && shorter < 0.75 * joinedHeight
            && joinedHeight <= max(1.2 * tallest, 2.2 * printHeight)
            && joinedWidth <= joinedHeight
    }

    /// Between two digits and full height.
    private func isInterior(_ piece: Piece, median: Double) -> Bool {
        let left = upright(piece.glyph).left
        return left > firstX && left < lastX && Double(piece.glyph.height) >= 0.8 * median
    }

    /// Before the first digit, or the first digit itself, nearly as tall as the digits and taller
    /// than print (d16's "1" of "18", its flag as wide as a digit, is 35 pixels against the "8"'s
    /// 40 and the print's 32: the anchor's colon and letters stay under print height). Before it:
    /// its middle is, when it reaches into the first digit (the leading "1" of "15" touching the
    /// "5"'s flag, leaning further than the hand's median slant). The first digit-like piece
    /// counts too when it reads likeliest as "1" and at least a quarter as no digit: a leading
    /// "1" the classifier reads as "1" barely more than as no digit (a long slanted flick) is
    /// handwriting the blank begins with, not a speck. (A "1" read surely is left as read: made
    /// surer still, a "19" whose "9" is a blurred "4" passed unwarned at 0.80.)
    private func isLeading(_ piece: Piece, median: Double) -> Bool {
        let h = Double(piece.glyph.height)
        let span = upright(piece.glyph)
        let before = (span.left + span.right) / 2 < firstX
        let first = piece.looksLikeDigit && piece.likeliestDigit == 1 && piece.probabilities[10] >= 0.25 && span.left <= firstX
        return (before || first) && h >= 0.85 * median && h >= 1.05 * printHeight
    }

    /// Wholly after the last digit, as tall as the digits and clearly taller than print.
    private func isTrailing(_ piece: Piece, median: Double) -> Bool {
        let h = Double(piece.glyph.height)
        return upright(piece.glyph).left > lastRight && h >= 0.9 * median && h >= 1.15 * printHeight
    }

    /// Print-high print at the blank's right: starting where print resumes (the slash or the
    /// code's first letter, cut off a glyph that began just before it: "/U" cut into junk and a
    /// "3"), or the last piece, reaching within a letter height of it, beside clearly taller
    /// handwriting (anywhere at the right end when where print resumes is not known).
    private func isPrintAtRight(_ piece: Piece, median: Double) -> Bool {
        guard Double(piece.glyph.height) <= 1.1 * printHeight else { return false }
        if let printedRight, Double(piece.glyph.minX) >= printedRight { return true }
        let near = printedRight.map { Double(piece.glyph.maxX) >= $0 - printHeight } ?? true
        return upright(piece.glyph).left >= lastX && median >= 1.25 * printHeight && near
    }

    /// The piece's probabilities weighed by where it stands.
    func weighed(_ piece: Piece) -> [Double] {
        var p = piece.probabilities
        guard let median = digitHeight, p.count > 10 else { return p }
        let h = Double(piece.glyph.height)
        var digitFactor = 1.0
        if h < 0.5 * median {
            digitFactor = 0.25
        } else if isInterior(piece, median: median) || isLeading(piece, median: median) || isTrailing(piece, median: median) {
            // Interior and full height, or leading or trailing and handwriting-tall: "not a
            // digit" is unlikely.
            let junk = p[10] * 0.35
            let scale = (1 - junk) / max(1e-9, 1 - p[10])
            for d in 0..<10 { p[d] *= scale }
            p[10] = junk
            return p
        } else if isPrintAtRight(piece, median: median) {
            digitFactor = 0.2
        }
        guard digitFactor < 1 else { return p }
        for d in 0..<10 { p[d] *= digitFactor }
        p[10] = 1 - p.prefix(10).reduce(0, +)
        return p
    }
}
