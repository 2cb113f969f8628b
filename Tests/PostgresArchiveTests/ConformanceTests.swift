import Archive
import ArchiveSynthetic
import DocumentParser
import Foundation
import PostgresNIO
import TestSupport
import Testing

@testable import PostgresArchive

/// The same documents stored into a temporary SQLite archive and a PostgreSQL archive give the
/// same answers: search result sets for every query form and filter (order within a tier may
/// differ), resolve, detail's citations, deadlines, facets, graph, status.
@Suite("PostgreSQL archive conforms to the SQLite archive", .enabled(if: TestServer.enabled))
struct ConformanceTests {
    /// Both archives, filled with `documents` (by default ``ConformanceDocuments/all()``) in the
    /// same order; each store's outcome must match.
    static func withBoth(
        _ documents: [(ParsedDocument, DocumentText)]? = nil,
        _ body: @Sendable (SQLiteArchive, PostgresDocumentArchive) async throws -> Void
    ) async throws {
        let documents = try documents ?? ConformanceDocuments.all()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vanthu-conformance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sqlite = try SQLiteArchive(path: folder.appendingPathComponent("archive.sqlite").path)
        try await TestServer.withSchema { _, client in
            let postgres = PostgresDocumentArchive(client: client)
            try await postgres.migrate()
            for (parsed, text) in documents {
                let expected = try sqlite.store(parsed, text: text)
                let outcome = try await postgres.store(parsed, text: text)
                #expect(outcome == expected, "\(parsed.source.path)")
            }
            try await body(sqlite, postgres)
        }
    }

    /// What must match of a search page: each tier's documents, as a set.
    static func signature(_ page: SearchPage) -> [String: Set<Int64>] {
        Dictionary(grouping: page.results, by: \.kind.rawValue).mapValues { Set($0.map(\.id)) }
    }

    static let queries: [SearchQuery] = {
        var list: [SearchQuery] = [
            SearchQuery("59/2023/NĐ-CP"), SearchQuery("Nghị định 59/2023"), SearchQuery("nghi dinh 59/2023"),
            SearchQuery("NĐ 59/2023"), SearchQuery("71/KH-UBND"), SearchQuery("QĐ 15"), SearchQuery("15/KH-UBND"),
            SearchQuery("dân chủ"), SearchQuery("dan chu"), SearchQuery("\"thực hiện dân chủ\""), SearchQuery("\"dan chu o co so\""),
            SearchQuery("báo cáo quý"), SearchQuery("chuyển đổi số"), SearchQuery("chuyen doi so"), SearchQuery("ISO"),
            SearchQuery("không có từ này xyzzy"), SearchQuery(""), SearchQuery("kế hoạch 2024"), SearchQuery("nd-cp"),
            SearchQuery("", type: "Kế hoạch"), SearchQuery("dan chu", type: "ke hoach"), SearchQuery("", issuer: "UBND Quận 6"),
            SearchQuery("", issuer: "Chính phủ"), SearchQuery("", from: "2024-01-01"), SearchQuery("", from: "2023-01-01", to: "2023-12-31"),
            SearchQuery("dân chủ", from: "2024-01-01", to: "2024-12-31"), SearchQuery("", cites: "59/2023/NĐ-CP"),
            SearchQuery("dan chu", cites: "NĐ 59/2023"), SearchQuery("", cites: "15/KH-UBND"),
        ]
        var inForce = SearchQuery("")
        inForce.inForce = true
        list.append(inForce)
        var inForceText = SearchQuery("quy định")
        inForceText.inForce = true
        list.append(inForceText)
        var paged = SearchQuery("dan chu", limit: 2, offset: 1)
        paged.highlightOpen = "["
        list.append(paged)
        list.append(SearchQuery("59/2023/NĐ-CP", limit: 1, offset: 1))
        list.append(SearchQuery("59/2023/NĐ-CP", limit: 1, offset: 3))
        return list
    }()

