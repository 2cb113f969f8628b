import Testing
import VietnameseText

/// The one year range the parser's dates and numbers and the OCR stage's date line share.
@Suite struct OfficialYearTests {
    @Test func runsFromTheRepublicsFoundingTo2100() {
        #expect(OfficialYear.contains(1945))
        #expect(OfficialYear.contains(2024))
        #expect(OfficialYear.contains(2100))
        // A serial or a misread before 1945 or past 2100 is no year of an official document.
        #expect(!OfficialYear.contains(1944))
        #expect(!OfficialYear.contains(2101))
        #expect(!OfficialYear.contains(202))
    }
}
