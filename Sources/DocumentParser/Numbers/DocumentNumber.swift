import VietnameseText

/// A document number (số, ký hiệu) with the parts the stages compare: built once by the parser,
/// read by the archive without parsing again, and encoded as its canonical text.
///
/// ```swift
/// let n = DocumentNumber("59 / 2023 / NÐ–CP")
/// n.text      // "59/2023/NĐ-CP"
/// n.key       // "59/2023/nd-cp"
/// n.serial    // "59"; n.year "2023"; n.code "nd"; n.codes ["NĐ", "CP"]
/// DocumentNumber("05-CT/TW").isPartyForm   // true
/// DocumentNumber.canonical("63 /KH-THNH")  // "63/KH-THNH"
/// ```
///
/// Two numbers are equal when their canonical texts are. A user's query goes through the same
/// code: ``init(parsing:)``.
public struct DocumentNumber: Sendable, Hashable, CustomStringConvertible {
    /// The canonical text: no spaces around `/` and `-`, one ASCII hyphen for every dash, `Ð`
    /// (U+00D0) as `Đ`, inner spaces collapsed; letters keep their case ("59/2023/NĐ-CP").
    public let text: String
    /// The comparison key: the canonical text folded (lowercase, no diacritics, `đ` → `d`).
    public let key: String
    /// The leading serial without leading zeros ("7" for "07/KH-GDĐT"); `nil` when the text does
    /// not start with digits.
    public let serial: String?
    /// The year of a normative number ("2023" in "59/2023/NĐ-CP").
    public let year: String?
    /// The first code, folded: the type code when the number has one ("nd", "qd", "kh", "ct" for
    /// "05-CT/TW"), else the issuer's ("nv" for "163/NV").
    public let code: String?
    /// Whether the serial is followed by a hyphen (the Party's form, "05-CT/TW").
    public let isPartyForm: Bool

    /// Reads a number's parts from its text, canonicalised first; any text is kept (a number that
    /// does not start with digits has no ``serial``, ``year`` or ``code``).
    /// - Parameter raw: the number as written or stored.
    public init(_ raw: String) {
        let text = NumberCanonicalizer.canonical(raw)
        let key = VietnameseFolding.fold(text)
        self.text = text
        self.key = key
        let digits = key.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty else {
            (serial, year, code, isPartyForm) = (nil, nil, nil, false)
            return
        }
        let trimmed = digits.drop(while: { $0 == "0" })
        serial = trimmed.isEmpty ? "0" : String(trimmed)
        var rest = key.dropFirst(digits.count)
        var year: String?
        var code: String?
        isPartyForm = rest.first == "-"
        if isPartyForm {
            code = String(rest.dropFirst().prefix(while: { $0 != "/" && $0 != "-" }))
        } else if rest.first == "/" {
            rest = rest.dropFirst()
            let yearDigits = rest.prefix(while: { $0.isASCII && $0.isNumber })
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

    /// Reads a number a user typed ("59 / 2023 / nd-cp", "QĐ" numbers with or without diacritics).
    /// - Parameter raw: the typed text.
    /// - Returns: the number, or `nil` when the text does not start with digits.
    public init?(parsing raw: String) {
        let number = DocumentNumber(raw)
        guard number.serial != nil else { return nil }
        self = number
    }

    /// The code parts in order, as printed ("NĐ", "CP" of "59/2023/NĐ-CP"; "CT", "TW" of
    /// "05-CT/TW"); empty for a short form ("59/2023").
    public var codes: [String] {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" }).map(String.init)
        guard serial != nil else { return parts }
        return Array(parts.dropFirst(year == nil ? 1 : 2))
    }

    /// The canonical text.
    public var description: String { text }

    /// The canonical form of a number written anywhere (a header's number, a user's query).
    /// - Parameter raw: the number as written.
    /// - Returns: no spaces around `/` and `-`, one ASCII hyphen for every dash, `Ð` (U+00D0) as
    ///   `Đ`, inner spaces collapsed; letters keep their case.
    public static func canonical(_ raw: String) -> String {
        NumberCanonicalizer.canonical(raw)
    }

    public static func == (lhs: DocumentNumber, rhs: DocumentNumber) -> Bool { lhs.text == rhs.text }

    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}
