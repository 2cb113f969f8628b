import Foundation
import GRDB
import Testing
import VietnameseText

@testable import Archive

@Suite struct TokenizerTests {
    @Test(arguments: ["Nghị", "định", "ĐỒNG", "đ", "Ð", "hòa", "hoà", "thuỷ", "Quốc", "ASCII", "x59", "ưởng", "Ư", "ñ", "ß", "Ω", "中文", "a\u{0301}"])
    func fastFoldMatchesVietnameseFolding(token: String) {
        #expect(VietnameseFoldingTokenizer.fold(token) == VietnameseFolding.fold(token))
    }

    @Test(arguments: [
        "Nghị", "định", "ĐỒNG", "đ", "Ð", "hòa", "hoà", "thuỷ", "Quốc", "ASCII", "x59", "ưởng", "Ư", "ñ", "ß", "Ω", "中文", "a\u{0301}", "😀x", "ǅ", "Ⱥ",
        "",
    ])
    func byteFoldMatchesStringFold(token: String) {
        let bytes = Array(token.utf8)
        let out = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count * 3 / 2 + 16)
        defer { out.deallocate() }
        let count = bytes.withUnsafeBufferPointer { VietnameseFoldingTokenizer.fold($0, into: out) }
        // The table knows ASCII, the Latin letters and combining marks; anything else takes the string path.
        let outside = token.unicodeScalars.contains {
            !$0.isASCII && !(0xC0...0x24F).contains($0.value) && !(0x1E00...0x1EFF).contains($0.value) && !(0x300...0x36F).contains($0.value)
        }
        #expect((count == nil) == outside)
        if let count {
            #expect(String(decoding: UnsafeBufferPointer(start: out, count: count), as: UTF8.self) == VietnameseFoldingTokenizer.fold(token))
        }
    }

    @Test func tokenizerFoldsWhatUnicode61Splits() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            db.add(tokenizer: VietnameseFoldingTokenizer.self)
            let folding = try db.makeTokenizer(FTS5TokenizerDescriptor(components: [VietnameseFoldingTokenizer.name]))
            let plain = try db.makeTokenizer(.unicode61(diacritics: .keep))
            let text = "Căn cứ Nghị định số 59/2023/NĐ-CP, ỦY BAN “Hòa” thuỷ lợi Ω中文 a\u{0301}b ȺȺȺ ǅǅ"
            let folded = try folding.tokenize(document: text).map(\.token)
            let expected = try plain.tokenize(document: text).map { VietnameseFoldingTokenizer.fold($0.token) }
            #expect(folded == expected)
            #expect(folded.contains("nd") && folded.contains("hoa") && folded.contains("thuy"))
        }
    }

    @Test(arguments: [
        ("Nghị định 59/2023", "nghi dinh 59/2023"), ("nghi dinh so 59/2023", "nghi dinh 59/2023"), ("NĐ 59/2023", "nd 59/2023"),
        ("QĐ 3855", "qd 3855"),
        ("05-CT/TW", "05-ct/tw"), ("59/2023/NĐ-CP", "59/2023/nd-cp"), ("Luật 10/2022", "luat 10/2022"),
    ])
    func instrumentReferences(query: String, expected: String) throws {
        let reference = try #require(InstrumentReference.find(in: query))
        #expect(reference.description == expected)
    }

    @Test(arguments: ["dân chủ ở cơ sở", "hoa 2024", "", "\"\"", "14/8"])
    func plainTextNamesNoInstrument(query: String) {
        #expect(InstrumentReference.find(in: query) == nil)
    }

    @Test func matchExpressionQuotesEveryWord() {
        #expect(MatchExpression.make("nghị định AND (59") == "\"nghị\" \"định\" \"AND\" \"59\"")
        #expect(MatchExpression.make("\"dân chủ\" cơ") == "\"dân chủ\" \"cơ\"")
        #expect(MatchExpression.make("\"dân chủ") == "\"dân\" \"chủ\"")
        #expect(MatchExpression.make("*^:()") == nil)
    }
}

@Suite struct FoldingFormsTests {
    @Test(arguments: ["Ủy ban nhân dân Quận 6", "ĐẢNG ỦY", "Thủ tướng Chính phủ", "Ð"])
    func fastFoldIgnoresNormalizationForm(text: String) {
        let nfd = text.decomposedStringWithCanonicalMapping
        #expect(VietnameseFoldingTokenizer.fold(nfd) == VietnameseFolding.fold(text))
        #expect(VietnameseFoldingTokenizer.fold(text) == VietnameseFolding.fold(text))
    }

    @Test func issuerKeysMatchAcrossAbbreviationAndForm() {
        #expect(IssuerKey.make("UBND Quận 6") == IssuerKey.make("Ủy ban nhân dân quận 6".decomposedStringWithCanonicalMapping))
    }
}
