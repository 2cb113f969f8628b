import Foundation
import TestSupport
import Testing

@testable import DocumentParser

/// Citations of the seed plan and of the real-dev OCR texts, checked against their truth files.
@Suite struct CitationTests {
    /// The 23 numbered instruments of the seed, every family.
    static let seedNumbers: [(number: String, date: String?)] = [
        ("71/KH-UBND", "2024-02-07"), ("163/NV", "2024-02-21"), ("07/KH-GDĐT", "2024-02-22"), ("98/2023/QH15", nil),
        ("246/KH-UBND", "2022-01-21"), ("01-CTr/BDVQU-UBND", "2022-03-22"), ("3855/QĐ-UBND", "2023-09-12"),
        ("4452/QĐ-UBND", "2023-11-06"), ("16/CT-TTg", "2016-05-16"), ("33/CT-TTg", "2021-11-26"),
        ("04/2015/NĐ-CP", "2015-01-09"), ("01/2016/TT-BNV", "2016-01-13"), ("59/2023/NĐ-CP", "2023-08-14"),
        ("03-CT/QU", "2021-07-06"), ("01-KL/TW", "2021-05-18"), ("05-CT/TW", "2016-05-15"), ("1151-CV/QU", "2023-08-01"),
        ("2193/QĐ-UBND", "2022-03-24"), ("842/QĐ-UBND", "2021-03-10"), ("3318/QĐ-UBND", "2021-07-13"),
        ("242/QĐ-UBND", "2024-01-26"), ("67/2017/QĐ-UBND", "2017-12-29"), ("2679/QĐ-UBND", "2022-08-08"),
    ]

    @Test func seedHasEveryNumberedCitationAndNoOther() throws {
        let citations = CitationExtractor().extract(from: try FixtureLoader.seed(), ownNumber: "63/KH-THNH")
        let numbered = citations.filter { $0.number != nil }
        #expect(numbered.map(\.number?.text) == Self.seedNumbers.map(\.number))
        for (number, date) in Self.seedNumbers {
            let citation = numbered.first { $0.number?.text == number }
            #expect(citation?.date == date, "\(number)")
        }
    }

    @Test func seedRelationsTypesAndIssuers() throws {
        let citations = CitationExtractor().extract(from: try FixtureLoader.seed(), ownNumber: "63/KH-THNH")
        let byNumber = Dictionary(citations.compactMap { c in c.number.map { ($0, c) } }, uniquingKeysWith: { a, _ in a })
        #expect(citations.filter { $0.relation == .basis }.compactMap(\.number) == ["71/KH-UBND", "163/NV", "07/KH-GDĐT"])
        #expect(byNumber["71/KH-UBND"]?.issuer == "Ủy ban nhân dân Quận 6")
        #expect(byNumber["163/NV"]?.type == "Công văn")
        #expect(byNumber["98/2023/QH15"]?.type == "Nghị quyết")
        #expect(byNumber["98/2023/QH15"]?.mentions == 3)
        #expect(byNumber["33/CT-TTg"]?.mentions == 2)
        // One issuer phrase shared by two citations.
        #expect(byNumber["16/CT-TTg"]?.issuer == "Thủ tướng Chính phủ")
        #expect(byNumber["01/2016/TT-BNV"]?.issuer == "Bộ Nội vụ")
        #expect(byNumber["05-CT/TW"]?.type == "Chỉ thị")
        #expect(byNumber["1151-CV/QU"]?.issuer == "Ban Thường vụ Quận ủy Quận 6")
        // "của Chủ tịch Ủy ban nhân dân quận" completed from the place line "Quận 6, ngày ...".
        #expect(byNumber["242/QĐ-UBND"]?.issuer == "Chủ tịch Ủy ban nhân dân Quận 6")
        #expect(byNumber["71/KH-UBND"]?.text == "Kế hoạch số 71/KH-UBND ngày 07 tháng 02 năm 2024 của Ủy ban nhân dân Quận 6")
        #expect(byNumber["71/KH-UBND"]?.page == 1)
    }

