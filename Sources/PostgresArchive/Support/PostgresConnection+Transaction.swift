import Logging
import PostgresNIO

extension PostgresConnection {
    /// Runs `body` between `BEGIN` and `COMMIT`, or `ROLLBACK` when it throws.
    ///
    /// Unlike postgres-nio's `withTransaction`, the closure's own error is rethrown as it is (a
    /// ``PostgresArchiveError`` stays one), not wrapped in a `PostgresTransactionError`.
    func transaction<Result: Sendable>(
        logger: Logger,
        isolation: isolated (any Actor)? = #isolation,
        _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        try await query("BEGIN", logger: logger)
        do {
            let value = try await body(self)
            try await query("COMMIT", logger: logger)
            return value
        } catch {
            // A failed COMMIT has already ended the transaction; ROLLBACK then only warns.
            _ = try? await query("ROLLBACK", logger: logger)
            throw error
        }
    }

    /// Runs a statement and drains its rows (for statements whose rows do not matter).
    func run(_ statement: PostgresQuery, logger: Logger) async throws {
        let rows = try await query(statement, logger: logger)
        for try await _ in rows {}
    }
}
