/// How a glyph of a handwritten field may be read: whole, or cut where digits written into each
/// other meet (along the writer's slant, or where erosion parts a thin contact), each way with a
/// prior the sequence decoder weighs against how the parts read.
extension HandwritingReader {
    /// The glyph's cuts along the writer's slant, each part read (and cut again, to `depth` 2),
    /// best read first: the product of the parts' likeliest digits.
    private func slantedSplits(of glyph: GlyphSegmenter.Glyph, segmenter: GlyphSegmenter, width: Int, slant: Double, depth: Int) -> [[Piece]] {
        let splits = segmenter.slantedCuts(glyph, width: width, slant: slant).map { left, right in
            pieces(of: left, segmenter: segmenter, width: width, slant: slant, depth: depth + 1)
                + pieces(of: right, segmenter: segmenter, width: width, slant: slant, depth: depth + 1)
        }
        return splits.sorted { Self.bestRead($0) > Self.bestRead($1) }
    }

    /// The product of the pieces' likeliest digit probabilities.
    private static func bestRead(_ pieces: [Piece]) -> Double {
        pieces.map { $0.probabilities.prefix(10).max() ?? 0 }.reduce(1, *)
    }

    /// A glyph classified whole, or cut in two (and its parts again) when the parts read better:
    /// touching digits.
    func pieces(of glyph: GlyphSegmenter.Glyph, segmenter: GlyphSegmenter, width: Int, slant: Double, depth: Int = 0) -> [Piece] {
        let whole = Piece(glyph: glyph, probabilities: classify(glyph, width: width, slant: slant))
        guard depth < 2, segmenter.mayHoldTwo(glyph),
            let best = slantedSplits(of: glyph, segmenter: segmenter, width: width, slant: slant, depth: depth).first
        else { return [whole] }
        return Self.bestRead(best) > Self.bestRead([whole]) || !whole.looksLikeDigit ? best : [whole]
    }

    /// The ways to read a glyph for the sequence decoder: as the touching-digit rule cut it, and
    /// the other way (whole if it was split; cut in two along the writer's slant if it was read
    /// whole and is wide enough to hold two digits, or is handwriting-tall ink that reads as no
    /// digit: "04" written close reads as one "9" otherwise, a "1" written over a "7" as junk;
    /// parted where erosion parts it: a "1" written into the "4" beside it). The alternatives'
    /// priors add up to at most ``alternativesMass``; the reading as chosen has the rest.
    func alternativeCuts(
        of glyph: GlyphSegmenter.Glyph,
        chosen: [Piece],
        segmenter: GlyphSegmenter,
        width: Int,
        slant: Double,
        handwritten: Double
    ) -> [(cut: [Piece], prior: Double)] {
        if chosen.count > 1 {
            return [(chosen, 0.8), ([Piece(glyph: glyph, probabilities: classify(glyph, width: width, slant: slant))], 0.2)]
        }
        var ways: [(cut: [Piece], prior: Double)] = [(chosen, 1)]
        // Wide enough for two digits, or handwriting-tall ink that reads as no digit whole: a "1"
        // written over the left of a "7" makes a glyph no wider than one digit.
        let junkWhole = !chosen[0].looksLikeDigit && Double(glyph.height) >= handwritten
        if segmenter.mayHoldTwo(glyph, minimumAspect: 0.75) || (junkWhole && 10 * glyph.width >= 4 * glyph.height) {
            // The cut along the slant whose parts read best (a cut through a digit's body reads
            // as two pieces of junk; sharing the prior with such cuts would only thin it), when
            // a part reads as a digit at all: two pieces of junk say nothing the whole does not.
            let splits = segmenter.slantedCuts(glyph, width: width, slant: slant).map { cut in
                [cut.0, cut.1].map { Piece(glyph: $0, probabilities: classify($0, width: width, slant: slant)) }
            }
            if let best = splits.max(by: { Self.bestRead($0) < Self.bestRead($1) }), best.contains(where: \.looksLikeDigit) {
                ways.append((best, Self.explainsAway(chosen[0], split: best) ? Self.extraDigitPrior : Self.splitPrior))
            }
        }
        // Two digits joined by a contact thinner than their strokes: the erosion that parts them
        // is evidence of its own, so the parted reading starts nearly as likely as the whole one,
        // when both parts are handwriting-tall and read as digits (a "4" parted into its stem and
        // a stray bar is one "4").
        if let (left, right) = segmenter.splitAtContact(glyph, width: width), Double(min(left.height, right.height)) >= handwritten {
            let parts = [left, right].map { Piece(glyph: $0, probabilities: classify($0, width: width, slant: slant)) }
            if parts.allSatisfy(\.looksLikeDigit) { ways.append((parts, Self.contactPrior)) }
        }
        let alternatives = ways.dropFirst().reduce(0) { $0 + $1.prior }
        if alternatives > Self.alternativesMass {
            for index in ways.indices.dropFirst() { ways[index].prior *= Self.alternativesMass / alternatives }
        }
        ways[0].prior = 1 - min(alternatives, Self.alternativesMass)
        return ways
    }

    /// The most the other ways to cut a glyph may take of its prior together.
    static let alternativesMass = 0.8

    /// How likely a glyph read whole but wide enough for two digits is two, before reading.
    static let splitPrior = 0.2

    /// How likely a glyph read whole is two digits when one part of its cut reads as the whole
    /// does and the other as a digit of its own, or the part reads the whole's digit clearly
    /// more surely without the other, whatever that is (``explainsAway(_:split:)``).
    static let extraDigitPrior = 0.75

    /// Whether one part of a two-way cut explains the whole glyph without the other part, of
    /// at least three quarters of the glyph's height: the part reads as the whole's likeliest
    /// digit at least as surely as the whole (and at 0.8 or more) while the other reads as a
    /// digit at 0.8 or more, or it reads that digit clearly more surely than the whole (by 0.1).
    /// The other part is then ink the whole's digit does not need: a digit written into it. A
    /// "16" written in one stroke reads "6" whole (the classifier sees a "6" with a stroke beside
    /// it) and "6" without its "1"; a "6" whose side is cut off reads no "6" any more, and a "4"
    /// without its stem reads a "4" less surely than whole.
    static func explainsAway(_ whole: Piece, split: [Piece]) -> Bool {
        guard split.count == 2, let digit = whole.likeliestDigit else { return false }
        let height = Double(whole.glyph.height)
        for (same, other) in [(split[0], split[1]), (split[1], split[0])] where Double(other.glyph.height) >= 0.75 * height {
            let kept = same.probabilities[digit]
            let otherBest = other.probabilities.prefix(10).max() ?? 0
            // Read as surely without the other part, which reads as a digit; or more surely
            // without it (the other part, whatever it is, spoilt the whole).
            if kept >= max(0.8, whole.probabilities[digit]), otherBest >= 0.8 { return true }
            if kept >= max(0.8, whole.probabilities[digit] + 0.1) { return true }
        }
        return false
    }

    /// How likely a glyph that erosion parts in two is two digits, before reading.
    static let contactPrior = 0.4
}
