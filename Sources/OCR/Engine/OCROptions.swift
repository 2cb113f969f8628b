public import Foundation

/// How `OCRProcessor` reads and recognises files.
public struct OCROptions: Sendable, Hashable {
    /// Engine workers (one tesseract engine each, one OpenMP thread each); default: one per core.
    public var jobs: Int
    /// Tesseract language(s), "vie" by default.
    public var language: String
    /// Tesseract's data folder, or `nil` for the installed default.
    public var dataPath: String?
    /// OCR PDF pages even when their text layer is trustworthy.
    public var forceOCR: Bool
    public var preprocessing: Preprocessing
    /// Resolution for rendering PDF pages that are not a single scanned image.
    public var renderDPI: Int
    /// Keep each page's hOCR.
    public var hocr: Bool
    /// Tesseract's page segmentation mode: 3 (fully automatic, as the `tesseract` command) by
    /// default; 4 (one column), 6 (one uniform block) and 11 (sparse text) are the other useful ones.
    public var pageSegmentation: Int
    public var limits: ImageLimits
    /// Read the handwritten number and day of scanned pages (``HandwrittenField``).
    public var readHandwriting: Bool
    /// Also read the handwritten digits with tesseract (English model, digit whitelist), as a
    /// second reading beside the classifier's: what the benchmark compares. Off by default: it
    /// loads a second model per engine and the classifier reads better.
    public var compareDigitOCR: Bool = false
    /// Most pages a file may have (`--max-pages`), checked from its header before any page is read;
    /// `nil`: no limit.
    public var maxPages: Int? = nil
    /// Read again, line by line, rows of print that tesseract's page layout left out
    /// (``DroppedLines``); on by default, off (`--no-line-recovery`) for the text exactly as tesseract's layout gives it.
    public var recoverDroppedLines: Bool = true

    /// Creates options.
    public init(
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        language: String = "vie",
        dataPath: String? = nil,
        forceOCR: Bool = false,
        preprocessing: Preprocessing = Preprocessing(),
        renderDPI: Int = 300,
        hocr: Bool = false,
        limits: ImageLimits = ImageLimits(),
        pageSegmentation: Int = 3,
        readHandwriting: Bool = true
    ) {
        self.readHandwriting = readHandwriting
        self.pageSegmentation = pageSegmentation
        self.jobs = max(1, jobs)
        self.language = language
        self.dataPath = dataPath
        self.forceOCR = forceOCR
        self.preprocessing = preprocessing
        self.renderDPI = renderDPI
        self.hocr = hocr
        self.limits = limits
    }
}
