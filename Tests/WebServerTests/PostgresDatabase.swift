import Foundation
import PostgresArchive
import PostgresNIO
import TestSupport
import Testing

/// The PostgreSQL server of the web tests on a PostgreSQL archive: `VANTHU_TEST_POSTGRES_URL`
/// (`Scripts/postgres/test-server.sh start` prints one). Without it the suite is skipped with one
/// line, unless `VANTHU_REQUIRE_POSTGRES=1` (CI), where it runs and fails.
enum PostgresDatabase {
    static let url = PostgresTestEnvironment.url

    /// Whether the suite runs (printed once when it does not).
    static let enabled = PostgresTestEnvironment.enabled("Web server tests on PostgreSQL")

    typealias Missing = PostgresTestEnvironment.Missing

    /// Runs `body` with a pool on a new schema of the test database (first on the search path),
    /// dropped afterwards, so tests stay independent.
    static func withSchema(_ body: @Sendable (PostgresLocation, PostgresClient) async throws -> Void) async throws {
        guard let url else { throw Missing() }
        let base = try PostgresLocation(url: url)
        let schema = "web_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try await base.withClient { admin in try await admin.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA \(schema)")) }
        var scoped = base
        scoped.options = "-c search_path=\(schema),public"
        let location = scoped
        let outcome: Result<Void, any Error>
        do {
            outcome = .success(try await location.withClient { client in try await body(location, client) })
        } catch {
            outcome = .failure(error)
        }
        try await base.withClient { admin in try await admin.query(PostgresQuery(unsafeSQL: "DROP SCHEMA \(schema) CASCADE")) }
        try outcome.get()
    }
}
