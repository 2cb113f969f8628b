public import Archive
import Foundation
import PostgresNIO

extension PostgresDocumentArchive {
    /// Dated deadlines matching `query`, earliest first (a deadline naming a period counts from
    /// its last day; one entry per copy group).
    public func deadlines(_ query: DeadlineQuery) async throws -> [DeadlineEntry] {
        var q = SQLBuilder()
        var clauses = ["coalesce(l.date, l.due_by) IS NOT NULL", PostgresConditions.current]
        if let before = try query.before.map({ try DayText.checked($0, field: "before") }) {
            clauses.append("coalesce(l.date, l.due_by) <= \(q.bind(before))")
        }
        if let after = try query.after.map({ try DayText.checked($0, field: "after") }) {
            clauses.append("coalesce(l.date, l.due_by) >= \(q.bind(after))")
        }
        if query.overdue {
            let today = try DayText.checked(query.today, field: "today")
            clauses.append("coalesce(l.date, l.due_by) < \(q.bind(today))")
        }
        let sql = """
            SELECT \(Self.summaryColumns), l.id AS deadline_id, coalesce(l.date, l.due_by) AS deadline_date,
                   l.date IS NULL AS period_end, l.time, l.task, l.responsible, l.text, l.page, l.recurrence,
                   \(PostgresConditions.voided) AS void
            FROM deadlines l JOIN documents d ON d.id = l.document_id
            WHERE \(clauses.joined(separator: " AND "))
            ORDER BY coalesce(l.date, l.due_by) COLLATE "C", l.time COLLATE "C" NULLS FIRST, l.id
            """
        return try await perform("listing deadlines") {
            try await rows(q.query(sql)) { row in
                DeadlineEntry(
                    id: try row["deadline_id"].decode(Int64.self),
                    document: try Self.summary(row),
                    date: try row["deadline_date"].decode(String.self),
                    dateIsPeriodEnd: try row["period_end"].decode(Bool.self),
                    time: try row["time"].decode(String?.self),
                    task: try row["task"].decode(String?.self),
                    responsible: try row["responsible"].decode(String?.self),
                    text: try row["text"].decode(String.self),
                    page: try row["page"].decode(Int?.self),
                    recurrence: try row["recurrence"].decode(String?.self),
                    isVoid: try row["void"].decode(Bool.self)
                )
            }
        }
    }

    /// The years that have dated deadlines (of current documents), newest first.
    public func deadlineYears() async throws -> [Int] {
        try await perform("listing deadline years") {
            try await rows(
                """
                SELECT DISTINCT CAST(substr(coalesce(l.date, l.due_by), 1, 4) AS integer) AS year
                FROM deadlines l JOIN documents d ON d.id = l.document_id
                WHERE coalesce(l.date, l.due_by) IS NOT NULL AND d.superseded_by IS NULL AND d.copy_of IS NULL
                ORDER BY year DESC
                """
            ) { try $0["year"].decode(Int.self) }
        }
    }

    /// The types and issuers of current documents, most frequent first (ties by value, byte order).
    public func facets() async throws -> ArchiveFacets {
        try await perform("counting types and issuers") {
            let documents =
                try await rows("SELECT count(*) AS n FROM documents WHERE superseded_by IS NULL AND copy_of IS NULL") {
                    try $0["n"].decode(Int.self)
                }.first ?? 0
            func counts(_ column: String, limit: Int) async throws -> [(String, Int)] {
                try await rows(
                    PostgresQuery(
                        unsafeSQL: """
                            SELECT \(column) AS value, count(*) AS n FROM documents
                            WHERE superseded_by IS NULL AND copy_of IS NULL AND \(column) IS NOT NULL AND \(column) <> ''
                            GROUP BY \(column) ORDER BY n DESC, \(column) COLLATE "C" LIMIT \(limit)
                            """
                    )
                ) { (try $0["value"].decode(String.self), try $0["n"].decode(Int.self)) }
            }
            return ArchiveFacets(documents: documents, types: try await counts("type", limit: 50), issuers: try await counts("issuer", limit: 200))
        }
    }

    /// Stores the word boxes of a document's pages (one row per page, words as compact JSON
    /// `[[x, y, width, height, "text"], ...]`, as the SQLite archive keeps them).
    public func storeWords(documentID: Int64, pages: [PageWords]) async throws {
        let logger = self.logger
        try await perform("storing word boxes") {
            try await client.withConnection { connection in
                try await Self.writeWords(documentID: documentID, pages: pages, on: connection, logger: logger)
            }
        }
    }

    /// The word-box rows of a document's pages, on `connection`.
    static func writeWords(documentID: Int64, pages: [PageWords], on connection: PostgresConnection, logger: Logger) async throws {
        let encoded = try pages.map { page -> (PageWords, String) in
            // The SQLite archive's compact rows: `[x, y, width, height, "text"]`.
            let items = try page.words.map { word in
                let text: String
                do {
                    text = String(decoding: try JSONEncoder().encode(word.text), as: UTF8.self)
                } catch {
                    throw ArchiveError(.invalidArgument, "The word boxes could not be encoded", underlying: "\(error)")
                }
                return "[\(word.x),\(word.y),\(word.width),\(word.height),\(text)]"
            }
            return (page, "[" + items.joined(separator: ",") + "]")
        }
        for (page, json) in encoded {
            _ = try await connection.query(
                """
                INSERT INTO page_words (page_id, width, height, rotation, deskew_angle, words)
                SELECT id, \(page.width), \(page.height), \(page.rotation), \(page.deskewAngle), \(json)
                FROM pages WHERE document_id = \(documentID) AND number = \(page.page)
                ON CONFLICT (page_id) DO UPDATE SET width = excluded.width, height = excluded.height,
                    rotation = excluded.rotation, deskew_angle = excluded.deskew_angle, words = excluded.words
                """,
                logger: logger
            ).collect()
        }
    }

    /// The word boxes kept for a document's pages, in page order.
    public func words(documentID: Int64) async throws -> [PageWords] {
        try await perform("reading word boxes") {
            try await rows(
                """
                SELECT p.number, w.width, w.height, w.rotation, w.deskew_angle, w.words
                FROM page_words w JOIN pages p ON p.id = w.page_id
                WHERE p.document_id = \(documentID) ORDER BY p.number
                """
            ) { row in
                let json = try row["words"].decode(String.self)
                guard let list = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[Any]] else {
                    throw ArchiveError(.notAnArchive, "The word boxes of document \(documentID) are damaged")
                }
                let words = list.compactMap { item -> PageWords.Word? in
                    guard item.count == 5, let x = item[0] as? Int, let y = item[1] as? Int, let width = item[2] as? Int,
                        let height = item[3] as? Int, let text = item[4] as? String
                    else { return nil }
                    return PageWords.Word(text: text, x: x, y: y, width: width, height: height)
                }
                return PageWords(
                    page: try row["number"].decode(Int.self),
                    width: try row["width"].decode(Int.self),
                    height: try row["height"].decode(Int.self),
                    rotation: try row["rotation"].decode(Int.self),
                    deskewAngle: try row["deskew_angle"].decode(Double?.self),
                    words: words
                )
            }
        }
    }
}
