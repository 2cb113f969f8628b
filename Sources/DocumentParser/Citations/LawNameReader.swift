/// Reads instruments cited by name only: "Luật Ngân sách nhà nước ngày 25/6/2015", "Luật thực hiện
/// dân chủ ở cơ sở", "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức
/// chính quyền địa phương ngày 22/11/2019", "Nghị quyết Đại hội Đảng bộ Quận lần thứ XII".
struct LawNameReader: Sendable {
    /// One name read in the text.
    struct Name: Sendable {
        var type: String
        /// "Luật Ngân sách nhà nước".
        var name: String
        /// Folded name without the type word, for deduplication and the table.
        var foldedName: String
        var date: String?
        var year: Int?
        /// Whether a "số NUMBER" follows: the numbered reading covers it.
        var numbered: Bool
        var start: Int
        var end: Int
    }

    let text: ScannedText

    /// Lowercase words (with their marks: "có" stops, "cơ" does not) that end a law's name.
    private static let stopWords: Set<String> = [
        "ngày", "số", "sô", "của", "nhằm", "được", "đã", "tại", "theo", "trong", "khi", "thì", "này", "nêu", "về",
        "để", "cho", "với", "có", "là", "và", "hiện", "quy", "ban", "năm", "đối", "lần", "nhiệm", "từ", "đến",
        "đang", "căn", "trên", "mà", "hoặc", "cùng", "còn", "sẽ", "phải", "sau", "trước", "vẻ", "vê",
    ]

    /// Lowercase words that may start a name ("Luật thực hiện dân chủ ở cơ sở", "Luật sửa đổi ...").
    private static let lowercaseStarts: Set<String> = ["thuc", "sua"]

    /// Lowercase words (folded) a congress's name may hold: "Nghị quyết Đại hội đại biểu Đảng bộ quận lần thứ XII".
    private static let congressWords: Set<String> = [
        "dang", "bo", "dai", "bieu", "hoi", "quan", "lan", "thu", "tinh", "thanh", "pho", "huyen", "toan", "quoc", "nhiem", "ky",
    ]

    /// Reads a name at `index`, which must hold the word "Luật" (or "Nghị quyết Đại hội").
    ///
    /// In phases, each handing the next a small value of offsets: `opening(at:)` reads the type
    /// word, `nameWords(after:)` walks the name's words, `runningToDate(from:)` lets a plain
    /// name run on to a date close behind it, and `suffix(after:)` reads the number, date or year
    /// that follows.
    func read(at index: Int) -> Name? {
        guard let opening = opening(at: index) else { return nil }
        if opening.type == "Hiến pháp" { return constitution(opening) }
        guard let walk = nameWords(after: opening) else { return nil }
        let end = walk.kind == .plain ? runningToDate(from: walk.end) : walk.end
        let foldedName = text.folded(opening.nameStart..<end)
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
        guard !foldedName.isEmpty else { return nil }
        var name = text.text(opening.start..<end)
        while let last = name.last, last == "," || last == ";" || last == " " { name.removeLast() }
        let suffix = suffix(after: end)
        return Name(
            type: opening.type,
            name: name,
            foldedName: foldedName,
            date: suffix.date,
            year: suffix.year,
            numbered: suffix.numbered,
            start: opening.start,
            end: suffix.end
        )
    }

    // MARK: Phase 1, the type word

    /// The type word that opens a name, as handed to the walk over the name's words.
    private struct Opening {
        /// "Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp", "Nghị quyết".
        var type: String
        /// Where the type word starts: the name's start.
        var start: Int
        /// Where the name's own words start: after the type word, or at "Đại hội" (which the
        /// folded name keeps).
        var nameStart: Int
        /// "Nghị quyết Đại hội ...": a congress, whose name holds its ordinal and term.
        var isCongress: Bool
    }

    /// Phase 1: the type word at `index` ("Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp", "Nghị quyết
    /// Đại hội"), capitalised; `nil` for anything else, and for "luật" inside "Bộ luật".
    private func opening(at index: Int) -> Opening? {
        guard let first = text.nextWord(from: index), first.range.lowerBound == index else { return nil }
        if first.folded == "luat" {
            guard ScannedText.isUpper(text.scalars[index]) else { return nil }
            if let before = text.previousWord(before: index), before.folded == "bo",
                ScannedText.isUpper(text.scalars[before.range.lowerBound])
            {
                return nil
            }  // read at "Bộ".
            return Opening(type: "Luật", start: index, nameStart: first.range.upperBound, isCongress: false)
        }
        if first.folded == "bo" || first.folded == "phap" || first.folded == "hien",
            let second = text.nextWord(from: first.range.upperBound), ScannedText.isUpper(text.scalars[index]),
            let title = ["bo luat": "Bộ luật", "phap lenh": "Pháp lệnh", "hien phap": "Hiến pháp"][first.folded + " " + second.folded]
        {
            // "Bộ luật Lao động", "Pháp lệnh Thi đua", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam".
            return Opening(type: title, start: index, nameStart: second.range.upperBound, isCongress: false)
        }
        if first.folded == "nghi", let second = text.nextWord(from: first.range.upperBound), second.folded == "quyet",
            let third = text.nextWord(from: second.range.upperBound), third.folded == "dai",
            let fourth = text.nextWord(from: third.range.upperBound), fourth.folded == "hoi",
            ScannedText.isUpper(text.scalars[third.range.lowerBound])
        {
            return Opening(type: "Nghị quyết", start: index, nameStart: third.range.lowerBound, isCongress: true)
        }
        return nil
    }

