import CTesseract
import Foundation
import Testing

@testable import OCR

@Suite("Recognition through the tesseract C API")
struct RecognitionTests {
    @Test func cleanPageTextWordsAndBoxes() throws {
        let document = try OCRProcessor(options: OCROptions(jobs: 1)).recognize(path: Paths.fixture("small-page.png"))
        let page = try #require(document.pages.first)
        #expect(page.source == .ocr)
        #expect(page.text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(page.text.contains("Độc lập - Tự do - Hạnh phúc"))
        #expect(page.text.contains("63/KH-THNH"))
        #expect((page.meanConfidence ?? 0) > 80)
        #expect(page.lines.count == 3)
        let words = page.lines.flatMap(\.words)
        #expect(words.contains { $0.text == "63/KH-THNH" })
        for word in words {
            #expect(word.box.x >= 0 && word.box.y >= 0 && word.box.width > 0 && word.box.height > 0)
            #expect(word.box.x + word.box.width <= page.width && word.box.y + word.box.height <= page.height)
        }
    }

    @Test func multiPagePDFKeepsPageOrder() throws {
        let document = try OCRProcessor(options: OCROptions(jobs: 2)).recognize(path: Paths.fixture("two-pages.pdf"))
        #expect(document.pages.map(\.number) == [1, 2])
        #expect(document.pages[0].text.contains("71/KH-UBND"))
        #expect(document.pages[1].text.contains("59/2023/NĐ-CP"))
    }

    @Test func hocrCarriesWordBoxes() throws {
        let document = try OCRProcessor(options: OCROptions(jobs: 1, hocr: true)).recognize(path: Paths.fixture("small-page.png"))
        let hocr = try #require(document.pages.first?.hocr)
        #expect(hocr.contains("ocrx_word"))
        #expect(hocr.contains("bbox"))
    }

    @Test func searchablePDFHasATextLayer() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("vanthu-searchable-\(UUID().uuidString).pdf").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        try OCRProcessor(options: OCROptions(jobs: 2)).run(files: [Paths.fixture("small-page.png")], searchablePDF: output) { _ in }
        let pdf = try PDFFile(path: output)
        #expect(pdf.pageCount == 1)
        let layer = pdf.text(page: 0)
        #expect(layer.contains("63/KH-THNH"))
        #expect(layer.contains("CỘNG HÒA"))
    }

    @Test func resolutionIsEstimatedWhenTheFileHasNone() throws {
        // An A4-shaped image of 1654 px width with no density: 200 dpi.
        #expect(PageWorker.resolution(of: try #require(PageImage.wrap(pixCreateA4(width: 1654)))) == 200)
    }
}

private func pixCreateA4(width: Int) -> UnsafeMutablePointer<PIX>? {
    pixCreate(Int32(width), Int32(Double(width) * 1.414), 8)
}
