import Foundation
import Testing

@testable import DocumentParser

/// Prints one JSON line per real-dev scan ("HEADERJSON {…}") for shared/tools/score.py, and checks
/// that every line encodes. Run: swift test --filter HeaderReport 2>&1 | sed -n 's/^HEADERJSON //p'
/// ("HEADERJSONSIG ": with `dateFromSignatureTime` on; "HEADERJSONBARE ": paths d01.pdf … as the
/// scorer names them, so no clerk's file name).
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
            // As the scorer sees the files (d01.pdf …): no clerk's file name to lean on.
            var bare = DocumentParser().parse(try HeaderFixtures.realDev(id, path: "\(id).pdf"))
            bare.source.path = "\(id).txt"
            lines.append("HEADERJSONBARE " + String(decoding: try encoder.encode(bare), as: UTF8.self))
        }
        print(lines.joined(separator: "\n"))
        #expect(lines.count == 24)
    }
}
