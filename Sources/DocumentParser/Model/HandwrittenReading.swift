/// A reading of digits written by hand into the header's printed form, as the OCR stage's
/// handwriting reader saw them: the number's digits before "/CODE", or the day after "ngày".
///
/// The parser weighs these against the printed text, the clerk's file name and the signing time
/// (``HeaderExtractor``); it never looks at images.
public struct HandwrittenReading: Sendable, Hashable {
    /// Which header field the digits belong to.
    public enum Field: String, Sendable, Hashable {
        case number
        case day
    }

    /// How the digits were read.
    public enum Method: String, Sendable, Hashable {
        /// The handwritten-digit classifier, glyph by glyph.
        case classifier
        /// Tesseract limited to digits, on the same region.
        case ocrDigits = "ocr-digits"
    }

    public var field: Field
    /// The digits as read ("47").
    public var digits: String
    /// 0...1.
    public var confidence: Double
    public var method: Method
    /// Whether the ink looks handwritten (taller than the printed digits on its line) rather than
    /// typed.
    public var looksHandwritten: Bool
    /// Where the ink is on the page: x, y, width, height in page pixels.
    public var box: [Int]?

    /// Creates a reading.
    public init(field: Field, digits: String, confidence: Double, method: Method, looksHandwritten: Bool = true, box: [Int]? = nil) {
        self.field = field
        self.digits = digits
        self.confidence = confidence
        self.method = method
        self.looksHandwritten = looksHandwritten
        self.box = box
    }
}
