import DocumentParser
import Foundation

/// How a person is told where a number or date came from when it was not simply printed: a
/// handwritten or uncertain value must never look like a read one.
enum ProvenanceNote {
    /// Below this confidence a value is flagged for checking.
    static let sure = 0.8

    /// "" for a confident printed value; else a bracketed note such as
    /// " [handwritten, confidence 0.93]" or " [from the file name — CHECK, confidence 0.41]".
    static func note(_ field: Evidence.Field?) -> String {
        guard let field else { return "" }
        if field.from == .printed && field.confidence >= sure { return "" }
        let origin: String
        switch field.from {
        case .printed: origin = "printed"
        case .handwritten: origin = "handwritten"
        case .fileName: origin = "from the file name"
        case .signatureTime: origin = "from the signing time, an upper bound"
        case .archiveSeries: origin = "from the issuer's series"
        case .citedBy: origin = "from a citing document"
        }
        let check = field.confidence < sure ? " — CHECK" : ""
        return " [\(origin)\(check), confidence \(String(format: "%.2f", field.confidence))]"
    }
}
