import Foundation
import PostgresNIO
import TestSupport
import Testing

@testable import PostgresArchive

/// The PostgreSQL server the tests run against: `VANTHU_TEST_POSTGRES_URL`
/// (`Scripts/postgres/test-server.sh start` prints one). Without it the suites are skipped with one
/// line, unless `VANTHU_REQUIRE_POSTGRES=1` (CI), where they run and fail.
enum TestServer {
    static let url = PostgresTestEnvironment.url
    static let required = PostgresTestEnvironment.required

    /// Whether the suites that need a server run (printed once when they do not).
    static let enabled = PostgresTestEnvironment.enabled("PostgreSQL tests")

    typealias Missing = PostgresTestEnvironment.Missing

    /// Runs `body` with a pool on a new schema of the test database (first on the search path),
    /// dropped afterwards, so tests stay independent and may run in parallel.
    @discardableResult
    static func withSchema<Result: Sendable>(
        _ body: @Sendable (PostgresLocation, PostgresClient) async throws -> Result
    ) async throws -> Result {
        guard let url else { throw Missing() }
        let base = try PostgresLocation(url: url)
        let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try await base.withClient { admin in
            try await admin.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA \(schema)"))
        }
        var scoped = base
        scoped.options = "-c search_path=\(schema),public"
        let location = scoped
        let outcome: Swift.Result<Result, any Error>
        do {
            outcome = .success(try await location.withClient { client in try await body(location, client) })
        } catch {
            outcome = .failure(error)
        }
        try await base.withClient { admin in
            try await admin.query(PostgresQuery(unsafeSQL: "DROP SCHEMA \(schema) CASCADE"))
        }
        return try outcome.get()
    }

    /// `withSchema`, migrated, with a queue on it.
    @discardableResult
    static func withQueue<Result: Sendable>(
        _ body: @Sendable (IngestQueue) async throws -> Result
    ) async throws -> Result {
        try await withSchema { _, client in
            try await PostgresMigrator.vanthu.migrate(client)
            return try await body(IngestQueue(client: client))
        }
    }
}
