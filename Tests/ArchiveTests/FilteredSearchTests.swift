import ArchiveSynthetic
import DocumentParser
import Foundation
import GRDB
import Testing

@testable import Archive

/// Filtered free text is ranked inside FTS5 on the filtered pages only (`TextHits`); these tests
/// check it against the plain plan: every matching page of the archive ranked, then the filters
/// applied to documents, as written before (substring tests on the issuer keys, a test per document).
@Suite struct FilteredSearchTests {
    /// 400 synthetic documents plus a department under a parent issuer and a document replaced by a
    /// new version (the old one must never be listed).
    private static func archive() throws -> (SQLiteArchive, TemporaryDirectory) {
        let (archive, directory) = try Fixtures.archive()
        _ = try archive.store(batch: Array(SyntheticArchive.generate(count: 400, seed: 11)))
        let (parsed, departmentText) = Fixtures.document(
            path: "q6/noi-vu.txt",
            number: "12/BC-NV",
            type: "Báo cáo",
            date: "2018-06-01",
            issuer: "Phòng Nội vụ",
            subject: "Báo cáo an toàn giao thông",
            pages: ["Báo cáo kết quả bảo đảm an toàn giao thông, dân chủ ở cơ sở."]
        )
        var department = parsed
        department.parentIssuer = "Ủy ban nhân dân Quận 6"
        _ = try archive.store(department, text: departmentText)
        for version in ["Bản cũ: báo cáo văn thư và dân chủ.", "Bản mới: báo cáo văn thư và dân chủ ở cơ sở."] {
            let (plan, planText) = Fixtures.document(
                path: "q6/ke-hoach.txt",
                number: "7/KH-UBND",
                type: "Kế hoạch",
                date: "2018-05-05",
                issuer: "Ủy ban nhân dân Quận 6",
                subject: "Kế hoạch văn thư",
                pages: [version],
                citations: [
                    Citation(
                        type: "Nghị định",
                        number: "59/2023/NĐ-CP",
                        issuer: "Chính phủ",
                        relation: .basis,
                        text: "Nghị định số 59/2023/NĐ-CP",
                        page: 1
                    )
                ]
            )
            _ = try archive.store(plan, text: planText)
        }
        return (archive, directory)
    }

    static let queries: [SearchQuery] = [
        SearchQuery("van thu", type: "Kế hoạch"),
        SearchQuery("bao cao", issuer: "UBND Quận 6"),
        SearchQuery("dân chủ", issuer: "quan 6"),
        SearchQuery("an toan giao thong", from: "2018-03-01", to: "2018-09-30"),
        SearchQuery("dan chu", cites: "59/2023/NĐ-CP"),
        SearchQuery("dan chu", cites: "NĐ 59/2023"),
        SearchQuery("bao cao", type: "Báo cáo", issuer: "Quận 6", from: "2018-01-01"),
        SearchQuery("hòa giải", issuer: "Ủy ban nhân dân"),
        SearchQuery("chuyen doi so", issuer: "no such issuer"),
        SearchQuery("van thu", from: "2030-01-01"),
        SearchQuery("van thu", type: "Kế hoạch", to: "2018-06-30"),
    ]

    @Test(arguments: queries)
    func filteredRankingEqualsTheUnfilteredRankingNarrowed(query: SearchQuery) throws {
        let (archive, _) = try Self.archive()
        var all = query
        all.limit = 1000
        let found = try archive.search(all)
        let expected = try archive.pool.read { db in try Self.plainRanking(query, db: db) }
        #expect(found.results.map(\.id) == expected)
        #expect(found.results.allSatisfy { $0.kind == .text })
        // Pages of the same results agree with the whole list.
        var second = query
        second.limit = 3
        second.offset = 2
        #expect(try archive.search(second).results.map(\.id) == Array(expected.dropFirst(2).prefix(3)))
    }

