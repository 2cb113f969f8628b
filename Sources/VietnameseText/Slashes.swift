/// The characters OCR gives for a printed slash: the solidus, the fraction slash (U+2044) and
/// division slash (U+2215) tesseract reads beside handwriting ("⁄QĐ-UBND"), and the fullwidth
/// solidus (U+FF0F). The parser's scanned text unifies them to "/" scalar by scalar; code that
/// works on OCR's words or raw text asks here.
///
/// ```swift
/// word.text.firstIndex(where: Slashes.all.contains)
/// ```
public enum Slashes {
    /// Every slash, the solidus first among equals.
    public static let all: Set<Character> = ["/", "\u{2044}", "\u{2215}", "\u{FF0F}"]
}
