import Foundation

/// A document's pages flattened into one array of Unicode scalars, ready for hand-written,
/// linear-time matching by the citation and deadline extractors.
///
/// Two parallel arrays of equal length are kept:
/// - `original`: the text in NFC with whitespace runs collapsed (what `Citation.text` shows);
/// - `scalars`: the same, with look-alikes unified for matching: `Ð`/`ð` (U+00D0/U+00F0) to
///   `Đ`/`đ`, every dash to `-`, fraction and division slashes to `/`.
///
/// Whitespace runs become one scalar: `" "` inside a line, `"\n"` across one line break, and
/// ``paragraphBreak`` across a blank line or a page break, so that "ngày 10 tháng 3 năm\n\n2021"
/// still reads as one date while line structure stays visible to "Căn cứ" and list detection.
struct ScannedText: Sendable {
    /// Marks a blank line or a page break (U+2029 PARAGRAPH SEPARATOR).
    static let paragraphBreak: Unicode.Scalar = "\u{2029}"

    /// NFC text with collapsed whitespace.
    private(set) var original: [Unicode.Scalar] = []
    /// `original` with look-alikes unified; same length.
    private(set) var scalars: [Unicode.Scalar] = []
    /// `scalars` folded one by one: lowercase, no marks, `đ` to `d`; same length.
    private(set) var foldedScalars: [Unicode.Scalar] = []
    /// Offset of each page's first scalar, ascending.
    private(set) var pageStarts: [Int] = []
    /// The 1-based page number of each entry in `pageStarts`.
    private(set) var pageNumbers: [Int] = []

    /// Flattens the pages of a document.
    init(_ text: DocumentText) {
        self.init(pages: text.pages.map { ($0.number, $0.text) })
    }

    /// Flattens `(page number, text)` pairs.
    init(pages: [(Int, String)]) {
        let capacity = pages.reduce(0) { $0 + $1.1.utf8.count }
        original.reserveCapacity(capacity)
        scalars.reserveCapacity(capacity)
        foldedScalars.reserveCapacity(capacity)
        for (number, text) in pages {
            var pending: Unicode.Scalar? = original.isEmpty ? nil : Self.paragraphBreak
            pageStarts.append(original.count)
            pageNumbers.append(number)
            var newlines = 0
            let nfc = Self.isNFCWithoutWork(text) ? text : text.precomposedStringWithCanonicalMapping
            for scalar in nfc.unicodeScalars {
                switch scalar.value {
                case 0x20, 0x09, 0xA0, 0x2007, 0x202F, 0x3000:
                    if pending == nil { pending = " " }
                case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029:
                    if scalar.value == 0x0A || scalar.value == 0x85 || scalar.value == 0x2028 { newlines += 1 }
                    if scalar.value == 0x0C || scalar.value == 0x2029 { newlines += 2 }
                    pending = newlines >= 2 || pending == Self.paragraphBreak ? Self.paragraphBreak : "\n"
                case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069:
                    // Invisible: soft hyphen, zero-width characters, bidi marks (LRM, RLM, embeddings, isolates).
                    continue
                default:
                    if let space = pending, !original.isEmpty {
                        original.append(space)
                        scalars.append(space)
                        foldedScalars.append(space)
                    }
                    pending = nil
                    newlines = 0
                    original.append(scalar)
                    let unified = Self.unified(scalar)
                    scalars.append(unified)
                    foldedScalars.append(Self.fold(unified))
                }
            }
        }
    }

    /// Number of scalars.
    var count: Int { scalars.count }

