import Archive
import ArchiveSynthetic
import DocumentParser
import Foundation
import PostgresNIO
import TestSupport
import Testing

@testable import PostgresArchive

/// Not a test: the PostgreSQL archive against the SQLite archive on the same synthetic documents,
/// in one run (`Benchmarks/postgres-archive.sh` drives it).
///
/// - `VANTHU_PG_BENCHMARK=100000` fills both archives with the same documents (batches of 200,
///   PostgreSQL in schema `bench_N` of `VANTHU_TEST_POSTGRES_URL`'s database, SQLite at
///   `VANTHU_PG_BENCHMARK_SQLITE`; both reused when they exist), then times every query form on
///   both, alternately, and prints p50 / p95 and the ratio, and the tables' sizes.
/// - `VANTHU_PG_BENCHMARK_WRITER=URL-or-path` with `VANTHU_PG_BENCHMARK_WRITER_COUNT=N` and
///   `VANTHU_PG_BENCHMARK_WRITER_ID=K`: one writer process storing N documents one transaction
///   each (as `vanthu ingest` stores parsed files), paths prefixed by K so that writers never share one.
@Suite struct PostgresBenchmarkTests {
    static let environment = ProcessInfo.processInfo.environment
    static let count = Int(environment["VANTHU_PG_BENCHMARK"] ?? "") ?? 0
    static let writer = environment["VANTHU_PG_BENCHMARK_WRITER"] ?? ""

    /// The query forms timed, named as in RESULTS.md.
    static let queries: [(String, SearchQuery)] = [
        ("instrument itself (120/KH-UBND, shared by 9 issuers)", SearchQuery("120/KH-UBND")),
        ("instrument itself (QĐ 3855)", SearchQuery("QĐ 3855")),
        ("instrument folded (nghi dinh 59/2023)", SearchQuery("nghi dinh 59/2023")),
        ("citing documents (59/2023/NĐ-CP)", SearchQuery("59/2023/NĐ-CP")),
        ("citing documents, page 3 (30/2020/NĐ-CP)", SearchQuery("30/2020/NĐ-CP", offset: 40)),
        ("one word folded (hoa)", SearchQuery("hoa")),
        ("one word exact (hòa)", SearchQuery("hòa")),
        ("rare words (Phù Đổng)", SearchQuery("Phù Đổng")),
        ("common words (thực hiện)", SearchQuery("thực hiện")),
        ("four words folded (phong chay chua chay)", SearchQuery("phong chay chua chay")),
        ("phrase (\"chuyển đổi số\")", SearchQuery("\"chuyển đổi số\"")),
        ("filter type (van thu, Kế hoạch)", SearchQuery("van thu", type: "Kế hoạch")),
        ("filter issuer (bao cao, UBND Quận 6)", SearchQuery("bao cao", issuer: "UBND Quận 6")),
        ("filter dates (an toan giao thong, 2020)", SearchQuery("an toan giao thong", from: "2020-01-01", to: "2020-12-31")),
        ("filter type + dates (hoa don, Quyết định, 2023)", SearchQuery("hoa don", type: "Quyết định", from: "2023-01-01", to: "2023-12-31")),
        ("filter --cites (dan chu, 59/2023/NĐ-CP)", SearchQuery("dan chu", cites: "59/2023/NĐ-CP")),
        ("list, type + dates, no words", SearchQuery("", type: "Quyết định", from: "2023-01-01", to: "2023-12-31")),
    ]

    @Test(.enabled(if: count > 0)) func searchAgainstSQLite() async throws {
        guard let url = TestServer.url else { throw TestServer.Missing() }
        let sqlitePath = Self.environment["VANTHU_PG_BENCHMARK_SQLITE"] ?? "/tmp/vanthu-pg-benchmark-\(Self.count).sqlite"
        let reuse = FileManager.default.fileExists(atPath: sqlitePath)
        let sqlite = try SQLiteArchive(path: sqlitePath)
        var location = try PostgresLocation(url: url)
        let schema = "bench_\(Self.count)"
        try await location.withClient { admin in
            try await admin.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(schema)"))
        }
        location.options = "-c search_path=\(schema),public"
        try await location.withClient { client in
            let postgres = PostgresDocumentArchive(client: client)
            try await postgres.migrate()
            let stored = try await Self.scalar(client, "SELECT count(*) AS n FROM documents")
            if stored == 0 {
                try await Self.fill(sqlite: reuse ? nil : sqlite, postgres: postgres)
                try await client.query(PostgresQuery(unsafeSQL: "VACUUM ANALYZE"))
            }
            try await Self.time(sqlite: sqlite, postgres: postgres)
            try await Self.sizes(client)
        }
    }

    /// Stores the same documents into both, timing each store alone.
    static func fill(sqlite: SQLiteArchive?, postgres: PostgresDocumentArchive) async throws {
        var sqliteSeconds: TimeInterval = 0
        var postgresSeconds: TimeInterval = 0
        var pages = 0
        var batch: [(ParsedDocument, DocumentText)] = []
        func flush() async throws {
            guard !batch.isEmpty else { return }
            if let sqlite {
                let t = Date()
                _ = try sqlite.store(batch: batch)
                sqliteSeconds += Date().timeIntervalSince(t)
            }
            let t = Date()
            _ = try await postgres.store(batch: batch)
            postgresSeconds += Date().timeIntervalSince(t)
            batch.removeAll(keepingCapacity: true)
        }
        for (parsed, text) in SyntheticArchive.generate(count: count, seed: 42) {
            pages += text.pages.count
            batch.append((parsed, text))
            if batch.count == 200 { try await flush() }
        }
        try await flush()
        let line = { (name: String, seconds: TimeInterval) in
            "BENCH fill \(name): \(count) docs, \(pages) pages in \(String(format: "%.1f", seconds)) s = \(Int(Double(count) / seconds)) docs/s (batches of 200)"
        }
        if sqlite != nil { print(line("sqlite", sqliteSeconds)) }
        print(line("postgres", postgresSeconds))
    }

