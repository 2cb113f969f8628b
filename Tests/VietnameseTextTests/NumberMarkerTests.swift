import Testing

@testable import VietnameseText

/// A "Số:" the pen wrote across, as OCR reads it.
@Suite struct NumberMarkerTests {
    @Test(arguments: ["sø.", "sốẽ", "s:", "VN:", "sẽ", "Số:"])
    func shortWordsMayBeTheMarker(word: String) {
        #expect(NumberMarker.mayBeOverwritten(word))
    }

    @Test(arguments: ["V/v", "W/v", "V/y", "Theo", "s6:", "12", "...", "Quyết"])
    func subjectsWordsAndDigitsAreNot(word: String) {
        // "V/v" and OCR's variants open a subject; a four-letter word is a word; a digit is
        // handwriting or a number, and a mark alone has no letter.
        #expect(!NumberMarker.mayBeOverwritten(word))
    }
}
