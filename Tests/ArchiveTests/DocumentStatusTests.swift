import ArchiveSynthetic
import DocumentParser
import Foundation
import Testing

@testable import Archive

/// Which documents still stand, from the acts of the archived documents that cite them.
@Suite struct DocumentStatusTests {
    static func decision(
        _ number: String,
        date: String,
        path: String,
        acts: [(String, Citation.Action, String?)] = [],
        effective: String? = nil
    )
        -> (ParsedDocument, DocumentText)
    {
        let citations = acts.map { number, action, part in
            var c = Citation(type: "Quyết định", number: DocumentNumber(number), relation: .reference, text: "Quyết định số \(number)", page: 1)
            c.action = action
            c.affectedPart = part
            return c
        }
        var (doc, text) = Fixtures.document(
            path: path,
            number: number,
            type: "Quyết định",
            date: date,
            issuer: "Ủy ban nhân dân tỉnh Lâm Đồng",
            subject: "Thử \(number)",
            pages: ["Quyết định \(number) " + acts.map { "Quyết định số \($0.0)" }.joined(separator: "; ")],
            citations: citations
        )
        doc.effectiveDate = effective
        return (doc, text)
    }

    static func id(_ archive: SQLiteArchive, _ number: String) throws -> Int64 {
        try #require(try archive.search(SearchQuery(number)).results.first { $0.number == number }?.id)
    }

    @Test(arguments: [false, true])
    func aReplacedDecisionSaysByWhatInEitherIngestOrder(_ reversed: Bool) throws {
        let (archive, _) = try Fixtures.archive()
        let old = Self.decision("27/2019/QĐ-UBND", date: "2019-03-12", path: "old.txt")
        let new = Self.decision("31/QĐ-UBND", date: "2025-05-09", path: "new.txt", acts: [("27/2019/QĐ-UBND", .replaces, nil)])
        for (doc, text) in reversed ? [new, old] : [old, new] { _ = try archive.store(doc, text: text) }
        let detail = try #require(try archive.detail(id: try Self.id(archive, "27/2019/QĐ-UBND")))
        #expect(detail.status.state == .replaced)
        #expect(!detail.status.stands)
        #expect(detail.status.vietnamese == "Đã bị thay thế bởi Quyết định 31/QĐ-UBND ngày 09/05/2025")
        // The replacing decision itself stands.
        #expect(try archive.detail(id: try Self.id(archive, "31/QĐ-UBND"))?.status.state == .inForce)
    }

    @Test func partsAmendmentsChainsAndInstrumentsNotArchived() throws {
        let (archive, _) = try Fixtures.archive()
        _ = try archive.store(
            Self.decision("12/QĐ-UBND", date: "2024-02-01", path: "a.txt").0,
            text: Self.decision("12/QĐ-UBND", date: "2024-02-01", path: "a.txt").1
        )
        let b = Self.decision(
            "40/QĐ-UBND",
            date: "2024-06-01",
            path: "b.txt",
            acts: [("12/QĐ-UBND", .amends, "khoản 2 Điều 5"), ("99/QĐ-UBND", .repeals, "Điều 3")]
        )
        _ = try archive.store(b.0, text: b.1)
        let c = Self.decision("55/QĐ-UBND", date: "2025-01-10", path: "c.txt", acts: [("40/QĐ-UBND", .replaces, nil)])
        _ = try archive.store(c.0, text: c.1)
        // A was amended by B; B was replaced by C (the chain): A still stands, amended.
        let a = try #require(try archive.detail(id: try Self.id(archive, "12/QĐ-UBND")))
        #expect(a.status.state == .amended)
        #expect(a.status.vietnamese.contains("khoản 2 Điều 5 — Quyết định 40/QĐ-UBND"))
        #expect(try archive.detail(id: try Self.id(archive, "40/QĐ-UBND"))?.status.state == .replaced)
        // A cited instrument that is not archived: partly repealed.
        let cited = try archive.status(of: "99/QĐ-UBND", today: "2025-06-01")
        #expect(cited.state == .partlyRepealed)
        #expect(cited.stands)
    }

