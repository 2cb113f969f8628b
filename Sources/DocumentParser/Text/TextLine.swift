import VietnameseText

/// One normalised line of a page, with a folded copy aligned character by character.
///
/// `folded[i]` is the lowercase, mark-free, `đ`→`d` form of `chars[i]`, so a position found in the
/// folded line is the same position in the line as written.
struct TextLine: Sendable, Hashable {
    /// The line, normalised (NFC, `Đ`, dashes, canonical tones, markdown stripped), trimmed.
    let text: String
    let chars: [Character]
    let folded: [Character]
    /// `folded` as a string.
    let fold: String
    /// 1-based page.
    let page: Int
    /// Whether the line has no letter and no digit.
    let isBlank: Bool
    /// Share of uppercase among the letters, 0 when there are none.
    let uppercaseShare: Double

    init(_ text: String, page: Int) {
        let trimmed = text.trimmingSpaces()
        self.text = trimmed
        self.page = page
        if let fast = Self.singleScalarFold(trimmed) {
            (chars, folded, fold) = (fast.chars, fast.folded, fast.fold)
            isBlank = !fast.hasLetterOrNumber
            uppercaseShare = fast.letters == 0 ? 0 : Double(fast.upper) / Double(fast.letters)
        } else {
            chars = Array(trimmed)
            folded = chars.map(TextLine.foldCharacter)
            fold = String(folded)
            isBlank = chars.allSatisfy { !$0.isLetter && !$0.isNumber }
            var letters = 0
            var upper = 0
            for ch in chars where ch.isLetter {
                letters += 1
                if ch.isUppercase { upper += 1 }
            }
            uppercaseShare = letters == 0 ? 0 : Double(upper) / Double(letters)
        }
    }

