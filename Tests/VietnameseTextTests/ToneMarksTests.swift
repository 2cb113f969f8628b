import Foundation
import Testing

@testable import VietnameseText

@Suite struct ToneMarksTests {
    @Test(arguments: [
        ("hoà", "hòa"), ("thuỷ", "thủy"), ("Hoá", "Hóa"), ("khoẻ", "khỏe"), ("UỶ", "ỦY"), ("Uỷ", "Ủy"),
        ("HOÀ", "HÒA"), ("tuỳ", "tùy"), ("loà", "lòa"),
        // already canonical or unambiguous: unchanged
        ("hòa", "hòa"), ("hoàn", "hoàn"), ("quả", "quả"), ("thuở", "thuở"), ("quý", "quý"), ("Quỳnh", "Quỳnh"),
        ("khuya", "khuya"), ("ngoài", "ngoài"), ("thuyền", "thuyền"), ("Ủy", "Ủy"), ("hoa", "hoa"),
    ])
    func canonicalPlacement(input: String, expected: String) {
        #expect(ToneMarks.canonical(input) == expected)
    }

    @Test func decomposedInputComesOutComposed() {
        let nfd = "hoà".decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count == 4)
        #expect(ToneMarks.canonical(nfd).unicodeScalars.count == 3)
        #expect(ToneMarks.canonical(nfd) == "hòa")
    }

    @Test func wholeTextKeepsPunctuation() {
        #expect(ToneMarks.canonicalizeWords(in: "UỶ BAN, hoà bình; thuỷ lợi.") == "ỦY BAN, hòa bình; thủy lợi.")
    }
}
