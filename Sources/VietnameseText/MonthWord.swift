/// Where the word "tháng" of a date line stands in folded text, also when OCR garbled its "t":
/// handwriting written against it turns "ngày 25 tháng" into "ngày-2Ô(háng". The "t" read as a
/// bracket, a digit one or a thin letter ("(hang", "1hang", "lhang") still opens "tháng"; a
/// space before "hang" ("hàng", goods) or another consonant ("khang", "nhang") does not.
public enum MonthWord {
    /// Characters OCR puts for the "t" of "tháng" when ink touches it.
    static let garbledT: Set<Character> = ["(", "[", "{", "1", "l", "f", "i", "r", "ƒ", "‡", "†", "!", "|", "/", "\\"]

    /// The offset of "thang", or of a garbled one, in `folded` (lowercase, no marks) from `start`,
    /// within `limit` characters of it; `nil` without one.
    public static func offset(in folded: [Character], from start: Int, within limit: Int) -> Int? {
        let end = min(folded.count, start + limit + 5)
        let word: [Character] = ["t", "h", "a", "n", "g"]
        var i = max(0, start)
        var garbled: Int?
        while i + 5 <= end {
            if folded[i..<(i + 5)].elementsEqual(word) { return i }
            if garbled == nil, garbledT.contains(folded[i]), folded[(i + 1)..<(i + 5)].elementsEqual(word.dropFirst()) { garbled = i }
            i += 1
        }
        return garbled
    }
}
