import Testing

@testable import HandwrittenDigits

@Suite("Normalising an ink mask into a 28x28 glyph")
struct DigitGlyphTests {
    /// Centre of mass with pixel centres at x + 0.5.
    func centreOfMass(_ glyph: DigitGlyph) -> (x: Double, y: Double) {
        var total = 0.0
        var sx = 0.0
        var sy = 0.0
        for y in 0..<28 {
            for x in 0..<28 {
                let v = Double(glyph.pixels[y * 28 + x])
                total += v
                sx += v * (Double(x) + 0.5)
                sy += v * (Double(y) + 0.5)
            }
        }
        return (sx / total, sy / total)
    }

    func inkColumns(_ glyph: DigitGlyph) -> [Int] {
        (0..<28).filter { x in (0..<28).contains { glyph.pixels[$0 * 28 + x] > 0 } }
    }

    func inkRows(_ glyph: DigitGlyph) -> [Int] {
        (0..<28).filter { y in (0..<28).contains { glyph.pixels[y * 28 + $0] > 0 } }
    }

    @Test func verticalBarStaysThinAndCentred() {
        // A pen stroke 6 px wide and 50 px tall, with margins, like a "1" cut from a 300 dpi scan.
        var pixels = [UInt8](repeating: 0, count: 20 * 60)
        for y in 5..<55 { for x in 7..<13 { pixels[y * 20 + x] = 1 } }
        let glyph = DigitGlyph(normalizing: InkMask(width: 20, height: 60, pixels: pixels))
        #expect(inkRows(glyph).count == 20)
        #expect(inkColumns(glyph).count <= 3)
        let centre = centreOfMass(glyph)
        #expect(abs(centre.x - 14) <= 0.5)
        #expect(abs(centre.y - 14) <= 0.5)
    }

    @Test(arguments: [(40, 30), (13, 50), (50, 48), (3, 3)])
    func centreOfMassLandsOnTheCentre(width: Int, height: Int) {
        // A lopsided "L": heavy vertical stroke on the left, thin foot on the right.
        var pixels = [UInt8](repeating: 0, count: width * height)
        for y in 0..<height {
            for x in 0..<width where x < max(1, width / 3) || y >= height - max(1, height / 6) { pixels[y * width + x] = 1 }
        }
        let glyph = DigitGlyph(normalizing: InkMask(width: width, height: height, pixels: pixels))
        let centre = centreOfMass(glyph)
        #expect(abs(centre.x - 14) <= 0.5)
        #expect(abs(centre.y - 14) <= 0.5)
        #expect(max(inkRows(glyph).count, inkColumns(glyph).count) == 20)
        #expect(glyph.pixels.allSatisfy { $0 >= 0 && $0 <= 1.0001 })
    }

    @Test func lopsidedInkIsClampedInsideTheFrame() {
        // A block at the left end of a wide mask and one speck at the right end: centring the mass
        // would push the right end out of the frame, so the glyph stops at the edge.
        let width = 90
        let height = 10
        var pixels = [UInt8](repeating: 0, count: width * height)
        for y in 0..<height { for x in 0..<30 { pixels[y * width + x] = 1 } }
        pixels[9 * width + 89] = 1
        let glyph = DigitGlyph(normalizing: InkMask(width: width, height: height, pixels: pixels))
        #expect(inkColumns(glyph).last == 27)
        #expect(centreOfMass(glyph).x < 13.5)
    }

    @Test func marginsDoNotMatterOnlyInk() {
        let inner: [UInt8] = [
            0, 1, 1, 0,
            1, 0, 0, 1,
            1, 0, 0, 1,
            0, 1, 1, 0,
        ]
        var padded = [UInt8](repeating: 0, count: 10 * 9)
        for y in 0..<4 { for x in 0..<4 { padded[(y + 3) * 10 + x + 5] = inner[y * 4 + x] } }
        #expect(
            DigitGlyph(normalizing: InkMask(width: 4, height: 4, pixels: inner))
                == DigitGlyph(normalizing: InkMask(width: 10, height: 9, pixels: padded))
        )
    }

    @Test func areaAveragingKeepsTheInkShare() {
        // A 40x40 checkerboard scaled to 20x20: every output pixel averages 2x2 = half ink.
        let pixels = (0..<1600).map { UInt8(($0 / 40 + $0 % 40) % 2) }
        let glyph = DigitGlyph(normalizing: InkMask(width: 40, height: 40, pixels: pixels))
        let inked = glyph.pixels.filter { $0 > 0 }
        #expect(inked.count == 400)
        #expect(inked.allSatisfy { abs($0 - 0.5) < 1e-6 })
    }

    @Test func emptyMaskGivesBlankGlyph() {
        let glyph = DigitGlyph(normalizing: InkMask(width: 3, height: 2, pixels: [0, 0, 0, 0, 0, 0]))
        #expect(glyph.pixels.count == 784)
        #expect(glyph.pixels.allSatisfy { $0 == 0 })
    }
}
