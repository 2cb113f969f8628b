import ArgumentParser
import Foundation
import OCR

/// `--max-pages N` of `ocr`, `parse` and `ingest`, and the per-page progress of long files.
struct PageLimitOption: ParsableArguments {
    @Option(name: .customLong("max-pages"), help: "Refuse files with more pages than this (read from the header, before any OCR).")
    var maxPages = 2000

    func validate() throws {
        guard maxPages > 0 else { throw ValidationError("--max-pages must be positive, not \(maxPages)") }
    }

    /// `options` with the page limit set.
    func apply(to options: OCROptions) -> OCROptions {
        var options = options
        options.maxPages = maxPages
        return options
    }

    /// Progress on standard error for files of more than one page: one line rewritten in place on a
    /// terminal, else a line every 25 pages and at the end (a 500-page PDF is never minutes of silence).
    static let progress: @Sendable (String, Int, Int) -> Void = { path, done, total in
        guard total > 1 else { return }
        if isatty(STDERR_FILENO) != 0 {
            FileHandle.standardError.write(Data("\r\u{1B}[2K\(FileName.display(path)): page \(done) of \(total)\(done == total ? "\n" : "")".utf8))
        } else if done % 25 == 0 || done == total {
            Output.error("vanthu: \(FileName.display(path)): page \(done) of \(total)")
        }
    }
}
