/// Weighs independent readings of a number's digits into one value with a confidence.
///
/// The handwriting reader gives a probability to each of its alternatives; every other source
/// (OCR's reading of the printed line, tesseract's digit-only reading of the same ink, the
/// clerk's file name, the number written again on another page) either agrees with a candidate
/// or not. A candidate's weight is its reader probability (a small floor when the reader did not
/// propose it) times, for each agreeing source, that source's likelihood ratio; the weights,
/// normalised over the candidates, are the confidences.
///
/// ```swift
/// NumberWeighing(handwriting: [("345", 0.51), ("349", 0.08)], repeats: ["349"]).ranked().first
/// // ("349", 0.6, [.handwriting, .repeated])
/// ```
struct NumberWeighing: Sendable {
    /// A kind of reading.
    enum Source: Sendable, Hashable {
        case handwriting, printed, ocrDigits, fileName, repeated

        /// How much more likely the source is to name the right digits than a given wrong
        /// candidate. OCR of handwriting is weak; a clerk's file name and a second writing of the
        /// number on the page are strong but not certain.
        var ratio: Double {
            switch self {
            case .handwriting: 1
            case .printed: 3
            case .ocrDigits: 2
            case .fileName: 12
            case .repeated: 15
            }
        }

        /// The confidence shown for a reading of this source in the evidence.
        var trust: Double {
            switch self {
            case .handwriting: 0.5
            case .printed: 0.85
            case .ocrDigits: 0.4
            case .fileName: 0.8
            case .repeated: 0.9
            }
        }
    }

    /// One candidate after weighing.
    struct Candidate: Sendable, Hashable {
        var digits: String
        var confidence: Double
        /// The sources that read these digits.
        var sources: Set<Source>
    }

    var handwriting: [(digits: String, probability: Double)] = []
    var printed: String?
    /// OCR's printed digits were read cleanly (no letter/digit repair).
    var printedIsClean = false
    /// The ink where OCR read those digits looks handwritten (OCR of handwriting is weak).
    var printedLooksHandwritten = true
    var ocrDigits: String?
    var fileName: String?
    var repeats: [String] = []

    /// The weight a candidate that the handwriting reader did not propose starts from.
    static let floor = 0.02

    /// Candidates, most probable first.
    func ranked() -> [Candidate] {
        var weights: [Int: (digits: String, weight: Double, sources: Set<Source>)] = [:]
        func key(_ digits: String) -> Int? { Int(digits) }
        func add(_ digits: String?, _ source: Source, ratio: Double) {
            guard let digits, let k = key(digits) else { return }
            var entry = weights[k] ?? (digits, Self.floor, [])
            guard !entry.sources.contains(source) else { return }
            entry.weight *= ratio
            entry.sources.insert(source)
            weights[k] = entry
        }
        // The reader's alternatives first (their probabilities replace the floor).
        for (digits, p) in handwriting {
            guard let k = key(digits), weights[k] == nil else { continue }
            weights[k] = (digits, max(p, Self.floor / 2), [.handwriting])
        }
        // Clean printed digits where nothing looks handwritten are strong; OCR of handwriting is weak.
        add(printed, .printed, ratio: printedLooksHandwritten ? Source.printed.ratio : (printedIsClean ? 40 : 8))
        add(ocrDigits, .ocrDigits, ratio: Source.ocrDigits.ratio)
        add(fileName, .fileName, ratio: Source.fileName.ratio)
        for r in Set(repeats) { add(r, .repeated, ratio: Source.repeated.ratio) }
        // Candidates only a weak source proposed, with no reader probability, stay at the floor.
        let total = weights.values.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return [] }
        // The reader's mass outside its listed alternatives is a candidate too ("something else"),
        // so a lone unsure reading does not become sure by normalisation.
        let listed = handwriting.reduce(0) { $0 + $1.probability }
        let other = handwriting.isEmpty ? Self.floor : max(Self.floor, 1 - listed)
        let norm = total + other
        return weights.values
            .map { Candidate(digits: $0.digits, confidence: $0.weight / norm, sources: $0.sources) }
            .sorted { $0.confidence > $1.confidence || ($0.confidence == $1.confidence && $0.digits < $1.digits) }
    }
}
