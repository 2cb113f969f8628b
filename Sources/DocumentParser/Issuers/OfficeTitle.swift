import VietnameseText

/// A title of office read at the start of an authority line ("HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC …",
/// "BỘ TRƯỞNG BỘ TÀI CHÍNH") or in a signature block ("KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG"), also
/// when OCR garbled it ("HIỂU TRU ỨỞNG", "HIỆU TRƯỚN"): its letters, folded, may be one off a
/// title of nine letters or more, when no other title is as near.
enum OfficeTitle {
    /// A title's running-text spelling and its folded letters.
    struct Known: Sendable {
        let spelling: String
        let letters: [UInt8]
    }

    static let known: [Known] = OrganName.offices.map { Known(spelling: $0, letters: letters(of: $0)) }

    /// The folded letters and digits of a phrase, run together.
    static func letters(of phrase: String) -> [UInt8] {
        Array(phrase.split(whereSeparator: \.isWhitespace).map { OrganNames.keyPart(String($0)) }.joined().utf8)
    }

    /// The title that `words[index...]` start with, and the index after it: exactly (once folded)
    /// when it can, else one letter off a long title ("hieutruuong" for "hieutruong").
    static func match(_ words: [String], at index: Int) -> (title: String, end: Int)? {
        guard index < words.count else { return nil }
        // A title has at most four words: only those are folded, however long the line.
        let window = words[index..<min(words.count, index + 4)].map(OrganNames.keyPart)
        if let exact = OrganName.match(OrganName.preparedOffices, in: window, at: 0) { return (exact.0, index + exact.1) }
        var letters: [UInt8] = []
        var found: (title: String, end: Int, distance: Int)?
        var tie = false
        for (offset, part) in window.enumerated() {
            letters += Array(part.utf8)
            let end = index + offset + 1
            for title in known {
                let limit = title.letters.count >= 9 ? 1 : 0
                guard let d = OrganNames.distance(letters, title.letters, limit: limit) else { continue }
                if let f = found {
                    if d < f.distance {
                        found = (title.spelling, end, d)
                        tie = false
                    } else if d == f.distance, f.title != title.spelling, f.end == end {
                        tie = true
                    }
                } else {
                    found = (title.spelling, end, d)
                }
            }
            if found?.distance == 0 { break }
        }
        guard let f = found, !tie else { return nil }
        return (f.title, f.end)
    }

    /// The title that starts an authority line whose rest names an organ ("HIỂU TRU ỨỞNG TRƯỜNG
    /// ĐẠI HỌC ĐẠI NAM"); a garbled title counts only before an organ.
    static func beforeOrgan(_ words: [String]) -> (title: String, end: Int)? {
        guard let m = match(words, at: 0), m.end < words.count else { return nil }
        let head = words.prefix(4).map(OrganNames.keyPart)
        if OrganName.match(OrganName.preparedOffices, in: head, at: 0) != nil { return m }
        let next = words[m.end..<min(words.count, m.end + 10)].map { VietnameseFolding.fold($0) }
        guard OrganName.match(OrganName.preparedPrefixes, in: next, at: 0) != nil || OrganNames.exact(words, at: m.end) != nil
        else { return nil }
        return m
    }
}