    @Test func aDocumentNotYetInForce() throws {
        let (archive, _) = try Fixtures.archive()
        let future = Self.decision("77/QĐ-UBND", date: "2025-05-01", path: "f.txt", effective: "2999-01-01")
        _ = try archive.store(future.0, text: future.1)
        let detail = try #require(try archive.detail(id: try Self.id(archive, "77/QĐ-UBND")))
        #expect(detail.status.state == .notYetInForce)
        #expect(detail.status.vietnamese == "Chưa có hiệu lực (có hiệu lực từ ngày 01/01/2999)")
    }
    @Test func theGraphCarriesTheActs() throws {
        let (archive, _) = try Fixtures.archive()
        let new = Self.decision("31/QĐ-UBND", date: "2025-05-09", path: "new.txt", acts: [("27/2019/QĐ-UBND", .replaces, nil)])
        _ = try archive.store(new.0, text: new.1)
        var graphml = ""
        var dot = ""
        try archive.exportGraph(GraphOptions(format: .graphml), to: &graphml)
        try archive.exportGraph(GraphOptions(format: .dot), to: &dot)
        #expect(graphml.contains("<key id=\"action\" for=\"edge\""))
        #expect(graphml.contains("<data key=\"action\">replaces</data>"))
        #expect(dot.contains("action=\"replaces\", color=red"))
    }

    /// Some listed procedures of a decision replaced by a later one: the decision still stands,
    /// partly replaced; only a whole replacement voids it.
    @Test func aPartlyReplacedDecisionStillStands() throws {
        let (archive, _) = try Fixtures.archive()
        let old = Self.decision("1676/QĐ-UBND", date: "2024-10-15", path: "old.txt")
        let new = Self.decision(
            "364/QĐ-UBND",
            date: "2025-02-20",
            path: "new.txt",
            acts: [("1676/QĐ-UBND", .replaces, "11 thủ tục hành chính tại Danh mục")]
        )
        for (doc, text) in [old, new] { _ = try archive.store(doc, text: text) }
        let detail = try #require(try archive.detail(id: try Self.id(archive, "1676/QĐ-UBND")))
        #expect(detail.status.state == .partlyReplaced)
        #expect(detail.status.stands)
        #expect(detail.status.vietnamese == "Bị thay thế một phần: 11 thủ tục hành chính tại Danh mục — Quyết định 364/QĐ-UBND ngày 20/02/2025")
        var inForce = SearchQuery("1676/QĐ-UBND")
        inForce.inForce = true
        #expect(try archive.search(inForce).results.contains { $0.number == "1676/QĐ-UBND" })
        var json = ""
        try archive.exportGraph(GraphOptions(format: .json), to: &json)
        #expect(json.contains("\"status\": \"partly-replaced\""))
    }

