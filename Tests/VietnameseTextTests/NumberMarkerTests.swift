import Testing

@testable import VietnameseText

/// A "Số:" the pen wrote across, as OCR reads it.
@Suite struct NumberMarkerTests {
    @Test(arguments: ["sø.", "sốẽ", "s:", "VN:", "sẽ", "Số:", "3S:"])
    func shortWordsMayBeTheMarker(word: String) {
        #expect(NumberMarker.mayBeOverwritten(word))
    }

    @Test(arguments: ["V/v", "W/v", "V/y", "Theo", "s6:", "12", "...", "Quyết", "35:", "3S", "33S:", "3V:", "3s.", "²S:"])
    func subjectsWordsAndDigitsAreNot(word: String) {
        // "V/v" and OCR's variants open a subject; a four-letter word is a word; a digit is
        // handwriting or a number (but for the pen's stroke before a "S:"), and a mark alone
        // has no letter.
        #expect(!NumberMarker.mayBeOverwritten(word))
    }
}
