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

    /// Reads a name at `index`, which must hold the word "Luật" (or "Nghị quyết Đại hội").
    func read(at index: Int) -> Name? {
        guard let first = text.nextWord(from: index), first.range.lowerBound == index else { return nil }
        var type = "Luật"
        var nameStart = first.range.upperBound
        var amending = false
        var isCongress = false
        var typeWordEnd = first.range.upperBound
        if first.folded == "luat" {
            guard ScannedText.isUpper(text.scalars[index]) else { return nil }
            if let before = text.previousWord(before: index), before.folded == "bo",
               ScannedText.isUpper(text.scalars[before.range.lowerBound]) { return nil }  // read at "Bộ".
        } else if first.folded == "bo" || first.folded == "phap" || first.folded == "hien",
                  let second = text.nextWord(from: first.range.upperBound), ScannedText.isUpper(text.scalars[index]),
                  let title = ["bo luat": "Bộ luật", "phap lenh": "Pháp lệnh", "hien phap": "Hiến pháp"][first.folded + " " + second.folded] {
            // "Bộ luật Lao động", "Pháp lệnh Thi đua", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam".
            type = title
            nameStart = second.range.upperBound
            typeWordEnd = second.range.upperBound
            if title == "Hiến pháp" {
                guard let date = namedDate(after: second.range.upperBound, within: 14) else { return nil }
                return Name(type: title, name: "Hiến pháp", foldedName: "hien phap", date: date.iso, year: date.year,
                            numbered: false, start: index, end: date.end)
            }
        } else if first.folded == "nghi", let second = text.nextWord(from: first.range.upperBound), second.folded == "quyet",
                  let third = text.nextWord(from: second.range.upperBound), third.folded == "dai",
                  let fourth = text.nextWord(from: third.range.upperBound), fourth.folded == "hoi",
                  ScannedText.isUpper(text.scalars[third.range.lowerBound]) {
            type = "Nghị quyết"
            nameStart = third.range.lowerBound
            isCongress = true
        } else {
            return nil
        }
        guard let head = text.nextWord(from: nameStart) else { return nil }
        let headUpper = ScannedText.isUpper(text.scalars[head.range.lowerBound])
        if !headUpper {
            guard Self.lowercaseStarts.contains(head.folded) else { return nil }
            amending = head.folded == "sua"
        }
        var end = head.range.upperBound
        var words = 1
        var j = end
        let limit = amending ? 70 : 14
        while words < limit {
            let k = text.skipSpaces(j)
            guard k < text.count else { break }
            let s = text.scalars[k]
            if s == "," {
                // "Luật Phòng, chống tham nhũng", "Luật sửa đổi, bổ sung ...", "Luật Đất đai số 31/..., Luật Nhà ở".
                guard let next = text.nextWord(from: k + 1) else { break }
                let nextUpper = ScannedText.isUpper(text.scalars[next.range.lowerBound])
                if amending || (!nextUpper && words <= 2 && !Self.stopWords.contains(next.folded)) {
                    j = k + 1
                    continue
                }
                break
            }
            if ScannedText.isDigit(s) {
                // Inside an amending law's name, the amended laws' numbers: "Luật Đất đai số 31/2024/QH15".
                guard amending || isCongress else { break }
                if isCongress {
                    guard let prev = text.previousWord(before: k), prev.folded == "quan" || prev.folded == "phuong",
                          let number = text.integer(at: k, maxDigits: 3) else { break }
                    end = number.end; j = number.end; words += 1
                    continue
                }
                var m = k
                while m < text.count, !ScannedText.isSpace(text.scalars[m]), text.scalars[m] != ",", text.scalars[m] != ";" { m += 1 }
                end = m; j = m; words += 1
                continue
            }
            guard ScannedText.isLetter(s) else { break }
            let wordEnd = text.wordEnd(from: k)
            let folded = text.folded(k..<wordEnd)
            let upper = ScannedText.isUpper(s)
            if amending {
                // An amending law's name runs to its date or year.
                if folded == "ngay" { break }
                let after = text.skipSpaces(wordEnd)
                if folded == "nam", after < text.count, ScannedText.isDigit(text.scalars[after]) { break }
                if folded == "so", words < 4 { break }
            } else if isCongress {
                if !upper, !["dang", "bo", "dai", "bieu", "hoi", "quan", "lan", "thu", "tinh", "thanh", "pho", "huyen", "toan", "quoc", "nhiem", "ky"].contains(folded) { break }
                if folded == "nhiem" { break }
            } else if !upper, Self.stopWords.contains(lowercased(k..<wordEnd)) {
                // "Luật Ban hành văn bản quy phạm pháp luật": "ban", "quy" stop only as "ban hành"/"quy định" after the head.
                let next = text.nextWord(from: wordEnd)?.folded ?? ""
                let soft = (folded == "quy" && next != "dinh") || (folded == "hien" && next != "hanh")
                    || (folded == "ban" && next != "hanh")
                if !soft { break }
            } else if upper, words >= 1, DocumentTypeWords.startsPhrase([folded]) || folded == "luat" {
                break
            }
            end = wordEnd
            j = wordEnd
            words += 1
        }
        // "Pháp lệnh Ưu đãi người có công với cách mạng ngày ...": a stop word inside the name; when a
        // date follows within a few words with no punctuation between, the name runs to it.
        if !amending, !isCongress, text.nextWord(from: end)?.folded != "ngay" {
            var k = end
            for _ in 0..<8 {
                guard let w = text.nextWord(from: k), !text.scalars[k..<w.range.lowerBound].contains(where: { !ScannedText.isSpace($0) }) else { break }
                if w.folded == "ngay" {
                    if DateReader(text: text).read(at: w.range.lowerBound)?.iso != nil { end = k }
                    break
                }
                if ["so", "cua", "nam"].contains(w.folded) { break }
                k = w.range.upperBound
            }
        }
        var name = text.text(index..<end)
        while let last = name.last, last == "," || last == ";" || last == " " { name.removeLast() }
        let nameEnd = end
        if isCongress { typeWordEnd = nameStart }
        var foldedName = text.folded(typeWordEnd..<nameEnd)
        foldedName = foldedName.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
        // What follows the name: "số NUMBER", "ngày DATE", "năm YYYY".
        var date: String?
        var year: Int?
        var numbered = false
        var after = nameEnd
        if let next = text.nextWord(from: nameEnd) {
            let k = text.skipSpaces(next.range.upperBound)
            if next.folded == "so", k < text.count, ScannedText.isDigit(text.scalars[k]) {
                numbered = true
            } else if next.folded == "ngay", let reading = DateReader(text: text).read(at: next.range.lowerBound), let iso = reading.iso {
                date = iso
                year = reading.year
                after = reading.end
            } else if next.folded == "nam", let y = text.integer(at: k, maxDigits: 4), y.end - k == 4 {
                year = y.value
                after = y.end
            }
        }
        guard !foldedName.isEmpty else { return nil }
        return Name(type: type, name: name, foldedName: foldedName, date: date, year: year, numbered: numbered, start: index, end: after)
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
