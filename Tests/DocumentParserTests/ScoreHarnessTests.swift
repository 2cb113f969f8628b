import Foundation
import Testing
@testable import DocumentParser

/// Writes one JSON line of `ParsedDocument` per fixture for `shared/tools/score.py`.
/// Runs only when `VANTHU_SCORE_OUT` names the output file:
///
///     VANTHU_SCORE_OUT=/tmp/dev.jsonl swift test --filter ScoreHarness
///     python3 ../shared/tools/score.py ../shared/real-dev /tmp/dev.jsonl -v --fields number
@Suite struct ScoreHarness {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["VANTHU_SCORE_OUT"] != nil))
    func writeParsedFixtures() throws {
        let out = try #require(ProcessInfo.processInfo.environment["VANTHU_SCORE_OUT"])
        var documents = try FixtureLoader.realDevNames.map(FixtureLoader.realDev)
        documents.append(try FixtureLoader.seed())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var lines = ""
        for document in documents {
            let parsed = DocumentParser().parse(document)
            lines += String(decoding: try encoder.encode(parsed), as: UTF8.self) + "\n"
        }
        try lines.write(toFile: out, atomically: true, encoding: .utf8)
    }
}
