import Foundation
import Testing

@testable import DocumentParser

/// Công văn, marks, the signer block and recipients.
@Suite struct HeaderClosingTests {
    static let congVan = """
        ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        TỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc
        HỎA TỐC
        Số: 507 /UBND-KGVX Quảng Ngãi, ngày24tháng 01 năm 2025
        V/v góp ý dự thảo Quyết định sửa
        đổi, bổ sung một số điều của
        Quyết định số 2269/QĐ-TTg

        Kính gửi: Sở Thông tin và Truyền thông

        Theo đề nghị của Bộ Thông tin và Truyền thông tại Công văn số 202/BTTTT-KHTC.

        Nơi nhận: KT. CHỦ TỊCH
        - Như trên; PHÓ CHỦ TỊCH
        - CT, PCT UBND tỉnh (b/cáo);
        - Lưu: VT, KGVX.

        Nđuyễn Hoàng Giang
        """

    @Test func congVanWithVv() {
        let h = HeaderExtractor().extract(from: HeaderFixtures.text(Self.congVan))
        #expect(h.type == "Công văn")
        #expect(h.number == "507/UBND-KGVX")
        #expect(h.subject == "Góp ý dự thảo Quyết định sửa đổi, bổ sung một số điều của Quyết định số 2269/QĐ-TTg")
        #expect(h.date == "2025-01-24")
    }

    @Test func marks() {
        let h = HeaderExtractor().extract(from: HeaderFixtures.text(Self.congVan))
        #expect(h.marks == ["HỎA TỐC"])
        let none = HeaderExtractor().extract(from: HeaderFixtures.text(Self.congVan.replacingOccurrences(of: "HỎA TỐC\n", with: "")))
        #expect(none.marks.isEmpty)
    }

    @Test(arguments: [("KHẨN", ["KHẨN"]), ("THƯỢNG KHẨN", ["THƯỢNG KHẨN"]), ("TỐI MẬT", ["TỐI MẬT"]), ("DỰ THẢO", ["DỰ THẢO"]), ("MẬT", ["MẬT"])])
    func eachMark(mark: String, expected: [String]) {
        let text = Self.congVan.replacingOccurrences(of: "HỎA TỐC", with: mark)
        #expect(HeaderExtractor().extract(from: HeaderFixtures.text(text)).marks == expected)
    }

    @Test func signerTitleAndOCRdName() {
        let h = HeaderExtractor().extract(from: HeaderFixtures.text(Self.congVan))
        #expect(h.signer?.title == "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")
        #expect(h.signer?.name == "Nguyễn Hoàng Giang")
        #expect(h.recipients == ["Như trên", "CT, PCT UBND tỉnh (b/cáo)", "Lưu: VT, KGVX"])
    }

    @Test func nameBesideTheLastListItem() {
        let text = "Số: 09/TTr-UBND\nTỜ TRÌNH\nVề việc thử\n\nKính trình.\nNơi nhận:\n- Như trên;\n- Lưu: VT, KGVX.th54 Trân Hoàng Tuấn\n"
        let h = HeaderExtractor().extract(from: HeaderFixtures.text(text))
        #expect(h.signer?.name == "Trần Hoàng Tuấn")
        #expect(h.recipients == ["Như trên", "Lưu: VT, KGVX.th54"])
    }

    @Test func noSignerIsNil() {
        let text = "Số: 09/TTr-UBND\nTỜ TRÌNH\nVề việc thử\n\nKính trình Hội đồng nhân dân tỉnh xem xét."
        let h = HeaderExtractor().extract(from: HeaderFixtures.text(text))
        #expect(h.signer == nil)
        #expect(h.recipients.isEmpty)
    }

    @Test func markdownHeaderSplitAcrossLines() {
        let text =
            "## Số: 63 /KH-THNH\n\n*Quận 6, ngày 29 tháng 02 năm 2024*\n\n**KẾ HOẠCH**  \n**Triển khai thực hiện  \nnăm 2024**\n\nCăn cứ Kế hoạch"
        let h = HeaderExtractor().extract(from: HeaderFixtures.text(text))
        #expect(h.number == "63/KH-THNH")
        #expect(h.date == "2024-02-29")
        #expect(h.type == "Kế hoạch")
        #expect(h.subject == "Triển khai thực hiện năm 2024")
    }

    @Test func emptyDocumentWarns() {
        let h = HeaderExtractor().extract(from: DocumentText(path: "e.txt", sha256: String(repeating: "0", count: 64), pages: []))
        #expect(h.number == nil)
        #expect(!h.warnings.isEmpty)
        let blank = HeaderExtractor().extract(from: HeaderFixtures.text("\n\n"))
        #expect(blank.issuer == nil)
        #expect(blank.warnings.contains { $0.contains("header lost") })
    }
}

/// A công văn whose V/v lines share the OCR line with the place and date.
@Suite struct HeaderVvBesideDateTests {
    @Test(arguments: ["V/v đăng ký bổ sung", "V/V đăng ký bổ sung", "V/y đăng ký bổ sung"])
    func subjectStopsBeforeThePlace(opening: String) {
        let text = """
            ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc
            Số: 574/UBND-KTTH
            \(opening) Quảng Ngãi, ngày 04 tháng 02 năm 2025
            nội dung trình HĐND tỉnh

            Kính gửi: Thường trực HĐND tỉnh
            """
        let h = HeaderExtractor().extract(from: HeaderFixtures.text(text))
        #expect(h.type == "Công văn")
        #expect(h.subject == "Đăng ký bổ sung nội dung trình HĐND tỉnh")
        #expect(h.date == "2025-02-04")
        #expect(h.place == "Quảng Ngãi")
    }
}

/// Appendix pages after the signature must not lend the signer a name.
@Suite struct HeaderAppendixTests {
    @Test func signerNotTakenFromAnAppendixTable() {
        var text = "Số: 12/KH-UBND\nKẾ HOẠCH\nVề việc thử\n\nCăn cứ Luật.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
        text += String(repeating: "\n", count: 45) + "PHỤ LỤC\nDanh sách\n1 Lê Văn Tám\n2 Nguyễn Thị Hoa\n"
        let h = HeaderExtractor().extract(from: HeaderFixtures.text(text))
        #expect(h.signer?.title == "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")
        #expect(h.signer?.name == nil)
    }

    @Test func publicationStampIsNotTheSigningTime() {
        let page =
            "Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi\nThời gian ký:\n21.01.2025 09:27:35 +07:00\n"
            + "Số: 12/KH-UBND Quảng Ngãi, ngày 20 tháng 01 năm 2025\nKẾ HOẠCH\nVề việc thử"
        let h = HeaderExtractor().extract(from: HeaderFixtures.text(page))
        #expect(h.eSignature?.signedBy == "Ủy ban nhân dân tỉnh Quảng Ngãi")
        #expect(h.eSignature?.time == nil)
    }
}
