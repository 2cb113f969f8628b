import Foundation
import TestSupport

@testable import DocumentParser

/// Loads test inputs from the repository and `../shared` (``RepositoryPaths``): the real-dev OCR
/// fixtures and the shared seed.
enum FixtureLoader {
    /// `Tests/DocumentParserTests/`.
    static let testsDirectory = RepositoryPaths.tests("DocumentParserTests")

    /// The shared seed plan, `../shared/seeds/000_2394030464bafa6d.txt` next to the package.
    static func seed() throws -> DocumentText {
        let body = try String(contentsOf: RepositoryPaths.shared("seeds/000_2394030464bafa6d.txt"), encoding: .utf8)
        return DocumentText(path: "000_2394030464bafa6d.txt", sha256: String(repeating: "0", count: 64), pages: [.init(number: 1, text: body)])
    }

    /// Names of the real-dev OCR fixtures.
    static let realDevNames = ["d01", "d02", "d03", "d04", "d05", "d06", "d07", "d08"]

    /// One real-dev OCR text, pages split at form feeds.
    static func realDev(_ name: String) throws -> DocumentText {
        let url = testsDirectory.appendingPathComponent("Fixtures/realdev-ocr/\(name).txt")
        let body = try String(contentsOf: url, encoding: .utf8)
        let pages = body.split(separator: "\u{0C}", omittingEmptySubsequences: false).enumerated().map {
            DocumentText.Page(number: $0.offset + 1, text: String($0.element))
        }
        return DocumentText(path: "\(name).pdf", sha256: String(repeating: "0", count: 64), pages: pages, source: .ocr)
    }

    /// A one-page document.
    static func text(_ body: String) -> DocumentText {
        DocumentText(path: "t.txt", sha256: String(repeating: "0", count: 64), pages: [.init(number: 1, text: body)])
    }
}
