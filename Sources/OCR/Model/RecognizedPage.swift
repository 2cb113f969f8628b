/// A rectangle in page pixels (origin top left).
public struct Box: Sendable, Hashable, Codable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    /// Creates a box.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The smallest box holding every one of `boxes`; `nil` when there are none.
    init?(enclosing boxes: [Box]) {
        guard let first = boxes.first else { return nil }
        var (x0, y0, x1, y1) = (first.x, first.y, first.x + first.width, first.y + first.height)
        for b in boxes.dropFirst() {
            x0 = min(x0, b.x)
            y0 = min(y0, b.y)
            x1 = max(x1, b.x + b.width)
            y1 = max(y1, b.y + b.height)
        }
        self.init(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// `[x, y, width, height]`, the order JSON contracts use.
    public var array: [Int] { [x, y, width, height] }
}

/// One recognised word.
public struct RecognizedWord: Sendable, Hashable, Codable {
    public var text: String
    /// 0...100.
    public var confidence: Double
    public var box: Box

    /// Creates a word.
    public init(text: String, confidence: Double, box: Box) {
        self.text = text
        self.confidence = confidence
        self.box = box
    }
}

/// One recognised text line with its words.
public struct RecognizedLine: Sendable, Hashable, Codable {
    public var text: String
    /// 0...100.
    public var confidence: Double
    public var box: Box
    public var words: [RecognizedWord]

    /// Creates a line.
    public init(text: String, confidence: Double, box: Box, words: [RecognizedWord]) {
        self.text = text
        self.confidence = confidence
        self.box = box
        self.words = words
    }
}

/// The text of one page, from OCR or from the PDF's text layer.
public struct RecognizedPage: Sendable, Hashable, Codable {
    /// Where a page's text came from.
    public enum TextSource: String, Sendable, Hashable, Codable {
        /// Recognised by tesseract.
        case ocr
        /// Taken from the PDF's own text layer.
        case pdfText = "pdf-text"
    }

    /// 1-based page number within its file.
    public var number: Int
    public var source: TextSource
    public var text: String
    /// Mean word confidence 0...100 (`nil` for a text layer).
    public var meanConfidence: Double?
    /// Size of the image that was recognised, in pixels (after any rotation and scaling); boxes refer to it.
    public var width: Int
    public var height: Int
    /// Resolution the engine was told.
    public var dpi: Int
    /// Clockwise rotation, in degrees, applied before recognition (0, 90, 180, 270).
    public var rotation: Int
    /// Skew angle corrected, in degrees.
    public var deskewAngle: Double?
    /// Lines with words and boxes (empty for a text layer).
    public var lines: [RecognizedLine]
    /// The e-signature box found in the page's text layer, kept apart from the text.
    public var signatureText: String?
    /// hOCR of the page, when asked for.
    public var hocr: String?
    /// The number's and the day's digits written by hand into the printed header, as found and
    /// read on the image (scanned pages only; `nil` when the page has no such form).
    public var handwriting: [HandwrittenField]?

    /// Creates a page.
    public init(
        number: Int,
        source: TextSource,
        text: String,
        meanConfidence: Double?,
        width: Int,
        height: Int,
        dpi: Int,
        rotation: Int = 0,
        deskewAngle: Double? = nil,
        lines: [RecognizedLine] = [],
        signatureText: String? = nil,
        hocr: String? = nil,
        handwriting: [HandwrittenField]? = nil
    ) {
        self.handwriting = handwriting
        self.number = number
        self.source = source
        self.text = text
        self.meanConfidence = meanConfidence
        self.width = width
        self.height = height
        self.dpi = dpi
        self.rotation = rotation
        self.deskewAngle = deskewAngle
        self.lines = lines
        self.signatureText = signatureText
        self.hocr = hocr
    }
}
