import Foundation
import Testing

@testable import DocumentParser

/// What changes outside one province's e-office (shared/docs section 8): handwritten months, the
/// date line read before the issuer's column, authority lines that leave the province to the
/// issuer block, numbers weighed from several readings, windows as deadlines.
@Suite struct OtherOfficesTests {
    static func header(_ body: String, readings: [HandwrittenReading] = [], path: String = "scan.pdf") -> DocumentHeader {
        var text = HeaderFixtures.text(body, path: path)
        text.pages[0].handwriting = readings
        return HeaderExtractor(options: .init(dateFromSignatureTime: false)).extract(from: text)
    }

    static func reading(_ field: HandwrittenReading.Field, _ digits: String, _ confidence: Double, handwritten: Bool = true) -> HandwrittenReading {
        HandwrittenReading(field: field, digits: digits, confidence: confidence, method: .classifier, looksHandwritten: handwritten)
    }

    static let university = """
        TRƯỜNG ĐẠI HỌC CÔNG NGHIỆP THỰC PHẨM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        TP. HỒ CHÍ MINH Độc lập - Tự do - Hạnh phúc
        Số:‡⁄z ›/TB-DCT Tp. Hồ Chí Minh, ngày #*; tháng V` năm 2020
        THÔNG BÁO
        V/v tham gia BHYT năm 2020 (Đợt 2)
        Thực hiện Nghị định số 146/2018/NĐ-CP ngày 17/10/2018 của Chính phủ;
        """

    @Test func dayAndMonthBothHandwrittenMakeTheDate() {
        let h = Self.header(
            Self.university,
            readings: [
                Self.reading(.number, "195", 0.9), Self.reading(.day, "04", 0.9), Self.reading(.day, "09", 0.05),
                Self.reading(.month, "5", 0.95), Self.reading(.month, "8", 0.02),
            ]
        )
        #expect(h.date == "2020-05-04")
        #expect(h.evidence?.date?.from == .handwritten)
        #expect(h.number == "195/TB-DCT")
        #expect(h.place == "Tp. Hồ Chí Minh")
    }

    @Test func anUnreadableHandwrittenMonthLeavesTheDateUnknown() {
        // Without the month's ink read and with no signing time, no month is guessed.
        let h = Self.header(Self.university, readings: [Self.reading(.day, "04", 0.9)])
        #expect(h.date == nil)
        #expect(h.warnings.contains { $0.hasPrefix("issue date unreadable") })
    }

    @Test func aPrintedMonthBeatsTheReaderOnPrintedInk() {
        let body = Self.university.replacingOccurrences(of: "tháng V`", with: "tháng 5")
        let h = Self.header(body, readings: [Self.reading(.day, "04", 0.9), Self.reading(.month, "8", 0.9, handwritten: false)])
        #expect(h.date == "2020-05-04")
    }

    @Test func theDateLineMayBeReadBeforeTheIssuerColumn() {
        // A phone photo: OCR read the right column (motto, place and date) before the left one.
        let body = """
            CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc

            Hà Nội, ngày 07 tháng 8 năm 2025

            BỘ GIÁO DỤC VÀ ĐÀO TẠO
            TRƯỜNG ĐẠI HỌC ĐẠI NAM
            Số: 891/QĐ-ĐN

            QUYẾT ĐỊNH
            Về việc cho sinh viên chuyển trường
            Căn cứ Quyết định số 746/QĐ-ĐN ngày 15/08/2024 của Hiệu trưởng Trường Đại học Đại Nam;
            """
        let h = Self.header(body)
        #expect(h.date == "2025-08-07")
        #expect(h.number == "891/QĐ-ĐN")
    }

    @Test func withoutItsNumberLineADocumentNeverTakesACitedNumber() {
        let body = """
            ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH HẢI DƯƠNG Độc lập - Tự do - Hạnh phúc
            Hải Dương, ngày 10 tháng 01 năm 2011
            QUYẾT ĐỊNH
            Về việc tặng danh hiệu Chiến sĩ thi đua cấp tỉnh
            Căn cứ Nghị định
            số 42/2010/NĐ-CP ngày 15.4.2010 của Chính phủ;
            """
        let h = Self.header(body)
        #expect(h.number == nil)
        #expect(h.warnings.contains("number line (Số: …) not found"))
    }

