/// The digit classifier's weights could not be read: the generated `DigitWeights.swift` is damaged
/// or does not match the network. Regenerate it with `python3 Scripts/digits/train.py`.
public struct DigitWeightsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, for a person.
    public let message: String

    /// - Parameter message: What is wrong, for a person.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String {
        "The handwritten-digit model cannot be loaded: \(message). Regenerate Sources/HandwrittenDigits/DigitWeights.swift with Scripts/digits/train.py."
    }
}
