import VietnameseText

/// Reads the trích yếu: the lines under the type line ("KẾ HOẠCH" / "Triển khai thực hiện …"), or
/// the "V/v …" lines under a công văn's number, up to "Kính gửi", "Căn cứ", the authority line or
/// the body.
enum SubjectExtractor {
    /// Openings that end the subject: the body has begun.
    static let stops = [
        "kinh gui", "can cu", "xet de nghi", "xet to trinh", "noi nhan", "dieu 1", "quyet dinh:", "quyet nghi",
    ]

    /// Openings that end the subject once it has begun (a subject may itself start with them).
    static let laterStops = ["thuc hien", "theo de nghi", "tren co so", "theo chi dao"]

    /// Openings stripped from the subject.
    static let leads = ["v/v", "v/y", "w/v", "về việc", "ve viec", "và việc", "v.v"]

    /// The subject starting at `start` (the line after the type line, or the V/v line).
    /// - Returns: the subject, and the index of the line after it.
    static func extract(_ lines: [TextLine], from start: Int, limit: Int = 8) -> (String?, Int) {
        var parts: [String] = []
        var i = start
        // Skip blank lines before the subject.
        while i < lines.count, lines[i].isBlank { i += 1 }
        while i < lines.count, parts.count < limit {
            let line = lines[i]
            if line.isBlank {
                guard let next = lines[(i + 1)...].prefix(3).firstIndex(where: { !$0.isBlank }) else { break }
                let first = lines[next].chars.first(where: { $0.isLetter || $0 == "(" })
                guard !parts.isEmpty, let f = first, f.isLowercase || f == "(" else { break }
                i = next
                continue
            }
            if isStop(line, started: !parts.isEmpty) { break }
            if !parts.isEmpty, line.uppercaseShare > 0.8, IssuerExtractor.startsOrgan(line.text) { break }
            // A line in capitals after a subject in sentence case is the authority line, even
            // when OCR garbled its title ("HIỂU TRU ỨỞNG TRƯỜNG ĐẠI HỌC ĐẠI NAM").
            if !parts.isEmpty, line.uppercaseShare > 0.8, line.text.split(separator: " ").count >= 3,
                parts.joined().contains(where: \.isLowercase), !(parts.last?.hasSuffix(",") ?? false)
            {
                break
            }
            if !parts.isEmpty, line.chars.count > 95 { break }
            var text = line.text
            if let cut = line.find("kinh gui"), cut > 0 { text = line.slice(0, cut) }
            if let cut = placeAndDateStart(line) { text = line.slice(0, cut) }
            parts.append(text)
            i += 1
        }
        let subject = clean(parts.joined(separator: " "))
        return (subject.isEmpty ? nil : subject, i)
    }

    /// Where "Quảng Ngãi, ngày … tháng … năm …" starts when the other column shares the line.
    static func placeAndDateStart(_ line: TextLine) -> Int? {
        guard let reading = IssueDateParser.parse(line) else { return nil }
        return reading.placeOffset
    }

    static func isStop(_ line: TextLine, started: Bool) -> Bool {
        var f = line.fold
        while let c = f.first, !c.isLetter { f.removeFirst() }
        if stops.contains(where: { f.hasPrefix($0) }) { return true }
        if started, laterStops.contains(where: { f.hasPrefix($0) }) { return true }
        // "1. …", "I. …": a numbered section.
        if let dot = f.firstIndex(of: "."), f.distance(from: f.startIndex, to: dot) <= 4,
            f[..<dot].allSatisfy({ $0.isNumber || "ivx".contains($0) }), f.first.map({ $0.isNumber || "ivx".contains($0) }) ?? false
        {
            return true
        }
        return false
    }

    /// A token no subject starts with: fewer than two letters (not a number), a symbol, or
    /// letters and digits mixed ("k4").
    static func isDebris(_ token: Substring) -> Bool {
        let letters = token.filter(\.isLetter).count
        let digits = token.filter(\.isNumber).count
        let symbols = token.filter { !$0.isLetter && !$0.isNumber && !"()\"'“”-/.,:;".contains($0) }.count
        if symbols > 0 { return true }
        if letters > 0 && digits > 0 { return true }
        return letters < 2 && digits == 0
    }

    /// Joins, drops "V/v" / "Về việc", capitalises the first letter, trims end punctuation.
    static func clean(_ raw: String) -> String {
        var s = raw.collapsingSpaces()
        // OCR debris of a seal or a speck before the subject ("^ .^A ,À k4 £ Về việc …"): leading
        // debris tokens, and whatever stands before "Về việc" when debris is among it.
        var tokens = s.split(separator: " ")
        while tokens.count > 1, let first = tokens.first, isDebris(first) { tokens.removeFirst() }
        let folded = tokens.map { VietnameseFolding.fold(String($0)) }
        if let lead = (1..<min(12, max(1, folded.count))).first(where: { i in
            (folded[i] == "ve" && i + 1 < folded.count && folded[i + 1] == "viec") || folded[i] == "v/v"
        }), tokens[..<lead].contains(where: isDebris) {
            tokens.removeFirst(lead)
        }
        s = tokens.joined(separator: " ")
        let f = VietnameseFolding.fold(s)
        for lead in leads {
            let l = VietnameseFolding.fold(lead)
            if f.hasPrefix(l) {
                s = String(s.dropFirst(lead.count)).trimmingCharacters(in: " :.-")
                break
            }
        }
        s = s.trimmingCharacters(in: " .;,")
        if let first = s.first, first.isLowercase { s = first.uppercased() + s.dropFirst() }
        return s
    }
}
