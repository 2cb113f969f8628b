import PostgresArchive

/// Opens the ingest queue of a PostgreSQL `--index` for `enqueue`, `worker` and `jobs`: connects,
/// brings the schema up to date (each migration once, under an advisory lock, so N workers may
/// start together) and lends the queue to a closure.
enum QueueAccess {
    /// Runs `body` with the queue of the database `--index` names.
    /// - Parameters:
    ///   - location: The parsed `--index`; an SQLite file is refused.
    ///   - command: The command's name, for the refusal.
    ///   - body: The command's work.
    /// - Returns: What `body` returns.
    /// - Throws: ``CommandError`` `queue-needs-postgres` for an SQLite file, ``PostgresArchiveError``
    ///   when the server cannot be reached or migrated, or what `body` throws.
    static func withQueue<Result: Sendable>(
        _ location: ArchiveLocation,
        command: String,
        isolation: isolated (any Actor)? = #isolation,
        _ body: (PostgresLocation, IngestQueue) async throws -> Result
    ) async throws -> Result {
        guard case .postgres(let postgres) = location else {
            throw CommandError.queueNeedsPostgres(command, location.display)
        }
        return try await postgres.withClient { client in
            try await PostgresMigrator.vanthu.migrate(client)
            return try await body(postgres, IngestQueue(client: client))
        }
    }
}
