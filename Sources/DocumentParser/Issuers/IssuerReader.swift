/// Reads the issuing body after "của" ("... của Ủy ban nhân dân Quận 6 về ...") or before "tại"
/// ("đề nghị của Sở Tài chính tại Công văn số ..."), and expands it the way the truth files write
/// issuers: "UBND tỉnh" → "Ủy ban nhân dân tỉnh Quảng Ngãi" when the document's own place names the
/// province, "HĐND" → "Hội đồng nhân dân".
struct IssuerReader: Sendable {
    let text: ScannedText
    /// The document's locality, to complete "tỉnh", "quận", ... ("Quảng Ngãi", "Quận 6").
    let locality: Locality

    /// Where the document is: its province and district as its place line names them.
    struct Locality: Sendable, Hashable {
        var province: String?
        var district: String?
    }

    /// Lowercase words that end an issuer phrase (a verb or preposition after the body's name).
    private static let stopWords: Set<String> = [
        "về", "phê", "sửa", "hướng", "triển", "tại", "giao", "đã", "theo", "cho", "để", "thì", "việc", "trên",
        "với", "nhằm", "đến", "tiếp", "chấp", "ngày", "số", "ký", "gửi", "thực", "bãi", "áp", "kèm", "đang",
        "trình", "xin", "năm", "được", "là", "có", "nay", "này", "gắn", "thuộc", "từ", "trong", "khi", "nêu",
        "như", "vào", "mà", "cụ", "phân", "điều", "giải", "hỗ", "tổ", "quản", "ban hành", "quy định", "đồng ý",
        "vẻ", "vê", "vè", "của", "hoặc", "thông qua", "công bố", "chỉ đạo", "yêu", "đề", "hợp", "tham", "thẩm", "thâm",
    ]

    /// Reads an issuer phrase starting at `index`.
    /// - Returns: the expanded issuer and the offset after the phrase, or `nil` when no body's name starts there.
    func read(from index: Int) -> (issuer: String, end: Int)? {
        var j = text.skipSpaces(index)
        guard j < text.count, ScannedText.isLetter(text.scalars[j]), ScannedText.isUpper(text.scalars[j]) else { return nil }
        let start = j
        var end = j
        var words = 0
        while words < 14 {
            j = text.skipSpaces(end)
            guard j < text.count, !text.scalars[end..<j].contains(ScannedText.paragraphBreak) else { break }
            let s = text.scalars[j]
            if ScannedText.isDigit(s) {
                // "Quận 6", "Phường 12".
                guard let previous = text.previousWord(before: j), ["quan", "phuong"].contains(previous.folded),
                    let number = text.integer(at: j, maxDigits: 3)
                else { break }
                end = number.end
                words += 1
                continue
            }
            guard ScannedText.isLetter(s) else { break }
            let wordEnd = text.wordEnd(from: j)
            let word = lower(j..<wordEnd)
            if word == "kính" || word == "nơi" { break }
            if !ScannedText.isUpper(s) {
                let next = text.nextWord(from: wordEnd).map { lower($0.range) } ?? ""
                if Self.stopWords.contains(word) || Self.stopWords.contains(word + " " + next) { break }
                if word == "và" {
                    // "và Chỉ thị số ...", "và ý kiến ..." end the phrase; "và Đào tạo" continues it.
                    guard let nextWord = text.nextWord(from: wordEnd), ScannedText.isUpper(text.scalars[nextWord.range.lowerBound]) else { break }
                    let ahead = forwardFolded(from: nextWord.range.lowerBound, count: 4)
                    if DocumentTypeWords.startsPhrase(ahead) || ahead.first == "so" || ahead.first == "cac" { break }
                }
                if word == "dự", next != "án" { break }
            } else if words > 0 {
                // A capitalised type word starts the next citation ("..., Quyết định số").
                let ahead = forwardFolded(from: j, count: 4)
                if DocumentTypeWords.startsPhrase(ahead), ahead.count >= 3, ahead.contains("so") || ahead.first == "luat" { break }
            }
            end = wordEnd
            words += 1
        }
        guard end > start else { return nil }
        var issuer = text.text(start..<end)
        // Trailing connectors left by the stop rules.
        for tail in [" và", " của", " các"] where issuer.hasSuffix(tail) { issuer.removeLast(tail.count) }
        // "Giám đốc Sở Tài chính tại Công văn ...": the Sở issues the letter.
        for title in ["Giám đốc ", "Thủ trưởng "] where issuer.hasPrefix(title) && issuer.count > title.count + 3 {
            issuer.removeFirst(title.count)
        }
        return (expand(issuer), end)
    }

