import Archive
import PostgresArchive

/// The one place the commands open an archive, SQLite file or PostgreSQL database, as
/// `any ArchiveStore`.
///
/// The archive is lent to a closure rather than returned: a PostgreSQL archive runs on a
/// connection pool that must run while it is used and be shut down afterwards.
enum ArchiveOpener {
    /// How the command uses the archive.
    enum Access: Sendable {
        /// Reads an archive that must exist already (`search`, `show`, `graph`, `deadlines`, `list`).
        case readExisting
        /// Reads and writes, creating the archive when there is none (`ingest`).
        case readWrite
    }

    /// Opens the archive at `location` and runs `body` with it.
    /// - Parameters:
    ///   - location: The parsed `--index`.
    ///   - access: Read an existing archive, or read and write (creating it).
    ///   - body: The command's work.
    /// - Returns: What `body` returns.
    /// - Throws: ``ArchiveError`` when an SQLite archive cannot be opened (none yet, for reading),
    ///   ``PostgresArchive/PostgresArchiveError`` when the PostgreSQL server cannot be reached,
    ///   or what `body` throws.
    static func withArchive<Result: Sendable>(
        _ location: ArchiveLocation,
        access: Access,
        isolation: isolated (any Actor)? = #isolation,
        _ body: (any ArchiveStore) async throws -> Result
    ) async throws -> Result {
        switch location {
        case .file(let path):
            let archive: SQLiteArchive =
                switch access {
                case .readExisting: try SQLiteArchive.openExisting(path: path)
                case .readWrite: try SQLiteArchive(path: path)
                }
            return try await body(archive)
        case .postgres(let location):
            return try await withPostgresArchive(location, body)
        }
    }
}
