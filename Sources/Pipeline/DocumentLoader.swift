public import DocumentParser
import Foundation
public import OCR

/// Turns input files into `DocumentText` for the parser: text files are read directly, scans
/// (PDF, PNG, JPEG, TIFF) go through the OCR stage. This is where the OCR stage's value type is
/// translated into the parser's, so that neither knows the other.
public struct DocumentLoader: Sendable {
    /// A file that could not be turned into text.
    public typealias Failure = OCRError

    public let ocr: OCRProcessor

    /// Creates a loader.
    public init(ocr: OCRProcessor) {
        self.ocr = ocr
    }

    /// Loads `files` in input order, calling `handler` once per file with its text and, for scans,
    /// the recognised pages (word boxes, confidences). A failed file never stops the others.
    /// - Parameter skip: asked first for each file with its SHA-256; return `true` to skip it
    ///   without OCR (already archived).
    /// - Throws: only when the OCR engine cannot start at all.
    public func load(
        files: [String],
        skip: @escaping @Sendable (_ path: String, _ sha256: String) -> Bool = { _, _ in false },
        handler: @escaping @Sendable (LoadedDocument) -> Void
    ) throws {
        var batch: [(path: String, sha256: String)] = []
        func flush() throws {
            guard !batch.isEmpty else { return }
            let digests = Dictionary(batch.map { ($0.path, $0.sha256) }, uniquingKeysWith: { first, _ in first })
            try ocr.run(files: batch.map(\.path)) { result in
                switch result {
                case .success(let recognized):
                    let sha = digests[recognized.path] ?? ""
                    handler(
                        .init(path: recognized.path, sha256: sha, outcome: .success(Self.text(of: recognized, sha256: sha)), recognized: recognized)
                    )
                case .failure(let error):
                    handler(.init(path: error.path, sha256: digests[error.path] ?? "", outcome: .failure(error), recognized: nil))
                }
            }
            batch.removeAll()
        }
        for path in files {
            // Never digest or sniff a FIFO or a device: it would block or never end.
            do {
                try RegularFile.check(path)
            } catch {
                try flush()
                handler(.init(path: path, sha256: "", outcome: .failure(error), recognized: nil))
                continue
            }
            guard let sha256 = FileDigest.sha256(path: path) else {
                try flush()
                handler(
                    .init(
                        path: path,
                        sha256: "",
                        outcome: .failure(OCRError(.notFound, path: path, reason: "the file cannot be read")),
                        recognized: nil
                    )
                )
                continue
            }
            if skip(path, sha256) {
                try flush()
                handler(.init(path: path, sha256: sha256, outcome: nil, recognized: nil))
                continue
            }
            let format: InputFormat
            do {
                format = try InputFormat.sniff(path: path)
            } catch let error as OCRError {
                try flush()
                handler(.init(path: path, sha256: sha256, outcome: .failure(error), recognized: nil))
                continue
            }
            if format == .text {
                try flush()
                handler(.init(path: path, sha256: sha256, outcome: Self.readText(path: path, sha256: sha256), recognized: nil))
            } else {
                batch.append((path, sha256))
            }
        }
        try flush()
    }

    /// The parser's view of a recognised scan: one page of text each, the e-signature box apart.
    public static func text(of recognized: RecognizedDocument, sha256: String) -> DocumentText {
        DocumentText(
            path: recognized.path,
            sha256: sha256,
            pages: recognized.pages.map { .init(number: $0.number, text: $0.text, confidence: $0.meanConfidence, handwriting: handwriting(of: $0)) },
            source: recognized.isBornDigital ? .pdfText : .ocr,
            signatureText: recognized.signatureText
        )
    }

    /// The OCR stage's handwritten fields in the parser's terms: every reading, best first per field.
    static func handwriting(of page: RecognizedPage) -> [HandwrittenReading] {
        (page.handwriting ?? []).flatMap { field in
            let ink = field.ink ?? field.region
            return field.readings.map { reading in
                HandwrittenReading(
                    field: Self.field(field.kind),
                    digits: reading.digits,
                    confidence: reading.confidence,
                    method: reading.method == .classifier ? .classifier : .ocrDigits,
                    looksHandwritten: field.looksHandwritten,
                    box: PageBox(x: ink.x, y: ink.y, width: ink.width, height: ink.height),
                    printed: field.printed
                )
            }
        }
    }

    private static func field(_ kind: HandwrittenField.Kind) -> HandwrittenReading.Field {
        switch kind {
        case .number: .number
        case .day: .day
        case .month: .month
        case .citationNumber: .citationNumber
        }
    }

    /// Reads a UTF-8 text file (or UTF-16 with a byte-order mark); form feeds separate pages.
    static func readText(path: String, sha256: String) -> Result<DocumentText, OCRError> {
        guard let data = FileName.contents(of: path), let text = InputFormat.decodeText(data) else {
            return .failure(OCRError(.undecodable, path: path, reason: "the text file is not valid UTF-8 (nor UTF-16 with a byte-order mark)"))
        }
        if let recognized = recognizedJSON(data) {
            return .success(Self.text(of: recognized, sha256: sha256))
        }
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).enumerated().map {
            DocumentText.Page(number: $0.offset + 1, text: String($0.element))
        }
        let kept =
            pages.count > 1 && pages.last?.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true
            ? Array(pages.dropLast()) : pages
        return .success(DocumentText(path: path, sha256: sha256, pages: kept, source: .plainText))
    }
}

extension DocumentLoader {
    /// A saved `vanthu ocr --format json` result (one recognised document), or `nil` when the
    /// text is anything else. Parsing it again costs no OCR: the words, confidences and
    /// handwritten fields are all there, and the scan's own path (its file name is evidence)
    /// is kept.
    static func recognizedJSON(_ data: Data) -> RecognizedDocument? {
        guard data.first == UInt8(ascii: "{") else { return nil }
        let line = data.split(separator: UInt8(ascii: "\n"), maxSplits: 1, omittingEmptySubsequences: true).first ?? data
        return try? JSONDecoder().decode(RecognizedDocument.self, from: Data(line))
    }
}

/// One input file after loading.
public struct LoadedDocument: Sendable {
    public var path: String
    public var sha256: String
    /// The text, the reason it could not be read, or `nil` when the file was skipped.
    public var outcome: Result<DocumentText, OCRError>?
    /// The OCR result for scans (boxes, confidences), `nil` for text files.
    public var recognized: RecognizedDocument?
}
