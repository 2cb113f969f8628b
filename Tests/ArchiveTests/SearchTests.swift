import ArchiveSynthetic
import DocumentParser
import GRDB
import Testing

@testable import Archive

@Suite struct SearchTests {
    /// The seed plan, the decree, an unrelated document and one citing a Party directive.
    private func filledArchive() throws -> (SQLiteArchive, TemporaryDirectory, plan: Int64, decree: Int64) {
        let (archive, directory) = try Fixtures.archive()
        let (plan, planText) = Fixtures.seedPlan()
        let planID = try archive.store(plan, text: planText).documentID
        let (decree, decreeText) = Fixtures.decree59()
        let decreeID = try archive.store(decree, text: decreeText).documentID
        let (other, otherText) = Fixtures.document(
            path: "q6/3855.txt",
            number: "3855/QĐ-UBND",
            type: "Quyết định",
            date: "2023-11-02",
            issuer: "Ủy ban nhân dân Quận 6",
            subject: "Ban hành quy chế làm việc",
            pages: ["Quy chế làm việc của Ủy ban nhân dân Quận 6. Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị."],
            citations: [
                Citation(
                    type: "Chỉ thị",
                    number: "05-CT/TW",
                    issuer: "Bộ Chính trị",
                    relation: .reference,
                    text: "Chỉ thị số 05-CT/TW của Bộ Chính trị",
                    page: 1
                )
            ]
        )
        _ = try archive.store(other, text: otherText)
        return (archive, directory, planID, decreeID)
    }

    @Test func foldedQueryFindsDiacriticsAndDStroke() throws {
        let (archive, _, plan, decree) = try filledArchive()
        let page = try archive.search(SearchQuery("quy dinh chi tiet dan chu"))
        #expect(Set(page.results.map(\.id)) == [plan, decree])
        #expect(page.results.allSatisfy { $0.kind == .text })
        #expect(page.results.first?.snippet.contains("«") == true)
    }

    @Test func nghiDinh59FindsTheDecreeThenItsCiters() throws {
        let (archive, _, plan, decree) = try filledArchive()
        let page = try archive.search(SearchQuery("nghi dinh 59/2023"))
        #expect(page.results.map(\.id) == [decree, plan])
        #expect(page.results.map(\.kind) == [.instrument, .cites])
        #expect(page.results[1].snippet.contains("59/2023/NĐ-CP"))
        #expect(page.results[1].page == 2)
    }

    @Test(arguments: ["Nghị định 59/2023", "59/2023/NĐ-CP", "NĐ 59/2023", "59/2023/ND-CP", "nghi dinh so 59/2023", "59 / 2023 / NÐ-CP"])
    func instrumentQueriesNameTheDecree(query: String) throws {
        let (archive, _, plan, decree) = try filledArchive()
        let page = try archive.search(SearchQuery(query))
        #expect(page.instrument != nil)
        #expect(Array(page.results.prefix(2)).map(\.id) == [decree, plan])
    }

    @Test func partyAndShortNumbers() throws {
        let (archive, _, _, _) = try filledArchive()
        let party = try archive.search(SearchQuery("05-CT/TW"))
        #expect(party.results.first?.kind == .cites)
        #expect(party.results.first?.number == "3855/QĐ-UBND")
        let short = try archive.search(SearchQuery("QĐ 3855"))
        #expect(short.results.first?.kind == .instrument)
        #expect(short.results.first?.number == "3855/QĐ-UBND")
    }

    @Test func exactDiacriticsRankFirst() throws {
        let (archive, _) = try Fixtures.archive()
        let (folded, foldedText) = Fixtures.document(
            path: "a.txt",
            number: "1/TB-A",
            type: "Thông báo",
            date: "2024-01-01",
            issuer: "A",
            subject: "Thông báo",
            pages: ["Trồng hoa hoa hoa hoa ở sân trường, hoa đẹp."]
        )
        let (exact, exactText) = Fixtures.document(
            path: "b.txt",
            number: "2/TB-A",
            type: "Thông báo",
            date: "2024-01-01",
            issuer: "A",
            subject: "Thông báo",
            pages: ["Hòa giải ở cơ sở và các nội dung khác của văn bản dài hơn nhiều so với văn bản kia."]
        )
        let foldedID = try archive.store(folded, text: foldedText).documentID
        let exactID = try archive.store(exact, text: exactText).documentID
        #expect(try archive.search(SearchQuery("hòa")).results.map(\.id) == [exactID, foldedID])
        #expect(try archive.search(SearchQuery("hoa")).results.map(\.id) == [foldedID, exactID])
    }

