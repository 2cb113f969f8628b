import ArgumentParser
import Foundation
import OCR

/// `vanthu ocr PATH...`: the text of scanned files, page by page.
struct OCRCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ocr",
        abstract: "Recognise the text of scans: PDF, PNG, JPEG, TIFF files and folders of them.",
        discussion: """
            Formats are recognised by content, not by name. PDF pages with a trustworthy text layer use it \
            (unless --force-ocr). Failed files are reported on standard error, one line each, and the rest \
            go on. Exit status: 0 all good, 1 some files failed, 2 usage error.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, hocr
    }

    @Argument(help: "Files or folders (searched recursively).")
    var paths: [String]

    @Option(help: "Output: text, json (lines and words with boxes and confidences), or hocr.")
    var format: Format = .text

    @Option(help: "Also write an archive copy with an invisible text layer to this PDF (pages are then recognised one at a time).")
    var searchablePDF: String?

    @OptionGroup var ocr: OCROptionGroup

    @OptionGroup var pageLimit: PageLimitOption

    func run() throws {
        let (files, summary) = BatchSummary.start(paths)
        let format = self.format
        let several = files.count > 1
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        let processor = OCRProcessor(options: pageLimit.apply(to: ocr.options(hocr: format == .hocr)), pageProgress: PageLimitOption.progress)
        do {
            try processor.run(files: files, searchablePDF: searchablePDF) { result in
                switch result {
                case .success(let document):
                    summary.succeeded(pages: document.pages.count)
                    Self.print(document, format: format, header: several, encoder: encoder)
                case .failure(let error):
                    summary.failed(error.description)
                    Output.error("vanthu: \(error)")
                }
            }
        } catch {
            Output.error("vanthu: \(error)")
            throw ExitCode(1)
        }
        Output.error(summary.line(verb: "ocr"))
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }

    private static func print(_ document: RecognizedDocument, format: Format, header: Bool, encoder: JSONEncoder) {
        switch format {
        case .text:
            if header { Output.line("==> \(FileName.display(document.path)) <==") }
            Output.line(document.pages.map(\.text).joined(separator: "\u{0C}\n"))
        case .json:
            if let data = try? encoder.encode(document) {
                Output.line(String(decoding: data, as: UTF8.self))
            }
        case .hocr:
            Output.line(HOCRDocument.wrap(pages: document.pages.compactMap(\.hocr), title: document.path))
        }
    }
}

/// Wraps tesseract's per-page hOCR fragments in a complete XHTML document.
enum HOCRDocument {
    static func wrap(pages: [String], title: String) -> String {
        let escaped = title.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
            <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
             <head>
              <title>\(escaped)</title>
              <meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>
              <meta name="ocr-system" content="vanthu (tesseract)"/>
              <meta name="ocr-capabilities" content="ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf"/>
             </head>
             <body>
            \(pages.joined())
             </body>
            </html>
            """
    }
}
