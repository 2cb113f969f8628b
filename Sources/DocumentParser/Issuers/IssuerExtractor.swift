import VietnameseText

/// Finds the issuing body in the left header column, whatever the reading order of the columns.
///
/// The quốc hiệu ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") and the motto ("Độc lập - Tự do - Hạnh
/// phúc") are cut out of each line, separator rules dropped, and what remains in capitals is split
/// into organs: a line that starts with an organ word ("ỦY BAN", "SỞ", "TRƯỜNG") starts a new one,
/// any other ("TỈNH QUẢNG NGÃI") continues the last. The last organ issues, the one before is its
/// parent.
enum IssuerExtractor {
    /// The issuer and parent, spelled in running-text form.
    struct Result: Sendable, Hashable {
        var issuer: String?
        var parent: String?
    }

    /// Whether a folded line carries the quốc hiệu or the motto (or the Party's "ĐẢNG CỘNG SẢN VIỆT NAM").
    static func isNationalLine(_ line: TextLine) -> Bool {
        nationalSpans(line).isEmpty == false
    }

    /// Character ranges of the quốc hiệu and the motto in a line.
    static func nationalSpans(_ line: TextLine) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        let pairs: [(String, String)] = [
            ("cong hoa", "viet nam"), ("xa hoi chu nghia", "viet nam"), ("doc lap", "hanh phuc"), ("dang cong san", "viet nam"),
            // A youth union writes its own heading where the state writes the quốc hiệu.
            ("doan thanh nien cong san", "ho chi minh"), ("doan tncs", "ho chi minh"),
        ]
        for (index, (start, end)) in pairs.enumerated() {
            guard let a = line.find(start) else { continue }
            if spans.contains(where: { $0.contains(a) }) { continue }
            let e = line.find(end, from: a).map { $0 + end.count } ?? line.chars.count
            // The youth union's heading is printed in capitals; "Đoàn TNCS Hồ Chí Minh" in a
            // sentence is a name.
            if index >= 4 {
                let letters = line.chars[a..<min(e, line.chars.count)].filter(\.isLetter)
                guard 10 * letters.filter(\.isUppercase).count >= 8 * letters.count else { continue }
            }
            spans.append(a..<e)
        }
        return spans
    }

    /// The organ text left on a header line once the national parts are removed, or `nil` when
    /// what is left is not an organ line (lowercase, garbage, a rule).
    static func organText(_ line: TextLine) -> String? {
        var keep = [Bool](repeating: true, count: line.chars.count)
        for span in nationalSpans(line) { for k in span where k < keep.count { keep[k] = false } }
        // OCR debris between the words ("ỦYBANNHÂNDÂN ` ˆ~"): tokens without a Latin letter or digit.
        let text = String(zip(line.chars, keep).filter(\.1).map(\.0)).split(whereSeparator: \.isWhitespace)
            .filter { $0.unicodeScalars.contains(where: isLatinLetterOrDigit) }.joined(separator: " ")
        let trimmed = text.trimmingCharacters(in: " -_—.,;:*'\"")
        let letters = trimmed.filter(\.isLetter)
        guard letters.count >= 3 else { return nil }
        let upper = letters.filter(\.isUppercase).count
        guard Double(upper) / Double(letters.count) >= 0.8 else { return nil }
        let f = VietnameseFolding.fold(trimmed)
        if f.contains("trung tam cong bao") || f.contains("ban hanh kem theo") { return nil }
        return trimmed
    }

    /// A digit or a letter of the Latin ranges Vietnamese is written in.
    private static func isLatinLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x30 && v <= 0x39) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A)
            || (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7) || (v >= 0x1E00 && v <= 0x1EFF)
    }

    /// Whether an organ line starts a new organ rather than continuing the last.
    static func startsOrgan(_ text: String) -> Bool {
        let raw = text.split(separator: " ").map(String.init)
        let words = raw.map { VietnameseFolding.fold($0) }
        if let first = words.first, OrganName.abbreviations[first] != nil || OrganName.mergedPrefixes[first] != nil { return true }
        if let (prefix, _) = OrganName.match(OrganName.preparedPrefixes, in: words, at: 0), !OrganName.printedOtherwise(prefix, raw[...]) {
            return true
        }
        if OrganName.match(OrganName.preparedOffices, in: words, at: 0) != nil { return true }
        // An organ of the national list ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM"), or a title OCR garbled
        // before an organ ("HIỂU TRU ỨỞNG TRƯỜNG …"): only lines in capitals are looked at so.
        guard let first = raw.first?.first(where: \.isLetter), first.isUppercase, raw.first?.contains(where: \.isLowercase) == false
        else { return false }
        return OrganNames.exact(raw, at: 0) != nil || OfficeTitle.beforeOrgan(raw) != nil
    }

    /// Splits organ lines into organs and spells the last two.
    static func extract(organLines: [String], spelling: OrganName) -> Result {
        var organs: [String] = []
        for text in organLines {
            if organs.isEmpty || startsOrgan(text) { organs.append(text) } else { organs[organs.count - 1] += " " + text }
        }
        guard let last = organs.last else { return Result() }
        let parent = organs.count >= 2 ? organs[organs.count - 2] : nil
        return Result(issuer: spelling.spell(last), parent: parent.map(spelling.spell))
    }

    /// The header's organ lines: from just above the quốc hiệu (or the number line) down to the
    /// number line, in reading order.
    static func organLines(in lines: [TextLine], nationalLine: Int?, numberLine: Int?) -> [String] {
        // Columns read one after the other put the whole left column — organs, number, V/v —
        // before the quốc hiệu: the organs then sit above the number line.
        let numberFirst = numberLine.map { n in nationalLine.map { $0 > n } ?? false } ?? false
        guard let anchor = numberFirst ? numberLine : (nationalLine ?? numberLine) else { return [] }
        let end = numberLine ?? min(lines.count, anchor + 5)
        var start = anchor
        // Organ lines printed above the national line (columns read one after the other).
        var k = anchor - 1
        var seen = 0
        while k >= 0, seen < 3 {
            if lines[k].isBlank {
                k -= 1
                continue
            }
            guard organText(lines[k]) != nil, !isNationalLine(lines[k]) else { break }
            start = k
            seen += 1
            k -= 1
        }
        var result: [String] = []
        for i in start..<max(start, end) {
            if DocumentKinds.name(forTitleLetters: lines[i].foldedLetters) != nil { break }
            if let t = organText(lines[i]), MarksExtractor.marks(in: lines[i]).isEmpty { result.append(t) }
        }
        return result
    }
}
