import Foundation
import Testing

@testable import DocumentParser

@Suite struct HeaderIssuerTests {
    static let sideBySide = """
        ỦY BAN NHÂN DÂN QUẬN 6 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        TRƯỜNG TIỂU HỌC NGUYỄN HUỆ Độc lập - Tự do - Hạnh phúc
        Số: 63 /KH-THNH Quận 6, ngày 29 tháng 02 năm 2024
        KẾ HOẠCH
        Triển khai thực hiện công tác dân vận của chính quyền
        và quy chế dân chủ ở cơ sở năm 2024
        Căn cứ Kế hoạch số 71/KH-UBND ngày 07 tháng 02 năm 2024 của Ủy ban nhân dân Quận 6;
        """

    static let columnsOneAfterTheOther = """
        ỦY BAN NHÂN DÂN QUẬN 6
        TRƯỜNG TIỂU HỌC NGUYỄN HUỆ
        ──────────
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 63/KH-THNH
        Quận 6, ngày 29 tháng 02 năm 2024
        KẾ HOẠCH
        Triển khai thực hiện công tác dân vận
        """

    static let nationalFirst = """
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        ỦY BAN NHÂN DÂN QUẬN 6
        TRƯỜNG TIỂU HỌC NGUYỄN HUỆ
        Số: 63/KH-THNH
        Quận 6, ngày 29 tháng 02 năm 2024
        KẾ HOẠCH
        Triển khai thực hiện công tác dân vận
        """

    @Test(arguments: [sideBySide, columnsOneAfterTheOther, nationalFirst])
    func columnsInAnyOrder(text: String) {
        let h = HeaderExtractor().extract(from: HeaderFixtures.text(text))
        #expect(h.issuer == "Trường Tiểu học Nguyễn Huệ")
        #expect(h.parentIssuer == "Ủy ban nhân dân Quận 6")
        #expect(h.number == "63/KH-THNH")
        #expect(h.date == "2024-02-29")
        #expect(h.type == "Kế hoạch")
        #expect(h.subject?.hasPrefix("Triển khai thực hiện công tác dân vận") == true)
        #expect(!h.warnings.contains { $0.contains("header lost") })
    }

    @Test(arguments: [
        ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", "Ủy ban nhân dân tỉnh Quảng Ngãi", nil as String?),
        ("UỶ BAN NHÂN DÂN\nTÍNH QUẢNG NGÃI", "Ủy ban nhân dân tỉnh Quảng Ngãi", nil),
        ("UBND TỈNH QUẢNG NGÃI\nSỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo", "Ủy ban nhân dân tỉnh Quảng Ngãi"),
        ("UBND TỈNH QUẢNG NGÃI\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Sở Tài nguyên và Môi trường", "Ủy ban nhân dân tỉnh Quảng Ngãi"),
        ("HỘI ĐỒNG NHÂN DÂN\nHUYỆN MỘ ĐỨC", "Hội đồng nhân dân huyện Mộ Đức", nil),
        ("UBND QUẬN 6\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Phòng Giáo dục và Đào tạo", "Ủy ban nhân dân Quận 6"),
        // The noise scan of bc-cchc: spaces lost, debris between the columns.
        ("'ỦYBANNHÂNDÂN ` ˆ~ :\n- HUYỆN CẨM XUYÊN.. :", "Ủy ban nhân dân huyện Cẩm Xuyên", nil),
        ("ỦYBANNHÂNDÂN TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ", "Sở Nội vụ", "Ủy ban nhân dân tỉnh Quảng Ngãi"),
    ])
    func capitalisation(organs: String, issuer: String, parent: String?) {
        let text = "\(organs) CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-UBND Quảng Ngãi, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nThử nghiệm"
        let h = HeaderExtractor().extract(from: HeaderFixtures.text(text))
        #expect(h.issuer == issuer)
        #expect(h.parentIssuer == parent)
    }

    @Test func markMissingFromOCRIsRepairedFromTheBody() {
        let text =
            "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTINH QUANG NGAI Độc lập - Tự do - Hạnh phúc\n"
            + "Số: 12/KH-UBND Quảng Ngãi, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nThử nghiệm\n\nCăn cứ văn bản của tỉnh Quảng Ngãi."
        #expect(HeaderExtractor().extract(from: HeaderFixtures.text(text)).issuer == "Ủy ban nhân dân tỉnh Quảng Ngãi")
    }

    @Test func chairmansDecisionNamesTheChairmanAsIssuer() {
        let text = """
            ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc
            Số: 87/QĐ-UBND Quảng Ngãi, ngày 16 tháng 01 năm 2025
            QUYẾT ĐỊNH
            Về việc thành lập Tổ công tác

            CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI

            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
            """
        let h = HeaderExtractor().extract(from: HeaderFixtures.text(text))
        #expect(h.issuer == "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi")
        #expect(h.parentIssuer == "Ủy ban nhân dân tỉnh Quảng Ngãi")
        #expect(h.subject == "Thành lập Tổ công tác")
        #expect(h.type == "Quyết định")
    }

