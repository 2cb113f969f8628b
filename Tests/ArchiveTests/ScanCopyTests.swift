import ArchiveSynthetic
import DocumentParser
import GRDB
import Testing

@testable import Archive

/// Issue 14, item 3: the same dispatch scanned several times (other bytes, same number, issuer and
/// date) is one document in several copies: every file kept, searched, listed and due once.
@Suite("Scan copies")
struct ScanCopyTests {
    static func scan(
        _ path: String,
        number: String? = "789/QĐ-UBND",
        date: String? = "2024-05-02",
        issuer: String? = "UBND Quận 6",
        text: String = "Quyết định ban hành quy chế dân vận"
    )
        -> (ParsedDocument, DocumentText)
    {
        Fixtures.document(
            path: path,
            number: number,
            type: "Quyết định",
            date: date,
            issuer: issuer,
            subject: "Ban hành quy chế dân vận",
            pages: [text],
            deadlines: [Deadline(date: "2024-06-30", task: "Báo cáo kết quả", text: "báo cáo trước ngày 30/6/2024", page: 1)],
            content: path
        )
    }

    @Test("three scans: one search result, one deadline, every file listed on the document")
    func threeScans() throws {
        let (archive, _) = try Fixtures.archive()
        let first = try archive.store(Self.scan("scan/a.pdf").0, text: Self.scan("scan/a.pdf").1)
        let second = try archive.store(Self.scan("scan/b.pdf").0, text: Self.scan("scan/b.pdf", text: "Quyết đinh ban hành quy chế dân vận").1)
        let third = try archive.store(Self.scan("phone/c.jpg").0, text: Self.scan("phone/c.jpg").1)
        #expect(first.copyOf == nil)
        #expect(second.copyOf == first.documentID)
        #expect(third.copyOf == first.documentID)

        #expect(try archive.search(SearchQuery("quy che dan van")).results.map(\.id) == [first.documentID])
        #expect(try archive.search(SearchQuery("789/QĐ-UBND")).results.map(\.id) == [first.documentID])
        #expect(try archive.search(SearchQuery("", type: "Quyết định")).results.map(\.id) == [first.documentID])
        #expect(try archive.resolve("789/QĐ-UBND").map(\.id) == [first.documentID])
        #expect(try archive.deadlines(DeadlineQuery(today: "2024-01-01")).count == 1)

        let detail = try #require(try archive.detail(id: third.documentID))
        #expect(detail.copyOf == first.documentID)
        #expect(detail.copies.map(\.sourcePath) == ["scan/a.pdf", "scan/b.pdf", "phone/c.jpg"])
        #expect(try archive.detail(id: first.documentID)?.copies.count == 3)
    }

    @Test("scans of one dispatch count once in facets and are one graph node")
    func copiesCountOnce() throws {
        let (archive, _) = try Fixtures.archive()
        let first = try archive.store(Self.scan("scan/a.pdf").0, text: Self.scan("scan/a.pdf").1)
        _ = try archive.store(Self.scan("scan/b.pdf").0, text: Self.scan("scan/b.pdf").1)
        _ = try archive.store(Self.scan("phone/c.jpg").0, text: Self.scan("phone/c.jpg").1)
        let facets = try archive.facets()
        #expect(facets.documents == 1)
        #expect(facets.types == [ArchiveFacets.Count(value: "Quyết định", count: 1)])
        var csv = ""
        try archive.exportGraph(GraphOptions(format: .nodesCSV), to: &csv)
        let rows = csv.split(separator: "\r\n").dropFirst()
        #expect(rows.count == 1)
        #expect(rows.first?.hasPrefix("d\(first.documentID),") == true)
        #expect(rows.first?.hasSuffix(",3") == true)
    }

