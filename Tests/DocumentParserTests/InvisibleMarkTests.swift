import Testing

@testable import DocumentParser

/// Issue 13, item 13: left-to-right and right-to-left marks (copied from web pages and e-office
/// exports) inside "12‏/QĐ" or "ngày ‎3" hid the number and the date; they are dropped with the other
/// invisible characters.
@Suite("Bidi marks are invisible")
struct InvisibleMarkTests {
    @Test(arguments: ["\u{200F}", "\u{200E}", "\u{202B}", "\u{2066}", "\u{061C}"])
    func marksInsideANumberAndADate(mark: String) {
        let body = "Căn cứ Quyết định số 12\(mark)/QĐ-UBND ngày \(mark)3 tháng 4 năm 2024 của Ủy ban nhân dân tỉnh;"
        let citations = CitationExtractor().extract(
            from: DocumentText(path: "x.txt", sha256: "", pages: [.init(number: 1, text: body)]),
            ownNumber: nil
        )
        #expect(citations.first?.number == "12/QĐ-UBND")
        #expect(citations.first?.date == "2024-04-03")
    }
}