    /// The matching form of one scalar.
    static func unified(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x00D0: return "Đ"
        case 0x00F0: return "đ"
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D, 0x2E3A, 0x2E3B: return "-"
        case 0x2044, 0x2215, 0xFF0F: return "/"  // `Slashes.all`, per scalar
        default: return scalar
        }
    }

    /// The 1-based page holding offset `index`.
    func page(at index: Int) -> Int? {
        guard !pageStarts.isEmpty else { return nil }
        var low = 0
        var high = pageStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if pageStarts[mid] <= index { low = mid } else { high = mid - 1 }
        }
        return pageNumbers[low]
    }

    /// The original text of `range`, every whitespace scalar shown as one space.
    func text(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, count))
        let upper = max(lower, min(range.upperBound, count))
        var lo = lower
        var hi = upper
        while lo < hi, Self.isSpace(original[lo]) { lo += 1 }
        while hi > lo, Self.isSpace(original[hi - 1]) { hi -= 1 }
        return Self.string(original[lo..<hi]) { Self.isSpace($0) ? " " : $0 }
    }

    /// A string of `scalars`, each mapped by `transform`, written as UTF-8 directly (building a
    /// `String.UnicodeScalarView` scalar by scalar costs several times more).
    @inline(__always)
    static func string(_ scalars: ArraySlice<Unicode.Scalar>, _ transform: (Unicode.Scalar) -> Unicode.Scalar = { $0 }) -> String {
        String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var n = 0
            for scalar in scalars {
                let v = transform(scalar).value
                if v < 0x80 {
                    buffer[n] = UInt8(v)
                    n += 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(0xC0 | (v >> 6))
                    buffer[n + 1] = UInt8(0x80 | (v & 0x3F))
                    n += 2
                } else if v < 0x10000 {
                    buffer[n] = UInt8(0xE0 | (v >> 12))
                    buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | (v & 0x3F))
                    n += 3
                } else {
                    buffer[n] = UInt8(0xF0 | (v >> 18))
                    buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 3] = UInt8(0x80 | (v & 0x3F))
                    n += 4
                }
            }
            return n
        }
    }

    /// Whether `text` is certainly NFC already: only scalars below U+0300 (no combining marks),
    /// Vietnamese precomposed letters (U+1E00–U+1EFF) and general punctuation. The common case
    /// skips Foundation's normalisation, the costliest step of the scan.
    static func isNFCWithoutWork(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x0300 || (v >= 0x1E00 && v <= 0x1EFF) || (v >= 0x2010 && v <= 0x2044) || (v >= 0x2190 && v <= 0x23FF) { continue }
            if v >= 0x2500 && v <= 0x27BF { continue }
            return false
        }
        return true
    }

    /// Folds of the Latin letters Vietnamese uses, computed once: U+00C0–U+024F, then U+1E00–U+1EFF.
    private static let latinFolds: [Unicode.Scalar] = (UInt32(0xC0)...0x24F).map { Unicode.Scalar($0).map(foldOne) ?? " " }
    private static let vietnameseFolds: [Unicode.Scalar] = (UInt32(0x1E00)...0x1EFF).map { Unicode.Scalar($0).map(foldOne) ?? " " }

    /// Folds one scalar: lowercase base letter without marks, `đ` to `d`.
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v < 0x80 { return foldASCII(s) }
        if v >= 0xC0 && v <= 0x24F { return latinFolds[Int(v - 0xC0)] }
        if v >= 0x1E00 && v <= 0x1EFF { return vietnameseFolds[Int(v - 0x1E00)] }
        return s.properties.isUppercase ? (s.properties.lowercaseMapping.unicodeScalars.first ?? s) : s
    }

    /// Folds a string scalar by scalar (the same folding as `foldedScalars`).
    static func foldString(_ text: String) -> String {
        var folded: [Unicode.Scalar] = []
        folded.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v >= 0x0300 && v <= 0x036F { continue }
            folded.append(fold(unified(scalar)))
        }
        return string(folded[...])
    }

    // MARK: - Character classes

    /// Space, line break or paragraph break.
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\n" || s == paragraphBreak
    }

    /// ASCII digit.
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// A letter (any script, Vietnamese included).
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v >= 0xC0 && v <= 0x24F { return v != 0xD7 && v != 0xF7 }
        if v >= 0x1E00 && v <= 0x1EFF { return true }
        if v < 0xC0 || (v >= 0x2000 && v <= 0x2BFF) { return v == 0xAA || v == 0xB5 || v == 0xBA }
        return s.properties.isAlphabetic
    }

    /// An uppercase letter.
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v >= 0xC0 && v <= 0xDE { return v != 0xD7 }
        if v >= 0xDF && v <= 0xFF { return false }
        if v >= 0x1EA0 && v <= 0x1EF9 { return v % 2 == 0 }
        if (v >= 0x100 && v <= 0x137) || (v >= 0x14A && v <= 0x177) { return v % 2 == 0 }
        if v == 0x1A0 || v == 0x1AF { return true }
        if v == 0x1A1 || v == 0x1B0 { return false }
        if v >= 0x2000 && v <= 0x2BFF { return false }
        return s.properties.isUppercase
    }

    /// A letter or a digit.
    static func isAlnum(_ s: Unicode.Scalar) -> Bool { isDigit(s) || isLetter(s) }

    // MARK: - Words

    /// Whether `index` is in range.
    func has(_ index: Int) -> Bool { index >= 0 && index < count }

    /// The end of the letter run starting at `index`.
    func wordEnd(from index: Int) -> Int {
        var j = index
        while j < count, Self.isLetter(scalars[j]) { j += 1 }
        return j
    }

    /// The start of the letter run ending just before `end`.
    func wordStart(before end: Int) -> Int {
        var j = end
        while j > 0, Self.isLetter(scalars[j - 1]) { j -= 1 }
        return j
    }

    /// The folded (lowercase, no diacritics, đ→d) form of `range`.
    func folded(_ range: Range<Int>) -> String {
        Self.string(foldedScalars[range])
    }

    /// Lowercases an ASCII scalar.
    static func foldASCII(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.value >= 0x41 && s.value <= 0x5A, let lower = Unicode.Scalar(s.value + 0x20) { return lower }
        return s
    }

    /// Folds one scalar to one scalar: the lowercase base letter without marks; `đ`/`Đ` to `d`.
    static func foldOne(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.value < 0x80 { return foldASCII(s) }
        if s == "Đ" || s == "đ" || s.value == 0xD0 || s.value == 0xF0 { return "d" }
        let decomposed = String(Character(s)).decomposedStringWithCanonicalMapping.unicodeScalars
        guard let base = decomposed.first, decomposed.count > 1 || base != s else {
            return String(Character(s)).lowercased().unicodeScalars.count == 1
                ? (String(Character(s)).lowercased().unicodeScalars.first ?? s) : s
        }
        let lower = String(Character(base)).lowercased().unicodeScalars
        return lower.count == 1 ? (lower.first ?? base) : base
    }

    /// The next word at or after `index` (skipping whitespace only): its range and folded form.
    func nextWord(from index: Int) -> (range: Range<Int>, folded: String)? {
        var j = index
        while j < count, Self.isSpace(scalars[j]) { j += 1 }
        guard j < count, Self.isLetter(scalars[j]) else { return nil }
        let end = wordEnd(from: j)
        return (j..<end, folded(j..<end))
    }

    /// The previous word ending at or before `index` (skipping whitespace only).
    func previousWord(before index: Int) -> (range: Range<Int>, folded: String)? {
        var j = index
        while j > 0, Self.isSpace(scalars[j - 1]) { j -= 1 }
        guard j > 0, Self.isLetter(scalars[j - 1]) else { return nil }
        let start = wordStart(before: j)
        return (start..<j, folded(start..<j))
    }

    /// Whether a word starts at `index`.
    func isWordStart(_ index: Int) -> Bool {
        has(index) && Self.isLetter(scalars[index]) && (index == 0 || !Self.isLetter(scalars[index - 1]))
    }

    /// Skips spaces, line and paragraph breaks from `index`.
    func skipSpaces(_ index: Int) -> Int {
        var j = index
        while j < count, Self.isSpace(scalars[j]) { j += 1 }
        return j
    }

    /// Skips spaces backwards: the offset just after the last non-space scalar before `index`.
    func skipSpacesBack(_ index: Int) -> Int {
        var j = index
        while j > 0, Self.isSpace(scalars[j - 1]) { j -= 1 }
        return j
    }

    /// Whether `index` starts a line (ignoring leading spaces, bullets "-", "+", "•").
    func isLineStart(_ index: Int) -> Bool {
        var j = index
        while j > 0 {
            let s = scalars[j - 1]
            if s == "\n" || s == Self.paragraphBreak { return true }
            if s == " " || s == "-" || s == "+" || s == "•" || s == "*" || s == "_" {
                j -= 1
                continue
            }
            return false
        }
        return true
    }

    /// Reads an unsigned integer of at most `maxDigits` digits at `index`.
    func integer(at index: Int, maxDigits: Int) -> (value: Int, end: Int)? {
        var j = index
        var value = 0
        while j < count, Self.isDigit(scalars[j]), j - index < maxDigits {
            value = value * 10 + Int(scalars[j].value - 0x30)
            j += 1
        }
        guard j > index, !(j < count && Self.isDigit(scalars[j])) else { return nil }
        return (value, j)
    }
}