    @Test func anAuthorityLineIsCompletedFromTheIssuerBlock() {
        let body = """
            ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH BẠC LIÊU Độc lập - Tự do - Hạnh phúc
            Số: 210/QĐ-UBND Bạc Liêu, ngày 18 tháng 02 năm 2025
            QUYẾT ĐỊNH
            Về việc công bố danh mục thủ tục hành chính
            CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
            """
        let h = Self.header(body)
        #expect(h.issuer == "Chủ tịch Ủy ban nhân dân tỉnh Bạc Liêu")
        #expect(h.parentIssuer == "Ủy ban nhân dân tỉnh Bạc Liêu")
        #expect(HeaderExtractor.completing("Chủ tịch Hội đồng trường", from: "Trường Đại học Tây Đô") == "Chủ tịch Hội đồng trường")
    }

    // MARK: - Numbers weighed from several readings

    static let decision = """
        ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        TỈNH LÂM ĐỒNG Độc lập - Tự do - Hạnh phúc
        Số: 5⁄4 /QĐ-UBND Lâm Đồng, ngày 20 tháng 02 năm 2025
        QUYẾT ĐỊNH
        Về việc công bố danh mục thủ tục hành chính
        Căn cứ Quyết định số 1676/QĐ-UBND ngày 15/10/2024 của Chủ tịch Ủy ban nhân dân tỉnh;
        """

    static let appendix = "\u{0C}DANH MỤC THỦ TỤC HÀNH CHÍNH\n(Ban hành kèm theo Quyết định số 349/QĐ-UBND ngày 20 tháng 02 năm 2025)\n"

    static func pages(_ body: String) -> DocumentText {
        let parts = body.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
        return DocumentText(
            path: "scan.pdf",
            sha256: String(repeating: "0", count: 64),
            pages: parts.enumerated().map { .init(number: $0.offset + 1, text: $0.element) }
        )
    }

    @Test func theNumberWrittenAgainInAnAppendixOutweighsTheReadersFirstGuess() {
        var text = Self.pages(Self.decision + Self.appendix)
        text.pages[0].handwriting = [Self.reading(.number, "345", 0.51), Self.reading(.number, "349", 0.08)]
        let h = HeaderExtractor().extract(from: text)
        #expect(h.number == "349/QĐ-UBND")
        #expect((h.evidence?.number?.confidence ?? 0) > 0.5)
        #expect(h.evidence?.number?.readings?.contains { $0.value == "349/QĐ-UBND" && $0.page == 2 } == true)
        #expect(h.warnings.contains { $0.contains("handwriting reader \"345\"") })
    }

    @Test func anInstrumentOfTheSameCodeCitedInTheBodyIsNotARepeat() {
        var text = Self.pages(Self.decision + "\u{0C}Căn cứ Quy chế ban hành kèm theo Quyết định số\n4180/2006/QĐ-UBND ngày 04.12.2006;\n")
        text.pages[0].handwriting = [Self.reading(.number, "345", 0.51), Self.reading(.number, "349", 0.08)]
        let h = HeaderExtractor().extract(from: text)
        #expect(h.number == "345/QĐ-UBND")
        #expect(h.warnings.contains { $0.contains("345") && $0.contains("check") })
    }

    @Test func theFileNameIsOneReadingAmongOthers() {
        // A clerk's file name with a wrong digit does not beat a sure reading of the ink...
        var sure = NumberWeighing(handwriting: [("15", 0.97), ("5", 0.01)], fileName: "16")
        #expect(sure.ranked().first?.digits == "15")
        // ...but decides between close readings, and an unreadable number takes it, unsure.
        sure.handwriting = [("15", 0.4), ("16", 0.35)]
        #expect(sure.ranked().first?.digits == "16")
        let none = NumberWeighing(fileName: "12").ranked()
        #expect(none.first?.digits == "12")
        #expect((none.first?.confidence ?? 1) < 0.99)
    }

    @Test func agreeingReadingsAreSurerThanOneAlone() {
        let alone = NumberWeighing(handwriting: [("47", 0.6), ("41", 0.2)]).ranked()
        let backed = NumberWeighing(handwriting: [("47", 0.6), ("41", 0.2)], ocrDigits: "47", fileName: "47").ranked()
        #expect(alone.first?.digits == "47")
        #expect((alone.first?.confidence ?? 1) <= 0.6)
        #expect((backed.first?.confidence ?? 0) > 0.9)
        #expect(backed.first?.sources == [.handwriting, .ocrDigits, .fileName])
    }

