import DocumentParser
import Foundation

/// How a person is told where a number or date came from when it was not simply printed: a
/// handwritten or uncertain value must never look like a read one.
enum ProvenanceNote {
    /// Below this confidence a value is flagged for checking.
    static let sure = 0.8

    /// "" for a confident printed value; else a bracketed note such as
    /// " [viết tay, độ tin cậy 0.93]" or " [từ tên tệp — CẦN KIỂM TRA, độ tin cậy 0.41]".
    static func note(_ field: Evidence.Field?) -> String {
        guard let field else { return "" }
        if field.from == .printed && field.confidence >= sure { return "" }
        let origin: String
        switch field.from {
        case .printed: origin = "in"
        case .handwritten: origin = "viết tay"
        case .fileName: origin = "từ tên tệp"
        case .signatureTime: origin = "theo thời gian ký số, giới hạn trên"
        case .archiveSeries: origin = "theo dãy số của cơ quan"
        case .citedBy: origin = "từ văn bản dẫn chiếu"
        }
        let check = field.confidence < sure ? " — CẦN KIỂM TRA" : ""
        return " [\(origin)\(check), độ tin cậy \(String(format: "%.2f", field.confidence))]"
    }
}
