import Foundation
import Testing

@testable import OCR

/// Real signed scans from a provincial e-office system, in `../shared/real-dev`.
@Suite("Real e-office scans")
struct RealScanTests {
    @Test func scannedPageIsOCRdAndTheSignatureKeptApart() throws {
        let document = try OCRProcessor(options: OCROptions(jobs: 2)).recognize(path: Paths.realDev("d04.pdf"))
        #expect(document.pages.count == 2)
        let first = document.pages[0]
        #expect(first.source == .ocr)
        #expect(first.text.contains("Về việc điều chỉnh dự toán ngân sách"))
        #expect(first.text.contains("Kính gửi: Hội đồng nhân dân tỉnh"))
        let signature = try #require(first.signatureText)
        #expect(signature.contains("Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi"))
        #expect(signature.contains("Thời gian ký: 26/11/2024 10:40:48 +07:00"))
        #expect(!first.text.contains("Ký bởi"))
    }

    @Test func bornDigitalPageUsesItsTextLayer() throws {
        let document = try OCRProcessor(options: OCROptions(jobs: 1)).recognize(path: Paths.realDev("d06.pdf"))
        let page = try #require(document.pages.first)
        #expect(page.source == .pdfText)
        #expect(page.text.contains("Kính gửi: Sở Thông tin và Truyền thông"))
        #expect(page.text.contains("202/BTTTT-KHTC"))
        #expect(!page.text.contains("ttcbth@quangngai.gov.vn"))
        #expect(document.isBornDigital)
        // Lines rebuilt across the page, with the number and day the e-office system stamped as
        // signature widgets read and put in place.
        #expect(page.text.contains("Số: 507 /UBND-KGVX Quảng Ngãi, ngày 24 tháng 01 năm 2025"))
        #expect(page.text.contains("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
    }

    @Test func forceOCRIgnoresTheTextLayer() throws {
        let document = try OCRProcessor(options: OCROptions(jobs: 1, forceOCR: true)).recognize(path: Paths.realDev("d06.pdf"))
        let page = try #require(document.pages.first)
        #expect(page.source == .ocr)
        #expect(page.text.contains("Sở Thông tin và Truyền thông"))
    }
}

/// A page stored sideways (/Rotate 270, its image landscape on a portrait page): read upright.
@Suite("Sideways pages")
struct SidewaysPageTests {
    @Test func aRotatedPageIsReadUprightWithItsHeaderFields() throws {
        let document = try OCRProcessor(options: OCROptions(jobs: 1)).recognize(path: Paths.realDev("d18.pdf"))
        let page = try #require(document.pages.first)
        #expect(page.height > page.width)
        #expect(page.text.contains("QUYẾT ĐỊNH") || page.text.contains("QUYÉT ĐỊNH"))
        // Lines run across the page, not down it.
        let header = try #require(page.lines.first { $0.text.contains("CỘNG HÒA") })
        #expect(header.box.width > 4 * header.box.height)
        let kinds = Set((page.handwriting ?? []).map(\.kind))
        #expect(kinds.isSuperset(of: [.number, .day, .month]))
    }
}

/// Other offices' pages (real-dev d09–d18): the handwritten fields are found wherever the ink is.
@Suite("Other offices' handwritten fields")
struct OtherOfficeFieldTests {
    @Test(arguments: ["d09.pdf", "d11.pdf", "d14.pdf"])
    func dayAndMonthWrittenByHandAreFieldsOfTheirOwn(_ name: String) throws {
        let document = try OCRProcessor(options: OCROptions(jobs: 1)).recognize(path: Paths.realDev(name))
        let fields = try #require(document.pages.first?.handwriting)
        let month = try #require(fields.first { $0.kind == .month })
        #expect(month.looksHandwritten)
        // The month's ink is read, as one or two digits from 1 to 12.
        let best = try #require(month.readings.first)
        #expect((1...12).contains(Int(best.digits) ?? 0))
        #expect(fields.contains { $0.kind == .number && $0.looksHandwritten })
    }

    @Test func aPhonePhotosFieldsAreFound() throws {
        let document = try OCRProcessor(options: OCROptions(jobs: 1)).recognize(path: Paths.realDev("d15.jpg"))
        let kinds = Set((document.pages.first?.handwriting ?? []).map(\.kind))
        #expect(kinds.isSuperset(of: [.number, .day, .month]))
    }
}
