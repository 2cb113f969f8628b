import Foundation
import Testing

@testable import DocumentParser

/// The number value the parser hands on: its parts, its JSON (a plain string), a user's text.
@Suite("Document numbers")
struct DocumentNumberTests {
    @Test(
        arguments: [
            ("59 / 2023 / NÐ–CP", "59/2023/NĐ-CP", "59/2023/nd-cp", "59", "2023", "nd", ["NĐ", "CP"], false),
            ("07/KH-GDĐT", "07/KH-GDĐT", "07/kh-gddt", "7", nil, "kh", ["KH", "GDĐT"], false),
            ("05-CT/TW", "05-CT/TW", "05-ct/tw", "5", nil, "ct", ["CT", "TW"], true),
            ("163/NV", "163/NV", "163/nv", "163", nil, "nv", ["NV"], false),
            ("59/2023", "59/2023", "59/2023", "59", "2023", nil, [], false),
        ] as [(String, String, String, String, String?, String?, [String], Bool)]
    )
    func parts(raw: String, text: String, key: String, serial: String, year: String?, code: String?, codes: [String], party: Bool) {
        let number = DocumentNumber(raw)
        #expect(number.text == text)
        #expect(number.key == key)
        #expect(number.serial == serial)
        #expect(number.year == year)
        #expect(number.code == code)
        #expect(number.codes == codes)
        #expect(number.isPartyForm == party)
    }

    @Test func aTextWithoutDigitsIsKeptButNotParsed() {
        let number = DocumentNumber("KH-THNH")
        #expect(number.text == "KH-THNH")
        #expect(number.serial == nil && number.year == nil && number.code == nil)
        #expect(DocumentNumber(parsing: "KH-THNH") == nil)
        #expect(DocumentNumber(parsing: "59 / 2023 / nd-cp")?.key == "59/2023/nd-cp")
    }

    @Test func encodesAsItsCanonicalText() throws {
        let citation = Citation(type: "Nghị định", number: DocumentNumber("59/2023/NÐ-CP"), relation: .basis, text: "Nghị định số 59/2023/NĐ-CP")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(citation), as: UTF8.self)
        #expect(json.contains(#""number":"59/2023/NĐ-CP""#))
        let decoded = try JSONDecoder().decode(Citation.self, from: Data(json.utf8))
        #expect(decoded.number?.year == "2023")
        #expect(decoded == citation)
    }

    @Test func aBoxIsTheContractsArray() throws {
        let reading = Evidence.Reading(value: "47/QĐ-UBND", from: .handwritten, box: PageBox(x: 472, y: 415, width: 150, height: 74))
        let json = String(decoding: try JSONEncoder().encode(reading), as: UTF8.self)
        #expect(json.contains(#""box":[472,415,150,74]"#))
        let decoded = try JSONDecoder().decode(Evidence.Reading.self, from: Data(json.utf8))
        #expect(decoded.box == PageBox(x: 472, y: 415, width: 150, height: 74))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(PageBox.self, from: Data("[1,2,3]".utf8))
        }
    }
}
