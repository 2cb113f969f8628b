import Foundation
import OCR
import Pipeline
import Synchronization

/// Shows an ingest as it runs: a progress bar on a terminal; plain lines, or JSON lines with
/// `--json`, when standard error/output is not a terminal.
///
/// The bar fits the terminal's width (`TIOCGWINSZ`, else `COLUMNS`, else 80) and never writes
/// its last column, so it leaves no trail; it counts pages as the OCR finishes them and names the
/// file being read. A stored document the parser flags (its notices) gets a line of its own above
/// the bar, and the summary says how many need checking.
final class IngestProgress: Sendable {
    enum Style { case bar, lines, json }

    /// What the ingest has reported so far.
    private struct Counts {
        var done = 0
        var pages = 0
        var stored = 0
        var skipped = 0
        var copies = 0
        var toCheck = 0
        /// Pages finished of files still being read, by path.
        var reading: [String: (done: Int, total: Int)] = [:]
        var current: String?
        var failures: [(path: String, reason: String)] = []
    }

    private let style: Style
    private let total: Int
    private let started = Date()
    private let width: Int
    /// Held while a line or the bar is written, so lines never interleave.
    private let counts = Mutex(Counts())

    /// The files that failed, with their reasons.
    var failures: [(path: String, reason: String)] { counts.withLock { $0.failures } }

    init(total: Int, json: Bool, width: Int? = nil) {
        self.total = total
        style = json ? .json : (isatty(STDERR_FILENO) != 0 ? .bar : .lines)
        self.width = width ?? Self.terminalWidth()
        if style == .bar { counts.withLock { draw($0) } }
    }

    /// The page progress of one file (from the OCR stage): redraws the bar on a terminal, else
    /// reports long files as ``PageLimitOption/progress`` does.
    func page(path: String, done pagesDone: Int, total pagesTotal: Int) {
        guard style == .bar else {
            PageLimitOption.progress(path, pagesDone, pagesTotal)
            return
        }
        counts.withLock { counts in
            counts.reading[path] = (pagesDone, pagesTotal)
            counts.current = path
            draw(counts)
        }
    }

    func record(_ event: IngestEvent) {
        counts.withLock { counts in
            counts.done += 1
            counts.reading[event.path] = nil
            if counts.current == event.path { counts.current = counts.reading.keys.sorted().first }
            var check: String?
            switch event {
            case .stored(let path, let id, let count, _, let number, let copyOf, let notices):
                counts.stored += 1
                counts.pages += count
                if copyOf != nil { counts.copies += 1 }
                if !notices.isEmpty {
                    counts.toCheck += 1
                    let name = FileName.display(path).split(separator: "/").last.map(String.init) ?? path
                    check = Self.fitted("cần kiểm tra #\(id) \(number ?? "(không có số)") \(name): " + notices.joined(separator: "; "), width: width)
                }
            case .alreadyArchived:
                counts.skipped += 1
            case .failed(let path, let reason):
                counts.failures.append((path, reason))
            }
            switch style {
            case .json: Output.line(Self.json(event))
            case .lines: Output.line(Self.line(event))
            case .bar:
                if case .failed(let path, let reason) = event { Output.error("\r\u{1B}[K vanthu: \(FileName.display(path)): \(reason)") }
                if let check { Output.error("\r\u{1B}[K " + check) }
                if case .stored(_, let id, _, _, _, let copyOf?, _) = event { Output.error("\r\u{1B}[K #\(id) là một bản quét khác của #\(copyOf)") }
                draw(counts)
            }
        }
    }

    /// The closing summary, and the failures with their reasons.
    func finish() {
        counts.withLock { counts in
            if style == .bar { Output.error("") }
            let seconds = Date().timeIntervalSince(started)
            var summary =
                "ingest: \(counts.done) file\(counts.done == 1 ? "" : "s"): \(counts.stored) stored (\(counts.pages) pages), \(counts.skipped) already archived, "
                + "\(counts.failures.count) failed, in "
                + String(format: "%.1f s (%.2f pages/s)", seconds, seconds > 0 ? Double(counts.pages) / seconds : 0)
            if counts.copies > 0 { summary += "; \(counts.copies) copies of archived documents" }
            summary += "; \(counts.toCheck) need checking"
            Output.error(summary)
            for failure in counts.failures { Output.error("  failed: \(failure.path): \(failure.reason)") }
        }
    }