    @Test func cleanPrintedDigitsStandAgainstAFaintReading() {
        let r = NumberWeighing(handwriting: [("3665", 0.05)], printed: "365", printedIsClean: true, printedLooksHandwritten: false).ranked()
        #expect(r.first?.digits == "365")
    }

    @Test func repeatsAreFoundOnlyWhereTheDocumentNamesItself() {
        let lines = TextLine.pages(of: Self.pages(Self.decision + Self.appendix))
        let found = NumberRepeats.find(code: "QĐ-UBND", in: lines, skipping: nil)
        #expect(found == [.init(digits: "349", page: 2)])
        // A two-letter code is too common to tell the document from others.
        #expect(NumberRepeats.find(code: "NV", in: lines, skipping: nil).isEmpty)
    }
}

/// Organ and place names repaired against the national list of divisions and the document's words.
@Suite struct OrganRepairTests {
    @Test func placeNamesTakeTheirProperSpelling() {
        let organ = OrganName(body: [])
        #expect(organ.spell("ỦY BAN NHÂN DÂN TỈNH LÂM ĐÔNG") == "Ủy ban nhân dân tỉnh Lâm Đồng")
        #expect(PlaceNames.respelled("Lâm Đông") == "Lâm Đồng")
        #expect(PlaceNames.respelled("Tp. Hò Chí Minh") == "Tp. Hồ Chí Minh")
        // Both sides of the 2025 merger are listed (Hải Dương was merged into Hải Phòng).
        #expect(PlaceNames.spellings["hai duong"] == "Hải Dương")
        #expect(PlaceNames.spellings["hai phong"] == "Hải Phòng")
        // One word alone is not taken for a place outside a unit's name.
        #expect(PlaceNames.match(["Phú"], at: 0, single: false) == nil)
    }

    @Test func aYouthUnionsHeadingIsNoOrganAndItsCommitteeIsTheIssuer() {
        let h = OtherOfficesTests.header(
            """
            ĐOÀN TNCS HỒ CHÍ MINH ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH
            BCH ĐOÀN TRƯỜNG ĐẠI HỌC TÂY ĐÔ
            Số: 12-TB/ĐTN Cần Thơ, ngày 05 tháng 3 năm 2025
            THÔNG BÁO
            Về việc tổ chức hội thao
            """
        )
        #expect(h.issuer?.hasPrefix("Ban Chấp hành Đoàn Trường Đại học") == true)
        // The union's name, short or long, is its heading on either side, as the quốc hiệu is.
        #expect(h.parentIssuer == nil)
        #expect(h.number == "12-TB/ĐTN")
        #expect(h.date == "2025-03-05")
    }

    @Test func aCouncilChairsAuthorityLineNamesTheIssuer() {
        let h = OtherOfficesTests.header(
            """
            BỘ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TRƯỜNG CAO ĐẲNG KINH TẾ - KỸ THUẬT Độc lập - Tự do - Hạnh phúc
            Số: 45/QĐ-CĐKTKT-CTHSSV TP. Hồ Chí Minh, ngày 10 tháng 9 năm 2024
            QUYẾT ĐỊNH
            Về việc khen thưởng sinh viên
            CHỦ TỊCH HỘI ĐỒNG TRƯỜNG CAO ĐẲNG KINH TẾ - KỸ THUẬT
            Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;
            """
        )
        #expect(h.issuer?.hasPrefix("Chủ tịch Hội đồng trường") == true)
        #expect(h.number == "45/QĐ-CĐKTKT-CTHSSV")
        #expect(h.place == "TP. Hồ Chí Minh")
    }

    @Test func aWordSplitAfterItsFirstConsonantIsJoinedWhenTheDocumentWritesIt() {
        let body = TextLine.pages(of: HeaderFixtures.text("Trường Đại học Công nghiệp Thực phẩm thông báo như sau:")).flatMap { $0 }
        let organ = OrganName(body: body)
        #expect(organ.spell("TRƯỜNG ĐẠI HỌC CÔNG N GHIỆP THỰC PHẨM") == "Trường Đại học Công nghiệp thực phẩm")
        // Without such a word in the document, the letters stay as read.
        #expect(OrganName(body: []).spell("TRƯỜNG ĐẠI HỌC X QUANG") == "Trường Đại học X quang")
    }
}