    @Test func committeesDecisionKeepsTheCommittee() {
        let text = """
            UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TÍNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc
            Số: 4† /QĐÐ-UBND Quảng Ngãi, ngày 4† tháng 01 năm 2025
            QUYÉT ĐỊNH

            Về việc kinh phí thực hiện hỗ trợ
            trên địa bàn tỉnh

            ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI

            Căn cứ Luật Tổ chức chính quyên địa phương;
            """
        let h = HeaderExtractor().extract(from: HeaderFixtures.text(text))
        #expect(h.issuer == "Ủy ban nhân dân tỉnh Quảng Ngãi")
        #expect(h.parentIssuer == nil)
        #expect(h.type == "Quyết định")
        #expect(h.subject == "Kinh phí thực hiện hỗ trợ trên địa bàn tỉnh")
    }

    @Test func decomposedInputWithOldTonesAndEth() {
        let text =
            "UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH KHÁNH HOÀ Độc lập - Tự do - Hạnh phúc\n"
            + "Số: 15/QÐ-UBND Nha Trang, ngày 10 tháng 4 năm 2024\nQUYẾT ĐỊNH\nVề việc phê duyệt kế hoạch hoá"
        let nfd = text.decomposedStringWithCanonicalMapping
        let h = HeaderExtractor().extract(from: HeaderFixtures.text(nfd))
        #expect(h.number == "15/QĐ-UBND")
        #expect(h.issuer == "Ủy ban nhân dân tỉnh Khánh Hòa")
        #expect(h.subject == "Phê duyệt kế hoạch hóa")
        #expect(h.place == "Nha Trang")
        #expect(h.date == "2024-04-10")
    }
}

/// Party documents: "ĐẢNG CỘNG SẢN VIỆT NAM" instead of the quốc hiệu, numbers N-TYPE/ISSUER.
@Suite struct HeaderPartyTests {
    @Test func partyHeader() {
        let text = """
            ĐẢNG BỘ TỈNH QUẢNG NGÃI ĐẢNG CỘNG SẢN VIỆT NAM
            HUYỆN ỦY MỘ ĐỨC
            Số 03-CT/HU Mộ Đức, ngày 06 tháng 7 năm 2021
            CHỈ THỊ
            về tiếp tục đẩy mạnh việc xây dựng quy chế dân chủ ở cơ sở

            Thời gian qua, các cấp ủy đã lãnh đạo thực hiện.
            """
        let h = HeaderExtractor().extract(from: HeaderFixtures.text(text))
        #expect(h.number == "03-CT/HU")
        #expect(h.type == "Chỉ thị")
        #expect(h.issuer == "Huyện ủy Mộ Đức")
        #expect(h.parentIssuer == "Đảng bộ tỉnh Quảng Ngãi")
        #expect(h.date == "2021-07-06")
        #expect(h.place == "Mộ Đức")
        #expect(h.subject == "Về tiếp tục đẩy mạnh việc xây dựng quy chế dân chủ ở cơ sở")
    }
}

@Suite("Header columns read one after the other")
struct HeaderSequentialColumnsTests {
    @Test func congVanWithTheLeftColumnFirst() {
        let text = """
            ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN
            SỞ NỘI VỤ
            Số: 366/SNV-CCVC
            V/v báo cáo số lượng, chất lượng cán bộ,
            công chức, viên chức năm 2024
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Phú Yên, ngày 09 tháng 3 năm 2024
            Kính gửi: Các sở, ban, ngành thuộc tỉnh.
            """
        let h = HeaderExtractor().extract(from: DocumentText(path: "cv.txt", sha256: "", pages: [.init(number: 1, text: text)]))
        #expect(h.issuer == "Sở Nội vụ")
        #expect(h.parentIssuer == "Ủy ban nhân dân tỉnh Phú Yên")
        #expect(h.date == "2024-03-09")
        #expect(h.place == "Phú Yên")
        #expect(h.type == "Công văn")
    }

    @Test func toTrinhWithTheLeftColumnFirst() {
        let text = """
            ỦY BAN NHÂN DÂN HUYỆN DUY XUYÊN
            PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
            Số: 92/TTr-GDĐT
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Duy Xuyên, ngày 08 tháng 5 năm 2024
            TỜ TRÌNH
            Về việc đề nghị phê duyệt Kế hoạch tuyển sinh
            """
        let h = HeaderExtractor().extract(from: DocumentText(path: "t.txt", sha256: "", pages: [.init(number: 1, text: text)]))
        #expect(h.issuer == "Phòng Giáo dục và Đào tạo")
        #expect(h.parentIssuer == "Ủy ban nhân dân huyện Duy Xuyên")
        #expect(h.date == "2024-05-08")
    }
}