    @Test func seedNamedOnlyInstruments() throws {
        let citations = CitationExtractor().extract(from: try FixtureLoader.seed(), ownNumber: "63/KH-THNH")
        let named = citations.filter { $0.number == nil }
        let law = try #require(named.first { $0.name == "Luật thực hiện dân chủ ở cơ sở" })
        #expect(law.type == "Luật")
        #expect(law.knownNumber == "10/2022/QH15")
        #expect(law.numberFromTable == true)
        #expect(law.mentions == 2)
        #expect(named.contains { $0.name == "Nghị quyết Đại hội Đảng bộ Quận lần thứ XII" && $0.type == "Nghị quyết" })
        // The closing "Trên đây là Kế hoạch ..." and "Kế hoạch thực hiện 04 Chương trình" are not citations.
        #expect(!citations.contains { $0.name?.hasPrefix("Kế hoạch") ?? false })
    }

    @Test(arguments: FixtureLoader.realDevNames)
    func realDevMatchesTruth(name: String) throws {
        let truth = try RealDevTruth.load(name)
        let citations = CitationExtractor().extract(from: try FixtureLoader.realDev(name), ownNumber: truth.number)
        let predicted = Set(citations.compactMap(\.number?.text).map(NumberCanonicalizer.key))
        let expected = Set(truth.numbers.map(NumberCanonicalizer.key))
        let hit = predicted.intersection(expected)
        // Known OCR losses: d07 "759" for 789 (a misread digit), d08 87 written by hand in a blank.
        let allowedMisses = ["d07": 1, "d08": 1][name] ?? 0
        #expect(expected.count - hit.count <= allowedMisses, "missed \(expected.subtracting(predicted).sorted())")
        #expect(predicted.count - hit.count <= allowedMisses, "spurious \(predicted.subtracting(expected).sorted())")
        for citation in citations {
            guard let number = citation.number?.text, let want = truth.dates[NumberCanonicalizer.key(number)], let want else { continue }
            if name == "d08", number == "101/2024/NĐ-CP" { continue }  // OCR dropped the day's first digit.
            #expect(citation.date == want, "\(number)")
        }
    }

    @Test func realDevNamedLawsWithDatesAndBasis() throws {
        let citations = CitationExtractor().extract(from: try FixtureLoader.realDev("d07"), ownNumber: "47/QĐ-UBND")
        let named = citations.filter { $0.number == nil }
        #expect(named.count == 3)
        #expect(named.allSatisfy { $0.relation == .basis && $0.issuer == "Quốc hội" })
        #expect(named.map(\.date) == ["2015-06-19", "2019-11-22", "2015-06-25"])
        #expect(named.map(\.knownNumber) == ["77/2015/QH13", "47/2019/QH14", "83/2015/QH13"])
        let d04 = CitationExtractor().extract(from: try FixtureLoader.realDev("d04"), ownNumber: nil)
        #expect(d04.first { $0.number == "1368/QĐ-UBND" }?.mentions == 3)
        #expect(d04.first { $0.number == "83/NQ-HĐND" }?.mentions == 4)
        #expect(d04.first { $0.number == "418/QĐ-UBND" }?.issuer == "Ủy ban nhân dân tỉnh Quảng Ngãi")
        #expect(d04.first { $0.number == "87/HĐND-KTNS" }?.issuer == "Thường trực Hội đồng nhân dân tỉnh Quảng Ngãi")
    }
}

/// The hand-checked truth of a real-dev scan, read from `../shared/real-dev/NAME.json`.
struct RealDevTruth {
    var number: String?
    var numbers: [String]
    var dates: [String: String?]
    var deadlineDates: [String]

    static func load(_ name: String) throws -> RealDevTruth {
        let data = try Data(contentsOf: RepositoryPaths.shared("real-dev/\(name).json"))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw CocoaError(.fileNoSuchFile)
        }
        let citations = object["citations"] as? [[String: Any]] ?? []
        var dates: [String: String?] = [:]
        var numbers: [String] = []
        for c in citations {
            guard let number = c["number"] as? String else { continue }
            numbers.append(number)
            dates[NumberCanonicalizer.key(NumberCanonicalizer.canonical(number))] = c["date"] as? String
        }
        let deadlines = (object["deadlines"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String }
        return RealDevTruth(
            number: object["number"] as? String,
            numbers: numbers.map(NumberCanonicalizer.canonical),
            dates: dates,
            deadlineDates: deadlines
        )
    }
}
