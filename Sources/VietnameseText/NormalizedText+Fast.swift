extension NormalizedText {
    /// The normalised text alone — what `NormalizedText(original, options:).text` gives — without
    /// the offset map, for callers that never point back at the original.
    ///
    /// Most text needs no character-level work: it is read scalar by scalar, and only text with
    /// combining marks (NFD), markdown markers, an old-style tone placement ("hoà", "thuỷ") or a
    /// line-break hyphen takes the full path.
    /// - Parameters:
    ///   - original: the text to normalise.
    ///   - options: which optional steps to apply; all by default.
    /// - Returns: the normalised text.
    public static func normalizedString(_ original: String, options: NormalizationOptions = .all) -> String {
        guard !options.joinHyphenatedLines else { return fastOrFull(original, options: options) }
        // Without hyphen joining every step is local to a line: a line that needs the full path
        // ("# tgía", "KHÁNH HOÀ") does not drag the rest of the page with it.
        var lines: [String] = []
        // Split on the byte: a line feed is always a character of its own, except in "\r\n",
        // whose "\r" is dropped here as below.
        for bytes in original.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let line = Substring(bytes)
            let text = line.last == "\r" ? line.dropLast() : line
            lines.append(fastOrFull(String(text), options: options))
        }
        return lines.joined(separator: "\n")
    }

    /// The scalar-by-scalar path, or the full one when the text needs it.
    private static func fastOrFull(_ original: String, options: NormalizationOptions) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(original.utf8.count)
        var previous: Unicode.Scalar = " "
        var beforePrevious: Unicode.Scalar = " "
        var pendingToneCheck = false
        var skipNewline = false
        var pendingSpaces = 0  // markdown's hard break: spaces ending a line are dropped
        func slow() -> String { NormalizedText(original, options: options).text }
        func emit(_ s: Unicode.Scalar) {
            if s == " ", options.stripMarkdown {
                pendingSpaces += 1
                return
            }
            if s != "\n" { for _ in 0..<pendingSpaces { out.append(0x20) } }
            pendingSpaces = 0
            if s.isASCII {
                out.append(UInt8(s.value))
            } else {
                out.append(contentsOf: s.utf8)
            }
        }
        for scalar in original.unicodeScalars {
            let v = scalar.value
            if pendingToneCheck {
                // A toned a/e/y ending a word after o/u (not "qu"): the tone may move.
                if !(scalar.properties.isAlphabetic) { return slow() }
                pendingToneCheck = false
            }
            if (0x0300...0x036F).contains(v) { return slow() }
            if options.stripMarkdown {
                // What MarkdownDebris would touch: "*", doubled "~~" or "__", "#" and "> ".
                if scalar == "*" || scalar == "#" || scalar == ">" { return slow() }
                if (scalar == "~" || scalar == "_") && previous == scalar { return slow() }
            }
            if options.joinHyphenatedLines, scalar == "\n" || scalar == "\r", previous == "-" { return slow() }
            if options.canonicalTones, v >= 0xC0, previous == "o" || previous == "O" || previous == "u" || previous == "U", Self.tonedEndScalars.contains(v),
               !((previous == "u" || previous == "U") && (beforePrevious == "q" || beforePrevious == "Q")) {
                pendingToneCheck = true
            }
            if skipNewline {
                skipNewline = false
                if scalar == "\n" { continue }
            }
            switch v {
            case 0x0D:
                emit("\n")
                skipNewline = true
            case 0x00D0: emit("Đ")
            case 0x00F0: emit("đ")
            case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: emit("-")
            case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: break
            case 0x00A0, 0x2007, 0x202F: emit(" ")
            default:
                guard v < 0x0300 || (0x1E00...0x1EFF).contains(v) || (0x2000...0x2BFF).contains(v) else { return slow() }
                emit(scalar)
            }
            beforePrevious = previous
            previous = scalar
        }
        if pendingToneCheck { return slow() }
        return String(decoding: out, as: UTF8.self)
    }

    /// Precomposed a, e and y with a tone mark (the vowels whose tone the old placement puts last).
    static let tonedEndScalars: Set<UInt32> = Set("àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ".unicodeScalars.map(\.value))
}
