import PostgresNIO
import Testing

@testable import PostgresArchive

@Suite("PostgreSQL migrations", .enabled(if: TestServer.enabled))
struct PostgresMigratorTests {
    @Test("migrating twice applies each migration once")
    func idempotent() async throws {
        try await TestServer.withSchema { _, client in
            let first = try await PostgresMigrator.vanthu.migrate(client)
            #expect(first == PostgresMigrator.vanthu.migrations.map(\.name))
            let second = try await PostgresMigrator.vanthu.migrate(client)
            #expect(second.isEmpty)
            #expect(try await PostgresMigrator.vanthu.appliedMigrations(client) == first)
        }
    }

    @Test("four processes migrating at once apply each migration exactly once")
    func concurrent() async throws {
        try await TestServer.withSchema { location, _ in
            // Separate pools, as separate processes would have.
            let applied = try await withThrowingTaskGroup(of: [String].self) { group in
                for _ in 0..<4 {
                    group.addTask { try await location.withClient { client in try await PostgresMigrator.vanthu.migrate(client) } }
                }
                var all: [String] = []
                for try await names in group { all += names }
                return all
            }
            #expect(applied.sorted() == PostgresMigrator.vanthu.migrations.map(\.name).sorted())
        }
    }

    @Test("migrations run in order, a later one seeing the earlier one's tables")
    func inOrder() async throws {
        try await TestServer.withSchema { _, client in
            let migrator = PostgresMigrator([
                PostgresMigration(name: "a", statements: ["CREATE TABLE a (x int)"]),
                PostgresMigration(name: "b", statements: ["INSERT INTO a VALUES (1)", "CREATE TABLE b AS SELECT x FROM a"]),
            ])
            #expect(try await migrator.migrate(client) == ["a", "b"])
            let rows = try await client.query("SELECT x FROM b")
            var values: [Int] = []
            for try await x in rows.decode(Int.self) { values.append(x) }
            #expect(values == [1])
        }
    }

    @Test("a failing migration leaves nothing behind and is not recorded")
    func failingRollsBack() async throws {
        try await TestServer.withSchema { _, client in
            let broken = PostgresMigrator([
                PostgresMigration(name: "half", statements: ["CREATE TABLE half (x int)", "SELECT no_such_function()"])
            ])
            await #expect(throws: PostgresArchiveError.self) { try await broken.migrate(client) }
            #expect(try await broken.appliedMigrations(client).isEmpty)
            let rows = try await client.query("SELECT to_regclass('half') IS NULL")
            for try await missing in rows.decode(Bool.self) { #expect(missing) }
        }
    }

    @Test("a database migrated by a newer vanthu is refused")
    func newerSchema() async throws {
        try await TestServer.withSchema { _, client in
            try await PostgresMigrator.vanthu.migrate(client)
            try await client.query("INSERT INTO vanthu_migrations (name) VALUES ('v99-from-the-future')")
            await #expect {
                try await PostgresMigrator.vanthu.migrate(client)
            } throws: { error in
                (error as? PostgresArchiveError)?.code == .newerSchema
            }
        }
    }
}
