import Foundation
import Testing

@testable import DocumentParser

/// Writes one JSON line of `ParsedDocument` per fixture for `shared/tools/score.py`.
/// Runs only when `VANTHU_SCORE_OUT` names the output file:
///
///     VANTHU_SCORE_OUT=/tmp/dev.jsonl swift test --filter ScoreHarness
///     python3 ../shared/tools/score.py ../shared/real-dev /tmp/dev.jsonl -v --fields number
///
/// `VANTHU_SCORE_DIR=/dir` parses `/dir/*.txt` instead (another OCR run of the same scans).
@Suite struct ScoreHarness {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["VANTHU_SCORE_OUT"] != nil))
    func writeParsedFixtures() throws {
        let out = try #require(ProcessInfo.processInfo.environment["VANTHU_SCORE_OUT"])
        var documents: [DocumentText]
        if let directory = ProcessInfo.processInfo.environment["VANTHU_SCORE_DIR"] {
            // Another OCR of the same scans (VANTHU_SCORE_DIR=/path with dNN.txt, pages split by \f).
            let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".txt") }.sorted()
            documents = try names.map { name in
                let body = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
                let pages = body.split(separator: "\u{0C}", omittingEmptySubsequences: false).enumerated().map {
                    DocumentText.Page(number: $0.offset + 1, text: String($0.element))
                }
                return DocumentText(path: name, sha256: String(repeating: "0", count: 64), pages: pages, source: .ocr)
            }
        } else {
            documents = try FixtureLoader.realDevNames.map(FixtureLoader.realDev)
            documents.append(try FixtureLoader.seed())
        }
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
