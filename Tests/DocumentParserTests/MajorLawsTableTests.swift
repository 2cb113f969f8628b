import Foundation
import TestSupport
import Testing

@testable import DocumentParser

/// Issue 14, item 1: the table of well-known laws is built by a script from `Scripts/laws/laws.tsv`;
/// the Swift table must be what the file says, and a law cited by name gets its number.
@Suite struct MajorLawsTableTests {
    /// (number, date) of every row of laws.tsv, in order.
    static func rows() throws -> [(String, String)] {
        let url = RepositoryPaths.repository("Scripts/laws/laws.tsv")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { line in
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                return (fields[0], fields[1])
            }
    }

    @Test func theSwiftTableIsTheGeneratedOne() throws {
        let rows = try Self.rows()
        #expect(rows.count >= 90)
        #expect(MajorLaws.entries.map(\.number) == rows.map(\.0), "run python3 Scripts/laws/make_major_laws.py")
        #expect(MajorLaws.entries.map(\.date) == rows.map(\.1))
        for entry in MajorLaws.entries {
            #expect(
                entry.foldedName.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == " " },
                "\(entry.number)"
            )
            #expect(entry.number.contains("/\(entry.year)/QH"))
        }
    }

    @Test(arguments: [
        ("Căn cứ Luật Tiếp cận thông tin ngày 06 tháng 4 năm 2016;", "104/2016/QH13"),
        ("Căn cứ Luật Đấu thầu ngày 23 tháng 6 năm 2023;", "22/2023/QH15"),
        ("Căn cứ Luật Đấu thầu ngày 26 tháng 11 năm 2013;", "43/2013/QH13"),
        ("Căn cứ Luật Phòng, chống bạo lực gia đình ngày 14 tháng 11 năm 2022;", "13/2022/QH15"),
        ("Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", "63/2025/QH15"),
        ("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;", "76/2015/QH13"),
    ])
    func aLawCitedByNameGetsItsNumber(input: String, known: String) throws {
        let law = try #require(CitationExtractor().extract(from: FixtureLoader.text(input), ownNumber: nil).first)
        #expect(law.number == nil)
        #expect(law.knownNumber?.text == known)
    }

    @Test func twoVersionsAndNoYearIsNoGuess() throws {
        let law = try #require(
            CitationExtractor().extract(from: FixtureLoader.text("Căn cứ Luật Đấu thầu;\nCăn cứ Quyết định số 12/QĐ-UBND"), ownNumber: nil)
                .first { $0.name != nil }
        )
        #expect(law.knownNumber == nil)
    }
}
