import ArchiveSynthetic
import DocumentParser
import Foundation

@testable import Archive

/// A fresh temporary directory per test, removed when the test lets go of it.
final class TemporaryDirectory: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("vanthu-archive-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        try? FileManager.default.removeItem(at: url)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// The archive tests' fixtures: the shared documents (``DocumentFixtures``) and a fresh archive.
typealias Fixtures = DocumentFixtures

extension DocumentFixtures {
    /// A store in a new temporary directory.
    static func archive() throws -> (SQLiteArchive, TemporaryDirectory) {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory.path("Indexes"), withIntermediateDirectories: true)
        return (try SQLiteArchive(path: directory.path("Indexes/archive.sqlite")), directory)
    }
}
