import Testing

@testable import OCR

@Suite("Judging a PDF's text layer")
struct TextLayerTests {
    static let vietnamese = """
        Theo đề nghị của Bộ Thông tin và Truyền thông tại Công văn số 202/BTTTT-KHTC ngày 21/01/2025 về việc \
        góp ý dự thảo Quyết định sửa đổi, bổ sung một số điều của Quyết định số 2269/QĐ-TTg ngày 31/12/2021 của \
        Thủ tướng Chính phủ phê duyệt Chương trình cung cấp dịch vụ viễn thông công ích đến năm 2025, Chủ tịch \
        UBND tỉnh giao Sở Thông tin và Truyền thông chủ trì, phối hợp với các cơ quan liên quan.
        """

    @Test func realVietnameseIsTrusted() {
        #expect(TextLayer(raw: Self.vietnamese).isTrustworthy())
    }

    @Test func scannerLayerFromANonVietnameseOCRIsNot() {
        let garbage = String(
            repeating: "UBND THANH PHO DA NANG CONG Hcok xA HQI CHiJ NGHiA VIVT NAM S6: 463Y SGDDT Doc lap Tu do Hanh phuc ",
            count: 4
        )
        #expect(!TextLayer(raw: garbage).isTrustworthy())
    }

    @Test func aShortLayerIsTrustedOnlyWhereNoScanNeedsChecking() {
        let layer = TextLayer(raw: "Nơi nhận:\n- Như trên;\n- Lưu: VT, CCVC.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrương Công Định")
        #expect(!layer.isTrustworthy())
        #expect(layer.isTrustworthy(minimumWords: 3))
    }

    @Test func layoutRebuildsPhysicalLinesAndSetsStampsApart() {
        func word(_ text: String, _ x: Double, _ y: Double) -> PageLayout.Piece {
            PageLayout.Piece(text: text, x1: x, y1: y, x2: x + Double(text.count) * 6, y2: y + 12)
        }
        // Content-stream order: left column, then right column; the stamp is a separate piece.
        var stamp = PageLayout.Piece(text: "63", x1: 96, y1: 101, x2: 108, y2: 112)
        stamp.standalone = true
        let pieces = [word("Số:", 60, 100), word("/KH-UBND", 112, 100), word("ngày", 300, 101), word("tháng 02", 360, 100), stamp]
        #expect(PageLayout.text(of: pieces) == "Số: 63 /KH-UBND ngày tháng 02")
        let twoLines = [word("Kính", 60, 130), word("gửi:", 90, 130), word("Sở", 60, 170)]
        #expect(PageLayout.text(of: twoLines) == "Kính gửi:\n\nSở")
    }

    @Test func signatureBoxIsSplitOff() {
        let raw = "Ký bởi: Ủy ban nhân dân\ntỉnh Quảng Ngãi\nThời gian ký: 05/01/2021\n08:15:24\n"
        let layer = TextLayer(raw: raw)
        #expect(layer.body.isEmpty)
        #expect(layer.signature?.contains("Thời gian ký: 05/01/2021") == true)
        #expect(layer.signature?.contains("tỉnh Quảng Ngãi") == true)
        #expect(!layer.isTrustworthy())
    }

    @Test func stampAboveABornDigitalPageIsSplitOff() {
        let raw = "TRUNG TÂM CÔNG\nBÁO VÀ TIN HỌC\nttcbth@quangngai.gov.vn\n24.01.2025 20:01:14\n+07:00\n\n" + Self.vietnamese
        let layer = TextLayer(raw: raw)
        #expect(layer.body.hasPrefix("Theo đề nghị"))
        #expect(layer.signature?.contains("24.01.2025 20:01:14") == true)
        #expect(layer.isTrustworthy())
    }
}
