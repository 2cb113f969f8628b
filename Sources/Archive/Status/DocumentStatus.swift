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

extension DocumentStatus {
    /// SQL true for an act under alias `a` that voids the instrument it names: replaced or
    /// repealed whole. The one rule behind ``stands``, `--in-force`, void deadlines and the
    /// stale-basis notice, in every backend.
    package static func voidingActSQL(_ a: String) -> String {
        "\(a).action IN ('replaces', 'repeals') AND \(a).affected_part IS NULL"
    }

    /// SQL aggregating the acts under alias `a` into ``State``'s raw value, strongest first as
    /// ``state`` orders them ("in-force" when none acts).
    package static func stateAggregateSQL(_ a: String) -> String {
        """
        CASE MAX(CASE WHEN \(a).action = 'replaces' AND \(a).affected_part IS NULL THEN 5
                      WHEN \(a).action = 'repeals' AND \(a).affected_part IS NULL THEN 4
                      WHEN \(a).action = 'repeals' THEN 3
                      WHEN \(a).action = 'replaces' THEN 2 ELSE 1 END)
        WHEN 5 THEN 'replaced' WHEN 4 THEN 'repealed' WHEN 3 THEN 'partly-repealed'
        WHEN 2 THEN 'partly-replaced' WHEN 1 THEN 'amended' ELSE 'in-force' END
        """
    }

    /// The stale-basis notice for `number`, cited as a basis by a document dated `date`, when an
    /// act of this status voided it on or before that date; `nil` otherwise.
    package func staleBasisNotice(cited number: DocumentNumber, date: String) -> Notice? {
        guard
            let act = acts.first(where: {
                ($0.action == .replaces || $0.action == .repeals) && $0.part == nil && ($0.by.date ?? "9999") <= date
            })
        else { return nil }
        let by = [act.by.type, act.by.number].compactMap { $0 }.joined(separator: " ") + (act.by.date.map { " ngày " + Self.day($0) } ?? "")
        let verb = act.action == .replaces ? "thay thế" : "bãi bỏ"
        return Notice(
            .staleBasis,
            "basis \(number) was \(act.action == .replaces ? "replaced" : "repealed") by \(by) before this document's date \(date)",
            values: ["cited": number.text, "by": by, "act": verb]
        )
    }
}
