import Foundation
import Testing

@testable import DocumentParser

/// Issue 13, item 3: parse time is linear in the number of distinct citations (it was quadratic:
/// every citation was compared with every earlier one for OCR slips, and each comparison normalised
/// both texts). `Benchmarks/citation-scaling.sh` measures the release figures.
@Suite("Parse time against distinct citations")
struct CitationScalingTests {
    /// The hostile shape of the issue: full numbers on one date, each followed by two short forms.
    /// The serials have one length (1000, 1001, …): two serials of one day and issuer that differ
    /// by a digit put in, 100 or more apart, are one instrument misread (``OCRVariants``).
    static func text(_ n: Int) -> DocumentText {
        let body = (0..<n).map { i in
            "Căn cứ Quyết định số \(i + 1000)/QĐ-UBND ngày 1/1/2024 của UBND tỉnh; QĐ \(i + 1000) và Quyết định số \(i + 1000) đã nêu;"
        }.joined(separator: "\n")
        return DocumentText(path: "x.txt", sha256: "", pages: [.init(number: 1, text: body)])
    }

    static func cpuSeconds(_ body: () -> Void) -> Double {
        func now() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        }
        let start = now()
        body()
        return now() - start
    }

    @Test func fourTimesTheCitationsTakeAboutFourTimesAsLong() {
        var small: [Citation] = []
        var large: [Citation] = []
        _ = CitationExtractor().extract(from: Self.text(50), ownNumber: nil)  // warm-up
        let t1 = Self.cpuSeconds { small = CitationExtractor().extract(from: Self.text(500), ownNumber: nil) }
        let t4 = Self.cpuSeconds { large = CitationExtractor().extract(from: Self.text(2000), ownNumber: nil) }
        #expect(small.count == 500)
        #expect(large.count == 2000)
        #expect(large.allSatisfy { $0.mentions == 3 })
        // Linear gives 4, the old quadratic pass 10-16; 8 leaves room for a noisy machine.
        #expect(t4 / t1 < 8, "500 citations: \(t1) s, 2000: \(t4) s")
    }

    /// Decisions 1…n/QĐ-UBND of one date, each read cleanly.
    static func cleanDecisions(_ n: Int) -> [Citation] {
        (0..<n).map { i in
            Citation(
                type: "Quyết định",
                number: DocumentNumber("\(i + 1)/QĐ-UBND"),
                name: nil,
                date: "2024-01-01",
                issuer: nil,
                relation: .reference,
                text: "Quyết định số \(i + 1)/QĐ-UBND",
                page: 1,
                mentions: 1
            )
        }
    }

    @Test func ocrVariantsCompareOnlyNeighbours() {
        // 20,000 clean numbers on one date: none is a slip of another, and the merge is quick.
        let citations = Self.cleanDecisions(20_000)
        var merged: [Citation] = []
        let seconds = Self.cpuSeconds { merged = OCRVariants.merge(citations) }
        #expect(merged.count == 20_000)
        #expect(seconds < 20, "\(seconds) s")
    }

    @Test func aSlipAmongManyStillMerges() {
        var citations = Self.cleanDecisions(2_000)
        // "1 500/QĐ-UBND" read as 1600: damaged (not verbatim in its text), one edit from the clean 1500.
        citations.append(
            Citation(
                type: "Quyết định",
                number: "1600/QĐ-UBND",
                name: nil,
                date: "2024-01-01",
                issuer: nil,
                relation: .basis,
                text: "Quyết định số 1 600/QĐ-UBND",
                page: 1,
                mentions: 1
            )
        )
        let merged = OCRVariants.merge(citations)
        #expect(merged.count == 2_000)
    }
}
