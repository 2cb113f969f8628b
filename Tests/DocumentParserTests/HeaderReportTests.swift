import Foundation
import Testing
@testable import DocumentParser

/// Prints one JSON line per real-dev scan ("HEADERJSON {…}") for shared/tools/score.py, and checks
/// that every line encodes. Run: swift test --filter HeaderReport 2>&1 | sed -n 's/^HEADERJSON //p'
/// ("HEADERJSONSIG " lines: the same with `dateFromSignatureTime` on).
@Suite struct HeaderReportTests {
    @Test func printsScorableJSON() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var lines: [String] = []
        for id in ["d01", "d02", "d03", "d04", "d05", "d06", "d07", "d08"] {
            let text = try HeaderFixtures.realDev(id)
            var parsed = DocumentParser().parse(text)
            parsed.source.path = "\(id).txt"
            lines.append("HEADERJSON " + String(decoding: try encoder.encode(parsed), as: UTF8.self))
            // The same with the date filled from the e-signature time where the written day is unreadable.
            let signed = HeaderExtractor(options: .init(dateFromSignatureTime: true)).extract(from: text)
            parsed.date = signed.date
            parsed.evidence = signed.evidence
            lines.append("HEADERJSONSIG " + String(decoding: try encoder.encode(parsed), as: UTF8.self))
        }
        print(lines.joined(separator: "\n"))
        #expect(lines.count == 16)
    }
}