    @Test func theIssuerFilterFindsParentsAndTheCitesFilterSkipsOldVersions() throws {
        let (archive, _) = try Self.archive()
        let department = try archive.search(SearchQuery("an toan giao thong", issuer: "UBND Quận 6", limit: 1000))
        #expect(department.results.contains { $0.number == "12/BC-NV" })
        let versions = try archive.pool.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM documents WHERE source_path = 'q6/ke-hoach.txt' ORDER BY superseded_by IS NULL")
        }
        #expect(versions.count == 2)
        let citing = try archive.search(SearchQuery("van thu", cites: "59/2023/NĐ-CP", limit: 1000))
        #expect(citing.results.filter { $0.number == "7/KH-UBND" }.map(\.id) == [versions[1]])
    }

    @Test func anArchiveFromBeforeTheSearchIndexesIsMigrated() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("old.sqlite")
        do {
            // An archive as vanthu wrote it before `v5-search-speed`.
            let archive = try SQLiteArchive(path: path)
            _ = try archive.store(batch: Array(SyntheticArchive.generate(count: 60, seed: 3)))
            try archive.pool.write { db in
                try db.execute(
                    sql: """
                        DROP INDEX citations_number_key_document; DROP INDEX documents_current;
                        DELETE FROM search_folded_config WHERE k = 'automerge'; DELETE FROM search_exact_config WHERE k = 'automerge';
                        DELETE FROM grdb_migrations WHERE identifier = 'v5-search-speed';
                        """
                )
            }
        }
        let archive = try SQLiteArchive(path: path)
        let indexes = try archive.pool.read { db in
            try String.fetchAll(
                db,
                sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('citations_number_key_document', 'documents_current')"
            )
        }
        #expect(Set(indexes) == ["citations_number_key_document", "documents_current"])
        let merges = try archive.pool.read { db in
            try Int.fetchAll(
                db,
                sql: "SELECT v FROM search_folded_config WHERE k = 'automerge' UNION ALL SELECT v FROM search_exact_config WHERE k = 'automerge'"
            )
        }
        #expect(merges == [8, 8])
        let query = SearchQuery("dan chu", cites: "59/2023/NĐ-CP", limit: 1000)
        let expected = try archive.pool.read { db in try Self.plainRanking(query, db: db) }
        #expect(!expected.isEmpty)
        #expect(try archive.search(query).results.map(\.id) == expected)
    }

    /// Document ids in the order of the plain plan: each document's best page over both indexes
    /// (exact first), documents passing the filters as the archive wrote them before.
    static func plainRanking(_ query: SearchQuery, db: Database) throws -> [Int64] {
        let match = try #require(MatchExpression.make(query.text))
        var clauses = ["d.superseded_by IS NULL"]
        var arguments = StatementArguments()
        if let type = query.type {
            clauses.append("d.type_key = ?")
            arguments += [VietnameseFoldingTokenizer.fold(type)]
        }
        if let issuer = IssuerKey.make(query.issuer) {
            clauses.append("(instr(d.issuer_key, ?) > 0 OR instr(d.parent_issuer_key, ?) > 0)")
            arguments += [issuer, issuer]
        }
        if let from = query.from {
            clauses.append("d.date >= ?")
            arguments += [from]
        }
        if let to = query.to {
            clauses.append("d.date <= ?")
            arguments += [to]
        }
        if let cites = query.cites {
            let (conditionSQL, conditionArguments) = try SQL(
                "EXISTS (SELECT 1 FROM citations c WHERE c.document_id = d.id AND \(try #require(InstrumentReference.find(in: cites)).sql(alias: "c")))"
            ).build(db)
            clauses.append(conditionSQL)
            arguments += conditionArguments
        }
        let allowed = Set(
            try Int64.fetchAll(db, sql: "SELECT d.id FROM documents d WHERE \(clauses.joined(separator: " AND "))", arguments: arguments)
        )
        var best: [Int64: Double] = [:]
        for (table, shift) in [("search_exact", -1_000_000.0), ("search_folded", 0)] {
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT p.document_id AS id, bm25(\(table), 10.0, 1.0) AS score FROM \(table) JOIN pages p ON p.id = \(table).rowid
                    WHERE \(table) MATCH ?
                    """,
                arguments: [match]
            )
            for row in rows {
                let id: Int64 = row["id"]
                let score: Double = row["score"] + shift
                if allowed.contains(id) { best[id] = min(best[id] ?? .infinity, score) }
            }
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map(\.key)
    }
}
