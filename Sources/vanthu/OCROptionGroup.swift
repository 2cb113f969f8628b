import ArgumentParser
import OCR

/// OCR settings shared by the commands that read scans.
struct OCROptionGroup: ParsableArguments {
    @Option(name: .shortAndLong, help: "Engine workers, one tesseract engine each (default: one per core).")
    var jobs: Int?

    @Option(help: "Tesseract language model(s).")
    var language = "vie"

    @Flag(help: "OCR PDF pages even when they carry a trustworthy text layer.")
    var forceOCR = false

    @Flag(help: "Keep red seals and blue ink (no colour dropout).")
    var noColorDropout = false

    @Flag(help: "Do not detect and correct page orientation.")
    var noOrientation = false

    @Flag(help: "Do not correct skew.")
    var noDeskew = false

    @Flag(help: "Do not even out the paper of pages whose background darkens across the page.")
    var noEvenBackground = false

    @Flag(help: "Do not read again the rows of print tesseract's page layout left out.")
    var noLineRecovery = false

    @Flag(help: "Do not read the handwritten number and day of scanned pages (plain OCR only).")
    var noHandwriting = false

    @Flag(help: "Also read handwritten digits with tesseract (digit whitelist) beside the classifier, for comparison.")
    var compareDigitOCR = false

    @Option(help: "Tesseract page segmentation mode (3 automatic, 4 one column, 6 one block, 11 sparse text).")
    var psm = 3

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if !(0...13).contains(psm) || psm == 0 || psm == 2 { throw ValidationError("--psm must be one of 1, 3–13 (0 and 2 do no recognition)") }
    }

    func options(hocr: Bool = false) -> OCROptions {
        var options = OCROptions(language: language, forceOCR: forceOCR, hocr: hocr, pageSegmentation: psm)
        if let jobs { options.jobs = jobs }
        options.preprocessing.colorDropout = !noColorDropout
        options.preprocessing.orientation = !noOrientation
        options.preprocessing.deskew = !noDeskew
        options.preprocessing.evenBackground = !noEvenBackground
        options.readHandwriting = !noHandwriting
        options.recoverDroppedLines = !noLineRecovery
        options.compareDigitOCR = compareDigitOCR
        return options
    }
}
