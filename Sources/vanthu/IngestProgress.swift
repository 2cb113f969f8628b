import Foundation
import OCR
import Pipeline

/// Shows an ingest as it runs: a progress bar on a terminal; plain lines, or JSON lines with
/// `--json`, when standard error/output is not a terminal.
final class IngestProgress: @unchecked Sendable {
    enum Style { case bar, lines, json }

    private let lock = NSLock()
    private let style: Style
    private let total: Int
    private let started = Date()
    private var done = 0
    private var pages = 0
    private var stored = 0
    private var skipped = 0
    private(set) var failures: [(path: String, reason: String)] = []

    init(total: Int, json: Bool) {
        self.total = total
        style = json ? .json : (isatty(STDERR_FILENO) != 0 ? .bar : .lines)
        if style == .bar { draw() }
    }

    func record(_ event: IngestEvent) {
        lock.withLock {
            done += 1
            switch event {
            case .stored(_, _, let count, _, _):
                stored += 1
                pages += count
            case .alreadyArchived:
                skipped += 1
            case .failed(let path, let reason):
                failures.append((path, reason))
            }
            switch style {
            case .json: Output.line(Self.json(event))
            case .lines: Output.line(Self.line(event))
            case .bar:
                if case .failed(let path, let reason) = event { Output.error("\r\u{1B}[K vanthu: \(FileName.display(path)): \(reason)") }
                draw()
            }
        }
    }

    /// The closing summary, and the failures with their reasons.
    func finish() {
        lock.withLock {
            if style == .bar { Output.error("") }
            let seconds = Date().timeIntervalSince(started)
            let summary = "ingest: \(done) file\(done == 1 ? "" : "s"): \(stored) stored (\(pages) pages), \(skipped) already archived, "
                + "\(failures.count) failed, in " + String(format: "%.1f s (%.2f pages/s)", seconds, seconds > 0 ? Double(pages) / seconds : 0)
            Output.error(summary)
            for failure in failures { Output.error("  failed: \(failure.path): \(failure.reason)") }
        }
    }

    private func draw() {
        let seconds = Date().timeIntervalSince(started)
        let rate = seconds > 0 ? Double(pages) / seconds : 0
        let fraction = total > 0 ? Double(done) / Double(total) : 1
        let width = 24
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        var eta = "—"
        if done > 0, done < total {
            let remaining = seconds / Double(done) * Double(total - done)
            eta = remaining >= 60 ? "\(Int(remaining) / 60)m\(String(format: "%02d", Int(remaining) % 60))s" : "\(Int(remaining))s"
        }
        let text = "\r\u{1B}[K\(bar) \(done)/\(total) files · \(pages) pages · " + String(format: "%.2f", rate)
            + " pages/s · ETA \(eta) · \(failures.count) failed"
        FileHandle.standardError.write(Data(text.utf8))
    }

    private static func line(_ event: IngestEvent) -> String {
        switch event {
        case .stored(let path, let id, let pages, let version, let number):
            return "stored #\(id) \(number ?? "(no number)") \(FileName.display(path)) (\(pages) page\(pages == 1 ? "" : "s")\(version > 1 ? ", version \(version)" : ""))"
        case .alreadyArchived(let path, let id):
            return "already archived \(FileName.display(path))" + (id.map { " as #\($0)" } ?? "")
        case .failed(let path, let reason):
            return "failed \(FileName.display(path)): \(reason)"
        }
    }

    private static func json(_ event: IngestEvent) -> String {
        var object: [String: Any] = ["path": event.path]
        switch event {
        case .stored(_, let id, let pages, let version, let number):
            object["event"] = "stored"
            object["id"] = id
            object["pages"] = pages
            object["version"] = version
            object["number"] = number ?? NSNull()
        case .alreadyArchived(_, let id):
            object["event"] = "already-archived"
            object["id"] = id ?? NSNull()
        case .failed(_, let reason):
            object["event"] = "failed"
            object["reason"] = reason
        }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
