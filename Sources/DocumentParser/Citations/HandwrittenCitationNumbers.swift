import Foundation
import VietnameseText

/// Fills the digits of cited numbers written by hand into a printed blank ("Căn cứ Quyết định số
/// ..... /QĐ-UBND ngày ..."), from the OCR stage's handwriting readings, so that the citation
/// scanner reads them; and marks the citations so filled.
///
/// A decision cited in another signed the same days often has its number written in by hand, as
/// the header's own number is; OCR reads the ink as noise ("số ŠÏ /QĐ-UBND") and the citation
/// would be lost. Only ink that looks handwritten (taller than the printed digits: a speck or the
/// edge of the slash in an empty blank does not) and a reading sure enough (``minimumConfidence``)
/// fill the blank, and every
/// filled number carries a warning and `numberHandwritten`. Never a guessed digit: without a
/// reading the blank stays as OCR read it.
struct HandwrittenCitationNumbers: Sendable {
    /// Below this the reader's best reading is not used (the lowest right header reading on the
    /// real scans is 0.39).
    static let minimumConfidence = 0.3

    /// One filled blank.
    struct Fill: Sendable, Hashable {
        var page: Int
        var digits: String
        var confidence: Double
    }

    /// The text with the blanks filled (the input itself when there was nothing to fill).
    let text: DocumentText
    /// What was filled, in page order.
    let fills: [Fill]

    /// Fills what the readings of `text`'s pages allow.
    init(_ text: DocumentText) {
        var filled = text
        var fills: [Fill] = []
        for (index, page) in text.pages.enumerated() {
            var pageText = page.text
            // The classifier's best reading of each blank (readings come best first per field).
            var seen: Set<String> = []
            for reading in page.handwriting where reading.field == .citationNumber && reading.method == .classifier {
                guard let printed = reading.printed, seen.insert(printed + "\(reading.box?.array ?? [])").inserted else { continue }
                guard reading.looksHandwritten, reading.confidence >= Self.minimumConfidence, (1...5).contains(reading.digits.count),
                    reading.digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                    let space = printed.firstIndex(of: " "), let slash = printed.firstIndex(where: Slashes.all.contains), space < slash,
                    let range = Self.range(of: printed, in: pageText)
                else { continue }
                let code = "/" + printed[printed.index(after: slash)...]
                pageText.replaceSubrange(range, with: String(printed[..<space]) + " " + reading.digits + code)
                fills.append(Fill(page: page.number, digits: reading.digits, confidence: reading.confidence))
            }
            filled.pages[index].text = pageText
        }
        self.text = fills.isEmpty ? text : filled
        self.fills = fills
    }

    /// Where the space-joined words of `printed` stand in `text`, whatever whitespace separates
    /// them there: tesseract may have ended a line at the handwritten blank ("số:" and
    /// "⁄QĐ-UBND ngày" as two lines).
    static func range(of printed: String, in text: String) -> Range<String.Index>? {
        let words = printed.split(separator: " ")
        guard let first = words.first else { return nil }
        var from = text.startIndex
        while let start = text.range(of: first, range: from..<text.endIndex) {
            var end = start.upperBound
            var matched = true
            for word in words.dropFirst() {
                let gap = text[end...].prefix { $0.isWhitespace }
                guard !gap.isEmpty, text[gap.endIndex...].hasPrefix(word) else {
                    matched = false
                    break
                }
                end = text.index(gap.endIndex, offsetBy: word.count)
            }
            if matched { return start.lowerBound..<end }
            from = start.upperBound
        }
        return nil
    }

    /// Marks the citations whose numbers were filled, and says so in warnings.
    func mark(_ citations: inout [Citation]) -> [Notice] {
        var warnings: [Notice] = []
        for fill in fills {
            guard
                let k = citations.firstIndex(where: {
                    $0.page == fill.page && $0.number?.text.hasPrefix(fill.digits + "/") == true && $0.numberHandwritten == nil
                }),
                let number = citations[k].number
            else { continue }
            citations[k].numberHandwritten = true
            let confidence = (fill.confidence * 100).rounded() / 100
            warnings.append(
                .init(
                    .citedNumberHandwritten,
                    "cited number \(number) on page \(fill.page) written by hand and read as \"\(fill.digits)\" with confidence \(confidence): check it",
                    values: ["value": number.text, "page": String(fill.page), "reading": fill.digits, "confidence": String(confidence)]
                )
            )
        }
        return warnings
    }
}
