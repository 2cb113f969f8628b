import Foundation

/// Locations of test inputs, found from this file's path so tests run from any directory.
enum Paths {
    /// The package root.
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func fixture(_ name: String) -> String { root.appendingPathComponent("Tests/OCRTests/Fixtures/\(name)").path }
    static func corpus(_ name: String) -> String { root.appendingPathComponent("Corpus/\(name)").path }
    /// `../shared/real-dev/NAME`: real signed scans beside the repository.
    static func realDev(_ name: String) -> String { root.deletingLastPathComponent().appendingPathComponent("shared/real-dev/\(name)").path }
}
