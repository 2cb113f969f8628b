import VietnameseText

extension OrganNames {
    /// A name of the table as the matcher compares it: its letters and digits, folded, run together.
    struct Entry: Sendable {
        let letters: [UInt8]
        let name: String
        /// How many letters OCR may have got wrong for this name to be recognised.
        let limit: Int
    }

    /// The folded kinds of school the table names (from a partial list: many schools are not in it).
    static let schoolKinds = ["truong dai hoc", "dai hoc", "hoc vien", "truong cao dang", "cao dang"]

    /// The table's names by the length of their letters, for the OCR-tolerant match.
    static let byLength: [Int: [Entry]] = {
        var groups: [Int: [Entry]] = [:]
        var seen = Set<String>()
        for (key, name) in spellings {
            let letters = Array(key.utf8.filter { $0 != 32 })
            // Several keys ("… tp hcm", "… thanh pho ho chi minh") spell one name: one entry each.
            guard seen.insert(String(decoding: letters, as: UTF8.self) + "\u{0}" + name).inserted else { continue }
            let school = schoolKinds.first { key.hasPrefix($0 + " ") }
            let limit =
                school.map { schoolBudget(distinctive: letters.count - $0.count + $0.filter { $0 == " " }.count) } ?? budget(letters: letters.count)
            groups[letters.count, default: []].append(Entry(letters: letters, name: name, limit: limit))
        }
        return groups
    }()

    /// A word as a key part: folded, letters and digits only ("TP." → "tp", "ĐẠI" → "dai").
    static func keyPart(_ word: String) -> String {
        String(VietnameseFolding.fold(word).unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }.map(Character.init))
    }

    /// How many letters OCR may have got wrong in a name of `count` letters of a complete list
    /// (ministries, departments): none in a short name ("Bộ Y tế", "Sở Nội vụ"), one up to 17
    /// letters, two beyond.
    static func budget(letters count: Int) -> Int {
        count <= 8 ? 0 : count <= 17 ? 1 : 2
    }

    /// The same for a school, counted on the letters after its kind ("Hải Phòng" of "Trường Đại
    /// học Hải Phòng"): the list is partial, and a school not in it may be one letter off one that
    /// is only when its own name is long ("Hải Dương" is two letters from "Hải Phòng").
    static func schoolBudget(distinctive count: Int) -> Int {
        count <= 6 ? 0 : count <= 14 ? 1 : 2
    }

    /// The organ named by `words[index...]`, in its proper spelling, and the index after it.
    ///
    /// A name the words spell exactly (once folded) wins, the longest first. Otherwise the words'
    /// letters are compared with every name of about their length, allowing `budget(letters:)`
    /// errors (a letter misread, added or lost; spaces are not counted, so a split "CÔNG N GHIỆP"
    /// costs nothing); the match is taken only when one name alone is nearest. Words that are no
    /// organ of the table give `nil`: nothing is invented.
    static func match(_ words: [String], at index: Int) -> (name: String, end: Int)? {
        guard index < words.count else { return nil }
        if let found = exact(words, at: index) { return found }
        let parts = words[index..<min(words.count, index + longest + 2)].map(keyPart)
        // OCR-tolerant: the nearest name, when no other name is as near (whether or not that
        // other one would be allowed so many errors).
        var near: [(distance: Int, name: String, end: Int, allowed: Bool)] = []
        var letters: [UInt8] = []
        for (offset, part) in parts.enumerated() {
            letters += Array(part.utf8)
            guard !part.isEmpty, letters.count >= 9 else { continue }
            for length in (letters.count - 1)...(letters.count + 1) {
                for entry in byLength[length] ?? [] {
                    guard let d = distance(letters, entry.letters, limit: 2) else { continue }
                    near.append((d, entry.name, index + offset + 1, d <= entry.limit))
                }
            }
        }
        guard let found = near.filter(\.allowed).min(by: { $0.distance < $1.distance }),
            !near.contains(where: { $0.name != found.name && $0.distance <= found.distance })
        else { return nil }
        return (found.name, found.end)
    }

    /// The organ whose folded name `words[index...]` spell exactly, the longest first.
    static func exact(_ words: [String], at index: Int) -> (name: String, end: Int)? {
        guard index < words.count else { return nil }
        let parts = words[index..<min(words.count, index + longest)].map(keyPart)
        for count in stride(from: parts.count, through: 1, by: -1) {
            let key = parts[0..<count].filter { !$0.isEmpty }.joined(separator: " ")
            if !key.isEmpty, let name = spellings[key] { return (name, index + count) }
        }
        return nil
    }

    /// The edit distance of `a` and `b` when it is at most `limit`, else `nil` (a band of the table).
    static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let big = limit + 1
        var previous = [Int](0...b.count).map { min($0, big) }
        var current = [Int](repeating: big, count: b.count + 1)
        for i in 1...a.count {
            current[0] = min(i, big)
            let from = max(1, i - limit)
            let to = min(b.count, i + limit)
            if from > 1 { current[from - 1] = big }
            var rowBest = current[0]
            if from <= to {
                for j in from...to {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    current[j] = min(previous[j - 1] + cost, previous[j] + 1, current[j - 1] + 1, big)
                    rowBest = min(rowBest, current[j])
                }
            }
            if to < b.count { current[to + 1] = big }
            if rowBest > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
