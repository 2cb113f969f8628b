/// The canonical form of a document number, shared by the parser and the archive.
///
/// ```swift
/// DocumentNumber.canonical("63 /KH-THNH")      // "63/KH-THNH"
/// DocumentNumber.canonical("59/2023/NÐ–CP")    // "59/2023/NĐ-CP"
/// ```
public enum DocumentNumber {
    /// No spaces around `/` and `-`, one ASCII hyphen for every dash, `Ð` (U+00D0) as `Đ`, inner
    /// spaces collapsed; letters keep their case.
    public static func canonical(_ raw: String) -> String {
        NumberCanonicalizer.canonical(raw)
    }
}
