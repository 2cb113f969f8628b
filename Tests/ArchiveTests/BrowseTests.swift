import ArchiveSynthetic
import DocumentParser
import Testing

@testable import Archive

/// Issue 14, item 2: filters without words list documents, newest first (by date, then id).
@Suite("Browsing without words")
struct BrowseTests {
    static func archive() throws -> (SQLiteArchive, TemporaryDirectory) {
        let (archive, directory) = try Fixtures.archive()
        _ = try archive.store(Fixtures.decree59().0, text: Fixtures.decree59().1)
        _ = try archive.store(Fixtures.seedPlan().0, text: Fixtures.seedPlan().1)
        let decision = Fixtures.document(
            path: "qd/789.txt",
            number: "789/QĐ-UBND",
            type: "Quyết định",
            date: "2024-05-02",
            issuer: "UBND Quận 6",
            subject: "Ban hành quy chế",
            pages: ["Quyết định ban hành quy chế."]
        )
        _ = try archive.store(decision.0, text: decision.1)
        let sameDay = Fixtures.document(
            path: "qd/790.txt",
            number: "790/QĐ-UBND",
            type: "Quyết định",
            date: "2024-05-02",
            issuer: "UBND Quận 6",
            subject: "Giao nhiệm vụ",
            pages: ["Căn cứ Quyết định số 789/QĐ-UBND ngày 02/5/2024 của UBND Quận 6."],
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
        _ = try archive.store(sameDay.0, text: sameDay.1)
        return (archive, directory)
    }

    @Test("no words and no filters: every document, newest first, then by id")
    func everything() throws {
        let (archive, _) = try Self.archive()
        let page = try archive.search(SearchQuery(""))
        #expect(page.results.map(\.number) == ["790/QĐ-UBND", "789/QĐ-UBND", "63/KH-THNH", "59/2023/NĐ-CP"])
        #expect(page.results.allSatisfy { $0.kind == .listed })
        #expect(page.results.map(\.rank) == [1, 2, 3, 4])
    }

    @Test("a type, a cited number, dates alone list their documents; pages follow")
    func filters() throws {
        let (archive, _) = try Self.archive()
        #expect(try archive.search(SearchQuery("", type: "Quyết định")).results.map(\.number) == ["790/QĐ-UBND", "789/QĐ-UBND"])
        #expect(try archive.search(SearchQuery("", cites: "789/QĐ-UBND")).results.map(\.number) == ["790/QĐ-UBND"])
        #expect(try archive.search(SearchQuery("  ", from: "01/01/2024", to: "2024-03-01")).results.map(\.number) == ["63/KH-THNH"])
        let first = try archive.search(SearchQuery("", limit: 3))
        #expect(first.hasMore)
        let second = try archive.search(SearchQuery("", limit: 3, offset: 3))
        #expect(second.results.map(\.number) == ["59/2023/NĐ-CP"])
        #expect(second.results.first?.rank == 4)
        #expect(!second.hasMore)
    }

    @Test(
        "dates typed day/month/year are read as ISO days",
        arguments: [
            ("01/01/2025", "2025-01-01"), ("1/2/2025", "2025-02-01"), ("31.12.2024", "2024-12-31"), ("2024-02-29", "2024-02-29"),
        ]
    )
    func dayMonthYear(typed: String, iso: String) {
        #expect(SearchQuery.isoDate(typed) == iso)
    }

    @Test("impossible days are still refused", arguments: ["31/02/2025", "2025-13-01", "01/01/25", "tomorrow"])
    func impossible(typed: String) {
        #expect(SearchQuery.isoDate(typed) == nil)
        #expect(throws: ArchiveError.self) { try SearchPlan(SearchQuery("x", from: typed)) }
    }

    @Test("the instrument banner text is what was typed, not its folded form")
    func typedInstrument() throws {
        #expect(InstrumentReference.find(in: "Nghị định 59/2023 về dân chủ")?.typedText == "Nghị định 59/2023")
        #expect(InstrumentReference.find(in: "xem 59/2023/NĐ-CP")?.typedText == "59/2023/NĐ-CP")
        #expect(InstrumentReference.find(in: "xem QĐ  3855")?.typedText == "QĐ  3855")
        let (archive, _) = try Self.archive()
        #expect(try archive.search(SearchQuery("Nghị định 59/2023")).instrument?.typedText == "Nghị định 59/2023")
    }
}
