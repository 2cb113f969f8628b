import Foundation
import Testing

@testable import DocumentParser

/// Prints what the extractors read from a text, for looking at new samples:
///
///     VANTHU_DEBUG="$(cat sample.txt)" swift test --filter ExtractionDump
@Suite struct ExtractionDump {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["VANTHU_DEBUG"] != nil))
    func dump() throws {
        let body = ProcessInfo.processInfo.environment["VANTHU_DEBUG"] ?? ""
        let scanned = ScannedText(FixtureLoader.text(body))
        let r = LawNameReader(text: scanned)
        for i in 0..<scanned.count where scanned.scalars[i] == "L" {
            if let n = r.read(at: i) { print("NAME", n.name, n.foldedName, n.date ?? "-", n.year ?? 0, n.numbered) }
        }
        for d in DeadlineExtractor().extract(from: FixtureLoader.text(body), issueDate: "2024-02-29") {
            print("DL", d.date ?? "-", d.time ?? "-", d.recurrence ?? "-", "|", d.task ?? "-", "|", d.responsible ?? "-", "|", d.text)
        }
        for c in CitationExtractor().extract(from: FixtureLoader.text(body), ownNumber: nil) {
            print("CIT", c.number ?? "-", c.type ?? "-", c.date ?? "-", c.issuer ?? "-", c.relation, c.name ?? "-", "|", c.text)
        }
    }
}
