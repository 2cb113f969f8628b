import DocumentParser
import VietnameseText

/// A document number ("59/2023/NĐ-CP", "63 /KH-THNH", "05-CT/TW") in the forms the archive compares.
///
/// ```swift
/// let n = InstrumentNumber("59 / 2023 / NÐ-CP")
/// n?.canonical  // "59/2023/NĐ-CP"
/// n?.key        // "59/2023/nd-cp"
/// n?.head       // "59"; year "2023"; code "nd"
/// ```
public struct InstrumentNumber: Sendable, Hashable {
    /// As printed, with spaces around `/` and `-` removed, `Ð` → `Đ`, one ASCII hyphen.
    public let canonical: String
    /// The comparison key: canonical, folded (lowercase, no diacritics, `đ` → `d`).
    public let key: String
    /// The leading serial number without leading zeros ("7" for "07/KH-GDĐT").
    public let head: String
    /// The year of a normative number ("2023" in "59/2023/NĐ-CP").
    public let year: String?
    /// The folded type code ("nd", "qd", "kh", "ct" for "05-CT/TW").
    public let code: String?

    /// Parses a number; `nil` when it does not start with digits.
    public init?(_ raw: String) {
        let canonical = Self.canonicalize(raw)
        let key = VietnameseFolding.fold(canonical)
        let digits = key.prefix(while: \.isASCIIDigitCharacter)
        guard !digits.isEmpty else { return nil }
        self.canonical = canonical
        self.key = key
        let trimmed = digits.drop(while: { $0 == "0" })
        self.head = trimmed.isEmpty ? "0" : String(trimmed)
        var rest = key.dropFirst(digits.count)
        var year: String?
        var code: String?
        if rest.first == "-" {
            // Party form: 05-CT/TW.
            code = String(rest.dropFirst().prefix(while: { $0 != "/" && $0 != "-" }))
        } else if rest.first == "/" {
            rest = rest.dropFirst()
            let yearDigits = rest.prefix(while: \.isASCIIDigitCharacter)
            if yearDigits.count == 4, rest.dropFirst(4).first == "/" || rest.count == 4 {
                year = String(yearDigits)
                rest = rest.dropFirst(4)
                if rest.first == "/" { rest = rest.dropFirst() }
            }
            let c = rest.prefix(while: { $0 != "/" && $0 != "-" })
            code = c.isEmpty ? nil : String(c)
        }
        self.year = year
        self.code = (code?.isEmpty ?? true) ? nil : code
    }

    /// Trims spaces around `/` and `-`, unifies dashes and `Ð`, collapses inner spaces: the
    /// parser's canonical form (`DocumentNumber.canonical`), so both stages compare alike.
    public static func canonicalize(_ raw: String) -> String {
        DocumentNumber.canonical(raw)
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
