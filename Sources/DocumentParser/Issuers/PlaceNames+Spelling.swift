import VietnameseText

extension PlaceNames {
    /// The place name that starts at `words[index]` (OCR'd, in any case, marks lost or wrong:
    /// "HÒ CHÍ MINH", "Lâm Đông"), in its proper spelling, and the index after it; the longest
    /// name wins. A one-word name counts only when `single` allows it (after "TỈNH", "TP."),
    /// since one word alone ("Phú", "An") is too often something else.
    static func match(_ words: [String], at index: Int, single: Bool) -> (name: String, end: Int)? {
        guard index < words.count else { return nil }
        let upper = min(words.count, index + longest)
        for end in stride(from: upper, to: index + (single ? 0 : 1), by: -1) {
            let key = words[index..<end].map { VietnameseFolding.fold(String($0)) }.joined(separator: " ")
            if let name = spellings[key] { return (name, end) }
        }
        return nil
    }

    /// `text` with every place name of two words or more spelled properly ("Lâm Đông" → "Lâm
    /// Đồng", "Tp. Hò Chí Minh" → "Tp. Hồ Chí Minh"); other words as they are.
    static func respelled(_ text: String) -> String {
        let words = text.split(separator: " ").map(String.init)
        var out: [String] = []
        var i = 0
        while i < words.count {
            // Punctuation glued to the name's last word ("Minh,") stays outside the match.
            if let (name, end) = match(words, at: i, single: false) {
                out.append(name)
                i = end
            } else {
                out.append(words[i])
                i += 1
            }
        }
        return out.joined(separator: " ")
    }
}
