import Foundation

/// The one error the archive throws: what went wrong, in words a clerk can act on.
///
/// Raw SQLite errors never leave the module; they are mapped to a ``Code`` and kept, as text, in
/// ``underlying`` for the log.
///
/// ```swift
/// do { _ = try SQLiteArchive(path: "Indexes/archive.sqlite") }
/// catch let error as ArchiveError where error.code == .newerSchema { print(error) }
/// ```
public struct ArchiveError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure this is.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        let name: String

        /// The file is not an archive: corrupt, truncated, or another kind of file.
        public static let notAnArchive = Code(name: "not-an-archive")
        /// The file is an SQLite database made by another program.
        public static let foreignDatabase = Code(name: "foreign-database")
        /// The archive was written by a newer version of vanthu.
        public static let newerSchema = Code(name: "newer-schema")
        /// The archive or its directory cannot be written.
        public static let readOnly = Code(name: "read-only")
        /// The disk (or the archive's size limit) is full.
        public static let diskFull = Code(name: "disk-full")
        /// The archive is locked by another program for too long.
        public static let busy = Code(name: "busy")
        /// No document matches.
        public static let notFound = Code(name: "not-found")
        /// Several documents match a reference.
        public static let ambiguous = Code(name: "ambiguous")
        /// An argument is malformed (a date, a limit).
        public static let invalidArgument = Code(name: "invalid-argument")
        /// Any other input/output failure.
        public static let io = Code(name: "io")

        /// The code's name ("disk-full").
        public var description: String { name }
    }

    /// What kind of failure this is.
    public var code: Code
    /// The message for the user.
    public var message: String
    /// The archive file concerned, when known.
    public var path: String?
    /// The underlying error, as text, for logs.
    public var underlying: String?

    /// Creates an archive error.
    public init(_ code: Code, _ message: String, path: String? = nil, underlying: String? = nil) {
        self.code = code
        self.message = message
        self.path = path
        self.underlying = underlying
    }

    /// The message, with the file it concerns.
    public var description: String {
        if let path { return "\(message) (\(path))" }
        return message
    }
}