/// Code parts that low-resolution scans garble, repaired against the closed list of codes.
@Suite struct CodeSlipTests {
    @Test func aMinistrysCodeWithAVReadAsT() {
        #expect(CodeRepair.repairs(for: ["1747/QĐ-BGTTT"]) == ["1747/QĐ-BGTTT": "1747/QĐ-BGTVT"])
        // Known codes stay as they are.
        #expect(CodeRepair.repairs(for: ["12/TT-BTTTT"]).isEmpty)
    }

    @Test func aLetterTooManyOrAnUnbarredDIsRepairedAgainstTheDocumentsCodes() {
        // A university's decision scanned skewed: "09/QĐ-HĐT-ĐHTDĐ" beside its own "539/QĐ-ĐHTĐ".
        let own = ["539/QĐ-ĐHTĐ", "09/QĐ-HĐT-ĐHTDĐ", "07/QĐ-HĐT-ĐHTĐ"]
        #expect(CodeRepair.repairs(for: own)["09/QĐ-HĐT-ĐHTDĐ"] == "09/QĐ-HĐT-ĐHTĐ")
        // "746/QĐ-DN" in a letter whose own number is "891/QĐ-ĐN".
        #expect(CodeRepair.repairs(for: ["891/QĐ-ĐN", "746/QĐ-DN", "42002/QĐ-ĐN"])["746/QĐ-DN"] == "746/QĐ-ĐN")
        // The Ministry of Health's code with a doubled letter.
        #expect(CodeRepair.repairs(for: ["443/QĐ-BYTT"]) == ["443/QĐ-BYTT": "443/QĐ-BYT"])
        // Short codes and codes two ways from known ones stay as read.
        #expect(CodeRepair.repairs(for: ["5/QĐ-CVT"]).isEmpty)
        // A letter left out two ways gives two known codes ("BCT", "BTC"): no repair.
        #expect(CodeRepair.repairs(for: ["12/TT-BTCT"]).isEmpty)
    }

    @Test func aDoubledDAtTheStartOfACodePartIsOne() {
        let text = FixtureLoader.text(
            "Căn cứ Quyết định số 42002/QĐ-ĐÐN ngày 20/04/2020 của Chủ tịch Hội đồng trường; Quyết định số 12/ĐĐBQH ngày 01/02/2020;\n"
        )
        let numbers = CitationExtractor().extract(from: text, ownNumber: nil).compactMap(\.number)
        #expect(numbers.contains("42002/QĐ-ĐN"))
        #expect(numbers.contains("12/ĐĐBQH"))
    }
}

/// The signing time and the cited dates bound the issue date.
@Suite struct DateBoundsTests {
    @Test func theSameDayAsTheSigningIsLikeliestAmongAllowedDays() {
        let box = "Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi\nThời gian ký: 17.01.2025 10:44:25 +07:00"
        var text = HeaderFixtures.text("Số: 4† /QĐ-UBND Quảng Ngãi, ngày ẨT. tháng 01 năm 2025\nQUYẾT ĐỊNH\nVề việc thử", signature: box)
        text.pages[0].handwriting = [
            HandwrittenReading(field: .day, digits: "7", confidence: 0.3, method: .classifier),
            HandwrittenReading(field: .day, digits: "17", confidence: 0.26, method: .classifier),
        ]
        #expect(HeaderExtractor().extract(from: text).date == "2025-01-17")
        #expect(DateDecision.gapPrior(0) > DateDecision.gapPrior(3))
    }

    @Test func aYearWithADigitGluedOnTakesTheReadingThatCitesNothingLater() {
        let text = HeaderFixtures.text(
            """
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Hà Nội, ngày 07 tháng 8 năm 20235
            TRƯỜNG ĐẠI HỌC ĐẠI NAM
            Số: 891/QĐ-ĐN
            QUYẾT ĐỊNH
            Về việc cho sinh viên chuyển trường
            Căn cứ Quyết định số 746/QĐ-ĐN ngày 15/08/2024 của Hiệu trưởng;
            """
        )
        let parsed = DocumentParser().parse(text)
        #expect(parsed.date == "2025-08-07")
        #expect(parsed.notices.contains { $0.code == .dateYearRepaired })
    }

