import Testing
import VietnameseText

/// "tháng" found in folded text, also with its "t" garbled by ink.
@Suite struct MonthWordTests {
    static func offset(_ text: String, from start: Int = 0, within limit: Int = 40) -> Int? {
        MonthWord.offset(in: Array(VietnameseFolding.fold(text)), from: start, within: limit)
    }

    @Test func findsTheWordAndItsGarbledForms() {
        #expect(Self.offset("ngày 25 tháng 02") == 8)
        #expect(Self.offset("ngày-2Ô(háng đỆ") == 7)
        #expect(Self.offset("ngày 4 1háng 7") == 7)
        // A clean "tháng" further on is preferred to an earlier garbled look-alike.
        #expect(Self.offset("ngày l(hang tháng 5") == 12)
        // A mark or a vowel for the "t": ink written against the word.
        #expect(Self.offset("ngày 2 =›háng 5") == 8)
        #expect(Self.offset("ngày z2 3uháng 10") == 9)
        // "hàng" after a space and words ending in "hang" are other words.
        #expect(Self.offset("ngày 25 hàng 02") == nil)
        #expect(Self.offset("ngày 25 khang 02") == nil)
        #expect(Self.offset("ngày 25 nhang 02") == nil)
        // Only within the limit.
        #expect(Self.offset("ngày 25 tháng 02", from: 0, within: 5) == nil)
        #expect(Self.offset("ngày 25 tháng 02", from: 9) == nil)
    }
}