    /// Every query form on both archives, alternately: warm-up, then 20 runs each.
    static func time(sqlite: SQLiteArchive, postgres: PostgresDocumentArchive) async throws {
        let runs = Int(environment["VANTHU_PG_BENCHMARK_RUNS"] ?? "") ?? 20
        for (name, query) in queries {
            let expected = try sqlite.search(query)
            let actual = try await postgres.search(query)
            var sqliteTimes: [Double] = []
            var postgresTimes: [Double] = []
            for _ in 0..<runs {
                var t = Date()
                _ = try sqlite.search(query)
                sqliteTimes.append(Date().timeIntervalSince(t) * 1000)
                t = Date()
                _ = try await postgres.search(query)
                postgresTimes.append(Date().timeIntervalSince(t) * 1000)
            }
            let s = percentiles(sqliteTimes)
            let p = percentiles(postgresTimes)
            let same = Set(expected.results.map(\.id)) == Set(actual.results.map(\.id))
            print(
                "BENCH query \(name): postgres p50 \(f(p.p50)) p95 \(f(p.p95)) ms | sqlite p50 \(f(s.p50)) p95 \(f(s.p95)) ms | ratio p50 \(f(p.p50 / s.p50))x p95 \(f(p.p95 / s.p95))x | results \(actual.results.count)/\(expected.results.count)\(same ? "" : " (different documents)")\(actual.rankingWindow.map { " window \($0)" } ?? "")"
            )
        }
    }

    static func percentiles(_ times: [Double]) -> (p50: Double, p95: Double) {
        let sorted = times.sorted()
        let at = { (q: Double) in sorted[min(sorted.count - 1, Int((Double(sorted.count) * q).rounded(.up)) - 1)] }
        return (at(0.5), at(0.95))
    }

    static func f(_ value: Double) -> String { String(format: value < 10 ? "%.2f" : "%.1f", value) }

    /// Table and index sizes, and bytes per page of text.
    static func sizes(_ client: PostgresClient) async throws {
        let pages = try await scalar(client, "SELECT count(*) AS n FROM pages")
        let documents = try await scalar(client, "SELECT count(*) AS n FROM documents")
        var total = 0
        for table in ["documents", "pages", "citations", "deadlines", "unsure_numbers", "page_words"] {
            let query = PostgresQuery(
                unsafeSQL: """
                    SELECT pg_total_relation_size('\(table)') AS total, pg_relation_size('\(table)') AS heap,
                           pg_indexes_size('\(table)') AS indexes
                    """
            )
            for try await (all, heap, indexes) in try await client.query(query).decode((Int, Int, Int).self) {
                total += all
                print("BENCH size \(table): total \(all / 1_048_576) MB, heap \(heap / 1_048_576) MB, indexes \(indexes / 1_048_576) MB")
            }
        }
        let indexQuery = PostgresQuery(
            unsafeSQL: """
                SELECT indexrelid::regclass::text AS name, pg_relation_size(indexrelid) AS size FROM pg_index
                WHERE indrelid IN ('documents'::regclass, 'pages'::regclass, 'citations'::regclass) ORDER BY 2 DESC
                """
        )
        for try await (name, size) in try await client.query(indexQuery).decode((String, Int).self) {
            print("BENCH size index \(name): \(size / 1_048_576) MB")
        }
        print("BENCH size all tables: \(total / 1_048_576) MB for \(documents) documents, \(pages) pages = \(total / max(1, pages)) bytes per page")
    }

    static func scalar(_ client: PostgresClient, _ sql: String) async throws -> Int {
        for try await n in try await client.query(PostgresQuery(unsafeSQL: sql)).decode(Int.self) { return n }
        return 0
    }

    /// One writer process: documents one transaction each.
    @Test(.enabled(if: !writer.isEmpty)) func writerProcess() async throws {
        let count = Int(Self.environment["VANTHU_PG_BENCHMARK_WRITER_COUNT"] ?? "") ?? 2000
        let id = Int(Self.environment["VANTHU_PG_BENCHMARK_WRITER_ID"] ?? "") ?? 0
        let documents = SyntheticArchive.generate(count: count, seed: 1000 + UInt64(id)).map { parsed, text in
            var parsed = parsed
            var text = text
            parsed.source.path = "w\(id)/" + parsed.source.path
            text.path = parsed.source.path
            return (parsed, text)
        }
        let pages = documents.reduce(0) { $0 + $1.1.pages.count }
        let start = Date()
        if PostgresLocation.isPostgresURL(Self.writer) {
            try await PostgresLocation(url: Self.writer).withClient { client in
                let archive = PostgresDocumentArchive(client: client)
                try await archive.migrate()
                for (parsed, text) in documents { _ = try await archive.store(parsed, text: text) }
            }
        } else {
            let archive = try SQLiteArchive(path: Self.writer)
            for (parsed, text) in documents { _ = try archive.store(parsed, text: text) }
        }
        let seconds = Date().timeIntervalSince(start)
        print("BENCH writer \(id): \(count) docs, \(pages) pages in \(String(format: "%.2f", seconds)) s = \(Int(Double(count) / seconds)) docs/s")
    }
}
