import CTesseract
import Foundation
import Testing

@testable import OCR

/// Rendered scans from `Corpus/scans`, with exact ground truth beside them.
@Suite("Corpus scans")
struct CorpusScanTests {
    static let processor = OCRProcessor(options: OCROptions(jobs: 2))

    @Test func multiPageG4TIFFIsReadPageByPage() throws {
        let document = try Self.processor.recognize(path: Paths.corpus("scans/seed-kh63_bw200-multipage.tif"))
        #expect(document.format == .tiff)
        #expect(document.pages.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(document.pages[0].text.contains("63/KH-THNH"))
        // 1-bit: the seal is black over the signer block, no colour to drop; the name survives.
        #expect(document.pages.last?.text.contains("Thanh Hải") == true)
        #expect(document.pages.allSatisfy { $0.dpi >= 250 })  // 200 dpi pages are scaled up
    }

    @Test(arguments: [("scans/kh-cds_rot90_p2.jpg", "kh-cds_rot90_p2"), ("scans/qd-iso_rot180_p2.jpg", "qd-iso_rot180_p2")])
    func rotatedPagesAreTurnedUpright(path: String, name: String) throws {
        let page = try #require(try Self.processor.recognize(path: Paths.corpus(path)).pages.first)
        #expect(page.rotation != 0)
        let truth = try String(contentsOfFile: Paths.corpus("scans/\(name).gt.txt"), encoding: .utf8)
        #expect(Self.sharedWords(truth, page.text) > 0.8)
    }

    @Test func aPageReadInVerticalLinesIsTurnedUpright() throws {
        // The corpus page turned 90° the other way at 150 dpi: tesseract reads it top to bottom at
        // mean confidence 93, every line taller than wide, so confidence alone never asked OSD.
        let page = try #require(try Self.processor.recognize(path: Paths.fixture("sideways-150dpi.jpg")).pages.first)
        #expect(page.rotation == 270)
        #expect(page.width < page.height)
        #expect(page.lines.verticalShare < 0.1)
        let truth = try String(contentsOfFile: Paths.corpus("scans/kh-cds_rot90_p2.gt.txt"), encoding: .utf8)
        #expect(Self.sharedWords(truth, page.text) > 0.8)
    }

    @Test func scannedPDFWithOnlyASignatureLayerIsOCRd() throws {
        let document = try Self.processor.recognize(path: Paths.corpus("scans/qd-iso_scan-pdf.pdf"))
        #expect(document.pages.count == 2)
        #expect(document.pages.allSatisfy { $0.source == .ocr })
        #expect(document.pages[0].signatureText?.contains("Thời gian ký") == true)
        #expect(document.pages[0].dpi >= 250)  // the JPEG says 72 dpi; the page size says 300
        #expect(document.pages[0].text.contains("QUYẾT ĐỊNH"))
    }

    @Test func junkTextLayerIsReplacedByOCR() throws {
        let page = try #require(try Self.processor.recognize(path: Paths.corpus("scans/kh-cds_junk-layer-pdf.pdf")).pages.first)
        #expect(page.source == .ocr)
        let truth = try String(contentsOfFile: Paths.corpus("scans/kh-cds_junk-layer-pdf.gt.txt"), encoding: .utf8)
        #expect(Self.sharedWords(truth, page.text) > 0.8)
    }

    @Test func bornDigitalPDFUsesItsTextLayer() throws {
        let document = try Self.processor.recognize(path: Paths.corpus("scans/cv-snv_text-pdf.pdf"))
        #expect(document.isBornDigital)
        let truth = try String(contentsOfFile: Paths.corpus("scans/cv-snv_text-pdf.gt.txt"), encoding: .utf8)
        #expect(Self.sharedWords(truth, document.pages.map(\.text).joined(separator: "\n")) > 0.97)
    }

    @Test func stampedPageKeepsTheSignerBlockReadable() throws {
        let page = try #require(try Self.processor.recognize(path: Paths.corpus("scans/ttr-ts_stamped_p1.jpg")).pages.first)
        let truth = try String(contentsOfFile: Paths.corpus("scans/ttr-ts_stamped_p1.gt.txt"), encoding: .utf8)
        #expect(Self.sharedWords(truth, page.text) > 0.9)
    }

    @Test func unevenLightIsEvenedOut() throws {
        // A shadow darkens the left edge: tesseract's global threshold lost the first letters of
        // the lines there ("hất ngày 10/6/2024" for "chậm nhất ngày 10/6/2024").
        let path = Paths.corpus("scans/bc-cchc_uneven_p1.jpg")
        let truth = try String(contentsOfFile: Paths.corpus("scans/bc-cchc_uneven_p1.gt.txt"), encoding: .utf8)
        let page = try #require(try Self.processor.recognize(path: path).pages.first)
        #expect(page.text.contains("chậm nhất ngày 10/6/2024"))
        var plain = OCROptions(jobs: 1)
        plain.preprocessing.evenBackground = false
        let before = try #require(try OCRProcessor(options: plain).recognize(path: path).pages.first)
        #expect(Self.sharedWords(truth, page.text) > Self.sharedWords(truth, before.text))
    }

    @Test(arguments: [
        ("scans/bc-cchc_uneven_p1.jpg", true), ("scans/seed-kh63_clean_p1.png", false),
        ("scans/ttr-ts_stamped_p1.jpg", false), ("scans/seed-kh63_office_p1.jpg", false),
        ("scans/bc-cchc_noise_p1.jpg", false), ("scans/cv-snv_phone_p1.jpg", false),
    ])
    func onlyUnevenPagesAreEvenedOut(path: String, uneven: Bool) throws {
        let image = try #require(PageImage.wrap(pixRead(Paths.corpus(path))))
        let grey = try #require(image.depth == 32 ? PageImage.wrap(pixConvertRGBToLuminance(image.pix)) : image)
        #expect(PagePreprocessor.isUneven(grey.pix) == uneven)
    }

    /// Share of the truth's words (as a multiset) found in the OCR text: a crude, order-free recall.
    static func sharedWords(_ truth: String, _ ocr: String) -> Double {
        var bag: [Substring: Int] = [:]
        for word in ocr.split(whereSeparator: \.isWhitespace) { bag[word, default: 0] += 1 }
        let words = truth.split(whereSeparator: \.isWhitespace)
        var found = 0
        for word in words where (bag[word] ?? 0) > 0 {
            bag[word, default: 0] -= 1
            found += 1
        }
        return words.isEmpty ? 0 : Double(found) / Double(words.count)
    }
}