    @Test func anIssueDateBeforeACitedDateIsFlagged() {
        let text = HeaderFixtures.text(
            """
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Hà Nội, ngày 07 tháng 8 năm 2023
            TRƯỜNG ĐẠI HỌC ĐẠI NAM
            Số: 891/QĐ-ĐN
            QUYẾT ĐỊNH
            Về việc cho sinh viên chuyển trường
            Căn cứ Quyết định số 746/QĐ-ĐN ngày 15/08/2024 của Hiệu trưởng;
            """
        )
        let parsed = DocumentParser().parse(text)
        #expect(parsed.date == "2023-08-07")
        #expect(parsed.warnings.contains { $0.contains("before the date 2024-08-15") })
        #expect((parsed.evidence?.date?.confidence ?? 1) <= 0.3)
    }
}

/// A seal's OCR debris around the subject and the signer's name.
@Suite struct SealDebrisTests {
    @Test func debrisBeforeTheSubjectIsDropped() {
        #expect(SubjectExtractor.clean("^ .^A ,À k4 £ Về việc điều chỉnh dự toán") == "Điều chỉnh dự toán")
        #expect(SubjectExtractor.clean("Lá Â°© ˆ Ẩ ° Lá » Về việc điều chỉnh dự toán ngân sách") == "Điều chỉnh dự toán ngân sách")
        // A subject that merely mentions "về việc" later keeps its words.
        #expect(SubjectExtractor.clean("Kế hoạch kiểm tra về việc thực hiện") == "Kế hoạch kiểm tra về việc thực hiện")
    }

    @Test func aGarbledAuthorityLineEndsTheSubject() {
        let h = OtherOfficesTests.header(
            """
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TRƯỜNG ĐẠI HỌC ĐẠI NAM
            Số: 891/QĐ-ĐN Hà Nội, ngày 07 tháng 8 năm 2025
            QUYẾT ĐỊNH
            Về việc cho sinh viên chuyển trường
            HIỂU TRU ỨỞNG TRƯỜNG ĐẠI HỌC ĐẠI NAM
            Căn cứ Quyết định số 746/QĐ-ĐN ngày 15/08/2024;
            """
        )
        #expect(h.subject == "Cho sinh viên chuyển trường")
    }

    @Test func aSurnameUnderTheSealIsRecognised() {
        #expect(Surnames.match("'xguyên") == "Nguyễn")
        #expect(Surnames.match("Nđuyễn") == "Nguyễn")
    }
}

/// Notices are coded values, rendered in Vietnamese, kept in JSON beside the English warnings.
@Suite struct NoticeTests {
    @Test func everyNoticeOfAParseHasACodeAndAVietnameseSentence() throws {
        var text = OtherOfficesTests.pages(OtherOfficesTests.decision + OtherOfficesTests.appendix)
        text.pages[0].handwriting = [OtherOfficesTests.reading(.number, "345", 0.51), OtherOfficesTests.reading(.number, "349", 0.08)]
        let parsed = DocumentParser().parse(text)
        let notice = try #require(parsed.notices.first { $0.code == .numberReadingsDisagree })
        #expect(notice.values["value"] == "349/QĐ-UBND")
        #expect(notice.vietnamese.hasPrefix("Các cách đọc số văn bản không khớp"))
        #expect(notice.vietnamese.contains("chữ viết tay đọc \"345\""))
        #expect(parsed.notices.allSatisfy { $0.code != .other && !$0.vietnamese.isEmpty })
        #expect(parsed.warnings == parsed.notices.map(\.message))
    }

    @Test func everyCodeSpeaksVietnamese() {
        for code in Notice.Code.allCases where code != .other {
            let text = Notice(code, "x").vietnamese
            #expect(text != "x", "\(code)")
            #expect(!text.contains("check"), "\(code)")
        }
    }

    @Test func jsonKeepsTheContractsWarningsAndAddsTheNotices() throws {
        let parsed = DocumentParser().parse(HeaderFixtures.text("Không có gì ở đây"))
        let data = try JSONEncoder().encode(parsed)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((object["warnings"] as? [String]) == parsed.warnings)
        #expect((object["notices"] as? [[String: Any]])?.first?["code"] as? String == parsed.notices.first?.code.rawValue)
        #expect(try JSONDecoder().decode(ParsedDocument.self, from: data) == parsed)
        // A document stored before notices had codes keeps its sentences.
        var old = object
        old["notices"] = nil
        let legacy = try JSONDecoder().decode(ParsedDocument.self, from: try JSONSerialization.data(withJSONObject: old))
        #expect(legacy.warnings == parsed.warnings)
        #expect(legacy.notices.allSatisfy { $0.code == .other && $0.vietnamese == $0.message })
    }
}
