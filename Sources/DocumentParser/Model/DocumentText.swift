/// The text of one document as the parser receives it: one entry per page, wherever it came from.
///
/// The OCR stage, a PDF's text layer or a plain `.txt` file all end up here; the parser knows
/// nothing of images.
///
/// ```swift
/// let text = DocumentText(path: "63-KH.txt", sha256: digest, pages: [.init(number: 1, text: body)])
/// let parsed = DocumentParser().parse(text)
/// ```
public struct DocumentText: Sendable, Hashable {
    /// One page of text.
    public struct Page: Sendable, Hashable {
        /// 1-based page number.
        public var number: Int
        /// The page's text, as read.
        public var text: String
        /// Mean OCR confidence 0...100, or `nil` when the text did not come from OCR.
        public var confidence: Double?
        /// Digits written by hand into the page's number and date, best reading first per field.
        public var handwriting: [HandwrittenReading]

        /// Creates a page.
        public init(number: Int, text: String, confidence: Double? = nil, handwriting: [HandwrittenReading] = []) {
            self.number = number
            self.text = text
            self.confidence = confidence
            self.handwriting = handwriting
        }
    }

    /// Where the text came from (`ocr`, `pdf-text`, `plain-text` in JSON).
    public enum Source: String, Sendable, Hashable, Codable {
        case ocr
        case pdfText = "pdf-text"
        case plainText = "plain-text"
    }

    /// The file's path as given by the user.
    public var path: String
    /// SHA-256 of the file's bytes, 64 lowercase hex digits.
    public var sha256: String
    /// The pages, in order.
    public var pages: [Page]
    /// Where the text came from.
    public var source: Source
    /// The text of an e-signature box ("Ký bởi: ... Thời gian ký: ..."), kept apart from the
    /// document's own text; evidence of who signed and when.
    public var signatureText: String?

    /// Creates the text of a document.
    public init(path: String, sha256: String, pages: [Page], source: Source = .plainText, signatureText: String? = nil) {
        self.path = path
        self.sha256 = sha256
        self.pages = pages
        self.source = source
        self.signatureText = signatureText
    }

    /// The mean of the pages' confidences, or `nil` when none has one.
    public var meanConfidence: Double? {
        let values = pages.compactMap(\.confidence)
        guard !values.isEmpty else { return nil }
        return values.reduce(0, +) / Double(values.count)
    }
}
