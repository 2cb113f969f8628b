import Foundation
import TestSupport

/// Locations of test inputs (``RepositoryPaths``), as the paths the OCR stage reads.
enum Paths {
    static func fixture(_ name: String) -> String { RepositoryPaths.tests("OCRTests").appendingPathComponent("Fixtures/\(name)").path }
    static func corpus(_ name: String) -> String { RepositoryPaths.repository("Corpus/\(name)").path }
    /// `../shared/real-dev/NAME`: real signed scans beside the repository.
    static func realDev(_ name: String) -> String { RepositoryPaths.shared("real-dev/\(name)").path }
}
