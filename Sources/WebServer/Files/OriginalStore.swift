import Foundation
import HTTPTypes
import OCR

/// The originals of uploaded documents, kept under `<index>.files/` by SHA-256, and the staging
/// folder uploads wait in. Paths are only ever built from a validated digest or from names this
/// type makes itself, never from request text.
///
/// On a PostgreSQL archive the originals live in the database (the ingest queue's chunked
/// files, ``PostgresArchive/IngestQueue/fileBytes(sha256:)``), where every server reaches them;
/// `directory` is then this server's cache of the ones it was asked for (and of the searchable
/// PDFs it made).
struct OriginalStore: Sendable {
    /// `<index>.files`, or the cache of a server on a PostgreSQL archive.
    let directory: String
    /// The bytes of a file the database keeps by SHA-256 (`nil` when it has none); `nil` for an
    /// SQLite archive.
    var database: (@Sendable (String) async throws -> Data?)?

    /// Where uploads wait for the ingest: `<index>.files/incoming`.
    var incomingDirectory: String { directory + "/incoming" }

    /// Whether `text` is 64 lowercase hex digits.
    static func isDigest(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    /// The kept original with this digest, when there is one.
    func keptPath(sha256: String) -> String? {
        let digest = sha256.lowercased()
        guard Self.isDigest(digest) else { return nil }
        let path = directory + "/" + digest
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// The original of an archived document: the kept copy, else the database's (copied into
    /// ``directory`` first), else the file it was ingested from when that file still exists with
    /// the same content.
    func original(sha256: String, sourcePath: String) async -> String? {
        if let kept = keptPath(sha256: sha256) { return kept }
        if let database, Self.isDigest(sha256.lowercased()), let data = try? await database(sha256.lowercased()) {
            return try? await WebApp.background { try keep(data, sha256: sha256.lowercased()) }
        }
        guard FileManager.default.fileExists(atPath: sourcePath),
            RegularFile.kind(of: sourcePath) == .regular,
            let digest = FileDigest.sha256(path: sourcePath), digest == sha256.lowercased()
        else { return nil }
        return sourcePath
    }

    /// Copies `path` into the store under its digest (written to a temporary name, then renamed).
    func keep(_ path: String, sha256: String) throws {
        let digest = sha256.lowercased()
        guard Self.isDigest(digest) else { return }
        let target = directory + "/" + digest
        let fileManager = FileManager.default
        guard !fileManager.fileExists(atPath: target) else { return }
        try fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let temporary = directory + "/." + digest + ".part"
        try? fileManager.removeItem(atPath: temporary)
        try fileManager.copyItem(atPath: path, toPath: temporary)
        try fileManager.moveItem(atPath: temporary, toPath: target)
    }

    /// Writes bytes into the store under their digest (to a temporary name, then renamed).
    /// - Returns: the kept file's path.
    func keep(_ data: Data, sha256 digest: String) throws -> String {
        let target = directory + "/" + digest
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: target) { return target }
        try fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let temporary = directory + "/." + digest + "." + UUID().uuidString + ".part"
        try data.write(to: URL(fileURLWithPath: temporary))
        do {
            try fileManager.moveItem(atPath: temporary, toPath: target)
        } catch {
            try? fileManager.removeItem(atPath: temporary)
            guard fileManager.fileExists(atPath: target) else { throw error }  // another request kept it first
        }
        return target
    }

    /// Writes an upload into a fresh staging folder under a safe version of its name.
    /// - Returns: the staged file's path.
    func stage(_ data: Data, name: String, job: Int) throws -> String {
        try stage(data, name: name, folder: String(job))
    }

    /// Writes an upload into `incoming/<folder>/` under a safe version of its name.
    /// - Returns: the staged file's path.
    func stage(_ data: Data, name: String, folder subfolder: String) throws -> String {
        let folder = incomingDirectory + "/" + subfolder
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + Self.safeName(name)
        guard FileManager.default.createFile(atPath: path, contents: data) else {
            throw WebError(.internalServerError, "Không ghi được tệp tải lên vào thư mục của kho lưu trữ.")
        }
        return path
    }

    /// Removes a job's staging folder.
    func removeStaging(job: Int) {
        removeStaging(folder: String(job))
    }

    /// Removes the staging folder `incoming/<folder>`.
    func removeStaging(folder: String) {
        try? FileManager.default.removeItem(atPath: incomingDirectory + "/" + folder)
    }

    /// A file name with no folder, no control characters and no leading dot, at most 120 characters;
    /// "tệp" when nothing is left. The name matters: the parser reads numbers from it ("280 BC.pdf").
    static func safeName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var cleaned = String(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init))
        while cleaned.hasPrefix(".") { cleaned.removeFirst() }
        cleaned = cleaned.trimmingCharacters(in: .whitespaces)
        if cleaned.count > 120 { cleaned = String(cleaned.suffix(120)) }
        return cleaned.isEmpty ? "tệp" : cleaned
    }
}
