/// What OCR makes of the "Số:" that opens a header's number line when the handwritten number was
/// written across it: another short word ("sø.", "sốẽ", "s:", "VN:"). Shared by the parser,
/// which reads the number after it, and the handwriting locator, which bounds the blank there; the
/// caller checks the rest of the row (a code, then the place and date).
public enum NumberMarker {
    /// Whether `word` may be a "Số:" the pen wrote over: at most four characters, one to three of
    /// them letters, none a digit, and not "V/v" (or OCR's "V/y", "W/v"), which opens a subject.
    public static func mayBeOverwritten(_ word: some StringProtocol) -> Bool {
        let letters = word.filter(\.isLetter).count
        guard word.count <= 4, (1...3).contains(letters), !word.contains(where: \.isNumber) else { return false }
        let folded = VietnameseFolding.fold(String(word))
        let subject = folded.count == 3 && "vw".contains(folded.prefix(1)) && (folded.hasSuffix("/v") || folded.hasSuffix("/y"))
        return !subject
    }
}
