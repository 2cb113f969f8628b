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

    @Test(arguments: [0.0, 0.5, -0.7])
    func theSlantIsTheShearThatMadeIt(factor: Double) {
        let tall = InkMask(width: 3, height: 40, pixels: Array(repeating: 1, count: 120))
        #expect(abs(tall.sheared(factor).slant - factor) < 0.05)
    }

    @Test func aBlankOrTinyMaskHasNoSlant() {
        #expect(InkMask(width: 2, height: 2, pixels: [1, 1, 1, 1]).slant == 0)
        #expect(InkMask(width: 4, height: 4, pixels: Array(repeating: 0, count: 16)).slant == 0)
    }

    /// Held-out digits leaning far past the training's pens (a shear of -0.9: the top 42° to the
    /// right) read better with the writer's slant than without, and upright ones lose nothing.
    @Test func theWritersSlantHelpsFarLeaningHandsAndCostsUprightOnesNothing() throws {
        let fixture = try HeldOutFixture.load()
        let digits = fixture.samples.filter { $0.label < 10 }.prefix(80)
        let classifier = DigitClassifier.bundled
        func right(_ p: [Double], _ label: Int) -> Bool { p.prefix(10).enumerated().max { $0.element < $1.element }?.offset == label }
        var leaningPlain = 0
        var leaningStood = 0
        var uprightPlain = 0
        var uprightStood = 0
        for sample in digits {
            let leaning = sample.mask.sheared(-0.9)
            if right(classifier.classifyVariants(of: leaning), sample.label) { leaningPlain += 1 }
            if right(classifier.classifyVariants(of: leaning, writerSlant: -0.9), sample.label) { leaningStood += 1 }
            if right(classifier.classifyVariants(of: sample.mask), sample.label) { uprightPlain += 1 }
            // Below the threshold the slant changes nothing.
            if right(classifier.classifyVariants(of: sample.mask, writerSlant: 0.2), sample.label) { uprightStood += 1 }
        }
        #expect(leaningStood > leaningPlain)
        #expect(uprightStood == uprightPlain)
    }
}
