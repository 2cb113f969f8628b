import Testing

@testable import DocumentParser

@Suite struct HeaderDateTests {
    static func header(_ dateLine: String, signature: String? = nil) -> DocumentHeader {
        HeaderExtractor(options: .init(dateFromSignatureTime: false)).extract(
            from: HeaderFixtures.text("Số: 12/KH-UBND \(dateLine)\nKẾ HOẠCH\nVề việc thử", signature: signature)
        )
    }

    @Test(arguments: [
        ("Quận 6, ngày 29 tháng 02 năm 2024", "2024-02-29", "Quận 6"),
        ("Quảng Ngãi, ngày24tháng 01 năm 2025", "2025-01-24", "Quảng Ngãi"),
        ("Hà Nội, ngày 5 tháng 3 năm 2024", "2024-03-05", "Hà Nội"),
        ("Thành phố Hồ Chí Minh, ngày 01 tháng 12 năm 2023", "2023-12-01", "Thành phố Hồ Chí Minh"),
    ])
    func readsDateAndPlace(line: String, date: String, place: String) {
        let h = Self.header(line)
        #expect(h.date == date)
        #expect(h.place == place)
        #expect(h.evidence?.date?.from == .printed)
    }

    @Test(arguments: ["Hà Nội, ngày 30 tháng 02 năm 2024", "Hà Nội, ngày 29 tháng 02 năm 2023", "Hà Nội, ngày 31 tháng 04 năm 2024"])
    func impossibleDateIsFlaggedNotInvented(line: String) {
        let h = Self.header(line)
        #expect(h.date == nil)
        #expect(h.warnings.contains { $0.contains("does not exist") })
    }

    @Test(arguments: ["Quảng Ngãi, ngày Êˆ@_ tháng 11 năm 2024", "Quảng Ngãi, ngày 0B tháng 02 năm 2025", "Quảng Ngãi, ngày tháng 02 năm 2025"])
    func handwrittenDayGivesNil(line: String) {
        let h = Self.header(line)
        #expect(h.date == nil)
        #expect(h.place == "Quảng Ngãi")
        #expect(h.warnings.contains { $0.hasPrefix("issue date unreadable") })
    }

    @Test(arguments: [
        ("Hà Nội, ngày 25 (háng 02 năm 2021", "2021-02-25"),
        ("Hà Nội, ngày 25 lháng 02 năm 2021", "2021-02-25"),
        ("Hà Nội, ngày 4 1háng 7 năm 2025", "2025-07-04"),
        ("Hà Nội, ngày 25 =›háng 02 năm 2021", "2021-02-25"),
        ("Hà Nội, ngày 25 tháng 02 hăm 2021", "2021-02-25"),
    ])
    func aMonthWordWithItsTGarbledStillReads(line: String, date: String) {
        // Ink written against "tháng" turns its "t" into a bracket, a "1" or an "l".
        #expect(Self.header(line).date == date)
    }

    @Test(arguments: [
        // Seen on benchmark pages: the day written over "tháng" took its "th" (".24káng 03").
        ("Đà Lạt, ngày 24káng 03 năm 2024", "2024-03-24"),
        ("Bắc Ninh, ngày 20 Đuáng 10 năm 2024", "2024-10-20"),
        ("Bắc Ninh, ngày 20 táng 12 năm 2024", "2024-12-20"),
        ("Đà Lạt, ngày 22 tÀluáng 08 năm 2024", "2024-08-22"),
    ])
    func aMonthWordThatLostItsTHStillReads(line: String, date: String) {
        #expect(Self.header(line).date == date)
    }

    @Test func aMonthWordThatLostItsTHNeedsItsAccentAndTheYear() {
        // Without the acute ("nang", "khang") or without "năm" and a year, no month word.
        #expect(Self.header("Quảng Ngãi, ngày 12 nang 09 năm 2024").date == nil)
        #expect(Self.header("Hà Nội, ngày 25 khang 02 năm 2021").date == nil)
        let reading = IssueDateParser.parse(TextLine("Bắc Ninh, ngày 20 táng 12 hội nghị", page: 1))
        #expect(reading == nil)
    }

