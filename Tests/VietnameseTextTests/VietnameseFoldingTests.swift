import Foundation
import Testing

@testable import VietnameseText

@Suite struct VietnameseFoldingTests {
    @Test(arguments: [
        ("NÐ-CP", "NĐ-CP"),  // U+00D0 eth
        ("QĐ\u{2013}UBND", "QĐ-UBND"),  // en dash
        ("QĐ\u{2014}UBND", "QĐ-UBND"),  // em dash
        ("Ủy\u{00A0}ban", "Ủy ban"),  // no-break space
        ("ho\u{00AD}á đơn", "hóa đơn"),  // soft hyphen dropped, then tone placed
        ("Uỷ ban hoà", "Ủy ban hòa"),
    ])
    func normalize(input: String, expected: String) {
        #expect(VietnameseFolding.normalize(input) == expected)
    }

    @Test func normalizeComposesNFD() {
        let nfd = "Nghị định".decomposedStringWithCanonicalMapping
        #expect(nfd != "Nghị định".precomposedStringWithCanonicalMapping || nfd.unicodeScalars.count > 9)
        #expect(VietnameseFolding.normalize(nfd).unicodeScalars.count == "Nghị định".precomposedStringWithCanonicalMapping.unicodeScalars.count)
    }

    @Test(arguments: [
        ("Nghị định 59", "nghi dinh 59"), ("ĐÀO TẠO", "dao tao"), ("NÐ-CP", "nd-cp"), ("Ủy ban", "uy ban"),
        ("Uỷ ban", "uy ban"),
    ])
    func fold(input: String, expected: String) {
        #expect(VietnameseFolding.fold(input) == expected)
    }

    @Test func bothTonePlacementsFoldAndNormalizeAlike() {
        #expect(VietnameseFolding.normalize("thuỷ lợi") == VietnameseFolding.normalize("thủy lợi"))
        #expect(VietnameseFolding.fold("thuỷ") == VietnameseFolding.fold("thủy"))
    }

    @Test func tableFoldAgreesWithDecomposingFold() {
        // Every precomposed Latin letter, alone and inside words, folds as the decomposing path does.
        for v in Array(UInt32(0xC0)...0x24F) + Array(UInt32(0x1E00)...0x1EFF) {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let word = "X" + String(scalar) + "y9"
            #expect(VietnameseFolding.fold(word) == VietnameseFolding.slowFold(word), "U+\(String(v, radix: 16))")
        }
        for text in ["Nghị định 59/2023/NĐ-CP", "nghi\u{0323} \u{0111}i\u{0323}nh", "Ω Σ ﬁ “Ủy ban” …", "ǅ ǈ İ ẞ", ""] {
            #expect(VietnameseFolding.fold(text) == VietnameseFolding.slowFold(text), "\(text)")
        }
    }
}
