/// Something a clerk should check in a parsed document, as a value: what it is (a code), which
/// field it concerns, the values it names, and an English sentence for logs and programs.
///
/// The office reads it in Vietnamese (``vietnamese``); programs match it by ``code``, never by
/// its wording.
///
/// ```swift
/// let n = Notice(.numberHandwritten, "number digits written by hand and read as \"47\" …",
///                values: ["value": "47/QĐ-UBND", "confidence": "0.6"])
/// n.vietnamese   // "Số văn bản viết tay, đọc là 47/QĐ-UBND (độ tin cậy 0.6): cần kiểm tra"
/// ```
public struct Notice: Sendable, Hashable, Codable {
    /// What the notice is about.
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        case emptyDocument = "empty-document"
        case headerLost = "header-lost"
        case issuerMissing = "issuer-missing"
        case issuerInferred = "issuer-inferred"
        case subjectMissing = "subject-missing"
        case numberLineMissing = "number-line-missing"
        case numberUnreadable = "number-unreadable"
        case numberHandwritten = "number-handwritten"
        case numberReadingsDisagree = "number-readings-disagree"
        case numberFromFileName = "number-from-file-name"
        case numberProbablyHandwritten = "number-probably-handwritten"
        case numberRepaired = "number-repaired"
        case numberCodeRestored = "number-code-restored"
        /// The printed code holds letters no code holds ("1/ỦÍŸ"): handwriting read as print.
        case numberCodeUnknown = "number-code-unknown"
        case numberOutOfSeries = "number-out-of-series"
        case numberCitedOtherwise = "number-cited-otherwise"
        case numberFromCitingDocument = "number-from-citing-document"
        case dateNotFound = "date-not-found"
        case dateUnreadable = "date-unreadable"
        case dateImpossible = "date-impossible"
        case dateHandwritten = "date-handwritten"
        case dateReadingsDisagree = "date-readings-disagree"
        case dateMonthFromSigning = "date-month-from-signing"
        case dateFromSigning = "date-from-signing"
        case dateSignedBound = "date-signed-bound"
        case dateAfterSigning = "date-after-signing"
        case dateBeforeCitation = "date-before-citation"
        case dateYearRepaired = "date-year-repaired"
        case citedNumberHandwritten = "cited-number-handwritten"
        /// A "Căn cứ" instrument the archive knows was replaced or repealed before this document.
        case staleBasis = "stale-basis"
        /// A warning stored before notices had codes: only its message is known.
        case other

        /// The field the notice concerns.
        public var field: String {
            switch self {
            case .emptyDocument, .headerLost, .other: "document"
            case .issuerMissing, .issuerInferred: "issuer"
            case .subjectMissing: "subject"
            case .citedNumberHandwritten, .staleBasis: "citations"
            case .dateNotFound, .dateUnreadable, .dateImpossible, .dateHandwritten, .dateReadingsDisagree, .dateMonthFromSigning,
                .dateFromSigning, .dateSignedBound, .dateAfterSigning, .dateBeforeCitation, .dateYearRepaired:
                "date"
            default: "number"
            }
        }
    }

    public var code: Code
    /// The values the notice names, by role ("value", "confidence", "reading", "file", "signed" …).
    public var values: [String: String]
    /// The notice in English.
    public var message: String

    /// Creates a notice.
    public init(_ code: Code, _ message: String, values: [String: String] = [:]) {
        self.code = code
        self.message = message
        self.values = values
    }
}
