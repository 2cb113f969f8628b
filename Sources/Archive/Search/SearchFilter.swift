import GRDB
import VietnameseText

/// The SQL of a query's filters on documents under alias `d` (current versions only).
struct SearchFilter {
    var sql: String
    var arguments: StatementArguments
    /// Whether the user asked for a filter (beyond current versions and copy groups): free-text search then
    /// applies it inside FTS5, so bm25 is computed only for the filtered pages.
    var narrows: Bool
    /// A SELECT of the filtered documents' page ids (same ``arguments``).
    var pagesSQL: String
    /// Whether a date bound is among the filters.
    var hasDates: Bool

    init(_ query: SearchQuery) throws {
        // Current versions, one entry per copy group (its first document).
        var clauses = ["d.superseded_by IS NULL AND d.copy_of IS NULL"]
        var arguments = StatementArguments()
        if let type = query.type?.trimmingCharacters(in: .whitespaces), !type.isEmpty {
            clauses.append("d.type_key = ?")
            arguments += [VietnameseFolding.fold(type)]
        }
        if let issuer = IssuerKey.make(query.issuer) {
            clauses.append("(instr(d.issuer_key, ?) > 0 OR instr(d.parent_issuer_key, ?) > 0)")
            arguments += [issuer, issuer]
        }
        if let from = query.from {
            clauses.append("d.date >= ?")
            arguments += [try Self.checkedDate(from, option: "from")]
        }
        if let to = query.to {
            clauses.append("d.date <= ?")
            arguments += [try Self.checkedDate(to, option: "to")]
        }
        hasDates = query.from != nil || query.to != nil
        var onlyCites = false
        if let cites = query.cites {
            guard let reference = InstrumentReference.find(in: cites) else {
                throw ArchiveError(.invalidArgument, "'\(cites)' is not a document number (try 59/2023/NĐ-CP or \"NĐ 59/2023\")")
            }
            let condition = reference.condition(alias: "c")
            // A list of citing documents (through the citations' number index), not a test per document.
            clauses.append("d.id IN (SELECT c.document_id FROM citations c WHERE \(condition.sql))")
            arguments += condition.arguments
            onlyCites = clauses.count == 2
        }
        if query.inForce {
            clauses.append("NOT " + SQLiteArchive.voidedSQL)
            onlyCites = false
        }
        self.narrows = clauses.count > 1
        self.sql = clauses.joined(separator: " AND ")
        self.arguments = arguments
        // The citing documents alone are checked for being current in the small index of current
        // documents (`v5-search-speed`) rather than in their wide rows: 4× faster on 12,000 citers.
        let hint = onlyCites ? " INDEXED BY documents_heads" : ""
        self.pagesSQL = "SELECT p.id FROM documents d\(hint) CROSS JOIN pages p ON p.document_id = d.id WHERE \(sql)"
    }

    /// Checks a date (YYYY-MM-DD, or DD/MM/YYYY as ``DayText`` reads it) and returns it as ISO 8601.
    static func checkedDate(_ typed: String, option: String) throws -> String {
        let text = DayText.iso(typed) ?? typed
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigitCharacter) }),
              let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month),
              let day = Int(parts[2]), (1...daysIn(month: month, year: year)).contains(day)
        else {
            throw ArchiveError(.invalidArgument, "--\(option) needs a real day written YYYY-MM-DD or DD/MM/YYYY, not '\(typed)'")
        }
        return text
    }

    /// Days in a month of the Gregorian calendar (February 29 in leap years).
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The `ArchiveError` a date option would raise, `nil` when the date is a real day (for
    /// command lines that check their options before opening the archive).
    /// The ISO 8601 form of a date option (`01/01/2025` → `2025-01-01`), `nil` when not a real day.
    static func isoDate(_ text: String) -> String? {
        try? checkedDate(text, option: "date")
    }

    static func dateProblem(_ text: String, option: String) -> String? {
        do {
            _ = try checkedDate(text, option: option)
            return nil
        } catch {
            return (error as? ArchiveError)?.message ?? "\(error)"
        }
    }
}
