/// A reading of digits written by hand into a printed form, as the OCR stage's handwriting reader
/// saw them: the number's digits before "/CODE", the day after "ngày", or a cited instrument's
/// digits left blank in print ("Quyết định số ..... /QĐ-UBND").
///
/// The parser weighs these against the printed text, the clerk's file name and the signing time
/// (``HeaderExtractor``); it never looks at images.
public struct HandwrittenReading: Sendable, Hashable {
    /// Which header field the digits belong to.
    public enum Field: String, Sendable, Hashable {
        case number
        case day
        /// The month, when it is written by hand too ("tháng 5").
        case month
        /// A cited instrument's number digits; ``HandwrittenReading/printed`` says which citation.
        case citationNumber = "citation-number"
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
    /// Where the ink is on the page, in page pixels.
    public var box: PageBox?
    /// For a citation number: the OCR's text from "số" to the printed code ("số ŠÏ /QĐ-"), as it
    /// stands in the page's text.
    public var printed: String?

    /// Creates a reading.
    public init(
        field: Field,
        digits: String,
        confidence: Double,
        method: Method,
        looksHandwritten: Bool = true,
        box: PageBox? = nil,
        printed: String? = nil
    ) {
        self.printed = printed
        self.field = field
        self.digits = digits
        self.confidence = confidence
        self.method = method
        self.looksHandwritten = looksHandwritten
        self.box = box
    }
}
