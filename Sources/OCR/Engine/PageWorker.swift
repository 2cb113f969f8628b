import Foundation

/// One engine worker: owns a tesseract engine and turns page jobs into recognised pages.
final class PageWorker {
    private let options: OCROptions
    private let engine: TesseractEngine
    private let reader: ImageReader
    private let preprocessor: PagePreprocessor
    private var openPDF: PDFFile?

    init(options: OCROptions) throws {
        self.options = options
        engine = try TesseractEngine(
            language: options.language, dataPath: options.dataPath, detectOrientation: options.preprocessing.orientation,
            pageSegmentation: options.pageSegmentation
        )
        reader = ImageReader(limits: options.limits)
        preprocessor = PagePreprocessor(settings: options.preprocessing)
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
               layer.isTrustworthy() || (!pdf.hasScan(page: index) && layer.isTrustworthy(minimumWords: 3)) {
                let size = pdf.size(page: index) ?? (595, 842)
                return RecognizedPage(
                    number: number, source: .pdfText, text: layer.body, meanConfidence: nil,
                    width: Int(size.width), height: Int(size.height), dpi: 72, signatureText: signature
                )
            }
            (image, dpi) = try pdf.image(page: index, dpi: options.renderDPI, limits: options.limits)
        case .png, .jpeg, .tiff:
            image = try reader.read(path: path, format: format, page: index)
            dpi = Self.resolution(of: image)
        case .text:
            throw OCRError(.unsupportedFormat, path: path, reason: "this is a text file, not a scan (PDF or image)")
        }
        let prepared = preprocessor.prepare(image, dpi: dpi, engine: engine)
        let result: EngineResult
        do {
            result = try engine.recognize(prepared.image, dpi: prepared.dpi, pageNumber: number, hocr: options.hocr, renderer: renderer)
        } catch let error as OCRError {
            throw OCRError(error.code, path: path, reason: "page \(number): \(error.reason)")
        }
        return RecognizedPage(
            number: number, source: .ocr, text: result.text, meanConfidence: result.meanConfidence,
            width: prepared.image.width, height: prepared.image.height, dpi: prepared.dpi,
            rotation: prepared.rotation, deskewAngle: prepared.deskewAngle, lines: result.lines,
            signatureText: signature, hocr: result.hocr
        )
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

    private func pdf(at path: String) throws -> PDFFile {
        if let openPDF, openPDF.path == path { return openPDF }
        openPDF = nil
        let file = try PDFFile(path: path)
        openPDF = file
        return file
    }
}
