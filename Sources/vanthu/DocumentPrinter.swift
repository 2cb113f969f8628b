import DocumentParser
import Foundation

/// Renders a parsed document for a person (labelled fields) or a program (one JSON line).
enum DocumentPrinter {
    /// One line of JSON per the parsed-document contract.
    static func json(_ document: ParsedDocument) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        guard let data = try? encoder.encode(document) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Labelled fields, citations and deadlines.
    static func pretty(_ d: ParsedDocument) -> String {
        var lines = ["── \(d.source.path) (\(d.source.pages) trang, \(d.source.textSource?.rawValue ?? "text"))"]
        func field(_ label: String, _ value: String?) {
            lines.append("  \(label.padding(toLength: 10, withPad: " ", startingAt: 0)) \(value ?? "—")")
        }
        field("Số", d.number.map { $0.text + ProvenanceNote.note(d.evidence?.number) })
        field("Loại", d.type)
        field("Ngày", [d.date.map { $0 + ProvenanceNote.note(d.evidence?.date) }, d.place].compactMap { $0 }.joined(separator: ", "))
        field("Cơ quan", [d.issuer, d.parentIssuer.map { "(\($0))" }].compactMap { $0 }.joined(separator: " "))
        field("Trích yếu", d.subject)
        field("Người ký", [d.signer?.title, d.signer?.name].compactMap { $0 }.joined(separator: " — "))
        if !d.citations.isEmpty {
            lines.append("  Căn cứ / dẫn chiếu (\(d.citations.count)):")
            for c in d.citations {
                let what = [c.type, c.number?.text ?? c.name].compactMap { $0 }.joined(separator: " ")
                let when = c.date.map { " ngày \($0)" } ?? ""
                let who = c.issuer.map { " của \($0)" } ?? ""
                let hand = c.numberHandwritten == true ? " (số viết tay, cần kiểm tra)" : ""
                lines.append("    • \(what)\(hand)\(when)\(who) [\(c.relation.rawValue)]")
            }
        }
        if !d.deadlines.isEmpty {
            lines.append("  Thời hạn (\(d.deadlines.count)):")
            for deadline in d.deadlines {
                lines.append(
                    "    • \(deadline.date ?? deadline.dueBy.map { "\($0) (cuối kỳ)" } ?? "—") \(deadline.time ?? "") \(deadline.task ?? deadline.text)"
                )
            }
        }
        for notice in d.notices { lines.append("  ! \(notice.vietnamese)") }
        return lines.joined(separator: "\n")
    }
}
