import CTesseract
import Foundation

/// One tesseract engine (`TessBaseAPI`), created once and reused for many pages by one worker.
///
/// Not thread-safe: each worker owns its engine.
final class TesseractEngine {
    private let api: OpaquePointer
    /// A second, small engine for orientation detection (`osd.traineddata`), when installed.
    private let osd: OpaquePointer?
    let language: String

    /// Loads the language model (`TessBaseAPIInit3`).
    /// - Throws: `OCRError.engine` when the model is not installed.
    init(language: String, dataPath: String?, detectOrientation: Bool, pageSegmentation: Int = 3) throws {
        guard let api = TessBaseAPICreate() else {
            throw OCRError(.engine, path: language, reason: "tesseract could not create an engine")
        }
        guard TessBaseAPIInit3(api, dataPath, language) == 0 else {
            TessBaseAPIDelete(api)
            throw OCRError(
                .engine,
                path: language,
                reason: "the tesseract language model '\(language)' is not installed (apt-get install tesseract-ocr-vie)"
            )
        }
        TessBaseAPISetVariable(api, "debug_file", "/dev/null")
        // The C API's default is one uniform block (6); the `tesseract` command's is automatic (3).
        TessBaseAPISetPageSegMode(api, TessPageSegMode(rawValue: UInt32(clamping: pageSegmentation)))
        self.api = api
        self.language = language
        if detectOrientation, let osd = TessBaseAPICreate() {
            if TessBaseAPIInit3(osd, dataPath, "osd") == 0 {
                TessBaseAPISetVariable(osd, "debug_file", "/dev/null")
                TessBaseAPISetPageSegMode(osd, PSM_OSD_ONLY)
                self.osd = osd
            } else {
                TessBaseAPIDelete(osd)
                self.osd = nil
            }
        } else {
            osd = nil
        }
    }

    deinit {
        TessBaseAPIEnd(api)
        TessBaseAPIDelete(api)
        if let osd {
            TessBaseAPIEnd(osd)
            TessBaseAPIDelete(osd)
        }
    }

    /// The clockwise rotation in degrees (0, 90, 180, 270) that puts the page upright, with
    /// tesseract's confidence (`TessBaseAPIDetectOrientationScript`), or `nil` when unsure.
    func uprightRotation(of image: PageImage, dpi: Int) -> (degrees: Int, confidence: Double)? {
        guard let osd else { return nil }
        TessBaseAPISetImage2(osd, image.pix)
        TessBaseAPISetSourceResolution(osd, Int32(dpi))
        var degrees: Int32 = 0
        var confidence: Float = 0
        var scriptName: UnsafePointer<CChar>?
        var scriptConfidence: Float = 0
        defer { TessBaseAPIClear(osd) }
        guard TessBaseAPIDetectOrientationScript(osd, &degrees, &confidence, &scriptName, &scriptConfidence) != 0 else {
            return nil
        }
        return ((360 - Int(degrees)) % 360, Double(confidence))
    }

    /// Recognises one page: text, mean confidence, lines and words with boxes, and hOCR when asked.
    /// With a `renderer` (a tesseract PDF renderer), the page is also appended to the searchable PDF.
    func recognize(_ image: PageImage, dpi: Int, pageNumber: Int, hocr wantHOCR: Bool, renderer: OpaquePointer? = nil) throws -> EngineResult {
        TessBaseAPISetImage2(api, image.pix)
        TessBaseAPISetSourceResolution(api, Int32(dpi))
        defer { TessBaseAPIClear(api) }
        guard TessBaseAPIRecognize(api, nil) == 0 else {
            throw OCRError(.engine, path: "page \(pageNumber)", reason: "tesseract failed to recognise the page")
        }
        var text = ""
        if let raw = TessBaseAPIGetUTF8Text(api) {
            text = String(cString: raw)
            TessDeleteText(raw)
        }
        var hocr: String?
        if wantHOCR, let raw = TessBaseAPIGetHOCRText(api, Int32(pageNumber - 1)) {
            hocr = String(cString: raw)
            TessDeleteText(raw)
        }
        if let renderer, TessResultRendererAddImage(renderer, api) == 0 {
            throw OCRError(.output, path: "page \(pageNumber)", reason: "tesseract could not add the page to the searchable PDF")
        }
        return EngineResult(text: text, meanConfidence: Double(TessBaseAPIMeanTextConf(api)), lines: lines(), hocr: hocr)
    }

    /// Limits recognition to these characters (`tessedit_char_whitelist`).
    func restrictCharacters(to characters: String) {
        TessBaseAPISetVariable(api, "tessedit_char_whitelist", characters)
    }

