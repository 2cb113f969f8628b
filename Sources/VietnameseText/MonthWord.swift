/// Where the word "tháng" of a date line stands in folded text, also when OCR garbled its "t":
/// handwriting written against it turns "ngày 25 tháng" into "ngày-2Ô(háng", "ngày 2 =›háng",
/// "ngày z2 3uháng". Whatever stands for the "t" (a bracket, a digit, a mark, a thin letter or a
/// vowel: "(hang", "1hang", "lhang", "›hang", "uhang") still
/// opens "tháng"; a space before "hang" ("hàng", goods) or a consonant that makes a word with it
/// ("khang", "nhang", "chang", "phang") does not.
public enum MonthWord {
    /// Letters that make a word of their own with "hang" (folded): not a garbled "t".
    static let wordOpeners: Set<Character> = ["c", "g", "k", "n", "p", "s"]

    /// The offset of "thang", or of a garbled one, in `folded` (lowercase, no marks) from `start`,
    /// within `limit` characters of it; `nil` without one.
    public static func offset(in folded: [Character], from start: Int, within limit: Int) -> Int? {
        let end = min(folded.count, start + limit + 5)
        let word: [Character] = ["t", "h", "a", "n", "g"]
        var i = max(0, start)
        var garbled: Int?
        while i + 5 <= end {
            if folded[i..<(i + 5)].elementsEqual(word) { return i }
            if garbled == nil, folded[i] != " ", !wordOpeners.contains(folded[i]), folded[(i + 1)..<(i + 5)].elementsEqual(word.dropFirst()) {
                garbled = i
            }
            i += 1
        }
        return garbled
    }
}
