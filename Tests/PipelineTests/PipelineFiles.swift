import Foundation

/// Files for the pipeline's tests: the repository's corpus, its fixtures, and a temporary folder.
enum PipelineFiles {
    /// The repository's root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file of `Corpus/`.
    static func corpus(_ path: String) -> String {
        root.appendingPathComponent("Corpus").appendingPathComponent(path).path
    }

    /// A file of `Tests/PipelineTests/Fixtures/`.
    static func fixture(_ name: String) -> String {
        root.appendingPathComponent("Tests/PipelineTests/Fixtures").appendingPathComponent(name).path
    }

    /// A new empty folder; the caller removes it.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vanthu-pipeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes `data` to `name` in `folder` and returns its path.
    static func write(_ data: Data, named name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }
}
