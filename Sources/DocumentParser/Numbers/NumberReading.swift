/// What the parser read on a document's "Số: ..." line.
///
/// The printed part (the code after the slash) is usually reliable; the digits are often written
/// by hand and read as noise, so they are kept apart and judged on their own.
struct NumberReading: Sendable, Hashable {
    /// The number's shape.
    enum Form: Sendable, Hashable {
        /// `N/TYPE-ISSUER` or, for công văn, `N/ISSUER-UNIT`.
        case administrative
        /// `N/YYYY/TYPE-ISSUER`.
        case normative
        /// `N-TYPE/ISSUER`.
        case party
    }

    /// How the digits read.
    enum Digits: Sendable, Hashable {
        /// Clean digits.
        case clean(String)
        /// Digits after fixing unambiguous OCR letter confusions (O→0, l→1, S→5, B→8).
        case repaired(String, raw: String)
        /// Something was written there but it is not a number.
        case unreadable(raw: String)
        /// Nothing at all before the slash.
        case missing
    }

    var form: Form
    var digits: Digits
    /// Party numbers only: the type code before the slash ("CT" in "03-CT/QU").
    var partyType: String?
    /// The code after the first slash, canonical: "KH-THNH", "2023/NĐ-CP", "QU".
    var code: String
    /// The code as OCR printed it, when it was restored from a garbled reading (the slash lost,
    /// small letters, a letter off: "uBND-vP" for "UBND-VP"); `nil` when it read as printed.
    var codeRead: String? = nil

    /// The canonical number for given digits.
    func canonical(with digits: String) -> String {
        switch form {
        case .administrative, .normative: return "\(digits)/\(code)"
        case .party: return "\(digits)-\(partyType ?? "")/\(code)"
        }
    }

    /// The printed part with an ellipsis for the digits: "…/BC-UBND".
    var printedPart: String { canonical(with: "…") }

    /// The digits this reading can vouch for, or `nil`.
    var digitString: String? {
        switch digits {
        case .clean(let d), .repaired(let d, _): return d
        case .unreadable, .missing: return nil
        }
    }

    /// The code segments after the slash ("BC", "UBND").
    var codeSegments: [String] {
        code.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
    }

    /// The type code the number carries ("BC"), or `nil` for công văn.
    var typeCode: String? {
        switch form {
        case .party: return partyType
        case .normative: return codeSegments.dropFirst().first
        case .administrative:
            guard let first = codeSegments.first, DocumentKinds.isTypeCode(first) else { return nil }
            return first
        }
    }
}
