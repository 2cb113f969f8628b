import Testing

@testable import OCR

/// Cutting a field's ink into digits where two touch: hand-made masks of the shapes the held-out
/// writers' fields showed (a "1" written into the "4" beside it).
@Suite struct GlyphSegmenterTests {
    static let width = 200
    static let segmenter = GlyphSegmenter(textHeight: 40, lineTop: 20, lineBottom: 80)

    /// A glyph of the filled rectangles (x, y, width, height) in a region 200 pixels wide.
    static func glyph(_ rectangles: [(Int, Int, Int, Int)]) throws -> InkComponent {
        var pixels = Set<Int>()
        for (x, y, w, h) in rectangles {
            for yy in y..<(y + h) {
                for xx in x..<(x + w) { pixels.insert(yy * width + xx) }
            }
        }
        return try #require(GlyphSegmenter.bounded(pixels.sorted(), width: width))
    }

    @Test func aOneWrittenIntoTheNextDigitIsPartedAtTheContact() throws {
        // A "1" (a bar 7 wide, 60 tall) and a "4"-like shape (stem and bar 7 wide) joined by a
        // contact two pixels tall.
        let touching = try Self.glyph([
            (20, 10, 7, 60),  // the "1"
            (27, 40, 6, 2),  // the contact
            (33, 10, 7, 40), (33, 43, 30, 7), (55, 10, 7, 60),  // the "4"
        ])
        let (left, right) = try #require(Self.segmenter.splitAtContact(touching, width: Self.width))
        #expect(left.minX == 20 && left.maxX <= 30)
        #expect(right.minX >= 27 && right.maxX == 62)
        #expect(left.pixels.count + right.pixels.count == touching.pixels.count)
    }

    /// Pixels of strokes leaning as a hand does (`slant` columns per row down about row 40): each
    /// (x at row 40, first row, rows, stroke width).
    static func slanted(_ strokes: [(Int, Int, Int, Int)], slant: Double) -> Set<Int> {
        var pixels = Set<Int>()
        for (x, y, rows, w) in strokes {
            for yy in y..<(y + rows) {
                let shift = Int((slant * Double(yy - 40)).rounded())
                for xx in (x + shift)..<(x + shift + w) { pixels.insert(yy * width + xx) }
            }
        }
        return pixels
    }

    @Test func aSlantedPairIsCutAlongTheSlant() throws {
        // A "1" and a "0" leaning right (-0.4: the top 24 columns right of the bottom), joined
        // by a contact two rows tall: their columns overlap, so no straight cut parts them.
        let slant = -0.4
        let one = Self.slanted([(40, 10, 60, 6)], slant: slant)
        let zero = Self.slanted([(56, 10, 60, 6), (80, 10, 60, 6), (56, 10, 6, 30), (56, 64, 6, 30)], slant: slant)
        let contact = Self.slanted([(46, 38, 2, 10)], slant: slant)
        let glyph = try #require(GlyphSegmenter.bounded((one.union(zero).union(contact)).sorted(), width: Self.width))
        let (left, right) = try #require(Self.segmenter.slantedCuts(glyph, width: Self.width, slant: slant).first)
        #expect(one.isSubset(of: Set(left.pixels)) && zero.isSubset(of: Set(right.pixels)))
        // No straight cut could: the "1" reaches further right than the "0" begins.
        #expect(one.map { $0 % Self.width }.max() ?? 0 > zero.map { $0 % Self.width }.min() ?? 0)
        // The "1" alone, as wide in its box as a digit but a single stroke stood upright: not cut
        // into two slivers.
        let lone = try #require(GlyphSegmenter.bounded(one.sorted(), width: Self.width))
        #expect(Double(lone.width) >= 0.5 * Double(lone.height))
        #expect(Self.segmenter.slantedCuts(lone, width: Self.width, slant: slant).isEmpty)
    }

    @Test func aOneWrittenIntoTheSideOfAWideDigitIsCutOff() throws {
        // A "1" (7 wide, 60 tall) whose top touches a "5" written wide with a long flag: the
        // "1" is a fifteenth of the pair's width (7 of 107 columns), outside the middle the
        // other cuts keep to.
        let one = Set(try Self.glyph([(20, 10, 7, 60)]).pixels)
        let fiveInk = try Self.glyph([
            (27, 10, 100, 6),  // the flag, from the "1" on
            (40, 10, 7, 28), (40, 34, 45, 6), (80, 34, 7, 34), (40, 64, 45, 6),  // stem, bowl
        ])
        let five = Set(fiveInk.pixels)
        let pair = try #require(GlyphSegmenter.bounded(one.union(five).sorted(), width: Self.width))
        let cuts = Self.segmenter.slantedCuts(pair, width: Self.width, slant: 0)
        // The cut is where the least ink crosses: somewhere along the flag, past the "1".
        let stroke = try #require(cuts.first { one.isSubset(of: Set($0.0.pixels)) && $0.0.width <= 16 })
        #expect(five.subtracting(stroke.1.pixels).count <= 6 * 9)
        #expect(Set(stroke.1.pixels).isDisjoint(with: one))
        // A "0" as wide: its side meets the rest at the top and the bottom, not in one place.
        let ring = try Self.glyph([(20, 10, 100, 7), (20, 63, 100, 7), (20, 10, 7, 60), (113, 10, 7, 60)])
        #expect(!Self.segmenter.slantedCuts(ring, width: Self.width, slant: 0).contains { $0.0.width <= 12 || $0.1.width <= 12 })
    }

    @Test func aDigitOfOnePieceIsNotParted() throws {
        // A ring ("0"), strokes 7 wide: erosion thins it but leaves it whole.
        let ring = try Self.glyph([(20, 10, 40, 7), (20, 63, 40, 7), (20, 10, 7, 60), (53, 10, 7, 60)])
        #expect(Self.segmenter.splitAtContact(ring, width: Self.width) == nil)
        // Two loops on a thin waist ("8"): parted by erosion, but stacked, so not two digits.
        let eight = try Self.glyph([
            (25, 10, 30, 7), (25, 10, 7, 30), (48, 10, 7, 30), (25, 33, 30, 4),
            (38, 37, 4, 2),
            (25, 39, 30, 4), (25, 39, 7, 30), (48, 39, 7, 30), (25, 62, 30, 7),
        ])
        #expect(Self.segmenter.splitAtContact(eight, width: Self.width) == nil)
    }
}
