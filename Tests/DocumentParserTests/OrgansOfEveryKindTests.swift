import Foundation
import Testing

@testable import DocumentParser

/// Headers and signer blocks of organs beyond the People's Committees: hospitals, procuracies,
/// state companies, labour and youth unions, Party committees, the police. Hand-made pages in the
/// forms those offices print (a held-out probe of 44 such pages found each of these).
@Suite struct OrgansOfEveryKindTests {
    static func header(_ body: String) -> DocumentHeader {
        HeaderExtractor().extract(from: HeaderFixtures.text(body))
    }

    static func page(left: [String], right: String = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", number: String, closing: String = "") -> String {
        """
        \(left[0])          \(right)
        \(left.dropFirst().joined(separator: "\n"))          Độc lập - Tự do - Hạnh phúc
        Số: \(number)                  Hà Nội, ngày 24 tháng 02 năm 2025

        KẾ HOẠCH
        Tuyển dụng viên chức năm 2025

        Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ.
        \(closing)
        """
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var left: [String]
        var number: String
        var issuer: String
        var parent: String
        var testDescription: String { left.joined(separator: " / ") }
    }

    /// A second organ line starts the issuer, whatever kind of organ it names.
    @Test(arguments: [
        Case(left: ["BỘ Y TẾ", "BỆNH VIỆN BẠCH MAI"], number: "345/KH-BM", issuer: "Bệnh viện Bạch Mai", parent: "Bộ Y tế"),
        Case(
            left: ["SỞ Y TẾ ĐỒNG NAI", "BỆNH VIỆN ĐA KHOA ĐỒNG NAI"],
            number: "12/GM-BVĐK",
            issuer: "Bệnh viện Đa Khoa Đồng Nai",
            parent: "Sở Y tế Đồng Nai"
        ),
        Case(
            left: ["VIỆN KSND TỈNH THANH HÓA", "VIỆN KSND HUYỆN THỌ XUÂN"],
            number: "08/KH-VKSTX",
            issuer: "Viện KSND huyện Thọ Xuân",
            parent: "Viện KSND tỉnh Thanh Hóa"
        ),
        Case(
            left: ["TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM", "TỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG"],
            number: "1520/EVNCPC-KD",
            issuer: "Tổng công ty Điện Lực Miền Trung",
            parent: "Tập đoàn Điện Lực Việt Nam"
        ),
        Case(
            left: ["TỔNG LĐLĐ VIỆT NAM", "LĐLĐ TỈNH ĐỒNG THÁP"],
            number: "45/TB-LĐLĐ",
            issuer: "Liên đoàn Lao động tỉnh Đồng Tháp",
            parent: "Tổng Liên đoàn Lao động Việt Nam"
        ),
        Case(
            left: ["TW HỘI LHPN VIỆT NAM", "HỘI LHPN TỈNH NINH BÌNH"],
            number: "21/KH-HLHPN",
            issuer: "Hội LHPN tỉnh Ninh Bình",
            parent: "Trung ương Hội LHPN Việt Nam"
        ),
        Case(
            left: ["BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI TỈNH GIA LAI"],
            number: "1102/BHXH-QLT",
            issuer: "Bảo hiểm xã hội tỉnh Gia Lai",
            parent: "Bảo hiểm xã hội Việt Nam"
        ),
        Case(
            left: ["LĐLĐ TỈNH TÂY NINH", "CÔNG ĐOÀN CÁC KHU CÔNG NGHIỆP"],
            number: "18/CĐKCN",
            issuer: "Công đoàn các khu công nghiệp",
            parent: "Liên đoàn Lao động tỉnh Tây Ninh"
        ),
        Case(
            left: ["VIỆN HÀN LÂM KHOA HỌC VÀ CÔNG NGHỆ VIỆT NAM", "VIỆN HẢI DƯƠNG HỌC"],
            number: "88/TB-VHDH",
            issuer: "Viện Hải Dương Học",
            parent: "Viện Hàn lâm Khoa học và Công nghệ Việt Nam"
        ),
    ])
    func lowerOrganIssues(_ c: Case) {
        let h = Self.header(Self.page(left: c.left, number: c.number))
        // Letter case aside: how a name's inner words are capitalised is a matter of style.
        #expect(h.issuer?.lowercased() == c.issuer.lowercased())
        #expect(h.parentIssuer?.lowercased() == c.parent.lowercased())
    }