    /// Characters, folds and folded string of a line whose every scalar is a character of its own
    /// (below U+0300, in U+1E00–U+1EFF or general punctuation: what NFC Vietnamese is made of), read scalar by scalar
    /// from a table instead of by grapheme breaking; `nil` for any other line.
    private static func singleScalarFold(
        _ text: String
    ) -> (chars: [Character], folded: [Character], fold: String, hasLetterOrNumber: Bool, letters: Int, upper: Int)? {
        var chars: [Character] = []
        var folded: [Character] = []
        var bytes: [UInt8] = []
        var hasLetterOrNumber = false
        var letters = 0
        var upper = 0
        chars.reserveCapacity(text.utf8.count)
        folded.reserveCapacity(text.utf8.count)
        bytes.reserveCapacity(text.utf8.count)
        let table = scalarFolds
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let index: Int
            if v < 0x300, v != 0x0D {
                index = Int(v)
            } else if v >= 0x2000, v < 0x2070, v != 0x200C, v != 0x200D {
                // General punctuation (quotes, ellipsis): no joiner, so no cluster forms.
                index = 0x400 + Int(v - 0x2000)
            } else if v >= 0x1E00, v <= 0x1EFF {
                index = 0x300 + Int(v - 0x1E00)
            } else {
                return nil
            }
            let entry = table[index]
            guard entry.utf8Count > 0 else { return nil }
            chars.append(entry.character)
            folded.append(entry.folded)
            // The fold's UTF-8, packed low byte first.
            var packed = entry.utf8
            for _ in 0..<entry.utf8Count {
                bytes.append(UInt8(truncatingIfNeeded: packed))
                packed >>= 8
            }
            hasLetterOrNumber = hasLetterOrNumber || entry.isLetterOrNumber
            if entry.isLetter {
                letters += 1
                if entry.isUppercase { upper += 1 }
            }
        }
        return (chars, folded, String(decoding: bytes, as: UTF8.self), hasLetterOrNumber, letters, upper)
    }

    /// Each scalar of U+0000–U+02FF, U+1E00–U+1EFF and U+2000–U+206F as a character, with its
    /// ``foldCharacter(_:)`` (and that as UTF-8) and its letter properties, computed once.
    private static let scalarFolds: [ScalarEntry] = {
        let values = Array(UInt32(0)..<0x300) + Array(UInt32(0x1E00)...0x1EFF) + Array(UInt32(0x2000)..<0x2070)
        return values.map { v in
            let ch = Unicode.Scalar(v).map(Character.init) ?? " "
            let f = foldCharacter(ch)
            let full = Array(String(f).utf8)
            // A fold longer than one scalar (none known) is left to the character path: count 0.
            let utf8 = full.count <= 4 ? full : []
            return ScalarEntry(
                character: ch,
                folded: f,
                utf8: utf8.reversed().reduce(0) { $0 << 8 | UInt32($1) },
                utf8Count: utf8.count,
                isLetter: ch.isLetter,
                isLetterOrNumber: ch.isLetter || ch.isNumber,
                isUppercase: ch.isUppercase
            )
        }
    }()

    private struct ScalarEntry {
        let character: Character
        let folded: Character
        /// The fold's UTF-8 bytes packed low byte first (a fold is one scalar: at most 4 bytes).
        let utf8: UInt32
        let utf8Count: Int
        let isLetter: Bool
        let isLetterOrNumber: Bool
        let isUppercase: Bool
    }

    /// Letters of the folded line only ("QUYÉT ĐỊNH:" → "quyetdinh").
    var foldedLetters: String { String(folded.filter(\.isLetter)) }

    /// Whether the folded line holds `needle` (folded text as UTF-8).
    func foldContains(_ needle: [UInt8]) -> Bool { UTF8Search.contains(fold, needle) }

    /// The first position of `needle` (folded) at or after `from`, or `nil`.
    func find(_ needle: String, from: Int = 0) -> Int? {
        // `fold` is `folded` written out: where its bytes lack the needle, so do the characters.
        var needle = needle
        let present = needle.withUTF8 { bytes in
            var fold = fold
            return fold.withUTF8 { UTF8Search.contains($0, bytes) }
        }
        guard present else { return nil }
        let n = Array(needle)
        guard let first = n.first, folded.count >= n.count else { return nil }
        var i = max(0, from)
        while i + n.count <= folded.count {
            if folded[i] == first, folded[i..<(i + n.count)].elementsEqual(n) { return i }
            i += 1
        }
        return nil
    }

    /// The line's text between two character offsets, trimmed.
    func slice(_ lo: Int, _ hi: Int) -> String {
        let a = max(0, min(lo, chars.count))
        let b = max(a, min(hi, chars.count))
        return String(chars[a..<b]).trimmingSpaces()
    }

    static func foldCharacter(_ ch: Character) -> Character {
        if let ascii = ch.asciiValue {
            return (65...90).contains(ascii) ? Character(Unicode.Scalar(ascii + 32)) : ch
        }
        if let hit = foldTable[ch] { return hit }
        let f = VietnameseFolding.fold(String(ch))
        return f.count == 1 ? f.first ?? ch : ch
    }

    /// Folds of the Latin letters Vietnamese uses (U+00C0–U+024F, U+1E00–U+1EFF), computed once.
    static let foldTable: [Character: Character] = {
        var table: [Character: Character] = [:]
        for range in [0x00C0...0x024F, 0x1E00...0x1EFF] {
            for v in range {
                guard let scalar = Unicode.Scalar(v) else { continue }
                let ch = Character(scalar)
                let f = VietnameseFolding.fold(String(ch))
                if f.count == 1, let c = f.first { table[ch] = c }
            }
        }
        return table
    }()

    /// The document's pages as normalised lines, page by page.
    static func pages(of text: DocumentText) -> [[TextLine]] {
        text.pages.map { page in
            NormalizedText.normalizedLines(page.text, options: .init(joinHyphenatedLines: false)).map { TextLine($0, page: page.number) }
        }
    }
}