    @Test("no copy without a read number, nor across issuers or days")
    func notCopies() throws {
        let (archive, _) = try Fixtures.archive()
        _ = try archive.store(Self.scan("a.pdf").0, text: Self.scan("a.pdf").1)
        #expect(try archive.store(Self.scan("b.pdf", issuer: "UBND Quận 5").0, text: Self.scan("b.pdf").1).copyOf == nil)
        #expect(try archive.store(Self.scan("c.pdf", date: "2024-05-03").0, text: Self.scan("c.pdf").1).copyOf == nil)
        _ = try archive.store(Self.scan("d.pdf", number: nil).0, text: Self.scan("d.pdf").1)
        #expect(try archive.store(Self.scan("e.pdf", number: nil).0, text: Self.scan("e.pdf").1).copyOf == nil)
        #expect(try archive.search(SearchQuery("")).results.count == 5)
    }

    @Test("a citation of the number resolves to the document, not ambiguously between its scans")
    func citationsResolve() throws {
        let (archive, _) = try Fixtures.archive()
        let first = try archive.store(Self.scan("a.pdf").0, text: Self.scan("a.pdf").1)
        _ = try archive.store(Self.scan("b.pdf").0, text: Self.scan("b.pdf").1)
        let citing = Fixtures.document(
            path: "kh.txt",
            number: "12/KH-UBND",
            type: "Kế hoạch",
            date: "2024-05-10",
            issuer: "UBND Quận 6",
            subject: "Triển khai",
            pages: ["Căn cứ Quyết định số 789/QĐ-UBND ngày 02/5/2024 của UBND Quận 6"],
            citations: [
                Citation(
                    type: "Quyết định",
                    number: "789/QĐ-UBND",
                    date: "2024-05-02",
                    issuer: "UBND Quận 6",
                    relation: .basis,
                    text: "Quyết định số 789/QĐ-UBND",
                    page: 1,
                    mentions: 1
                )
            ]
        )
        let id = try archive.store(citing.0, text: citing.1).documentID
        let out = try #require(try archive.detail(id: id)?.citations.first)
        #expect(out.resolvedDocumentID == first.documentID)
        #expect(!out.ambiguous)
    }

    @Test("a new version of the first scan's file hands the group to the next scan")
    func versionsKeepWorking() throws {
        let (archive, _) = try Fixtures.archive()
        let first = try archive.store(Self.scan("a.pdf").0, text: Self.scan("a.pdf").1)
        let second = try archive.store(Self.scan("b.pdf").0, text: Self.scan("b.pdf").1)
        var changed = Self.scan("a.pdf", number: "790/QĐ-UBND")
        changed.0.source.sha256 = Fixtures.sha("a.pdf changed")
        changed.1.sha256 = changed.0.source.sha256
        let newer = try archive.store(changed.0, text: changed.1)
        #expect(newer == .stored(id: newer.documentID, version: 2, supersedes: first.documentID))
        let listed = try archive.search(SearchQuery("", limit: 10)).results.map(\.id)
        #expect(Set(listed) == [second.documentID, newer.documentID])
        #expect(try archive.detail(id: second.documentID)?.copyOf == nil)
    }

    @Test("an archive from before v7 groups its copies when migrated")
    func migration() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("old.sqlite")
        var ids: [Int64] = []
        do {
            let archive = try SQLiteArchive(path: path)
            for name in ["a.pdf", "b.pdf", "c.pdf"] { ids.append(try archive.store(Self.scan(name).0, text: Self.scan(name).1).documentID) }
            try archive.pool.write { db in
                try db.execute(
                    sql: """
                        DROP INDEX documents_heads; DROP INDEX documents_copies; DROP INDEX documents_copy_key;
                        ALTER TABLE documents DROP COLUMN copy_of;
                        DELETE FROM grdb_migrations WHERE identifier = 'v7-scan-copies';
                        """
                )
            }
        }
        let archive = try SQLiteArchive(path: path)
        #expect(try archive.detail(id: ids[2])?.copyOf == ids[0])
        #expect(try archive.search(SearchQuery("")).results.map(\.id) == [ids[0]])
    }
}
