import Testing

@testable import HandwrittenDigits

/// The pen variants a glyph is read under besides itself.
@Suite struct InkMaskVariantTests {
    static let bar = InkMask(width: 3, height: 12, pixels: Array(repeating: 1, count: 36))

    @Test func aShearSlantsRowsAndKeepsEveryInkPixel() {
        let slanted = Self.bar.sheared(0.5)
        #expect(slanted.height == 12)
        #expect(slanted.pixels.filter { $0 != 0 }.count == 36)
        // The top row moved left of the bottom row.
        let top = (0..<slanted.width).first { slanted.isInk(x: $0, y: 0) } ?? -1
        let bottom = (0..<slanted.width).first { slanted.isInk(x: $0, y: 11) } ?? -1
        #expect(top < bottom)
    }

    @Test func thickeningWidensEveryStroke() {
        let thick = Self.bar.thickened()
        #expect(thick.width == 5 && thick.height == 14)
        #expect(thick.pixels.filter { $0 != 0 }.count == 5 * 14)
    }

    @Test func theAverageOverVariantsIsADistributionThatKeepsClearDigits() throws {
        let fixture = try HeldOutFixture.load()
        var agree = 0
        for sample in fixture.samples.prefix(60) where sample.label < 10 {
            let p = DigitClassifier.bundled.classifyVariants(of: sample.mask)
            #expect(abs(p.reduce(0, +) - 1) < 1e-6)
            if p.prefix(10).enumerated().max(by: { $0.element < $1.element })?.offset == sample.label { agree += 1 }
        }
        #expect(agree >= 45)
    }
}
