import Logging
public import PostgresNIO

/// One named change of the database schema, applied once, in its own transaction.
///
/// Names are permanent: a migration is never edited once released; a later change is a new
/// migration appended to ``PostgresMigrator/vanthu``.
///
/// ```swift
/// let migration = PostgresMigration(name: "v2-job-priority", statements: [
///     "ALTER TABLE jobs ADD COLUMN priority int NOT NULL DEFAULT 0",
/// ])
/// ```
public struct PostgresMigration: Sendable {
    /// The migration's permanent name, recorded in `vanthu_migrations`.
    public var name: String
    /// The work, run inside the migration's transaction.
    public var apply: @Sendable (PostgresConnection, Logger) async throws -> Void

    /// A migration made of plain SQL statements, run in order (the extended protocol takes one
    /// statement per query, so each is its own element).
    /// - Parameters:
    ///   - name: The permanent name.
    ///   - statements: SQL statements without parameters.
    public init(name: String, statements: [String]) {
        self.name = name
        self.apply = { connection, logger in
            for statement in statements {
                try await connection.run(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
        }
    }

    /// A migration that runs arbitrary work on the transaction's connection.
    /// - Parameters:
    ///   - name: The permanent name.
    ///   - apply: The work; it must not commit or roll back.
    public init(name: String, apply: @escaping @Sendable (PostgresConnection, Logger) async throws -> Void) {
        self.name = name
        self.apply = apply
    }
}
