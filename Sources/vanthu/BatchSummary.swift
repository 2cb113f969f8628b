import Foundation
import OCR
import Synchronization

/// Counts a batch as it runs and prints the closing summary line.
final class BatchSummary: Sendable {
    /// Expands `paths` into files and starts a summary that already counts (and reports) the
    /// paths that do not exist.
    static func start(_ paths: [String]) -> (files: [String], summary: BatchSummary) {
        let (files, missing) = InputCollector.collect(paths)
        let summary = BatchSummary()
        for error in missing {
            Output.error("vanthu: \(error)")
            summary.failed(error.description)
        }
        return (files, summary)
    }

    /// What the batch has counted so far.
    private struct Counts {
        var files = 0
        var pages = 0
        var failures: [String] = []
        var skipped = 0
    }

    private let started = Date()
    private let counts = Mutex(Counts())

    func succeeded(pages count: Int) {
        counts.withLock {
            $0.files += 1
            $0.pages += count
        }
    }

    func failed(_ message: String) {
        counts.withLock {
            $0.files += 1
            $0.failures.append(message)
        }
    }

    func skip() {
        counts.withLock {
            $0.files += 1
            $0.skipped += 1
        }
    }

    /// "ocr: 3 files, 12 pages in 14.2 s (0.85 pages/s), 1 failed; OpenMP threads per engine: 1".
    func line(verb: String) -> String {
        let (files, pages, failed, skipped) = counts.withLock { ($0.files, $0.pages, $0.failures.count, $0.skipped) }
        let seconds = Date().timeIntervalSince(started)
        let rate = seconds > 0 ? Double(pages) / seconds : 0
        var text =
            "\(verb): \(files) file\(files == 1 ? "" : "s"), \(pages) page\(pages == 1 ? "" : "s") in "
            + String(format: "%.1f s (%.2f pages/s)", seconds, rate)
        if skipped > 0 { text += ", \(skipped) already archived" }
        text += ", \(failed) failed"
        text += "; OpenMP threads per engine: \(OpenMP.threadLimit)"
        return text
    }

    var exitCode: Int32 { counts.withLock { $0.failures.isEmpty ? 0 : 1 } }
}
