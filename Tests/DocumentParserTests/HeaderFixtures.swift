import Foundation
import TestSupport

@testable import DocumentParser

/// Test inputs read from the repository (``RepositoryPaths``, not bundle resources).
enum HeaderFixtures {
    /// Tests/DocumentParserTests/
    static let testsDirectory = RepositoryPaths.tests("DocumentParserTests")

    /// The clerk's file names of the real-dev scans (shared/real-dev/SOURCES.txt).
    static let clerkNames: [String: String] = [
        "d01": "01CT_20250509_154257.pdf",
        "d02": "09 TTR.signed_20250219_012025.pdf",
        "d03": "22 TTR.signed_20250510_124908.pdf",
        "d04": "280 BC.signed_20250219_164611.pdf",
        "d05": "574 UB.signed_20250510_124908.pdf",
        "d06": "bnt - BTTTT - Gop y du thao sua doi bo sung Chuong trinh VTCI.signed_20250510_124909.pdf",
        "d07": "47 QĐ UB.signed (1)_20250510_124908.pdf",
        "d08": "88 QĐ UB.signed_20250513_162547.pdf",
    ]

    /// The OCR text of a real-dev scan, pages split at form feeds, with the clerk's file name as path.
    static func realDev(_ id: String, path: String? = nil) throws -> DocumentText {
        let url = testsDirectory.appendingPathComponent("Fixtures/realdev-ocr/\(id).txt")
        let raw = try String(contentsOf: url, encoding: .utf8)
        let pages = raw.components(separatedBy: "\u{0C}").enumerated().map { DocumentText.Page(number: $0.offset + 1, text: $0.element) }
        return DocumentText(path: path ?? clerkNames[id] ?? "\(id).pdf", sha256: String(repeating: "0", count: 64), pages: pages, source: .ocr)
    }

    /// The seed plan (shared/seeds beside the package).
    static func seed() throws -> DocumentText {
        let url = RepositoryPaths.shared("seeds/000_2394030464bafa6d.txt")
        let raw = try String(contentsOf: url, encoding: .utf8)
        return DocumentText(path: "000_2394030464bafa6d.txt", sha256: String(repeating: "0", count: 64), pages: [.init(number: 1, text: raw)])
    }

    /// A one-page document from a string.
    static func text(_ s: String, path: String = "test.txt", signature: String? = nil) -> DocumentText {
        DocumentText(path: path, sha256: String(repeating: "0", count: 64), pages: [.init(number: 1, text: s)], signatureText: signature)
    }
}
