import Foundation
import Testing

@testable import DocumentParser

/// The seed with OCR-like noise added (eth for Đ, line and page breaks at random spaces, lost tone
/// marks, spaces after separators, en dashes): every numbered citation must survive.
@Suite struct CitationNoiseTests {
    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func seedSurvivesOCRNoise(seed: UInt64) throws {
        var rng = RobustnessTests.SplitMix(state: seed)
        let body = try FixtureLoader.seed().pages[0].text
        var noisy = ""
        var previous: Character = " "
        for character in body {
            switch character {
            case "Đ" where Bool.random(using: &rng):
                noisy.append("Ð")
            case " " where Int.random(in: 0..<12, using: &rng) == 0:
                noisy.append(Int.random(in: 0..<8, using: &rng) == 0 ? "\n\n" : "\n")
            case "-" where previous.isLetter && Int.random(in: 0..<3, using: &rng) == 0:
                noisy.append(Bool.random(using: &rng) ? "- " : "–")
            default:
                noisy.append(character)
            }
            previous = character
        }
        // Lost tone marks in type words.
        noisy = noisy.replacingOccurrences(of: "Nghị định", with: "Nghi dinh")
            .replacingOccurrences(of: "Quyết định", with: Bool.random(using: &rng) ? "Quyet dinh" : "Quyết định")
        // Split into pages at random paragraph breaks.
        let paragraphs = noisy.components(separatedBy: "\n\n")
        var pages: [String] = [""]
        for paragraph in paragraphs {
            if Int.random(in: 0..<6, using: &rng) == 0 { pages.append("") }
            pages[pages.count - 1] += paragraph + "\n\n"
        }
        let text = DocumentText(
            path: "noisy.txt",
            sha256: String(repeating: "0", count: 64),
            pages: pages.enumerated().map { .init(number: $0.offset + 1, text: $0.element) }
        )
        let citations = CitationExtractor().extract(from: text, ownNumber: "63/KH-THNH")
        let numbers = Set(citations.compactMap(\.number?.text))
        for (number, date) in CitationTests.seedNumbers {
            #expect(numbers.contains(number), "\(number)")
            #expect(citations.first { $0.number?.text == number }?.date == date, "\(number)")
        }
        #expect(numbers.count == CitationTests.seedNumbers.count, "\(numbers.subtracting(CitationTests.seedNumbers.map(\.number)))")
    }
}