    @Test func aVeryCommonQueryIsRankedAmongTheMostRecentPages() throws {
        let (archive, _) = try Fixtures.archive()
        var ids: [Int64] = []
        for index in 0..<5 {
            // The oldest document would rank first (the word in its subject, the others in the body).
            let (parsed, text) = Fixtures.document(
                path: "\(index).txt",
                number: "\(index + 1)/TB-A",
                type: "Thông báo",
                date: "2024-01-0\(index + 1)",
                issuer: "A",
                subject: index == 0 ? "Phòng cháy" : "Lịch công tác",
                pages: ["Nội dung số \(index) về phòng cháy trong mùa khô, kèm các việc khác của đơn vị."]
            )
            ids.append(try archive.store(parsed, text: text).documentID)
        }
        let query = SearchQuery("phong chay")
        let filter = try SearchFilter(query)
        let match = try #require(MatchExpression.make(query.text))
        let (windowed, window) = try archive.pool.read { db in
            var hits = TextHits(match: match, filter: filter, excluding: nil, rankedAtMost: 2)
            return (try hits.fetch(db, candidates: 10, limit: 10, offset: 0).map(\.summary.id), hits.window)
        }
        #expect(window == 2)
        #expect(Set(windowed) == Set(ids.suffix(2)))
        // The full ranking (the default window) puts the subject hit first and says nothing.
        let page = try archive.search(query)
        #expect(page.results.first?.id == ids[0] && page.results.count == 5)
        #expect(page.rankingWindow == nil)
    }

    @Test func subjectOutranksBody() throws {
        let (archive, _) = try Fixtures.archive()
        let (body, bodyText) = Fixtures.document(
            path: "a.txt",
            number: "1/TB-A",
            type: "Thông báo",
            date: "2024-01-01",
            issuer: "A",
            subject: "Lịch công tác",
            pages: ["Nội dung về phòng cháy chữa cháy trong mùa khô."]
        )
        let (subject, subjectText) = Fixtures.document(
            path: "b.txt",
            number: "2/TB-A",
            type: "Thông báo",
            date: "2024-01-01",
            issuer: "A",
            subject: "Phòng cháy chữa cháy",
            pages: ["Các đơn vị thực hiện nghiêm các nội dung sau đây trong năm học mới và báo cáo kết quả."]
        )
        let bodyID = try archive.store(body, text: bodyText).documentID
        let subjectID = try archive.store(subject, text: subjectText).documentID
        #expect(try archive.search(SearchQuery("phong chay")).results.map(\.id) == [subjectID, bodyID])
    }

    @Test(arguments: [
        "\"dân chủ", "AND", "OR NOT", "NEAR(", "*", "^dân", "body:dân", "(((", "dân\" OR \"", "'; DROP TABLE documents; --", "", "   ", "\u{0}",
    ])
    func anyQueryStringIsSafe(query: String) throws {
        let (archive, _, _, _) = try filledArchive()
        _ = try archive.search(SearchQuery(query))
        #expect(try archive.resolve("63/KH-THNH").count == 1)
    }

    @Test func phraseInBalancedQuotes() throws {
        let (archive, _, plan, decree) = try filledArchive()
        #expect(Set(try archive.search(SearchQuery("\"dan chu o co so\"")).results.map(\.id)) == [plan, decree])
        #expect(try archive.search(SearchQuery("\"co so dan chu\"")).results.isEmpty)
    }

    @Test func filtersAndPagination() throws {
        let (archive, _, plan, decree) = try filledArchive()
        #expect(try archive.search(SearchQuery("dan chu", type: "ke hoach")).results.map(\.id) == [plan])
        #expect(try archive.search(SearchQuery("dan chu", issuer: "chinh phu")).results.map(\.id) == [decree])
        #expect(try archive.search(SearchQuery("dan chu", from: "2024-01-01")).results.map(\.id) == [plan])
        #expect(try archive.search(SearchQuery("dan chu", to: "2023-12-31")).results.map(\.id) == [decree])
        #expect(try archive.search(SearchQuery("dan chu", cites: "NĐ 59/2023")).results.map(\.id) == [plan])
        let first = try archive.search(SearchQuery("dan chu", limit: 1))
        let second = try archive.search(SearchQuery("dan chu", limit: 1, offset: 1))
        #expect(first.hasMore && !second.hasMore)
        #expect(Set(first.results.map(\.id) + second.results.map(\.id)) == [plan, decree])
        #expect(second.results.first?.rank == 2)
        let instrumentSecond = try archive.search(SearchQuery("59/2023/NĐ-CP", limit: 1, offset: 1))
        #expect(instrumentSecond.results.map(\.id) == [plan])
        #expect(throws: ArchiveError.self) { try archive.search(SearchQuery("x", from: "30/02/2024")) }
    }
}

@Suite struct UnnumberedCiterTests {
    /// A scan whose number could not be read (handwritten) still cites: it must be listed.
    @Test func aDocumentWithoutANumberIsListedAsCiting() throws {
        let (archive, _) = try Fixtures.archive()
        let (plan, planText) = Fixtures.seedPlan()
        let planID = try archive.store(plan, text: planText).documentID
        let (page2, page2Text) = Fixtures.document(
            path: "scans/plan-page-2.jpg",
            number: nil,
            type: nil,
            date: nil,
            issuer: nil,
            subject: nil,
            pages: ["Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của Chính phủ quy định chi tiết."],
            citations: [
                Citation(
                    type: "Nghị định",
                    number: "59/2023/NĐ-CP",
                    date: "2023-08-14",
                    issuer: "Chính phủ",
                    relation: .reference,
                    text: "Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023",
                    page: 1
                )
            ]
        )
        let page2ID = try archive.store(page2, text: page2Text).documentID
        let found = try archive.search(SearchQuery("nghi dinh 59/2023"))
        #expect(Set(found.results.filter { $0.kind == .cites }.map(\.id)) == [planID, page2ID])
    }
}
