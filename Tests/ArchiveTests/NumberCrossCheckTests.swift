import ArchiveSynthetic
import DocumentParser
import Testing

@testable import Archive

/// A handwritten or unreadable number checked against the issuer's series and citing documents.
@Suite struct NumberCrossCheckTests {
    static let issuer = DocumentFixtures.crossCheckIssuer

    /// A Quyết định of the province with its number's evidence.
    static func decision(_ number: String?, date: String, from: EvidenceSource, confidence: Double, path: String) -> (ParsedDocument, DocumentText) {
        DocumentFixtures.crossCheckDecision(number, date: date, from: from, confidence: confidence, path: path)
    }

    /// A report citing "N/QĐ-UBND ngày D" of the province.
    static func citing(_ number: String, date: String) -> (ParsedDocument, DocumentText) {
        DocumentFixtures.crossCheckCitingReport(number, date: date, path: "bc-\(number.prefix(3)).pdf")
    }

    /// Stores a document and returns its id.
    static func put(_ archive: SQLiteArchive, _ document: (ParsedDocument, DocumentText)) throws -> Int64 {
        guard case .stored(let id, _, _, _) = try archive.store(document.0, text: document.1) else {
            Issue.record("not stored")
            return -1
        }
        return id
    }

    static func stored(_ archive: SQLiteArchive, _ id: Int64) throws -> ParsedDocument {
        try #require(try archive.detail(id: id)).parsed
    }

    @Test func aNumberOutOfTheIssuersSeriesIsWarned() throws {
        let (archive, directory) = try Fixtures.archive()
        _ = directory
        for (n, d) in [("40/QĐ-UBND", "2025-01-10"), ("60/QĐ-UBND", "2025-01-30")] {
            _ = try Self.put(archive, Self.decision(n, date: d, from: .printed, confidence: 0.9, path: "\(n.prefix(2)).pdf"))
        }
        // "47" read as "97" on the 17th: 97 comes after 60, which is dated later.
        let id = try Self.put(archive, Self.decision("97/QĐ-UBND", date: "2025-01-17", from: .handwritten, confidence: 0.5, path: "hw.pdf"))
        let checked = try Self.stored(archive, id)
        #expect(checked.warnings.contains { $0.contains("does not fit the issuer's series") && $0.contains("60/QĐ-UBND") })
        #expect(checked.evidence?.number?.readings?.contains { $0.from == .archiveSeries && $0.value == nil } == true)
        // A number that fits is recorded as supported, without a warning.
        let fitting = try Self.put(archive, Self.decision("47/QĐ-UBND", date: "2025-01-17", from: .handwritten, confidence: 0.5, path: "hw2.pdf"))
        let fits = try Self.stored(archive, fitting)
        #expect(!fits.warnings.contains { $0.contains("series") })
        #expect(fits.evidence?.number?.readings?.contains { $0.from == .archiveSeries && $0.value == "47/QĐ-UBND" } == true)
    }

    @Test func aCitingDocumentFillsAnUnreadableNumber() throws {
        let (archive, directory) = try Fixtures.archive()
        _ = directory
        _ = try Self.put(archive, Self.citing("87/QĐ-UBND", date: "2025-02-05"))
        let id = try Self.put(archive, Self.decision(nil, date: "2025-02-05", from: .printed, confidence: 0, path: "unreadable.pdf"))
        let filled = try Self.stored(archive, id)
        #expect(filled.number == "87/QĐ-UBND")
        #expect(filled.evidence?.number?.from == .citedBy)
        #expect(filled.warnings.contains { $0.contains("taken from 12/BC-UBND") })
        // The citation now resolves to it.
        #expect(try archive.resolve("87/QĐ-UBND").map(\.id) == [id])
        #expect(try archive.detail(id: id)?.citedBy.count == 1)
    }

    @Test func aCitingDocumentArrivingLaterDisagreesWithAHandwrittenNumber() throws {
        let (archive, directory) = try Fixtures.archive()
        _ = directory
        let id = try Self.put(archive, Self.decision("81/QĐ-UBND", date: "2025-02-05", from: .handwritten, confidence: 0.6, path: "hw.pdf"))
        _ = try Self.put(archive, Self.citing("87/QĐ-UBND", date: "2025-02-05"))
        let checked = try Self.stored(archive, id)
        #expect(checked.number == "81/QĐ-UBND")  // never silently changed
        #expect(checked.warnings.contains { $0.contains("cites 87/QĐ-UBND") && $0.contains("check the number") })
        #expect(checked.evidence?.number?.readings?.contains { $0.from == .citedBy && $0.value == "87/QĐ-UBND" } == true)
    }

    @Test func aPrintedNumberIsNotChecked() throws {
        let (archive, directory) = try Fixtures.archive()
        _ = directory
        _ = try Self.put(archive, Self.citing("87/QĐ-UBND", date: "2025-02-05"))
        let id = try Self.put(archive, Self.decision("81/QĐ-UBND", date: "2025-02-05", from: .printed, confidence: 0.9, path: "typed.pdf"))
        #expect(try Self.stored(archive, id).warnings.isEmpty)
    }
}
