import Foundation
import Testing

@testable import OCR

/// Issue 13, item 1: a PDF page holding one huge embedded image is refused from the image's
/// dictionary, before poppler decodes a pixel (it took 3.2–7.3 GB before the fix).
@Suite("Hostile PDFs: huge embedded images")
struct HostilePDFTests {
    /// A one-page PDF whose page is covered by one 1-bit image of `width` × `height` pixels; the
    /// stream holds `rows` rows of data (poppler pads the rest), so the file stays small.
    static func pdf(width: Int, height: Int, indirectHeight: Bool = false) -> Data {
        let rowBytes = (width + 7) / 8
        let stream = Data(repeating: 0xFF, count: rowBytes * 4)
        let heightValue = indirectHeight ? "6 0 R" : "\(height)"
        var objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im0 4 0 R >> /ProcSet [/PDF /ImageB] >> /Contents 5 0 R >>",
        ]
        let image =
            "<< /Type /XObject /Subtype /Image /Width \(width) /Height \(heightValue) /ColorSpace /DeviceGray /BitsPerComponent 1 /Length \(stream.count) >>"
        let content = "q 612 0 0 792 0 0 cm /Im0 Do Q"
        var out = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (i, body) in objects.enumerated() {
            offsets.append(out.count)
            out.append(Data("\(i + 1) 0 obj\n\(body)\nendobj\n".utf8))
        }
        offsets.append(out.count)
        out.append(Data("4 0 obj\n\(image)\nstream\n".utf8))
        out.append(stream)
        out.append(Data("\nendstream\nendobj\n".utf8))
        offsets.append(out.count)
        out.append(Data("5 0 obj\n<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream\nendobj\n".utf8))
        objects.append("")
        objects.append("")
        if indirectHeight {
            offsets.append(out.count)
            out.append(Data("6 0 obj\n\(height)\nendobj\n".utf8))
        }
        let xref = out.count
        var table = "xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(format: "%010d 00000 n \n", offset) }
        table += "trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        out.append(Data(table.utf8))
        return out
    }

    static func write(_ data: Data) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vanthu-hostile-\(UUID().uuidString).pdf").path
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: [false, true])
    func aHugeImageIsRefusedFromItsDictionary(indirect: Bool) throws {
        let path = try Self.write(Self.pdf(width: 40_000, height: 40_000, indirectHeight: indirect))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(PDFImageSizes.sizes(in: try Data(contentsOf: URL(fileURLWithPath: path))).map(\.width) == [40_000])
        #expect(throws: OCRError.self) { try PageCount.of(path: path) }
        do {
            _ = try PageCount.of(path: path)
        } catch let error as OCRError {
            #expect(error.code == .tooLarge)
            #expect(error.reason.contains("40000x40000"))
        }
    }

    @Test func theOCRStageRefusesItBeforeDecoding() throws {
        let path = try Self.write(Self.pdf(width: 40_000, height: 40_000))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let started = Date()
        do {
            let result = try OCRProcessor(options: OCROptions(jobs: 1)).recognize(path: path)
            Issue.record("recognised \(result.pages.count) pages instead of refusing")
        } catch let error as OCRError {
            #expect(error.code == .tooLarge)
            #expect(error.reason.contains("refused before decoding"))
        }
        #expect(Date().timeIntervalSince(started) < 120)
    }

    @Test func anImageWithinTheLimitsIsNotRefused() throws {
        let path = try Self.write(Self.pdf(width: 2_480, height: 3_508))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try PageCount.of(path: path) == 1)
        try PDFImageSizes.check(path: path, limits: ImageLimits())
    }

    @Test func corpusPDFsPass() throws {
        let corpus = (try? FileManager.default.contentsOfDirectory(atPath: Paths.corpus("scans"))) ?? []
        let realDev = (try? FileManager.default.contentsOfDirectory(atPath: Paths.realDev(""))) ?? []
        let pdfs =
            [Paths.fixture("two-pages.pdf")]
            + corpus.filter { $0.hasSuffix(".pdf") }.map { Paths.corpus("scans/" + $0) }
            + realDev.filter { $0.hasSuffix(".pdf") }.map { Paths.realDev($0) }
        for path in pdfs {
            try PDFImageSizes.check(path: path, limits: ImageLimits())
            #expect(
                !PDFImageSizes.sizes(in: try Data(contentsOf: URL(fileURLWithPath: path))).isEmpty || path.contains("digital")
                    || path.contains("two-pages"),
                "\(path)"
            )
        }
    }
}