    @Test func aDayWordThatLostItsYStillOpensThePhrase() throws {
        // The day written over the "y" of "ngày": "ngà", day and month both by hand.
        let reading = try #require(IssueDateParser.parse(TextLine("Số: /UBND-VP Đà Lạt ngà tháng năm 2024", page: 1)))
        #expect(reading.year == 2024 && reading.day == nil && reading.month == nil)
        #expect(IssueDateParser.parse(TextLine("Bắc Ninh,ngà ` tháng 7 năm 2024", page: 1))?.month == 7)
        // "Nga" (Russia) and "Ngã" (a place) are no "ngà", though a month and a year follow; a
        // "ngà" without a year after "năm" opens nothing.
        #expect(IssueDateParser.parse(TextLine("V/v hợp tác với Liên bang Nga tháng 10 năm 2024", page: 1)) == nil)
        #expect(IssueDateParser.parse(TextLine("Ngã Năm, ngà tháng 5 năm 2024", page: 1))?.place == "Ngã Năm")
        #expect(IssueDateParser.parse(TextLine("Đà Lạt ngà tháng 5 năm", page: 1)) == nil)
    }

    @Test func aMonthGluedToAGarbledYearWordIsReadAsTheMonth() {
        // "năm" with its "n" garbled and the handwritten month run onto it: the month is what
        // stands before the word's last three letters, here no number, so no date.
        let h = Self.header("Hà Nội, ngày 25 tháng JOuan 2021")
        #expect(h.date == nil)
        #expect(h.warnings.contains { $0.hasPrefix("issue date unreadable") })
        // A four-digit number after a word that is no "năm" is no year.
        #expect(Self.header("Hà Nội, ngày 25 tháng 02 xyz 2021").date == nil)
    }

    @Test func aYearWordThatLostItsNStillClosesTheMonth() throws {
        // Benchmark phone photos: the month's ink took the "n" of "năm" ("Hư am 2024"), or the
        // whole line ran on ("//' am 2024"); the phrase is still the date's, the month unread.
        let reading = try #require(IssueDateParser.parse(TextLine("Số: 734 /UBND-VP Cao Lãnh, ngày  Ì - tháng Hư am 2024", page: 1)))
        #expect(reading.year == 2024 && reading.month == nil && reading.place == "Cao Lãnh")
        #expect(IssueDateParser.parse(TextLine("Quảng Ngãi, ngày 24 tháng 12 ăm 2024", page: 1))?.month == 12)
        // "an" alone is no year word (nor is a word of other letters).
        #expect(IssueDateParser.parse(TextLine("Quảng Ngãi, ngày 24 tháng 12 an 2024", page: 1)) == nil)
    }

    @Test func aGarbledMonthWordKeepsTheDayUnreadWhenItIsInk() {
        // A phone photo of a Sở Tư pháp letter: "ngày-2Ô(háng đỆ năm 2021", day and month by hand.
        let h = Self.header("Thành phố Hồ Chí Minh, ngày-2Ô(háng đỆ năm 2021")
        #expect(h.date == nil)
        #expect(h.place == "Thành phố Hồ Chí Minh")
        #expect(h.warnings.contains { $0.hasPrefix("issue date unreadable") })
        // "hàng" (goods) after a space, or a real word ending in "hang", is no month word.
        #expect(Self.header("Hà Nội, ngày 25 hàng 02 năm 2021").date == nil)
        #expect(Self.header("Hà Nội, ngày 25 khang 02 năm 2021").date == nil)
    }

