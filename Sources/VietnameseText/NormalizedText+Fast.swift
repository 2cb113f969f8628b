extension NormalizedText {
    /// The normalised text alone — what `NormalizedText(original, options:).text` gives — without
    /// the offset map, for callers that never point back at the original.
    ///
    /// Most text needs no character-level work: it is read scalar by scalar, and only text with
    /// combining marks (NFD), an old-style tone placement ("hoà", "thuỷ") or a line-break hyphen
    /// takes the full path; a line with markdown markers is stripped, then read scalar by scalar.
    /// - Parameters:
    ///   - original: the text to normalise.
    ///   - options: which optional steps to apply; all by default.
    /// - Returns: the normalised text.
    public static func normalizedString(_ original: String, options: NormalizationOptions = .all) -> String {
        guard !options.joinHyphenatedLines else { return fastOrFull(original, options: options) }
        return normalizedLines(original, options: options).joined(separator: "\n")
    }

    /// The normalised text's lines: `normalizedString(original, options:)` split at its line feeds.
    ///
    /// Every step but hyphen joining is local to a line, so each line is normalised on its own: a
    /// line that needs the full path ("# tgía", "KHÁNH HOÀ") does not drag the rest of the page
    /// with it.
    /// - Parameters:
    ///   - original: the text to normalise.
    ///   - options: which optional steps to apply; `joinHyphenatedLines` must be off.
    /// - Returns: the lines, without their line breaks.
    public static func normalizedLines(_ original: String, options: NormalizationOptions) -> [String] {
        guard !options.joinHyphenatedLines else {
            return fastOrFull(original, options: options).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        // Split on the byte: a line feed is always a character of its own, except in "\r\n",
        // whose "\r" is dropped here as below.
        var raws: [String] = []
        var hasCarriageReturn = false
        var copy = original
        copy.withUTF8 { bytes in
            hasCarriageReturn = bytes.contains(0x0D)
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
                var end = i
                if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                raws.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                start = i + 1
            }
        }
        guard hasCarriageReturn else { return raws.map { normalizedLine($0, options: options) } }
        var lines: [String] = []
        for text in raws {
            let line = normalizedLine(text, options: options)
            // A lone "\r" inside the line is a line break of its own.
            if text.utf8.contains(0x0D) {
                lines.append(contentsOf: line.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
            } else {
                lines.append(line)
            }
        }
        return lines
    }

    /// One line (no line feed) normalised: scalar by scalar where possible.
    private static func normalizedLine(_ line: String, options: NormalizationOptions) -> String {
        switch fast(line, options: options) {
        case .done(let text):
            return text
        case .markdown where options.stripMarkdown && !line.unicodeScalars.contains(where: Self.changesSpacing):
            // Markdown only looks at "#", "*", "~", "_", ">" and spaces, which the clean-up leaves
            // alone here: strip it first, then the rest scalar by scalar.
            var rest = options
            rest.stripMarkdown = false
            if case .done(let text) = fast(MarkdownDebris.strip(line), options: rest) { return text }
            return NormalizedText(line, options: options).text
        default:
            return NormalizedText(line, options: options).text
        }
    }

    /// Scalars the clean-up turns into a space or drops (so markdown would see other spaces).
    private static func changesSpacing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00A0, 0x2007, 0x202F, 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0x0D:
            return true
        default: return scalar.value >= 0x0300 && scalar.value <= 0x036F
        }
    }

    /// The scalar-by-scalar path, or the full one when the text needs it.
    private static func fastOrFull(_ original: String, options: NormalizationOptions) -> String {
        if case .done(let text) = fast(original, options: options) { return text }
        return NormalizedText(original, options: options).text
    }

    /// What the scalar-by-scalar path made of a text.
    private enum FastResult {
        /// The normalised text.
        case done(String)
        /// The text holds markdown markers.
        case markdown
        /// The text needs the full path for another reason.
        case full
    }

    /// Normalises scalar by scalar; says when the text needs more.
    private static func fast(_ original: String, options: NormalizationOptions) -> FastResult {
        var out: [UInt8] = []
        out.reserveCapacity(original.utf8.count)
        var previous: Unicode.Scalar = " "
        var beforePrevious: Unicode.Scalar = " "
        var pendingToneCheck = false
        var skipNewline = false
        var pendingSpaces = 0  // markdown's hard break: spaces ending a line are dropped
        func emit(_ s: Unicode.Scalar) {
            if s == " ", options.stripMarkdown {
                pendingSpaces += 1
                return
            }
            if s != "\n" { for _ in 0..<pendingSpaces { out.append(0x20) } }
            pendingSpaces = 0
            let v = s.value
            if v < 0x80 {
                out.append(UInt8(v))
            } else if v < 0x800 {
                out.append(UInt8(0xC0 | (v >> 6)))
                out.append(UInt8(0x80 | (v & 0x3F)))
            } else {
                // Only scalars below U+2C00 get here.
                out.append(UInt8(0xE0 | (v >> 12)))
                out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
        for scalar in original.unicodeScalars {
            let v = scalar.value
            if pendingToneCheck {
                // A toned a/e/y ending a word after o/u (not "qu"): the tone may move.
                if !(scalar.properties.isAlphabetic) { return .full }
                pendingToneCheck = false
            }
            if (0x0300...0x036F).contains(v) { return .full }
            if options.stripMarkdown {
                // What MarkdownDebris would touch: "*", doubled "~~" or "__", "#" and "> ".
                if scalar == "*" || scalar == "#" || scalar == ">" { return .markdown }
                if (scalar == "~" || scalar == "_") && previous == scalar { return .markdown }
            }
            if options.joinHyphenatedLines, scalar == "\n" || scalar == "\r", previous == "-" { return .full }
            if options.canonicalTones, v >= 0xC0, previous == "o" || previous == "O" || previous == "u" || previous == "U",
                Self.tonedEndScalars.contains(v),
                !((previous == "u" || previous == "U") && (beforePrevious == "q" || beforePrevious == "Q"))
            {
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
            case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: break
            case 0x00A0, 0x2007, 0x202F: emit(" ")
            default:
                guard v < 0x0300 || (0x1E00...0x1EFF).contains(v) || (0x2000...0x2BFF).contains(v) else { return .full }
                emit(scalar)
            }
            beforePrevious = previous
            previous = scalar
        }
        if pendingToneCheck { return .full }
        return .done(String(decoding: out, as: UTF8.self))
    }

    /// Precomposed a, e and y with a tone mark (the vowels whose tone the old placement puts last).
    static let tonedEndScalars: Set<UInt32> = Set("àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ".unicodeScalars.map(\.value))
}
