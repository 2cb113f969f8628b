// Throughput of `DocumentParser().parse` on the seed plan and the real-dev OCR texts, each
// repeated; built with -O outside the package by `Benchmarks/parser-throughput.sh`.
import DocumentParser
import Foundation

let arguments = CommandLine.arguments.dropFirst()
// PARSER_REPEATS=N sets the rounds; PARSER_ONLY_WHOLE=1 stops after the whole-parse figure (for profilers).
let environment = ProcessInfo.processInfo.environment
let repeats = Int(environment["PARSER_REPEATS"] ?? "") ?? 200
var inputs: [DocumentText] = []
for path in arguments {
    guard let body = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
    let pages = body.split(separator: "\u{0C}", omittingEmptySubsequences: false).enumerated().map {
        DocumentText.Page(number: $0.offset + 1, text: String($0.element))
    }
    inputs.append(DocumentText(path: path, sha256: String(repeating: "0", count: 64), pages: pages))
}
let bytes = inputs.reduce(0) { $0 + $1.pages.reduce(0) { $0 + $1.text.utf8.count } }
var citations = 0
let clock = ContinuousClock()
// One warm-up round.
for input in inputs { citations += DocumentParser().parse(input).citations.count }
let elapsed = clock.measure {
    for _ in 0..<repeats {
        for input in inputs { citations += DocumentParser().parse(input).citations.count }
    }
}
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
let megabytes = Double(bytes * repeats) / 1_000_000
print(String(format: "%d files, %d bytes × %d = %.2f MB in %.3f s: %.2f MB/s (%d citations)",
             inputs.count, bytes, repeats, megabytes, seconds, megabytes / seconds, citations))

if environment["PARSER_ONLY_WHOLE"] != nil { exit(0) }

// One large document: every input concatenated 50 times, to show the scan stays linear.
let big = String(repeating: inputs.map { $0.pages.map(\.text).joined(separator: "\n") }.joined(separator: "\n"), count: 50)
let bigText = DocumentText(path: "big.txt", sha256: String(repeating: "0", count: 64), pages: [.init(number: 1, text: big)])
let bigElapsed = clock.measure { citations += DocumentParser().parse(bigText).citations.count }
let bigSeconds = Double(bigElapsed.components.seconds) + Double(bigElapsed.components.attoseconds) / 1e18
print(String(format: "one document of %.2f MB: %.3f s, %.2f MB/s", Double(big.utf8.count) / 1e6, bigSeconds, Double(big.utf8.count) / 1e6 / bigSeconds))

// Where the time goes: each stage alone on the same inputs.
func stage(_ name: String, _ body: (DocumentText) -> Int) {
    let elapsed = clock.measure {
        for _ in 0..<repeats / 4 { for input in inputs { citations += body(input) } }
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print("  " + name.padding(toLength: 10, withPad: " ", startingAt: 0) + String(format: " %.2f MB/s", megabytes / 4 / seconds))
}
stage("header") { HeaderExtractor().extract(from: $0).warnings.count }
stage("citations") { CitationExtractor().extract(from: $0, ownNumber: nil).count }
stage("deadlines") { DeadlineExtractor().extract(from: $0, issueDate: nil).count }
