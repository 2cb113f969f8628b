/// A field whose digits are written by hand into a printed form ("Số: ..... /QĐ-UBND",
/// "ngày ..... tháng 01 năm 2025", a cited decision's "số ..... /QĐ-UBND"), as found and read on
/// the page image.
///
/// The OCR stage only reads; it does not choose. Every reading is kept, best first, with how sure
/// the reader is, so that the parser can weigh it against the printed text, the file name and the
/// signing time.
public struct HandwrittenField: Sendable, Hashable, Codable {
    /// Which field the region belongs to.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The digits before the printed "/CODE" of the number.
        case number
        /// The day between "ngày" and "tháng".
        case day
        /// The month between "tháng" and "năm", when it is written by hand too.
        case month
        /// The digits of a cited instrument's number left blank in print and written by hand
        /// ("Căn cứ Quyết định số ..... /QĐ-UBND ngày ...": a decision signed the same days).
        case citationNumber = "citation-number"
    }

    /// How a reading was obtained.
    public enum Method: String, Sendable, Hashable, Codable {
        /// Ink segmented into glyphs, each classified by the bundled handwritten-digit network.
        case classifier
        /// The region read again by tesseract with a digit whitelist.
        case ocrDigits = "ocr-digits"
    }

    /// One reading of the field's digits.
    public struct Reading: Sendable, Hashable, Codable {
        /// The digits, as read ("47").
        public var digits: String
        /// 0...1: for the classifier, the product of the glyphs' probabilities; for OCR, its mean
        /// word confidence / 100.
        public var confidence: Double
        public var method: Method

        /// Creates a reading.
        public init(digits: String, confidence: Double, method: Method) {
            self.digits = digits
            self.confidence = confidence
            self.method = method
        }
    }

    public var kind: Kind
    /// The region between the printed anchors, in page pixels.
    public var region: Box
    /// The box around the ink that was read, or `nil` when the region held no ink.
    public var ink: Box?
    /// Readings, best first (classifier alternatives, then the OCR reading).
    public var readings: [Reading]
    /// Whether the ink looks written by hand: clearly taller than the printed digits on its line
    /// (typed digits in the same place are as tall as "2025").
    public var looksHandwritten: Bool
    /// For a citation number: the OCR's text of the words from "số" to the printed code, as they
    /// stand in the page's text ("số ŠÏ /QĐ-"), so the parser can tell which citation it fills.
    public var printed: String?

    /// Creates a field.
    public init(kind: Kind, region: Box, ink: Box?, readings: [Reading], looksHandwritten: Bool = false, printed: String? = nil) {
        self.kind = kind
        self.region = region
        self.ink = ink
        self.readings = readings
        self.looksHandwritten = looksHandwritten
        self.printed = printed
    }
}
