import Foundation

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
        // "…; đề nghị của UBND thị trấn … tại Tờ trình số …": a proposal and the paper it was
        // made in, listed after a "Xét đề nghị" without repeating "xét".
        ("de nghi cua", .respondsTo),
    ]

    /// Phrases that open an act only at the start of their clause ("Thực hiện Kế hoạch số …").
    static let openings: [(String, Citation.Action)] = [("thuc hien", .implements), ("trien khai", .implements)]

    /// A needle the text is searched for, and what it means.
    struct Needle: Sendable {
        enum Kind: Sendable { case phrase, opening, ended }
        var scalars: [Unicode.Scalar]
        var action: Citation.Action
        var kind: Kind
    }

    static let needles: [Needle] =
        phrases.map { Needle(scalars: Array($0.0.unicodeScalars), action: $0.1, kind: .phrase) }
        + openings.map { Needle(scalars: Array($0.0.unicodeScalars), action: $0.1, kind: .opening) }
        + [Needle(scalars: Array("het hieu luc".unicodeScalars), action: .repeals, kind: .ended)]

    /// The act on each mention (by index), with the part affected.
    /// - Parameter mentions: the mentions' ranges, in text order.
    func acts(_ mentions: [Range<Int>]) -> [Int: (action: Citation.Action, part: String?)] {
        var found: [Int: (Citation.Action, String?)] = [:]
        var previous: (end: Int, act: (Citation.Action, String?)?)?
        // Where the needles stand, found in one pass over the folded text: a mention with none
        // before it in its clause costs a look-up, not a read of the clause.
        let hits = Self.hits(in: text)
        func first(atOrAfter position: Int) -> Int {
            var low = 0
            var high = hits.count
            while low < high {
                let mid = (low + high) / 2
                if hits[mid].position < position { low = mid + 1 } else { high = mid }
            }
            return low
        }
        let f = text.foldedScalars
        for (index, range) in mentions.enumerated() {
            defer { previous = (range.upperBound, found[index]) }
            let before = first(atOrAfter: max(0, range.lowerBound - 300))
            let after = first(atOrAfter: range.upperBound)
            let hasBefore = before < hits.count && hits[before].position < range.lowerBound
            let endsRightAfter =
                after < hits.count && hits[after].position <= range.upperBound + 4
                && Self.needles[hits[after].needle].kind == .ended
            guard hasBefore || endsRightAfter || previous?.act != nil else { continue }
            let clause = clauseStart(before: range.lowerBound)
            let from = max(clause, previous.map { $0.end } ?? clause)
            // The last phrase between the clause's start (or the previous mention) and this one.
            var chosen: (position: Int, needle: Needle)?
            var k = first(atOrAfter: range.lowerBound) - 1
            while k >= 0, hits[k].position >= from {
                let hit = hits[k]
                let needle = Self.needles[hit.needle]
                k -= 1
                switch needle.kind {
                case .phrase:
                    chosen = (hit.position, needle)
                case .opening:
                    // At the clause's start or a line's ("Thực hiện Kế hoạch số …", "- Triển khai …").
                    let lead = f[from..<hit.position]
                    // A clause cut at the 300-scalar limit has no real start to stand at.
                    let realStart = clause == 0 || clause > range.lowerBound - Self.clauseReach
                    let atStart = realStart && from == clause && !lead.contains(where: ScannedText.isLetter)
                    if atStart || opensLine(at: hit.position) { chosen = (hit.position, needle) }
                case .ended:
                    continue
                }
                if chosen != nil { break }
            }
            if let (position, needle) = chosen {
                // The actor must be this document: no other instrument's number before the phrase
                // in its clause, no type word right before it ("dự thảo Quyết định sửa đổi").
                guard !Self.holdsNumber(f[clause..<position]), !typeWord(before: position, floor: clause) else { continue }
                let phraseEnd = position + needle.scalars.count
                let part =
                    Self.actsOnParts.contains(needle.action)
                    ? Self.part(in: text.folded(phraseEnd..<range.lowerBound), original: text.text(phraseEnd..<range.lowerBound)) : nil
                found[index] = (needle.action, part)
            } else if let previous, let act = previous.act, previous.end >= clause, continuesList(previous.end..<range.lowerBound) {
                // The list carries the act, not the part ("bãi bỏ Điều 3 của Quyết định số 1 và
                // Quyết định số 2": the second is repealed whole).
                found[index] = (act.0, nil)
            } else if endsRightAfter {
                // "Quyết định số 12/2019/QĐ-UBND ngày … hết hiệu lực kể từ ngày …".
                found[index] = (.repeals, nil)
            }
        }
        return found.mapValues { (action: $0.0, part: $0.1) }
    }

    /// Every needle's occurrence at a word start, in text order.
    static func hits(in text: ScannedText) -> [(position: Int, needle: Int)] {
        let f = text.foldedScalars
        var found: [(position: Int, needle: Int)] = []
        var i = 0
        let count = f.count
        while i + 1 < count {
            if i == 0 || !ScannedText.isLetter(f[i - 1]), let candidates = needlesByPrefix[f[i].value &<< 8 | (f[i + 1].value & 0xFF)] {
                for n in candidates {
                    let needle = needles[n].scalars
                    guard i + needle.count <= count else { continue }
                    var k = 2
                    while k < needle.count, f[i + k] == needle[k] { k += 1 }
                    if k == needle.count {
                        found.append((i, n))
                        break
                    }
                }
            }
            i += 1
        }
        return found
    }

    /// Needle indices by their first two folded scalars, longest needle first.
    private static let needlesByPrefix: [UInt32: [Int]] = {
        var map: [UInt32: [Int]] = [:]
        for (index, needle) in needles.enumerated().sorted(by: { $0.element.scalars.count > $1.element.scalars.count }) {
            let n = needle.scalars
            map[n[0].value &<< 8 | (n[1].value & 0xFF), default: []].append(index)
        }
        return map
    }()

    /// Folded type names that, standing right before a phrase, make another instrument its actor.
    static let typeWords = [
        "quyet dinh", "nghi dinh", "thong tu", "luat", "nghi quyet", "chi thi", "ke hoach", "phap lenh", "van ban", "cong van",
        "thong tu lien tich", "du thao",
    ]

    /// Whether a type word stands right before `position` (not "này" after it).
    private func typeWord(before position: Int, floor: Int) -> Bool {
        let before = text.folded(max(floor, position - 24)..<position).trimmingCharacters(in: .whitespaces)
        return Self.typeWords.contains { before.hasSuffix($0) }
    }

    /// Digits, a slash and a letter: the shape of an instrument's number ("59/2023/nd", "27/qd").
    static func holdsNumber(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var i = scalars.startIndex
        while i < scalars.endIndex {
            if ScannedText.isDigit(scalars[i]) {
                var j = i
                while j < scalars.endIndex, ScannedText.isDigit(scalars[j]) { j += 1 }
                if j + 1 < scalars.endIndex, scalars[j] == "/" || scalars[j] == "-", ScannedText.isLetter(scalars[j + 1]) { return true }
                i = j
            }
            i += 1
        }
        return false
    }

    /// "Điều 3", "khoản 2 Điều 5", "điểm a khoản 1 Điều 2", "Phụ lục I", "Chương II" in the words
    /// between the phrase and the mention.
    static func part(in folded: String, original: String) -> String? {
        let words = folded.split(whereSeparator: \.isWhitespace).map(String.init)
        let originalWords = original.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count == originalWords.count else { return nil }
        if let located = located(words: words, original: originalWords) { return located }
        let starts = ["diem", "khoan", "dieu", "phu", "chuong", "muc"]
        guard let first = words.firstIndex(where: { starts.contains($0) }) else { return nil }
        var end = first
        var i = first
        while i < words.count {
            let w = words[i]
            if ["diem", "khoan", "dieu", "chuong", "muc"].contains(w), i + 1 < words.count {
                end = i + 2
                i += 2
                continue
            }
            if w == "phu", i + 2 < words.count, words[i + 1] == "luc" {
                end = i + 3
                i += 3
                continue
            }
            if w == "va" || w == "," {
                i += 1
                continue
            }
            break
        }
        guard end > first else { return nil }
        return originalWords[first..<end].joined(separator: " ").trimmingCharacters(in: .init(charactersIn: " ,;:"))
    }

    /// What an act names inside the instrument when it says where ("Thay thế 11 thủ tục hành chính
    /// số thứ tự 5, 6, 9 tại Danh mục ban hành kèm theo Quyết định số …"): the words up to "tại …"
    /// and the place, before "ban hành kèm theo", "kèm theo" or "của". `nil` without "tại".
    static func located(words: [String], original: [String]) -> String? {
        guard let at = words.firstIndex(of: "tai"), at > 0 else { return nil }
        var end = words.count
        for (index, word) in words.enumerated() where index > at {
            if word == "cua" || (word == "kem" && index + 1 < words.count && words[index + 1] == "theo")
                || (word == "ban" && index + 1 < words.count && words[index + 1] == "hanh")
            {
                end = index
                break
            }
        }
        // The place itself must be named ("tại Danh mục"), not only the instrument ("tại Quyết định").
        guard end > at + 1, !typeWords.contains(where: { words[(at + 1)..<end].joined(separator: " ").hasPrefix($0) }) else { return nil }
        let part = original[0..<end].joined(separator: " ").trimmingCharacters(in: .init(charactersIn: " ,;:-"))
        return part.isEmpty || part.count > 160 ? nil : part
    }

    /// Whether the words between two mentions continue a list ("… và Quyết định số", ", số").
    private func continuesList(_ range: Range<Int>) -> Bool {
        guard range.count <= 140 else { return false }
        let gap = text.folded(range)
        guard !gap.contains(";"), !gap.contains(". ") else { return false }
        return gap.contains(" va ") || gap.hasPrefix(",") || gap.hasPrefix(" ,")
    }

    /// Whether an opening phrase at `index` starts an item of its own: after a bullet ("- Triển
    /// khai …"), capitalised at a line's start ("Thực hiện …" under a heading), or on a line whose
    /// previous line ended a sentence or a clause (".", ";", ":"). A line that only wraps a
    /// sentence ("… thời gian làm bài thi\nthực hiện theo Khoản 3 …") opens nothing.
    private func opensLine(at index: Int) -> Bool {
        let f = text.foldedScalars
        var j = index
        var bullet = false
        while j > 0, f[j - 1] == " " || f[j - 1] == "-" || f[j - 1] == "+" || f[j - 1] == "•" {
            if f[j - 1] != " " { bullet = true }
            j -= 1
        }
        guard j > 0, f[j - 1] == "\n" || f[j - 1] == ScannedText.paragraphBreak else { return false }
        if bullet || f[j - 1] == ScannedText.paragraphBreak || ScannedText.isUpper(text.scalars[index]) { return true }
        let end = text.skipSpacesBack(j - 1)
        return end > 0 && [".", ";", ":"].contains(f[end - 1])
    }

    /// Whether the line at `index` opens with "Căn cứ" or "Điều": a basis or an article starts a
    /// clause of its own (the subject's "triển khai thực hiện công tác …" above "Căn cứ Quyết định
    /// số …" is not an act on that decision).
    private func opensClause(at index: Int) -> Bool {
        let f = text.foldedScalars
        for word in Self.clauseWords where index + word.count <= f.count {
            if f[index..<(index + word.count)].elementsEqual(word) { return true }
        }
        return false
    }

    /// The acts that name a part of what they act on; "theo đề nghị của Giám đốc Sở Tài chính tại
    /// Công văn số …" names no part.
    static let actsOnParts: Set<Citation.Action> = [.replaces, .repeals, .amends, .corrects]

    /// How far back a clause's start is looked for.
    static let clauseReach = 300

    private static let clauseWords: [[Unicode.Scalar]] = ["can cu ", "dieu "].map { Array($0.unicodeScalars) }

    /// Where the clause holding `index` starts: after ";", ". ", a paragraph break, or a line that
    /// opens with a bullet, "Căn cứ" or "Điều"; at most 300 scalars back.
    private func clauseStart(before index: Int) -> Int {
        var j = index
        let limit = max(0, index - Self.clauseReach)
        while j > limit {
            let s = text.scalars[j - 1]
            if s == ScannedText.paragraphBreak || s == ";" { return j }
            if s == ".", j < text.count, ScannedText.isSpace(text.scalars[j]) { return j }
            if s == "\n", j < text.count, ["-", "+", "•"].contains(text.scalars[j]) || opensClause(at: j) { return j }
            j -= 1
        }
        return j
    }
}
