import Archive
import ArchiveSynthetic
import DocumentParser
import Foundation
import Testing

@testable import PostgresArchive

/// The number cross-check (a number not cleanly printed, checked against the issuer's series and
/// the documents citing it) gives the same stored documents in both archives: the SQLite archive's
/// `NumberCrossCheckTests` cases, stored in one order into both and compared document by document.
@Suite("PostgreSQL archive cross-checks unsure numbers as the SQLite archive", .enabled(if: TestServer.enabled))
struct NumberCrossCheckConformanceTests {
    static let issuer = DocumentFixtures.crossCheckIssuer

    static func decision(_ number: String?, date: String, from: EvidenceSource, confidence: Double, path: String) -> (ParsedDocument, DocumentText) {
        DocumentFixtures.crossCheckDecision(number, date: date, from: from, confidence: confidence, path: path)
    }

    static func citing(_ number: String, date: String, path: String) -> (ParsedDocument, DocumentText) {
        DocumentFixtures.crossCheckCitingReport(number, date: date, path: path)
    }

    /// In order: a series (40 and 60), a handwritten 97 that breaks it and a 47 that fits; a citing
    /// report then an unreadable number it fills; a handwritten 81 then a report citing 87 for the
    /// same day (evidence arriving later); a printed number, never checked.
    static let documents: [(ParsedDocument, DocumentText)] = [
        decision("40/QĐ-UBND", date: "2025-01-10", from: .printed, confidence: 0.9, path: "40.pdf"),
        decision("60/QĐ-UBND", date: "2025-01-30", from: .printed, confidence: 0.9, path: "60.pdf"),
        decision("97/QĐ-UBND", date: "2025-01-17", from: .handwritten, confidence: 0.5, path: "hw97.pdf"),
        decision("47/QĐ-UBND", date: "2025-01-17", from: .handwritten, confidence: 0.5, path: "hw47.pdf"),
        citing("87/QĐ-UBND", date: "2025-02-05", path: "bc87.pdf"),
        decision(nil, date: "2025-02-05", from: .printed, confidence: 0, path: "unreadable.pdf"),
        decision("81/QĐ-UBND", date: "2025-03-09", from: .handwritten, confidence: 0.6, path: "hw81.pdf"),
        citing("88/QĐ-UBND", date: "2025-03-09", path: "bc88.pdf"),
        decision("82/QĐ-UBND", date: "2025-03-10", from: .printed, confidence: 0.9, path: "typed.pdf"),
    ]

    @Test("series, filled numbers and later evidence: the same stored documents, citations and resolution")
    func sameAsSQLite() async throws {
        try await ConformanceTests.withBoth(Self.documents) { sqlite, postgres in
            for id in Int64(1)...Int64(Self.documents.count) {
                let expected = try #require(try sqlite.detail(id: id))
                let actual = try await postgres.detail(id: id)
                #expect(actual?.parsed == expected.parsed, "document \(id) \(expected.summary.sourcePath)")
                #expect(actual?.summary == expected.summary, "document \(id)")
                #expect(actual?.citations == expected.citations, "document \(id)")
            }
            for reference in ["87/QĐ-UBND", "88/QĐ-UBND", "81/QĐ-UBND", "97/QĐ-UBND"] {
                #expect(try await postgres.resolve(reference) == (try sqlite.resolve(reference)), "\(reference)")
            }
            // The check ran (not merely agreed on nothing): the filled number, the series warning,
            // the later report's disagreement.
            let filled = try await postgres.detail(id: 6)?.parsed
            #expect(filled?.number == "87/QĐ-UBND")
            #expect(filled?.evidence?.number?.from == .citedBy)
            #expect(try await postgres.resolve("87/QĐ-UBND").map(\.id) == [6])
            #expect(try await postgres.detail(id: 3)?.parsed.warnings.contains { $0.contains("does not fit the issuer's series") } == true)
            #expect(try await postgres.detail(id: 4)?.parsed.warnings.contains { $0.contains("series") } == false)
            let later = try await postgres.detail(id: 7)?.parsed
            #expect(later?.number == "81/QĐ-UBND")
            #expect(later?.warnings.contains { $0.contains("cites 88/QĐ-UBND") } == true)
            #expect(try await postgres.detail(id: 9)?.parsed.warnings.isEmpty == true)
        }
    }
}