    /// Expands abbreviations and completes a bare "tỉnh" or "quận" with the document's locality.
    func expand(_ issuer: String) -> String {
        var words = issuer.split(separator: " ").map(String.init)
        var out: [String] = []
        for word in words {
            switch ScannedText.foldString(word) {
            case "ubnd": out += ["Ủy", "ban", "nhân", "dân"]
            case "hdnd", "hddnd": out += ["Hội", "đồng", "nhân", "dân"]
            case "ubmttq": out += ["Ủy", "ban", "Mặt", "trận", "Tổ", "quốc"]
            case "uy" where word.unicodeScalars.contains("\u{1EF7}") || word.unicodeScalars.contains("\u{1EF6}"):
                // Old tone placement "Uỷ" → "Ủy".
                out.append(ScannedText.isUpper(word.unicodeScalars.first ?? "u") ? "Ủy" : "ủy")
            default: out.append(word)
            }
        }
        words = Self.repairWords(out)
        if let last = words.last?.lowercased() {
            let lastTwo = words.count >= 2 ? words[words.count - 2].lowercased() + " " + last : ""
            if last == "tỉnh" || lastTwo == "thành phố", let province = locality.province {
                // "UBND tỉnh" / "UBND thành phố" of a provincial document: its own province or city.
                words.append(province)
            } else if last == "ủy", words.count >= 2, words[words.count - 2].lowercased() == "tỉnh", let province = locality.province {
                words.append(province)
            } else if ["quận", "huyện", "thị xã"].contains(last), let district = locality.district,
                district.lowercased().hasPrefix(last)
            {
                words.removeLast()
                words.append(district)
            }
        }
        return words.joined(separator: " ")
    }

    /// Common two-word parts of bodies' names, by folded form: OCR slips on their marks
    /// ("Hội đông", "Chính phú") are repaired to these spellings.
    private static let knownPairs: [String: (String, String)] = [
        "hoi dong": ("hội", "đồng"), "chinh phu": ("chính", "phủ"), "nhan dan": ("nhân", "dân"), "uy ban": ("ủy", "ban"),
        "thu tuong": ("thủ", "tướng"), "quoc hoi": ("quốc", "hội"), "tinh uy": ("tỉnh", "ủy"), "thuong truc": ("thường", "trực"),
        "tai chinh": ("tài", "chính"), "tu phap": ("tư", "pháp"), "chu tich": ("chủ", "tịch"), "quan uy": ("quận", "ủy"),
        "thuong vu": ("thường", "vụ"), "chinh tri": ("chính", "trị"), "bi thu": ("bí", "thư"), "noi vu": ("nội", "vụ"),
    ]

    /// Repairs OCR'd marks in known two-word parts, keeping each word's capitalisation.
    private static func repairWords(_ words: [String]) -> [String] {
        var out = words
        let folded = words.map(ScannedText.foldString)
        var i = 0
        while i + 1 < out.count {
            let key = folded[i] + " " + folded[i + 1]
            if let (a, b) = knownPairs[key] {
                out[i] = recase(a, like: out[i])
                out[i + 1] = recase(b, like: out[i + 1])
                i += 2
            } else {
                i += 1
            }
        }
        return out
    }

