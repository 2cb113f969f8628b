import ArgumentParser
import DocumentParser
import Foundation
import OCR
import Pipeline

/// `vanthu parse FILE...`: number, type, date, issuer, subject, signer, citations and deadlines.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Pull the fields, citations and deadlines out of documents (text files directly; scans through OCR).",
        discussion: "With --json, one object per file per line, as in shared/contracts/parsed-document.schema.json."
    )

    @Argument(help: "Text files, scans, or folders.")
    var paths: [String]

    @Flag(help: "Print JSON lines for programs instead of a summary for people.")
    var json = false

    @OptionGroup var ocr: OCROptionGroup

    @OptionGroup var pageLimit: PageLimitOption

    func run() throws {
        let (files, summary) = BatchSummary.start(paths)
        let json = self.json
        let loader = DocumentLoader(ocr: OCRProcessor(options: pageLimit.apply(to: ocr.options()), pageProgress: PageLimitOption.progress))
        do {
            try loader.load(files: files) { loaded in
                switch loaded.outcome {
                case .success(let text):
                    let parsed = DocumentParser().parse(text)
                    summary.succeeded(pages: text.pages.count)
                    Output.line(json ? DocumentPrinter.json(parsed) : DocumentPrinter.pretty(parsed))
                case .failure(let error):
                    summary.failed(error.description)
                    Output.error("vanthu: \(error)")
                case nil:
                    summary.skip()
                }
            }
        } catch {
            Output.error("vanthu: \(error)")
            throw ExitCode(1)
        }
        Output.error(summary.line(verb: "parse"))
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }
}
