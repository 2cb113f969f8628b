import Archive
import DocumentParser
import PostgresArchive
import PostgresNIO

// Where the PostgreSQL document archive (`PostgresDocumentArchive`, module `PostgresArchive`)
// plugs into the command line: the archive commands on a `postgres://` index. (A worker's store
// inside its job's completion is in `JobWorker`, module `Pipeline`.)

/// Opens the PostgreSQL archive at `location` and runs `body` with it (every archive command
/// with `--index postgres://…` comes here, through ``ArchiveOpener``).
///
/// The schema is migrated first (safe when several processes start at once).
/// - Throws: what `body` throws; ``PostgresArchive/PostgresArchiveError`` when the server cannot be
///   reached or its schema is newer.
func withPostgresArchive<Result: Sendable>(
    _ location: PostgresLocation,
    isolation: isolated (any Actor)? = #isolation,
    _ body: (any ArchiveStore) async throws -> Result
) async throws -> Result {
    try await location.withClient { client in
        let archive = PostgresDocumentArchive(client: client)
        try await archive.migrate()
        return try await body(archive)
    }
}
