import Foundation

/// Text in one canonical form that remembers where each part came from in the original.
///
/// Applies, in order: per-character clean-up (NFC, `Ð` U+00D0 → `Đ`, every dash variant to `-`,
/// soft hyphens and zero-width characters dropped, non-breaking spaces to spaces, CRLF to LF),
/// markdown debris removal, canonical tone placement and the joining of words hyphenated across
/// a line break. Each character of ``text`` maps back to a UTF-16 range of ``original``, so a
/// caller that finds something in the normalised text can point at it in the source.
///
/// ```swift
/// let n = NormalizedText("**Số: 63 /KH-THNH**\nUỶ BAN")
/// n.text                                   // "Số: 63 /KH-THNH\nỦY BAN"
/// let r = n.text.range(of: "ỦY")!
/// n.original[n.originalRange(of: r)]       // "UỶ"
/// ```
public struct NormalizedText: Sendable, Hashable {
    /// The text as given.
    public let original: String
    /// The normalised text.
    public let text: String
    /// For each UTF-16 unit of `text`, the start of its source in `original` (UTF-16 offset).
    private let starts: [Int32]
    /// For each UTF-16 unit of `text`, the end of its source in `original` (UTF-16 offset).
    private let ends: [Int32]

    /// Normalises `original`.
    /// - Parameters:
    ///   - original: the text to normalise.
    ///   - options: which optional steps to apply; all by default.
    public init(_ original: String, options: NormalizationOptions = .all) {
        self.original = original
        var units = Self.cleanCharacters(original)
        if options.stripMarkdown { units = Self.stripMarkdown(units) }
        if options.canonicalTones { units = Self.canonicalTones(units) }
        if options.joinHyphenatedLines { units = Self.joinHyphenation(units) }
        var text = ""
        var starts: [Int32] = []
        var ends: [Int32] = []
        for unit in units {
            text.append(unit.char)
            for _ in 0..<unit.char.utf16.count {
                starts.append(Int32(clamping: unit.start))
                ends.append(Int32(clamping: unit.end))
            }
        }
        self.text = text
        self.starts = starts
        self.ends = ends
    }

    /// The UTF-16 range of ``original`` that produced a UTF-16 range of ``text``.
    /// - Parameter range: UTF-16 offsets into ``text``.
    /// - Returns: UTF-16 offsets into ``original``; an empty range maps to an empty range.
    public func originalUTF16Range(of range: Range<Int>) -> Range<Int> {
        let total = original.utf16.count
        guard !starts.isEmpty else { return total..<total }
        let lower = min(max(range.lowerBound, 0), starts.count)
        if range.isEmpty || lower == starts.count {
            let at = lower < starts.count ? Int(starts[lower]) : total
            return at..<at
        }
        let upper = min(range.upperBound, ends.count)
        return Int(starts[lower])..<max(Int(starts[lower]), Int(ends[upper - 1]))
    }

    /// The range of ``original`` that produced a range of ``text``.
    /// - Parameter range: a range of indices of ``text``.
    /// - Returns: the corresponding range of indices of ``original``.
    public func originalRange(of range: Range<String.Index>) -> Range<String.Index> {
        let lo = text.utf16.distance(from: text.startIndex, to: range.lowerBound)
        let hi = text.utf16.distance(from: text.startIndex, to: range.upperBound)
        let r = originalUTF16Range(of: lo..<hi)
        let u = original.utf16
        let a = u.index(u.startIndex, offsetBy: r.lowerBound)
        let b = u.index(u.startIndex, offsetBy: r.upperBound)
        return a..<b
    }

    // MARK: - Steps

    struct Unit: Hashable {
        var char: Character
        var start: Int
        var end: Int
    }

    static func cleanCharacters(_ original: String) -> [Unit] {
        var units: [Unit] = []
        units.reserveCapacity(original.utf16.count)
        var offset = 0
        for ch in original {
            let width = ch.utf16.count
            defer { offset += width }
            let mapped = VietnameseFolding.cleanCharacter(ch)
            for out in mapped { units.append(Unit(char: out, start: offset, end: offset + width)) }
        }
        return units
    }

    static func stripMarkdown(_ units: [Unit]) -> [Unit] {
        var result: [Unit] = []
        result.reserveCapacity(units.count)
        var lineStart = 0
        for i in 0...units.count where i == units.count || units[i].char == "\n" {
            let line = units[lineStart..<i]
            let drop = MarkdownDebris.markupOffsets(in: line.map(\.char))
            for (k, unit) in line.enumerated() where !drop.contains(k) { result.append(unit) }
            if i < units.count { result.append(units[i]) }
            lineStart = i + 1
        }
        return result
    }

    static func canonicalTones(_ units: [Unit]) -> [Unit] {
        var result: [Unit] = []
        result.reserveCapacity(units.count)
        var word: [Unit] = []
        func flush() {
            guard !word.isEmpty else { return }
            // Only a word ending in o/u + a toned a, e or y can change.
            guard word.count >= 2, ToneMarks.tonedEnds.contains(word[word.count - 1].char),
                "oOuU".contains(word[word.count - 2].char)
            else {
                result.append(contentsOf: word)
                word.removeAll(keepingCapacity: true)
                return
            }
            let canon = Array(ToneMarks.canonical(String(word.map(\.char))))
            if canon.count == word.count {
                for (unit, ch) in zip(word, canon) { result.append(Unit(char: ch, start: unit.start, end: unit.end)) }
            } else {
                let lo = word[0].start
                let hi = word[word.count - 1].end
                for ch in canon { result.append(Unit(char: ch, start: lo, end: hi)) }
            }
            word.removeAll(keepingCapacity: true)
        }
        for unit in units {
            if unit.char.isLetter {
                word.append(unit)
            } else {
                flush()
                result.append(unit)
            }
        }
        flush()
        return result
    }

    /// "4039/STC-⏎HCSN" → "4039/STC-HCSN" (a code: newline dropped, hyphen kept);
    /// "phư-⏎ơng" → "phương" (lowercase on both sides: both dropped). Anything else is kept.
    static func joinHyphenation(_ units: [Unit]) -> [Unit] {
        var result: [Unit] = []
        result.reserveCapacity(units.count)
        var i = 0
        while i < units.count {
            let unit = units[i]
            if unit.char == "-", i >= 1, i + 2 < units.count, units[i + 1].char == "\n",
                units[i - 1].char.isLetter || units[i - 1].char.isNumber
            {
                let next = units[i + 2].char
                var tokenStart = i - 1
                while tokenStart > 0, !units[tokenStart - 1].char.isWhitespace { tokenStart -= 1 }
                let token = units[tokenStart..<i].map(\.char)
                // A code: has a digit or a slash ("38/TTr-"), or is all capitals ("STC-").
                let codeLike = token.contains { $0.isNumber || $0 == "/" } || token.allSatisfy { !$0.isLetter || $0.isUppercase }
                if codeLike, next.isUppercase || next.isNumber {
                    result.append(unit)
                    i += 2
                    continue
                }
                if units[i - 1].char.isLowercase, next.isLowercase, !codeLike {
                    i += 2
                    continue
                }
            }
            result.append(unit)
            i += 1
        }
        return result
    }
}
