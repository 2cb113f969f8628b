import Foundation
import Testing

@testable import VietnameseText

@Suite struct NormalizedTextTests {
    @Test func appliesEverySteps() {
        let n = NormalizedText("**UỶ BAN** hoà\nSố: 12/QÐ\u{2013}UBND")
        #expect(n.text == "ỦY BAN hòa\nSố: 12/QĐ-UBND")
    }

    @Test func mapsBackToTheOriginal() throws {
        let original = "**UỶ BAN** hoà"
        let n = NormalizedText(original)
        let r = try #require(n.text.range(of: "ỦY BAN"))
        #expect(original[n.originalRange(of: r)] == "UỶ BAN")
        let h = try #require(n.text.range(of: "hòa"))
        #expect(original[n.originalRange(of: h)] == "hoà")
    }

    @Test func mapsDecomposedInputToItsScalars() throws {
        let original = "Quyết định".decomposedStringWithCanonicalMapping
        let n = NormalizedText(original)
        #expect(n.text == "Quyết định".precomposedStringWithCanonicalMapping)
        let r = try #require(n.text.range(of: "định"))
        #expect(String(original[n.originalRange(of: r)]).precomposedStringWithCanonicalMapping == "định")
        #expect(n.originalUTF16Range(of: 0..<0) == 0..<0)
    }

    @Test(arguments: [
        ("Công văn số 4039/STC-\nHCSN ngày", "Công văn số 4039/STC-HCSN ngày"),
        ("Tờ trình số 38/TTr-\nSGDĐT", "Tờ trình số 38/TTr-SGDĐT"),
        ("địa phư-\nơng", "địa phương"),
        ("kinh tế -\nxã hội", "kinh tế -\nxã hội"),
        ("Lao động-\nThương binh", "Lao động-\nThương binh"),
        ("Phường-\nXã", "Phường-\nXã"),
        ("số 83/NQ-\nHĐND ngày", "số 83/NQ-HĐND ngày"),
    ])
    func joinsHyphenationOnlyWhereSafe(input: String, expected: String) {
        #expect(NormalizedText(input).text == expected)
    }

    @Test func optionsTurnStepsOff() {
        let n = NormalizedText("**hoà**", options: .charactersOnly)
        #expect(n.text == "**hoà**")
    }

    @Test func removesInvisibleCharactersWithMapping() throws {
        let original = "a\u{00AD}b\u{200B}c"
        let n = NormalizedText(original)
        #expect(n.text == "abc")
        let r = try #require(n.text.range(of: "bc"))
        #expect(original[n.originalRange(of: r)] == "b\u{200B}c")
    }
}
