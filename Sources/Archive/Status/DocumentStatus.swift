public import DocumentParser

/// Whether a document (or a cited instrument) still stands, derived from the archived documents
/// that act on it: replaced, repealed (whole or in part), amended, or in force; not yet in force
/// while its effective date is ahead.
public struct DocumentStatus: Sendable, Hashable, Codable {
    /// One archived document's act on this one.
    public struct Act: Sendable, Hashable, Codable {
        public var action: Citation.Action
        /// The acting document.
        public var by: DocumentSummary
        /// The part acted on ("Điều 3"), `nil` for the whole.
        public var part: String?
    }

    /// The overall state, strongest act first.
    public enum State: String, Sendable, Hashable, Codable {
        case inForce = "in-force"
        case notYetInForce = "not-yet-in-force"
        case amended
        case partlyRepealed = "partly-repealed"
        /// Some of its parts (articles, listed procedures) replaced by another document.
        case partlyReplaced = "partly-replaced"
        case replaced
        case repealed
    }

    /// Acts of current archived documents, oldest first.
    public var acts: [Act]
    /// The document's own effective date when it lies after `today`.
    public var effectiveFrom: String?

    /// The state the acts and the effective date give.
    public var state: State {
        if acts.contains(where: { $0.action == .replaces && $0.part == nil }) { return .replaced }
        if acts.contains(where: { $0.action == .repeals && $0.part == nil }) { return .repealed }
        if acts.contains(where: { $0.action == .repeals }) { return .partlyRepealed }
        if acts.contains(where: { $0.action == .replaces }) { return .partlyReplaced }
        if acts.contains(where: { $0.action == .amends }) { return .amended }
        if effectiveFrom != nil { return .notYetInForce }
        return .inForce
    }

    /// Whether it still stands (in force, amended or partly repealed).
    public var stands: Bool { ![.replaced, .repealed].contains(state) }

    /// What the office reads: "Đã bị thay thế bởi Quyết định 31/QĐ-UBND ngày 09/05/2025".
    public var vietnamese: String {
        func name(_ d: DocumentSummary) -> String {
            let title = [d.type, d.number].compactMap { $0 }.joined(separator: " ")
            let when = d.date.map { " ngày " + Self.day($0) } ?? ""
            return (title.isEmpty ? "văn bản #\(d.id)" : title) + when
        }
        func list(_ action: Citation.Action) -> String {
            acts.filter { $0.action == action }.map { ($0.part.map { "\($0) — " } ?? "") + name($0.by) }.joined(separator: "; ")
        }
        switch state {
        case .replaced: return "Đã bị thay thế bởi " + list(.replaces)
        case .repealed: return "Đã bị bãi bỏ bởi " + list(.repeals)
        case .partlyRepealed: return "Bị bãi bỏ một phần: " + list(.repeals)
        case .partlyReplaced: return "Bị thay thế một phần: " + list(.replaces)
        case .amended: return "Còn hiệu lực, đã được sửa đổi, bổ sung bởi " + list(.amends)
        case .notYetInForce: return "Chưa có hiệu lực (có hiệu lực từ ngày \(effectiveFrom.map(Self.day) ?? ""))"
        case .inForce: return "Còn hiệu lực"
        }
    }

    /// "2025-05-09" as "09/05/2025".
    package static func day(_ iso: String) -> String {
        let p = iso.split(separator: "-")
        return p.count == 3 ? "\(p[2])/\(p[1])/\(p[0])" : iso
    }
}

extension DocumentStatus {
    /// A status from its acts (other archive backends build it from their rows).
    package init(_ acts: [Act], effectiveFrom: String?) {
        self.init(acts: acts, effectiveFrom: effectiveFrom)
    }
}

extension DocumentStatus.Act {
    /// An act (other archive backends build it from their rows).
    package init(_ action: Citation.Action, by: DocumentSummary, part: String?) {
        self.init(action: action, by: by, part: part)
    }
}
