/// Reads what a document does to the instruments it cites, from the words of the clause around
/// each mention: "Quyết định này thay thế Quyết định số 27/2019/QĐ-UBND" (replaces), "Bãi bỏ
/// Điều 3 của Quyết định số …" (repeals, part "Điều 3"), "sửa đổi, bổ sung một số điều của …"
/// (amends), "hướng dẫn thi hành Nghị định số …" (guides), "Thực hiện Kế hoạch số …"
/// (implements), "Theo đề nghị của … tại Tờ trình số …" (responds to), "đính chính …" (corrects),
/// "Quyết định số … hết hiệu lực" (repeals).
///
/// The actor must be the citing document: a phrase with another instrument's number before it in
/// the clause ("Nghị định số 59/2023/NĐ-CP … quy định chi tiết Luật …") is that instrument's title,
/// not an act of this document. A list ("bãi bỏ Quyết định số 1 và Quyết định số 2") carries the
/// act to each of its items.
struct ActionReader: Sendable {
    let text: ScannedText

    /// Phrases that open an act, folded, longest first.
    static let phrases: [(String, Citation.Action)] = [
        ("huong dan thi hanh", .guides), ("huong dan thuc hien", .guides), ("quy dinh chi tiet", .guides),
        ("sua doi, bo sung", .amends), ("sua doi bo sung", .amends), ("sua doi", .amends),
        ("thay the", .replaces), ("bai bo", .repeals), ("huy bo", .repeals), ("dinh chinh", .corrects),
        ("theo de nghi", .respondsTo), ("xet de nghi", .respondsTo),
    ]

    /// Phrases that open an act only at the start of their clause ("Thực hiện Kế hoạch số …").
    static let openings: [(String, Citation.Action)] = [("thuc hien", .implements), ("trien khai", .implements)]

    /// The act on each mention (by index), with the part affected.
    /// - Parameter mentions: the mentions' ranges, in text order.
    func acts(_ mentions: [Range<Int>]) -> [Int: (action: Citation.Action, part: String?)] {
        var found: [Int: (Citation.Action, String?)] = [:]
        var previous: (end: Int, act: (Citation.Action, String?)?)?
        for (index, range) in mentions.enumerated() {
            let clause = clauseStart(before: range.lowerBound)
            let from = max(clause, previous.map { $0.end } ?? clause)
            let prefix = text.folded(from..<range.lowerBound)
            // Whatever stands in the clause before the mentions already read counts for the actor.
            let earlier = text.folded(clause..<from)
            if let (phrase, action) = lastPhrase(in: prefix, atStart: from == clause, earlier: earlier) {
                // The part between the phrase and the mention: "Điều 3 của", "khoản 2 Điều 5 tại".
                let phraseEnd = from + phrase.upperBound
                let part = Self.part(in: text.folded(phraseEnd..<range.lowerBound), original: text.text(phraseEnd..<range.lowerBound))
                found[index] = (action, part)
            } else if let previous, let act = previous.act, previous.end >= clause, continuesList(previous.end..<range.lowerBound) {
                // The list carries the act, not the part ("bãi bỏ Điều 3 của Quyết định số 1 và
                // Quyết định số 2": the second is repealed whole).
                found[index] = (act.0, nil)
            } else if let after = Optional(text.folded(range.upperBound..<clauseEnd(after: range.upperBound))),
                      after.hasPrefix(" het hieu luc") || after.contains("het hieu luc thi hanh") && !after.contains(" nay ") {
                // "Quyết định số 12/2019/QĐ-UBND hết hiệu lực kể từ ngày …".
                found[index] = (.repeals, nil)
            }
            previous = (range.upperBound, found[index])
        }
        return found.mapValues { (action: $0.0, part: $0.1) }
    }

