import Testing

@testable import DocumentParser

/// Citation forms of offices outside one province's e-office (shared/docs section 8): joint
/// bodies in a code, a type code with a "T" read as "1", blots in a code, one instrument read
/// with two serials. Every text is written here by hand.
@Suite struct OtherOfficeCitationTests {
    private func numbers(_ input: String) -> [String] {
        CitationExtractor().extract(from: FixtureLoader.text(input), ownNumber: nil).compactMap { $0.number?.text }
    }

    @Test(arguments: [
        ("Căn cứ Thông tư liên tịch số 23/2008/TTLT/BTC-BGD&ĐT ngày 17/3/2008 của liên Bộ;", "23/2008/TTLT/BTC-BGD&ĐT"),
        ("Thực hiện Thông tư liên tịch số 05/2011/TTLT-BLĐTB&XH-BTC ngày 10/02/2011;", "05/2011/TTLT-BLĐTB&XH-BTC"),
    ])
    func jointBodiesInOneCodePart(_ input: String, _ number: String) {
        let citation = CitationExtractor().extract(from: FixtureLoader.text(input), ownNumber: nil).first
        #expect(citation?.number?.text == number)
        #expect(citation?.date != nil)
    }

    @Test func anAmpersandBetweenWordsIsNoCode() {
        // "Thương mại & Đầu tư" after a number is a name, not part of the code.
        #expect(numbers("theo Công văn số 15/XTTM & Đầu tư ngày 02/3/2024;").allSatisfy { !$0.contains("&") })
    }

    @Test(arguments: [
        "Căn cứ Thông tư số 27/2016/T 1-BYT ngày 30/6/2016 của Bộ Y tế;",
        "Căn cứ Thông tư số 27/2016/T1-BYT ngày 30/6/2016 của Bộ Y tế;",
        "Căn cứ Thông tư số 27/2016/Tl-BYT ngày 30/6/2016 của Bộ Y tế;",
    ])
    func aTypeCodeWithATReadAsOne(_ input: String) {
        #expect(numbers(input) == ["27/2016/TT-BYT"])
    }

    @Test func aCodeThatIsNoTypeAfterTheYearStaysAsWritten() {
        #expect(numbers("Căn cứ Nghị quyết số 12/2023/NQ-HĐND ngày 10/7/2023;") == ["12/2023/NQ-HĐND"])
    }

    @Test(arguments: [
        ("theo Tờ trình số 41/TTr-SKŒHĐT ngày 03/3/2025 của Sở Kế hoạch và Đầu tư.", "41/TTr-SKHĐT"),
        // A blot and a "V" blurred into a "T" in the same code.
        ("theo Tờ trình số 17/TTr-SGŒTTT ngày 12/3/2025 của Sở Giao thông vận tải.", "17/TTr-SGTVT"),
    ])
    func aLetterNoCodeHoldsIsLeftOut(_ input: String, _ number: String) {
        #expect(numbers(input) == [number])
    }

    @Test(arguments: [
        ("Căn cứ Quyết định số 12/QĐ-HĐT ngày l4 tháng 9 năm 2021 của Hội đồng trường;", "2021-09-14"),
        ("Căn cứ Thông tư số 05/2019/TT-BNV ngày 14 tháng II năm 2019 của Bộ Nội vụ;", "2019-11-14"),
        ("Căn cứ Thông tư số 05/2019/TT-BNV ngày 14 tháng 1l năm 2019 của Bộ Nội vụ;", "2019-11-14"),
        ("Căn cứ Thông tư số 05/2019/TT-BNV ngày 1l tháng 3 năm 2019 của Bộ Nội vụ;", "2019-03-11"),
    ])
    func aOneReadAsALetterInsideTheDatesWords(_ input: String, _ date: String) {
        #expect(CitationExtractor().extract(from: FixtureLoader.text(input), ownNumber: nil).first?.date == date)
    }

    @Test func aLetterBeforeTheMonthWithoutYearWordIsNoMonth() {
        // "tháng Il" not followed by "năm": no date is made up.
        #expect(
            CitationExtractor().extract(from: FixtureLoader.text("Quyết định số 12/QĐ-HĐT ngày 14 tháng Il của Hội đồng;"), ownNumber: nil).first?
                .date == nil
        )
    }

    @Test func oneInstrumentReadWithADigitPutInIsMergedIntoItsFirstReading() {
        let citations = CitationExtractor().extract(
            from: FixtureLoader.text(
                """
                Sở nhận được Quyết định số 64/QĐ-BTC ngày 12 tháng 3 năm 2022 của Bộ Tài chính về việc giao dự toán.
                Đính kèm: Quyết định số 674/QĐ-BTC ngày 12 tháng 3 năm 2022 của Bộ Tài chính.
                """
            ),
            ownNumber: nil
        )
        #expect(citations.compactMap { $0.number?.text } == ["64/QĐ-BTC"])
        #expect(citations.first?.mentions == 2)
    }

    @Test(arguments: [
        // Close serials on one day: two documents of one running series.
        "các Quyết định số 5/QĐ-UBND ngày 03/01/2024 và số 15/QĐ-UBND ngày 03/01/2024 của UBND tỉnh.",
        "các Quyết định số 48/QĐ-UBND ngày 03/01/2024 và số 418/QĐ-UBND ngày 03/01/2025 của UBND tỉnh.",
        // Two series (the Chairman's and the committee's).
        "Quyết định số 64/QĐ-UBND ngày 12/3/2022 của Chủ tịch UBND tỉnh; Quyết định số 674/QĐ-UBND ngày 12/3/2022 của UBND tỉnh.",
    ])
    func serialsThatMayBeTwoDocumentsStayTwo(_ input: String) {
        #expect(numbers(input).count == 2, "\(numbers(input))")
    }
}