    /// Issue 17: the analyst sees in the graph which nodes still stand, the same state the
    /// document page derives, for archived documents and for instruments only cited.
    @Test func graphNodesCarryTheSameStatusAsTheDocumentPage() throws {
        let (archive, _) = try Fixtures.archive()
        let a = Self.decision("12/QĐ-UBND", date: "2024-02-01", path: "a.txt")
        let b = Self.decision(
            "40/QĐ-UBND",
            date: "2024-06-01",
            path: "b.txt",
            acts: [("12/QĐ-UBND", .amends, "Điều 5"), ("99/QĐ-UBND", .repeals, nil)]
        )
        let c = Self.decision(
            "55/QĐ-UBND",
            date: "2025-01-10",
            path: "c.txt",
            acts: [("40/QĐ-UBND", .replaces, nil), ("98/QĐ-UBND", .repeals, "Điều 2")]
        )
        for (doc, text) in [c, a, b] { _ = try archive.store(doc, text: text) }
        var json = ""
        try archive.exportGraph(GraphOptions(format: .json), to: &json)
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let nodes = try #require(graph["nodes"] as? [[String: Any]])
        var states: [String: String] = [:]
        for node in nodes { if let number = node["number"] as? String { states[number] = node["status"] as? String } }
        #expect(
            states == [
                "12/QĐ-UBND": "amended", "40/QĐ-UBND": "replaced", "55/QĐ-UBND": "in-force",
                "99/QĐ-UBND": "repealed", "98/QĐ-UBND": "partly-repealed",
            ]
        )
        for number in ["12/QĐ-UBND", "40/QĐ-UBND", "55/QĐ-UBND"] {
            let page = try #require(try archive.detail(id: try Self.id(archive, number))).status.state.rawValue
            #expect(states[number] == page, "\(number)")
        }
        var dot = ""
        try archive.exportGraph(GraphOptions(format: .dot), to: &dot)
        #expect(dot.contains("status=\"replaced\""))
        #expect(dot.contains("color=gray"))
        var csv = ""
        try archive.exportGraph(GraphOptions(format: .nodesCSV), to: &csv)
        #expect(csv.hasPrefix("Id,Label,number,name,type,date,issuer,subject,in_archive,status,scans\r\n"))
    }

    @Test func aBasisReplacedBeforeTheCitingDocumentIsFlagged() throws {
        let (archive, _) = try Fixtures.archive()
        let replacing = Self.decision("31/QĐ-UBND", date: "2025-05-09", path: "new.txt", acts: [("27/2019/QĐ-UBND", .replaces, nil)])
        _ = try archive.store(replacing.0, text: replacing.1)
        // A later plan still rests on the replaced decision; an earlier one rightly did.
        var (late, lateText) = Self.decision("80/KH-UBND", date: "2025-06-01", path: "late.txt")
        late.citations = [
            Citation(type: "Quyết định", number: "27/2019/QĐ-UBND", relation: .basis, text: "Căn cứ Quyết định số 27/2019/QĐ-UBND", page: 1)
        ]
        var (early, earlyText) = Self.decision("20/KH-UBND", date: "2024-06-01", path: "early.txt")
        early.citations = late.citations
        let lateID = try archive.store(late, text: lateText).documentID
        let earlyID = try archive.store(early, text: earlyText).documentID
        let notice = try #require(try archive.detail(id: lateID)?.notices.first { $0.code == .staleBasis })
        #expect(
            notice.vietnamese
                == "Căn cứ văn bản đã bị thay thế: 27/2019/QĐ-UBND đã bị thay thế bởi Quyết định 31/QĐ-UBND ngày 09/05/2025 trước ngày ban hành văn bản này"
        )
        #expect(try archive.detail(id: earlyID)?.notices.contains { $0.code == .staleBasis } == false)
    }
    @Test func searchMarksAndFiltersWhatNoLongerStands() throws {
        let (archive, _) = try Fixtures.archive()
        let old = Self.decision("27/2019/QĐ-UBND", date: "2019-03-12", path: "old.txt")
        let new = Self.decision("31/QĐ-UBND", date: "2025-05-09", path: "new.txt", acts: [("27/2019/QĐ-UBND", .replaces, nil)])
        _ = try archive.store(old.0, text: old.1)
        _ = try archive.store(new.0, text: new.1)
        let all = try archive.search(SearchQuery("", type: "Quyết định"))
        #expect(all.results.first { $0.number == "27/2019/QĐ-UBND" }?.standing == .replaced)
        #expect(all.results.first { $0.number == "31/QĐ-UBND" }?.standing == nil)
        var inForce = SearchQuery("", type: "Quyết định")
        inForce.inForce = true
        #expect(try archive.search(inForce).results.compactMap(\.number) == ["31/QĐ-UBND"])
    }
    @Test func deadlinesOfAReplacedDocumentAreMarkedVoid() throws {
        let (archive, _) = try Fixtures.archive()
        var old = Self.decision("27/2019/QĐ-UBND", date: "2019-03-12", path: "old.txt")
        old.0.deadlines = [Deadline(date: "2019-04-30", text: "báo cáo trước ngày 30/4/2019", page: 1)]
        _ = try archive.store(old.0, text: old.1)
        #expect(try archive.deadlines(DeadlineQuery(today: "2019-01-01")).first?.void == nil)
        let new = Self.decision("31/QĐ-UBND", date: "2025-05-09", path: "new.txt", acts: [("27/2019/QĐ-UBND", .replaces, nil)])
        _ = try archive.store(new.0, text: new.1)
        let listed = try archive.deadlines(DeadlineQuery(today: "2019-01-01"))
        #expect(listed.first?.void == true)
        var ics = ""
        ICalendarWriter.write(listed, stamp: Date(timeIntervalSince1970: 0), to: &ics)
        #expect(ics.replacingOccurrences(of: "\r\n ", with: "").contains("hạn này không còn giá trị"))
    }
}