    @Test func aYouthUnionHeadsItsPageWithItsOwnName() {
        // The union prints "ĐOÀN TNCS HỒ CHÍ MINH" where the state prints the quốc hiệu.
        let body = """
            TỈNH ĐOÀN QUẢNG NGÃI                 ĐOÀN TNCS HỒ CHÍ MINH
            BCH ĐOÀN TRƯỜNG ĐẠI HỌC PHẠM VĂN ĐỒNG
            ***
            Số: 15-KH/ĐTN                  Quảng Ngãi, ngày 10 tháng 3 năm 2025

            KẾ HOẠCH
            Tổ chức Tháng Thanh niên năm 2025

            Căn cứ Chương trình công tác Đoàn năm 2025 của Tỉnh Đoàn Quảng Ngãi.
            """
        let h = Self.header(body)
        #expect(h.number == "15-KH/ĐTN")
        #expect(h.date == "2025-03-10")
        #expect(h.issuer == "Ban Chấp hành Đoàn Trường Đại học Phạm Văn Đồng")
        #expect(h.parentIssuer == "Tỉnh Đoàn Quảng Ngãi")
        // In a sentence, the union's name is a name, not a heading.
        #expect(IssuerExtractor.isNationalLine(TextLine("ĐOÀN TNCS HỒ CHÍ MINH", page: 1)))
        #expect(!IssuerExtractor.isNationalLine(TextLine("Phối hợp với Đoàn TNCS Hồ Chí Minh tỉnh tổ chức.", page: 1)))
    }

