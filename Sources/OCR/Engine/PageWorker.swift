import Foundation
import HandwrittenDigits

/// One engine worker: owns a tesseract engine and turns page jobs into recognised pages.
final class PageWorker {
    /// A page read in vertical lines keeps its upright reading unless that is this many points of
    /// mean confidence less sure (tesseract reads a page turned clockwise nearly as confidently).
    static let uprightMargin = 10.0

    private let options: OCROptions
    private let engine: TesseractEngine
    private let reader: ImageReader
    private let preprocessor: PagePreprocessor
    private var openPDF: PDFFile?
    /// Reads the digits e-office systems stamp as signature widgets (number, day): the English
    /// model with a digit whitelist reads their italic Times digits where the Vietnamese one
    /// does not ("24" read as "4"). Created on first use.
    private lazy var stampReader: TesseractEngine? = {
        guard let engine = try? TesseractEngine(language: "eng", dataPath: options.dataPath, detectOrientation: false, pageSegmentation: 7)
        else { return nil }
        engine.restrictCharacters(to: "0123456789/-.")
        return engine
    }()

    /// Reads handwritten header digits; `nil` when switched off.
    private let handwritingReader: HandwritingReader?

    init(options: OCROptions) throws {
        self.options = options
        engine = try TesseractEngine(
            language: options.language,
            dataPath: options.dataPath,
            detectOrientation: options.preprocessing.orientation,
            pageSegmentation: options.pageSegmentation
        )
        reader = ImageReader(limits: options.limits)
        preprocessor = PagePreprocessor(settings: options.preprocessing, keepsInk: options.readHandwriting)
        handwritingReader = options.readHandwriting ? HandwritingReader(classifier: try Self.digitClassifier()) : nil
    }

    /// Reads and recognises page `index` (0-based) of `path`.
    func recognize(path: String, format: InputFormat, index: Int, renderer: OpaquePointer? = nil) throws -> RecognizedPage {
        let number = index + 1
        var signature: String?
        let image: PageImage
        let dpi: Int
        switch format {
        case .pdf:
            let pdf = try pdf(at: path)
            let layer = TextLayer(raw: pdf.text(page: index))
            signature = [pdf.signatureText(page: index), layer.signature].compactMap { $0 }.joined(separator: "\n")
            if signature?.isEmpty == true { signature = nil }
            if !options.forceOCR, renderer == nil,
                layer.isTrustworthy() || (layer.isTrustworthy(minimumWords: 3) && !pdf.hasScan(page: index))
            {
                let size = pdf.size(page: index) ?? (595, 842)
                return RecognizedPage(
                    number: number,
                    source: .pdfText,
                    text: physicalText(pdf, page: index, layer: layer) ?? layer.body,
                    meanConfidence: nil,
                    width: Int(size.width),
                    height: Int(size.height),
                    dpi: 72,
                    signatureText: signature
                )
            }
            (image, dpi) = try pdf.image(page: index, dpi: options.renderDPI, limits: options.limits)
        case .png, .jpeg, .tiff:
            image = try reader.read(path: path, format: format, page: index)
            dpi = Self.resolution(of: image)
        case .text:
            throw OCRError(.unsupportedFormat, path: path, reason: "this is a text file, not a scan (PDF or image)")
        }
        var prepared = preprocessor.prepare(image, dpi: dpi)
        var result: EngineResult
        do {
            if let renderer {
                // The searchable PDF needs each page read once, upright: ask OSD first.
                if let turned = preprocessor.upright(prepared, engine: engine) { prepared = turned }
                result = try engine.recognize(prepared.image, dpi: prepared.dpi, pageNumber: number, hocr: options.hocr, renderer: renderer)
            } else {
                result = try engine.recognize(prepared.image, dpi: prepared.dpi, pageNumber: number, hocr: options.hocr)
                // A poor reading, or one in vertical lines, may be a page scanned sideways or
                // upside down: ask OSD, read again, keep the better of the two readings (for
                // vertical lines, the horizontal reading unless clearly less sure).
                let sideways = result.lines.readSideways
                if result.meanConfidence < options.preprocessing.orientationCheckBelow || sideways,
                    let turned = preprocessor.upright(prepared, engine: engine)
                {
                    let second = try engine.recognize(turned.image, dpi: turned.dpi, pageNumber: number, hocr: options.hocr)
                    let straightened = sideways && !second.lines.readSideways
                    if second.meanConfidence > result.meanConfidence
                        || (straightened && second.meanConfidence >= result.meanConfidence - Self.uprightMargin)
                    {
                        result = second
                        prepared = turned
                    }
                }
            }
        } catch let error as OCRError {
            throw OCRError(error.code, path: path, reason: "page \(number): \(error.reason)")
        }
        if options.recoverDroppedLines, prepared.image.depth <= 8 {
            let recovered = DroppedLines.bands(in: prepared.image, lines: result.lines)
                .compactMap { engine.readBand($0, of: prepared.image, dpi: prepared.dpi) }
                .filter { line in
                    line.confidence >= DroppedLines.minimumConfidence
                        && line.words.filter { $0.text.count >= 2 && $0.text.contains(where: \.isLetter) }.count >= 3
                }
            if !recovered.isEmpty { (result.lines, result.text) = DroppedLines.merge(recovered, into: result.lines, text: result.text) }
        }
        let handwriting = handwritingReader?.read(
            page: prepared.ink ?? prepared.image,
            colourless: prepared.ink == nil ? nil : prepared.image,
            lines: result.lines,
            dpi: prepared.dpi,
            digitsOCR: options.compareDigitOCR ? stampReader : nil
        )
        return RecognizedPage(
            number: number,
            source: .ocr,
            text: result.text,
            meanConfidence: result.meanConfidence,
            width: prepared.image.width,
            height: prepared.image.height,
            dpi: prepared.dpi,
            rotation: prepared.rotation,
            deskewAngle: prepared.deskewAngle,
            lines: result.lines,
            signatureText: signature,
            hocr: result.hocr,
            handwriting: handwriting.flatMap { $0.isEmpty ? nil : $0 }
        )
    }

