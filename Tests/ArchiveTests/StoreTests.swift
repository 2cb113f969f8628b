import ArchiveSynthetic
import DocumentParser
import Foundation
import Testing

@testable import Archive

@Suite struct StoreTests {
    @Test func storesAndShowsTheSeedPlan() throws {
        let (archive, _) = try Fixtures.archive()
        let (parsed, text) = Fixtures.seedPlan()
        let outcome = try archive.store(parsed, text: text)
        guard case .stored(let id, 1, nil, nil) = outcome else {
            Issue.record("unexpected \(outcome)")
            return
        }
        #expect(try archive.contains(sha256: parsed.source.sha256))
        let detail = try #require(try archive.detail(id: id))
        #expect(detail.parsed == parsed)
        #expect(detail.pages.count == 2)
        #expect(detail.citations.count == 3)
        #expect(detail.deadlines.count == 2)
        #expect(detail.summary.number == "63/KH-THNH")
    }

    @Test func showJSONReproducesTheContract() throws {
        let (archive, _) = try Fixtures.archive()
        let (parsed, text) = Fixtures.seedPlan()
        let id = try archive.store(parsed, text: text).documentID
        let detail = try #require(try archive.detail(id: id))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(detail.parsed) == encoder.encode(parsed))
    }

    @Test func sameContentIsSkipped() throws {
        let (archive, _) = try Fixtures.archive()
        let (parsed, text) = Fixtures.seedPlan()
        let first = try archive.store(parsed, text: text)
        var copy = parsed
        copy.source.path = "elsewhere/copy.txt"
        let second = try archive.store(copy, text: text)
        #expect(second == .duplicate(existingID: first.documentID))
        #expect(try archive.resolve("63/KH-THNH").count == 1)
    }

    @Test func changedFileAtSamePathIsANewVersion() throws {
        let (archive, _) = try Fixtures.archive()
        let (parsed, text) = Fixtures.seedPlan()
        let first = try archive.store(parsed, text: text).documentID
        let (changed, changedText) = Fixtures.document(
            path: parsed.source.path,
            number: "63/KH-THNH",
            type: "Kế hoạch",
            date: "2024-02-29",
            issuer: "Trường Tiểu học Nguyễn Huệ",
            subject: "Thực hiện dân chủ ở cơ sở năm 2024 (sửa đổi)",
            pages: ["Bản sửa đổi"],
            content: "changed"
        )
        let second = try archive.store(changed, text: changedText)
        #expect(second == .stored(id: second.documentID, version: 2, supersedes: first))
        let old = try #require(try archive.detail(id: first))
        #expect(old.summary.supersededBy == second.documentID)
        let current = try archive.resolve("63/KH-THNH")
        #expect(current.map(\.id) == [second.documentID])
        let hits: SearchPage
        do { hits = try archive.search(SearchQuery("sua doi")) } catch let e as ArchiveError {
            Issue.record("\(e.underlying ?? "")")
            return
        }
        #expect(hits.results.map(\.id) == [second.documentID])
    }

    @Test func citationResolvesWhenTheCitedDocumentArrivesLater() throws {
        let (archive, _) = try Fixtures.archive()
        let (plan, planText) = Fixtures.seedPlan()
        let planID = try archive.store(plan, text: planText).documentID
        let before = try #require(try archive.detail(id: planID))
        #expect(before.citations.first(where: { $0.citation.number == "59/2023/NĐ-CP" })?.resolvedDocumentID == nil)

        let (decree, decreeText) = Fixtures.decree59()
        let decreeID = try archive.store(decree, text: decreeText).documentID
        let after = try #require(try archive.detail(id: planID))
        #expect(after.citations.first(where: { $0.citation.number == "59/2023/NĐ-CP" })?.resolvedDocumentID == decreeID)
        let decreeDetail = try #require(try archive.detail(id: decreeID))
        #expect(decreeDetail.citedBy.map(\.document.id) == [planID])
        #expect(decreeDetail.citedBy.first?.page == 2)
    }

    @Test func citationResolvesToAnEarlierDocument() throws {
        let (archive, _) = try Fixtures.archive()
        let (decree, decreeText) = Fixtures.decree59()
        let decreeID = try archive.store(decree, text: decreeText).documentID
        let (plan, planText) = Fixtures.seedPlan()
        let planID = try archive.store(plan, text: planText).documentID
        let detail = try #require(try archive.detail(id: planID))
        #expect(detail.citations.first(where: { $0.citation.number == "59/2023/NĐ-CP" })?.resolvedDocumentID == decreeID)
    }

