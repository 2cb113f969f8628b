/// Urgency, secrecy and draft marks in the header: "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC", "MẬT",
/// "TỐI MẬT", "DỰ THẢO".
///
/// A mark counts only in capitals, as a line of its own or at either end of a header line (the
/// other column beside it), never inside running text.
enum MarksExtractor {
    /// Marks, longest first so "THƯỢNG KHẨN" wins over "KHẨN".
    static let marks = ["THƯỢNG KHẨN", "HỎA TỐC", "TỐI MẬT", "TUYỆT MẬT", "DỰ THẢO", "KHẨN", "MẬT"]

    /// A word of each mark, as UTF-8.
    static let markWords: [[UInt8]] = ["KHẨN", "HỎA", "MẬT", "THẢO"].map { Array($0.utf8) }

    /// The marks on one header line.
    static func marks(in line: TextLine) -> [String] {
        // Every mark has one of these words: a line with none of them has no mark.
        guard markWords.contains(where: { UTF8Search.contains(line.text, $0) }) else { return [] }
        let words = line.text.split(whereSeparator: { $0.isWhitespace || $0 == "*" || $0 == "\"" }).map(String.init)
        guard !words.isEmpty else { return [] }
        var found: [String] = []
        for mark in marks {
            let parts = mark.split(separator: " ").map(String.init)
            guard parts.count <= words.count else { continue }
            let atStart = Array(words.prefix(parts.count)) == parts
            let atEnd = Array(words.suffix(parts.count)) == parts
            if atStart || atEnd, !found.contains(where: { $0.contains(mark) }) {
                // "BÍ MẬT NHÀ NƯỚC" in a sentence: a lone mark must stand alone or beside the other column.
                if parts.count == 1, words.count > 1, atEnd, words[words.count - 2].uppercased() == words[words.count - 2],
                    words[words.count - 2].contains(where: \.isLetter)
                {
                    if !atStart { continue }
                }
                found.append(mark)
            }
        }
        return found
    }
}