    /// "Hiến pháp ... ngày 28/11/2013": the constitution is read only with its date or year, and
    /// named by its type alone.
    private func constitution(_ opening: Opening) -> Name? {
        guard let date = namedDate(after: opening.nameStart, within: 14) else { return nil }
        return Name(
            type: opening.type,
            name: "Hiến pháp",
            foldedName: "hien phap",
            date: date.iso,
            year: date.year,
            numbered: false,
            start: opening.start,
            end: date.end
        )
    }

    // MARK: Phase 2, the name's words

    /// How a name's words are walked.
    private enum Kind {
        /// "Luật Ngân sách nhà nước": capitalised words, up to a stop word.
        case plain
        /// "Luật sửa đổi, bổ sung ...": runs over commas, figures and other laws' names to its date or year.
        case amending
        /// "Nghị quyết Đại hội Đảng bộ Quận 6 lần thứ XII": a congress's words and its district's number.
        case congress
    }

    /// The walk over a name's words, as one step hands it to the next.
    private struct Walk {
        var kind: Kind
        /// The end of the last word taken: the name's end so far.
        var end: Int
        /// Where the next word is sought (after a comma the name goes on past, it is past the comma).
        var next: Int
        /// Words taken, the head included.
        var words: Int

        /// Takes the text up to `end` as the name's next word.
        mutating func take(upTo end: Int) {
            self.end = end
            next = end
            words += 1
        }
    }

    /// Phase 2: the name's words after the type word, from a capitalised head (or "thực hiện",
    /// "sửa đổi") to a stop word, another type word or punctuation; at most 14 words, 70 for an
    /// amending law.
    private func nameWords(after opening: Opening) -> Walk? {
        guard let head = text.nextWord(from: opening.nameStart) else { return nil }
        var kind: Kind = opening.isCongress ? .congress : .plain
        if !ScannedText.isUpper(text.scalars[head.range.lowerBound]) {
            guard Self.lowercaseStarts.contains(head.folded) else { return nil }
            if head.folded == "sua" { kind = .amending }
        }
        var walk = Walk(kind: kind, end: head.range.upperBound, next: head.range.upperBound, words: 1)
        let limit = kind == .amending ? 70 : 14
        while walk.words < limit, step(&walk) {}
        return walk
    }

    /// One step of the walk: takes the next word, figures or comma, or returns `false` where the name ends.
    private func step(_ walk: inout Walk) -> Bool {
        let k = text.skipSpaces(walk.next)
        guard k < text.count else { return false }
        let s = text.scalars[k]
        if s == "," { return passesComma(at: k, &walk) }
        if ScannedText.isDigit(s) { return takesFigures(at: k, &walk) }
        guard ScannedText.isLetter(s) else { return false }
        return takesWord(at: k, &walk)
    }

    /// A comma inside a name: "Luật Phòng, chống tham nhũng", "Luật sửa đổi, bổ sung ..."; not the
    /// one between two laws ("Luật Đất đai số 31/..., Luật Nhà ở").
    private func passesComma(at k: Int, _ walk: inout Walk) -> Bool {
        guard let next = text.nextWord(from: k + 1) else { return false }
        let nextUpper = ScannedText.isUpper(text.scalars[next.range.lowerBound])
        guard walk.kind == .amending || (!nextUpper && walk.words <= 2 && !Self.stopWords.contains(next.folded)) else { return false }
        walk.next = k + 1
        return true
    }

    /// Figures inside a name: the amended laws' numbers in an amending law's name ("Luật Đất đai số
    /// 31/2024/QH15"), a district's number in a congress's ("Đảng bộ Quận 6").
    private func takesFigures(at k: Int, _ walk: inout Walk) -> Bool {
        switch walk.kind {
        case .plain:
            return false
        case .congress:
            guard let prev = text.previousWord(before: k), prev.folded == "quan" || prev.folded == "phuong",
                let number = text.integer(at: k, maxDigits: 3)
            else { return false }
            walk.take(upTo: number.end)
        case .amending:
            var m = k
            while m < text.count, !ScannedText.isSpace(text.scalars[m]), text.scalars[m] != ",", text.scalars[m] != ";" { m += 1 }
            walk.take(upTo: m)
        }
        return true
    }

