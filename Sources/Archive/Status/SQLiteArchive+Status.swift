import DocumentParser
import Foundation
import GRDB

extension SQLiteArchive {
    /// The status of the instrument with number `number` (archived or only cited), from the
    /// current archived documents that act on it.
    /// - Parameters:
    ///   - number: the instrument's number as written or typed.
    ///   - effectiveDate: its own effective date, if known.
    ///   - today: ISO date for "not yet in force".
    ///   - excluding: the document asking (a document does not act on itself).
    public func status(of number: String, effectiveDate: String? = nil, today: String, excluding: Int64? = nil) throws -> DocumentStatus {
        guard let key = DocumentNumber(parsing: number)?.key else { return DocumentStatus(acts: [], effectiveFrom: nil) }
        return try perform {
            try pool.read { db in try Self.status(key: key, effectiveDate: effectiveDate, today: today, excluding: excluding, db: db) }
        }
    }

    static func status(key: String, effectiveDate: String?, today: String, excluding: Int64?, db: Database) throws -> DocumentStatus {
        let rows = try SQLRequest<Row>(
            """
            SELECT \(sql: DocumentSummary.columns), c.action, c.affected_part
            FROM citations c JOIN documents d ON d.id = c.document_id
            WHERE c.number_key = \(key) AND c.action IN ('replaces', 'repeals', 'amends')
              AND d.superseded_by IS NULL AND d.copy_of IS NULL AND d.id IS NOT \(excluding)
            ORDER BY d.date, d.id
            """
        ).fetchAll(db)
        let acts = rows.compactMap { row -> DocumentStatus.Act? in
            guard let action = Citation.Action(rawValue: row["action"]) else { return nil }
            return .init(action: action, by: DocumentSummary(row: row), part: row["affected_part"])
        }
        let ahead = effectiveDate.flatMap { $0 > today ? $0 : nil }
        return DocumentStatus(acts: acts, effectiveFrom: ahead)
    }
}

extension SQLiteArchive {
    /// SQL true when a current archived document replaced or repealed (whole) the document under
    /// alias `d`: the one test behind `--in-force`, void deadlines and ``DocumentStatus/stands``.
    static let voidedSQL = """
        EXISTS (SELECT 1 FROM citations a JOIN documents ad ON ad.id = a.document_id
            WHERE d.number_key IS NOT NULL AND a.number_key = d.number_key
              AND \(DocumentStatus.voidingActSQL("a"))
              AND ad.superseded_by IS NULL AND ad.copy_of IS NULL AND ad.id != d.id)
        """

    /// Today in Vietnam (UTC+7), ISO 8601.
    public static func today() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600) ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: Date())
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(c.year ?? 1970)-\(two(c.month ?? 1))-\(two(c.day ?? 1))"
    }
}

extension SQLiteArchive {
    /// A notice for each "Căn cứ" instrument that an archived document replaced or repealed (whole)
    /// on or before `parsed`'s date: the document rests on a basis no longer in force.
    static func staleBases(of parsed: ParsedDocument, id: Int64, db: Database) throws -> [Notice] {
        guard let date = parsed.date else { return [] }
        var notices: [Notice] = []
        for citation in parsed.citations where citation.relation == .basis {
            guard let number = (citation.number ?? citation.knownNumber)?.keyed else { continue }
            let status = try status(key: number.key, effectiveDate: nil, today: date, excluding: id, db: db)
            if let notice = status.staleBasisNotice(cited: number, date: date) { notices.append(notice) }
        }
        return notices
    }
}

extension SQLiteArchive {
    /// SQL giving ``DocumentStatus/State``'s raw value for the instrument whose number key is the SQL
    /// expression `key` ("replaced", "repealed", "partly-repealed", "amended", "in-force"), from the
    /// same acts as ``status(of:effectiveDate:today:excluding:)``; `NULL` when `key` is `NULL` (an
    /// instrument known only by name). "Not yet in force" needs the document's own effective date
    /// and is left to ``status(of:effectiveDate:today:excluding:)``.
    /// - Parameters:
    ///   - key: an SQL expression of the number key (`d.number_key`, `c.number_key`).
    ///   - excluding: an SQL expression of the asking document's id (a document does not act on itself).
    static func stateSQL(key: String, excluding: String = "NULL") -> String {
        """
        CASE WHEN \(key) IS NULL THEN NULL ELSE (
            SELECT \(DocumentStatus.stateAggregateSQL("a"))
            FROM citations a JOIN documents ad ON ad.id = a.document_id
            WHERE a.number_key = \(key) AND a.action IN ('replaces', 'repeals', 'amends')
              AND ad.superseded_by IS NULL AND ad.copy_of IS NULL AND ad.id IS NOT \(excluding)) END
        """
    }
}