    @Test func dateOnTheLineAfterTheNumber() {
        let h = HeaderExtractor().extract(from: HeaderFixtures.text("Số: 63/KH-THNH\n\nQuận 6, ngày 29 tháng 02 năm 2024\n\nKẾ HOẠCH\nThử"))
        #expect(h.date == "2024-02-29")
        #expect(h.place == "Quận 6")
    }

    @Test func signatureBoxIsParsedAndBoundsTheDate() {
        let box = "Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi\nCơ quan: Tỉnh Quảng Ngãi\nThời gian ký: 26/11/2024 10:40:48"
        let h = Self.header("Quảng Ngãi, ngày Êˆ@_ tháng 11 năm 2024", signature: box)
        #expect(h.eSignature == ESignature(signedBy: "Ủy ban nhân dân tỉnh Quảng Ngãi", organ: "Tỉnh Quảng Ngãi", time: "2024-11-26T10:40:48"))
        #expect(h.date == nil)
        #expect(h.warnings.contains { $0.contains("on or before") })
        let filled = HeaderExtractor(options: .init(dateFromSignatureTime: true))
            .extract(from: HeaderFixtures.text("Số: 12/KH-UBND Quảng Ngãi, ngày Êˆ@_ tháng 11 năm 2024\nKẾ HOẠCH\nThử", signature: box))
        #expect(filled.date == "2024-11-26")
        #expect(filled.evidence?.date?.from == .signatureTime)
    }

    @Test func signatureOfAnotherMonthDoesNotFill() {
        let box = "Thời gian ký: 02/12/2024 10:40:48"
        let h = HeaderExtractor(options: .init(dateFromSignatureTime: true))
            .extract(from: HeaderFixtures.text("Số: 12/KH-UBND Quảng Ngãi, ngày Êˆ@_ tháng 11 năm 2024\nKẾ HOẠCH\nThử", signature: box))
        #expect(h.date == nil)
    }

    @Test func oldSignatureLayoutAndOffset() {
        let old = "Người ký: Trần Văn A\nEmail: a@quangngai.gov.vn\nCơ quan: Ủy ban nhân dân tỉnh Quảng Ngãi\n27/12/2021 17:22:11"
        let h = Self.header("Quảng Ngãi, ngày 27 tháng 12 năm 2021", signature: old)
        #expect(h.eSignature?.signedBy == "Trần Văn A")
        #expect(h.eSignature?.organ == "Ủy ban nhân dân tỉnh Quảng Ngãi")
        #expect(h.eSignature?.time == "2021-12-27T17:22:11")
        let withOffset = Self.header("Hà Nội, ngày 14 tháng 3 năm 2025", signature: "Thời gian ký: 14.03.2025 10:44:25 +07:00")
        #expect(withOffset.eSignature?.time == "2025-03-14T10:44:25+07:00")
    }

    @Test func dateAfterSigningIsWarned() {
        let h = Self.header("Hà Nội, ngày 20 tháng 3 năm 2025", signature: "Thời gian ký: 14.03.2025 10:44:25")
        #expect(h.date == "2025-03-20")
        #expect(h.warnings.contains { $0.contains("after the signing time") })
    }

    @Test func aDateInFiguresAfterNgay() {
        // Some offices print the date line in figures.
        let h = HeaderExtractor().extract(
            from: HeaderFixtures.text(
                """
                LĐLĐ TỈNH TÂY NINH                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                CÔNG ĐOÀN CÁC KHU CÔNG NGHIỆP        Độc lập - Tự do - Hạnh phúc
                Số: 97/TB-CĐKCN                      Tây Ninh, ngày 28/10/2025
                THÔNG BÁO
                Về việc tổ chức hội thao công nhân
                """
            )
        )
        #expect(h.date == "2025-10-28")
        #expect(h.place == "Tây Ninh")
        // A number with no year after "ngày" is no issue date.
        #expect(IssueDateParser.parse(TextLine("Tây Ninh, ngày 28/10", page: 1)) == nil)
    }
}
