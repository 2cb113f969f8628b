import ArchiveSynthetic
import DocumentParser
import Foundation
import Synchronization

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

/// The archives' directories, kept until the test process ends. A test that drops the directory
/// (`let (archive, _) = try Fixtures.archive()`) would otherwise delete the database under an
/// open archive, whose next reader connection then opens an empty file: a test that passes or
/// fails by which connection its reads take.
private let keptDirectories = Mutex<[TemporaryDirectory]>([])

/// Removes the kept directories when the test process exits (installed once).
private let removeKeptDirectoriesAtExit: Void = {
    atexit { keptDirectories.withLock { $0.removeAll() } }
}()

extension DocumentFixtures {
    /// A store in a new temporary directory, kept until the test process ends.
    static func archive() throws -> (SQLiteArchive, TemporaryDirectory) {
        removeKeptDirectoriesAtExit
        let directory = try TemporaryDirectory()
        keptDirectories.withLock { $0.append(directory) }
        try FileManager.default.createDirectory(atPath: directory.path("Indexes"), withIntermediateDirectories: true)
        return (try SQLiteArchive(path: directory.path("Indexes/archive.sqlite")), directory)
    }
}
