import Foundation

/// How long each step of a worker's jobs took (`vanthu worker --timings`): where the queue's cost
/// per file goes, next to the OCR that `vanthu ingest` pays too.
public struct JobTimings: Sendable {
    /// The steps, in the order a job goes through them.
    public enum Step: Int, CaseIterable, Sendable {
        case claim, fetch, temporaryFile, ocr, parse, store

        /// The step's name in the output.
        public var name: String {
            switch self {
            case .claim: "claim"
            case .fetch: "fetch chunks"
            case .temporaryFile: "temporary file"
            case .ocr: "read/OCR"
            case .parse: "parse"
            case .store: "store + complete"
            }
        }
    }

    /// Time spent in each step, indexed by `Step.rawValue`.
    public private(set) var durations = [Duration](repeating: .zero, count: Step.allCases.count)
    /// Jobs added up.
    public private(set) var jobs = 0

    /// No time spent yet.
    public init() {}

    /// Adds `duration` to `step`.
    public mutating func add(_ step: Step, _ duration: Duration) { durations[step.rawValue] += duration }

    /// Runs `body`, adding its time to `step`.
    public mutating func time<T>(_ step: Step, _ body: () async throws -> T) async rethrows -> T {
        let start = ContinuousClock.now
        defer { add(step, ContinuousClock.now - start) }
        return try await body()
    }

    /// Adds another job's (or worker's) timings.
    public mutating func add(_ other: JobTimings) {
        for step in Step.allCases { add(step, other.durations[step.rawValue]) }
        jobs += max(1, other.jobs)
    }

    /// The sum of every step.
    public var total: Duration { durations.reduce(.zero, +) }

    /// One line: each step in milliseconds (and its share of the total).
    public var line: String {
        let total = Self.milliseconds(self.total)
        return Step.allCases.map { step in
            let ms = Self.milliseconds(durations[step.rawValue])
            return "\(step.name) \(String(format: "%.1f", ms)) ms (\(String(format: "%.1f", total > 0 ? ms * 100 / total : 0)) %)"
        }.joined(separator: ", ") + ", total \(String(format: "%.1f", total)) ms"
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}
