import Archive
import DocumentParser
import PostgresArchive
import PostgresNIO

// The two places where the PostgreSQL document archive (`PostgresDocumentArchive`, module
// `PostgresArchive`) plugs into the command line. Until it is there, both throw
// `postgres-archive-missing`: the commands on a `postgres://` archive say so, and a worker fails
// its job with that reason (not retried, never lost).

/// Opens the PostgreSQL archive at `location` and runs `body` with it (every archive command
/// with `--index postgres://…` comes here, through ``ArchiveOpener``).
///
/// Wiring: run `location.withClient`, migrate (`PostgresMigrator.vanthu`), make the archive on the
/// client and call `body` with it inside the closure.
/// - Throws: ``CommandError`` `postgres-archive-missing` for now.
func withPostgresArchive<Result>(
    _ location: PostgresLocation,
    isolation: isolated (any Actor)? = #isolation,
    _ body: (any ArchiveStore) async throws -> Result
) async throws -> Result {
    throw CommandError.postgresArchiveMissing(location.redacted)
}

/// Stores a document a worker parsed, inside the transaction that marks its job done
/// (``WorkerCommand`` calls it from `IngestQueue.complete`): the document is stored if and only if
/// the job is done. It must not commit or roll back.
///
/// Wiring: store `parsed` and `text` (and the word boxes `words`) on `connection` with the
/// PostgreSQL archive's transaction-level store, returning its outcome.
/// - Parameters:
///   - parsed: The parser's output.
///   - text: The pages the parser read (its path is the one the file was enqueued from).
///   - words: The word boxes of the scanned pages (empty for text files and text-layer PDFs).
///   - connection: The job's transaction.
/// - Returns: Whether the document was stored or recognised as a duplicate.
/// - Throws: ``CommandError`` `postgres-archive-missing` for now.
func storeInJob(
    parsed: ParsedDocument,
    text: DocumentText,
    words: [PageWords],
    connection: PostgresConnection
) async throws -> StoreOutcome {
    throw CommandError.postgresArchiveMissing("worker")
}
