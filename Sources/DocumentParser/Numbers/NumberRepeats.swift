import VietnameseText

/// The document's own number written again elsewhere on it: in the header of an appendix ("Ban
/// hành kèm theo Quyết định số 349/QĐ-UBND ngày …"). A second, independent reading of the same
/// digits is strong evidence for the handwritten ones.
///
/// ```swift
/// NumberRepeats.find(code: "QĐ-UBND", in: pages, skipping: numberLine)   // [("349", page 3)]
/// ```
enum NumberRepeats {
    /// One place the number is written again.
    struct Mention: Sendable, Hashable {
        var digits: String
        var page: Int
    }

    /// The digits written before "/CODE" on every line but the number line itself.
    /// - Parameters:
    ///   - code: the printed code after the slash ("QĐ-UBND"); a code of fewer than four letters
    ///     ("NV") is too common to tell the document from others and finds nothing.
    ///   - pages: the document's lines, page by page.
    ///   - skipping: the number line (page index, line index), whose digits are the ones in doubt.
    static func find(code: String, in pages: [[TextLine]], skipping: (page: Int, line: Int)?) -> [Mention] {
        let needle = "/" + VietnameseFolding.fold(code)
        guard needle.filter(\.isLetter).count >= 4 else { return [] }
        let n = Array(needle)
        var found: [Mention] = []
        for (p, lines) in pages.enumerated() {
            for (l, line) in lines.enumerated() where !(skipping?.page == p && skipping?.line == l) {
                // Only where the document names itself: an appendix's "kèm theo Quyết định số …"
                // (a line of its own, or the one before). An office cites its own earlier
                // documents with the same code ("Căn cứ Quyết định số 746/QĐ-ĐN"): those are other
                // documents, not this one.
                // The phrase opens its line, as an appendix's header writes it ("(Ban hành kèm
                // theo Quyết định số …"); inside a paragraph ("Căn cứ Quy chế … ban hành kèm theo
                // Quyết định số …") it cites another document.
                // A capital or a parenthesis opens it; a lowercase "kèm theo" goes on a sentence
                // broken across lines.
                func names(_ t: TextLine) -> Bool {
                    guard let first = t.text.first(where: { $0 != " " }), first == "(" || first.isUppercase else { return false }
                    let opening = t.fold.drop { $0 == "(" || $0 == " " }
                    return opening.hasPrefix("ban hanh kem theo") || opening.hasPrefix("kem theo")
                }
                guard names(line) || (l > 0 && names(lines[l - 1])) else { continue }
                let f = line.folded
                guard f.count >= n.count else { continue }
                var i = 0
                while i + n.count <= f.count {
                    defer { i += 1 }
                    guard f[i] == "/", f[i..<(i + n.count)].elementsEqual(n) else { continue }
                    // The code must end there ("QĐ-UBND" is not "QĐ-UBND-VX").
                    if i + n.count < f.count, f[i + n.count].isLetter || f[i + n.count] == "-" { continue }
                    var j = i
                    while j > 0, f[j - 1] == " " { j -= 1 }
                    var digits = ""
                    while j > 0, f[j - 1].isASCII, f[j - 1].isNumber, digits.count < 5 {
                        digits.insert(f[j - 1], at: digits.startIndex)
                        j -= 1
                    }
                    // A year or a longer run belongs to something else ("2023/NĐ-CP").
                    guard (1...4).contains(digits.count), j == 0 || !(f[j - 1].isLetter || f[j - 1].isNumber || f[j - 1] == "/" || f[j - 1] == "-")
                    else { continue }
                    found.append(Mention(digits: digits, page: line.page))
                }
            }
        }
        return found
    }
}