    /// The last act phrase in `prefix` (folded) whose actor is this document: nothing that looks
    /// like another instrument's number stands before it in the clause.
    private func lastPhrase(in prefix: String, atStart: Bool, earlier: String) -> (Range<Int>, Citation.Action)? {
        let chars = Array(prefix)
        var best: (Range<Int>, Citation.Action)?
        for (phrase, action) in Self.phrases {
            let p = Array(phrase)
            var i = chars.count - p.count
            while i >= 0 {
                if chars[i..<(i + p.count)].elementsEqual(p), i == 0 || !chars[i - 1].isLetter {
                    if best.map({ i > $0.0.lowerBound }) ?? true { best = (i..<(i + p.count), action) }
                    break
                }
                i -= 1
            }
        }
        if best == nil {
            // At the clause's start or a line's ("Thực hiện Kế hoạch số …", "- Triển khai …").
            for (phrase, action) in Self.openings {
                if atStart {
                    let trimmed = prefix.drop { !$0.isLetter }
                    let offset = prefix.count - trimmed.count
                    if trimmed.hasPrefix(phrase) { best = (offset..<(offset + phrase.count), action); break }
                }
                if let line = prefix.range(of: "\n" + phrase, options: .backwards) ?? prefix.range(of: "\n- " + phrase, options: .backwards) {
                    let end = prefix.distance(from: prefix.startIndex, to: line.upperBound)
                    best = ((end - phrase.count)..<end, action)
                    break
                }
            }
        }
        guard let found = best else { return nil }
        // Another instrument's number before the phrase makes it that instrument's title.
        if Self.holdsNumber(chars[0..<found.0.lowerBound]) || Self.holdsNumber(ArraySlice(Array(earlier))) { return nil }
        // So does a type word right before it ("dự thảo Quyết định sửa đổi …"), unless "này"
        // makes it this document ("Quyết định này thay thế …").
        let before = String(chars[0..<found.0.lowerBound]).trimmingCharacters(in: .whitespaces)
        if Self.typeWords.contains(where: { before.hasSuffix($0) }) { return nil }
        return found
    }

    /// Folded type names that, standing right before a phrase, make another instrument its actor.
    static let typeWords = [
        "quyet dinh", "nghi dinh", "thong tu", "luat", "nghi quyet", "chi thi", "ke hoach", "phap lenh", "van ban", "cong van",
        "thong tu lien tich", "du thao",
    ]

    /// Digits, a slash and a letter: the shape of an instrument's number ("59/2023/nd", "27/qd").
    static func holdsNumber(_ chars: ArraySlice<Character>) -> Bool {
        var i = chars.startIndex
        while i < chars.endIndex {
            if chars[i].isNumber {
                var j = i
                while j < chars.endIndex, chars[j].isNumber { j += 1 }
                if j + 1 < chars.endIndex, chars[j] == "/" || chars[j] == "-", chars[j + 1].isLetter { return true }
                i = j
            }
            i += 1
        }
        return false
    }

    /// "Điều 3", "khoản 2 Điều 5", "điểm a khoản 1 Điều 2", "Phụ lục I", "Chương II" in the words
    /// between the phrase and the mention.
    static func part(in folded: String, original: String) -> String? {
        let words = folded.split(separator: " ").map(String.init)
        let originalWords = original.split(separator: " ").map(String.init)
        guard words.count == originalWords.count else { return nil }
        let starts = ["diem", "khoan", "dieu", "phu", "chuong", "muc"]
        guard let first = words.firstIndex(where: { starts.contains($0) }) else { return nil }
        var end = first
        var i = first
        while i < words.count {
            let w = words[i]
            if ["diem", "khoan", "dieu", "chuong", "muc"].contains(w), i + 1 < words.count {
                end = i + 2; i += 2; continue
            }
            if w == "phu", i + 2 < words.count, words[i + 1] == "luc" { end = i + 3; i += 3; continue }
            if w == "va" || w == "," { i += 1; continue }
            break
        }
        guard end > first else { return nil }
        return originalWords[first..<end].joined(separator: " ").trimmingCharacters(in: .init(charactersIn: " ,;:"))
    }

    /// Whether the words between two mentions continue a list ("… và Quyết định số", ", số").
    private func continuesList(_ range: Range<Int>) -> Bool {
        guard range.count <= 140 else { return false }
        let gap = text.folded(range)
        guard !gap.contains(";"), !gap.contains(". ") else { return false }
        return gap.contains(" va ") || gap.hasPrefix(",") || gap.hasPrefix(" ,")
    }

    /// Where the clause holding `index` starts: after ";", ". ", a paragraph break, or a line that
    /// opens with a bullet or "Điều"; at most 300 scalars back.
    private func clauseStart(before index: Int) -> Int {
        var j = index
        let limit = max(0, index - 300)
        while j > limit {
            let s = text.scalars[j - 1]
            if s == ScannedText.paragraphBreak || s == ";" { return j }
            if s == ".", j < text.count, ScannedText.isSpace(text.scalars[j]) { return j }
            if s == "\n", j < text.count, ["-", "+", "•"].contains(text.scalars[j]) { return j }
            j -= 1
        }
        return j
    }

    /// Where the clause holding `index` ends (at most 200 scalars on).
    private func clauseEnd(after index: Int) -> Int {
        var j = index
        let limit = min(text.count, index + 200)
        while j < limit {
            let s = text.scalars[j]
            if s == ScannedText.paragraphBreak || s == ";" { return j }
            if s == ".", j + 1 < text.count, ScannedText.isSpace(text.scalars[j + 1]) { return j }
            j += 1
        }
        return j
    }
}