    @Test func anAgencysQuanIsNoDistrict() {
        let h = Self.header(
            Self.page(left: ["TỈNH ỦY THANH HÓA", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"], right: "ĐẢNG CỘNG SẢN VIỆT NAM", number: "125-CV/ĐUK")
        )
        #expect(h.issuer?.lowercased() == "đảng ủy khối các cơ quan tỉnh")
        // "QUÂN", "QUẢN", "QUAN" with their own marks are no "quận"; "QUẬN 6" is.
        let customs = Self.header(Self.page(left: ["TỔNG CỤC HẢI QUAN", "CỤC HẢI QUAN TP HẢI PHÒNG"], number: "512/HQHP-GSQL"))
        #expect(customs.issuer?.lowercased().contains("quận") == false)
        let army = Self.header(Self.page(left: ["QUÂN KHU 4", "BỘ CHỈ HUY QUÂN SỰ TỈNH NGHỆ AN"], number: "77/BCH-TM"))
        #expect(army.issuer?.lowercased().contains("quận") == false)
        #expect(army.parentIssuer?.lowercased().contains("quận") == false)
        let district = Self.header(Self.page(left: ["ỦY BAN NHÂN DÂN", "QUẬN 6"], number: "12/UBND"))
        #expect(district.issuer == "Ủy ban nhân dân Quận 6")
    }

    @Test func aUnionsDateLineMayFollowItsSubject() {
        // One column read in turn, no quốc hiệu: the place and date after a two-line "V/v".
        let body = """
            HỘI NÔNG DÂN VIỆT NAM
            BCH HỘI NÔNG DÂN TỈNH THÁI NGUYÊN
            *
            Số 1043-CV/HNDT
            V/v bình xét danh hiệu nông dân sản xuất,
            kinh doanh giỏi các cấp năm 2025
                                               Thái Nguyên, ngày 27 tháng 10 năm 2025

            Kính gửi: Ban Thường vụ Hội Nông dân các xã, phường.

            Căn cứ Quyết định số 1275-QĐ/HNDTW ngày 14/5/2024 của Ban Thường vụ Trung ương Hội Nông dân Việt Nam.
            """
        let h = Self.header(body)
        #expect(h.date == "2025-10-27")
        #expect(h.number == "1043-CV/HNDT")
    }

    @Test func aWordSpelledLikeAnOrgansIsNoOrgan() {
        // "VIỄN THÔNG" (telecoms) is spelled with the letters of "Viện" (an institute).
        let h = Self.header(Self.page(left: ["TẬP ĐOÀN BƯU CHÍNH VIỄN THÔNG VIỆT NAM", "VIỄN THÔNG BÌNH THUẬN"], number: "210/VNPT-BTN"))
        #expect(h.issuer?.contains("Viện") == false)
    }

    @Test func aDistrictSpelledLikeAUnionIsADistrict() {
        // "HUYỆN ĐOAN HÙNG" (Phú Thọ) has the letters of "Huyện Đoàn"; "XÃ TỊNH KHÊ" those of two units.
        let h = Self.header(Self.page(left: ["ỦY BAN NHÂN DÂN", "HUYỆN ĐOAN HÙNG"], number: "45/UBND-VP"))
        #expect(h.issuer == "Ủy ban nhân dân huyện Đoan Hùng")
        #expect(h.parentIssuer == nil)
        let commune = Self.header(Self.page(left: ["ỦY BAN NHÂN DÂN", "XÃ TỊNH KHÊ"], number: "12/UBND"))
        #expect(commune.issuer?.lowercased() == "ủy ban nhân dân xã tịnh khê")
    }

    @Test func aCitationsDateInTheSubjectIsNoIssueDate() {
        // Columns read in turn: organs, number, V/v, then the quốc hiệu and the date line.
        let body = """
            ỦY BAN NHÂN DÂN
            TỈNH QUẢNG NGÃI
            Số: 77/UBND-KT
            V/v triển khai Công văn số 45/BTC ngày 14/2/2025 của Bộ Tài chính
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Quảng Ngãi, ngày 03 tháng 3 năm 2025
            """
        let h = Self.header(body)
        #expect(h.date == "2025-03-03")
        #expect(h.subject?.contains("45/BTC ngày 14/2/2025") == true)
    }

    @Test func anEventCouncilIsNoOrgan() {
        // A subject in capitals naming a council: no authority line, no issuer.
        let body = Self.page(left: ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"], number: "12/QĐ-UBND")
            .replacingOccurrences(
                of: "KẾ HOẠCH\nTuyển dụng viên chức năm 2025",
                with: "QUYẾT ĐỊNH\nVỀ VIỆC THÀNH LẬP\nHỘI ĐỒNG XÉT TUYỂN VIÊN CHỨC NĂM 2025"
            )
        let h = Self.header(body)
        #expect(h.issuer == "Ủy ban nhân dân tỉnh Quảng Ngãi")
    }

    @Test func aUnionsCommitteeNamesItsUnion() {
        let h = Self.header(Self.page(left: ["BCH TỈNH ĐOÀN HƯNG YÊN"], right: "ĐOÀN TNCS HỒ CHÍ MINH", number: "30-KH/TĐTN"))
        #expect(h.issuer == "Ban Chấp hành Tỉnh Đoàn Hưng Yên")
    }

    @Test func theVerbOfACongDienIsNoPartOfItsAuthority() {
        let body = """
            ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                              Độc lập - Tự do - Hạnh phúc
            Số: 05/CĐ-UBND                    Nam Định, ngày 06 tháng 9 năm 2024

            CÔNG ĐIỆN
            Về việc tập trung ứng phó với bão số 3

            CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH điện:
            - Giám đốc các Sở, Thủ trưởng các ban, ngành của tỉnh;
            """
        let h = Self.header(body)
        #expect(h.issuer == "Chủ tịch Ủy ban nhân dân tỉnh Nam Định")
    }

    static func closing(_ title: [String], name: String) -> String {
        """
        Nơi nhận:                                  \(title[0])
        - Như trên;                                \(title.count > 1 ? title[1] : "")
        - Lưu: VT, KT.
                                                   \(name)
        """
    }

    @Test(arguments: [
        (["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC"], "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ THƯỜNG TRỰC"),
        (["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], "K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN"),
        (["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC"], "KT. TỔNG GIÁM ĐỐC / PHÓ TỔNG GIÁM ĐỐC"),
        (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"),
        (["THẨM PHÁN"], "THẨM PHÁN"),
        (["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"], "KT. CHI CỤC TRƯỞNG / PHÓ CHI CỤC TRƯỞNG"),
        (["KT. CHỈ HUY TRƯỞNG", "PHÓ CHỈ HUY TRƯỞNG"], "KT. CHỈ HUY TRƯỞNG / PHÓ CHỈ HUY TRƯỞNG"),
    ])
    func signerTitles(_ lines: [String], title: String) {
        let h = Self.header(
            Self.page(left: ["BỘ Y TẾ", "BỆNH VIỆN BẠCH MAI"], number: "345/KH-BM", closing: Self.closing(lines, name: "Lê Đức Cường"))
        )
        // The office's filing code "KT" in "Lưu: VT, KT." is no title.
        #expect(h.signer?.title == title)
        #expect(h.signer?.name == "Lê Đức Cường")
    }

    /// Family names of the Khmer, Hmong, Tày, Thái, Ê Đê and Gia Rai peoples, kept as printed.
    @Test(arguments: [
        "Giàng A Sình", "Thạch Sô Phol", "Tôn Thất Bình", "Điểu Thanh Hải", "Rơ Châm H'Bia", "Lường Văn Chính", "Danh Thị Sa Rươl", "Ma Thị Huyền",
        "Sùng Thị Mỷ",
    ])
    func namesOfEveryPeople(_ name: String) {
        let h = Self.header(Self.page(left: ["BỘ Y TẾ", "BỆNH VIỆN BẠCH MAI"], number: "345/KH-BM", closing: Self.closing(["GIÁM ĐỐC"], name: name)))
        #expect(h.signer?.name == name)
    }

    @Test func aTitlesFirstLineAboveTheRecipients() {
        let closing = """
                                                       TM. ỦY BAN NHÂN DÂN
            Nơi nhận:                                  KT. CHỦ TỊCH
            - Như trên;                                PHÓ CHỦ TỊCH
            - Lưu: VT.
                                                       Lê Văn Tám
            """
        let h = Self.header(Self.page(left: ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"], number: "12/KH-UBND", closing: closing))
        #expect(h.signer?.title == "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")
    }

    @Test func aRankBeforeTheNameIsNoFamilyName() {
        let closing = Self.closing(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], name: "Đại tá Nguyễn Văn Hải")
        let h = Self.header(Self.page(left: ["BỘ CÔNG AN", "CÔNG AN TỈNH NGHỆ AN"], number: "88/CAT-PC06", closing: closing))
        #expect(h.signer?.name == "Nguyễn Văn Hải")
    }
}