    /// Reads one short line (a stamped number or day) with page segmentation 7, returning its text
    /// and mean confidence.
    func readLine(_ image: PageImage, dpi: Int) -> (text: String, confidence: Double, box: Box?) {
        asSingleLine(image, dpi: dpi) {
            guard let raw = TessBaseAPIGetUTF8Text(api) else { return ("", 0, nil) }
            defer { TessDeleteText(raw) }
            let box = lines().first?.box
            return (String(cString: raw).trimmingCharacters(in: .whitespacesAndNewlines), Double(TessBaseAPIMeanTextConf(api)), box)
        } ?? ("", 0, nil)
    }

    /// Reads `band` of `image` as one line (page segmentation 7): its words with boxes in the
    /// page's coordinates and the mean confidence, or `nil` when nothing was read.
    func readBand(_ band: Box, of image: PageImage, dpi: Int) -> RecognizedLine? {
        guard let box = boxCreate(Int32(band.x), Int32(band.y), Int32(band.width), Int32(band.height)) else { return nil }
        defer {
            var pointer: UnsafeMutablePointer<BOX>? = box
            boxDestroy(&pointer)
        }
        guard let clip = PageImage.wrap(pixClipRectangle(image.pix, box, nil)) else { return nil }
        return asSingleLine(clip, dpi: dpi) {
            guard var line = lines().first else { return nil }
            func shifted(_ b: Box) -> Box { Box(x: b.x + band.x, y: b.y + band.y, width: b.width, height: b.height) }
            line.box = shifted(line.box)
            line.words = line.words.map { RecognizedWord(text: $0.text, confidence: $0.confidence, box: shifted($0.box)) }
            line.confidence = Double(TessBaseAPIMeanTextConf(api))
            return line
        } ?? nil
    }

    /// Recognises `image` as one line (page segmentation 7), hands the result to `read`, then
    /// clears it and restores the engine's mode; `nil` when recognition failed.
    private func asSingleLine<T>(_ image: PageImage, dpi: Int, _ read: () -> T) -> T? {
        let mode = TessBaseAPIGetPageSegMode(api)
        TessBaseAPISetPageSegMode(api, PSM_SINGLE_LINE)
        TessBaseAPISetImage2(api, image.pix)
        TessBaseAPISetSourceResolution(api, Int32(dpi))
        defer {
            TessBaseAPIClear(api)
            TessBaseAPISetPageSegMode(api, mode)
        }
        guard TessBaseAPIRecognize(api, nil) == 0 else { return nil }
        return read()
    }

    /// Walks the result iterator: lines, and the words inside each.
    private func lines() -> [RecognizedLine] {
        guard let iterator = TessBaseAPIGetIterator(api) else { return [] }
        defer { TessResultIteratorDelete(iterator) }
        let pageIterator = TessResultIteratorGetPageIterator(iterator)
        var lines: [RecognizedLine] = []
        repeat {
            if TessPageIteratorIsAtBeginningOf(pageIterator, RIL_TEXTLINE) != 0 {
                let text = Self.text(iterator, RIL_TEXTLINE).trimmingCharacters(in: .whitespacesAndNewlines)
                let confidence = Double(TessResultIteratorConfidence(iterator, RIL_TEXTLINE))
                lines.append(RecognizedLine(text: text, confidence: confidence, box: Self.box(pageIterator, RIL_TEXTLINE), words: []))
            }
            let word = Self.text(iterator, RIL_WORD)
            if !word.isEmpty, !lines.isEmpty {
                let confidence = Double(TessResultIteratorConfidence(iterator, RIL_WORD))
                lines[lines.count - 1].words.append(RecognizedWord(text: word, confidence: confidence, box: Self.box(pageIterator, RIL_WORD)))
            }
        } while TessResultIteratorNext(iterator, RIL_WORD) != 0
        return lines.filter { !$0.words.isEmpty }
    }

    private static func text(_ iterator: OpaquePointer, _ level: TessPageIteratorLevel) -> String {
        guard let raw = TessResultIteratorGetUTF8Text(iterator, level) else { return "" }
        defer { TessDeleteText(raw) }
        return String(cString: raw)
    }

    private static func box(_ iterator: OpaquePointer?, _ level: TessPageIteratorLevel) -> Box {
        var left: Int32 = 0
        var top: Int32 = 0
        var right: Int32 = 0
        var bottom: Int32 = 0
        TessPageIteratorBoundingBox(iterator, level, &left, &top, &right, &bottom)
        return Box(x: Int(left), y: Int(top), width: Int(right - left), height: Int(bottom - top))
    }
}

/// What the engine read on one page.
struct EngineResult: Sendable {
    var text: String
    var meanConfidence: Double
    var lines: [RecognizedLine]
    var hocr: String?
}

extension TesseractEngine {
    /// Where Debian's tesseract keeps its models and the PDF renderer's glyph-less font.
    static let defaultDataPath: String = {
        for candidate in ["/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata"]
        where FileManager.default.fileExists(atPath: candidate + "/pdf.ttf") {
            return candidate
        }
        return "/usr/share/tesseract-ocr/5/tessdata"
    }()
}
