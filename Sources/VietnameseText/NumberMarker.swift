/// What OCR makes of the "Số:" that opens a header's number line when the handwritten number was
/// written across it: another short word ("sø.", "sốẽ", "s:", "VN:"). Shared by the parser,
/// which reads the number after it, and the handwriting locator, which bounds the blank there; the
/// caller checks the rest of the row (a code, then the place and date).
public enum NumberMarker {
    /// Whether `word` may be a "Số:" the pen wrote over: at most four characters, one to three of
    /// them letters, and not "V/v" (or OCR's "V/y", "W/v"), which opens a subject. No digit, but
    /// for one of the pen's ink before the "S", the colon kept ("3S:"; "s6:" is a digit after it).
    public static func mayBeOverwritten(_ word: some StringProtocol) -> Bool {
        let letters = word.filter(\.isLetter).count
        let digits = word.filter(\.isNumber).count
        let folded = VietnameseFolding.fold(String(word))
        let penBeforeS = (word.first.map { $0.isASCII && $0.isNumber } ?? false) && folded.dropFirst().hasPrefix("s") && word.last == ":"
        guard word.count <= 4, (1...3).contains(letters), digits == 0 || (digits == 1 && penBeforeS) else { return false }
        let subject = folded.count == 3 && "vw".contains(folded.prefix(1)) && (folded.hasSuffix("/v") || folded.hasSuffix("/y"))
        return !subject
    }
}
