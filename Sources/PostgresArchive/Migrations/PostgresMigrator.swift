public import Logging
public import PostgresNIO

/// Applies named migrations in order, each once, each in its own transaction, recorded in
/// `vanthu_migrations(name, applied_at)`.
///
/// Every transaction first takes a transaction-scoped advisory lock keyed on the schema, so
/// several processes starting at once (a web server and N workers) apply each migration exactly
/// once: the others wait, then find it recorded.
///
/// ```swift
/// try await location.withClient { client in
///     let applied = try await PostgresMigrator.vanthu.migrate(client)
///     print("applied:", applied)
/// }
/// ```
public struct PostgresMigrator: Sendable {
    /// The migrations, in the order they are applied.
    public var migrations: [PostgresMigration]

    /// A migrator for the given migrations.
    /// - Parameter migrations: In order; names must be distinct.
    public init(_ migrations: [PostgresMigration]) {
        self.migrations = migrations
    }

    /// vanthu's schema: the ingest queue, then (from the lead's next step) the documents.
    public static let vanthu = PostgresMigrator([
        QueueSchema.migration,
        // The archive's tables (documents, pages, words, citations, search); later changes are
        // new named migrations appended here, released ones are never edited.
        DocumentSchema.migration,
        DocumentSchema.inlinePages,
    ])

    /// Applies the migrations not applied yet.
    /// - Parameters:
    ///   - client: A running client.
    ///   - logger: Where to log the statements.
    /// - Returns: The names of the migrations applied by this call, in order (empty when the
    ///   database was up to date).
    /// - Throws: ``PostgresArchiveError/Code/newerSchema`` when the database has migrations this
    ///   version does not know; ``PostgresArchiveError/Code/invalidArgument`` for duplicate names;
    ///   the server's errors, mapped.
    @discardableResult
    public func migrate(_ client: PostgresClient, logger: Logger = PostgresMigrator.quiet) async throws -> [String] {
        let names = migrations.map(\.name)
        guard Set(names).count == names.count else {
            throw PostgresArchiveError(
                .invalidArgument,
                "Hai bước nâng cấp cơ sở dữ liệu trùng tên",
                "Two migrations have the same name",
                underlying: names.joined(separator: ", ")
            )
        }
        do {
            return try await client.withConnection { connection in
                var applied: [String] = []
                for migration in migrations {
                    let didApply = try await connection.transaction(logger: logger) { connection in
                        try await Self.lockAndPrepare(connection, logger: logger)
                        let done = try await Self.appliedNames(connection, logger: logger)
                        try Self.refuseUnknown(done, known: names)
                        guard !done.contains(migration.name) else { return false }
                        try await migration.apply(connection, logger)
                        try await connection.run(
                            "INSERT INTO vanthu_migrations (name, applied_at) VALUES (\(migration.name), now())",
                            logger: logger
                        )
                        return true
                    }
                    if didApply { applied.append(migration.name) }
                }
                return applied
            }
        } catch {
            throw PostgresArchiveError.wrapping(error, "nâng cấp cấu trúc cơ sở dữ liệu", "migrating the database")
        }
    }

    /// The names of the migrations the database has, in the order they were applied.
    /// - Parameters:
    ///   - client: A running client.
    ///   - logger: Where to log the statements.
    /// - Returns: The names, oldest first; empty for a database never migrated.
    public func appliedMigrations(_ client: PostgresClient, logger: Logger = PostgresMigrator.quiet) async throws -> [String] {
        do {
            return try await client.withConnection { connection in
                let rows = try await connection.query("SELECT to_regclass('vanthu_migrations') IS NOT NULL", logger: logger)
                var exists = false
                for try await present in rows.decode(Bool.self) { exists = present }
                guard exists else { return [] }
                return try await Self.appliedNames(connection, logger: logger)
            }
        } catch {
            throw PostgresArchiveError.wrapping(error, "đọc các bước nâng cấp đã làm", "reading the applied migrations")
        }
    }

    /// A logger that drops everything (the default for the library's statements).
    public static let quiet = Logger(label: "vanthu.postgres.quiet", factory: { _ in SwiftLogNoOpLogHandler() })

    /// Takes the schema's migration lock until the transaction ends, then makes sure the
    /// migrations table exists (under the lock, so concurrent creators do not collide).
    private static func lockAndPrepare(_ connection: PostgresConnection, logger: Logger) async throws {
        try await connection.run(
            "SELECT pg_advisory_xact_lock(hashtext('vanthu_migrations:' || coalesce(current_schema(), '')))",
            logger: logger
        )
        try await connection.run(
            """
            CREATE TABLE IF NOT EXISTS vanthu_migrations (
                name text PRIMARY KEY,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            logger: logger
        )
    }

    private static func appliedNames(_ connection: PostgresConnection, logger: Logger) async throws -> [String] {
        let rows = try await connection.query("SELECT name FROM vanthu_migrations ORDER BY applied_at, name", logger: logger)
        var names: [String] = []
        for try await name in rows.decode(String.self) { names.append(name) }
        return names
    }

    private static func refuseUnknown(_ applied: [String], known: [String]) throws {
        let unknown = applied.filter { !known.contains($0) }
        guard unknown.isEmpty else {
            throw PostgresArchiveError(
                .newerSchema,
                "Cơ sở dữ liệu đã được một phiên bản vanthu mới hơn nâng cấp: hãy cập nhật vanthu trên máy này",
                "The database was migrated by a newer vanthu: update vanthu on this machine",
                underlying: unknown.joined(separator: ", ")
            )
        }
    }
}
