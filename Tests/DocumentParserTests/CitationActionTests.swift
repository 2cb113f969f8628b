import Testing

@testable import DocumentParser

/// What a document does to the instruments it cites, read from its sentences (issue: which
/// documents still stand), and when it takes and loses effect.
@Suite struct CitationActionTests {
    static func citations(_ body: String) -> [Citation] {
        DocumentParser().parse(HeaderFixtures.text("QUYẾT ĐỊNH\nVề việc thử\n" + body)).citations
    }

    static func act(_ body: String, _ number: String) -> Citation? {
        citations(body).first { $0.number?.text == number }
    }

    @Test(arguments: [
        ("Quyết định này thay thế Quyết định số 27/2019/QĐ-UBND ngày 12/3/2019 của UBND tỉnh.", Citation.Action.replaces),
        ("Quyết định này thay thê Quyết định số 27/2019/QĐ-UBND ngày 12/3/2019.", .replaces),
        ("Bãi bỏ Quyết định số 27/2019/QĐ-UBND ngày 12/3/2019 của UBND tỉnh.", .repeals),
        ("Bai bo Quyết định số 27/2019/QĐ-UBND.", .repeals),
        ("Quyết định số 27/2019/QĐ-UBND ngày 12/3/2019 hết hiệu lực kể từ ngày Quyết định này có hiệu lực.", .repeals),
        ("Sửa đổi, bổ sung một số điều của Quyết định số 27/2019/QĐ-UBND ngày 12/3/2019.", .amends),
        ("Thông tư này hướng dẫn thi hành Quyết định số 27/2019/QĐ-UBND ngày 12/3/2019.", .guides),
        ("Thực hiện Quyết định số 27/2019/QĐ-UBND ngày 12/3/2019 của UBND tỉnh, Sở Y tế triển khai như sau:", .implements),
        ("Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 27/2019/QĐ-UBND ngày 05/5/2025.", .respondsTo),
        ("Đính chính Quyết định số 27/2019/QĐ-UBND ngày 12/3/2019 như sau:", .corrects),
    ])
    func eachPhraseNamesItsAct(_ sentence: String, _ action: Citation.Action) {
        #expect(Self.act(sentence, "27/2019/QĐ-UBND")?.action == action, "\(sentence)")
    }

    @Test func thePartActedOnIsKept() {
        let c = Self.citations(
            "Bãi bỏ Điều 3 của Quyết định số 1676/QĐ-UBND ngày 15/10/2024 và Quyết định số 3014/QĐ-UBND ngày 22/11/2021. Sửa đổi khoản 2 Điều 5 của Quyết định số 12/QĐ-UBND ngày 01/02/2024.\n"
        )
        #expect(c.first { $0.number == "1676/QĐ-UBND" }.map { [$0.action?.rawValue, $0.affectedPart] } == ["repeals", "Điều 3"])
        // The list carries the act to its next item, not the part.
        #expect(c.first { $0.number == "3014/QĐ-UBND" }.map { [$0.action?.rawValue, $0.affectedPart] } == ["repeals", nil])
        #expect(c.first { $0.number == "12/QĐ-UBND" }?.affectedPart == "khoản 2 Điều 5")
    }

