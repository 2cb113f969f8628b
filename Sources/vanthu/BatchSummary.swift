import Foundation
import OCR

/// Counts a batch as it runs and prints the closing summary line.
final class BatchSummary: @unchecked Sendable {
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

    private let lock = NSLock()
    private let started = Date()
    private(set) var files = 0
    private(set) var pages = 0
    private(set) var failures: [String] = []
    private(set) var skipped = 0

    func succeeded(pages count: Int) {
        lock.withLock {
            files += 1
            pages += count
        }
    }

    func failed(_ message: String) {
        lock.withLock {
            files += 1
            failures.append(message)
        }
    }

    func skip() {
        lock.withLock {
            files += 1
            skipped += 1
        }
    }

    /// "ocr: 3 files, 12 pages in 14.2 s (0.85 pages/s), 1 failed; OpenMP threads per engine: 1".
    func line(verb: String) -> String {
        lock.withLock {
            let seconds = Date().timeIntervalSince(started)
            let rate = seconds > 0 ? Double(pages) / seconds : 0
            var text = "\(verb): \(files) file\(files == 1 ? "" : "s"), \(pages) page\(pages == 1 ? "" : "s") in "
                + String(format: "%.1f s (%.2f pages/s)", seconds, rate)
            if skipped > 0 { text += ", \(skipped) already archived" }
            text += ", \(failures.count) failed"
            text += "; OpenMP threads per engine: \(OpenMP.threadLimit)"
            return text
        }
    }

    var exitCode: Int32 { lock.withLock { failures.isEmpty ? 0 : 1 } }
}