    /// A word: taken unless it ends the name of this kind.
    private func takesWord(at k: Int, _ walk: inout Walk) -> Bool {
        let wordEnd = text.wordEnd(from: k)
        let folded = text.folded(k..<wordEnd)
        let upper = ScannedText.isUpper(text.scalars[k])
        switch walk.kind {
        case .amending:
            // An amending law's name runs to its date or year.
            if folded == "ngay" { return false }
            let after = text.skipSpaces(wordEnd)
            if folded == "nam", after < text.count, ScannedText.isDigit(text.scalars[after]) { return false }
            if folded == "so", walk.words < 4 { return false }
        case .congress:
            if !upper, !Self.congressWords.contains(folded) { return false }
            if folded == "nhiem" { return false }
        case .plain:
            if !upper, Self.stopWords.contains(lowercased(k..<wordEnd)) {
                // "Luật Ban hành văn bản quy phạm pháp luật": "ban", "quy" stop only as "ban hành"/"quy định" after the head.
                let next = text.nextWord(from: wordEnd)?.folded ?? ""
                let soft =
                    (folded == "quy" && next != "dinh") || (folded == "hien" && next != "hanh")
                    || (folded == "ban" && next != "hanh")
                if !soft { return false }
            } else if upper, walk.words >= 1, DocumentTypeWords.startsPhrase([folded]) || folded == "luat" {
                return false
            }
        }
        walk.take(upTo: wordEnd)
        return true
    }

    // MARK: Phase 3, a date close behind

    /// Phase 3: "Pháp lệnh Ưu đãi người có công với cách mạng ngày ...": a stop word inside a plain
    /// name; when a date follows within a few words with no punctuation between, the name runs to it.
    /// - Returns: the name's end, `end` or later.
    private func runningToDate(from end: Int) -> Int {
        guard text.nextWord(from: end)?.folded != "ngay" else { return end }
        var k = end
        for _ in 0..<8 {
            guard let w = text.nextWord(from: k), !text.scalars[k..<w.range.lowerBound].contains(where: { !ScannedText.isSpace($0) }) else { break }
            if w.folded == "ngay" {
                if DateReader(text: text).read(at: w.range.lowerBound)?.iso != nil { return k }
                break
            }
            if ["so", "cua", "nam"].contains(w.folded) { break }
            k = w.range.upperBound
        }
        return end
    }

    // MARK: Phase 4, what follows

    /// What follows a name.
    private struct Suffix {
        var date: String?
        var year: Int?
        /// "số NUMBER" follows: the numbered reading covers the name.
        var numbered = false
        /// Where the reading ends: after the date or year, else at the name's end.
        var end: Int
    }

    /// Phase 4: "số NUMBER", "ngày DATE" or "năm YYYY" after the name ending at `nameEnd`.
    private func suffix(after nameEnd: Int) -> Suffix {
        var suffix = Suffix(end: nameEnd)
        guard let next = text.nextWord(from: nameEnd) else { return suffix }
        let k = text.skipSpaces(next.range.upperBound)
        if next.folded == "so", k < text.count, ScannedText.isDigit(text.scalars[k]) {
            suffix.numbered = true
        } else if next.folded == "ngay", let reading = DateReader(text: text).read(at: next.range.lowerBound), let iso = reading.iso {
            suffix.date = iso
            suffix.year = reading.year
            suffix.end = reading.end
        } else if next.folded == "nam", let y = text.integer(at: k, maxDigits: 4), y.end - k == 4 {
            suffix.year = y.value
            suffix.end = y.end
        }
        return suffix
    }

    /// The first complete "ngày DATE" within `within` words after `index` (for "Hiến pháp ... ngày 28/11/2013").
    private func namedDate(after index: Int, within: Int) -> (iso: String?, year: Int?, end: Int)? {
        var j = index
        for _ in 0..<within {
            guard let w = text.nextWord(from: j) else { return nil }
            if w.folded == "ngay" {
                guard let reading = DateReader(text: text).read(at: w.range.lowerBound), let iso = reading.iso else { return nil }
                return (iso, reading.year, reading.end)
            }
            if w.folded == "nam", let y = text.integer(at: text.skipSpaces(w.range.upperBound), maxDigits: 4), y.value > 1940 {
                return (nil, y.value, y.end)
            }
            j = w.range.upperBound
        }
        return nil
    }

    /// The lowercase unified text of `range`.
    private func lowercased(_ range: Range<Int>) -> String {
        ScannedText.string(text.scalars[range]).lowercased()
    }
}
