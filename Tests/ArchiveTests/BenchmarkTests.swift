import DocumentParser
import Foundation
import Testing
@testable import Archive

/// Not a test: `VANTHU_BENCHMARK=100000 swift test -c release --filter BenchmarkTests` prints
/// ingest documents/s, size and query latencies.
@Suite struct BenchmarkTests {
    static let count = Int(ProcessInfo.processInfo.environment["VANTHU_BENCHMARK"] ?? "") ?? 0

    @Test(.enabled(if: count > 0)) func benchmark() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("bench.sqlite")
        let archive = try SQLiteArchive(path: path)
        var textBytes = 0
        let start = Date()
        var batch: [(ParsedDocument, DocumentText)] = []
        for (parsed, text) in SyntheticArchive.generate(count: Self.count, seed: 42) {
            textBytes += text.pages.reduce(0) { $0 + $1.text.utf8.count }
            batch.append((parsed, text))
            if batch.count == 200 {
                _ = try archive.store(batch: batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        _ = try archive.store(batch: batch)
        let seconds = Date().timeIntervalSince(start)
        // One transaction per document, on a separate archive, for comparison.
        let singleCount = min(Self.count, 10_000)
        let single = try SQLiteArchive(path: directory.path("single.sqlite"))
        let singleStart = Date()
        for (parsed, text) in SyntheticArchive.generate(count: singleCount, seed: 43) {
            _ = try single.store(parsed, text: text)
        }
        let singleSeconds = Date().timeIntervalSince(singleStart)
        print("BENCH ingest one transaction per document: \(singleCount) docs = \(Int(Double(singleCount) / singleSeconds)) docs/s")
        let size = ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
            + ((try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0)
        print("BENCH ingest batches of 200: \(Self.count) docs in \(String(format: "%.1f", seconds)) s = \(Int(Double(Self.count) / seconds)) docs/s; text \(textBytes / 1_048_576) MB; archive \(size / 1_048_576) MB (\(String(format: "%.2f", Double(size) / Double(max(1, textBytes)))) MB per MB of text)")
        let queries: [(String, SearchQuery)] = [
            ("instrument full", SearchQuery("59/2023/NĐ-CP")),
            ("instrument folded", SearchQuery("nghi dinh 59/2023")),
            ("instrument short", SearchQuery("NĐ 59/2023")),
            ("instrument QĐ", SearchQuery("QĐ 3855")),
            ("instrument party", SearchQuery("05-CT/TW")),
            ("instrument local", SearchQuery("120/KH-UBND")),
            ("instrument page 3", SearchQuery("30/2020/NĐ-CP", offset: 40)),
            ("folded one word", SearchQuery("hoa")),
            ("exact one word", SearchQuery("hòa")),
            ("folded words", SearchQuery("phong chay chua chay")),
            ("exact words", SearchQuery("phòng cháy chữa cháy")),
            ("đ folded", SearchQuery("dan chu co so")),
            ("phrase", SearchQuery("\"chuyển đổi số\"")),
            ("rare word", SearchQuery("Phù Đổng")),
            ("common word", SearchQuery("thực hiện")),
            ("filter type", SearchQuery("van thu", type: "Kế hoạch")),
            ("filter issuer", SearchQuery("bao cao", issuer: "UBND Quận 6")),
            ("filter dates", SearchQuery("an toan giao thong", from: "2020-01-01", to: "2020-12-31")),
            ("filter cites", SearchQuery("dan chu", cites: "59/2023/NĐ-CP")),
            ("unsafe", SearchQuery("\"AND OR ( NEAR *")),
        ]
        for (name, query) in queries {
            var times: [Double] = []
            var count = 0
            for _ in 0..<20 {
                let t = Date()
                count = try archive.search(query).results.count
                times.append(Date().timeIntervalSince(t) * 1000)
            }
            times.sort()
            print("BENCH query \(name): p50 \(String(format: "%.1f", times[9])) ms, p95 \(String(format: "%.1f", times[18])) ms, \(count) results")
        }
        let t = Date()
        var sink = NullOutput()
        try archive.exportGraph(GraphOptions(format: .graphml), to: &sink)
        print("BENCH graphml export: \(String(format: "%.1f", Date().timeIntervalSince(t))) s, \(sink.bytes / 1_048_576) MB")
    }
}

struct NullOutput: TextOutputStream {
    var bytes = 0
    mutating func write(_ string: String) { bytes += string.utf8.count }
}
