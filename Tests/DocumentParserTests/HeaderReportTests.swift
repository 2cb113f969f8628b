import Foundation
import Testing
@testable import DocumentParser

/// Prints one JSON line per real-dev scan ("HEADERJSON {…}") for shared/tools/score.py, and checks
/// that every line encodes. Run: swift test --filter HeaderReport 2>&1 | sed -n 's/^HEADERJSON //p'
@Suite struct HeaderReportTests {
    @Test func printsScorableJSON() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var lines: [String] = []
        for id in ["d01", "d02", "d03", "d04", "d05", "d06", "d07", "d08"] {
            var parsed = DocumentParser().parse(try HeaderFixtures.realDev(id))
            parsed.source.path = "\(id).txt"
            let data = try encoder.encode(parsed)
            lines.append("HEADERJSON " + String(decoding: data, as: UTF8.self))
        }
        print(lines.joined(separator: "\n"))
        #expect(lines.count == 8)
    }
}
