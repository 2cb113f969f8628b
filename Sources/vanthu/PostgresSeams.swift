import Archive
import DocumentParser
import PostgresArchive
import PostgresNIO

// The two places where the PostgreSQL document archive (`PostgresDocumentArchive`, module
// `PostgresArchive`) plugs into the command line: the archive commands on a `postgres://` index,
// and a worker's store inside its job's completion.

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

/// Stores a document a worker parsed, inside the transaction that marks its job done
/// (``WorkerCommand`` calls it from `IngestQueue.complete`): the document is stored if and only if
/// the job is done. It must not commit or roll back.
///
/// - Parameters:
///   - parsed: The parser's output.
///   - text: The pages the parser read (its path is the one the file was enqueued from).
///   - words: The word boxes of the scanned pages (empty for text files and text-layer PDFs).
///   - connection: The job's transaction.
/// - Returns: Whether the document was stored or recognised as a duplicate.
/// - Throws: ``Archive/ArchiveError``.
func storeInJob(
    parsed: ParsedDocument,
    text: DocumentText,
    words: [PageWords],
    connection: PostgresConnection
) async throws -> StoreOutcome {
    try await PostgresDocumentArchive.store(parsed, text: text, words: words, on: connection)
}