    /// Redraws the bar in place (called with the lock held).
    private func draw(_ counts: Counts) {
        let partial = counts.reading.values.reduce(0) { $0 + $1.done }
        let file = counts.current.map { path in (FileName.display(path).split(separator: "/").last.map(String.init) ?? path, counts.reading[path]) }
        let text = Self.bar(
            width: width,
            done: counts.done,
            total: total,
            pages: counts.pages + partial,
            seconds: Date().timeIntervalSince(started),
            failed: counts.failures.count,
            file: file.map { ($0.0, $0.1?.done, $0.1?.total) }
        )
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
    }

    /// The bar's text for a terminal `width` columns wide: at most `width - 1` characters, so the
    /// cursor never wraps; the parts that do not fit are left out, the file name shortened.
    static func bar(
        width: Int,
        done: Int,
        total: Int,
        pages: Int,
        seconds: Double,
        failed: Int,
        file: (name: String, page: Int?, pages: Int?)?
    ) -> String {
        let room = max(20, width) - 1
        let fraction = total > 0 ? Double(done) / Double(total) : 1
        var eta = "—"
        if done > 0, done < total {
            let remaining = seconds / Double(done) * Double(total - done)
            eta = remaining >= 60 ? "\(Int(remaining) / 60)m\(String(format: "%02d", Int(remaining) % 60))s" : "\(Int(remaining))s"
        }
        let rate = String(format: "%.2f", seconds > 0 ? Double(pages) / seconds : 0)
        var stats = ["\(done)/\(total) files", "\(pages) pages", "\(rate) pages/s", "ETA \(eta)"]
        if failed > 0 { stats.append("\(failed) failed") }
        func meter(_ cells: Int) -> String {
            let filled = min(cells, Int(fraction * Double(cells)))
            return String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled)
        }
        var cells = 20
        var line = meter(cells) + " " + stats.joined(separator: " · ")
        while line.count > room, cells > 8 {
            cells -= 4
            line = meter(cells) + " " + stats.joined(separator: " · ")
        }
        while line.count > room, stats.count > 2 {
            stats.remove(at: 2)
            line = meter(cells) + " " + stats.joined(separator: " · ")
        }
        if let file {
            let position = file.page.flatMap { page in file.pages.map { " p. \(page)/\($0)" } } ?? ""
            let free = room - line.count - 3 - position.count
            if free >= 8 {
                let name = file.name.count > free ? "…" + file.name.suffix(free - 1) : file.name
                line += " · " + name + position
            }
        }
        return String(line.prefix(room))
    }

    /// `text` on one line of a terminal `width` columns wide (cut with "…").
    static func fitted(_ text: String, width: Int) -> String {
        let room = max(20, width) - 2
        return text.count > room ? text.prefix(room - 1) + "…" : text
    }

    /// Columns of the terminal on standard error: `TIOCGWINSZ`, else `COLUMNS`, else 80.
    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }

    private static func line(_ event: IngestEvent) -> String {
        switch event {
        case .stored(let path, let id, let pages, let version, let number, let copyOf, let notices):
            return
                "stored #\(id) \(number ?? "(no number)") \(FileName.display(path)) (\(pages) page\(pages == 1 ? "" : "s")\(version > 1 ? ", version \(version)" : ""))"
                + (copyOf.map { ", copy of #\($0)" } ?? "") + (notices.isEmpty ? "" : " · cần kiểm tra: " + notices.joined(separator: "; "))
        case .alreadyArchived(let path, let id):
            return "already archived \(FileName.display(path))" + (id.map { " as #\($0)" } ?? "")
        case .failed(let path, let reason):
            return "failed \(FileName.display(path)): \(reason)"
        }
    }

    static func json(_ event: IngestEvent) -> String {
        var object: [String: Any] = ["path": event.path]
        switch event {
        case .stored(_, let id, let pages, let version, let number, let copyOf, let notices):
            object["event"] = "stored"
            object["id"] = id
            object["pages"] = pages
            object["version"] = version
            object["number"] = number ?? NSNull()
            object["copyOf"] = copyOf ?? NSNull()
            object["notices"] = notices
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
