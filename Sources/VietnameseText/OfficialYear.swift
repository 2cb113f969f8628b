/// The years an official document can carry: the state's documents run from 1945 (the founding
/// of the Democratic Republic of Vietnam); past 2100 a "year" is a misread or another number.
/// One range for the parser's dates and numbers and the OCR stage's date line.
public enum OfficialYear {
    /// From 1945 to 2100, both included.
    public static let range: ClosedRange<Int> = 1945...2100

    /// Whether `year` is one an official document can carry.
    public static func contains(_ year: Int) -> Bool { range.contains(year) }
}
