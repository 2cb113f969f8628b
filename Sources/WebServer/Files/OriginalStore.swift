import Foundation
import HTTPTypes
import OCR

/// The originals of uploaded documents, kept under `<index>.files/` by SHA-256, and the staging
/// folder uploads wait in. Paths are only ever built from a validated digest or from names this
/// type makes itself, never from request text.
struct OriginalStore: Sendable {
    /// `<index>.files`.
    let directory: String

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

    /// The original of an archived document: the kept copy, else the file it was ingested from when
    /// that file still exists with the same content.
    func original(sha256: String, sourcePath: String) -> String? {
        if let kept = keptPath(sha256: sha256) { return kept }
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

    /// Writes an upload into a fresh staging folder under a safe version of its name.
    /// - Returns: the staged file's path.
    func stage(_ data: Data, name: String, job: Int) throws -> String {
        let folder = incomingDirectory + "/\(job)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + Self.safeName(name)
        guard FileManager.default.createFile(atPath: path, contents: data) else {
            throw WebError(.internalServerError, "Không ghi được tệp tải lên vào thư mục của kho lưu trữ.")
        }
        return path
    }

    /// Removes a job's staging folder.
    func removeStaging(job: Int) {
        try? FileManager.default.removeItem(atPath: incomingDirectory + "/\(job)")
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