    /// A decision publishing administrative procedures replaces some procedures of an earlier list,
    /// not the earlier decision (the form of real-dev d17, written here by hand).
    @Test func listedProceduresReplacedArePartOfTheDecision() {
        let c = Self.citations(
            """
            Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính được sửa đổi, bổ sung, cụ thể như sau:
            - Thay thế 11 thủ tục hành chính số thứ tự 5, 6, 9 tại Danh mục ban hành kèm theo Quyết định số 1676/QĐ-UBND ngày 15 tháng 10 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh.
            - Thay thế 03 thủ tục hành chính số thứ tự từ 29 đến 31 tại Danh mục ban hành kèm theo Quyết định số 3014/QĐ-UBND ngày 22 tháng 11 năm 2021.
            - Thay thế Quyết định số 12/QĐ-UBND ngày 01/02/2024.

            """
        )
        #expect(
            c.first { $0.number == "1676/QĐ-UBND" }.map { [$0.action?.rawValue, $0.affectedPart] } == [
                "replaces", "11 thủ tục hành chính số thứ tự 5, 6, 9 tại Danh mục",
            ]
        )
        #expect(
            c.first { $0.number == "3014/QĐ-UBND" }.map { [$0.action?.rawValue, $0.affectedPart] } == [
                "replaces", "03 thủ tục hành chính số thứ tự từ 29 đến 31 tại Danh mục",
            ]
        )
        #expect(c.first { $0.number == "12/QĐ-UBND" }.map { [$0.action?.rawValue, $0.affectedPart] } == ["replaces", nil])
    }

    /// "triển khai thực hiện" in the subject, a "Căn cứ" line below it: the decision is a basis,
    /// not implemented by this notice (the form of real-dev d13, written here by hand).
    @Test func aBasisLineStartsAClauseOfItsOwn() {
        let c = DocumentParser().parse(
            HeaderFixtures.text(
                """
                THÔNG BÁO
                Về việc triển khai thực hiện công tác đề thi học kỳ 3
                Căn cứ Quyết định số 1065/QĐ-ĐHTĐ ngày 28 tháng 11 năm 2023 của Hiệu trưởng về việc ban hành quy định;
                Nhà trường thông báo như sau:
                """
            )
        ).citations
        #expect(c.first { $0.number == "1065/QĐ-ĐHTĐ" }?.action == nil)
        #expect(c.first { $0.number == "1065/QĐ-ĐHTĐ" }?.relation == .basis)
    }

    /// A line that only wraps a sentence does not open an act: "… thời gian làm bài\nthực hiện
    /// theo Điều 5 của Quy chế (ban hành kèm theo Quyết định số …)" says how, it implements nothing.
    @Test func aWrappedLineOpensNoAct() {
        let c = Self.citations(
            """
            - Giảng viên ghi rõ thời gian làm bài trên đề. Lưu ý, thời gian làm bài
            thực hiện theo Điều 5 Quy chế đào tạo (ban hành kèm theo Quyết định số 512/QĐ-ĐHXY ngày 02/10/2022).
            """
        )
        #expect(c.first { $0.number == "512/QĐ-ĐHXY" }?.action == nil)
    }

    @Test(arguments: [
        "Sở Y tế báo cáo như sau:\nThực hiện Kế hoạch số 88/KH-UBND ngày 02/02/2025 của UBND tỉnh.",
        "Nhiệm vụ năm 2025:\n- Triển khai Kế hoạch số 88/KH-UBND ngày 02/02/2025 của UBND tỉnh.",
    ])
    func anOpeningOnALineOfItsOwnIsAnAct(_ body: String) {
        #expect(Self.act(body, "88/KH-UBND")?.action == .implements)
    }

    /// "Xét đề nghị của A tại Tờ trình số 1; đề nghị của B tại Tờ trình số 2": the second proposal
    /// is listed without its "xét".
    @Test func aProposalListedWithoutXet() {
        let c = Self.citations(
            """
            Xét đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số 210/TTr-SXD ngày 05/3/2025; đề nghị của UBND xã An Phú tại Tờ trình số 45/TTr-UBND ngày 01/3/2025; ý kiến của các thành viên.
            """
        )
        #expect(c.first { $0.number == "210/TTr-SXD" }?.action == .respondsTo)
        #expect(c.first { $0.number == "45/TTr-UBND" }?.action == .respondsTo)
    }

    @Test func anotherInstrumentsTitleIsNoActOfThisDocument() {
        // The decree details the law; this plan only cites both.
        let c = Self.citations(
            "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết Nghị định số 04/2015/NĐ-CP ngày 09/01/2015;\n"
        )
        #expect(c.allSatisfy { $0.action == nil })
        #expect(c.allSatisfy { $0.relation == .basis })
    }

    @Test func effectiveAndEndDatesOfTheDocumentItself() {
        let signing = DocumentParser().parse(
            HeaderFixtures.text(
                """
                ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Số: 31/QĐ-UBND Lâm Đồng, ngày 09 tháng 5 năm 2025
                QUYẾT ĐỊNH
                Về việc thử
                Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
                """
            )
        )
        #expect(signing.effectiveDate == "2025-05-09")
        #expect(signing.endDate == nil)
        let dated = DocumentParser().parse(
            HeaderFixtures.text(
                "QUYẾT ĐỊNH\nVề việc thử\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 3 năm 2025 và hết hiệu lực kể từ ngày 31/12/2025.\n"
            )
        )
        #expect(dated.effectiveDate == "2025-03-01")
        #expect(dated.endDate == "2025-12-31")
        // Another instrument's effect is not this document's.
        let other = DocumentParser().parse(HeaderFixtures.text("QUYẾT ĐỊNH\nVề việc thử\nCăn cứ Luật Đất đai có hiệu lực từ ngày 01/8/2024;\n"))
        #expect(other.effectiveDate == nil)
    }
}