    /// The text layer rebuilt in physical reading order, with the short texts that signature
    /// widgets stamp on the page (the number, the day) read by OCR and put where they stand; the
    /// signature and stamp boxes stay out. `nil` when the layer's geometry is unusable.
    private func physicalText(_ pdf: PDFFile, page index: Int, layer: TextLayer) -> String? {
        guard let glyphs = pdf.glyphs(page: index) else { return nil }
        var pieces: [PageLayout.Piece] = []
        // Small widgets only: the seal, the signature image and the e-signature and publication
        // boxes are larger, and their text is not the document's.
        for widget in pdf.widgets(page: index) where widget.height > 0 && widget.height <= 50 && widget.x2 - widget.x1 <= 320 {
            guard let image = pdf.renderWidget(page: index, area: widget, covering: glyphs, dpi: 300) else { continue }
            let read = (stampReader ?? engine).readLine(image, dpi: 300)
            let text = read.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty, text.count <= 24, read.confidence >= 60, text.contains(where: \.isNumber) else { continue }
            // Place the text where its ink is (the widget is wider than what it stamps); the image
            // has a 24-pixel margin at 300 dpi.
            var piece = widget
            piece.text = text
            piece.standalone = true
            if let box = read.box {
                let scale = 300.0 / 72.0
                piece.x1 = widget.x1 + Double(box.x - 24) / scale
                piece.x2 = widget.x1 + Double(box.x - 24 + box.width) / scale
                piece.y1 = widget.y1 + Double(box.y - 24) / scale
                piece.y2 = widget.y1 + Double(box.y - 24 + box.height) / scale
            }
            pieces.append(piece)
        }
        let signatureLines = Set(layer.signature?.split(separator: "\n").map(String.init) ?? [])
        let rebuilt = PageLayout.text(of: glyphs + pieces)
        let kept = rebuilt.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return !signatureLines.contains(trimmed) && !TextLayer.isSignatureLine(trimmed)
        }
        return kept.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The bundled handwritten-digit network; a damaged weights table is an engine failure.
    private static func digitClassifier() throws -> DigitClassifier {
        do {
            return try DigitClassifier.load()
        } catch {
            throw OCRError(.engine, path: "", reason: "the handwritten-digit model cannot be loaded: \(error)")
        }
    }

    /// The resolution an image file claims, or an estimate when it claims none or an absurd one:
    /// the width of an A4 page (8.27 in) for page-shaped images, else 300.
    static func resolution(of image: PageImage) -> Int {
        let stored = image.storedResolution
        if (100...1200).contains(stored) { return stored }
        let short = Double(min(image.width, image.height))
        let long = Double(max(image.width, image.height))
        let ratio = long / max(short, 1)
        if (1.3...1.5).contains(ratio) { return max(70, Int((short / 8.27).rounded())) }
        return 300
    }

    /// Closes the PDF kept open between pages of one file (the worker is kept for other files).
    func closeFile() { openPDF = nil }

    private func pdf(at path: String) throws -> PDFFile {
        if let openPDF, openPDF.path == path { return openPDF }
        openPDF = nil
        let file = try PDFFile(path: path)
        openPDF = file
        return file
    }
}
