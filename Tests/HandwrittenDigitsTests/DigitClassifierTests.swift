import Testing

@testable import HandwrittenDigits

@Suite("The digit classifier reads held-out handwriting as the Python model does")
struct DigitClassifierTests {
    @Test func bundledWeightsLoad() throws {
        #expect(DigitClassifier.bundled.loadError == nil)
        _ = try DigitClassifier.load()
    }

    @Test func agreesWithPythonAndKeepsItsAccuracy() throws {
        let fixture = try HeldOutFixture.load()
        try #require(fixture.samples.count >= 300)
        let classifier = try DigitClassifier.load()
        var agree = 0
        var digitsRight = 0
        var digits = 0
        var junkRejected = 0
        var junk = 0
        var maxProbabilityGap = 0.0
        for sample in fixture.samples {
            let prediction = classifier.classify(sample.mask)
            let argmax = prediction.digit ?? DigitPrediction.junkClass
            if argmax == sample.pythonArgmax { agree += 1 }
            maxProbabilityGap = max(maxProbabilityGap, abs(prediction.probabilities[argmax] - sample.pythonProbabilities[argmax]))
            if sample.label == DigitPrediction.junkClass {
                junk += 1
                if prediction.digit == nil { junkRejected += 1 }
            } else {
                digits += 1
                if prediction.digit == sample.label { digitsRight += 1 }
            }
        }
        #expect(Double(agree) >= 0.99 * Double(fixture.samples.count), "Swift and Python agree on \(agree) of \(fixture.samples.count)")
        #expect(maxProbabilityGap < 0.02)
        let accuracy = Double(digitsRight) / Double(digits)
        #expect(accuracy >= fixture.pythonDigitAccuracy - 0.01, "held-out accuracy \(accuracy) vs Python \(fixture.pythonDigitAccuracy)")
        #expect(accuracy >= 0.9)
        #expect(Double(junkRejected) >= 0.8 * Double(junk), "junk rejected \(junkRejected) of \(junk)")
    }

    @Test func damagedWeightsFailLoudly() throws {
        let first = try #require(DigitWeights.members.first)
        #expect(throws: DigitWeightsError.self) {
            try DigitClassifier.load(members: ["not base64 at all!"], layers: DigitWeights.layers)
        }
        #expect(throws: DigitWeightsError.self) {
            try DigitClassifier.load(members: [first, String(first.dropLast(8))], layers: DigitWeights.layers)
        }
        #expect(throws: DigitWeightsError.self) {
            try DigitClassifier.load(members: [], layers: DigitWeights.layers)
        }
        var wrongShapes = DigitWeights.layers
        wrongShapes[0].shape = [1, 12, 5, 5]
        #expect(throws: DigitWeightsError.self) {
            try DigitClassifier.load(members: [first], layers: wrongShapes)
        }
    }

    @Test func theMembersVoteTogether() throws {
        // The bundled classifier averages every member; one member alone answers differently on
        // some held-out glyph (else the ensemble would be one network written several times).
        let members = DigitWeights.members
        #expect(DigitClassifier.bundled.members == members.count)
        guard members.count > 1 else { return }
        let alone = try DigitClassifier.load(members: [members[0]], layers: DigitWeights.layers)
        let fixture = try HeldOutFixture.load()
        var differs = 0
        for sample in fixture.samples.prefix(100) {
            let a = alone.classify(sample.mask).probabilities
            let b = DigitClassifier.bundled.classify(sample.mask).probabilities
            if zip(a, b).contains(where: { abs($0 - $1) > 0.01 }) { differs += 1 }
        }
        #expect(differs > 0)
    }

    @Test func emptyMaskIsNotADigitOrAtLeastNotConfident() {
        let prediction = DigitClassifier.bundled.classify(InkMask(width: 5, height: 5, pixels: Array(repeating: 0, count: 25)))
        #expect(prediction.probabilities.count == 11)
        #expect(abs(prediction.probabilities.reduce(0, +) - 1) < 1e-6)
    }

    @Test(arguments: [(UInt16(0x3C00), Float(1)), (0xC000, -2), (0x3555, 0.333251953125), (0x0001, 5.9604645e-8), (0x0000, 0)])
    func halfFloats(bits: UInt16, value: Float) {
        #expect(DigitWeightsDecoder.floatFromHalf(bits) == value)
    }
}
