/// The spans of a document that are "Căn cứ" paragraphs, where cited instruments are the legal
/// basis.
///
/// A scope opens at "Căn cứ" at the start of a line and runs to the end of its paragraph: a line
/// break after ";", ".", ",", or ":" followed by a line that starts with a capital, a digit or a
/// bullet. Lines broken mid-sentence by OCR ("... ngày\n2/7/2024") stay inside; the scope spans
/// "trên cơ sở ..." clauses that the same paragraph adds.
struct BasisScopes: Sendable {
    private(set) var ranges: [Range<Int>] = []

    /// Finds the scopes in one pass.
    init(_ text: ScannedText) {
        let t = text.scalars
        var i = 0
        while i < text.count {
            // At a line start, or (OCR merged a line) capitalised after punctuation.
            guard t[i] == "C" || t[i] == "c",
                text.isLineStart(i) || (t[i] == "C" && Self.afterPunctuation(i, in: text)),
                let can = text.nextWord(from: i), can.range.lowerBound == i, can.folded == "can",
                let cu = text.nextWord(from: can.range.upperBound), cu.folded == "cu"
            else {
                i += 1
                continue
            }
            var k = cu.range.upperBound
            var end = min(text.count, k + 4000)
            while k < end {
                let s = t[k]
                if s == "\n" || s == ScannedText.paragraphBreak {
                    let before = text.skipSpacesBack(k)
                    let after = text.skipSpaces(k)
                    if before > 0, [";", ".", ",", ":"].contains(t[before - 1]), after < text.count {
                        let n = t[after]
                        if ScannedText.isUpper(n) || ScannedText.isDigit(n) || n == "-" || n == "+" || n == "•" {
                            // "...năm 2015;\nNghị định số ..." continues the list of bases; "QUYẾT ĐỊNH:",
                            // "Xét ...", "Theo đề nghị ..." do not.
                            if !Self.continuesWithInstrument(at: after, in: text) {
                                end = k
                                break
                            }
                        }
                    }
                }
                k += 1
            }
            ranges.append(i..<end)
            i = max(end, i + 1)
        }
    }

    /// Whether the line at `index` starts with a title-case instrument ("Nghị định số", "Luật Đất đai").
    private static func continuesWithInstrument(at index: Int, in text: ScannedText) -> Bool {
        guard index + 1 < text.count, ScannedText.isUpper(text.scalars[index]),
            ScannedText.isLetter(text.scalars[index + 1]), !ScannedText.isUpper(text.scalars[index + 1])
        else { return false }
        var words: [String] = []
        var j = index
        while words.count < 4, let w = text.nextWord(from: j) {
            words.append(w.folded)
            j = w.range.upperBound
        }
        return DocumentTypeWords.startsPhrase(words)
    }

    private static func afterPunctuation(_ index: Int, in text: ScannedText) -> Bool {
        let back = text.skipSpacesBack(index)
        guard back > 0 else { return true }
        return [";", ".", ":"].contains(text.scalars[back - 1])
    }

    /// Whether offset `index` lies in a "Căn cứ" paragraph.
    func contains(_ index: Int) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].upperBound <= index { low = mid + 1 } else { high = mid }
        }
        return low < ranges.count && ranges[low].contains(index)
    }
}
