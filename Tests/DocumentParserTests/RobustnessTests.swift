import Foundation
import Testing

@testable import DocumentParser

/// Random input must not crash the extractors, and their work must grow linearly with the input.
@Suite struct RobustnessTests {
    /// A small deterministic generator (SplitMix64), so that failures reproduce.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Pieces of Vietnamese administrative text, numbers, OCR debris and separators.
    static let pieces = [
        "Căn cứ", "Nghị định", "số", "59/2023/NĐ-CP", "ngày", "14", "tháng", "8", "năm", "2023", "của", "Chính phủ",
        "Quyết định", "QĐ", "1368/QĐ- UBND", "HĐÐND", "/", "-", "–", ":", ";", ",", ".", "(", ")", "\n", "\n\n", "\u{0C}",
        "Luật", "sửa đổi", "bổ sung", "Luật Ngân sách nhà nước", "trước", "chậm nhất", "hạn chót", "trong thời hạn", "quý II/2024",
        "hằng tháng", "17 giờ 00", "Số:", "Ð", "0", "1", "9", "2024", "05-CT/TW", "các Quyết định:", "và", "Ủy ban nhân dân",
        "tỉnh", "Quận 6", "Sở", "giao", "UBND", "hoàn thành", "trong", "2021-2030", "TCVN ISO 9001:2015", "Điều 5", "khoản 2",
        "Nghị quyết Đại hội", "201 1L", "QHI5", "⁄", "$", "†", "\u{0301}", "\u{2029}", "Đ", "ước", "(", "kể từ ngày",
    ]

    @Test func randomBytesDoNotCrash() {
        var rng = SplitMix(state: 42)
        for _ in 0..<1500 {
            let count = Int.random(in: 0..<400, using: &rng)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let text = String(decoding: bytes, as: UTF8.self)
            let parsed = DocumentParser().parse(FixtureLoader.text(text))
            #expect(parsed.citations.count <= count)
        }
    }

    @Test func randomVietnameseLikeTextDoesNotCrash() {
        var rng = SplitMix(state: 7)
        for _ in 0..<2000 {
            let count = Int.random(in: 0..<120, using: &rng)
            var text = ""
            for _ in 0..<count {
                text += Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &rng)]
                if Bool.random(using: &rng) { text += " " }
            }
            let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).enumerated().map {
                DocumentText.Page(number: $0.offset + 1, text: String($0.element))
            }
            let parsed = DocumentParser().parse(DocumentText(path: "f.txt", sha256: String(repeating: "0", count: 64), pages: pages))
            for citation in parsed.citations {
                if let number = citation.number?.text {
                    #expect(!number.contains(" ") && !number.contains("Ð"), "\(number)")
                }
                #expect(citation.date.map { $0.count == 10 } ?? true)
            }
            for deadline in parsed.deadlines { #expect(deadline.time.map { $0.count == 5 } ?? true) }
        }
    }

    /// Adversarial inputs: long runs of near-matches. Work on 16 times the input must stay within a
    /// generous factor of 16 (a quadratic scan would take 256 times as long); not a timing target.
    @Test(arguments: [
        "số 1/",
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 01/01/2024 và ",
        "Luật sửa đổi, bổ sung Luật ",
        "trước ngày 25/3 hằng tháng ",
        "QĐ 3855 ",
        "1/ABC-",
        "các Quyết định: số 1/QĐ-UBND, ",
        "ngày 14 tháng 8 năm ",
    ])
    func workGrowsLinearly(unit: String) {
        func seconds(_ repeats: Int) -> Double {
            let text = FixtureLoader.text(String(repeating: unit, count: repeats))
            let clock = ContinuousClock()
            let elapsed = clock.measure { _ = DocumentParser().parse(text) }
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
        _ = seconds(200)  // warm up
        let small = seconds(500)
        let large = seconds(8000)
        #expect(large < max(small, 0.002) * 16 * 6, "500×: \(small)s, 8000×: \(large)s")
    }
}
