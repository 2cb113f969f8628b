public import Foundation

/// Where tests find their inputs, from any working directory: the repository (located once, from
/// this file's path) and `../shared` beside it (real scans, seed plans, hand-checked truth).
///
/// ```swift
/// let scan = RepositoryPaths.shared("real-dev/d04.pdf")
/// let page = RepositoryPaths.repository("Corpus/scans/ttr-ts_stamped_p1.jpg")
/// ```
public enum RepositoryPaths {
    /// The repository's root folder (`Tests/TestSupport/` is two folders below it).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared`: the inputs shared by every checkout, beside the repository.
    public static let sharedRoot: URL = root.deletingLastPathComponent().appendingPathComponent("shared")

    /// A file or folder of the repository.
    /// - Parameter path: relative to the root ("Corpus/status", "Tests/OCRTests/Fixtures/x.png").
    /// - Returns: its URL.
    public static func repository(_ path: String) -> URL {
        root.appendingPathComponent(path)
    }

    /// A file or folder of `../shared`.
    /// - Parameter path: relative to it ("real-dev/d04.pdf", "seeds/000_2394030464bafa6d.txt").
    /// - Returns: its URL.
    public static func shared(_ path: String) -> URL {
        sharedRoot.appendingPathComponent(path)
    }

    /// The folder of a test target ("DocumentParserTests" → `Tests/DocumentParserTests/`).
    /// - Parameter target: the test target's name.
    /// - Returns: its URL.
    public static func tests(_ target: String) -> URL {
        root.appendingPathComponent("Tests").appendingPathComponent(target)
    }
}
