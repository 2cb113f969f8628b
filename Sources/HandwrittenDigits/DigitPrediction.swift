/// What the classifier says about one glyph.
public struct DigitPrediction: Sendable, Hashable {
    /// Index of the "not a digit" class in ``probabilities``.
    public static let junkClass = 10

    /// The digit 0...9 that won, or `nil` when "not a digit" won.
    public let digit: Int?
    /// Probability of the winning class (digit or junk), 0...1.
    public let confidence: Double
    /// Softmax probabilities: indices 0...9 the digits, index 10 "not a digit".
    public let probabilities: [Double]

    init(digit: Int?, confidence: Double, probabilities: [Double]) {
        self.digit = digit
        self.confidence = confidence
        self.probabilities = probabilities
    }

    /// Reads the winner off a probability vector of 11 classes.
    /// - Parameter probabilities: Softmax output, index 10 = not a digit.
    public init(probabilities: [Double]) {
        self.probabilities = probabilities
        var best = 0
        for (index, p) in probabilities.enumerated() where p > probabilities[best] { best = index }
        digit = best == Self.junkClass || probabilities.isEmpty ? nil : best
        confidence = probabilities.isEmpty ? 0 : probabilities[best]
    }

    /// The most probable digit 0...9 even when junk won, with its probability: for a caller that
    /// already knows a digit must be there.
    public var bestDigit: (digit: Int, probability: Double) {
        var best = 0
        for index in 0..<min(10, probabilities.count) where probabilities[index] > probabilities[best] { best = index }
        return (best, probabilities.isEmpty ? 0 : probabilities[best])
    }
}