    @Test("every query form and filter gives the same result sets, tier by tier")
    func search() async throws {
        try await Self.withBoth { sqlite, postgres in
            for query in Self.queries {
                let expected = try sqlite.search(query)
                let actual = try await postgres.search(query)
                let label = "\(query.text) type=\(query.type ?? "") issuer=\(query.issuer ?? "") cites=\(query.cites ?? "") offset=\(query.offset)"
                #expect(Self.signature(actual) == Self.signature(expected), "\(label)")
                #expect(actual.hasMore == expected.hasMore, "\(label)")
                #expect(actual.instrument == expected.instrument, "\(label)")
                #expect(actual.results.map(\.standing).count == expected.results.count, "\(label)")
                #expect(
                    Set(actual.results.map { "\($0.id) \($0.standing?.rawValue ?? "-")" })
                        == Set(expected.results.map { "\($0.id) \($0.standing?.rawValue ?? "-")" }),
                    "\(label)"
                )
                // Exact-diacritic hits first, then folded; the snippet marks the words.
                for result in actual.results where result.kind == .text {
                    #expect(result.snippet.contains(query.highlightOpen), "\(label): \(result.snippet)")
                }
            }
        }
    }

    @Test("resolve, detail, deadlines, facets, status and the graph are the same")
    func everythingElse() async throws {
        try await Self.withBoth { sqlite, postgres in
            for reference in ["1", "63/KH-THNH", "QĐ 15", "15/KH-UBND", "59/2023/NĐ-CP", "NĐ 59/2023", "999", "nothing"] {
                #expect(try await postgres.resolve(reference) == (try sqlite.resolve(reference)), "\(reference)")
            }
            let count = try sqlite.facets().documents + 10
            for id in Int64(1)...Int64(count) {
                let expected = try sqlite.detail(id: id)
                let actual = try await postgres.detail(id: id)
                #expect(actual?.summary == expected?.summary)
                #expect(actual?.citations == expected?.citations, "document \(id)")
                #expect(Set(actual?.citedBy ?? []) == Set(expected?.citedBy ?? []), "document \(id)")
                #expect(actual?.pages == expected?.pages)
                #expect(actual?.copies == expected?.copies)
                #expect(actual?.copyOf == expected?.copyOf)
                #expect(actual?.supersedes == expected?.supersedes)
                #expect(actual?.status == expected?.status, "document \(id)")
                if expected?.summary.number == "7/QĐ-UBND" { #expect(actual?.status.state == .partlyReplaced) }
                #expect(actual?.archiveNotices == expected?.archiveNotices, "document \(id)")
                #expect(actual?.parsed == expected?.parsed)
            }
            for query in [
                DeadlineQuery(today: "2024-06-01"), DeadlineQuery(before: "2024-12-31", after: "2024-01-01", today: "2024-06-01"),
                DeadlineQuery(overdue: true, today: "2024-06-01"),
            ] {
                #expect(try await postgres.deadlines(query) == (try sqlite.deadlines(query)))
            }
            #expect(try await postgres.deadlineYears() == (try sqlite.deadlineYears()))
            #expect(try await postgres.facets() == (try sqlite.facets()))
            for number in ["59/2023/NĐ-CP", "15/KH-UBND", "12/QĐ-UBND", "7/QĐ-UBND", "71/KH-UBND", "not a number"] {
                #expect(
                    try await postgres.status(of: number, effectiveDate: "2030-01-01", today: "2024-06-01", excluding: nil)
                        == (try sqlite.status(of: number, effectiveDate: "2030-01-01", today: "2024-06-01"))
                )
            }
            for options in [
                GraphOptions(format: .json), GraphOptions(format: .csv), GraphOptions(format: .dot, around: "59/2023/NĐ-CP", depth: 2),
                GraphOptions(format: .graphml, around: "1", depth: 1),
            ] {
                var expected = ""
                try sqlite.exportGraph(options, to: &expected)
                var actual = ""
                try await postgres.exportGraph(options, to: &actual)
                #expect(actual == expected, "\(options.format)")
            }
            let words = [
                PageWords(
                    page: 1,
                    width: 100,
                    height: 200,
                    rotation: 90,
                    deskewAngle: 0.5,
                    words: [.init(text: "Số", x: 1, y: 2, width: 3, height: 4)]
                )
            ]
            try await postgres.storeWords(documentID: 1, pages: words)
            try sqlite.storeWords(documentID: 1, pages: words)
            #expect(try await postgres.words(documentID: 1) == (try sqlite.words(documentID: 1)))
            #expect(try await postgres.contains(sha256: ConformanceDocuments.all()[0].0.source.sha256))
        }
    }

    @Test("8 writers storing documents with one number at once: the citation is ambiguous, nothing lost or doubled")
    func concurrentStores() async throws {
        try await TestServer.withSchema { _, client in
            let archive = PostgresDocumentArchive(client: client)
            try await archive.migrate()
            let documents = (1...8).map { n in
                DocumentFixtures.document(
                    path: "race/\(n).txt",
                    number: "15/KH-UBND",
                    type: "Kế hoạch",
                    date: "2024-0\(n)-01",
                    issuer: "UBND Phường \(n)",
                    subject: "Kế hoạch số \(n)",
                    pages: ["Kế hoạch \(n)"]
                )
            }
            let citing = DocumentFixtures.document(
                path: "race/citing.txt",
                number: "9/BC-UBND",
                type: "Báo cáo",
                date: "2024-10-01",
                issuer: "UBND Quận 1",
                subject: "Báo cáo",
                pages: ["Thực hiện Kế hoạch số 15/KH-UBND"],
                citations: [Citation(type: "Kế hoạch", number: "15/KH-UBND", relation: .reference, text: "Kế hoạch số 15/KH-UBND")]
            )
            for _ in 0..<2 {
                let outcomes = try await withThrowingTaskGroup(of: StoreOutcome.self) { group in
                    for document in documents + [citing] {
                        group.addTask { try await archive.store(document.0, text: document.1) }
                    }
                    var all: [StoreOutcome] = []
                    for try await outcome in group { all.append(outcome) }
                    return all
                }
                #expect(outcomes.count == 9)
            }
            let rows = try await archive.rows("SELECT count(*) AS n, count(DISTINCT sha256) AS s FROM documents") {
                (try $0["n"].decode(Int.self), try $0["s"].decode(Int.self))
            }
            #expect(rows.first?.0 == 9)
            #expect(rows.first?.1 == 9)
            let citation = try await archive.rows("SELECT resolved_document_id, ambiguous FROM citations") {
                (try $0["resolved_document_id"].decode(Int64?.self), try $0["ambiguous"].decode(Bool.self))
            }
            #expect(citation.count == 1)
            #expect(citation.first?.0 == nil)
            #expect(citation.first?.1 == true)
        }
    }
}
