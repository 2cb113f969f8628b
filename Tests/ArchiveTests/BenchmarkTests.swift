import ArchiveSynthetic
import DocumentParser
import Foundation
import Synchronization
import Testing

@testable import Archive

/// Not a test: `VANTHU_BENCHMARK=100000 swift test -c release --filter BenchmarkTests` prints
/// ingest documents/s, size and query latencies. `VANTHU_BENCHMARK_ARCHIVE=PATH` keeps the archive
/// there (and reuses it, skipping the ingest, when it exists: for `Benchmarks/fts-overhead.sh` and
/// for query work); `VANTHU_BENCHMARK_SINGLE=N` sets the one-transaction-per-document comparison
/// (default 10,000; 0 skips it).
@Suite struct BenchmarkTests {
    static let environment = ProcessInfo.processInfo.environment
    static let count = Int(environment["VANTHU_BENCHMARK"] ?? "") ?? 0

    @Test(.enabled(if: count > 0)) func benchmark() throws {
        let directory = try TemporaryDirectory()
        let path = Self.environment["VANTHU_BENCHMARK_ARCHIVE"] ?? directory.path("bench.sqlite")
        let reuse = FileManager.default.fileExists(atPath: path)
        let archive = try SQLiteArchive(path: path)
        if !reuse {
            try ingest(into: archive, path: path)
            try ingestOneByOne(directory: directory)
        }
        try queries(archive)
    }

    func ingest(into archive: SQLiteArchive, path: String) throws {
        var textBytes = 0
        var storing: TimeInterval = 0
        var cpu: TimeInterval = 0
        let start = Date()
        var batch: [(ParsedDocument, DocumentText)] = []
        func flush() throws {
            let t = Date()
            let c = Self.processCPUTime()
            _ = try archive.store(batch: batch)
            storing += Date().timeIntervalSince(t)
            cpu += Self.processCPUTime() - c
            batch.removeAll(keepingCapacity: true)
        }
        for (parsed, text) in SyntheticArchive.generate(count: Self.count, seed: 42) {
            textBytes += text.pages.reduce(0) { $0 + $1.text.utf8.count }
            batch.append((parsed, text))
            if batch.count == 200 { try flush() }
        }
        try flush()
        let seconds = Date().timeIntervalSince(start)
        let size =
            ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
            + ((try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0)
        print(
            "BENCH ingest batches of 200: \(Self.count) docs in \(String(format: "%.1f", seconds)) s = \(Int(Double(Self.count) / seconds)) docs/s with generation, \(Int(Double(Self.count) / storing)) docs/s in store(batch:) (\(Int(Double(Self.count) / cpu)) per CPU second); text \(textBytes / 1_048_576) MB; archive \(size / 1_048_576) MB (\(String(format: "%.2f", Double(size) / Double(max(1, textBytes)))) MB per MB of text)"
        )
    }

    /// CPU seconds used by this process so far (all threads): a figure the machine's other work
    /// disturbs less than wall time.
    static func processCPUTime() -> TimeInterval {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
    }

    /// One transaction per document (the CLI's path), on a separate archive, for comparison.
    func ingestOneByOne(directory: TemporaryDirectory) throws {
        let singleCount = Int(Self.environment["VANTHU_BENCHMARK_SINGLE"] ?? "") ?? min(Self.count, 10_000)
        guard singleCount > 0 else { return }
        let single = try SQLiteArchive(path: directory.path("single.sqlite"))
        var storing: TimeInterval = 0
        for (parsed, text) in SyntheticArchive.generate(count: singleCount, seed: 43) {
            let t = Date()
            _ = try single.store(parsed, text: text)
            storing += Date().timeIntervalSince(t)
        }
        print("BENCH ingest one transaction per document: \(singleCount) docs = \(Int(Double(singleCount) / storing)) docs/s in store(_:text:)")
    }

    func queries(_ archive: SQLiteArchive) throws {
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
        if let directory = Self.environment["VANTHU_BENCHMARK_SQL"] {
            try writeStatements(of: queries, archive: archive, to: directory)
        }
        let t = Date()
        var sink = NullOutput()
        try archive.exportGraph(GraphOptions(format: .graphml), to: &sink)
        print("BENCH graphml export: \(String(format: "%.1f", Date().timeIntervalSince(t))) s, \(sink.bytes / 1_048_576) MB")
    }
}

extension BenchmarkTests {
    /// Writes the SQL each query runs (arguments inlined), one file per query kind, for the
    /// `sqlite3` shell to replay (`Benchmarks/fts-overhead.sh`).
    func writeStatements(of queries: [(String, SearchQuery)], archive: SQLiteArchive, to directory: String) throws {
        let log = StatementLog()
        let traced = try SQLiteArchive(path: archive.path, maximumPageCount: nil, trace: { log.append($0) })
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for (index, (name, query)) in queries.enumerated() {
            log.clear()
            _ = try traced.search(query)
            // Ours only: FTS5's own statements (its config, `fts5(NULL)`) run inside the shell too.
            let statements = log.statements.filter {
                ($0.hasPrefix("SELECT") || $0.hasPrefix("WITH")) && !$0.contains("'main'.") && !$0.hasPrefix("SELECT fts5(")
            }
            let file = (directory as NSString).appendingPathComponent(String(format: "%02d ", index) + name + ".sql")
            try statements.map { $0 + ";\n" }.joined().write(toFile: file, atomically: true, encoding: .utf8)
        }
    }
}

/// Statements seen by a trace, from any connection.
final class StatementLog: Sendable {
    private let seen = Mutex<[String]>([])

    func append(_ statement: String) { seen.withLock { $0.append(statement) } }
    func clear() { seen.withLock { $0.removeAll() } }
    var statements: [String] { seen.withLock { $0 } }
}

struct NullOutput: TextOutputStream {
    var bytes = 0
    mutating func write(_ string: String) { bytes += string.utf8.count }
}