    @Test func sameNumberFromAnotherIssuerDoesNotResolve() throws {
        let (archive, _) = try Fixtures.archive()
        let (other, otherText) = Fixtures.document(
            path: "q1/71.txt",
            number: "71/KH-UBND",
            type: "Kế hoạch",
            date: "2024-02-07",
            issuer: "Ủy ban nhân dân Quận 1",
            subject: "Kế hoạch khác",
            pages: ["Quận 1"]
        )
        _ = try archive.store(other, text: otherText)
        let (plan, planText) = Fixtures.seedPlan()
        let planID = try archive.store(plan, text: planText).documentID
        let detail = try #require(try archive.detail(id: planID))
        let citation = try #require(detail.citations.first(where: { $0.citation.number == "71/KH-UBND" }))
        #expect(citation.resolvedDocumentID == nil)
        #expect(!citation.ambiguous)
    }

    @Test func severalMatchingDocumentsLeaveTheCitationAmbiguous() throws {
        let (archive, _) = try Fixtures.archive()
        for district in ["Quận 6", "Quận 6 "] {
            let (doc, text) = Fixtures.document(
                path: "q6/\(district.count).txt",
                number: "71/KH-UBND",
                type: "Kế hoạch",
                date: nil,
                issuer: "Ủy ban nhân dân \(district)",
                subject: "Kế hoạch",
                pages: [district]
            )
            _ = try archive.store(doc, text: text)
        }
        let (plan, planText) = Fixtures.seedPlan()
        let planID = try archive.store(plan, text: planText).documentID
        let detail = try #require(try archive.detail(id: planID))
        let citation = try #require(detail.citations.first(where: { $0.citation.number == "71/KH-UBND" }))
        #expect(citation.resolvedDocumentID == nil)
        #expect(citation.ambiguous)
        #expect(try archive.resolve("71/KH-UBND").count == 2)
    }

    @Test func newVersionTakesOverResolution() throws {
        let (archive, _) = try Fixtures.archive()
        let (plan, planText) = Fixtures.seedPlan()
        let planID = try archive.store(plan, text: planText).documentID
        let (decree, decreeText) = Fixtures.decree59()
        _ = try archive.store(decree, text: decreeText)
        var (revised, revisedText) = Fixtures.decree59()
        revised.source.sha256 = Fixtures.sha("revised")
        revisedText.sha256 = revised.source.sha256
        let revisedID = try archive.store(revised, text: revisedText).documentID
        let detail = try #require(try archive.detail(id: planID))
        #expect(detail.citations.first(where: { $0.citation.number == "59/2023/NĐ-CP" })?.resolvedDocumentID == revisedID)
    }

    @Test(
        arguments: [
            ("63 /KH-THNH", "63/KH-THNH", "63", nil, "kh"),
            ("59 / 2023 / NÐ-CP", "59/2023/NĐ-CP", "59", "2023", "nd"),
            ("05-CT/TW", "05-CT/TW", "5", nil, "ct"),
            ("07/KH-GDĐT", "07/KH-GDĐT", "7", nil, "kh"),
            ("10/2022/QH15", "10/2022/QH15", "10", "2022", "qh15"),
        ] as [(String, String, String, String?, String?)]
    )
    func numbersAreCanonical(raw: String, canonical: String, head: String, year: String?, code: String?) throws {
        let number = try #require(DocumentNumber(parsing: raw))
        #expect(number.text == canonical)
        #expect(number.serial == head)
        #expect(number.year == year)
        #expect(number.code == code)
    }
}

@Suite struct BatchStoreTests {
    @Test func batchStoresAllAndRecognisesDuplicates() throws {
        let (archive, _) = try Fixtures.archive()
        let plan = Fixtures.seedPlan()
        let decree = Fixtures.decree59()
        let outcomes = try archive.store(batch: [plan, decree, plan])
        #expect(outcomes.count == 3)
        #expect(outcomes[2] == .duplicate(existingID: outcomes[0].documentID))
        let detail = try #require(try archive.detail(id: outcomes[0].documentID))
        #expect(detail.citations.first { $0.citation.number == "59/2023/NĐ-CP" }?.resolvedDocumentID == outcomes[1].documentID)
    }

    @Test func failedBatchStoresNothing() throws {
        let directory = try TemporaryDirectory()
        let archive = try SQLiteArchive(path: directory.path("a.sqlite"), maximumPageCount: 80)
        let huge = String(repeating: "Dòng rất dài về dân chủ ở cơ sở. ", count: 20_000)
        let big = Fixtures.document(path: "big.txt", number: "1/BC-X", type: "Báo cáo", date: nil, issuer: "X", subject: "Lớn", pages: [huge])
        #expect(throws: ArchiveError.self) { try archive.store(batch: [Fixtures.seedPlan(), big]) }
        #expect(try !archive.contains(sha256: Fixtures.seedPlan().0.source.sha256))
    }
}