    private static func recase(_ word: String, like model: String) -> String {
        guard let first = model.first, first.isUppercase else { return word }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    /// The issuer written just before "tại" or "(đã) ban hành" that precedes a type word at `typeStart`
    /// ("đề nghị của Giám đốc Sở Tài chính tại Công văn số ...", "UBND tỉnh đã ban hành Công văn số ...").
    func readBefore(typeStart: Int) -> String? {
        var j = typeStart
        if let w = text.previousWord(before: j), w.folded == "cac" { j = w.range.lowerBound }
        guard let marker = text.previousWord(before: j) else { return nil }
        var phraseEnd: Int
        if marker.folded == "tai" {
            phraseEnd = marker.range.lowerBound
        } else if marker.folded == "hanh", let ban = text.previousWord(before: marker.range.lowerBound), ban.folded == "ban" {
            phraseEnd = ban.range.lowerBound
            if let da = text.previousWord(before: phraseEnd), da.folded == "da" { phraseEnd = da.range.lowerBound }
        } else {
            return nil
        }
        return phrase(endingAt: phraseEnd)
    }

    /// The issuer of an earlier "của X tại" in the same clause, when other instruments stand between
    /// ("đề nghị của Giám đốc Ban Quản lý ... tại Đơn xin ... ngày 13/12/2024, Tờ trình số 1420/...").
    func readBeforeEarlierTai(typeStart: Int) -> String? {
        var j = typeStart
        let limit = max(0, typeStart - 300)
        while j > limit {
            let s = text.scalars[j - 1]
            if s == ";" || s == ScannedText.paragraphBreak || (s == "." && j < text.count && ScannedText.isSpace(text.scalars[j])) { return nil }
            if s == "i" || s == "I", text.isWordStart(j - 3) || text.isWordStart(j - 2),
                let w = text.previousWord(before: j), w.range.upperBound == j, w.folded == "tai",
                let cua = issuerMarkerHasCua(before: w.range.lowerBound), cua
            {
                return phrase(endingAt: w.range.lowerBound)
            }
            j -= 1
        }
        return nil
    }

    /// Whether "của" precedes the phrase ending at `index` within twelve words.
    private func issuerMarkerHasCua(before index: Int) -> Bool? {
        var k = index
        for _ in 0..<16 {
            guard let w = text.previousWord(before: k) else { return false }
            if w.folded == "cua" { return true }
            k = w.range.lowerBound
        }
        return false
    }

    /// The body's name that ends at `phraseEnd`, read back to "của" or a clause boundary.
    private func phrase(endingAt phraseEnd: Int) -> String? {
        // Walk back to "của" or a clause boundary, at most 12 words.
        var k = text.skipSpacesBack(phraseEnd)
        var start = k
        var words = 0
        while k > 0, words < 16 {
            let s = text.scalars[k - 1]
            if ScannedText.isSpace(s) {
                k -= 1
                continue
            }
            if ScannedText.isDigit(s) {
                k -= 1
                continue
            }
            guard ScannedText.isLetter(s) else { break }
            let wordStart = text.wordStart(before: k)
            let folded = text.folded(wordStart..<k)
            if folded == "cua" { break }
            start = wordStart
            k = wordStart
            words += 1
        }
        // "gửi Sở Tư pháp thẩm định tại ...": the body's name starts at its first capital.
        while start < phraseEnd, !(ScannedText.isLetter(text.scalars[start]) && ScannedText.isUpper(text.scalars[start])) { start += 1 }
        guard start < phraseEnd, text.isWordStart(start), let read = read(from: start), read.end <= phraseEnd + 1 else { return nil }
        return read.issuer
    }

    /// Folded words ahead of `index`.
    private func forwardFolded(from index: Int, count: Int) -> [String] {
        var out: [String] = []
        var j = index
        while out.count < count, let word = text.nextWord(from: j) {
            out.append(word.folded)
            j = word.range.upperBound
        }
        return out
    }

    /// The lowercase unified text of a word.
    private func lower(_ range: Range<Int>) -> String {
        ScannedText.string(text.scalars[range]).lowercased()
    }
}
